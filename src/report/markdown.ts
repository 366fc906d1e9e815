import type { Finding } from '../model/finding.js';
import type { BatchReport, JsonReport } from '../model/report.js';
import { summarise } from './json.js';

/**
 * Markdown, for a pull request comment, a GitHub job summary or a wiki page: the counts, then a table
 * of findings for each file (check, diff) or story (batch). Everything from an article, a file name
 * or a rule pack is escaped, so no text in a report becomes a link, an image or HTML.
 */
export function formatMarkdown(report: JsonReport): string {
  const groups = new Map<string, Finding[]>();
  for (const file of report.files) groups.set(file.path, []);
  for (const finding of report.findings) {
    const path = finding.locations[0]!.path;
    groups.set(path, [...(groups.get(path) ?? []), finding]);
  }
  const lines = [`# copydesk ${report.command} report`, '', summaryLine(report.findings, report.summary.files, 'file', report.tool.version), ''];
  for (const step of (report.diffs ?? []).flatMap((d) => d.steps)) {
    const counts = Object.entries(step.counts).filter(([, n]) => n > 0).map(([kind, n]) => `${n} ${kind}`);
    lines.push(`- ${escape(step.old)} → ${escape(step.new)}: ${counts.join(', ') || 'no sentences'}`);
  }
  if (report.diffs?.length) lines.push('');
  let clean = 0;
  for (const [path, findings] of groups) {
    if (findings.length === 0) {
      clean++;
      continue;
    }
    lines.push(`## ${escape(path)}`, '', ...table(findings, false), '');
  }
  if (clean) lines.push(`✓ ${clean} ${clean === 1 ? 'file' : 'files'} without findings`, '');
  return `${lines.join('\n').trimEnd()}\n`;
}

/** Markdown of an archive run: the counts, then a table for each story with findings. */
export function formatBatchMarkdown(report: BatchReport): string {
  const findings = report.stories.flatMap((s) => s.findings);
  const lines = ['# copydesk archive report', '', summaryLine(findings, report.stories.length, 'story', report.tool.version), ''];
  let clean = 0;
  for (const story of report.stories) {
    if (story.findings.length === 0) {
      clean++;
      continue;
    }
    const what = story.command === 'diff' ? `diff of ${story.files.map(escape).join(' → ')}` : `check of ${story.files.map(escape).join(', ')}`;
    lines.push(`## ${escape(story.id)}`, '', what, '', ...table(story.findings, true), '');
  }
  if (clean) lines.push(`✓ ${clean} ${clean === 1 ? 'story' : 'stories'} without findings`, '');
  return `${lines.join('\n').trimEnd()}\n`;
}

function summaryLine(findings: Finding[], units: number, unit: 'file' | 'story', version: string): string {
  const c = summarise(findings);
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  return `**${plural(c.error, 'error')}, ${plural(c.warning, 'warning')}, ${c.info} info** in ${units} ${unit === 'story' ? (units === 1 ? 'story' : 'stories') : plural(units, 'file').replace(/^\d+ /, '')} · copydesk ${escape(version)}`;
}

function table(findings: Finding[], withPath: boolean): string[] {
  const rows = findings.map((finding) => {
    const at = finding.locations[0]!;
    const where = `${withPath ? `${escape(at.path)} ` : ''}${at.start.line}:${at.start.column}`;
    const severity = finding.lowConfidence ? `${finding.severity} (worth a look)` : finding.severity;
    return `| ${where} | ${severity} | ${escape(finding.message)} | ${escape(finding.ruleId)} |`;
  });
  return ['| where | severity | finding | rule |', '| --- | --- | --- | --- |', ...rows];
}

/**
 * Text as Markdown shows it literally: every mark that could start inline markup (emphasis, code,
 * links, HTML, entities, table cells, strike-through, maths, GitHub's mentions and issue links) is
 * backslash-escaped, as CommonMark allows before any ASCII punctuation; a line break would end a
 * table row, so it becomes a space.
 */
export function escape(text: string): string {
  return text.replace(/[\r\n]+/g, ' ').replace(/[\\`*_[\]<>|~&!$#@]/g, (c) => `\\${c}`);
}
