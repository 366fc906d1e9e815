import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, lstatSync, mkdirSync, readFileSync, readdirSync, readlinkSync, statSync, symlinkSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { once } from 'node:events';
import { CLI, captureIo, cli, runCli } from './support/cli.js';
import { tempDir, writeFile } from './support/fixtures.js';
import { main } from '../src/command.js';
import { writeAllAtomic } from '../src/report/write.js';

// What a careless or hostile user (a pull request from a stranger, copydesk running as root in CI)
// could do with paths: nothing is destroyed, redirected, leaked or left behind.

const STORY = '# Storm\n\nThe storm killed 14 people on Monday, police said.\n\nThe storm killed 12 people on Monday, officials said.\n';

test('--out or --cache naming an input is refused before any work, and the article is untouched', async () => {
  const dir = tempDir();
  const article = writeFile(dir, 'v.md', STORY);
  for (const flag of ['--out', '--cache']) {
    const run = await cli(['check', 'v.md', '--format', 'json', flag, 'v.md'], { cwd: dir });
    assert.equal(run.status, 2);
    assert.equal(run.stderr, `copydesk: v.md: ${flag} would overwrite v.md, which is an input: write the report elsewhere\n`);
    assert.equal(readFileSync(article, 'utf8'), STORY);
  }
  // the same file reached by another name is the same input
  const run = await cli(['diff', 'v.md', './v.md', '--format', 'json', '--out', join(dir, 'v.md')], { cwd: dir });
  assert.equal(run.status, 2);
  assert.equal(readFileSync(article, 'utf8'), STORY);
});

test('one file named for two reports, or for a report and the cache, is refused and the earlier report stays', async () => {
  const dir = tempDir();
  writeFile(dir, 'v.md', STORY);
  const earlier = writeFile(dir, 'r.out', 'earlier report\n');
  const twice = await cli(['check', 'v.md', '--format', 'json', '--out', 'r.out', '--format', 'sarif', '--out', 'r.out'], { cwd: dir });
  assert.equal(twice.status, 2);
  assert.equal(twice.stderr, 'copydesk: r.out: is named for two reports: give each its own file\n');
  const cache = await cli(['check', 'v.md', '--format', 'json', '--out', 'r.out', '--cache', 'r.out'], { cwd: dir });
  assert.equal(cache.stderr, 'copydesk: r.out: is named for a report and the cache: give each its own file\n');
  assert.equal(readFileSync(earlier, 'utf8'), 'earlier report\n');
});

test('a symbolic link planted at the report is replaced by the report, never written through', async () => {
  const dir = tempDir();
  writeFile(dir, 'v.md', STORY);
  const victim = writeFile(dir, 'victim.txt', 'precious\n');
  symlinkSync(victim, join(dir, 'r.json'));
  const run = await cli(['check', 'v.md', '--format', 'json', '--out', 'r.json'], { cwd: dir });
  assert.equal(run.status, 1, run.stderr);
  assert.equal(readFileSync(victim, 'utf8'), 'precious\n');
  assert.ok(lstatSync(join(dir, 'r.json')).isFile(), 'r.json is now the report itself');
  assert.equal(JSON.parse(readFileSync(join(dir, 'r.json'), 'utf8')).summary.error, 1);
  assert.deepEqual(readdirSync(dir).sort(), ['r.json', 'v.md', 'victim.txt'], 'no temporary left');
});

test('temporary files are new files with random names: a link planted where an old copydesk put its temporary is never followed', () => {
  const dir = tempDir();
  const victim = writeFile(dir, 'victim.txt', 'precious\n');
  // every name the old scheme (.NAME.PID.tmp) could use in this process, and a guess at the new one
  symlinkSync(victim, join(dir, `.r.json.${process.pid}.tmp`));
  symlinkSync(victim, join(dir, '.r.json.0000000000000000.tmp'));
  writeAllAtomic([{ path: join(dir, 'r.json'), content: '{}\n' }]);
  assert.equal(readFileSync(victim, 'utf8'), 'precious\n');
  assert.equal(readFileSync(join(dir, 'r.json'), 'utf8'), '{}\n');
  assert.equal(statSync(join(dir, 'r.json')).mode & 0o777, 0o666 & ~process.umask(), 'a new report gets the usual mode once in place');
  assert.equal(readlinkSync(join(dir, `.r.json.${process.pid}.tmp`)), victim, 'the planted links are left alone');
});

