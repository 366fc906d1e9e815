import { plantInCache } from '../support/cache.js';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { batch, check, diff, render } from '../../src/api.js';
import { cli } from '../support/cli.js';
import { tempDir, writeFile } from '../support/fixtures.js';
import { article } from '../../scripts/bench-text.js';

// An archive of articles, some with findings: the corpus cases and generated stories.
function archive(): { dir: string; files: string[] } {
  const dir = tempDir('copydesk-archive-');
  const files: string[] = [];
  const corpus = ['01-seed-huawei/article.txt', '05-bus-crash-death-toll/article.md', '09-audit-honorific-email/article.md', '10-port-diesel-two-arrests/article.txt', '17-mayor-trial-raid-restated/article.md'];
  corpus.forEach((path, k) => files.push(writeFile(dir, `case-${k}${path.slice(path.lastIndexOf('.'))}`, readFileSync(join('corpus', path)))));
  for (let k = 0; k < 7; k++) files.push(writeFile(dir, `story-${k}.md`, article(20 + k * 3, 100 + k)));
  return { dir, files };
}

const json = (report: Awaited<ReturnType<typeof check>>) => render(report, 'json');

test('the report is byte-identical for any number of worker threads', async () => {
  const { files } = archive();
  const one = await json(await check(files, { jobs: 1, noConfig: true }));
  const three = await json(await check(files, { jobs: 3, noConfig: true, minParallelWork: 0 }));
  assert.equal(three, one);
  assert.ok(JSON.parse(one).findings.length > 5, 'an archive with findings');
});

test('shards are disjoint and together give the whole report', async () => {
  const { files } = archive();
  const whole = await check(files, { noConfig: true });
  const parts = await Promise.all([1, 2, 3].map((index) => check(files, { noConfig: true, shard: { index, count: 3 } })));
  const paths = parts.map((p) => p.files.map((f) => f.path));
  assert.deepEqual(paths.flat().sort(), whole.files.map((f) => f.path).sort());
  assert.ok(paths.every((list) => list.length < files.length), 'each shard takes only a part');
  const combined = parts.flatMap((p) => p.findings).map((f) => JSON.stringify(f)).sort();
  assert.deepEqual(combined, whole.findings.map((f) => JSON.stringify(f)).sort());
});

test('the cache gives identical results, reuses unchanged files and re-reads changed ones', async () => {
  const { dir, files } = archive();
  const cache = join(dir, '.copydesk-cache.json');
  const cold = await json(await check(files, { noConfig: true }));
  const first = await json(await check(files, { noConfig: true, cache }));
  assert.ok(existsSync(cache));
  const warm = await json(await check(files, { noConfig: true, cache }));
  assert.equal(first, cold);
  assert.equal(warm, cold);
  // a cached result stands in for analysis: prove it by planting a marker in the cache entry
  plantInCache(cache, (k) => k.endsWith('case-0.txt'));
  const planted = await check(files, { noConfig: true, cache });
  assert.ok(planted.findings.some((f) => f.message === 'from the cache'));
  // editing the file invalidates its entry
  writeFileSync(files[0]!, `${readFileSync(files[0]!, 'utf8')}\nA new closing paragraph about the weather.\n`);
  const edited = await check(files, { noConfig: true, cache });
  assert.ok(!edited.findings.some((f) => f.message === 'from the cache'));
});

