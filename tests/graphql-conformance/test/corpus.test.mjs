// Self-check of the corpus: runs reference.mjs as the C# tests do and checks
// that graphql-js gives every document the verdict its name and header state.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadCorpus } from '../lib/corpus.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const corpusDir = join(root, 'corpus');
const report = JSON.parse(
  execFileSync(process.execPath, [join(root, 'reference.mjs'), corpusDir], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 }),
);
const corpus = new Map(loadCorpus(corpusDir).map((c) => [c.file, c]));

function messages(entry) {
  const result = entry.result && entry.result.errors ? entry.result.errors : [];
  return [...entry.errors, ...result].map((e) => e.message);
}

/** What graphql-js did: 'valid' (no error at all) or 'invalid' at a phase. */
function outcome(entry) {
  if (entry.phase !== 'execution') return { verdict: 'invalid', phase: entry.phase };
  if (entry.result === null) return { verdict: 'valid', phase: 'execution' }; // a subscription without events
  return entry.result.errors ? { verdict: 'invalid', phase: 'execution' } : { verdict: 'valid', phase: 'execution' };
}

test('report shape', () => {
  assert.match(report.graphqlJsVersion, /^\d+\.\d+\.\d+/);
  assert.equal(report.cases.length, corpus.size);
  for (const entry of report.cases) {
    assert.ok(['syntax', 'validation', 'execution'].includes(entry.phase), entry.file);
    assert.ok(Array.isArray(entry.errors), entry.file);
    for (const e of entry.errors) {
      assert.equal(typeof e.message, 'string', entry.file);
      if (!entry.referenceThrew) assert.ok(Array.isArray(e.locations) && e.locations.length > 0, `${entry.file}: error without locations`);
    }
    assert.equal('result' in entry, entry.phase === 'execution', entry.file);
  }
});

test('corpus size and balance', () => {
  const counts = {};
  let valid = 0;
  for (const c of corpus.values()) {
    const folder = c.file.split('/')[0];
    counts[folder] = (counts[folder] ?? 0) + 1;
    if (c.verdict === 'valid') valid++;
  }
  assert.ok(corpus.size >= 350, `only ${corpus.size} documents`);
  for (const folder of ['validation', 'execution', 'syntax', 'introspection', 'own']) assert.ok(counts[folder] > 0, `no documents in ${folder}/`);
  const share = valid / corpus.size;
  assert.ok(share > 0.35 && share < 0.65, `valid share ${share.toFixed(2)} is not roughly half`);
});

for (const entry of report.cases) {
  test(entry.file, () => {
    const c = corpus.get(entry.file);
    assert.ok(c.verdict, 'the name must end in .valid.graphql or .invalid.graphql');
    assert.ok(c.header.description.length > 10, 'the file must start with a # comment saying what it tests');
    assert.ok(c.expectPhase, 'no expected phase: give "# expect-phase:" in own/');
    const got = outcome(entry);
    const all = messages(entry);
    if (c.header.referenceDiffers) {
      // graphql-js is known to disagree with the spec here; make sure it still does.
      const differs = entry.referenceThrew || got.verdict !== c.verdict || (c.verdict === 'invalid' && got.phase !== c.expectPhase);
      assert.ok(differs, `marked reference-differs, but graphql-js now agrees: ${JSON.stringify(all)}`);
      return;
    }
    assert.ok(!entry.referenceThrew, `graphql-js threw: ${all[0]}`);
    if (c.verdict === 'valid') {
      assert.deepEqual(got, { verdict: 'valid', phase: 'execution' }, `expected no error, got ${entry.phase}: ${JSON.stringify(all)}`);
    } else {
      assert.deepEqual(got, { verdict: 'invalid', phase: c.expectPhase }, `expected an error in ${c.expectPhase}, got ${JSON.stringify(all)}`);
      for (const expected of c.header.expectErrors) {
        assert.ok(all.some((m) => m.includes(expected)), `no error message contains ${JSON.stringify(expected)}: ${JSON.stringify(all)}`);
      }
    }
  });
}
