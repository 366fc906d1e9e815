/**
 * Every input a newsroom has (issue 12): folders, quoted globs, standard input, HTML articles, TOML
 * front matter, and a file that cannot be read among others that can.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { buildDocument } from '../src/load/document.js';
import { main } from '../src/command.js';
import { captureIo, cli } from './support/cli.js';
import { defaultLexicon, tempDir, writeFile } from './support/fixtures.js';

const TWO_COUNTS = '# Ferry\n\nThe ferry carried 420 passengers when it ran aground on Monday.\n\nRescuers said the ferry, which carried 240 passengers, was refloated.\n';
const CLEAN = '# Plan\n\nThe council approved the plan on Monday.\n';

/** The files a JSON report lists, and its findings as "rule path:line". */
function summary(stdout: string) {
  const report = JSON.parse(stdout) as { files: { path: string }[]; findings: { ruleId: string; locations: { path: string; start: { line: number } }[] }[]; unreadable?: { path: string; message: string }[] };
  return {
    files: report.files.map((f) => f.path),
    findings: report.findings.map((f) => `${f.ruleId} ${f.locations[0]!.path}:${f.locations[0]!.start.line}`),
    unreadable: report.unreadable ?? [],
  };
}

test('a folder is walked for articles: sorted, .gitignore honoured, hidden folders and symbolic links left out', async () => {
  const dir = tempDir('copydesk-walk-');
  mkdirSync(join(dir, 'news', 'local'), { recursive: true });
  mkdirSync(join(dir, 'news', 'drafts'));
  mkdirSync(join(dir, 'news', '.cache'));
  writeFile(join(dir, 'news', 'local'), 'ferry.md', TWO_COUNTS);
  writeFile(join(dir, 'news'), 'plan.txt', 'Plan approved\n\nThe council approved the plan on Monday.\n');
  writeFile(join(dir, 'news', 'drafts'), 'draft.md', TWO_COUNTS);
  writeFile(join(dir, 'news', '.cache'), 'old.md', TWO_COUNTS);
  writeFile(join(dir, 'news'), 'notes.json', '{}');
  writeFile(join(dir, 'news'), '.gitignore', 'drafts/\n');
  writeFile(dir, 'secret.md', TWO_COUNTS);
  symlinkSync(join(dir, 'secret.md'), join(dir, 'news', 'link.md'));
  const run = await cli(['check', 'news', '--format', 'json', '--fail-on', 'never'], { cwd: dir });
  assert.equal(run.status, 0);
  assert.deepEqual(summary(run.stdout), { files: ['news/local/ferry.md', 'news/plan.txt'], findings: ['contradicted-number news/local/ferry.md:5'], unreadable: [] });
});

test('a quoted glob is expanded by copydesk, whatever the shell; one that matches nothing is an error', async () => {
  const dir = tempDir('copydesk-glob-');
  mkdirSync(join(dir, 'a'));
  writeFile(join(dir, 'a'), 'one.md', CLEAN);
  writeFile(join(dir, 'a'), 'two.md', TWO_COUNTS);
  writeFile(join(dir, 'a'), 'three.txt', 'x\n');
  const run = await cli(['check', 'a/*.md', '--format', 'json', '--fail-on', 'never'], { cwd: dir });
  assert.deepEqual(summary(run.stdout).files, ['a/one.md', 'a/two.md']);
  const none = await cli(['check', 'b/*.md'], { cwd: dir });
  assert.deepEqual([none.status, none.stderr], [2, 'copydesk: b/*.md: no file matches this pattern\n']);
});

test('- reads standard input, named by --stdin-filename for its format, config and report', async () => {
  const dir = tempDir('copydesk-stdin-');
  const io = { ...captureIo(dir), stdin: async () => new TextEncoder().encode(TWO_COUNTS) };
  const status = await main(['check', '-', '--stdin-filename', 'story.md', '--format', 'json', '--fail-on', 'never'], io);
  assert.equal(status, 0);
  assert.deepEqual(summary(io.out()), { files: ['story.md'], findings: ['contradicted-number story.md:5'], unreadable: [] });
});

