import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { alignSentences } from '../src/align/align.js';
import type { Analysis } from '../src/model/analysis.js';
import { analyseText } from './support/fixtures.js';
import { article, edited, runs } from './support/news-text.js';
import { load } from './support/offsets.js';

// Properties of the alignment of two versions (src/align/): every sentence of each version in exactly
// one pair, each pair's kind agreeing with its sides, word operations placed inside their files and
// spelling out both sentences, and the same alignment every time.

/** Text without its white space: a word diff may keep either side's spacing. */
const letters = (text: string) => text.replace(/\s+/g, '');

function sentencesText(analysis: Analysis, indices: number[]): string {
  return letters(indices.map((i) => analysis.sentences[i]!.text).join(''));
}

test('property: alignment pairs every sentence of both versions exactly once, kinds and word diffs agreeing', () => {
  fc.assert(
    fc.property(
      article.filter(({ path }) => path !== 'story.html').chain(({ path, text }) => edited(text).map((later) => ({ path, text, later }))),
      ({ path, text, later }) => {
        // a version whose front matter is broken is refused in one line before any alignment
        if (!load(path, text) || !load(path, later)) return;
        const old = analyseText(text, path);
        const current = analyseText(later, path);
        const alignment = alignSentences(old, current);
        for (const [side, count] of [['old', old.sentences.length], ['new', current.sentences.length]] as const) {
          const seen = alignment.pairs.flatMap((pair) => pair[side]).sort((a, b) => a - b);
          assert.deepEqual(seen, Array.from({ length: count }, (_, k) => k), `every ${side} sentence in exactly one pair`);
        }
        for (const pair of alignment.pairs) {
          const sizes = `${pair.old.length}:${pair.new.length}`;
          const expected = { added: /^0:1$/, removed: /^1:0$/, split: /^1:[23]$/, merged: /^[23]:1$/, unchanged: /^1:1$/, edited: /^1:1$/, moved: /^1:1$/ }[pair.kind];
          assert.match(sizes, expected, `${pair.kind} pairs ${sizes} sentences`);
          const before = sentencesText(old, pair.old);
          const after = sentencesText(current, pair.new);
          if (pair.kind === 'unchanged') assert.equal(after, before);
          if (!pair.ops) continue;
          // the old side's words are what was kept and deleted, the new side's what was kept and inserted
          assert.equal(letters(pair.ops.filter((op) => op.op !== 'insert').map((op) => op.text).join('')), before);
          assert.equal(letters(pair.ops.filter((op) => op.op !== 'delete').map((op) => op.text).join('')), after);
          for (const op of pair.ops) {
            if (op.op !== 'insert') assert.ok(op.oldStart! >= 0 && op.oldStart! < op.oldEnd! && op.oldEnd! <= text.length, `${op.op} ${JSON.stringify(op.text)} inside the old file`);
            if (op.op !== 'delete') assert.ok(op.newStart! >= 0 && op.newStart! < op.newEnd! && op.newEnd! <= later.length, `${op.op} ${JSON.stringify(op.text)} inside the new file`);
          }
        }
        assert.deepEqual(alignSentences(old, current), alignment, 'the same alignment again');
      },
    ),
    runs(15),
  );
});
