import { test, mock } from 'node:test';
import assert from 'node:assert/strict';
import fs, { readFileSync, readdirSync } from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';
import { join } from 'node:path';
import { check, checkText, diff, exitCode, render } from '../src/api.js';
import { foldAndCap } from '../src/engine/fold-and-cap.js';
import { writeAllAtomic } from '../src/report/write.js';
import { validator } from '../src/schema/validate.js';
import { cli } from './support/cli.js';
import { misspeltFamilies, tempDir, writeFile } from './support/fixtures.js';

// Bounded output (issue 14): a sentence pasted thousands of times or a list of thousands of names
// makes a report a person can read and Node can hold, and a report that cannot be written leaves
// the previous one as it was.

// (an arrest of a named person: a finding sure enough to be a warning, so --max-warnings counts it)
const SENTENCE = 'Police arrested Ana Ruiz in Porto late on Monday.';
const copies = (n: number) => `# Storm\n\n${`${SENTENCE} `.repeat(n).trim()}\n`;

test('findings of one rule about the same words fold into one past ten, with the count and the first places', () => {
  // five copies make four findings (each copy told twice, against the first), each reported
  const five = checkText(copies(5), { path: 'five.md' });
  assert.equal(five.findings.length, 4);
  assert.deepEqual(new Set(five.findings.map((f) => f.message)), new Set(['Arrest of Ana Ruiz in Porto (Monday) is reported twice (paragraph 1)']));
  assert.ok(five.findings.every((f) => f.folded === undefined));
  // thirty make 29: one finding
  const thirty = checkText(copies(30), { path: 'thirty.md' });
  assert.equal(thirty.findings.length, 1);
  const [folded] = thirty.findings;
  assert.equal(folded!.ruleId, 'repeated-claim');
  assert.equal(folded!.message, 'Arrest of Ana Ruiz in Porto (Monday) is reported twice (paragraph 1) … and 28 more like it');
  assert.equal(folded!.folded, 28);
  // the first finding's places, then the next problem places, each once
  assert.deepEqual(folded!.locations.map((l) => `${l.start.line}:${l.start.column} ${l.role}`), ['3:51 repeated', '3:1 first', ...[101, 151, 201, 251, 301, 351, 401, 451, 501].map((c) => `3:${c} repeated`)]);
  assert.ok(folded!.locations.every((l) => l.text === SENTENCE));
  assert.equal(thirty.files[0]!.omitted, undefined);
  // --max-warnings counts what was folded
  assert.equal(exitCode(thirty.findings, { failOn: 'error', maxWarnings: 28 }), 1);
  assert.equal(exitCode(thirty.findings, { failOn: 'error', maxWarnings: 29 }), 0);
});

test('16,000 copies of one sentence make one finding and a report of a few kilobytes', async () => {
  const dir = tempDir();
  writeFile(dir, 'same.md', copies(16_000));
  const run = await cli(['check', 'same.md', '--format', 'json', '--out', 'r.json', '--format', 'text'], { cwd: dir });
  assert.equal(run.status, 0, run.stderr);
  assert.equal(run.stdout, 'same.md\n  3:51    warning Arrest of Ana Ruiz in Porto (Monday) is reported twice (paragraph 1) … and 15,998 more like it  repeated-claim\n\n0 errors, 1 warning, 0 info in 1 file\n');
  const json = readFileSync(join(dir, 'r.json'), 'utf8');
  const report = JSON.parse(json);
  assert.equal(report.findings[0].folded, 15_998);
  assert.ok(validator('report')(report), 'the report validates');
  assert.ok(json.length < 20_000, `${json.length} characters`);
});

test('diff folds the changes of an edit and the newest version\'s checks alike', async () => {
  const dir = tempDir();
  writeFile(dir, 'v1.md', copies(1));
  writeFile(dir, 'v2.md', copies(30));
  const report = await diff([join(dir, 'v1.md'), join(dir, 'v2.md')], { noConfig: true });
  assert.deepEqual(report.findings.map((f) => [f.ruleId, f.introduced, f.folded, f.message]), [
    ['edit-note', true, 28, 'Sentence added in paragraph 1 … and 28 more like it'],
    ['repeated-claim', true, 28, 'Arrest of Ana Ruiz in Porto (Monday) is reported twice (paragraph 1) … and 28 more like it'],
  ]);
  assert.equal(report.diffs![0]!.steps[0]!.findings, 1);
});

