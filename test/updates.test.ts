import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { diff } from '../src/api.js';
import { tempDir } from './support/fixtures.js';

// An updated story is told on a later day and with later figures: what the new version says of the
// update is not a slip to warn about, but a day changed on its own, or a figure of another period, is.
const run = async (old: string, text: string) => {
  const dir = tempDir('copydesk-updates-');
  writeFileSync(join(dir, 'v1.md'), old);
  writeFileSync(join(dir, 'v2.md'), text);
  const report = await diff([join(dir, 'v1.md'), join(dir, 'v2.md')], { noConfig: true });
  return report.findings.map((f) => `${f.severity} ${f.ruleId} ${f.message}`);
};

test('a day of telling changed beside the event\'s own day is an update\'s, worth a look; changed alone it is a warning', async () => {
  assert.deepEqual(await run('The river burst its banks on Tuesday, flooding 40 homes in Bexley, officials said Wednesday.\n', 'The river burst its banks on Tuesday, flooding 40 homes in Bexley, officials said Thursday.\n'), [
    'info changed-date Date changed in paragraph 1: “Wednesday” became “Thursday”',
  ]);
  assert.deepEqual(await run('The health minister said Monday she would resign at the end of the month.\n', 'The health minister said Tuesday she would resign at the end of the month.\n'), [
    'warning changed-date Date changed in paragraph 1: “Monday” became “Tuesday”',
  ]);
});

test('a figure the update gives as the old one is explained; one of another period is not', async () => {
  const lede = 'Health officials urged anyone who ate at the diner to get vaccinated.\n\n';
  const explained = await run(`${lede}Seventeen people have been sickened with hepatitis A.\n`, `${lede}Twenty-one people have been sickened with hepatitis A. The number rose from 17 reported on Monday.\n`);
  assert.deepEqual(explained.filter((f) => f.includes('changed-number')), []);
  const otherPeriod = await run('Nine people have been killed on the county\'s roads so far this year, police said.\n', 'Twelve people have been killed on the county\'s roads so far this year, up from nine in the whole of last year, police said.\n');
  assert.deepEqual(otherPeriod.filter((f) => !f.startsWith('info')), [
    'warning changed-number Number changed in paragraph 1: “Nine” became “Twelve”',
  ]);
});

test('what had not yet happened, or was expected, and is now told as done is the news catching up; a denial dropped is a reversal', async () => {
  assert.deepEqual(await run('The council has not yet approved the plan.\n', 'The council approved the plan.\n'), [
    'info flipped-polarity Statement reversed in paragraph 1 (negation removed): “has not yet” became “(nothing)”',
  ]);
  assert.deepEqual(await run('The council did not approve the plan.\n', 'The council approved the plan.\n'), [
    'warning flipped-polarity Statement reversed in paragraph 1 (negation removed): “did not approve” became “approved”',
  ]);
  const reached = await run('The contingent is expected to reach the capital this evening.\n', 'The contingent reached the capital in the early evening.\n');
  assert.deepEqual(reached.filter((f) => f.includes('hedge-removed')), []);
  assert.deepEqual((await run('Details are expected to be published on its website.\n', 'Details will be published on its website.\n')).filter((f) => f.includes('hedge-removed')), [
    'warning hedge-removed Hedge removed in paragraph 1: “are expected to” no longer qualifies the claim (“are expected to” became “will”)',
  ]);
});
