import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { batch, check, diff, FORMATS, merge, render, Session, type BatchReport, type Report } from '../src/api.js';
import { VERSION } from '../src/base/version.js';
import { validator } from '../src/schema/validate.js';
import { cli } from './support/cli.js';
import { archive, editedRepository } from './support/archive.js';
import { writeFile } from './support/fixtures.js';

type Run = (shard?: { index: number; count: number }) => Promise<Report | BatchReport>;

/**
 * Runs a whole run and its shards, writes each shard's report as the CLI would (JSON, or batch JSON
 * Lines), merges them in the reverse order and checks the merged report against the whole run's in
 * every output format.
 */
async function mergedEqualsWhole(dir: string, run: Run, count: number, ext: string): Promise<{ whole: Report | BatchReport; files: string[] }> {
  const session = new Session({ cwd: dir });
  const whole = await run();
  const files: string[] = [];
  let parts = 0;
  for (let index = 1; index <= count; index++) {
    const part = await run({ index, count });
    assert.equal(part.shard?.index, index);
    parts += 'stories' in part ? part.stories.length : (part.diffs ?? part.files).length;
    files.push(writeFile(dir, `shard-${index}.${ext}`, await render(part, 'json')));
  }
  assert.equal(parts, 'stories' in whole ? whole.stories.length : (whole.diffs ?? whole.files).length, 'the shards together take every input once');
  const merged = await merge([...files].reverse(), { session });
  assert.equal(merged.shard, undefined);
  for (const format of FORMATS) assert.equal(await render(merged, format, { session, noConfig: true }), await render(whole, format), `${format} of the merged report`);
  return { whole, files };
}

test('check: the merged shard reports are the whole run\'s report, in every format', async () => {
  const { dir, articles } = archive();
  const session = new Session({ cwd: dir });
  const { whole, files } = await mergedEqualsWhole(dir, (shard) => check(articles, { noConfig: true, session, ...(shard ? { shard } : {}) }), 3, 'json');
  assert.ok((whole as Report).findings.length > 5, 'a run with findings');
  // a shard's report is a valid report, and says where its files stood
  const shard = JSON.parse(readFileSync(files[0]!, 'utf8')) as Report & { shard: { inputs: number; positions: number[] } };
  assert.ok(validator('report')(shard));
  assert.equal(shard.shard.inputs, articles.length);
  assert.deepEqual(shard.files.map((f) => f.path), shard.shard.positions.map((k) => articles[k]));
  // and on the command line: merge writes the whole run's JSON
  const cliWhole = await cli(['check', ...articles, '--no-config', '--format', 'json', '--fail-on', 'never'], { cwd: dir });
  const merged = await cli(['merge', ...files, '--format', 'html', '--out', 'merged.html', '--format', 'json', '--no-config'], { cwd: dir });
  assert.equal(merged.stdout, cliWhole.stdout);
  assert.equal(merged.status, 1, 'the merged report fails on its errors as the whole run does');
  assert.equal(readFileSync(join(dir, 'merged.html'), 'utf8'), await render(whole, 'html'));
});

test('check with related reports and ignored files: provenance and the ignored list merge too', async () => {
  const { dir, articles } = archive();
  writeFile(dir, '.copydeskignore', 'archive/council-1.md\n');
  const session = new Session({ cwd: dir });
  const related = ['archive/ferry/wire.md'];
  const inputs = [...articles, 'archive/ferry/story.md'];
  const { whole } = await mergedEqualsWhole(dir, (shard) => check(inputs, { noConfig: true, related, session, ...(shard ? { shard } : {}) }), 2, 'json');
  assert.deepEqual((whole as Report).ignored, ['archive/council-1.md']);
  assert.ok(((whole as Report).provenance ?? []).length > 1, 'several articles read against the report');
});

test('diff --git: the merged shard reports are the whole run\'s report, in every format', async () => {
  const repo = editedRepository();
  const session = new Session({ cwd: repo });
  const { whole } = await mergedEqualsWhole(repo, (shard) => diff([], { git: 'HEAD', noConfig: true, session, ...(shard ? { shard } : {}) }), 3, 'json');
  const report = whole as Report;
  assert.ok(report.findings.some((f) => f.ruleId === 'changed-number'), 'the edits are found');
  assert.deepEqual(report.diffs!.map((d) => d.versions[d.versions.length - 1]).slice(-2), ['story-7.md', 'new-story.md'], 'changed files first, then added ones, as the whole run lists them');
});

