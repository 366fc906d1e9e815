import { XMLBuilder } from 'fast-xml-parser';
import type { Finding } from '../model/finding.js';
import type { BatchReport, FindingsReport } from '../model/report.js';
import { xmlSafe } from '../base/printable.js';
import { omittedNote } from './omitted.js';

/** A test suite: a file of check or diff, a story of batch. */
interface Suite {
  name: string;
  file: string;
  findings: Finding[];
  /** Findings left out past the cap, said in the suite's system-out. */
  omitted?: number;
}

/**
 * JUnit XML, as CI servers read it: a test suite per file, a failing test case per finding at warning
 * or above (info findings pass, their message kept in system-out), a passing case for a clean file.
 */
export function formatJunit(report: FindingsReport): string {
  const byFile = new Map<string, Finding[]>();
  const omitted = new Map<string, number>();
  for (const file of report.files) {
    byFile.set(file.path, []);
    if (file.omitted) omitted.set(file.path, (omitted.get(file.path) ?? 0) + file.omitted);
  }
  for (const finding of report.findings) {
    const path = finding.locations[0]!.path;
    if (!byFile.has(path)) byFile.set(path, []);
    byFile.get(path)!.push(finding);
  }
  return junit([...byFile].map(([path, findings]) => ({ name: path, file: path, findings, omitted: omitted.get(path) })));
}

/** JUnit XML of an archive run: a test suite per story, named by its id. */
export function formatBatchJunit(report: BatchReport): string {
  return junit(report.stories.map((story) => ({ name: story.id, file: story.files[story.files.length - 1] ?? story.id, findings: story.findings, omitted: story.summary.omitted })));
}

function junit(groups: Suite[]): string {
  let tests = 0;
  let failures = 0;
  const suites = groups.map(({ name, file, findings, omitted }) => {
    const cases = findings.map((finding) => {
      const at = finding.locations[0]!;
      const testcase: Record<string, unknown> = { '@_name': `${finding.ruleId} at ${at.start.line}:${at.start.column}`, '@_classname': `copydesk.${finding.ruleId}`, '@_file': xmlSafe(at.path) };
      const detail = xmlSafe(finding.locations.map((l) => `${l.path}:${l.start.line}:${l.start.column}${l.role ? ` (${l.role})` : ''} “${l.text}”`).join('\n'));
      if (finding.severity === 'info') testcase['system-out'] = `${xmlSafe(finding.message)}\n${detail}`;
      else testcase['failure'] = { '@_message': xmlSafe(finding.message), '@_type': finding.severity, '#text': detail };
      return testcase;
    });
    if (cases.length === 0) cases.push({ '@_name': 'no findings', '@_classname': 'copydesk', '@_file': xmlSafe(file) });
    const failed = findings.filter((f) => f.severity !== 'info').length;
    tests += cases.length;
    failures += failed;
    const suite: Record<string, unknown> = { '@_name': xmlSafe(name), '@_tests': cases.length, '@_failures': failed, '@_errors': 0, '@_skipped': 0, testcase: cases };
    if (omitted) suite['system-out'] = xmlSafe(omittedNote(omitted));
    return suite;
  });
  const builder = new XMLBuilder({ ignoreAttributes: false, format: true, indentBy: '  ', suppressEmptyNode: true });
  const xml = builder.build({ testsuites: { '@_name': 'copydesk', '@_tests': tests, '@_failures': failures, '@_errors': 0, testsuite: suites } }) as string;
  return `<?xml version="1.0" encoding="UTF-8"?>\n${xml}`;
}
