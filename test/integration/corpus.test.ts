import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkFiles } from '../../src/run/check-files.js';
import { diffFiles } from '../../src/run/diff-files.js';
import { compare, describeComparison, findingsOf, loadCases, verdict } from '../support/corpus.js';

// Each corpus case states its expected findings; the comparison is whole: nothing missing, nothing
// unexpected at warning or above, except what the case admits (a finding marked `missed`, a
// `knownFalse` entry), and those marks must still hold. Check cases have an article, diff cases have
// versions v1, v2 ….
const run = {
  check: (paths: string[], related: string[]) => checkFiles(paths, { related }).findings,
  diff: (paths: string[], related: string[]) => diffFiles(paths, { related }).findings,
};
for (const item of loadCases()) {
  test(`corpus: ${item.name}`, () => {
    const comparison = compare(item.expected.findings, findingsOf(item, run));
    const { failures, stale } = verdict(item, comparison);
    assert.ok(failures.length === 0 && stale.length === 0, `${describeComparison(item.name, comparison)}\n${[...failures, ...stale].map((line) => `  ${line}`).join('\n')}`);
  });
}
