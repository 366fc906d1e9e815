import type { Alignment } from '../model/results.js';
import type { Analysis } from '../model/analysis.js';
import type { SourceMatch } from '../model/results.js';
import type { CompiledLexicon } from '../lexicon/compile.js';
import type { Finding } from '../model/finding.js';
import type { RuleConfig } from '../model/rules.js';

/**
 * The rules of a run with what they need: the kind behind each rule (read from the registry in one
 * place, config/packs.ts, and handed to the engine), the merged lexicon, and the files they were
 * read from (the session re-reads the set when one of them changes).
 */
export interface RuleSet {
  rules: RuleConfig[];
  kinds: ReadonlyMap<string, RuleKind>;
  lexicon: CompiledLexicon;
  packs: string[];
  files: string[];
}

/** A place a finding involves, as a kind reports it: a span of the analysed document. */
export interface SpanRef {
  start: number;
  end: number;
  role?: string;
  /** Another document (a related report, an older version); the analysed one when absent. */
  analysis?: Analysis;
}

export interface Report {
  /** Values for the message template; `message` is used when the rule has no template. */
  message: string;
  vars?: Record<string, string>;
  locations: SpanRef[];
  evidence?: Record<string, unknown>;
}

/**
 * Two texts whose sentences are aligned: in diff mode the version before `analysis` (`edit`); with
 * --related a report on the same story (`source`), each article sentence paired with the report's
 * sentences it restates. The change kinds compare both the same way and word their findings for each.
 */
export interface VersionsContext {
  old: Analysis;
  alignment: Alignment;
  relation: 'edit' | 'source';
}

export interface RuleContext {
  rule: RuleConfig;
  /** The article checked; in diff mode, the new version. */
  analysis: Analysis;
  lexicon: CompiledLexicon;
  versions?: VersionsContext;
  /** With --related: each report and the article sentences matched to its sentences. */
  sources?: SourceMatches[];
  report(report: Report): void;
}

export interface SourceMatches {
  analysis: Analysis;
  matches: SourceMatch[];
}

/**
 * A rule kind: the code behind every rule that `extends` it, as in Vale. Its header comment says what
 * it checks and why; `examples` are run as tests so the documentation cannot drift from the code.
 */
export interface RuleKind {
  name: string;
  /**
   * `article`: checks one article (check, and the newest version in diff); `versions`: compares two
   * aligned texts, a version with the one before (diff) or, for rules with `against: related`, the
   * article with a related report; `related`: reads the article against all related reports at once.
   */
  scope: 'article' | 'versions' | 'related';
  summary: string;
  /** JSON Schema for the rule's `options`. */
  optionsSchema: Record<string, unknown>;
  /** Default message template. */
  message: string;
  examples: { ok: string[]; notOk: string[] };
  check(context: RuleContext): void;
}

export type { Finding };