test('batch: the merged shard outputs are the whole run\'s, in every format', async () => {
  const { dir, manifest } = archive();
  const session = new Session({ cwd: dir });
  const { whole, files } = await mergedEqualsWhole(dir, (shard) => batch(manifest, { noConfig: true, session, ...(shard ? { shard } : {}) }), 4, 'jsonl');
  const stories = (whole as BatchReport).stories;
  assert.deepEqual(stories.map((s) => s.command).slice(-3), ['diff', 'diff', 'check']);
  assert.ok(stories.some((s) => s.findings.some((f) => f.ruleId.startsWith('related-'))), 'the story read against the wire');
  // a shard's output: a line naming the shard, then its stories
  const lines = readFileSync(files[0]!, 'utf8').trim().split('\n').map((line) => JSON.parse(line));
  assert.deepEqual(Object.keys(lines[0]), ['shard', 'tool', 'rules']);
  assert.equal(lines[0].shard.positions.length, lines.length - 1);
  const cliWhole = await cli(['batch', manifest, '--no-config', '--format', 'markdown', '--fail-on', 'never'], { cwd: dir });
  const merged = await cli(['merge', ...files, '--format', 'markdown', '--fail-on', 'never'], { cwd: dir });
  assert.equal(merged.stdout, cliWhole.stdout);
  assert.match(merged.stdout, /^### copydesk batch: \d+ errors?, \d+ warnings?, \d+ info in 12 stories\n/);
  // JSON Lines, the default, are merged a story at a time (an archive's results need not fit in memory): the same bytes
  const jsonLines = await cli(['batch', manifest, '--no-config'], { cwd: dir });
  const streamed = await cli(['merge', ...[...files].reverse()], { cwd: dir });
  assert.equal(streamed.stdout, jsonLines.stdout);
  assert.equal(streamed.status, jsonLines.status);
  assert.equal((await cli(['merge', ...files, '--out', 'merged.jsonl', '--fail-on', 'never'], { cwd: dir })).status, 0);
  assert.equal(readFileSync(join(dir, 'merged.jsonl'), 'utf8'), jsonLines.stdout);
});

test('merge of batch JSON Lines refuses parts of different runs before it writes a line', async () => {
  const { dir, manifest } = archive();
  const session = new Session({ cwd: dir });
  const write = async (name: string, index: number, count: number) => writeFile(dir, name, await render(await batch(manifest, { noConfig: true, session, shard: { index, count } }), 'json')).slice(dir.length + 1);
  const [a, b] = [await write('a.jsonl', 1, 2), await write('b.jsonl', 2, 2)];
  const refused = async (files: string[], message: string) => {
    const run = await cli(['merge', ...files, '--out', 'merged.jsonl'], { cwd: dir });
    assert.deepEqual([run.status, run.stdout, run.stderr], [2, '', `copydesk: ${message}\n`]);
    assert.equal(existsSync(join(dir, 'merged.jsonl')), false, 'no report, not half a report');
  };
  await refused([a], 'shard 2/2 is missing (merge got a.jsonl)');
  await refused([a, b, a], 'a.jsonl: is shard 1/2, and so is a.jsonl: give each shard once');
  await refused([a, await write('c.jsonl', 2, 3)], 'c.jsonl: is shard 2/3, but a.jsonl is shard 1/2: merge the shards of one run');
  const lines = readFileSync(join(dir, b), 'utf8').trim().split('\n');
  writeFile(dir, 'cut.jsonl', `${lines.slice(0, -1).join('\n')}\n`);
  await refused([a, 'cut.jsonl'], `cut.jsonl: its shard line lists ${lines.length - 1} positions for ${lines.length - 2} results: the report was changed after it was written`);
  writeFile(dir, 'bad.jsonl', `${lines[0]}\n{"id": "x"}\n`);
  await refused([a, 'bad.jsonl'], 'bad.jsonl: line 2: is missing the required field "command" (in a copydesk batch report line)');
  writeFile(dir, 'whole.jsonl', lines.slice(1).join('\n'));
  await refused(['whole.jsonl', a], 'whole.jsonl: is a whole batch report made without --shard, not a shard\'s: there is nothing to merge it with');
});

test('merge refuses parts of different runs, in one line naming the file', async () => {
  const { dir, articles, manifest } = archive();
  const session = new Session({ cwd: dir });
  const write = async (name: string, report: Report | BatchReport) => writeFile(dir, name, await render(report, 'json')).slice(dir.length + 1);
  const part = (index: number, count: number, extra = {}) => check(articles, { noConfig: true, session, shard: { index, count }, ...extra });
  const a = await write('a.json', await part(1, 2));
  const b = await write('b.json', await part(2, 2));
  const refused = async (files: string[]) => {
    const run = await cli(['merge', ...files], { cwd: dir });
    assert.equal(run.status, 2);
    assert.equal(run.stdout, '');
    return run.stderr;
  };
  assert.equal(await refused([a]), 'copydesk: shard 2/2 is missing (merge got a.json)\n');
  assert.equal(await refused([a, a, b]), 'copydesk: a.json: is shard 1/2, and so is a.json: give each shard once\n');
  assert.equal(await refused([a, await write('c.json', await part(2, 3))]), 'copydesk: c.json: is shard 2/3, but a.json is shard 1/2: merge the shards of one run\n');
  const pack = writeFile(dir, 'house.yaml', 'name: house\nrules:\n  - id: term-variant\n    kind: variants\n    category: consistency\n    severity: error\n    description: Variants fail here.\n');
  assert.equal(
    await refused([a, await write('d.json', await part(2, 2, { rules: [pack] }))]),
    'copydesk: d.json: was made with other rules or settings than a.json (config, rule packs, options, lexicons, related reports or --new-only): merge the shards of one run\n',
  );
  assert.equal(
    await refused([a, await write('e.json', await part(2, 2, { related: ['archive/ferry/wire.md'] }))]),
    'copydesk: e.json: was made with other rules or settings than a.json (config, rule packs, options, lexicons, related reports or --new-only): merge the shards of one run\n',
  );
  const older = JSON.parse(readFileSync(join(dir, b), 'utf8'));
  older.tool.version = '0.0.1';
  writeFileSync(join(dir, 'older.json'), JSON.stringify(older));
  assert.equal(await refused([a, 'older.json']), `copydesk: older.json: was made by copydesk 0.0.1; this is copydesk ${VERSION}: merge with the version that made the shards\n`);
  assert.equal(await refused([await write('whole.json', await check(articles, { noConfig: true, session }))]), 'copydesk: whole.json: is a whole check report made without --shard, not a shard\'s: there is nothing to merge it with\n');
  assert.equal(await refused([a, await write('batch.jsonl', await batch(manifest, { noConfig: true, session, shard: { index: 2, count: 2 } }))]), 'copydesk: batch.jsonl: is a batch report, but a.json is a check report: merge the shards of one run\n');
  writeFile(dir, 'notes.json', '{"title": "notes"}\n');
  assert.equal(await refused(['notes.json']), "copydesk: notes.json: is neither a copydesk JSON report nor batch JSON Lines (expected a shard's report)\n");
  const broken = JSON.parse(readFileSync(join(dir, a), 'utf8'));
  broken.summary.files = -1;
  writeFileSync(join(dir, 'broken.json'), JSON.stringify(broken));
  assert.equal(await refused(['broken.json', b]), 'copydesk: broken.json: summary.files: must be at least 0 (in a copydesk JSON report)\n');
  assert.equal(await refused(['missing.json', b]), "copydesk: missing.json: no such file (expected a shard's report)\n");
});

test('check: inputs that cannot be read are named in the merged report as in the whole run, and it exits 2', async () => {
  const { dir, articles } = archive();
  writeFile(dir, 'archive/broken.md', new Uint8Array([0x23, 0x20, 0xff, 0xfe, 0x0a]));
  const inputs = [...articles.slice(0, 4), 'archive/broken.md', ...articles.slice(4), 'archive/missing.md'];
  const args = ['check', ...inputs, '--no-config', '--format', 'json', '--fail-on', 'never', '--jobs', '1'];
  const whole = await cli(args, { cwd: dir });
  assert.equal(whole.status, 2);
  const unreadable = JSON.parse(whole.stdout).unreadable.map((u: { path: string }) => u.path);
  assert.deepEqual(unreadable, ['archive/broken.md', 'archive/missing.md'], 'in the order they were given, whichever shard met them');
  // a shard that met an unreadable input exits 2, as the whole run does; it still writes its report
  const statuses = [];
  for (const index of [1, 2]) statuses.push((await cli([...args, '--shard', `${index}/2`, '--out', `part-${index}.json`], { cwd: dir })).status);
  assert.ok(statuses.includes(2));
  const merged = await cli(['merge', 'part-2.json', 'part-1.json', '--fail-on', 'never'], { cwd: dir });
  assert.equal(merged.stdout, whole.stdout);
  assert.equal(merged.status, 2);
  assert.equal(merged.stderr, whole.stderr);
});
