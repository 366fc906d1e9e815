import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { cli } from './support/cli.js';
import { tempDir, writeFile } from './support/fixtures.js';

const SEED = 'corpus/01-seed-huawei/article.txt';

function oneLine(stderr: string): string {
  const lines = stderr.trimEnd().split('\n');
  assert.equal(lines.length, 1, `expected one line on stderr, got:\n${stderr}`);
  assert.doesNotMatch(stderr, /\n\s+at /, 'no stack trace');
  return lines[0]!;
}

test('check prints findings grouped by file and exits 0 when nothing reaches --fail-on', async () => {
  const run = await cli(['check', SEED]);
  assert.equal(run.status, 0, run.stderr);
  assert.match(run.stdout, /^corpus\/01-seed-huawei\/article\.txt$/m);
  assert.match(run.stdout, /Arrest of Meng Wanzhou in Canada is reported twice \(paragraphs 5 and 10\)/);
  assert.match(run.stdout, /0 errors, 5 warnings, 0 info in 1 file/);
});

test('--fail-on sets the exit code: warning fails on the seed, never does not', async () => {
  assert.equal((await cli(['check', SEED, '--fail-on', 'warning'])).status, 1);
  assert.equal((await cli(['check', SEED, '--fail-on', 'info'])).status, 1);
  assert.equal((await cli(['check', SEED, '--fail-on', 'never'])).status, 0);
});

test('--format json without --out writes the report to stdout, byte-identical across runs', async () => {
  const first = await cli(['check', SEED, '--format', 'json']);
  const second = await cli(['check', SEED, '--format', 'json']);
  assert.equal(first.status, 0);
  assert.equal(first.stdout, second.stdout);
  const report = JSON.parse(first.stdout);
  assert.equal(report.summary.warning, 5);
  assert.equal(report.files[0].path, 'corpus/01-seed-huawei/article.txt');
});

test('several files are several independent articles in one report', async () => {
  const dir = tempDir();
  const a = writeFile(dir, 'a.md', '# A\n\nAna Ruiz was arrested in Porto on Monday.\n\nThe court met on Tuesday.\n\nRuiz was arrested in Porto, police said.\n');
  const b = writeFile(dir, 'b.md', '# B\n\nRuiz was arrested in Porto on Monday.\n');
  const run = await cli(['check', a, b, '--format', 'json']);
  const report = JSON.parse(run.stdout);
  assert.equal(report.files.length, 2);
  // Ruiz in b.md is not compared with a.md: the one repetition is inside a.md
  assert.equal(report.findings.filter((f: { category: string }) => f.category === 'repetition').length, 1);
  assert.ok(report.findings.every((f: { locations: { path: string }[] }) => f.locations.every((l) => l.path.endsWith('a.md'))));
});

test('--out writes atomically and leaves no temporary file behind', async () => {
  const dir = tempDir();
  const out = join(dir, 'nested', 'report.html');
  const run = await cli(['check', SEED, '--format', 'html', '--out', out]);
  assert.equal(run.status, 0, run.stderr);
  assert.equal(run.stdout, '');
  assert.match(readFileSync(out, 'utf8'), /^<!doctype html>/);
  assert.deepEqual(readdirSync(join(dir, 'nested')), ['report.html']);
});

test('a failing run does not destroy an earlier report', async () => {
  const dir = tempDir();
  const out = writeFile(dir, 'report.json', 'previous report');
  const run = await cli(['check', join(dir, 'missing.md'), '--format', 'json', '--out', out]);
  assert.equal(run.status, 2);
  assert.equal(readFileSync(out, 'utf8'), 'previous report');
});

test('several --out are written as one: when one cannot be written, none is replaced', async () => {
  const dir = tempDir();
  const json = writeFile(dir, 'report.json', 'previous json');
  mkdirSync(join(dir, 'folder'));
  const run = await cli(['check', SEED, '--format', 'json', '--out', json, '--format', 'html', '--out', join(dir, 'folder')]);
  assert.equal(run.status, 2);
  assert.match(oneLine(run.stderr), /^copydesk: .*folder: is a directory$/);
  assert.equal(readFileSync(json, 'utf8'), 'previous json');
  assert.deepEqual(readdirSync(dir).sort(), ['folder', 'report.json']);
});

test('a file named twice is checked once', async () => {
  const run = await cli(['check', SEED, `./${SEED}`, '--format', 'json']);
  const report = JSON.parse(run.stdout);
  assert.equal(report.files.length, 1);
  assert.equal(report.summary.warning, 5);
});

