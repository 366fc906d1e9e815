/**
 * The real-copy benchmark's shared parts (corpus/real/README.md): document ids, the tune/frozen split,
 * the stable key of a finding, the judgements file and the word count.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const REAL_DIR = join('corpus', 'real');
export const SPLIT_FILE = join(REAL_DIR, 'split.json');
export const JUDGEMENTS_FILE = join(REAL_DIR, 'judgements.jsonl');

export type Split = 'tune' | 'frozen';
export type Mode = 'check' | 'diff';
export type Verdict = 'TRUE' | 'DEBATABLE' | 'FALSE';

export function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** A SummEdits news document is named by a short hash of its text (its text never enters the repository). */
export function summeditsId(doc: string): string {
  return `summedits-${sha256(doc).slice(0, 10)}`;
}

export function isSummedits(id: string): boolean {
  return id.startsWith('summedits-');
}

/**
 * The split's unit: a Wikinews article and all its revision pairs go together ("wikinews-123-2" →
 * "wikinews-123"), so a frozen article's text is never seen while tuning through one of its revisions.
 */
export function unitOf(id: string): string {
  const m = /^(wikinews-\d+)-\d+$/.exec(id);
  return m ? m[1]! : id;
}

/** Where the SummEdits data set is read from, when it is there: ../shared/external or COPYDESK_EXTERNAL. */
export function externalDirIfPresent(): string | undefined {
  const dir = resolve(process.env['COPYDESK_EXTERNAL'] ?? join(process.cwd(), '..', 'shared', 'external'));
  return existsSync(dir) ? dir : undefined;
}

/** The distinct SummEdits news documents, in the order they first appear, or undefined when absent. */
export function summeditsDocuments(external = externalDirIfPresent()): { id: string; text: string }[] | undefined {
  const file = external && join(external, 'summedits-news', 'summedits_news.json');
  if (!file || !existsSync(file)) return undefined;
  const rows = JSON.parse(readFileSync(file, 'utf8')) as { doc: string }[];
  const seen = new Map<string, string>();
  for (const row of rows) if (!seen.has(row.doc)) seen.set(row.doc, summeditsId(row.doc));
  return [...seen].map(([text, id]) => ({ id, text }));
}

export interface SplitFile {
  rule: string;
  /** Split unit (Wikinews article or SummEdits document) → its part. */
  units: Record<string, Split>;
}

export const SPLIT_RULE =
  'Units are Wikinews articles (with their revision pairs) and SummEdits documents. Within each source, the units are ' +
  'sorted by sha256("copydesk-real-split:" + unit id) and the first third (rounded) is frozen, the rest tune. ' +
  'Units already in this file keep their part when the corpus is rebuilt; new units are split among themselves by the same rule.';

/** Assigns new units by the rule, keeping every unit already assigned. */
export function assignSplit(units: string[], existing: Record<string, Split> = {}): Record<string, Split> {
  const result: Record<string, Split> = {};
  for (const unit of units) if (existing[unit]) result[unit] = existing[unit]!;
  const fresh = units.filter((unit) => !existing[unit]);
  const bySource = new Map<string, string[]>();
  for (const unit of fresh) {
    const source = unit.slice(0, unit.indexOf('-'));
    bySource.set(source, [...(bySource.get(source) ?? []), unit]);
  }
  for (const group of bySource.values()) {
    const ranked = [...group].sort((a, b) => {
      const ha = sha256(`copydesk-real-split:${a}`);
      const hb = sha256(`copydesk-real-split:${b}`);
      return ha < hb ? -1 : ha > hb ? 1 : 0;
    });
    const frozen = Math.round(ranked.length / 3);
    ranked.forEach((unit, k) => (result[unit] = k < frozen ? 'frozen' : 'tune'));
  }
  return Object.fromEntries(Object.entries(result).sort(([a], [b]) => compareIds(a, b)));
}

/** Ids in a readable order: by source, then by number where the ids carry one. */
export function compareIds(a: string, b: string): number {
  const na = /^wikinews-(\d+)(?:-(\d+))?$/.exec(a);
  const nb = /^wikinews-(\d+)(?:-(\d+))?$/.exec(b);
  if (na && nb) return Number(na[1]) - Number(nb[1]) || Number(na[2] ?? 0) - Number(nb[2] ?? 0);
  return a < b ? -1 : a > b ? 1 : 0;
}

export function readSplit(file = SPLIT_FILE): SplitFile {
  return JSON.parse(readFileSync(file, 'utf8')) as SplitFile;
}

/** A document's part: from split.json, or by the rule for a unit the file does not list yet. */
export function splitOf(id: string, split: SplitFile): Split {
  const unit = unitOf(id);
  return split.units[unit] ?? assignSplit([unit])[unit]!;
}

const norm = (text: string) => text.replace(/\s+/g, ' ').trim();

/**
 * The stable key of a finding: document id, rule id and the text of each of its locations in order,
 * whitespace-normalised, joined by " | ". Offsets, line numbers, messages, severities and evidence are
 * left out, so the key survives changes to copydesk that do not change what is reported about which
 * words. For SummEdits documents each location text is replaced by "#" and the first 12 hex digits of
 * its sha256, so no article text lands in the repository.
 */
export function judgementKey(id: string, ruleId: string, locationTexts: string[]): string {
  const texts = locationTexts.map((text) => (isSummedits(id) ? `#${sha256(norm(text)).slice(0, 12)}` : norm(text)));
  return [id, ruleId, ...texts].join(' | ');
}

/**
 * Keys for the findings of one document, in report order: a second finding with the same key (same
 * rule, same words) gets " #2", a third " #3".
 */
export function judgementKeys(id: string, findings: { ruleId: string; locations: { text: string }[] }[]): string[] {
  const seen = new Map<string, number>();
  return findings.map((finding) => {
    const key = judgementKey(id, finding.ruleId, finding.locations.map((l) => l.text));
    const n = (seen.get(key) ?? 0) + 1;
    seen.set(key, n);
    return n === 1 ? key : `${key} #${n}`;
  });
}

export interface Judgement {
  id: string;
  mode: Mode;
  rule: string;
  key: string;
  verdict: Verdict;
  reason: string;
  judge: string;
}

/** The judgements file: one JSON object a line; a malformed line stops the run with its line number. */
export function readJudgements(file = JUDGEMENTS_FILE): Judgement[] {
  if (!existsSync(file)) return [];
  const out: Judgement[] = [];
  readFileSync(file, 'utf8')
    .split('\n')
    .forEach((line, k) => {
      if (line.trim() === '') return;
      let row: Partial<Judgement>;
      try {
        row = JSON.parse(line) as Partial<Judgement>;
      } catch {
        throw new Error(`${file}:${k + 1}: not JSON`);
      }
      const problems: string[] = [];
      for (const field of ['id', 'rule', 'key', 'reason', 'judge'] as const) if (typeof row[field] !== 'string' || row[field] === '') problems.push(`no ${field}`);
      if (row.mode !== 'check' && row.mode !== 'diff') problems.push('mode is not check or diff');
      if (row.verdict !== 'TRUE' && row.verdict !== 'DEBATABLE' && row.verdict !== 'FALSE') problems.push('verdict is not TRUE, DEBATABLE or FALSE');
      if (problems.length) throw new Error(`${file}:${k + 1}: ${problems.join(', ')}`);
      out.push(row as Judgement);
    });
  return out;
}

/** Words: runs of non-space characters holding a letter or a digit. */
export function countWords(text: string): number {
  let n = 0;
  for (const m of text.matchAll(/\S+/g)) if (/[\p{L}\p{N}]/u.test(m[0])) n++;
  return n;
}
