import { test } from 'node:test';
import assert from 'node:assert/strict';
import { batch, render, Session } from '../src/api.js';
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
  // no element from the copy (in an attribute's quotes, "<" is only a character)
  assert.doesNotMatch(html.replace(/"[^"]*"/g, '""'), /<img|<script>alert|<b>|<i>/);
  assert.match(html, /<a href="#story-1">&#x3C;img src=x onerror=alert\(1\)> \*bold\* \[link\]\(http:\/\/example\.com\) \| @editor #12<\/a>/);
  assert.match(html, /<tr class="clean"><td data-label="story">calm<\/td><td data-label="command">check<\/td><td data-label="files">calm\.md<\/td>/);
  assert.match(html, /<p class="summary">2 stories · <strong class="sev-error">1 error<\/strong>/);
  const markdown = await render(report, 'markdown');
  assert.equal(
    markdown,
    [
      '### copydesk batch: 1 error, 0 warnings, 0 info in 2 stories',
      '',
      '| story | files | errors | warnings | info |',
      '| --- | --- | ---: | ---: | ---: |',
      '| &lt;img src=x onerror=alert(1)&gt; \\*bold\\* \\[link\\](http://example.com) \\| @editor #12 | crash &lt;b&gt;.md | 1 | 0 | 0 |',
      '',
      '1 story without findings.',
      '',
      '- **error** `contradicted-number` crash &lt;b&gt;.md:7: Death toll: paragraph 3 says “12”, but paragraph 1 says “14”',
      '  - contradicts: crash &lt;b&gt;.md:7 “The death toll of 12 &lt;i&gt;made&lt;/i&gt; it the worst crash in a decade.”',
      '  - contradicted: crash &lt;b&gt;.md:3 “The crash killed 14 people, police said.”',
      '',
    ].join('\n'),
  );
});