const BAD_INPUTS: [string, (dir: string) => string, RegExp][] = [
  ['a missing file', (dir) => join(dir, 'nope.md'), /nope\.md: no such file$/],
  ['a folder with no articles', (dir) => { mkdirSync(join(dir, 'folder')); return join(dir, 'folder'); }, /folder: is a folder with no articles in it/],
  ['an empty file', (dir) => writeFile(dir, 'empty.md', '  \n\n'), /empty\.md: is empty/],
  ['a binary file', (dir) => writeFile(dir, 'image.md', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13])), /image\.md: is a binary file/],
  ['invalid UTF-8', (dir) => writeFile(dir, 'latin1.txt', new Uint8Array([...new TextEncoder().encode('Caf'), 0xe9, 0x20, 0x6f, 0x6b])), /latin1\.txt: is not valid UTF-8 \(first bad byte at offset 3\)/],
];

for (const [name, make, message] of BAD_INPUTS) {
  test(`bad input: ${name} gives exit 2 and one line naming the file; the other files are still checked`, async () => {
    const dir = tempDir();
    const path = make(dir);
    const run = await cli(['check', SEED, path, '--format', 'json']);
    assert.equal(run.status, 2);
    const report = JSON.parse(run.stdout) as { files: { path: string }[]; unreadable: { path: string; message: string }[] };
    assert.deepEqual(report.files.map((f) => f.path), [SEED]);
    assert.equal(report.unreadable.length, 1);
    assert.match(`${report.unreadable[0]!.path}: ${report.unreadable[0]!.message}`, message);
    assert.match(oneLine(run.stderr), new RegExp(`^copydesk: .*${message.source}`));
    // alone, it leaves nothing to report: no report at all
    const alone = await cli(['check', path, '--format', 'json']);
    assert.deepEqual([alone.status, alone.stdout], [2, '']);
  });
}

test('bad input: an invalid rule pack gives exit 2 with the line and field', async () => {
  const dir = tempDir();
  const pack = writeFile(dir, 'pack.yaml', 'name: house\nrules:\n  - id: my-rule\n    kind: repetition\n    category: repetition\n    severity: fatal\n    description: x\n');
  const run = await cli(['check', SEED, '--rules', pack]);
  assert.equal(run.status, 2);
  assert.match(oneLine(run.stderr), /pack\.yaml: line 6: rules\[0\]\.severity: must be one of "error", "warning", "info" \(in a copydesk rule pack\)$/);
});

test('usage errors give exit 2 and one line', async () => {
  const none = await cli(['check']);
  assert.equal(none.status, 2);
  assert.match(oneLine(none.stderr), /^copydesk: check needs at least one file/);
  const format = await cli(['check', SEED, '--format', 'xml']);
  assert.equal(format.status, 2);
  assert.match(oneLine(format.stderr), /Invalid values: Argument: format, Given: "xml"/);
  assert.equal((await cli(['frobnicate'])).status, 2);
});

test('rules lists every rule with id, kind, category, severity and description', async () => {
  const text = await cli(['rules']);
  assert.equal(text.status, 0);
  assert.match(text.stdout, /^repeated-claim\s+repetition\s+repetition\s+warning\s+The same event/m);
  const json = JSON.parse((await cli(['rules', '--format', 'json'])).stdout);
  assert.deepEqual(Object.keys(json[0]), ['id', 'kind', 'category', 'severity', 'description', 'summary', 'options', 'messages']);
  assert.ok(json.some((r: { id: string }) => r.id === 'affirmed-and-denied'));
});

test('a user pack adds rules and can change a default rule', async () => {
  const dir = tempDir();
  const pack = writeFile(dir, 'house.yaml', 'name: house\nrules:\n  - id: repeated-claim\n    kind: repetition\n    category: repetition\n    severity: error\n    description: Repetition is an error here.\n    options: { claims: [event] }\n');
  const run = await cli(['check', SEED, '--rules', pack, '--format', 'json']);
  assert.equal(run.status, 1, 'repetitions now fail the run');
  const report = JSON.parse(run.stdout);
  const repeated = report.findings.filter((f: { ruleId: string }) => f.ruleId === 'repeated-claim');
  assert.equal(repeated.length, 2, 'events only: the arrest and the interview');
  assert.ok(repeated.every((f: { severity: string }) => f.severity === 'error'));
});
