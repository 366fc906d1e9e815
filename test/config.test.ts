import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { check } from '../src/api.js';
import { cli } from './support/cli.js';
import { tempDir, writeFile } from './support/fixtures.js';

const STORY = '# Bridge\n\nAna Ruiz was arrested in Porto on Monday.\n\nThe court met on Tuesday.\n\nRuiz was arrested in Porto, police said.\n\nReaders can email the desk. The e-mail address is below, and each email is read.\n';

function project(config: { name: string; text: string } | undefined) {
  const root = tempDir('copydesk-config-');
  const nested = join(root, 'news', 'local');
  mkdirSync(nested, { recursive: true });
  const story = writeFile(nested, 'story.md', STORY);
  if (config) writeFile(root, config.name, config.text);
  return { root, nested, story };
}

const rules = (report: Awaited<ReturnType<typeof check>>) => report.findings.map((f) => `${f.ruleId}:${f.severity}`).sort();

test('config is found by walking up from the file; rule levels, off and options apply', async () => {
  const { story } = project({ name: '.copydeskrc.yaml', text: 'rules:\n  term-variant: off\n  repeated-claim: [error, { claims: [relation] }]\n' });
  assert.deepEqual(rules(await check([story], { noConfig: true })), ['repeated-claim:warning', 'term-variant:warning']);
  assert.deepEqual(rules(await check([story])), [], 'repetition now only of relations, and variants off');
  const { story: other } = project({ name: '.copydeskrc.json', text: JSON.stringify({ rules: { 'repeated-claim': 'error' } }) });
  assert.deepEqual(rules(await check([other])), ['repeated-claim:error', 'term-variant:warning']);
});

test('--config replaces discovery; extra packs and lexicons load by path, relative to the config', async () => {
  const { root, story } = project(undefined);
  writeFile(root, 'words.yaml', 'variants:\n  - { forms: [Porto, Oporto], preferred: Porto }\n');
  writeFile(root, 'house.yaml', 'name: house\nrules:\n  - id: house-variants\n    kind: variants\n    category: consistency\n    severity: error\n    description: House spellings.\n    options: { enforcePreferred: true }\n');
  const config = writeFile(root, 'desk.yaml', 'packs: [house.yaml]\nlexicons: [words.yaml]\ndefaultRules: false\n');
  const oporto = writeFile(join(root, 'news', 'local'), 'oporto.md', '# Oporto\n\nThe ferry left Oporto on Monday.\n');
  const report = await check([oporto, story], { config });
  // only the house pack runs (defaultRules: false), with the house lexicon: "Oporto" is not house style
  assert.deepEqual(report.findings.map((f) => [f.ruleId, f.severity, f.locations[0]!.text, f.locations[0]!.path.split('/').pop()]), [['house-variants', 'error', 'Oporto', 'oporto.md']]);
});

test('--no-config on the command line ignores a config file, even a broken one', async () => {
  const { root, story } = project({ name: '.copydeskrc.yaml', text: 'rules:\n  term-variant: off\n  repeated-claim: [error\n' });
  const broken = await cli(['check', story], { cwd: root });
  assert.equal(broken.status, 2);
  assert.match(broken.stderr, /^copydesk: .*\.copydeskrc\.yaml: /);
  const run = await cli(['check', story, '--no-config', '--format', 'json'], { cwd: root });
  assert.equal(run.status, 0, run.stderr);
  assert.deepEqual(JSON.parse(run.stdout).findings.map((f: { ruleId: string }) => f.ruleId).sort(), ['repeated-claim', 'term-variant']);
});

test('an unreadable .copydeskignore is a one-line error naming it', async () => {
  const { root, story } = project(undefined);
  mkdirSync(join(root, '.copydeskignore'));
  const run = await cli(['check', story], { cwd: root });
  assert.equal(run.status, 2);
  assert.equal(run.stderr, 'copydesk: .copydeskignore: is a directory (expected ignore patterns, one per line)\n');
});

test('--print-config shows the config found for a file and the rules it makes', async () => {
  const { root, story } = project({ name: '.copydeskrc.yaml', text: 'rules:\n  term-variant: info\n' });
  const run = await cli(['check', '--print-config', story], { cwd: root });
  assert.equal(run.status, 0, run.stderr);
  const printed = JSON.parse(run.stdout);
  assert.equal(printed.config, join(root, '.copydeskrc.yaml'));
  assert.equal(printed.rules['term-variant'].severity, 'info');
  assert.equal(printed.rules['repeated-claim'].severity, 'warning');
});

