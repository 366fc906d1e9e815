import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { remark } from 'remark';
import { VFile } from 'vfile';
import { check, checkText, render } from '../src/api.js';
import copydesk from '../src/index.js';
import { loadCases } from './support/corpus.js';

// Machine-readable fixes: only where the fix is exact (a name form, a term variant), and never more
// than the words that are wrong, in the JSON report, SARIF and the remark plugin's `expected`.

const NAMES = 'The Kremlin critic Alexei Golodryga spoke on Monday.\n\nGolodryga said he would appeal.\n\nAlexei Golodriga said the sentence was long.\n';

test('JSON: a misspelt name in a full name gets a fix of the surname alone, with its span', () => {
  const report = checkText(NAMES, { path: 'names.md', noConfig: true });
  assert.deepEqual(
    report.findings.map((f) => [f.ruleId, f.locations[0]!.text, f.fixes]),
    [
      [
        'name-form',
        'Alexei Golodriga',
        [
          {
            description: 'Replace “Golodriga” with “Golodryga”',
            replacements: [{ path: 'names.md', start: { line: 5, column: 8, offset: 94 }, end: { line: 5, column: 17, offset: 103 }, text: 'Golodriga', replacement: 'Golodryga' }],
          },
        ],
      ],
    ],
  );
});

test('a fix keeps the capital of the word it replaces, and a contradiction or repetition has none', () => {
  const text = 'Readers can email the desk, and each email is read.\n\nE-mail addresses are on the website.\n\nThe crash killed 14 people on Sunday.\n\nThe death toll of 12 made it the worst crash in a decade.\n';
  const report = checkText(text, { path: 'mixed.md', noConfig: true });
  assert.deepEqual(
    report.findings.map((f) => [f.ruleId, f.fixes?.map((fix) => fix.description) ?? null]),
    [
      ['term-variant', ['Replace “E-mail” with “Email”']],
      ['contradicted-number', null],
    ],
  );
});

test('a name with markup inside it gets no fix: the edit would be more than the word', () => {
  const report = checkText('Xi Jinping arrived in Lima on Monday.\n\nXi met the president on Tuesday.\n\n**Jin**ping said the talks went well.\n', { path: 'marked.md', noConfig: true });
  assert.deepEqual(report.findings.map((f) => [f.ruleId, f.locations[0]!.text, f.fixes]), [['name-form', 'Jin**ping', undefined]]);
});

test('across the corpus, fixes come only from name-form and term-variant, each replacing the words found at its span', async () => {
  const articles = loadCases().flatMap((c) => (c.article ? [c.article] : []));
  const report = await check(articles, { jobs: 1 });
  const fixed = report.findings.filter((f) => f.fixes);
  assert.ok(fixed.length >= 10, 'the corpus has name and variant findings');
  for (const finding of report.findings) {
    if (!['name-form', 'term-variant'].includes(finding.ruleId)) assert.equal(finding.fixes, undefined, `${finding.ruleId}: ${finding.message}`);
  }
  for (const finding of fixed) {
    const [replacement, ...more] = finding.fixes![0]!.replacements;
    assert.equal(more.length, 0);
    const source = readFileSync(replacement!.path, 'utf8').replace(/^\uFEFF/, '');
    assert.equal(source.slice(replacement!.start.offset, replacement!.end.offset), replacement!.text);
    // the words that are wrong: a name or a word, within the finding's place, never a sentence
    assert.match(replacement!.text, /^[\p{L}.'’-]+(?: [\p{L}.'’-]+)?$/u, finding.message);
    const first = finding.locations[0]!;
    assert.ok(replacement!.start.offset >= first.start.offset && replacement!.end.offset <= first.end.offset, finding.message);
    assert.notEqual(replacement!.replacement, replacement!.text);
  }
});

test('SARIF: the fix as SARIF 2.1.0 fixes, a deleted region and the text inserted', async () => {
  const sarif = JSON.parse(await render(await check(['corpus/01-seed-huawei/article.txt']), 'sarif')) as { runs: { results: { ruleId: string; fixes?: unknown[] }[] }[] };
  const results = sarif.runs[0]!.results;
  assert.deepEqual(results.filter((r) => r.fixes).map((r) => r.ruleId), ['name-form', 'name-form']);
  assert.equal(results.filter((r) => r.ruleId === 'repeated-claim' && r.fixes).length, 0);
  assert.deepEqual(results.find((r) => r.fixes)!.fixes, [
    {
      description: { text: 'Replace “Zhengfei” with “Ren”' },
      artifactChanges: [
        {
          artifactLocation: { uri: 'corpus/01-seed-huawei/article.txt' },
          replacements: [
            {
              deletedRegion: { startLine: 7, startColumn: 21, endLine: 7, endColumn: 29, charOffset: 443, charLength: 8, snippet: { text: 'Zhengfei' } },
              insertedContent: { text: 'Ren' },
            },
          ],
        },
      ],
    },
  ]);
});

test('the remark plugin sets expected only for an exact fix: the place with only the wrong word replaced', async () => {
  const file = new VFile({ path: 'names.md', value: NAMES });
  await remark().use(copydesk, { noConfig: true }).process(file);
  assert.deepEqual(
    file.messages.map((m) => ({ ruleId: m.ruleId, line: m.line, column: m.column, actual: m.actual, expected: m.expected })),
    [{ ruleId: 'name-form', line: 5, column: 1, actual: 'Alexei Golodriga', expected: ['Alexei Golodryga'] }],
  );
});
