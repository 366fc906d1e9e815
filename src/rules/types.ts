import type { Alignment } from '../align/align.js';
import type { Analysis } from '../claims/analyse.js';
import type { SourceMatch } from '../related/match.js';
import type { CompiledLexicon } from '../claims/lexicon.js';
import type { Category, Finding, Severity } from '../model.js';

/** A rule as a pack declares it, after validation and after config has set its level and options. */
export interface RuleConfig {
  id: string;
  kind: string;
  category: Category;
  severity: Severity;
  description: string;
  /** Message template; `{name}` placeholders are filled by the kind. */
  message?: string;
  options: Record<string, unknown>;
  url?: string;
  /** The pack file that declared it. */
  pack: string;
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