test('batch: a JSON Lines manifest of stories, checked and diffed, identical with workers and the cache', async () => {
  const dir = tempDir('copydesk-batch-');
  writeFile(dir, 'a.md', readFileSync('corpus/05-bus-crash-death-toll/article.md'));
  writeFile(dir, 'v1.md', readFileSync('corpus/20-carmaker-job-cuts-number-date/v1.md'));
  writeFile(dir, 'v2.md', readFileSync('corpus/20-carmaker-job-cuts-number-date/v2.md'));
  writeFile(dir, 'story.md', '# Ferry\n\nA ferry carrying 420 passengers sank off Skerra on Tuesday.\n');
  writeFile(dir, 'wire.md', '# Ferry\n\nA ferry with 240 passengers on board sank near Skerra on Tuesday.\n');
  const manifest = writeFile(
    dir,
    'stories.jsonl',
    [
      { id: 'crash', article: 'a.md' },
      { id: 'carmaker', versions: ['v1.md', 'v2.md'] },
      { id: 'ferry', article: 'story.md', related: ['wire.md'] },
    ]
      .map((s) => JSON.stringify(s))
      .join('\n'),
  );
  const results = await batch(manifest, { noConfig: true });
  assert.deepEqual(results.stories.map((r) => [r.id, r.command, r.summary.error > 0]), [['crash', 'check', true], ['carmaker', 'diff', false], ['ferry', 'check', true]]);
  assert.ok(results.stories[1]!.findings.some((f) => f.ruleId === 'changed-number'));
  const parallel = await batch(manifest, { noConfig: true, jobs: 2, minParallelWork: 0 });
  assert.deepEqual(parallel, results);
  const cache = join(dir, 'cache.json');
  await batch(manifest, { noConfig: true, cache });
  assert.deepEqual(await batch(manifest, { noConfig: true, cache }), results);
  const run = await cli(['batch', manifest, '--no-config'], { cwd: dir });
  assert.equal(run.status, 1);
  assert.deepEqual(run.stdout.trim().split('\n').map((line) => JSON.parse(line).id), ['crash', 'carmaker', 'ferry']);
  const bad = writeFile(dir, 'bad.jsonl', '{"id": "x"}\n');
  const failed = await cli(['batch', bad]);
  assert.equal(failed.status, 2);
  assert.match(failed.stderr, /bad\.jsonl: line 1: is missing the required field "article" \(in a batch manifest line\)/);
});

test('--shard and --jobs on the command line: bad values are usage errors', async () => {
  const bad = await cli(['check', 'corpus/01-seed-huawei/article.txt', '--shard', '4/3']);
  assert.equal(bad.status, 2);
  assert.match(bad.stderr, /--shard must be i\/n with 1 ≤ i ≤ n or auto \(got "4\/3"\)/);
  assert.equal((await cli(['check', 'corpus/01-seed-huawei/article.txt', '--jobs', '0'])).status, 2);
});

test('diff --git spreads the changed files over worker threads and shards, with the same report', async () => {
  const dir = tempDir('copydesk-gitdiff-');
  const git = (...args: string[]) => execFileSync('git', args, { cwd: dir, env: { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@example.com', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@example.com' } });
  git('init', '-q', '-b', 'main');
  for (let k = 0; k < 6; k++) writeFile(dir, `story-${k}.md`, article(20, 200 + k));
  git('add', '.');
  git('commit', '-q', '-m', 'first versions');
  // each story edited: a figure changed and a hedge dropped
  for (let k = 0; k < 6; k++) {
    const path = join(dir, `story-${k}.md`);
    writeFileSync(path, readFileSync(path, 'utf8').replace(/\b(\d{2,})\b/, (m) => String(Number(m) * 10)).replace(/ alleged /, ' '));
  }
  const here = process.cwd();
  process.chdir(dir);
  try {
    const one = await render(await diff([], { git: 'HEAD', noConfig: true, jobs: 1 }), 'json');
    const two = await render(await diff([], { git: 'HEAD', noConfig: true, jobs: 2, minParallelWork: 0 }), 'json');
    assert.equal(two, one);
    assert.ok(JSON.parse(one).findings.some((f: { ruleId: string }) => f.ruleId === 'changed-number'), 'the edits are found');
    const parts = await Promise.all([1, 2].map((index) => diff([], { git: 'HEAD', noConfig: true, shard: { index, count: 2 } })));
    assert.deepEqual(parts.flatMap((p) => p.diffs!.map((d) => d.versions.join(' '))).sort(), JSON.parse(one).diffs.map((d: { versions: string[] }) => d.versions.join(' ')).sort());
    // the HTML report, which shows the documents, is made from the same diffs
    assert.match(await render(await diff([], { git: 'HEAD', noConfig: true, jobs: 2, minParallelWork: 0 }), 'html'), /story-5\.md/);
  } finally {
    process.chdir(here);
  }
});
