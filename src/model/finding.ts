/** What a rule reports, as every report format shows it. */
import type { Point } from './document.js';

export type Severity = 'error' | 'warning' | 'info';
export type Category = 'repetition' | 'contradiction' | 'change' | 'consistency';

export interface Location {
  path: string;
  start: Point;
  end: Point;
  text: string;
  /** What this place is in the finding ("repeated", "first", "old", "new"). */
  role?: string;
}

/**
 * What a finding rests on, for tools and the reports: the two values compared (`expected` is the
 * earlier or the report's, `actual` the one flagged), and what else the rule read.
 */
export interface Evidence {
  expected?: string | null;
  actual?: string | null;
  /** contradiction: which value clashed (count, place, time, role, relation, polarity). */
  field?: string;
  /** repetition: the event repeated, the kinship restated, or how alike two statements are. */
  frame?: string;
  relation?: string;
  similarity?: number;
  /** changed-number: the kind of figure and what it counts. */
  kind?: string;
  unit?: string;
  /** changed-entity: person, org or place. */
  type?: string;
  person?: string;
  /** changed-role against a report: who the report gives the title. */
  holder?: string;
  /** altered-quote: the words added (+) and removed (−). */
  changes?: string[];
  hedge?: string;
  /** flipped-polarity: what reversed the statement. */
  change?: string;
  /** edit-note: what the edit did to the sentence, the words it added. */
  edit?: string;
  added?: string[];
  /** unsupported-claim: the reports read. */
  reports?: string[];
}

/** One edit of a fix: the span of a file to replace (`text`, as the file has it) and the words that replace it. */
export interface Replacement {
  path: string;
  start: Point;
  end: Point;
  text: string;
  replacement: string;
}

/**
 * A correction a tool may apply: given only where it is exact (the one word or name that is wrong,
 * replaced by the form the article uses elsewhere), never a rewrite of a sentence.
 */
export interface Fix {
  /** What the fix does, for a person choosing it ("Replace “Zhengfei” with “Ren”"). */
  description: string;
  replacements: Replacement[];
}

export interface Finding {
  ruleId: string;
  category: Category;
  severity: Severity;
  message: string;
  locations: Location[];
  /**
   * How often findings like it are right, 0–1: the rule pack's confidence model applied to the
   * kind's evidence score (or that score, for a rule the model does not cover). Below the rule's
   * `minConfidence` the finding is reported as info whatever the rule's severity, and
   * `lowConfidence` says so.
   */
  confidence: number;
  /** The kind's evidence score, where the rule pack's confidence model made `confidence` from it (docs/confidence.md). */
  evidenceScore?: number;
  lowConfidence?: true;
  evidence?: Evidence;
  /** Diff mode: this finding is absent from the old version. */
  introduced?: boolean;
  url?: string;
  /** Exact corrections (name forms, term variants); absent where a person must decide. */
  fixes?: Fix[];
  /**
   * How many more findings of this rule about the same words were folded into this one (more than
   * ten are): the message ends "… and 15,998 more like it", and after its own places come the problem
   * places of the next ones, each once, ten problem places in all.
   */
  folded?: number;
}

export const SEVERITY_RANK: Record<Severity, number> = { info: 1, warning: 2, error: 3 };
