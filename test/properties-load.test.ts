import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { CopydeskError } from '../src/base/errors.js';
import { buildDocument } from '../src/load/document.js';
import { parseDirective } from '../src/load/directives.js';
import { LineIndex } from '../src/load/positions.js';
import type { Document } from '../src/model/document.js';
import { defaultLexicon } from './support/fixtures.js';
import { html, markdown, noise, plainText, runs } from './support/news-text.js';

// Properties of the loaders (Markdown, plain text, HTML) over news copy mixed with hostile text: no
// exception but a CopydeskError (bad front matter), and every block's offset map pointing inside the
// file, inside its block, in order, at the character the block's text claims.

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

test('property: Markdown blocks point inside the file at the characters they claim', () => {
  fc.assert(
    fc.property(markdown, (text) => {
      const doc = load('story.md', text);
      if (doc) assertBlocksPointAtText(doc);
    }),
    runs(150),
  );
});

test('property: plain-text blocks are the file verbatim, line breaks and tabs as spaces', () => {
  fc.assert(
    fc.property(plainText, (text) => {
      const doc = buildDocument({ path: 'story.txt', text, bom: false }, defaultLexicon());
      assertBlocksPointAtText(doc);
      for (const block of doc.blocks) {
        const verbatim = [...block.map].map((offset) => text[offset]!.replace(/[\r\n\t]/, ' ')).join('');
        assert.equal(block.text, verbatim);
        assert.equal(block.start, block.map[0]);
        assert.equal(block.end, block.map[block.map.length - 1]! + 1);
      }
    }),
    runs(150),
  );
});

test('property: HTML blocks point inside the file at the characters they claim', () => {
  fc.assert(
    fc.property(html, (text) => {
      const doc = buildDocument({ path: 'story.html', text, bom: false }, defaultLexicon());
      assertBlocksPointAtText(doc);
    }),
    runs(100),
  );
});

test('property: lines and columns agree with the offsets, whatever the line ends', () => {
  fc.assert(
    fc.property(fc.oneof(markdown, noise), fc.nat(), (text, at) => {
      const offset = at % (text.length + 1);
      const point = new LineIndex(text).point(offset);
      const before = text.slice(0, offset).split(/\r\n|\r|\n/);
      // a CRLF split in two: the line ends after the \r, the \n begins no line of its own
      const expectedLine = before.length - (text[offset - 1] === '\r' && text[offset] === '\n' ? 1 : 0);
      assert.equal(point.offset, offset);
      assert.equal(point.line, expectedLine);
      if (expectedLine === before.length) assert.equal(point.column, before[before.length - 1]!.length + 1);
    }),
    runs(300),
  );
});

test('property: inline control comments are read without exception, their ranges inside the file on their line', () => {
  fc.assert(
    fc.property(markdown, (text) => {
      const doc = load('story.md', text);
      if (!doc) return;
      const lines = new LineIndex(text);
      for (const directive of doc.directives) {
        assert.ok(directive.start >= 0 && directive.start < directive.end && directive.end <= text.length);
        const written = text.slice(directive.start, directive.end).trim();
        assert.match(written, /^<!--\s*copydesk-(disable-next-line|disable|enable)\b[^]*-->$/);
        assert.equal(directive.line, lines.point(directive.start).line);
        for (const id of directive.ruleIds) assert.match(id, /^[^\s,]+$/);
      }
    }),
    runs(150),
  );
});

test('property: any HTML comment or string is a directive or null, never an exception', () => {
  const comment = fc.tuple(fc.constantFrom('<!--', '<!-- ', '<!--\n'), fc.constantFrom('copydesk-disable', 'copydesk-enable', 'copydesk-disable-next-line', 'copydesk-'), noise, fc.constantFrom('-->', ' -->', '', '--!>')).map((parts) => parts.join(''));
  fc.assert(
    fc.property(fc.oneof(comment, noise), fc.nat(1000), (html, start) => {
      const directive = parseDirective(html, start, start + html.length, 1);
      if (directive === null) return;
      assert.equal(directive.start, start);
      assert.ok(html.trim().endsWith('-->'));
      for (const id of directive.ruleIds) assert.match(id, /^[^\s,]+$/);
    }),
    runs(300),
  );
});
