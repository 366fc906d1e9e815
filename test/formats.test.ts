import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { check, diff, render } from '../src/api.js';
import { formatText } from '../src/report/text.js';
import { cli } from './support/cli.js';
import { tempDir, writeFile } from './support/fixtures.js';
import { sarifValidator } from './support/sarif.js';

const SEED = 'corpus/01-seed-huawei/article.txt';

interface SarifRegion {
  startLine: number;
  startColumn: number;
  endLine: number;
  endColumn: number;
}
interface SarifLocation {
  physicalLocation: { region: SarifRegion };
}
interface SarifRun {
  tool: { driver: { rules: { shortDescription: { text: string } }[] } };
  results: { locations: SarifLocation[]; relatedLocations?: SarifLocation[]; partialFingerprints: Record<string, string> }[];
}

test('SARIF 2.1.0: validates against the official schema, rules described, related places, no line or column 0', async () => {
  const validate = sarifValidator();
  const versions = ['corpus/20-carmaker-job-cuts-number-date/v1.md', 'corpus/20-carmaker-job-cuts-number-date/v2.md'];
  for (const report of [await check([SEED, 'corpus/05-bus-crash-death-toll/article.md']), await diff(versions)]) {
    const sarif = JSON.parse(await render(report, 'sarif')) as { runs: SarifRun[] };
    const valid: boolean = validate(sarif);
    assert.ok(valid, JSON.stringify(validate.errors?.slice(0, 3), null, 2));
    const run = sarif.runs[0]!;
    assert.ok(run.tool.driver.rules.every((r) => r.shortDescription.text.length > 0));
    for (const result of run.results) {
      for (const location of [...result.locations, ...(result.relatedLocations ?? [])]) {
        const region = location.physicalLocation.region;
        assert.ok(region.startLine >= 1 && region.startColumn >= 1 && region.endLine >= 1 && region.endColumn >= 1);
      }
      assert.match(result.partialFingerprints['copydesk/v1'] ?? '', /^[0-9a-f]{32}$/);
    }
  }
  const seed = JSON.parse(await render(await check([SEED]), 'sarif')).runs[0];
  const arrest = seed.results.find((r: { message: { text: string } }) => r.message.text.startsWith('Arrest of Meng'));
  assert.equal(arrest.relatedLocations.length, 1, 'the first telling of the arrest is the related location');
  assert.equal(arrest.relatedLocations[0].physicalLocation.region.startLine, 11);
  assert.equal(arrest.level, 'warning');
});

test('SARIF fingerprints stay the same when text elsewhere in the file moves', async () => {
  const dir = tempDir();
  const text = '# T\n\nAna Ruiz was arrested in Porto on Monday.\n\nThe court met on Tuesday.\n\nRuiz was arrested in Porto, police said.\n';
  const file = writeFile(dir, 'a.md', text);
  const print = async () => JSON.parse(await render(await check([file]), 'sarif')).runs[0].results.map((r: { partialFingerprints: Record<string, string>; locations: { physicalLocation: { region: { startLine: number } } }[] }) => [r.partialFingerprints['copydesk/v1'], r.locations[0]!.physicalLocation.region.startLine]);
  const before = await print();
  writeFile(dir, 'a.md', text.replace('# T\n\n', '# T\n\nA new opening paragraph about the harbour.\n\n'));
  const after = await print();
  assert.equal(before.length, 1);
  assert.equal(after[0][0], before[0][0], 'same fingerprint');
  assert.equal(after[0][1], before[0][1] + 2, 'though the finding moved two lines down');
});

test('GitHub workflow commands: one line per finding with file, lines, columns and title; data escaped', async () => {
  const lines = (await render(await check([SEED]), 'github')).trimEnd().split('\n');
  assert.equal(lines.length, 5);
  for (const line of lines) assert.match(line, /^::warning file=corpus\/01-seed-huawei\/article\.txt,line=\d+,endLine=\d+,col=\d+,endColumn=\d+,title=copydesk [a-z-]+::\S/);
  assert.ok(lines.some((l) => l.includes('line=23,endLine=23,col=1,endColumn=93,title=copydesk repeated-claim::Arrest of Meng Wanzhou in Canada is reported twice (paragraphs 5 and 10)')));
  const dir = tempDir();
  const odd = writeFile(dir, 'a,b:c.md', '# T\n\nAna Ruiz was arrested in Porto on Monday.\n\nThe court met on Tuesday.\n\nRuiz was arrested in Porto, police said.\n');
  const line = await render(await check([odd]), 'github');
  assert.match(line, /file=[^,]*a%2Cb%3Ac\.md,/);
});

