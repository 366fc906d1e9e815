import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkFiles } from '../src/run/check-files.js';
import { diffFiles } from '../src/run/diff-files.js';
import { diffJsonReport } from '../src/report/diff-json.js';
import { formatJson, jsonReport } from '../src/report/json.js';
import { validator } from '../src/schema/validate.js';
import { loadCases } from './support/corpus.js';

test('the JSON report of every corpus case validates against schemas/report.schema.json', () => {
  const validate = validator('report');
  const articles = loadCases().flatMap((c) => (c.article ? [c.article] : []));
  const report = JSON.parse(formatJson(jsonReport(checkFiles(articles))));
  assert.ok(report.findings.length > 10, 'a report with findings of every kind');
  const ok = validate(report);
  assert.ok(ok, JSON.stringify(validate.errors?.slice(0, 3), null, 2));
});

test('locations point at their text: offsets, lines and columns agree with the file', () => {
  const articles = loadCases().flatMap((c) => (c.article ? [c.article] : []));
  const result = checkFiles(articles);
  for (const finding of result.findings) {
    for (const location of finding.locations) {
      const file = result.files.find((f) => f.file.path === location.path)!;
      const source = file.analysis!.doc.source;
      assert.equal(source.slice(location.start.offset, location.end.offset), location.text);
      const before = source.slice(0, location.start.offset).split(/\r\n|\r|\n/);
      assert.equal(location.start.line, before.length);
      assert.equal(location.start.column, before[before.length - 1]!.length + 1);
      assert.ok(location.start.line >= 1 && location.start.column >= 1);
    }
  }
});

test('the schema rejects a report that breaks it (the test can fail)', () => {
  const validate = validator('report');
  const report = jsonReport(checkFiles(['corpus/01-seed-huawei/article.txt']));
  const broken = JSON.parse(JSON.stringify(report));
  broken.findings[0].locations[0].start.line = 0;
  assert.equal(validate(broken), false);
});

test('the JSON report of a diff, with its alignment and history, validates against the schema', () => {
  const validate = validator('report');
  const versions = loadCases().filter((c) => c.versions.length >= 2);
  assert.ok(versions.length > 0, 'the corpus has diff cases');
  for (const item of versions) {
    const report = JSON.parse(formatJson(diffJsonReport([diffFiles(item.versions)]))) as { diffs: { steps: unknown[] }[] };
    assert.ok(validate(report), `${item.name}: ${JSON.stringify(validate.errors?.slice(0, 3), null, 2)}`);
    assert.equal(report.diffs[0]!.steps.length, item.versions.length - 1);
  }
});
