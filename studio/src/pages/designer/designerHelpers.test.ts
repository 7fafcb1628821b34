import { describe, expect, it } from 'vitest';
import { describeDuration, parseDuration } from './duration';
import { tokenize } from './highlight';

describe('durations', () => {
  it('Should_describe_iso_and_short_durations_in_both_languages', () => {
    expect(describeDuration('PT2H', 'en')).toBe('2 hours');
    expect(describeDuration('PT2H', 'zh')).toBe('2小时');
    expect(describeDuration('P1DT12H', 'en')).toBe('1 day 12 hours');
    expect(describeDuration('P7D', 'zh')).toBe('7天');
    expect(describeDuration('30m', 'en')).toBe('30 minutes');
    expect(describeDuration('PT1M', 'en')).toBe('1 minute');
  });

  it('Should_not_describe_an_expression_or_a_typo', () => {
    expect(parseDuration('=variables.limit')).toBeNull();
    expect(parseDuration('two hours')).toBeNull();
    expect(parseDuration('P')).toBeNull();
    expect(parseDuration('PT')).toBeNull();
  });
});

describe('tokenize', () => {
  it('Should_mark_scope_names_strings_operators_and_keep_every_character', () => {
    const code = "=variables.priority === 'emergency' ? 'PT2H' : input.limit || 7";
    const tokens = tokenize(code);
    expect(tokens.map((t) => t.text).join('')).toBe(code);
    expect(tokens[0]).toEqual({ kind: 'marker', text: '=' });
    expect(tokens.filter((t) => t.kind === 'scope').map((t) => t.text)).toEqual(['variables', 'input']);
    expect(tokens.filter((t) => t.kind === 'string').map((t) => t.text)).toEqual(["'emergency'", "'PT2H'"]);
    expect(tokens.filter((t) => t.kind === 'number').map((t) => t.text)).toEqual(['7']);
    expect(tokens.some((t) => t.kind === 'operator' && t.text === '===')).toBe(true);
  });

  it('Should_keep_an_unterminated_string_as_typed', () => {
    const code = "variables.x = 'open";
    expect(tokenize(code).map((t) => t.text).join('')).toBe(code);
  });
});
