import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { compileLexicon, mergeLexicons, type CompiledLexicon } from '../../src/lexicon/compile.js';
import { readLexicon } from '../../src/config/lexicon-files.js';
import { analyse } from '../../src/claims/analyse.js';
import { type Analysis } from '../../src/model/analysis.js';
import { buildDocument } from '../../src/load/document.js';
import { packagePath } from '../../src/base/package-path.js';

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
