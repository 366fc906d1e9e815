import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { checkText } from '../src/api.js';
import { printable, xmlSafe } from '../src/base/printable.js';
import type { Finding } from '../src/model/finding.js';
import type { FindingsReport } from '../src/model/report.js';
import { formatGithub } from '../src/report/github.js';
import { formatJunit } from '../src/report/junit.js';
import { formatSarif } from '../src/report/sarif.js';
import { cli } from './support/cli.js';
import { tempDir, writeFile } from './support/fixtures.js';
import { HOSTILE, runs } from './support/news-text.js';
import { sarifValidator } from './support/sarif.js';

// Hostile file names and text in the machine-read outputs: GitHub workflow commands, JUnit XML and
// SARIF. Whatever a name, a message or the copy holds, each stays one well-formed command, XML
// document or SARIF log, and reads back as what it was.

/** Text as a CI log may show it: line breaks kept, every other control character escaped (base/printable.ts). */
function shown(text: string): string {
  return text.split(/(\r|\n)/).map((part) => (part === '\r' || part === '\n' ? part : printable(part))).join('');
}

/**
 * A workflow command read back as the Actions runner reads it (actions/runner, ActionCommand.cs):
 * the command, its properties split at `,` and the first `=`, the message after the first `::` that
 * follows them; `%0D`, `%0A`, `%3A`, `%2C` (properties only) and then `%25` unescaped.
 */
function readCommand(line: string): { command: string; properties: Map<string, string>; message: string } {
  const match = /^::([a-z]+) ([^:]*)::(.*)$/s.exec(line);
  assert.ok(match, `a workflow command: ${JSON.stringify(line)}`);
  const unescape = (text: string, property: boolean) => {
    let out = text.replace(/%0D/g, '\r').replace(/%0A/g, '\n');
    if (property) out = out.replace(/%3A/g, ':').replace(/%2C/g, ',');
    return out.replace(/%25/g, '%');
  };
  const properties = new Map<string, string>();
  for (const pair of match[2]!.split(',')) {
    const at = pair.indexOf('=');
    assert.ok(at > 0, `a property: ${JSON.stringify(pair)}`);
    assert.ok(!properties.has(pair.slice(0, at)), `property ${pair.slice(0, at)} given once`);
    properties.set(pair.slice(0, at), unescape(pair.slice(at + 1), true));
  }
  return { command: match[1]!, properties, message: unescape(match[3]!, false) };
}

/** Names and words written to break outputs: separators of each format, controls, broken UTF-16. */
const hostileText = fc.oneof(
  fc.array(fc.constantFrom(...HOSTILE, '%0A', '%25', '%3A', '%2C', '=', ',', ':', '::error file=x.md::', ']]>', '<![CDATA[', '&', '"', "'", '<', '>', ' ', '#', '?', '/', '\\', 'é', '\u202e', 'a'), { minLength: 1, maxLength: 12 }).map((parts) => parts.join('')),
  fc.string({ unit: 'binary', minLength: 1, maxLength: 30 }),
);

/** A report of findings at the given names, with the given messages and quoted text. */
function reportOf(items: { path: string; message: string; text: string }[]): FindingsReport {
  const findings: Finding[] = items.map(({ path, message, text }, k) => ({
    ruleId: 'repeated-claim',
    category: 'repetition',
    severity: k % 3 === 0 ? 'error' : k % 3 === 1 ? 'warning' : 'info',
    message,
    confidence: 0.9,
    locations: [
      { path, start: { line: 3, column: 1, offset: 10 }, end: { line: 3, column: 5, offset: 14 }, text, role: 'repeated' },
      { path, start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 5, offset: 4 }, text, role: 'first' },
    ],
  }));
  return { tool: { name: 'copydesk', version: '0.1.0' }, rules: [], files: [...new Set(items.map((i) => i.path))].map((path) => ({ path })), findings };
}

const items = fc.array(fc.record({ path: hostileText, message: hostileText, text: hostileText }), { minLength: 1, maxLength: 4 });

