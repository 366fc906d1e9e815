import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { CLAUSE_REACH, clauseAround } from '../src/claims/clause.js';
import { icuSentences } from '../src/text/sentences.js';
import { breakLongRuns, LONGEST_RUN, tokenizeBlock } from '../src/text/tokens.js';
import { checkText } from '../src/api.js';
import { append, least, most } from '../src/base/arrays.js';
import { analyseText, defaultLexicon, similarNames } from './support/fixtures.js';
import { MAX_LOOKALIKES } from '../src/kinds/naming.js';

// The bounds that keep a check's cost in proportion to its text (docs/architecture.md, "Costs"):
// each gives what the unbounded reading gave on news copy, and stops where copy is no longer prose.

const SEED = readFileSync('corpus/01-seed-huawei/article.txt', 'utf8');

test('ICU read a window at a time finds the sentences ICU finds in the whole text', () => {
  const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });
  const long = Array.from({ length: 40 }, () => SEED.replace(/\s+/g, ' ')).join(' ');
  for (const text of [SEED, long]) {
    const whole = [...segmenter.segment(text)].map((s) => [s.index, s.segment]);
    for (const window of [50, 200, 4096]) assert.deepEqual([...icuSentences(text, window)].map((s) => [s.index, s.segment]), whole, `window ${window}`);
  }
});

test('a run of letters longer than any word is read in pieces, each of its real text, one character for one', () => {
  const word = 'x'.repeat(1000);
  const shadow = breakLongRuns(`A ${word} b`);
  assert.equal(shadow.length, word.length + 4);
  assert.deepEqual(shadow.split(' ').map((piece) => piece.length), [1, LONGEST_RUN, LONGEST_RUN - 1, LONGEST_RUN - 1, 1000 - 3 * LONGEST_RUN - 1, 1]);
  // astral characters are never split in two
  const emoji = '😀'.repeat(400);
  assert.doesNotMatch(breakLongRuns(emoji), /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/);
  const tokens = tokenizeBlock({ text: `The code ${word} ran.` });
  // the characters where the run was broken belong to no token: three of a thousand here
  assert.equal(tokens.map((t) => t.text).join(''), `Thecode${'x'.repeat(997)}ran.`);
  assert.ok(tokens.every((t) => t.text === `The code ${word} ran.`.slice(t.start, t.end)));
});

test('a clause reaches at most CLAUSE_REACH words either side of its trigger', () => {
  const rows = Array.from({ length: 200 }, (_, k) => `| Region ${k + 1} | ${k % 7} deaths |`).join(' ');
  const analysis = analyseText(`# Toll\n\n${rows}\n`);
  const words = analysis.words.reduce((longest, sentence) => (sentence.length > longest.length ? sentence : longest));
  const at = words.findIndex((w, k) => w.lower === 'deaths' && k > 300);
  const [from, to] = clauseAround(defaultLexicon(), words, at);
  assert.equal(at - from, CLAUSE_REACH);
  assert.equal(to - at, CLAUSE_REACH + 1);
});

test('inline comments are matched to their lines by lookup: each silences its own line, the unused ones are named', () => {
  const story = Array.from({ length: 300 }, (_, k) => `The storm killed ${k + 1} people on Monday, police said.`);
  const bare = checkText(`# Storm\n\n${story.join('\n\n')}\n`, { noConfig: true }).findings.filter((f) => f.ruleId === 'contradicted-number');
  // a finding is silenced where its first place is: the sentences that hold one
  const flagged = new Set(bare.map((f) => (f.locations[0]!.start.line - 3) / 2));
  assert.ok(bare.length > 0 && flagged.size < 300);
  const commented = story.map((line) => `<!-- copydesk-disable-next-line contradicted-number -->\n${line}`);
  const report = checkText(`# Storm\n\n${commented.join('\n\n')}\n`, { noConfig: true });
  assert.equal(report.findings.filter((f) => f.ruleId === 'contradicted-number').length, 0);
  const unused = report.findings.filter((f) => f.ruleId === 'copydesk-directive');
  assert.deepEqual(
    unused.map((f) => (f.locations[0]!.start.line - 3) / 3),
    story.map((_, k) => k).filter((k) => !flagged.has(k)),
  );
  assert.equal(unused[0]!.message, 'copydesk-disable-next-line (contradicted-number) silences nothing: remove it');
});

test('a list of names a letter apart is a list of people, not misspellings; a misspelling among a few look-alikes is still one', () => {
  const list = checkText(similarNames(300), { noConfig: true }).findings;
  assert.deepEqual(list.filter((f) => f.ruleId === 'name-form'), []);
  // MAX_LOOKALIKES look-alikes at most: each name is still compared, and the one misspelt is found
  const few = '# Court\n\nAna Kowalski, Ana Kowalsky and Ana Kovalski appeared in court. Ana Kowalski spoke first.\n\nAna Kowalski said she was innocent. Ana Kowalsky did not speak.\n';
  const lookalikes = ['Kowalsky', 'Kovalski'].length;
  assert.ok(lookalikes <= MAX_LOOKALIKES);
  assert.deepEqual(
    checkText(few, { noConfig: true }).findings.filter((f) => f.ruleId === 'name-form').map((f) => f.message),
    // (once, for the person the copy names more: Kowalski)
    ['“Ana Kovalski” is spelt “Kowalski” elsewhere (paragraph 1): check the spelling of Ana Kowalski'],
  );
});

test('the items of one list are records: not compared with each other, still compared with the prose', () => {
  const items = [3, 4, 5, 6].map((toll) => `- The storm killed ${toll} people in the district, officials said.`);
  const list = checkText(`# Storm\n\nThe storm killed 3 people in the district, officials said.\n\n${items.join('\n')}\n`, { noConfig: true });
  // each item against the prose before the list (paragraph 1 says 3): the second item says 4, and so on
  assert.deepEqual(
    list.findings.map((f) => `${f.ruleId} ${f.message}`),
    [
      'repeated-claim Death toll is reported twice (paragraphs 1 and 2)',
      'contradicted-number Death toll: paragraph 3 says “4”, but paragraph 1 says “3”',
      'contradicted-number Death toll: paragraph 4 says “5”, but paragraph 1 says “3”',
      'contradicted-number Death toll: paragraph 5 says “6”, but paragraph 1 says “3”',
    ],
  );
  // the same sentences as paragraphs are one story told four ways
  const prose = checkText(`# Storm\n\n${items.map((item) => item.slice(2)).join('\n\n')}\n`, { noConfig: true });
  assert.deepEqual(prose.findings.map((f) => f.message), [
    'Death toll: paragraph 2 says “4”, but paragraph 1 says “3”',
    'Death toll: paragraph 3 says “5”, but paragraph 2 says “4”',
    'Death toll: paragraph 4 says “6”, but paragraph 3 says “5”',
  ]);
});

test('lists as long as the input are appended and searched without passing each item as an argument', () => {
  const many = Array.from({ length: 300_000 }, (_, k) => 300_000 - k);
  assert.throws(() => Math.min(...many), RangeError, 'the spread this replaces overflows the stack');
  assert.equal(least(many), 1);
  assert.equal(most(many), 300_000);
  assert.equal(append([0], many).length, 300_001);
});
