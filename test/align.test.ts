import { test } from 'node:test';
import assert from 'node:assert/strict';
import { alignSentences, longestIncreasing } from '../src/align/align.js';
import { analyseText } from './support/fixtures.js';

const OLD = `# Mill closes

The Ashby mill will close in March, cutting 300 jobs. The owner, Tom Reyes, blamed energy costs.

Workers learned of the plan on Monday. "We did not approve this," said union leader Ana Ruiz.

The town council met on Tuesday and discussed the closure and what it means for the high street.

The mill opened in 1921. It employed half the town at its peak.
`;

const NEW = `# Mill closes

The Ashby mill will close in March, cutting 3,000 jobs. The owner, Tom Reyes, blamed high energy costs.

The mill opened in 1921.

Workers learned of the plan on Monday. "We approved this," said union leader Ana Ruiz.

The town council met on Tuesday. It discussed the closure and what it means for the high street.

A protest is planned for Friday.
`;

test('alignment: unchanged, edited, moved, split, added and removed, in reading order of the new version', () => {
  const old = analyseText(OLD, 'old.md');
  const current = analyseText(NEW, 'new.md');
  const pairs = alignSentences(old, current).pairs.map((p) => [p.kind, p.old.map((i) => old.sentences[i]!.text.slice(0, 24)), p.new.map((j) => current.sentences[j]!.text.slice(0, 24))]);
  assert.deepEqual(pairs, [
    ['unchanged', ['Mill closes'], ['Mill closes']],
    ['edited', ['The Ashby mill will clos'], ['The Ashby mill will clos']],
    ['edited', ['The owner, Tom Reyes, bl'], ['The owner, Tom Reyes, bl']],
    ['moved', ['The mill opened in 1921.'], ['The mill opened in 1921.']],
    // a removed sentence stands after the sentence it followed in the old version
    ['removed', ['It employed half the tow'], []],
    ['unchanged', ['Workers learned of the p'], ['Workers learned of the p']],
    ['edited', ['"We did not approve this'], ['"We approved this," said']],
    ['split', ['The town council met on '], ['The town council met on ', 'It discussed the closure']],
    ['added', [], ['A protest is planned for']],
  ]);
});

test('alignment: edited pairs carry a word diff placed in both files', () => {
  const old = analyseText(OLD, 'old.md');
  const current = analyseText(NEW, 'new.md');
  const edited = alignSentences(old, current).pairs.find((p) => p.kind === 'edited')!;
  const changes = edited.ops!.filter((op) => op.op !== 'equal');
  assert.deepEqual(changes.map((op) => [op.op, op.text]), [['delete', '300'], ['insert', '3,000']]);
  assert.equal(OLD.slice(changes[0]!.oldStart, changes[0]!.oldEnd), '300');
  assert.equal(NEW.slice(changes[1]!.newStart, changes[1]!.newEnd), '3,000');
  for (const op of edited.ops!.filter((o) => o.op === 'equal')) assert.equal(NEW.slice(op.newStart, op.newEnd).replace(/\s+/g, ' '), op.text.replace(/\s+/g, ' '));
});

test('alignment: a merge of two sentences into one', () => {
  const old = analyseText('The bridge closed on Monday. Traffic was diverted to the ring road.\n', 'old.md');
  const current = analyseText('The bridge closed on Monday and traffic was diverted to the ring road.\n', 'new.md');
  assert.deepEqual(alignSentences(old, current).pairs.map((p) => [p.kind, p.old, p.new]), [['merged', [0, 1], [0]]]);
});

test('alignment: sentences too different are removed and added, not edited', () => {
  const old = analyseText('The bridge closed on Monday.\n', 'old.md');
  const current = analyseText('Officials praised the new library on Friday.\n', 'new.md');
  assert.deepEqual(alignSentences(old, current).pairs.map((p) => p.kind).sort(), ['added', 'removed']);
});

test('longest increasing subsequence keeps the longest run in order', () => {
  assert.deepEqual([...longestIncreasing([0, 4, 1, 2, 3])].sort(), [0, 2, 3, 4]);
  assert.deepEqual([...longestIncreasing([])], []);
});

// found by test/properties-align.test.ts: diffWords ignores spacing, so a part's value need not have
// its side's spaces ("Dalen.  \n" came as "Dalen. " then "  …"); advancing by the value's length put
// every later word two characters too far, and past the sentence's end (NaN)
test('word diff: runs of spaces and a line break in a sentence keep every word at its own offsets', () => {
  const text = 'Osei met van Dalen.  \n"never again," Reyes asked.';
  const later = 'Osei met van Dalen. Reyes asked.';
  const old = analyseText(text, 'old.txt');
  const current = analyseText(later, 'new.txt');
  const [pair] = alignSentences(old, current).pairs;
  assert.deepEqual(
    pair!.ops!.map((op) => [op.op, op.oldStart === undefined ? null : text.slice(op.oldStart, op.oldEnd), op.newStart === undefined ? null : later.slice(op.newStart, op.newEnd)]),
    [
      ['equal', 'Osei met van Dalen.  \n', 'Osei met van Dalen. '],
      ['delete', '"never again," ', null],
      ['equal', 'Reyes asked.', 'Reyes asked.'],
    ],
  );
});
