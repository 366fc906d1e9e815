import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli } from '../support/cli.js';
import { tempDir, writeFile } from '../support/fixtures.js';

// The executable itself, run as users run it, for what only a process shows: its exit code, its
// streams, the bin entry. Everything else about the CLI is tested in-process (command.ts's main).
const SEED = 'corpus/01-seed-huawei/article.txt';

test('copydesk check: the report on stdout, exit 0 below --fail-on and 1 at it', () => {
  const run = runCli(['check', SEED]);
  assert.equal(run.status, 0, run.stderr);
  assert.match(run.stdout, /^corpus\/01-seed-huawei\/article\.txt$/m);
  assert.match(run.stdout, /0 errors, 5 warnings, 0 info in 1 file\n$/);
  assert.equal(runCli(['check', SEED, '--fail-on', 'warning']).status, 1);
});

test('copydesk: bad input is one line on stderr naming the file, exit 2, no stack trace', () => {
  const dir = tempDir();
  writeFile(dir, 'binary.md', new Uint8Array([104, 0, 105]));
  const run = runCli(['check', 'binary.md'], { cwd: dir });
  assert.equal(run.status, 2);
  assert.equal(run.stderr, 'copydesk: binary.md: is a binary file (it contains NUL bytes), expected text\n');
  assert.equal(run.stdout, '');
});

test('copydesk diff writes an HTML report with --out, and --version prints the package version', () => {
  const dir = tempDir();
  const v1 = writeFile(dir, 'v1.md', 'The mill will close in March, cutting 300 jobs.\n');
  const v2 = writeFile(dir, 'v2.md', 'The mill will close in March, cutting 3,000 jobs.\n');
  const out = join(dir, 'history.html');
  const run = runCli(['diff', v1, v2, '--format', 'html', '--out', out]);
  assert.equal(run.status, 0, run.stderr);
  assert.match(readFileSync(out, 'utf8'), /^<!doctype html>/);
  const version = runCli(['--version']);
  assert.equal(version.stdout, `${JSON.parse(readFileSync('package.json', 'utf8')).version}\n`);
});
