/** What the property tests hold every loaded document to: blocks inside the file, pointing at their text. */
import assert from 'node:assert/strict';
import { CopydeskError } from '../../src/base/errors.js';
import { buildDocument } from '../../src/load/document.js';
import type { Document } from '../../src/model/document.js';
import { defaultLexicon } from './fixtures.js';

/** Loads text as the file `path`; a CopydeskError (a one-line input error) is an answer, not a failure. */
export function load(path: string, text: string): Document | undefined {
  try {
    return buildDocument({ path, text, bom: false }, defaultLexicon());
  } catch (error) {
    if (error instanceof CopydeskError) return undefined;
    throw error;
  }
}

const REFERENCE = /&(?:#[0-9]{1,8}|#[xX][0-9a-fA-F]{1,8}|[A-Za-z][A-Za-z0-9]{1,31});?/g;

/** Offsets inside a character reference (`&eacute;`, `&#65;`): their character is not written as itself. */
function referenceOffsets(source: string): Set<number> {
  const inside = new Set<number>();
  for (const match of source.matchAll(REFERENCE)) for (let k = 0; k < match[0].length; k++) inside.add(match.index + k);
  return inside;
}

/**
 * Whether block text character `ch` may stand for the file's character at `offset`: the same
 * character; a space for a line break, tab or white space, a hard break's backslash or a tag
 * (`<br>`, a nested block) that separates words; U+FFFD for what
 * the parser replaced (NUL, a lone surrogate); any character decoded from a character reference.
 */
export function claims(source: string, ch: string, offset: number, references: Set<number>): boolean {
  const at = source[offset];
  if (at === ch) return true;
  if (ch === ' ' && at !== undefined && /[\s\\<]/.test(at)) return true;
  if (ch === '\ufffd' && at !== undefined && /[\0\ud800-\udfff]/.test(at)) return true;
  return references.has(offset);
}

/** Every block: inside the file, its map one offset per character, in order, inside the block, each at its character. */
export function assertBlocksPointAtText(doc: Document): void {
  const source = doc.source;
  const references = referenceOffsets(source);
  let previousStart = -1;
  for (const block of doc.blocks) {
    assert.ok(block.start >= 0 && block.start <= block.end && block.end <= source.length, `block ${block.index} [${block.start}, ${block.end}) inside the file of ${source.length}`);
    assert.ok(block.start >= previousStart, `block ${block.index} starts after the block before it`);
    previousStart = block.start;
    assert.equal(block.map.length, block.text.length, `block ${block.index}: one offset per character`);
    assert.ok(block.text.trim() !== '' && !block.text.startsWith(' ') && !block.text.endsWith(' '), `block ${block.index} has text, trimmed`);
    for (let i = 0; i < block.text.length; i++) {
      const offset = block.map[i]!;
      assert.ok(offset >= block.start && offset < block.end, `block ${block.index} character ${i} at ${offset} inside [${block.start}, ${block.end})`);
      if (i > 0) assert.ok(offset >= block.map[i - 1]!, `block ${block.index} character ${i}: offsets in order (${block.map[i - 1]} then ${offset})`);
      assert.ok(claims(source, block.text[i]!, offset, references), `block ${block.index} character ${i} ${JSON.stringify(block.text[i])} points at ${JSON.stringify(source[offset])} (offset ${offset})`);
    }
  }
}
