import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { packagePath } from '../../src/base/package-path.js';
import { CLI } from '../support/cli.js';
import { tempDir, writeFile } from '../support/fixtures.js';

// Every example the README shows runs here: the library and plugin examples print what their
// "// prints:" lines say, and the CI workflow drives the action the repository ships.
const README = readFileSync(packagePath('README.md'), 'utf8');

function examples(kind: string): string[] {
  const pattern = new RegExp(`<!-- example: ${kind} -->\\s*\\n\`\`\`\\w+\\n([^]*?)\\n\`\`\``, 'g');
  return [...README.matchAll(pattern)].map((m) => m[1]!);
}

test('the README has runnable examples of the library and the plugin, and a workflow', () => {
  assert.equal(examples('run').length, 2);
  assert.equal(examples('workflow').length, 1);
});

examples('run').forEach((code, k) => {
  test(`README example ${k + 1} runs and prints what it says`, () => {
    // inside the package, so `import … from 'copydesk'` resolves to this package by its own name
    const dir = packagePath('dist', 'readme-examples');
    mkdirSync(dir, { recursive: true });
    const file = join(dir, `example-${k + 1}.mjs`);
    writeFileSync(file, code);
    const run = spawnSync(process.execPath, [file], { cwd: packagePath(), encoding: 'utf8' });
    assert.equal(run.status, 0, run.stderr);
    const expected = [...code.matchAll(/^\/\/ prints: (.*)$/gm)].map((m) => m[1]);
    assert.deepEqual(run.stdout.trimEnd().split('\n'), expected);
  });
});

function git(dir: string, ...args: string[]): void {
  execFileSync('git', args, { cwd: dir, stdio: 'ignore', env: { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@example.com', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@example.com' } });
}

test('the README workflow uses the action with its inputs, and the action\'s check step works on a pull request', () => {
  const workflow = parseYaml(examples('workflow')[0]!) as { on: string; jobs: Record<string, { steps: { uses?: string; with?: Record<string, string> }[] }> };
  const action = parseYaml(readFileSync(packagePath('action.yml'), 'utf8')) as { inputs: Record<string, unknown>; runs: { using: string; steps: { run?: string; env?: Record<string, string> }[] } };
  assert.equal(workflow.on, 'pull_request');
  const step = Object.values(workflow.jobs)[0]!.steps.find((s) => s.with && 'fail-on' in s.with)!;
  for (const input of Object.keys(step.with!)) assert.ok(input in action.inputs, `the action takes ${input}`);
  assert.equal(action.runs.using, 'composite');
  assert.ok(action.runs.steps.some((s) => s.run?.includes('scripts/action-check.sh')));

  // a pull request that adds a contradiction to an article, checked as the action's step does
  const repo = tempDir('copydesk-pr-');
  git(repo, 'init', '-q', '-b', 'main');
  writeFile(repo, 'story.md', '# Crash\n\nThe crash killed 14 people in Harlow on Sunday.\n');
  git(repo, 'add', '.');
  git(repo, 'commit', '-q', '-m', 'story');
  writeFile(repo, 'story.md', '# Crash\n\nThe crash killed 14 people in Harlow on Sunday.\n\nThe court met on Monday.\n\nThe death toll of 12 made it the worst crash in a decade.\n');
  const run = spawnSync('bash', [packagePath('scripts', 'action-check.sh')], {
    cwd: repo,
    encoding: 'utf8',
    env: { ...process.env, GITHUB_ACTION_PATH: packagePath(), COPYDESK_BASE: 'HEAD', COPYDESK_FAIL_ON: 'error', COPYDESK_NEW_ONLY: 'true', COPYDESK_SARIF: 'copydesk.sarif' },
  });
  assert.equal(run.status, 1, run.stderr);
  assert.match(run.stdout, /^::error file=story\.md,line=7,endLine=7,col=1,endColumn=\d+,title=copydesk contradicted-number::Death toll: paragraph 3 says “12”, but paragraph 1 says “14”$/m);
  assert.ok(existsSync(join(repo, 'copydesk.sarif')));
  assert.equal(JSON.parse(readFileSync(join(repo, 'copydesk.sarif'), 'utf8')).runs[0].results.length > 0, true);
});

test('the pre-commit hook runs copydesk check on the files it is given', () => {
  const hooks = parseYaml(readFileSync(packagePath('.pre-commit-hooks.yaml'), 'utf8')) as { id: string; entry: string; args: string[]; files: string }[];
  const hook = hooks.find((h) => h.id === 'copydesk')!;
  assert.match('story.md', new RegExp(hook.files));
  assert.doesNotMatch('script.js', new RegExp(hook.files));
  const dir = tempDir();
  const story = writeFile(dir, 'story.md', '# T\n\nAna Ruiz was arrested in Porto on Monday.\n');
  const [command, ...rest] = hook.entry.split(' ');
  assert.equal(command, 'copydesk');
  const run = spawnSync(process.execPath, [CLI, ...rest, ...hook.args, story], { encoding: 'utf8' });
  assert.equal(run.status, 0, run.stderr);
});