test('a report to a device or a FIFO is written to it, and the device stays a device', async () => {
  const run = await cli(['check', 'corpus/05-bus-crash-death-toll/article.md', '--format', 'json', '--out', '/dev/null']);
  assert.equal(run.status, 1, run.stderr);
  assert.ok(statSync('/dev/null').isCharacterDevice(), '/dev/null is still a device');
  const dir = tempDir();
  writeFile(dir, 'v.md', STORY);
  const fifo = join(dir, 'pipe');
  execFileSync('mkfifo', [fifo]);
  // no one reads the FIFO: an error at once, not a run that waits for ever
  const alone = await cli(['check', 'v.md', '--format', 'json', '--out', 'pipe'], { cwd: dir });
  assert.equal(alone.status, 2);
  assert.equal(alone.stderr, 'copydesk: pipe: is a pipe no one reads\n');
  const reader = spawn('cat', [fifo]);
  let read = '';
  reader.stdout.on('data', (chunk: Buffer) => (read += chunk.toString()));
  const opened = new Promise((resolve) => reader.on('spawn', resolve));
  await opened;
  // cat opens the FIFO a moment after it starts
  for (let k = 0; k < 50 && (await cli(['check', 'v.md', '--format', 'json', '--out', 'pipe'], { cwd: dir })).status === 2; k++) await new Promise((r) => setTimeout(r, 20));
  await new Promise((resolve) => reader.on('close', resolve));
  assert.equal(JSON.parse(read).summary.error, 1);
  assert.ok(lstatSync(fifo).isFIFO(), 'the FIFO is still a FIFO');
});

test('diff --git leaves out links a pull request plants (to /dev/zero, to a secret outside) and names them; the secret is in no report', async () => {
  const root = tempDir();
  const secret = writeFile(root, 'secret.txt', 'TOKEN-b1946ac92492d2347c6235b4d2611184\n');
  const repo = join(root, 'repo');
  mkdirSync(repo);
  const git = (...args: string[]) => execFileSync('git', ['-c', 'user.email=t@example.com', '-c', 'user.name=t', ...args], { cwd: repo, stdio: 'pipe' });
  git('init', '-q');
  writeFile(repo, 'story.md', STORY);
  git('add', '.');
  git('commit', '-qm', 'story');
  writeFile(repo, 'story.md', STORY.replace('14', '15'));
  symlinkSync('/dev/zero', join(repo, 'zero.md'));
  symlinkSync(secret, join(repo, 'leak.md'));
  git('add', '.');
  git('commit', '-qm', 'pull request');
  const started = Date.now();
  const run = await cli(['diff', '--git', 'HEAD~1', '--format', 'json', '--out', 'r.json', '--format', 'html', '--out', 'r.html'], { cwd: repo });
  assert.ok(Date.now() - started < 20_000, 'ends promptly');
  assert.equal(run.status, 2);
  assert.deepEqual(run.stderr.split('\n').filter((line) => line.startsWith('copydesk:')), [
    'copydesk: leak.md: is a symbolic link out of the repository: not followed',
    'copydesk: zero.md: is a symbolic link out of the repository: not followed',
  ]);
  for (const report of ['r.json', 'r.html']) assert.doesNotMatch(readFileSync(join(repo, report), 'utf8'), /TOKEN-b1946/, `${report} holds no secret`);
  const json = JSON.parse(readFileSync(join(repo, 'r.json'), 'utf8'));
  assert.deepEqual(json.unreadable.map((u: { path: string }) => u.path), ['leak.md', 'zero.md']);
  assert.deepEqual(json.files.map((f: { path: string }) => f.path), ['HEAD~1:story.md', 'story.md']);
});

test('only regular files are read, up to the size limit', async () => {
  const dir = tempDir();
  writeFile(dir, 'big.md', `# Big\n\n${'The storm killed 14 people. '.repeat(100)}\n`);
  const device = await cli(['check', '/dev/zero']);
  assert.equal(device.status, 2);
  assert.equal(device.stderr, 'copydesk: /dev/zero: is not a regular file (a device, FIFO or socket), so it is not read\n');
  // the limit is read from the process's environment, so this one runs as its own process
  const big = runCli(['check', 'big.md'], { cwd: dir, env: { COPYDESK_MAX_FILE_SIZE: '1000' } });
  assert.equal(big.status, 2);
  assert.equal(big.stderr, 'copydesk: big.md: is 2.8 KB, more than the 1.0 KB copydesk reads (COPYDESK_MAX_FILE_SIZE raises it)\n');
});

