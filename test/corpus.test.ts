import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkFiles } from '../src/check.js';
import { compare, describeComparison, loadCases } from './support/corpus.js';

// Each corpus case states its expected findings; the comparison is whole: nothing missing, nothing
// unexpected at warning or above.
for (const item of loadCases()) {
  if (!item.article) continue;
  test(`corpus: ${item.name}`, () => {
    const result = checkFiles([item.article!]);
    const comparison = compare(item.expected.findings, result.findings);
    assert.ok(comparison.missing.length === 0 && comparison.unexpected.length === 0, describeComparison(item.name, comparison));
  });
}
