/**
 * The executable as it ships: the bundle the build makes (scripts/bundle.ts) loads what a command
 * needs and nothing else, and reports what the library reports. What each run loaded is read from a
 * loader hook (support/load-log.ts) and traced back to its sources through the bundle's metafile.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { check, diff, render } from '../../src/api.js';
import { packagePath } from '../../src/base/package-path.js';
import { CLI, cli } from '../support/cli.js';
import { tempDir, writeFile } from '../support/fixtures.js';

const ROOT = packagePath();
const HOOK = fileURLToPath(new URL('../support/load-log.js', import.meta.url));
const META = JSON.parse(readFileSync(packagePath('dist', 'bundle-meta.json'), 'utf8')) as { outputs: Record<string, { inputs: Record<string, unknown> }> };

function bin(args: string[], env: Record<string, string> = {}) {
  const run = spawnSync(process.execPath, [CLI, ...args], { cwd: ROOT, env: { ...process.env, NO_COLOR: '1', ...env }, encoding: 'utf8', maxBuffer: 1 << 26 });
  assert.ok(run.status === 0 || run.status === 1, `exit ${run.status}: ${run.stderr}`);
  return run.stdout;
}

/** What a run of the executable loaded: the files, and the sources they hold (a bundle file's from the metafile). */
function loaded(args: string[]): { files: string[]; sources: string[] } {
  const log = join(tempDir(), 'loaded.txt');
  const run = spawnSync(process.execPath, ['--import', HOOK, CLI, ...args], { cwd: ROOT, env: { ...process.env, NO_COLOR: '1', COPYDESK_LOAD_LOG: log }, encoding: 'utf8' });
  assert.ok(run.status === 0 || run.status === 1, `exit ${run.status}: ${run.stderr}`);
  const files = [...new Set(readFileSync(log, 'utf8').split('\n').filter(Boolean).map((line) => relative(ROOT, line.startsWith('file:') ? fileURLToPath(line) : line)))];
  const sources = files.flatMap((file) => (META.outputs[file] ? Object.keys(META.outputs[file].inputs) : [file]));
  return { files, sources };
}

// what only some runs need: the report formats but text and JSON, the HTML report's builders, the
// language server, worker threads, the HTML parser, and the libraries of rule packs, configs, TOML
// and globs
const LAZY = /^dist\/src\/(lsp\/|run\/pool\.js|report\/(html|html-\w+|diff-html|archive-html|index-page|sarif|junit|github|markdown|batch-json)\.js)|^dist\/vendor\/|node_modules\/(parse5|hast-util-from-parse5|hastscript|property-information|hast-util-to-html|vscode-languageserver[\w-]*|fast-xml-[\w-]+|yaml|smol-toml|tinyglobby|picomatch|ajv)\//;

test('a check of a text article with the text report loads the bundle and the language model, nothing it does not use', () => {
  const { files, sources } = loaded(['check', 'corpus/01-seed-huawei/article.txt']);
  // the check itself ran from the bundle
  for (const source of ['dist/src/command.js', 'dist/src/engine/check.js', 'dist/src/report/text.js', 'dist/src/text/wink-model.js']) assert.ok(sources.includes(source), `${source} was not loaded`);
  assert.deepEqual(sources.filter((s) => LAZY.test(s)), []);
  // from outside the bundle, only wink's model (read from its package, as the library reads it)
  assert.deepEqual(files.filter((f) => !f.startsWith('dist/bin/') && !f.startsWith('node_modules/wink-eng-lite-web-model/')), []);
  assert.ok(files.some((f) => f.endsWith('eng-pos-model.json')));
});

test('an HTML article loads the HTML parser, built as one CommonJS file, and is reported as the library reports it', async () => {
  const page = writeFile(tempDir(), 'page.html', '<!doctype html><title>Ferry</title><h1>Ferry</h1><p>The ferry carried 420 passengers when it ran aground on Monday.</p><p>Rescuers said the ferry, which carried 240 passengers, was refloated.</p>');
  const { files, sources } = loaded(['check', page]);
  assert.ok(files.includes('dist/vendor/html-parser.cjs'));
  assert.deepEqual(sources.filter((s) => /^dist\/src\/report\/html/.test(s)), [], 'the HTML parser, not the HTML report');
  const expected = await render(await check([page]), 'json');
  assert.match(expected, /"ruleId": "contradicted-number"/);
  assert.equal(bin(['check', page, '--format', 'json']), expected);
});

test('--version loads no more than the command line: no library, no language model', () => {
  const { files, sources } = loaded(['--version']);
  assert.ok(sources.includes('dist/src/command.js'));
  assert.deepEqual(sources.filter((s) => /^dist\/src\/(api\.js|session\/session\.js|config\/|engine\/|claims\/|kinds\/|text\/)/.test(s)), []);
  assert.deepEqual(files.filter((f) => !f.startsWith('dist/bin/')), []);
});

test('the executable reports what the library reports: a check with related reports and a diff of three versions', async () => {
  const article = 'corpus/82-fish-kill-leak-hedge-date/article.md';
  const related = ['corpus/82-fish-kill-leak-hedge-date/related/statement.md', 'corpus/82-fish-kill-leak-hedge-date/related/wire.md'];
  const expected = await render(await check([article], { related }), 'json');
  assert.match(expected, /"ruleId": "related-date"/, 'the case has findings to compare');
  assert.equal(bin(['check', article, '--related', ...related, '--format', 'json']), expected);
  const versions = ['v1.md', 'v2.md', 'v3.md'].map((v) => `corpus/29-landslide-toll-three-versions/${v}`);
  const history = await render(await diff(versions), 'json');
  assert.match(history, /"ruleId": "changed-number"/);
  assert.equal(bin(['diff', ...versions, '--format', 'json']), history);
});

test("the executable's worker threads (dist/bin/worker.js) give the report of one thread", { timeout: 120_000 }, async () => {
  // enough text for the run to use worker threads (run/dispatch.ts WORKER_THRESHOLD: 200,000 characters)
  const dir = tempDir();
  for (let k = 0; k < 40; k++) for (const item of ['01-seed-huawei/article.txt', '82-fish-kill-leak-hedge-date/article.md']) cpSync(join(ROOT, 'corpus', item), join(dir, `${k}-${item.replace(/\//g, '-')}`));
  const files = Array.from({ length: 40 }, (_, k) => [join(dir, `${k}-01-seed-huawei-article.txt`), join(dir, `${k}-82-fish-kill-leak-hedge-date-article.md`)]).flat();
  const one = await render(await check(files, { jobs: 1 }), 'json');
  assert.equal(bin(['check', ...files, '--jobs', '2', '--format', 'json']), one);
});

test("the executable's help is the command line's, column for column (string-width loads on first use in the bundle)", async () => {
  for (const args of [['--help'], ['check', '--help'], ['diff', '--help']]) {
    const expected = await cli(args);
    assert.match(expected.stdout, /^copydesk /);
    assert.equal(bin(args), expected.stdout, args.join(' '));
  }
});
