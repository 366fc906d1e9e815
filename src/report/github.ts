import type { Severity } from '../model/finding.js';
import { printable } from '../base/printable.js';
import type { FindingsReport } from '../model/report.js';
import { omissions, omittedNote } from './omitted.js';

const COMMAND: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'notice' };

/** Workflow-command escaping: data and property values each have their own set. */
function data(text: string): string {
  return printable(text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A'));
}

function property(text: string): string {
  return data(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/** GitHub shows at most 10 annotations of a kind per step and 50 per job: more only bury the first. */
const MAX_ANNOTATIONS = 50;

/**
 * GitHub Actions workflow commands: one `::error file=…::message` line per error or warning (errors
 * first, at most MAX_ANNOTATIONS), shown on the pull request's lines. Info findings and what is past
 * the cap are counted in one notice that points to the job summary (the Markdown report).
 */
export function formatGithub(report: Pick<FindingsReport, 'findings' | 'files'>, max = MAX_ANNOTATIONS): string {
  const raised = report.findings.filter((f) => f.severity !== 'info').sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1));
  const shown = raised.slice(0, max);
  const lines = shown.map((finding) => {
    const at = finding.locations[0]!;
    const props = [
      `file=${property(at.path)}`,
      `line=${at.start.line}`,
      `endLine=${at.end.line}`,
      `col=${at.start.column}`,
      `endColumn=${at.end.column}`,
      `title=${property(`copydesk ${finding.ruleId}`)}`,
    ].join(',');
    return `::${COMMAND[finding.severity]} ${props}::${data(finding.message)}`;
  });
  const more = raised.length - shown.length;
  const info = report.findings.length - raised.length;
  if (more > 0 || info > 0) {
    const parts = [more > 0 ? `${more} more warning${more === 1 ? '' : 's'} or error${more === 1 ? '' : 's'}` : '', info > 0 ? `${info} info finding${info === 1 ? '' : 's'}` : ''].filter(Boolean);
    lines.push(`::notice title=${property('copydesk')}::${data(`${parts.join(' and ')} not shown as annotations: see the job summary or the full report`)}`);
  }
  // a file the cap cut short says so on the file
  for (const { path, omitted } of omissions(report.files)) lines.push(`::notice file=${property(path)},title=${property('copydesk')}::${data(omittedNote(omitted))}`);
  return lines.length ? `${lines.join('\n')}\n` : '';
}