test('JUnit XML parses, with a failing case per finding at warning or above and a passing case for a clean file', async () => {
  const xml = await render(await check([SEED, 'corpus/10-port-diesel-two-arrests/article.txt']), 'junit');
  const parsed = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === 'testsuite' || name === 'testcase' }).parse(xml);
  const suites = parsed.testsuites.testsuite as { '@_name': string; '@_failures': string; testcase: { failure?: { '@_message': string } }[] }[];
  assert.equal(suites.length, 2);
  const seed = suites.find((s) => s['@_name'].endsWith('01-seed-huawei/article.txt'))!;
  assert.equal(seed['@_failures'], '5');
  assert.ok(seed.testcase.every((c) => c.failure && c.failure['@_message'].length > 0));
  const clean = suites.find((s) => s['@_name'].includes('10-port-diesel'))!;
  assert.equal(clean['@_failures'], '0');
  assert.equal(parsed.testsuites['@_failures'], '5');
});

test('text: colour only when asked, and the CLI never colours output that is not a terminal (NO_COLOR too)', async () => {
  const report = await check([SEED]);
  assert.match(formatText(report.findings, [{ path: SEED }], { color: true }), /\u001b\[33mwarning/);
  assert.doesNotMatch(formatText(report.findings, [{ path: SEED }], { color: false }), /\u001b\[/);
  assert.doesNotMatch((await cli(['check', SEED], { env: { NO_COLOR: '' } })).stdout, /\u001b\[/);
});

test('several --format/--out pairs in one run, and --max-warnings', async () => {
  const dir = tempDir();
  const json = join(dir, 'r.json');
  const sarif = join(dir, 'r.sarif');
  const run = await cli(['check', SEED, '--format', 'json', '--out', json, '--format', 'sarif', '--out', sarif, '--format', 'github']);
  assert.equal(run.status, 0, run.stderr);
  assert.equal(JSON.parse(readFileSync(json, 'utf8')).summary.warning, 5);
  assert.equal(JSON.parse(readFileSync(sarif, 'utf8')).version, '2.1.0');
  assert.match(run.stdout, /^::warning /);
  assert.equal((await cli(['check', SEED, '--max-warnings', '4'])).status, 1);
  assert.equal((await cli(['check', SEED, '--max-warnings', '5'])).status, 0);
  for (const bad of ['-1', 'abc', '2.5']) {
    const run = await cli(['check', SEED, '--max-warnings', bad]);
    assert.equal(run.status, 2, bad);
    assert.match(run.stderr, /^copydesk: --max-warnings must be a whole number of at least 0 \(got .*\)\n$/);
  }
  const two = await cli(['check', SEED, '--format', 'json', '--format', 'sarif']);
  assert.equal(two.status, 2);
  assert.match(two.stderr, /only one report can go to stdout/);
});

test('GitHub workflow commands: errors first, capped, info findings and the rest counted in one notice', async () => {
  const dir = tempDir();
  const v1 = writeFile(dir, 'v1.md', '# Vote\n\nThe council approved the plan on Monday.\n\nThe minister was aware of the report in March.\n');
  const v2 = writeFile(dir, 'v2.md', '# Vote\n\nThe council rejected the plan on Monday.\n\nThe minister was unaware of the report in March.\n');
  const report = await diff([v1, v2], { noConfig: true });
  const { formatGithub } = await import('../src/report/github.js');
  const lines = formatGithub(report, 0).trimEnd().split('\n');
  assert.deepEqual(lines, ['::notice title=copydesk::1 more warning or error and 3 info findings not shown as annotations: see the job summary or the full report']);
  assert.match(formatGithub(report).split('\n')[0]!, /^::warning file=.*v2\.md,line=3,.*::Statement reversed in paragraph 1 \(antonym swapped in\): “approved” became “rejected”$/);
});
