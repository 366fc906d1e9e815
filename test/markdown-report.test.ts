/** The Markdown report (issue 12): for a pull-request comment or $GITHUB_STEP_SUMMARY. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { check, diff, render, Session } from '../src/api.js';
import { escapeMarkdown, formatMarkdown } from '../src/report/markdown.js';
import { tempDir, writeFile } from './support/fixtures.js';

test('check: totals, a row per file, each finding with its places; text from the copy escaped', async () => {
  const dir = tempDir('copydesk-md-');
  const story = writeFile(dir, 'ferry *draft*.md', '# Ferry\n\nThe ferry carried 420 passengers when it ran aground on Monday.\n\nRescuers said the ferry, which carried 240 passengers, was refloated <b>at once</b>.\n');
  const clean = writeFile(dir, 'plan.md', '# Plan\n\nThe council approved the plan on Monday.\n');
  const report = await check([story, clean], { noConfig: true, jobs: 1, session: new Session({ cwd: dir }) });
  const shown = await render(report, 'markdown');
  assert.equal(
    shown,
    [
      '### copydesk check: 1 error, 0 warnings, 0 info in 2 files',
      '',
      '| file | errors | warnings | info |',
      '| --- | ---: | ---: | ---: |',
      '| ferry \\*draft\\*.md | 1 | 0 | 0 |',
      '| plan.md | 0 | 0 | 0 |',
      '',
      '- **error** `contradicted-number` ferry \\*draft\\*.md:5: Passengers aboard: paragraph 2 says “240”, but paragraph 1 says “420”',
      '  - contradicts: ferry \\*draft\\*.md:5 “Rescuers said the ferry, which carried 240 passengers, was refloated &lt;b&gt;at once&lt;/b&gt;.”',
      '  - contradicted: ferry \\*draft\\*.md:3 “The ferry carried 420 passengers when it ran aground on Monday.”',
      '',
    ].join('\n'),
  );
});

test('diff: the old and the new sentence, the changed words struck and marked; warnings first', async () => {
  const dir = tempDir('copydesk-md-diff-');
  const v1 = writeFile(dir, 'v1.md', '# Vote\n\nThe council approved the plan on Monday.\n');
  const v2 = writeFile(dir, 'v2.md', '# Vote\n\nThe council rejected the plan on Monday.\n');
  const shown = await render(await diff([v1, v2], { noConfig: true, session: new Session({ cwd: dir }) }), 'markdown');
  const lines = shown.split('\n');
  assert.equal(lines[0], '### copydesk diff: 0 errors, 1 warning, 1 info in 2 files');
  const first = lines.findIndex((l) => l.startsWith('- **'));
  assert.deepEqual(lines.slice(first, first + 3), [
    '- **warning** `flipped-polarity` v2.md:3: Statement reversed in paragraph 1 (antonym swapped in): “approved” became “rejected”',
    '  - old: The council ~~approved~~ the plan on Monday.',
    '  - new: The council **rejected** the plan on Monday.',
  ]);
});

test('capped like a comment: past the limit the rest are counted and the full report linked', async () => {
  const dir = tempDir('copydesk-md-cap-');
  const story = writeFile(dir, 'story.md', '# T\n\nThe e-mail went out. The email was read. An e-mail came back. The email was lost.\n');
  const report = await check([story], { noConfig: true, jobs: 1, session: new Session({ cwd: dir }) });
  const shown = formatMarkdown(report, { maxFindings: 1, link: 'https://ci.example/report (1).html' });
  assert.equal(shown.split('\n').filter((l) => l.startsWith('- **')).length, 1);
  assert.match(shown, /\n… and 1 more finding in \[the full report\]\(https:\/\/ci\.example\/report%20%281%29\.html\)\.\n$/);
  assert.equal(escapeMarkdown('a [link](x) `code` <script>|'), 'a \\[link\\](x) \\`code\\` &lt;script&gt;\\|');
});
