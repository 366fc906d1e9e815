import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkText, diff } from '../src/api.js';
import { tempDir } from './support/fixtures.js';

/** The findings at warning or above of a diff of two versions, as "rule-id message". */
async function changes(old: string, text: string): Promise<string[]> {
  const dir = tempDir('copydesk-dedupe-');
  writeFileSync(join(dir, 'v1.md'), old);
  writeFileSync(join(dir, 'v2.md'), text);
  const report = await diff([join(dir, 'v1.md'), join(dir, 'v2.md')], { noConfig: true });
  return report.findings.filter((f) => f.severity !== 'info').map((f) => `${f.ruleId} ${f.message}`);
}

const shown = (text: string) => checkText(text, { path: 'story.md', noConfig: true }).findings.map((f) => `${f.locations[0]!.start.line}:${f.locations[0]!.start.column} ${f.ruleId} ${f.message}`);

test('a transposed figure inside two sums of one event already reported is told once, by the event', () => {
  const story = 'The Harrow Foundation donated $412,650 to the theatre.\n\nThe roof was mended.\n\nThe Harrow Foundation, which donated $421,650 towards the work, was set up by a local family.\n';
  assert.deepEqual(shown(story), ['5:1 contradicted-number Donation of Harrow Foundation: paragraph 3 says “$421,650”, but paragraph 1 says “$412,650”']);
});

test('a transposed figure no other rule reports stands', () => {
  const story = 'Ann Hale was jailed for siphoning $412,650 from the parish.\n\nShe spent it on cruises.\n\nOf the $421,650 she took, roughly $96,000 went on travel.\n';
  assert.deepEqual(shown(story), ['5:8 transposed-figure “$421,650” in paragraph 3 and “$412,650” in paragraph 1 differ by two swapped digits: one of them is likely a slip']);
});

test('a comment that silences the covering finding leaves the transposed figure standing', () => {
  const story = 'The Harrow Foundation donated $412,650 to the theatre.\n\nThe roof was mended.\n\n<!-- copydesk-disable-next-line contradicted-number -->\nThe Harrow Foundation, which donated $421,650 towards the work, was set up by a local family.\n';
  assert.deepEqual(shown(story), ['6:38 transposed-figure “$421,650” in paragraph 3 and “$412,650” in paragraph 1 differ by two swapped digits: one of them is likely a slip']);
});

test('an edit that drops a claim\'s source and its hedge at once is told once, as the attribution dropped; a hedge dropped alone, or with the source swapped, stands', async () => {
  const lede = 'A light aircraft made a forced landing on a dual carriageway on Tuesday.\n\nBoth people on board were hurt.\n\n';
  assert.deepEqual(await changes(`${lede}According to one eyewitness, the aircraft appeared to have experienced an engine problem seconds before impact.\n`, `${lede}The aircraft experienced an engine problem seconds before impact.\n`), [
    'changed-attribution Attribution dropped in paragraph 3: the claim was attributed to eyewitness and now stands unattributed',
  ]);
  assert.deepEqual(await changes(`${lede}The aircraft appeared to have experienced an engine problem seconds before impact.\n`, `${lede}The aircraft experienced an engine problem seconds before impact.\n`), [
    'hedge-removed Hedge removed in paragraph 3: “appeared to” no longer qualifies the claim',
  ]);
  // a source swapped for another is not dropped: the hedge lost is a finding of its own
  assert.deepEqual(await changes(`${lede}According to one eyewitness, the aircraft appeared to lose power.\n`, `${lede}According to police, the aircraft lost power.\n`), [
    'changed-attribution Attribution changed in paragraph 3: the claim was attributed to eyewitness and is now attributed to police',
    'hedge-removed Hedge removed in paragraph 3: “appeared to” no longer qualifies the claim (“appeared to lose” became “lost”)',
  ]);
});

test('a quotation given to another speaker is told once, by the quotation: not again as a person changed or an attribution changed (blind set Z)', async () => {
  const lede = 'Thieves used a stolen telehandler to rip a cash machine from the village post office run by Sanjay Mistry on Tuesday.\n\n';
  const quote = '"It was like a bomb going off – the whole house shook," she said. "I looked out and there was this great yellow machine with its arm through the front of the shop."\n';
  const old = `${lede}Margaret Tasker, who lives opposite the shop, said she was woken by the noise. ${quote}`;
  const text = `${lede}Postmaster Sanjay Mistry, who has run the shop for 22 years, said he was woken by the noise. ${quote.replace('she said', 'he said')}`;
  assert.deepEqual(await changes(old, text), [
    'quote-speaker Quotation in paragraph 2 is now given to Postmaster Sanjay Mistry; it was Margaret Tasker’s',
  ]);
});
