import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { compileLexicon, mergeLexicons, readLexicon, type CompiledLexicon } from '../../src/claims/lexicon.js';
import { analyse, type Analysis } from '../../src/claims/analyse.js';
import { buildDocument } from '../../src/load/document.js';
import { packagePath } from '../../src/package-path.js';

let lexicon: CompiledLexicon | undefined;

/** The default lexicons, compiled once for the tests. */
export function defaultLexicon(): CompiledLexicon {
  lexicon ??= compileLexicon(
    mergeLexicons(['events', 'people', 'places', 'organisations', 'language'].map((name) => readLexicon(packagePath('rules', 'lexicons', `${name}.yaml`)))),
  );
  return lexicon;
}

/** Analyses text as a Markdown (or, with a .txt path, plain-text) article. */
export function analyseText(text: string, path = 'article.md'): Analysis {
  return analyse(buildDocument({ path, text, bom: false }), defaultLexicon());
}

export function tempDir(prefix = 'copydesk-test-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

export function writeFile(dir: string, name: string, content: string | Uint8Array): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}
