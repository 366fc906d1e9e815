import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { diff, render, Session } from '../src/api.js';
import { plantInCache } from './support/cache.js';
import { cli } from './support/cli.js';
import { editedRepository, git } from './support/archive.js';
import { tempDir, writeFile } from './support/fixtures.js';

test('diff --cache: the same report, read back while the versions, rules and related reports are unchanged', async () => {
  const dir = tempDir('copydesk-diff-cache-');
  writeFile(dir, 'v1.md', readFileSync('corpus/20-carmaker-job-cuts-number-date/v1.md'));
  writeFile(dir, 'v2.md', readFileSync('corpus/20-carmaker-job-cuts-number-date/v2.md'));
  const args = ['diff', 'v1.md', 'v2.md', '--no-config', '--format', 'json', '--fail-on', 'never'];
  const cold = await cli(args, { cwd: dir });
  const first = await cli([...args, '--cache', 'cache.json'], { cwd: dir });
  assert.ok(existsSync(join(dir, 'cache.json')));
  assert.equal(first.stdout, cold.stdout);
  assert.equal((await cli([...args, '--cache', 'cache.json'], { cwd: dir })).stdout, cold.stdout);
  plantInCache(join(dir, 'cache.json'), (name) => name === 'diff:v1.md\0v2.md');
  assert.match((await cli([...args, '--cache', 'cache.json'], { cwd: dir })).stdout, /"message": "from the cache"/);
  // another related report is another result
  writeFile(dir, 'wire.md', readFileSync('corpus/40-ferry-aground-count-place/related/wire.md'));
  assert.doesNotMatch((await cli([...args, '--cache', 'cache.json', '--related', 'wire.md'], { cwd: dir })).stdout, /from the cache/);
  plantInCache(join(dir, 'cache.json'), (name) => name === 'diff:v1.md\0v2.md');
  // so is an edited version
  writeFileSync(join(dir, 'v2.md'), `${readFileSync(join(dir, 'v2.md'), 'utf8')}\nThe plant will close in May.\n`);
  const edited = await cli([...args, '--cache', 'cache.json'], { cwd: dir });
  assert.doesNotMatch(edited.stdout, /from the cache/);
  assert.match(edited.stdout, /The plant will close in May/);
});

test('diff --git --cache: each changed file read back while it and the revision\'s commit are unchanged', async () => {
  const repo = editedRepository();
  const session = new Session({ cwd: repo });
  const cache = join(repo, '.copydesk-cache.json');
  const json = async (extra = {}) => render(await diff([], { git: 'HEAD', noConfig: true, session, ...extra }), 'json');
  const cold = await json();
  assert.equal(await json({ cache }), cold);
  assert.equal(await json({ cache, jobs: 2, minParallelWork: 0 }), cold, 'with worker threads too');
  plantInCache(cache, (name) => name === 'git:story-3.md');
  assert.match(await json({ cache }), /"message": "from the cache"/);
  // the revision names another commit: its versions may differ, so nothing is read back
  git(repo, 'commit', '-q', '--allow-empty', '-m', 'nothing');
  assert.doesNotMatch(await json({ cache }), /from the cache/);
});
