export type TokenKind = 'keyword' | 'string' | 'number' | 'scope' | 'operator' | 'punctuation' | 'text' | 'marker';

export interface Token {
  kind: TokenKind;
  text: string;
}

const keywords = new Set(['true', 'false', 'null', 'undefined', 'if', 'else', 'return', 'var', 'let', 'const', 'function', 'new', 'typeof', 'in', 'of', 'for', 'while']);
const scopes = new Set(['variables', 'input', 'outputs', 'instance', 'now', 'setOutcome', 'Date', 'Math', 'JSON']);
const pattern = /(\s+)|('(?:[^'\\]|\\.)*'?|"(?:[^"\\]|\\.)*"?|`(?:[^`\\]|\\.)*`?)|(\d+(?:\.\d+)?)|([A-Za-z_$][\w$]*)|(===|!==|==|!=|<=|>=|&&|\|\||\?\?|[-+*/%<>!?:=])|([()[\]{}.,;])|(.)/gy;

/**
 * Splits JavaScript (an '=' expression or a script) into tokens for light highlighting: strings, numbers,
 * keywords, the names in scope (variables, input, outputs…), operators. Not a parser: it never fails.
 */
export function tokenize(code: string): Token[] {
  const tokens: Token[] = [];
  let offset = 0;
  if (code.startsWith('=')) {
    tokens.push({ kind: 'marker', text: '=' });
    offset = 1;
  }
  pattern.lastIndex = offset;
  let match: RegExpExecArray | null;
  while (pattern.lastIndex < code.length && (match = pattern.exec(code))) {
    const [text, space, str, num, word, op, punct] = match;
    const kind: TokenKind = space
      ? 'text'
      : str ? 'string'
      : num ? 'number'
      : word ? (keywords.has(word) ? 'keyword' : scopes.has(word) ? 'scope' : 'text')
      : op ? 'operator'
      : punct ? 'punctuation'
      : 'text';
    const last = tokens[tokens.length - 1];
    if (last && last.kind === kind && kind === 'text') last.text += text;
    else tokens.push({ kind, text });
  }
  return tokens;
}