test('ignore: .copydeskignore in the working directory and the config\'s ignore patterns', async () => {
  const { root, story } = project({ name: '.copydeskrc.yaml', text: 'ignore: ["drafts/**"]\n' });
  const draft = writeFile(join(root, 'news', 'local'), 'draft.md', STORY);
  mkdirSync(join(root, 'drafts'));
  const inDrafts = writeFile(join(root, 'drafts'), 'x.md', STORY);
  writeFile(root, '.copydeskignore', 'news/local/draft.md\n');
  const run = await cli(['check', story, draft, inDrafts, '--format', 'json'], { cwd: root });
  const report = JSON.parse(run.stdout);
  assert.deepEqual(report.files.map((f: { path: string }) => f.path), ['news/local/story.md']);
  assert.deepEqual(report.ignored, ['news/local/draft.md', 'drafts/x.md']);
});

const BAD: [string, string, RegExp][] = [
  ['invalid YAML', 'rules: [oops\n', /\.copydeskrc\.yaml: line \d+: not valid YAML or JSON \(.+\), expected a copydesk config/],
  ['an unknown field', 'rulez:\n  term-variant: off\n', /\.copydeskrc\.yaml: line 1: rulez: is not a known field \(in a copydesk config\)/],
  ['a bad level', 'rules:\n  term-variant: loud\n', /\.copydeskrc\.yaml: line 2: rules\.term-variant: must be "off", "info", "warning" or "error", or \[level, \{options\}\] \(got "loud"\)/],
  ['a bad option', 'rules:\n  repeated-claim: [warning, { threshold: 3 }]\n', /\.copydeskrc\.yaml: line 2: rules\.repeated-claim\[1\]\.threshold: must be at most 1/],
  ['an unknown option', 'rules:\n  repeated-claim: [warning, { treshold: 0.5 }]\n', /rules\.repeated-claim\[1\]\.treshold: is not a known field/],
  ['an unknown rule id', 'rules:\n  no-such-rule: off\n', /\.copydeskrc\.yaml: line 2: rules\.no-such-rule: unknown rule id \(copydesk rules lists them\)/],
  ['a missing pack', 'packs: [missing.yaml]\n', /missing\.yaml: no such file \(expected a copydesk rule pack/],
  ['a missing lexicon', 'lexicons: [missing-words.yaml]\n', /missing-words\.yaml: no such file \(expected a copydesk lexicon/],
  ['a list where a mapping is due', 'rules: [term-variant]\n', /line 1: rules: must be a mapping \(in a copydesk config\)/],
];

for (const [name, text, message] of BAD) {
  test(`config error: ${name} is exit 2 with the field and what was expected`, async () => {
    const { root, story } = project({ name: '.copydeskrc.yaml', text });
    const run = await cli(['check', story], { cwd: root });
    assert.equal(run.status, 2);
    assert.equal(run.stderr.trimEnd().split('\n').length, 1, run.stderr);
    assert.match(run.stderr, message);
  });
}

test('copydesk init writes a commented starter config that loads, and will not overwrite one', async () => {
  const dir = tempDir();
  const run = await cli(['init'], { cwd: dir });
  assert.equal(run.status, 0, run.stderr);
  const text = readFileSync(join(dir, '.copydeskrc.yaml'), 'utf8');
  assert.match(text, /^ {2}# repeated-claim: +warning +# The same event/m);
  const story = writeFile(dir, 'story.md', STORY);
  assert.deepEqual(rules(await check([story])), ['repeated-claim:warning', 'term-variant:warning'], 'the starter changes nothing');
  const again = await cli(['init'], { cwd: dir });
  assert.equal(again.status, 2);
  assert.match(again.stderr, /\.copydeskrc\.yaml: already exists \(use --force to replace it\)/);
  assert.equal((await cli(['init', '--force'], { cwd: dir })).status, 0);
  const json = tempDir();
  writeFile(json, '.copydeskrc.json', '{"rules": {"term-variant": "off"}}');
  const forced = await cli(['init', '--force'], { cwd: json });
  assert.equal(forced.status, 2);
  assert.match(forced.stderr, /\.copydeskrc\.json: already exists, and init writes YAML: remove it first to start again\n$/);
  assert.deepEqual(readdirSync(json), ['.copydeskrc.json']);
});
