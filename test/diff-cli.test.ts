import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cli } from './support/cli.js';
import { tempDir, writeFile } from './support/fixtures.js';

const V1 = '# Mill to close\n\nThe Ashby mill will close in March, cutting 300 jobs, officials said.\n\nPolice are investigating the alleged theft of machinery.\n';
const V2 = '# Mill to close\n\nThe Ashby mill will close in March, cutting 3,000 jobs, officials said.\n\nPolice are investigating the theft of machinery.\n\nA protest is planned.\n';

test('diff OLD NEW: changes with old and new values, new text first; exit code by --fail-on', async () => {
  const dir = tempDir();
  const v1 = writeFile(dir, 'v1.md', V1);
  const v2 = writeFile(dir, 'v2.md', V2);
  const run = await cli(['diff', v1, v2, '--format', 'json'], { cwd: dir });
  assert.equal(run.status, 0, run.stderr);
  const report = JSON.parse(run.stdout);
  assert.equal(report.command, 'diff');
  const number = report.findings.find((f: { ruleId: string }) => f.ruleId === 'changed-number');
  assert.deepEqual([number.locations[0].path, number.locations[0].text, number.locations[1].path, number.locations[1].text], ['v2.md', '3,000', 'v1.md', '300']);
  assert.deepEqual(number.evidence, { expected: '300', actual: '3,000', kind: 'count', unit: 'job' });
  assert.ok(report.findings.some((f: { ruleId: string }) => f.ruleId === 'hedge-removed'));
  assert.equal(report.diffs[0].steps[0].counts.added, 1);
  assert.equal((await cli(['diff', v1, v2, '--fail-on', 'warning'], { cwd: dir })).status, 1);
  const text = await cli(['diff', v1, v2], { cwd: dir });
  assert.match(text.stdout, /^v1\.md → v2\.md: 1 unchanged, 2 edited, 1 added$/m);
  assert.match(text.stdout, /warning Number changed in paragraph 1: “300” became “3,000”/);
});

test('diff --new-only keeps only what the edit brought in', async () => {
  const dir = tempDir();
  // the repetition is in both versions; the new version adds a contradiction
  const base = '# Fire\n\nA fire destroyed the Harlow mill on Sunday, killing 14 people.\n\nThe council met on Monday.\n\nThe fire destroyed the Harlow mill on Sunday, killing 14 people, officials said.\n';
  const v1 = writeFile(dir, 'v1.md', base);
  const v2 = writeFile(dir, 'v2.md', `${base}\nThe death toll of 12 was confirmed on Tuesday.\n`);
  const all = JSON.parse((await cli(['diff', v1, v2, '--format', 'json'], { cwd: dir })).stdout);
  const repeated = all.findings.find((f: { ruleId: string }) => f.ruleId === 'repeated-claim');
  assert.equal(repeated.introduced, false);
  const fresh = JSON.parse((await cli(['diff', v1, v2, '--format', 'json', '--new-only'], { cwd: dir })).stdout);
  assert.ok(fresh.findings.every((f: { introduced: boolean }) => f.introduced));
  assert.ok(fresh.findings.some((f: { ruleId: string }) => f.ruleId === 'contradicted-number'));
  assert.ok(!fresh.findings.some((f: { ruleId: string }) => f.ruleId === 'repeated-claim'));
});

test('diff of three versions reports each step and a history', async () => {
  const dir = tempDir();
  const v1 = writeFile(dir, 'v1.md', V1);
  const v2 = writeFile(dir, 'v2.md', V2);
  const v3 = writeFile(dir, 'v3.md', V2.replace('A protest is planned.', 'A protest is planned for Friday.'));
  const report = JSON.parse((await cli(['diff', v1, v2, v3, '--format', 'json'], { cwd: dir })).stdout);
  assert.deepEqual(report.diffs[0].versions, ['v1.md', 'v2.md', 'v3.md']);
  assert.equal(report.diffs[0].steps.length, 2);
  const protest = report.diffs[0].history.find((h: { versions: ({ sentences: { text: string }[] } | null)[] }) => h.versions[2]?.sentences[0]?.text.startsWith('A protest'));
  assert.equal(protest.versions[0], null);
  assert.equal(protest.versions[1].sentences[0].text, 'A protest is planned.');
});

