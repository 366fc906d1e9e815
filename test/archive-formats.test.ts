import { test } from 'node:test';
import assert from 'node:assert/strict';
import { batch, render, Session } from '../src/api.js';
import { escape } from '../src/report/markdown.js';
import { tempDir, writeFile } from './support/fixtures.js';

const HOSTILE = '<img src=x onerror=alert(1)> *bold* [link](http://example.com) | @editor #12';

test('the archive index and the Markdown report escape story ids, file names and article text', async () => {
  const dir = tempDir('copydesk-hostile-');
  writeFile(dir, 'crash <b>.md', '# Crash <script>alert(1)</script>\n\nThe crash killed 14 people, police said.\n\nThe court met on Monday.\n\nThe death toll of 12 <i>made</i> it the worst crash in a decade.\n');
  writeFile(dir, 'calm.md', '# Calm\n\nThe bridge reopened on Monday.\n');
  const manifest = writeFile(dir, 'stories.jsonl', `${JSON.stringify({ id: HOSTILE, article: 'crash <b>.md' })}\n${JSON.stringify({ id: 'calm', article: 'calm.md' })}\n`);
  const report = await batch(manifest, { noConfig: true, session: new Session({ cwd: dir }) });
  assert.equal(report.stories[0]!.findings[0]!.ruleId, 'contradicted-number');
  const html = await render(report, 'html');
  assert.doesNotMatch(html, /<img|<script|<b>|<i>/);
  assert.match(html, /&#x3C;img src=x onerror=alert\(1\)> \*bold\*/);
  assert.match(html, /<tr class="clean"><td>calm<\/td><td>check<\/td><td>calm\.md<\/td><td class="n">0<\/td>/);
  assert.match(html, /<p class="summary">2 stories · 1 error · 0 warnings · 0 info · copydesk /);
  const markdown = await render(report, 'markdown');
  assert.equal(
    markdown.split('\n').slice(4, 11).join('\n'),
    [
      '## \\<img src=x onerror=alert(1)\\> \\*bold\\* \\[link\\](http://example.com) \\| \\@editor \\#12',
      '',
      'check of crash \\<b\\>.md',
      '',
      '| where | severity | finding | rule |',
      '| --- | --- | --- | --- |',
      '| crash \\<b\\>.md 7:1 | error | Death toll: paragraph 3 says “12”, but paragraph 1 says “14” | contradicted-number |',
    ].join('\n'),
  );
  assert.match(markdown, /\n✓ 1 story without findings\n$/);
  assert.equal(escape('a\nb|c'), 'a b\\|c');
});
