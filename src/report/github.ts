import type { Severity } from '../model/finding.js';
import type { FindingsReport } from '../model/report.js';

const COMMAND: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'notice' };

/** Workflow-command escaping: data and property values each have their own set. */
function data(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function property(text: string): string {
  return data(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/** GitHub Actions workflow commands: one `::error file=…::message` line per finding, shown on the pull request. */
export function formatGithub(report: Pick<FindingsReport, 'findings'>): string {
  const lines = report.findings.map((finding) => {
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
  return lines.length ? `${lines.join('\n')}\n` : '';
}
