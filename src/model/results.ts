/**
 * What copydesk produces from inputs (docs/architecture.md): alignments of two texts, matches with
 * related reports, and the results of checking and diffing that every report format renders. The
 * report formats read only these types, never the code that made them.
 */
import type { Analysis } from './analysis.js';
import type { Finding } from './finding.js';
import type { RuleConfig } from './rules.js';
import type { ShardMark } from './shard.js';

/** A text file as read: decoded UTF-8 with the byte-order mark removed. */
export interface InputText {
  path: string;
  text: string;
  /** The file began with a UTF-8 byte-order mark; offsets count from the character after it, as editors do. */
  bom: boolean;
}

/** One step of a word-level diff, with where its text stands in the old and the new file. */
export interface WordOp {
  op: 'equal' | 'delete' | 'insert';
  text: string;
  /** File offsets in the old version (delete, equal) or the new one (insert, equal). */
  oldStart?: number;
  oldEnd?: number;
  newStart?: number;
  newEnd?: number;
}

export type PairKind = 'unchanged' | 'edited' | 'moved' | 'split' | 'merged' | 'added' | 'removed';

/** Sentences of two versions matched to each other (docs/architecture.md). */
export interface AlignedPair {
  kind: PairKind;
  /** Sentence indices in the old version (none for added). */
  old: number[];
  /** Sentence indices in the new version (none for removed). */
  new: number[];
  /** A moved pair whose words also changed. */
  edited?: boolean;
  /** Word overlap of the two sides, 0–1. */
  similarity?: number;
  /** Word diff, for pairs whose text changed. */
  ops?: WordOp[];
}

export interface Alignment {
  pairs: AlignedPair[];
}

export interface SourceMatch {
  /** Article sentence. */
  sentence: number;
  /** Sentences of the related report it matches (one, or two neighbours it draws on). */
  related: number[];
  score: number;
  /** Share of the article sentence's content found in the report's sentences. */
  coverage: number;
}

/** An index of one related report's sentences by content term, built once per report. */
export interface SourceIndex {
  analysis: Analysis;
  terms: string[][];
  postings: Map<string, number[]>;
}

/** A related report, analysed and indexed once for every article that cites it. */
export interface Source {
  analysis: Analysis;
  index: SourceIndex;
}

/** A sentence of the article and the report sentences that back it, as spans (it travels between threads and into the cache). */
export interface Provenance {
  start: number;
  end: number;
  text: string;
  sources: { path: string; start: number; end: number; text: string; score: number }[];
}

export interface FileSummary {
  path: string;
  format: 'markdown' | 'text' | 'html';
  title?: string;
  paragraphs: number;
  sentences: number;
  claims: number;
  entities: number;
  /** Findings of this file left out of the report: it shows at most 1,000, the most severe first. */
  omitted?: number;
}

export interface FileResult {
  file: FileSummary;
  findings: Finding[];
  /** The analysis, when the file was checked in this thread (not from the cache or a worker). */
  analysis?: Analysis;
  /** With related reports: which back each sentence. */
  provenance?: Provenance[];
}

/** A file checked in this thread, with its analysis. */
export interface AnalysedFile extends FileResult {
  analysis: Analysis;
}

export interface CheckResult {
  files: FileResult[];
  /** Inputs left out by .copydeskignore or a config's `ignore`. */
  ignored: string[];
  findings: Finding[];
  rules: RuleConfig[];
  /** The related reports the articles were read against. */
  sources: Analysis[];
  /** Inputs that could not be read (missing, a folder, binary …): reported, the others still checked. */
  unreadable?: { path: string; message: string }[];
  /** A shard's run: which part of the whole run it is. */
  shard?: ShardMark;
}

export interface DiffStep {
  old: Analysis;
  new: Analysis;
  alignment: Alignment;
  /** What this step changed (the change rules). */
  findings: Finding[];
}

/** One sentence followed through every version (null where it is absent). */
export interface Lineage {
  versions: (number[] | null)[];
}

export interface DiffResult {
  versions: { file: FileSummary; analysis: Analysis }[];
  steps: DiffStep[];
  /** Change findings of every step, then the check findings of the last version, each marked introduced or not. */
  findings: Finding[];
  /** Sentences that changed in at least one step, through all versions. */
  history: Lineage[];
  rules: RuleConfig[];
}

/** What a check of one file produced, without the analysis: enough to report it again. */
export interface CachedResult {
  file: FileSummary;
  findings: Finding[];
  provenance?: Provenance[];
}

/** One line of a batch manifest: a story with its article or versions, and its related reports. */
export interface Story {
  id: string;
  /** A single article to check. */
  article?: string;
  /** Versions to diff, oldest first. */
  versions?: string[];
  related?: string[];
}

export interface StoryResult {
  id: string;
  command: 'check' | 'diff';
  files: string[];
  /** `omitted`: findings left out past the cap of 1,000 per file (engine/fold-and-cap.ts). */
  summary: { findings: number; error: number; warning: number; info: number; omitted?: number };
  findings: Finding[];
}
