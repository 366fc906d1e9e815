import { test } from 'node:test';
import assert from 'node:assert/strict';
import { splitSentences } from '../src/text/sentences.js';
import { defaultLexicon } from './support/fixtures.js';

function split(text: string): string[] {
  return splitSentences(text, defaultLexicon()).map((s) => text.slice(s.start, s.end));
}

// Boundaries that news copy gets wrong with a plain splitter: titles, initials, dates, initialisms that
// may or may not end a sentence, decimals, and quotations closed by a question mark before "she said".
const CASES: [string, string[]][] = [
  ['Mr. Ren met Sen. Lee in Washington, D.C. on Jan. 5.', ['Mr. Ren met Sen. Lee in Washington, D.C. on Jan. 5.']],
  ['He spoke to John F. Kennedy Jr. about it. Then he left.', ['He spoke to John F. Kennedy Jr. about it.', 'Then he left.']],
  ['In his first U.S. TV interview, he spoke.', ['In his first U.S. TV interview, he spoke.']],
  ['China will not spy on the U.S. In recent months, officials worried.', ['China will not spy on the U.S.', 'In recent months, officials worried.']],
  ['Shares rose 3.5 percent to $12.75. Analysts were surprised.', ['Shares rose 3.5 percent to $12.75.', 'Analysts were surprised.']],
  ['"Why do you call these charges politically motivated?" Golodryga asked.', ['"Why do you call these charges politically motivated?" Golodryga asked.']],
  ['"Is it over?" she asked. "No," he said.', ['"Is it over?" she asked.', '"No," he said.']],
  ['The meeting ended at 5 p.m. The vote is Monday.', ['The meeting ended at 5 p.m.', 'The vote is Monday.']],
  ['The firm, Acme Inc., filed on Monday. Its rival did not.', ['The firm, Acme Inc., filed on Monday.', 'Its rival did not.']],
  ['Dr. Okafor and Prof. Lindqvist agreed. Gov. Ruiz did not.', ['Dr. Okafor and Prof. Lindqvist agreed.', 'Gov. Ruiz did not.']],
  ['The goose was found on February 25, 2008. 10 other cases were found.', ['The goose was found on February 25, 2008.', '10 other cases were found.']],
  ['See No. 10 Downing Street. It was shut.', ['See No. 10 Downing Street.', 'It was shut.']],
  ['"We are ready," said Brig. Gen. Ana Ruiz. Lieut. Col. Tom Kerr agreed.', ['"We are ready," said Brig. Gen. Ana Ruiz.', 'Lieut. Col. Tom Kerr agreed.']],
  ['They spent two nights in the brig. Hale was released. Skiers came from Brig. Three were hurt.', ['They spent two nights in the brig.', 'Hale was released.', 'Skiers came from Brig.', 'Three were hurt.']],
];

for (const [text, expected] of CASES) {
  test(`sentences: ${text.slice(0, 50)}`, () => {
    assert.deepEqual(split(text), expected);
  });
}