test('a file reports at most 1,000 findings, the most severe first, and every format says how many more there were', async () => {
  const dir = tempDir();
  // (1,200 findings: each family's misspelt name once)
  writeFile(dir, 'names.md', misspeltFamilies(1200));
  const report = await check([join(dir, 'names.md')], { noConfig: true });
  assert.equal(report.findings.length, 1000);
  assert.equal(report.files[0]!.omitted, 200);
  assert.ok(validator('report')(JSON.parse(await render(report, 'json'))), 'the report validates');
  const note = '200 more findings not in this report: copydesk reports at most 1,000 per file, the most severe first';
  const path = report.files[0]!.path;
  const text = await render(report, 'text');
  assert.ok(text.includes(`\n  ${note}\n\n0 errors, 1000 warnings, 0 info in 1 file\n`));
  assert.ok((await render(report, 'github')).endsWith(`::notice file=${path.replace(/:/g, '%3A')},title=copydesk::${note}\n`));
  assert.ok((await render(report, 'markdown')).includes(`- **not all shown** ${path}: ${note}\n`));
  assert.ok((await render(report, 'junit')).includes(`<system-out>${note}</system-out>`));
  const sarif = JSON.parse(await render(report, 'sarif'));
  assert.deepEqual(sarif.runs[0].invocations[0].toolExecutionNotifications.map((n: { message: { text: string }; properties: { omitted: number } }) => [n.message.text, n.properties.omitted]), [[note, 200]]);
  assert.ok((await render(report, 'html')).includes(`<p class="omitted">${note}</p>`));
});

test('the cap keeps errors before warnings, then report order', () => {
  const text = '# Crash\n\nPark Ji-won said the crash killed 14 people.\n\nPark spoke.\n\nJi-won thanked the city.\n\nThe death toll of 12 made it the worst crash in a decade.\n';
  const all = checkText(text, { path: 'crash.md' }).findings;
  assert.deepEqual(all.map((f) => `${f.severity} ${f.ruleId}`), ['warning name-form', 'error contradicted-number']);
  const capped = foldAndCap(all, 1);
  assert.deepEqual(capped.findings.map((f) => f.message), ['Death toll: paragraph 4 says “12”, but paragraph 1 says “14”']);
  assert.equal(capped.omitted, 1);
});

test('a report that cannot be written leaves the previous one and no temporary file, and the run exits 2 at once', async () => {
  const dir = tempDir();
  writeFile(dir, 'v.md', copies(2));
  const previous = writeFile(dir, 'r.json', 'previous report\n');
  // the disk fills up halfway through the report
  const write = mock.method(fs, 'writeSync', () => {
    throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
  });
  syncBuiltinESMExports();
  try {
    assert.throws(() => writeAllAtomic([{ path: previous, content: '{"new": true}\n', shownAs: 'r.json' }]), { message: 'the disk is full' });
    const run = await cli(['check', 'v.md', '--format', 'json', '--out', 'r.json'], { cwd: dir });
    assert.equal(run.status, 2);
    assert.equal(run.stderr, 'copydesk: r.json: the disk is full\n');
  } finally {
    write.mock.restore();
    syncBuiltinESMExports();
  }
  assert.equal(readFileSync(previous, 'utf8'), 'previous report\n');
  assert.deepEqual(readdirSync(dir).sort(), ['r.json', 'v.md']);
  // a device that is full says so too
  const full = await cli(['check', 'v.md', '--format', 'json', '--out', '/dev/full'], { cwd: dir });
  assert.equal(full.status, 2);
  assert.equal(full.stderr, 'copydesk: /dev/full: the disk is full\n');
});

test('a report longer than Node can hold is one line naming it, and the previous report stays', async () => {
  const dir = tempDir();
  writeFile(dir, 'v.md', copies(2));
  const previous = writeFile(dir, 'r.json', 'previous report\n');
  // the report, and only the report, is too long to be a string
  const original = JSON.stringify;
  const stringify = mock.method(JSON, 'stringify', (value: unknown, ...rest: [never, never]) => {
    if (value !== null && typeof value === 'object' && 'schemaVersion' in value) throw new RangeError('Invalid string length');
    return original(value, ...rest);
  });
  let run;
  try {
    run = await cli(['check', 'v.md', '--format', 'json', '--out', 'r.json'], { cwd: dir });
  } finally {
    stringify.mock.restore();
  }
  assert.equal(run.status, 2);
  assert.equal(run.stderr, 'copydesk: r.json: the json report is too large to make (Node holds at most 512 MB of text at once): check fewer files at a time\n');
  assert.equal(readFileSync(previous, 'utf8'), 'previous report\n');
});
