// Reads the corpus: every *.graphql file below a folder, its optional JSON
// sidecar and the expectations its name and header comment state.
import { readFileSync, readdirSync, existsSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

const PHASES = ['syntax', 'validation', 'execution'];

/** Phase in which an `*.invalid.graphql` file fails unless its header says otherwise. */
const FOLDER_PHASE = {
  syntax: 'syntax',
  validation: 'validation',
  introspection: 'validation',
  execution: 'execution',
};

function walk(dir) {
  const out = [];
  for (const name of readdirSync(dir)) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) out.push(...walk(full));
    else if (name.endsWith('.graphql')) out.push(full);
  }
  return out;
}

/** The leading `#` lines of a document, with `key: value` directives picked out. */
export function readHeader(text) {
  const comments = [];
  for (const line of text.split(/\r\n|\r|\n/)) {
    const trimmed = line.trim();
    if (trimmed.startsWith('#')) comments.push(trimmed.replace(/^#\s?/, ''));
    else if (trimmed === '') continue;
    else break;
  }
  const directives = { expectPhase: null, expectErrors: [], referenceDiffers: null };
  for (const c of comments) {
    const m = /^(expect-phase|expect-error|reference-differs):\s*(.*)$/.exec(c);
    if (!m) continue;
    if (m[1] === 'expect-phase') directives.expectPhase = m[2].trim();
    else if (m[1] === 'expect-error') directives.expectErrors.push(m[2].trim());
    else directives.referenceDiffers = m[2].trim();
  }
  return { description: comments[0] ?? '', comments, ...directives };
}

/** Loads every corpus case below `root`, sorted by relative path (ordinal). */
export function loadCorpus(root) {
  const files = walk(root)
    .map((full) => ({ full, file: relative(root, full).split(sep).join('/') }))
    .sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  return files.map(({ full, file }) => {
    const source = readFileSync(full, 'utf8');
    const sidecarPath = full.replace(/\.graphql$/, '.json');
    const sidecar = existsSync(sidecarPath) ? JSON.parse(readFileSync(sidecarPath, 'utf8')) : {};
    const header = readHeader(source);
    const verdict = /\.invalid\.graphql$/.test(file) ? 'invalid' : /\.valid\.graphql$/.test(file) ? 'valid' : null;
    const folder = file.split('/')[0];
    const expectPhase = verdict === 'valid' ? 'execution' : header.expectPhase ?? FOLDER_PHASE[folder] ?? null;
    if (expectPhase !== null && !PHASES.includes(expectPhase)) throw new Error(`${file}: unknown expect-phase ${expectPhase}`);
    return {
      file,
      source,
      variables: sidecar.variables ?? null,
      operationName: sidecar.operationName ?? null,
      verdict,
      expectPhase,
      header,
    };
  });
}
