/**
 * The Markdown report (`--format markdown`): made for a pull-request comment or
 * `$GITHUB_STEP_SUMMARY`. A heading with the totals, one table row per file with its counts, then
 * each finding (warnings and errors first) with its places; for `diff`, the old and the new sentence
 * with the words the edit changed struck and marked. Capped, as a comment is: past `maxFindings` the
 * rest are counted and the full report linked (`link`). Everything from the copy is escaped: article
 * text and file names are never read as Markdown or HTML.
 */
import type { Finding, Location, Severity } from '../model/finding.js';
import type { BatchReport, DiffEntry, JsonReport, PairEntry } from '../model/report.js';
import { omissions, omittedNote } from './omitted.js';

export interface MarkdownOptions {
  /** Findings listed in full; the rest are counted (GitHub comments stop at 65,536 characters). */
  maxFindings?: number;
  /** Where the full report is (a URL or a path), linked after the cap. */
  link?: string;
}

const DEFAULT_MAX = 50;
const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Markdown-safe text: characters Markdown or HTML would read are escaped, line breaks become spaces. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\r\n\u2028\u2029]+/g, ' ')
    .replace(/[\\`*_[\]|<>~&]/g, (ch) => (ch === '<' ? '&lt;' : ch === '>' ? '&gt;' : ch === '&' ? '&amp;' : `\\${ch}`));
}

function count(findings: Finding[], severity: Severity): number {
  return findings.filter((f) => f.severity === severity).length;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

function totals(findings: Finding[]): string {
  return `${plural(count(findings, 'error'), 'error')}, ${plural(count(findings, 'warning'), 'warning')}, ${count(findings, 'info')} info`;
}

export function formatMarkdown(report: JsonReport, options: MarkdownOptions = {}): string {
  const { findings } = report;
  const out: string[] = [];
  out.push(`### copydesk ${report.command}: ${totals(findings)} in ${plural(report.files.length, 'file')}`, '');
  if (report.files.length > 0) {
    out.push('| file | errors | warnings | info |', '| --- | ---: | ---: | ---: |');
    for (const file of report.files) {
      const own = findings.filter((f) => f.locations[0]?.path === file.path);
      out.push(`| ${escapeMarkdown(file.path)} | ${count(own, 'error')} | ${count(own, 'warning')} | ${count(own, 'info')} |`);
    }
    out.push('');
  }
  for (const problem of report.unreadable ?? []) out.push(`- **could not read** ${escapeMarkdown(problem.path)}: ${escapeMarkdown(problem.message)}`);
  if (report.unreadable?.length) out.push('');
  const cut = omissions(report.files);
  for (const { path, omitted } of cut) out.push(`- **not all shown** ${escapeMarkdown(path)}: ${escapeMarkdown(omittedNote(omitted))}`);
  if (cut.length) out.push('');
  return findingsList(out, findings, report.diffs ?? [], options);
}

/**
 * The Markdown report of an archive run (`batch`, or its shards merged): the totals, a row per story
 * with findings (the clean ones counted), then the findings, capped as for check and diff.
 */
export function formatBatchMarkdown(report: BatchReport, options: MarkdownOptions = {}): string {
  const findings = report.stories.flatMap((story) => story.findings);
  const stories = report.stories.length;
  const out = [`### copydesk batch: ${totals(findings)} in ${stories} ${stories === 1 ? 'story' : 'stories'}`, ''];
  const flagged = report.stories.filter((story) => story.findings.length > 0);
  if (flagged.length > 0) {
    out.push('| story | files | errors | warnings | info |', '| --- | --- | ---: | ---: | ---: |');
    for (const story of flagged) {
      const files = story.files.map(escapeMarkdown).join(story.command === 'diff' ? ' → ' : ', ');
      out.push(`| ${escapeMarkdown(story.id)} | ${files} | ${story.summary.error} | ${story.summary.warning} | ${story.summary.info} |`);
    }
    out.push('');
  }
  const clean = stories - flagged.length;
  if (clean > 0) out.push(`${clean} ${clean === 1 ? 'story' : 'stories'} without findings.`, '');
  const cut = report.stories.filter((story) => story.summary.omitted);
  for (const story of cut) out.push(`- **not all shown** ${escapeMarkdown(story.id)}: ${escapeMarkdown(omittedNote(story.summary.omitted!))}`);
  if (cut.length) out.push('');
  return findingsList(out, findings, [], options);
}

/** The findings after the heading lines: warnings and errors first, at most `maxFindings`. */
function findingsList(out: string[], findings: Finding[], diffs: DiffEntry[], options: MarkdownOptions): string {
  const max = options.maxFindings ?? DEFAULT_MAX;
  if (findings.length === 0) {
    out.push('No findings.', '');
    return `${out.join('\n')}\n`;
  }
  // warnings and errors first, then the notes; within a severity, in report order
  const ordered = findings.map((f, k) => ({ f, k })).sort((a, b) => RANK[a.f.severity] - RANK[b.f.severity] || a.k - b.k).map(({ f }) => f);
  for (const finding of ordered.slice(0, max)) out.push(...findingLines(finding, diffs));
  if (ordered.length > max) {
    const rest = ordered.length - max;
    // brackets and spaces would end the link's address early
    const href = options.link?.replace(/[()\s]/g, (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
    out.push('', `… and ${plural(rest, 'more finding')}${href ? ` in [the full report](${href})` : ''}.`);
  }
  return `${out.join('\n')}\n`;
}

function findingLines(finding: Finding, diffs: DiffEntry[]): string[] {
  const at = finding.locations[0]!;
  const label = finding.lowConfidence ? 'worth a look' : finding.severity;
  const lines = [`- **${label}** \`${finding.ruleId}\` ${escapeMarkdown(at.path)}:${at.start.line}: ${escapeMarkdown(finding.message)}`];
  const change = sentencesOf(finding, diffs);
  if (change) {
    lines.push(`  - old: ${change.old}`, `  - new: ${change.new}`);
    return lines;
  }
  for (const place of finding.locations) lines.push(`  - ${place.role ?? 'at'}: ${escapeMarkdown(place.path)}:${place.start.line} “${escapeMarkdown(excerpt(place.text))}”`);
  return lines;
}

function excerpt(text: string, max = 120): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

/**
 * For a change finding of a diff: the aligned old and new sentences it stands in, the deleted words
 * struck (~~…~~) and the inserted ones bold.
 */
function sentencesOf(finding: Finding, diffs: DiffEntry[]): { old: string; new: string } | undefined {
  const current = finding.locations.find((l) => l.role === 'new');
  if (!current) return undefined;
  for (const diff of diffs) {
    for (const step of diff.steps) {
      if (step.new !== current.path) continue;
      const pair = step.pairs.find((p) => p.new.some((s) => s.start <= current.start.offset && current.start.offset < s.end));
      if (pair?.ops) return marked(pair);
    }
  }
  return undefined;
}

function marked(pair: PairEntry): { old: string; new: string } {
  const old: string[] = [];
  const now: string[] = [];
  for (const op of pair.ops ?? []) {
    const text = escapeMarkdown(op.text);
    if (op.op === 'equal') {
      old.push(text);
      now.push(text);
    } else if (op.op === 'delete' && op.text.trim()) old.push(`~~${text.trim()}~~${/\s$/.test(op.text) ? ' ' : ''}`);
    else if (op.op === 'insert' && op.text.trim()) now.push(`**${text.trim()}**${/\s$/.test(op.text) ? ' ' : ''}`);
  }
  return { old: excerpt(old.join('').trim(), 400), new: excerpt(now.join('').trim(), 400) };
}

export type { Location };