test('property: GitHub annotations stay one command each and read back as the name and message they carry', () => {
  fc.assert(
    fc.property(items, (given) => {
      const report = reportOf(given);
      const lines = formatGithub(report).split('\n');
      assert.equal(lines.pop(), '', 'the output ends with a line break');
      const raised = report.findings.filter((f) => f.severity !== 'info');
      const info = report.findings.length - raised.length;
      assert.equal(lines.length, raised.length + (info > 0 ? 1 : 0), 'one line per annotation, and one notice for the info findings');
      const expected = [...raised.filter((f) => f.severity === 'error'), ...raised.filter((f) => f.severity === 'warning')];
      expected.forEach((finding, k) => {
        const command = readCommand(lines[k]!);
        assert.equal(command.command, finding.severity);
        assert.deepEqual([...command.properties.keys()], ['file', 'line', 'endLine', 'col', 'endColumn', 'title']);
        assert.equal(command.properties.get('file'), shown(finding.locations[0]!.path));
        assert.equal(command.properties.get('line'), '3');
        assert.equal(command.properties.get('title'), 'copydesk repeated-claim');
        assert.equal(command.message, shown(finding.message));
        assert.doesNotMatch(lines[k]!, /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/, 'no control character reaches the log');
      });
    }),
    runs(300),
  );
});

const xml = new XMLParser({ ignoreAttributes: false, parseTagValue: false, parseAttributeValue: false, trimValues: false, isArray: (name) => name === 'testsuite' || name === 'testcase' });

/** XML reads a line break as `\n` whatever it was written as. */
const lineEnds = (text: string) => text.replace(/\r\n?/g, '\n');

