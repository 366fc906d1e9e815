import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { readDataFile, validateData } from '../../src/schema/validate.js';
import type { Category, Finding, Severity } from '../../src/model/finding.js';
import { SEVERITY_RANK } from '../../src/model/finding.js';
import { relatedFiles, versionFiles } from './diff-cases.js';

/** A corpus case: one folder with an article (or versions, or related reports) and expected.yaml. */
export interface CorpusCase {
  name: string;
  dir: string;
  /** A check case: the article. */
  article?: string;
  /** A diff case: the versions, oldest first. */
  versions: string[];
  /** Related reports (related/*.md or .txt), read with --related. */
  related: string[];
  expected: Expected;
}

export interface ExpectedFinding {
  rule?: string;
  category?: Category;
  severity?: Severity;
  file?: string;
  spans: string[];
  why?: string;
  /** Not found yet, and why. */
  missed?: string;
}

export interface Expected {
  description: string;
  findings: ExpectedFinding[];
  /** Findings reported here that should not be, and why. */
  knownFalse?: { rule: string; spans: string[]; why: string }[];
}

export const CORPUS_DIR = 'corpus';

/** Folders of corpus/ that are not cases: the real-copy benchmark (corpus/real/README.md, npm run eval:real) and the development blind sets (corpus/blind/README.md). */
const NOT_CASES = new Set(['real', 'blind']);

export function loadCases(root = CORPUS_DIR): CorpusCase[] {
  return readdirSync(root, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && !(root === CORPUS_DIR && NOT_CASES.has(entry.name)))
    .map((entry) => entry.name)
    .sort()
    .map((name) => {
      const dir = join(root, name);
      const file = readDataFile(join(dir, 'expected.yaml'), 'expected findings');
      validateData('corpus-case', file, 'a corpus case');
      const article = ['article.md', 'article.txt'].map((f) => join(dir, f)).find((f) => existsSync(f));
      const item: CorpusCase = { name, dir, versions: versionFiles(dir), related: relatedFiles(dir), expected: file.data as Expected };
      if (article) item.article = article;
      return item;
    });
}

export interface Comparison {
  matched: { expected: ExpectedFinding; actual: Finding }[];
  missing: ExpectedFinding[];
  unexpected: Finding[];
}

/** A comparison read against what the case admits: known misses and known false positives. */
export interface Verdict {
  /** Missing findings the case does not mark `missed`, and unexpected ones it does not list as known. */
  failures: string[];
  /** Marks that no longer hold: a `missed` finding now found, a known false positive gone. */
  stale: string[];
}

export function verdict(item: CorpusCase, comparison: Comparison): Verdict {
  const failures: string[] = [];
  const stale: string[] = [];
  for (const missing of comparison.missing) if (!missing.missed) failures.push(`missing ${missing.rule ?? missing.category} ${JSON.stringify(missing.spans)}`);
  for (const { expected } of comparison.matched) if (expected.missed) stale.push(`now found, remove "missed": ${expected.rule} ${JSON.stringify(expected.spans)}`);
  const known = [...(item.expected.knownFalse ?? [])];
  for (const finding of comparison.unexpected) {
    const k = known.findIndex((entry) => matches({ rule: entry.rule, spans: entry.spans }, finding));
    if (k >= 0) known.splice(k, 1);
    else failures.push(`unexpected ${finding.ruleId} (${finding.severity}) at ${finding.locations[0]!.start.line}:${finding.locations[0]!.start.column}: ${finding.message}`);
  }
  for (const entry of known) stale.push(`no longer reported, remove from knownFalse: ${entry.rule} ${JSON.stringify(entry.spans)}`);
  return { failures, stale };
}

function matches(expected: ExpectedFinding, actual: Finding): boolean {
  if (expected.rule && expected.rule !== actual.ruleId) return false;
  if (expected.category && expected.category !== actual.category) return false;
  if (expected.severity && expected.severity !== actual.severity) return false;
  if (expected.file && !actual.locations[0]!.path.endsWith(expected.file)) return false;
  if (expected.spans.length > actual.locations.length) return false;
  return expected.spans.every((span, i) => samePlace(actual.locations[i]!.text, span));
}

/**
 * A location is the expected place when it covers exactly the expected words: the case says where
 * the editor is sent, to the character (runs of white space, such as a line break inside a
 * sentence, count as one space).
 */
function samePlace(located: string, span: string): boolean {
  const normal = (text: string) => text.replace(/\s+/g, ' ').trim();
  return normal(located) === normal(span);
}

/**
 * Compares a case's findings with what it expects: every expected finding must be reported, and every
 * finding at warning or above must be expected. Info findings are checked only when listed.
 */
export function compare(expected: ExpectedFinding[], actual: Finding[]): Comparison {
  const pool = [...actual];
  const matched: Comparison['matched'] = [];
  const missing: ExpectedFinding[] = [];
  for (const item of expected) {
    const index = pool.findIndex((finding) => matches(item, finding));
    if (index < 0) missing.push(item);
    else matched.push({ expected: item, actual: pool.splice(index, 1)[0]! });
  }
  const unexpected = pool.filter((finding) => SEVERITY_RANK[finding.severity] >= SEVERITY_RANK.warning);
  return { matched, missing, unexpected };
}

export function describeComparison(name: string, comparison: Comparison): string {
  const lines = [`case ${name}:`];
  for (const item of comparison.missing) lines.push(`  missing ${item.rule ?? item.category} ${JSON.stringify(item.spans)}`);
  for (const finding of comparison.unexpected) {
    lines.push(`  unexpected ${finding.ruleId} (${finding.severity}) at ${finding.locations[0]!.start.line}:${finding.locations[0]!.start.column}: ${finding.message}`);
    for (const location of finding.locations) lines.push(`      ${JSON.stringify(location.text.slice(0, 100))}`);
  }
  return lines.join('\n');
}

/** Runs a case the way its files say: check an article, or diff its versions, with any related reports. */
export function findingsOf(item: CorpusCase, run: { check: (paths: string[], related: string[]) => Finding[]; diff: (paths: string[], related: string[]) => Finding[] }): Finding[] {
  if (item.versions.length >= 2) return run.diff(item.versions, item.related);
  if (item.article) return run.check([item.article], item.related);
  throw new Error(`corpus case ${item.name} has neither article.md/.txt nor v1/v2 versions`);
}
