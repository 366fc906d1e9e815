import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CompiledLexicon } from '../../src/lexicon/compile.js';
import { Session } from '../../src/session/session.js';
import { analyse } from '../../src/claims/analyse.js';
import { type Analysis } from '../../src/model/analysis.js';
import { buildDocument } from '../../src/load/document.js';

let lexicon: CompiledLexicon | undefined;

/** The default lexicons, compiled once for the tests. */
export function defaultLexicon(): CompiledLexicon {
  lexicon ??= new Session().ruleSetFor({ noConfig: true }).lexicon;
  return lexicon;
}

/** Analyses text as a Markdown (or, with a .txt path, plain-text) article. */
export function analyseText(text: string, path = 'article.md'): Analysis {
  return analyse(buildDocument({ path, text, bom: false }, defaultLexicon()), defaultLexicon());
}

const made: string[] = [];

/**
 * A fresh folder under the system's temporary folder, removed when the test process exits: a test
 * run must leave nothing behind (CI machines and developers' /tmp fill up otherwise).
 */
export function tempDir(prefix = 'copydesk-test-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  if (made.length === 0) process.once('exit', () => made.forEach((d) => rmSync(d, { recursive: true, force: true })));
  made.push(dir);
  return dir;
}

export function writeFile(dir: string, name: string, content: string | Uint8Array): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

/**
 * A Markdown list of `n` names that differ by a letter or two ("James Smitha", "Mary Smithb" …), then
 * a closing sentence: every pair is a possible misspelling, so the findings grow with the square of `n`.
 */
export function similarNames(n: number): string {
  const given = ['James', 'Mary', 'John', 'Patricia', 'Robert', 'Jennifer', 'Michael', 'Linda', 'William', 'Elizabeth'];
  const letters = (i: number) => {
    let out = '';
    do {
      out += 'abcdefghijklmnopqrstuvwxyz'[i % 26];
      i = Math.floor(i / 26);
    } while (i > 0);
    return out;
  };
  const items = Array.from({ length: n }, (_, i) => `- ${given[i % 10]} Smith${letters(i)}`);
  return `# The victims\n\nThe dead were named as:\n\n${items.join('\n')}\n\nAll of them lived in the town.\n`;
}

/**
 * `n` families, each named twice in full and once a letter off ("Ana Luvunamu … Ana Luvunama"): a
 * spelling finding each, none like another, so none fold. The surnames are spread by a hash, so no
 * two families' names are look-alikes.
 */
export function misspeltFamilies(n: number): string {
  const consonants = 'bdfgklmnprstvz';
  const vowels = 'aeiou';
  const surname = (k: number) => {
    let h = ((k + 1) * 2654435761) >>> 0;
    let out = '';
    for (let i = 0; i < 4; i++) {
      out += consonants[h % consonants.length]!;
      h = Math.floor(h / consonants.length);
      out += vowels[h % vowels.length]!;
      h = Math.floor(h / vowels.length);
      h = (h * 40503 + k) >>> 0;
    }
    return out[0]!.toUpperCase() + out.slice(1);
  };
  const paragraphs = Array.from({ length: n }, (_, k) => {
    const name = surname(k);
    const misspelt = name.slice(0, -1) + (name.endsWith('a') ? 'o' : 'a');
    return `Ana ${name} spoke to reporters. Ana ${name} left early. Ana ${misspelt} returned later.`;
  });
  return `# Families\n\n${paragraphs.join('\n\n')}\n`;
}