test('property: JUnit stays well-formed XML and reads back as the names and messages it carries', () => {
  fc.assert(
    fc.property(items, (given) => {
      const report = reportOf(given);
      const out = formatJunit(report);
      assert.equal(XMLValidator.validate(out), true, out);
      assert.doesNotMatch(out, /[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/u, 'only characters XML 1.0 can hold');
      const suites = xml.parse(out).testsuites.testsuite as { '@_name': string; testcase: { '@_file': string; failure?: { '@_message': string; '#text': string }; 'system-out'?: string }[] }[];
      assert.deepEqual(suites.map((s) => s['@_name']), report.files.map((f) => lineEnds(xmlSafe(f.path))));
      const cases = suites.flatMap((s) => s.testcase);
      const byFile = report.files.flatMap((f) => report.findings.filter((finding) => finding.locations[0]!.path === f.path));
      assert.equal(cases.length, byFile.length);
      byFile.forEach((finding, k) => {
        const testcase = cases[k]!;
        assert.equal(testcase['@_file'], lineEnds(xmlSafe(finding.locations[0]!.path)));
        if (finding.severity === 'info') assert.ok(testcase['system-out']!.startsWith(lineEnds(xmlSafe(finding.message))));
        else {
          assert.equal(testcase.failure!['@_message'], lineEnds(xmlSafe(finding.message)));
          assert.ok(testcase.failure!['#text'].includes(lineEnds(xmlSafe(`“${finding.locations[0]!.text}”`))));
        }
      });
    }),
    runs(200),
  );
});

test('property: SARIF stays valid against its schema, each file name an encoded URI that decodes back to it', () => {
  const validate = sarifValidator();
  fc.assert(
    fc.property(items, (given) => {
      const report = reportOf(given);
      const log = JSON.parse(formatSarif(report)) as { runs: { results: never[] }[] };
      assert.ok(validate(log), JSON.stringify(validate.errors?.slice(0, 3)));
      log.runs[0]!.results.forEach((result: { message: { text: string }; locations: { physicalLocation: { artifactLocation: { uri: string; uriBaseId?: string }; region: { snippet: { text: string } } } }[] }, k: number) => {
        const finding = report.findings[k]!;
        assert.equal(result.message.text, finding.message);
        const { artifactLocation, region } = result.locations[0]!.physicalLocation;
        assert.equal(region.snippet.text, finding.locations[0]!.text);
        // a URI reference has no space, no raw "%", and a "#" or "?" only where it means a fragment or a query
        assert.match(artifactLocation.uri, /^(file:\/\/)?([A-Za-z0-9\-._~!$&'()*+,;=:@/]|%[0-9A-F]{2})*$/);
        const path = finding.locations[0]!.path.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd');
        const decoded = decodeURIComponent(artifactLocation.uri.replace(/^file:\/\//, ''));
        if (artifactLocation.uriBaseId === '%SRCROOT%') assert.equal(decoded, path.replace(/\\/g, '/'));
        else assert.ok(/^\/|^[A-Za-z]:[\\/]/.test(path), `only an absolute name is a file: URI (${JSON.stringify(path)})`);
      });
    }),
    runs(150),
  );
});

/** What these tests read of a SARIF log. */
interface Sarif {
  runs: { artifacts: { location: { uri: string; uriBaseId?: string } }[]; results: { message: { text: string } }[]; tool: { driver: { rules: { id: string; shortDescription: { text: string } }[] } } }[];
}

const STORY = '# Arrest\n\nAna Ruiz was arrested in Porto on Monday.\n\nThe court met on Tuesday.\n\nRuiz was arrested in Porto, police said.\n';

test('hostile file names on disk (spaces, #, ?, %, :, a line break, U+202E, a workflow command) reach every output escaped', async () => {
  const dir = tempDir();
  const names = ['a b#c?d%e:f ñ.md', 'x%0A::error file=y.md::z,w:v.md', 'line\nbreak.md', `rlo\u202edm.md`, 'per%25cent%.md'];
  for (const name of names) writeFile(dir, name, STORY);
  const run = async (format: string) => {
    const result = await cli(['check', ...names, '--format', format], { cwd: dir });
    assert.equal(result.status, 0, result.stderr);
    return result.stdout;
  };
  const github = (await run('github')).trimEnd().split('\n');
  assert.equal(github.length, names.length, 'one annotation per file, each on one line');
  assert.deepEqual(github.map((line) => readCommand(line).properties.get('file')).sort(), names.map(shown).sort());
  const junit = await run('junit');
  assert.equal(XMLValidator.validate(junit), true);
  assert.deepEqual((xml.parse(junit).testsuites.testsuite as { '@_name': string }[]).map((s) => s['@_name']).sort(), names.map(xmlSafe).sort());
  const sarif = JSON.parse(await run('sarif')) as Sarif;
  const validate = sarifValidator();
  assert.ok(validate(sarif), JSON.stringify(validate.errors?.slice(0, 3)));
  const artifacts = sarif.runs[0]!.artifacts.map((a) => a.location);
  assert.deepEqual(artifacts.map((a) => [decodeURIComponent(a.uri), a.uriBaseId]).sort(), names.map((name) => [name, '%SRCROOT%']).sort());
  assert.ok(artifacts.some((a) => a.uri === 'a%20b%23c%3Fd%25e%3Af%20%C3%B1.md'));
});

test('a rule pack whose message holds a line break, a workflow command, % and XML keeps every output one well-formed piece', async () => {
  const dir = tempDir();
  const article = writeFile(dir, 'story.md', STORY);
  const message = '{claim}\n::error file=x.md,line=1::injected %0A 100% <a href="x">&amp;</a> ]]> ({where})';
  writeFile(dir, 'pack.yaml', `name: house\nrules:\n  - id: house-repeat\n    kind: repetition\n    category: repetition\n    severity: error\n    description: 'Told twice </failure>]]>'\n    message: ${JSON.stringify(message)}\n`);
  const said = 'Arrest of Ana Ruiz in Porto (Monday)\n::error file=x.md,line=1::injected %0A 100% <a href="x">&amp;</a> ]]> (paragraphs 1 and 3)';
  const run = async (format: string) => {
    const result = await cli(['check', article, '--rules', 'pack.yaml', '--format', format], { cwd: dir });
    assert.equal(result.status, 1, result.stderr);
    return result.stdout;
  };
  const github = (await run('github')).trimEnd().split('\n').map(readCommand);
  assert.deepEqual(github.map((c) => [c.command, c.properties.get('title'), c.message]), [['error', 'copydesk house-repeat', said], ['warning', 'copydesk repeated-claim', 'Arrest of Ana Ruiz in Porto (Monday) is reported twice (paragraphs 1 and 3)']]);
  const junit = await run('junit');
  assert.equal(XMLValidator.validate(junit), true);
  const failures = (xml.parse(junit).testsuites.testsuite[0].testcase as { failure: { '@_message': string } }[]).map((c) => c.failure['@_message']);
  assert.ok(failures.includes(said), failures.join(' | '));
  const sarif = JSON.parse(await run('sarif')) as Sarif;
  assert.ok(sarifValidator()(sarif));
  assert.ok(sarif.runs[0]!.results.some((r) => r.message.text === said));
  assert.equal(sarif.runs[0]!.tool.driver.rules.find((r) => r.id === 'house-repeat')?.shortDescription.text, 'Told twice </failure>]]>');
});

test('the library\'s render of a report holding a broken file name (a lone surrogate) is still SARIF', () => {
  const report = checkText(STORY, { path: 'story.md', noConfig: true });
  const broken = { ...report, findings: report.findings.map((f) => ({ ...f, locations: f.locations.map((l) => ({ ...l, path: 'sto\ud800ry.md' })) })) };
  const log = JSON.parse(formatSarif(broken));
  assert.equal(log.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri, 'sto%EF%BF%BDry.md');
});
