import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkText } from '../src/api.js';

const shown = (text: string) => checkText(text, { path: 'story.md', noConfig: true }).findings.map((f) => `${f.locations[0]!.start.line}:${f.locations[0]!.start.column} ${f.ruleId} ${f.message}`);

test('a transposed figure inside two counts of one event already reported is told once, by the event', () => {
  const story = "Southvale said 1,240 of its 1,890 weekday services would be cancelled on Friday.\n\nThe union balloted 3,000 drivers.\n\nWith 1,420 services cancelled, Friday's strike will be the most disruptive of the dispute.\n";
  assert.deepEqual(shown(story), ['5:1 contradicted-number Cancellations: paragraph 3 says “1,420”, but paragraph 1 says “1,240”']);
});

test('a transposed figure no other rule reports stands', () => {
  const story = 'Ann Hale was jailed for siphoning $412,650 from the parish.\n\nShe spent it on cruises.\n\nOf the $421,650 she took, roughly $96,000 went on travel.\n';
  assert.deepEqual(shown(story), ['5:8 transposed-figure “$421,650” in paragraph 3 and “$412,650” in paragraph 1 differ by two swapped digits: one of them is likely a slip']);
});
