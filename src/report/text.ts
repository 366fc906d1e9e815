import type { Finding, Severity } from '../model/finding.js';
import { printable } from '../base/printable.js';
import { omittedNote } from './omitted.js';

export interface TextOptions {
  color: boolean;
}

const COLORS: Record<Severity, string> = { error: '\u001b[31m', warning: '\u001b[33m', info: '\u001b[36m' };
const DIM = '\u001b[2m';
const RESET = '\u001b[0m';

/**
 * The terminal format, grouped by file like eslint's stylish and Vale's CLI output: one line per
 * finding with line:column, severity, message and rule id, then a summary line.
 */
export function formatText(findings: Finding[], files: readonly { path: string; omitted?: number }[], options: TextOptions): string {
  const paint = (code: string, text: string) => (options.color ? `${code}${text}${RESET}` : text);
  const lines: string[] = [];
  const byFile = new Map<string, Finding[]>();
  const omitted = new Map<string, number>();
  for (const file of files) {
    byFile.set(file.path, []);
    if (file.omitted) omitted.set(file.path, (omitted.get(file.path) ?? 0) + file.omitted);
  }
  for (const finding of findings) {
    const path = finding.locations[0]!.path;
    if (!byFile.has(path)) byFile.set(path, []);
    byFile.get(path)!.push(finding);
  }
  for (const [path, list] of byFile) {
    if (list.length === 0) continue;
    lines.push(paint('\u001b[4m', printable(path)));
    for (const finding of list) {
      const at = finding.locations[0]!.start;
      const position = `${at.line}:${at.column}`.padEnd(8);
      const severity = paint(COLORS[finding.severity], finding.severity.padEnd(8));
      // a finding demoted for low confidence says so: "worth a look", not a defect
      const unsure = finding.lowConfidence ? paint(DIM, ' (worth a look)') : '';
      lines.push(`  ${position}${severity}${printable(finding.message)}${unsure}  ${paint(DIM, finding.ruleId)}`);
    }
    const left = omitted.get(path);
    if (left) lines.push(`  ${omittedNote(left)}`);
    lines.push('');
  }
  const counts = { error: 0, warning: 0, info: 0 };
  for (const finding of findings) counts[finding.severity]++;
  const count = files.length;
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  if (findings.length === 0) lines.push(`✓ ${plural(count, 'file')} checked, no findings`);
  else lines.push(`${plural(counts.error, 'error')}, ${plural(counts.warning, 'warning')}, ${counts.info} info in ${plural(count, 'file')}`);
  return `${lines.join('\n')}\n`;
}

/** The terminal format of `copydesk diff`: what each step did to the sentences, then the findings. */
export function formatDiffText(
  steps: { old: string; new: string; counts: Record<string, number> }[],
  findings: Finding[],
  files: readonly { path: string; omitted?: number }[],
  options: TextOptions,
): string {
  const lines = steps.map(({ old, new: current, counts }) => {
    const parts = Object.entries(counts)
      .filter(([, n]) => n > 0)
      .map(([kind, n]) => `${n} ${kind}`);
    return `${printable(old)} → ${printable(current)}: ${parts.join(', ') || 'no sentences'}`;
  });
  return `${lines.join('\n')}${lines.length ? '\n\n' : ''}${formatText(findings, files, options)}`;
}
