import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { buildDocument } from '../src/load/document.js';
import { parseDirective } from '../src/load/directives.js';
import { LineIndex } from '../src/load/positions.js';
import { defaultLexicon } from './support/fixtures.js';
import { html, markdown, noise, plainText, runs } from './support/news-text.js';
import { assertBlocksPointAtText, load } from './support/offsets.js';

// Properties of the loaders (Markdown, plain text, HTML) over news copy mixed with hostile text: no
// exception but a CopydeskError (bad front matter), and every block's offset map pointing inside the
// file, inside its block, in order, at the character the block's text claims.

test('property: Markdown blocks point inside the file at the characters they claim', () => {
  fc.assert(
    fc.property(markdown, (text) => {
      const doc = load('story.md', text);
      if (doc) assertBlocksPointAtText(doc);
    }),
    runs(100),
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
