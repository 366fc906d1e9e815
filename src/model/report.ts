/**
 * The JSON report (`--format json`, schemas/report.schema.json): what every other format is made
 * from, and what the library returns.
 */
import type { Finding, Severity } from './finding.js';
import type { FileSummary, PairKind, StoryResult, WordOp } from './results.js';
import type { RuleConfig } from './rules.js';
import type { ShardMark } from './shard.js';

export type { ShardMark };

export interface JsonReport {
  schemaVersion: string;
  tool: { name: 'copydesk'; version: string };
  command: 'check' | 'diff';
  rules: { id: string; kind: string; category: string; severity: Severity; description: string }[];
  files: FileSummary[];
  findings: Finding[];
  summary: { files: number; findings: number; error: number; warning: number; info: number };
  /** diff only: each compared article's versions, alignment and history. */
  diffs?: DiffEntry[];
  /** --related only: for each article, which reports back each of its sentences. */
  provenance?: ProvenanceEntry[];
  /** Inputs left out by .copydeskignore or a config's `ignore`. */
  ignored?: string[];
  /** diff --git: the revision compared with (the older versions are named "REV:path"). */
  git?: string;
  /** Inputs that could not be read, with why: the others were checked (the command exits 2). */
  unreadable?: { path: string; message: string }[];
  /** A shard's report only (`--shard`): which part of the whole run it is, for `copydesk merge`. */
  shard?: ShardMark;
}

/** The report of `copydesk batch`: a result per story, in manifest order. */
export interface BatchReport {
  tool: { name: 'copydesk'; version: string };
  /** Every rule of the stories' rule sets (for SARIF). */
  rules: JsonReport['rules'];
  stories: StoryResult[];
  shard?: ShardMark;
}

/** What the formats that list findings read: findings, the rules, and the files they group by. */
export interface FindingsReport {
  tool: { name: 'copydesk'; version: string };
  rules: JsonReport['rules'];
  /** `omitted`: findings of the file left out past the cap (engine/fold-and-cap.ts). */
  files: { path: string; omitted?: number }[];
  findings: Finding[];
  /** diff --git: the revision compared with. */
  git?: string;
}

export interface ProvenanceEntry {
  path: string;
  related: string[];
  sentences: { start: number; end: number; text: string; sources: { path: string; start: number; end: number; text: string; score: number }[] }[];
}

/** A sentence of a version, by its offsets and words. */
export interface SentenceRef {
  start: number;
  end: number;
  text: string;
}

/** Two aligned parts of a step, as the report gives them. */
export interface PairEntry {
  kind: PairKind;
  old: SentenceRef[];
  new: SentenceRef[];
  edited?: true;
  similarity?: number;
  ops?: WordOp[];
}

/** One compared article in a diff report: its versions, the alignment of each step, the history of changed sentences. */
export interface DiffEntry {
  versions: string[];
  /** `findings`: how many of the diff's findings are this step's changes (they come first, step by step, then the newest version's checks). */
  steps: { old: string; new: string; counts: Record<string, number>; findings: number; pairs: PairEntry[] }[];
  history: { versions: ({ path: string; sentences: SentenceRef[] } | null)[] }[];
}

/** What one diff adds to the report, as plain data: a worker thread sends this back instead of the analyses. */
export interface DiffPart {
  entry: DiffEntry;
  files: FileSummary[];
  findings: Finding[];
  rules: RuleConfig[];
}
