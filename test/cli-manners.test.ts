/** The command line's manners (issue 12): help and version everywhere, suggestions, colour, what was written. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { VERSION } from '../src/base/version.js';
import { cli } from './support/cli.js';
import { tempDir, writeFile } from './support/fixtures.js';

const STORY = '# Ferry\n\nThe ferry carried 420 passengers when it ran aground on Monday.\n\nRescuers said the ferry, which carried 240 passengers, was refloated.\n';

test('-h and --help on every command, -v and --version', async () => {
  for (const args of [['-h'], ['--help']]) {
    const run = await cli(args);
    assert.equal(run.status, 0);
    assert.match(run.stdout, /^copydesk <command> \[options\]\n\nCommands:\n {2}copydesk check \[files\.\.\] +Check articles/);
  }
  for (const command of ['check', 'diff', 'batch', 'rules', 'init']) {
    const run = await cli([command, '-h']);
    assert.equal(run.status, 0, `${command} -h`);
    assert.ok(run.stdout.startsWith(`copydesk ${command}`), `${command} -h prints its usage`);
  }
  for (const flag of ['-v', '--version']) assert.deepEqual(await cli([flag]), { status: 0, stdout: `${VERSION}\n`, stderr: '' });
});

test('a mistyped command is named, with the command meant', async () => {
  assert.deepEqual(await cli(['chekc', 'story.md']), { status: 2, stdout: '', stderr: 'copydesk: unknown command "chekc": did you mean check? (see copydesk --help)\n' });
});

test('colour: --color and FORCE_COLOR turn it on without a terminal, --no-color and FORCE_COLOR=0 off', async () => {
  const dir = tempDir('copydesk-color-');
  writeFile(dir, 'story.md', STORY);
  const coloured = (run: { stdout: string }) => run.stdout.includes('\u001b[');
  assert.equal(coloured(await cli(['check', 'story.md'], { cwd: dir })), false);
  assert.equal(coloured(await cli(['check', 'story.md', '--color'], { cwd: dir })), true);
  assert.equal(coloured(await cli(['check', 'story.md'], { cwd: dir, env: { FORCE_COLOR: '1' } })), true);
  assert.equal(coloured(await cli(['check', 'story.md'], { cwd: dir, env: { FORCE_COLOR: '0' } })), false);
  assert.equal(coloured(await cli(['check', 'story.md', '--no-color'], { cwd: dir, env: { FORCE_COLOR: '1' } })), false);
});

test('--out says on stderr what it wrote; stdout stays the report of the format without --out', async () => {
  const dir = tempDir('copydesk-wrote-');
  writeFile(dir, 'story.md', STORY);
  const run = await cli(['check', 'story.md', '--format', 'json', '--out', 'report.json', '--format', 'markdown', '--out', 'report.md', '--fail-on', 'never'], { cwd: dir });
  assert.deepEqual([run.status, run.stdout, run.stderr], [0, '', 'wrote report.json\nwrote report.md\n']);
  assert.ok(readFileSync(join(dir, 'report.md'), 'utf8').startsWith('### copydesk check: 1 error, 0 warnings, 0 info in 1 file\n'));
});

test('batch ends with a summary line on stderr', async () => {
  const dir = tempDir('copydesk-batch-summary-');
  writeFile(dir, 'a.md', STORY);
  writeFile(dir, 'b.md', '# Plan\n\nThe council approved the plan on Monday.\n');
  writeFile(dir, 'manifest.jsonl', '{"id": "a", "article": "a.md"}\n{"id": "b", "article": "b.md"}\n');
  const run = await cli(['batch', 'manifest.jsonl', '--jobs', '1', '--fail-on', 'never'], { cwd: dir });
  assert.equal(run.status, 0);
  assert.equal(run.stderr, 'batch: 2 stories, 1 with findings: 1 error, 0 warnings, 0 info\n');
});
