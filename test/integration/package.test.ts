/**
 * copydesk as a newsroom installs it (issue 12): the packed tarball installed in an empty project,
 * every command and format run from there; and the pre-commit hook installed by pre-commit itself
 * when it is on this machine (Debian's `pre-commit` package; skipped with a message otherwise).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { tempDir, writeFile } from '../support/fixtures.js';

const ROOT = resolve('.');
const STORY = '# Ferry\n\nThe ferry carried 420 passengers when it ran aground on Monday.\n\nRescuers said the ferry, which carried 240 passengers, was refloated.\n';
const FORMATS = ['text', 'json', 'html', 'sarif', 'github', 'junit', 'markdown'];

function run(command: string, args: string[], cwd: string) {
  const result = spawnSync(command, args, { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

test('the packed tarball, installed in an empty project, runs every command and format', { timeout: 300_000 }, (t) => {
  const dir = tempDir('copydesk-pack-');
  // npm test has built dist/ and data/: pack what is there, as `npm pack` after `npm install` does
  const tarball = execFileSync('npm', ['pack', '--ignore-scripts', '--silent', '--pack-destination', dir], { cwd: ROOT, encoding: 'utf8' }).trim();
  assert.match(tarball, /^copydesk-\d+\.\d+\.\d+\.tgz$/, 'npm pack prints only the tarball name');
  const project = join(dir, 'newsroom');
  mkdirSync(project);
  writeFile(project, 'package.json', '{"name": "newsroom", "private": true}\n');
  const install = run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', join(dir, tarball)], project);
  if (install.status !== 0 && /ENOTFOUND|EAI_AGAIN|ECONNREFUSED|network/i.test(install.stderr)) {
    t.skip('the npm registry cannot be reached from here');
    return;
  }
  assert.equal(install.status, 0, install.stderr);
  const bin = join(project, 'node_modules', '.bin', 'copydesk');
  const installed = join(project, 'node_modules', 'copydesk');
  // what start-up reads ships with the package: the rule snapshot and the word table
  assert.ok(existsSync(join(installed, 'dist', 'default-rules.json')));
  assert.deepEqual(readdirSync(join(installed, 'data', 'semantics')).sort(), ['names.json', 'relations.json', 'stamp.txt', 'vectors.bin', 'words.txt']);
  writeFile(project, 'story.md', STORY);
  writeFile(project, 'v1.md', '# Vote\n\nThe council approved the plan on Monday.\n');
  writeFile(project, 'v2.md', '# Vote\n\nThe council rejected the plan on Monday.\n');
  writeFile(project, 'manifest.jsonl', '{"id": "ferry", "article": "story.md"}\n');
  for (const format of FORMATS) {
    const checked = run(bin, ['check', 'story.md', '--format', format, '--fail-on', 'never'], project);
    assert.equal(checked.status, 0, `check --format ${format}: ${checked.stderr}`);
    assert.ok(checked.stdout.includes('240') || format === 'github', `check --format ${format} reports the contradiction`);
    const diffed = run(bin, ['diff', 'v1.md', 'v2.md', '--format', format, '--fail-on', 'never'], project);
    assert.equal(diffed.status, 0, `diff --format ${format}: ${diffed.stderr}`);
  }
  assert.equal(run(bin, ['check', 'story.md'], project).status, 1, 'an error fails at the default --fail-on');
  // an HTML article, read by the parser the build bundles (dist/vendor)
  writeFile(project, 'page.html', `<!doctype html><title>Ferry</title>${STORY.split('\n\n').slice(1).map((p) => `<p>${p.trim()}</p>`).join('')}`);
  const page = run(bin, ['check', 'page.html', '--fail-on', 'never'], project);
  assert.equal(page.status, 0, page.stderr);
  assert.match(page.stdout, /“240”/);
  const batch = run(bin, ['batch', 'manifest.jsonl', '--fail-on', 'never'], project);
  assert.deepEqual([batch.status, batch.stderr], [0, 'batch: 1 story, 1 with findings: 1 error, 0 warnings, 0 info\n']);
  assert.match(run(bin, ['rules'], project).stdout, /^id +kind +category +severity +description\n/);
  assert.equal(run(bin, ['init'], project).stdout, `wrote ${join(project, '.copydeskrc.yaml')}\n`);
  assert.equal(run(bin, ['--version'], project).stdout, `${JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version}\n`);
});

test('the pre-commit hook installs and runs with pre-commit itself', { timeout: 600_000 }, (t) => {
  if (spawnSync('pre-commit', ['--version']).status !== 0) {
    t.skip('pre-commit is not installed here (apt-get install pre-commit)');
    return;
  }
  const head = spawnSync('git', ['rev-parse', 'HEAD'], { cwd: ROOT, encoding: 'utf8' });
  if (head.status !== 0) {
    t.skip('not a git checkout');
    return;
  }
  const repo = tempDir('copydesk-pre-commit-');
  const git = (...args: string[]) => execFileSync('git', args, { cwd: repo, encoding: 'utf8' });
  git('init', '-q');
  git('config', 'user.email', 'desk@example.org');
  git('config', 'user.name', 'Desk');
  writeFile(repo, 'story.md', STORY);
  writeFile(repo, 'clean.md', '# Plan\n\nThe council approved the plan on Monday.\n');
  // the hook as it is committed here (pre-commit clones the revision)
  writeFile(repo, '.pre-commit-config.yaml', `repos:\n  - repo: ${ROOT}\n    rev: ${head.stdout.trim()}\n    hooks:\n      - id: copydesk\n`);
  git('add', '-A');
  git('commit', '-qm', 'stories');
  const hook = run('pre-commit', ['run', '--all-files'], repo);
  assert.equal(hook.status, 1, hook.stdout + hook.stderr);
  assert.match(hook.stdout, /copydesk\.+Failed/);
  assert.match(hook.stdout, /5:1 {5}error {3}Passengers aboard: paragraph 2 says “240”, but paragraph 1 says “420” {2}contradicted-number/);
});