test('a file that cannot be read is named on its own line and exits 2, while the others are checked and reported', async () => {
  const dir = tempDir('copydesk-unreadable-');
  writeFile(dir, 'good.md', TWO_COUNTS);
  mkdirSync(join(dir, 'folder.md'));
  const run = await cli(['check', 'good.md', 'missing.md', '--format', 'json', '--fail-on', 'never'], { cwd: dir });
  assert.equal(run.status, 2);
  assert.deepEqual(summary(run.stdout), { files: ['good.md'], findings: ['contradicted-number good.md:5'], unreadable: [{ path: 'missing.md', message: 'no such file' }] });
  assert.equal(run.stderr, 'copydesk: missing.md: no such file\n');
});

test('an HTML article: blocks from its structure, offsets exact into the file, scripts, navigation and footers skipped', () => {
  const html = [
    '<!doctype html><html><head><title>Ferry aground | Coast News</title>',
    '<meta property="article:published_time" content="2024-03-13T08:00:00Z">',
    '<script>var x = "The ferry carried 900 passengers";</script></head>',
    '<body><nav><a href="/">Home</a></nav>',
    '<article><h1>Ferry runs aground</h1>',
    '<p>The ferry carried 420 passengers, the coastguard&nbsp;said.</p>',
    '<figure><img src="f.jpg"><figcaption>The Northlight &amp; the harbour.</figcaption></figure>',
    '<blockquote><p>We were lucky.</p></blockquote>',
    '<ul><li>Four people were treated.</li></ul>',
    '</article><footer><p>&copy; Coast News</p></footer></body></html>',
  ].join('\n');
  const doc = buildDocument({ path: 'story.html', text: html, bom: false }, defaultLexicon());
  assert.equal(doc.format, 'html');
  assert.deepEqual(doc.frontMatter, { title: 'Ferry aground | Coast News', date: '2024-03-13T08:00:00Z' });
  assert.deepEqual(
    doc.blocks.map((b) => [b.kind, b.text]),
    [
      ['title', 'Ferry runs aground'],
      // a no-break space is a space to the analysis
      ['paragraph', 'The ferry carried 420 passengers, the coastguard said.'],
      ['caption', 'The Northlight & the harbour.'],
      ['blockquote', 'We were lucky.'],
      ['list-item', 'Four people were treated.'],
    ],
  );
  // every character of the analysed text maps to where it stands in the HTML
  const caption = doc.blocks[2]!;
  const ampersand = caption.text.indexOf('&');
  assert.equal(html.slice(caption.map[ampersand]!, caption.map[ampersand]! + 5), '&amp;');
  assert.equal(html.slice(caption.map[0]!, caption.map[0]! + 13), 'The Northligh');
});

test('an HTML article with a contradiction is reported, not passed as clean', async () => {
  const dir = tempDir('copydesk-html-');
  writeFile(dir, 'story.html', '<html><body><h1>Ferry</h1><p>The ferry carried 420 passengers when it ran aground on Monday.</p><p>Rescuers said the ferry, which carried 240 passengers, was refloated.</p></body></html>\n');
  const run = await cli(['check', 'story.html', '--fail-on', 'never'], { cwd: dir });
  assert.match(run.stdout, /error {3}Passengers aboard: paragraph 2 says “240”, but paragraph 1 says “420” {2}contradicted-number/);
});

test('TOML front matter (Hugo\'s +++) is front matter, not paragraph 1', () => {
  const doc = buildDocument({ path: 'post.md', text: '+++\ntitle = "Ferry aground"\ndate = 2024-03-13\n+++\n\nThe ferry ran aground.\n', bom: false }, defaultLexicon());
  assert.deepEqual(doc.frontMatter, { title: 'Ferry aground', date: '2024-03-13' });
  assert.deepEqual(doc.blocks.map((b) => [b.kind, b.text]), [['paragraph', 'The ferry ran aground.']]);
  assert.throws(
    () => buildDocument({ path: 'bad.md', text: '+++\ntitle = "unclosed\n+++\n\nText.\n', bom: false }, defaultLexicon()),
    (error: Error) => /^front matter is not valid TOML \(line \d+\): /.test(error.message),
  );
});