test('inputs that never end are refused at once: /dev/urandom, a FIFO no one writes, /dev/stdin on an open pipe, - on a terminal', async () => {
  const random = await cli(['check', '/dev/urandom']);
  assert.equal(random.status, 2);
  assert.equal(random.stderr, 'copydesk: /dev/urandom: is not a regular file (a device, FIFO or socket), so it is not read\n');
  const dir = tempDir();
  execFileSync('mkfifo', [join(dir, 'pipe.md')]);
  const fifo = await cli(['check', 'pipe.md'], { cwd: dir });
  assert.equal(fifo.status, 2);
  assert.equal(fifo.stderr, 'copydesk: pipe.md: is not a regular file (a device, FIFO or socket), so it is not read\n');
  // standard input a pipe whose writer never writes nor closes: /dev/stdin is that pipe
  const child = spawn(process.execPath, [CLI, 'check', '/dev/stdin'], { stdio: ['pipe', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const guard = setTimeout(() => child.kill('SIGKILL'), 30_000);
  const [status] = (await once(child, 'close')) as [number | null];
  clearTimeout(guard);
  child.stdin.destroy();
  assert.equal(status, 2, 'ends by itself, with the pipe still open');
  assert.equal(stderr, 'copydesk: /dev/stdin: is not a regular file (a device, FIFO or socket), so it is not read\n');
  // "-" on a terminal: no one is going to type an article
  const io = { ...captureIo(dir), stdinIsTTY: true, stdin: () => new Promise<Uint8Array>(() => {}) };
  assert.equal(await main(['check', '-'], io), 2);
  assert.equal(io.err(), 'copydesk: standard input: is a terminal: pipe an article in (cat story.md | copydesk check -) or name the file\n');
});

test('a run busy checking ends at once on SIGTERM, as timeout and a cancelled CI job send it, and leaves no file', async () => {
  const dir = tempDir();
  // 8 MB of copy: tens of seconds of work however fast copydesk gets
  writeFile(dir, 'big.txt', `Council\n\n${'The council met on Monday to discuss the new bridge over the river.\n\n'.repeat(120_000)}`);
  const child = spawn(process.execPath, [CLI, 'check', 'big.txt', '--format', 'json', '--out', 'r.json'], { cwd: dir, stdio: 'ignore' });
  const guard = setTimeout(() => child.kill('SIGKILL'), 120_000);
  await new Promise((resolve) => setTimeout(resolve, 2_000));
  assert.equal(child.exitCode, null, 'still checking');
  const sent = Date.now();
  child.kill('SIGTERM');
  const [, signal] = (await once(child, 'close')) as [number | null, NodeJS.Signals | null];
  clearTimeout(guard);
  assert.equal(signal, 'SIGTERM');
  assert.ok(Date.now() - sent < 5_000, `ended ${Date.now() - sent} ms after the signal`);
  assert.deepEqual(readdirSync(dir), ['big.txt']);
});

test('--jobs above the cores is capped, and says so', async () => {
  const cores = availableParallelism();
  const run = await cli(['check', 'corpus/05-bus-crash-death-toll/article.md', '--jobs', String(cores + 100)]);
  assert.equal(run.status, 1);
  assert.match(run.stderr, new RegExp(`^copydesk: --jobs ${cores + 100} is more than the ${cores} cores here: using ${cores}\n`));
});

test('"--" ends the options: every word after it is a file, even one that starts with a dash', async () => {
  const dir = tempDir();
  writeFile(dir, '-draft.md', STORY);
  const run = await cli(['check', '--format', 'json', '--', '-draft.md'], { cwd: dir });
  assert.equal(run.status, 1, run.stderr);
  assert.deepEqual(JSON.parse(run.stdout).files.map((f: { path: string }) => f.path), ['-draft.md']);
  const rules = await cli(['rules', '--', 'x']);
  assert.equal(rules.status, 2);
  assert.equal(rules.stderr, 'copydesk: rules takes no files (got "x") (see copydesk --help)\n');
  assert.ok(!existsSync(join(dir, 'x')));
});

test('a folder walk follows no link: it names each one it passed, and checks the rest', async () => {
  const root = tempDir();
  const secret = writeFile(root, 'secret.md', 'TOKEN-3f786850e387550fdab836ed7e6dc881de23001b\n');
  mkdirSync(join(root, 'stories'));
  writeFile(join(root, 'stories'), 'storm.md', STORY);
  symlinkSync(secret, join(root, 'stories', 'leak.md'));
  symlinkSync('/dev/zero', join(root, 'stories', 'zero.md'));
  const run = await cli(['check', 'stories', '--format', 'json'], { cwd: root });
  assert.equal(run.status, 1);
  assert.equal(
    run.stderr,
    'copydesk: note: stories/leak.md: is a symbolic link, which a folder walk does not follow (name it to check it)\n' +
      'copydesk: note: stories/zero.md: is a symbolic link, which a folder walk does not follow (name it to check it)\n',
  );
  assert.deepEqual(JSON.parse(run.stdout).files.map((f: { path: string }) => f.path), ['stories/storm.md']);
  assert.doesNotMatch(run.stdout, /TOKEN-3f78/);
});

test('merge reads only regular files: a device named as a shard\'s report is refused at once', async () => {
  const run = await cli(['merge', '--', '/dev/zero']);
  assert.equal(run.status, 2);
  assert.equal(run.stderr, "copydesk: /dev/zero: is not a regular file (a folder, device, FIFO or socket), so it is not read (expected a shard's report)\n");
});