test('diff with fewer than two versions, or --jobs without --git, is a usage error', async () => {
  const dir = tempDir();
  const run = await cli(['diff', writeFile(dir, 'v1.md', V1)]);
  assert.equal(run.status, 2);
  assert.match(run.stderr, /^copydesk: diff needs at least two versions, oldest first \(got 1\); or use --git REV/);
  const jobs = await cli(['diff', writeFile(dir, 'a.md', V1), writeFile(dir, 'b.md', V2), '--jobs', '2']);
  assert.equal(jobs.status, 2);
  assert.match(jobs.stderr, /--jobs and --shard spread the files of diff --git/);
});

function git(dir: string, ...args: string[]): string {
  return execFileSync('git', args, { cwd: dir, encoding: 'utf8', env: { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@example.com', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@example.com' } });
}

function repository(): string {
  const dir = tempDir('copydesk-git-');
  git(dir, 'init', '-q', '-b', 'main');
  writeFileSync(join(dir, 'story.md'), V1);
  writeFileSync(join(dir, 'notes.txt'), 'Unchanged notes.\n');
  git(dir, 'add', '.');
  git(dir, 'commit', '-q', '-m', 'first version');
  writeFileSync(join(dir, 'story.md'), V2);
  writeFileSync(join(dir, 'new.md'), '# New\n\nA new story about the Ashby mill.\n');
  git(dir, 'add', 'new.md');
  return dir;
}

test('diff --git REV FILE compares the file at REV with the working tree', async () => {
  const dir = repository();
  const report = JSON.parse((await cli(['diff', '--git', 'HEAD', 'story.md', '--format', 'json'], { cwd: dir })).stdout);
  assert.deepEqual(report.diffs[0].versions, ['HEAD:story.md', 'story.md']);
  const number = report.findings.find((f: { ruleId: string }) => f.ruleId === 'changed-number');
  assert.equal(number.locations[1].path, 'HEAD:story.md');
  assert.equal(number.locations[1].text, '300');
});

test('diff --git REV with no file takes every Markdown or text file changed since REV', async () => {
  const dir = repository();
  const report = JSON.parse((await cli(['diff', '--git', 'HEAD', '--format', 'json'], { cwd: dir })).stdout);
  assert.deepEqual(report.diffs.map((d: { versions: string[] }) => d.versions), [['HEAD:story.md', 'story.md'], ['new.md']]);
  assert.equal(readFileSync(join(dir, 'notes.txt'), 'utf8'), 'Unchanged notes.\n');
});

test('diff --git REV with no file compares a renamed article with its old name', async () => {
  const dir = repository();
  const paragraphs = ['Workers were told at a meeting on Monday morning.', 'The company blamed rising energy costs and falling orders.', 'The union said it would ask for talks with the owners.'];
  writeFileSync(join(dir, 'story.md'), `${V2}\n${paragraphs.join('\n\n')}\n`);
  git(dir, 'add', '-A');
  git(dir, 'commit', '-q', '-m', 'second version');
  git(dir, 'mv', 'story.md', 'renamed.md');
  writeFileSync(join(dir, 'renamed.md'), readFileSync(join(dir, 'renamed.md'), 'utf8').replace('3,000 jobs', '3,500 jobs'));
  const run = await cli(['diff', '--git', 'HEAD', '--format', 'json'], { cwd: dir });
  assert.equal(run.status, 0, run.stderr);
  const report = JSON.parse(run.stdout);
  assert.deepEqual(report.diffs.map((d: { versions: string[] }) => d.versions), [['HEAD:story.md', 'renamed.md']]);
  const number = report.findings.find((f: { ruleId: string }) => f.ruleId === 'changed-number');
  assert.deepEqual(number.locations.map((l: { text: string }) => l.text), ['3,500', '3,000']);
});

test('diff --git: unknown revision and no repository are exit 2; a named file added since is checked as all new', async () => {
  const dir = repository();
  const badRev = await cli(['diff', '--git', 'nosuchrev', 'story.md'], { cwd: dir });
  assert.equal(badRev.status, 2);
  assert.equal(badRev.stderr, 'copydesk: unknown git revision "nosuchrev"\n');
  const added = await cli(['diff', '--git', 'HEAD', 'new.md', '--format', 'json'], { cwd: dir });
  assert.equal(added.status, 0, added.stderr);
  assert.deepEqual(JSON.parse(added.stdout).diffs[0].versions, ['new.md']);
  const outside = tempDir('copydesk-nogit-');
  const none = await cli(['diff', '--git', 'HEAD', 'story.md'], { cwd: outside, env: { GIT_CEILING_DIRECTORIES: outside } });
  assert.equal(none.status, 2);
  assert.match(none.stderr, /^copydesk: .*: not inside a git repository \(--git needs one\)\n$/);
});
