import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cli } from './support/cli.js';
import { tempDir, writeFile } from './support/fixtures.js';
import { check, checkText, diff, exitCode, render } from '../src/api.js';

// Input written to hurt: YAML that multiplies itself, keys that name JavaScript's own properties, a
// cache or manifest someone else wrote, names and words with terminal and direction controls, and API
// calls with the wrong types. Each gets one clear line, or is read as plain text, never a crash.

const STORY = '# Storm\n\nThe storm killed 14 people on Monday, police said.\n\nThe storm killed 12 people on Monday, officials said.\n';

test('a YAML alias bomb in a config is refused in one line, before it grows', async () => {
  const dir = tempDir();
  writeFile(dir, 'v.md', STORY);
  const levels = ['a: &a ["x","x","x","x","x","x","x","x","x"]'];
  for (const [k, name] of ['b', 'c', 'd', 'e', 'f', 'g', 'h', 'i'].entries()) {
    const previous = String.fromCharCode(97 + k);
    levels.push(`${name}: &${name} [${Array(9).fill(`*${previous}`).join(',')}]`);
  }
  writeFile(dir, 'bomb.yaml', `${levels.join('\n')}\n`);
  const run = await cli(['check', 'v.md', '--config', 'bomb.yaml'], { cwd: dir });
  assert.equal(run.status, 2);
  assert.equal(run.stderr, `copydesk: ${join(dir, 'bomb.yaml')}: not valid YAML or JSON (Excessive alias count indicates a resource exhaustion attack), expected a copydesk config (YAML or JSON)\n`);
});

test('"__proto__" and "constructor" are unknown rule ids and lexicon fields, not the object behind them', async () => {
  const dir = tempDir();
  writeFile(dir, 'v.md', STORY);
  for (const id of ['__proto__', 'constructor', 'toString']) {
    writeFile(dir, 'config.yaml', `rules:\n  ${id}: off\n`);
    const run = await cli(['check', 'v.md', '--config', 'config.yaml'], { cwd: dir });
    assert.equal(run.status, 2);
    assert.equal(run.stderr, `copydesk: ${join(dir, 'config.yaml')}: line 2: rules.${id}: unknown rule id (copydesk rules lists them)\n`);
  }
  writeFile(dir, 'lexicon.yaml', '__proto__:\n  - x\n');
  writeFile(dir, 'with-lexicon.yaml', 'lexicons: [lexicon.yaml]\n');
  const lexicon = await cli(['check', 'v.md', '--config', 'with-lexicon.yaml'], { cwd: dir });
  assert.equal(lexicon.status, 2);
  assert.equal(lexicon.stderr, `copydesk: ${join(dir, 'lexicon.yaml')}: line 1: __proto__: is not a known field (in a copydesk lexicon)\n`);
});

test('words that name JavaScript properties are read as words', () => {
  const report = checkText(
    '# The constructor\n\nThe constructor said the __proto__ toString killed 14 people on Monday, police said.\n\nThe constructor said the __proto__ toString killed 12 people on Monday, officials said.\n',
    { noConfig: true },
  );
  assert.deepEqual(
    report.findings.map((f) => [f.ruleId, f.severity, f.locations[0]?.start.line]),
    [['contradicted-number', 'error', 5]],
  );
});

test('a cache that is not JSON, or has an entry changed by hand, is warned about and never read back', async () => {
  const dir = tempDir();
  writeFile(dir, 'v.md', STORY);
  const cache = writeFile(dir, 'run.cache', 'not json at all');
  const first = await cli(['check', 'v.md', '--format', 'json', '--cache', 'run.cache'], { cwd: dir });
  assert.equal(first.status, 1);
  assert.equal(first.stderr, 'copydesk: warning: run.cache: not a copydesk cache (not valid JSON): every file is analysed again and the cache rewritten\n');
  const data = JSON.parse(readFileSync(cache, 'utf8'));
  // someone edits the cached findings away to let a bad article through
  data.entries['v.md'].result.findings = [];
  writeFile(dir, 'run.cache', JSON.stringify(data));
  const second = await cli(['check', 'v.md', '--format', 'json', '--cache', 'run.cache'], { cwd: dir });
  assert.equal(second.status, 1, 'the findings are found again');
  assert.equal(second.stderr, 'copydesk: warning: run.cache: 1 damaged entry left out: its file is analysed again\n');
  assert.equal(JSON.parse(second.stdout).findings.length, JSON.parse(first.stdout).findings.length);
});

test('a revision with a line break in it is named on one line', async () => {
  const run = await cli(['diff', '--git', 'HEAD\nboom']);
  assert.equal(run.status, 2);
  assert.equal(run.stderr, 'copydesk: unknown git revision "HEAD\\u000aboom"\n');
});

test('terminal and direction controls in a file name or the copy reach no report raw', async () => {
  const dir = tempDir();
  const name = 'evil\u001b[2J\u202edm.md';
  writeFile(dir, name, STORY.replace('Monday', 'Monday\u0007'));
  const text = await cli(['check', name], { cwd: dir });
  assert.equal(text.status, 1);
  assert.doesNotMatch(text.stdout, /\u001b|\u0007/, 'no terminal control reaches the terminal');
  assert.match(text.stdout, /^evil\\u001b\[2J\\u202edm\.md\n/, 'the name is shown escaped');
  const junit = await cli(['check', name, '--format', 'junit'], { cwd: dir });
  // XML 1.0 has no escape for these characters: a report holding one is not XML at all
  assert.doesNotMatch(junit.stdout, /[^\t\n\r\u0020-\ud7ff\ue000-\ufffd]/u);
  assert.match(junit.stdout, /<testsuite name="evil\\u001b\[2J/);
  const github = await cli(['check', name, '--format', 'github'], { cwd: dir });
  assert.doesNotMatch(github.stdout, /\u001b|\u0007/);
});

test('the API says which argument is wrong, and how', async () => {
  const wrong: [() => unknown, string][] = [
    [() => checkText(null as unknown as string), 'text must be a string (got null)'],
    [() => checkText('x', { relatd: ['a.md'] } as never), 'options has an unknown option "relatd" (known: rules, config, noConfig, related, session, path)'],
    [() => checkText('x', { path: 'a\ud800.md' }), 'options.path has an unpaired surrogate (a broken character), so it cannot name a file'],
    [() => check('a.md' as unknown as string[]), 'files must be an array of file names (got the string "a.md")'],
    [() => check(['a.md'], { jobs: 0 }), 'options.jobs must be a whole number of at least 1 (got number 0)'],
    [() => render(checkText('x'), 'pdf' as never), 'format must be one of "text", "json", "html", "sarif", "github", "junit", "markdown" (got the string "pdf")'],
    [() => exitCode([], { failOn: 'fatal' as never }), 'policy.failOn must be one of "error", "warning", "info", "never" (got the string "fatal")'],
    [() => diff([], { git: 5 as unknown as string }), 'options.git must be a string (got number 5)'],
  ];
  for (const [call, message] of wrong) {
    await assert.rejects(async () => call(), (error: Error) => {
      assert.equal(error.name, 'CopydeskError');
      assert.equal(error.message, message);
      return true;
    });
  }
});
