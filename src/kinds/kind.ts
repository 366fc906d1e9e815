/**
 * What a rule kind is and what it is handed (docs/architecture.md, "A new rule kind"). A kind
 * declares its options (each a named, documented cut-off with its default, in a JSON Schema that also
 * types them), its messages (templates with named placeholders, which a rule pack may reword), and
 * examples that the tests run; its `check` reads the analysis and reports findings by message id.
 */
import type { FromSchema } from 'json-schema-to-ts';
import type { CompiledLexicon } from '../lexicon/compile.js';
import type { Analysis } from '../model/analysis.js';
import type { Evidence } from '../model/finding.js';
import type { Alignment, SourceMatch } from '../model/results.js';
import type { RuleConfig } from '../model/rules.js';
import type { ComparisonMode } from './mode.js';

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

/** One option of a kind: a JSON Schema with the words that say why it has its default. */
export type OptionSchema = { readonly description: string; readonly default: unknown } & Readonly<Record<string, unknown>>;

/** A kind's options: every one named, documented and given a default, so a rule never reads an unset option. */
export interface OptionsSchema {
  readonly type: 'object';
  readonly additionalProperties: false;
  readonly properties: Readonly<Record<string, OptionSchema>>;
}

/**
 * A message a kind can report: its template, or one per comparison mode for kinds that compare two
 * texts (an edit says "changed", a related report "differs"), and the placeholders the kind fills.
 */
export interface MessageDef {
  readonly template: string | { readonly edit?: string; readonly source?: string };
  readonly vars: readonly string[];
}

/** A place a finding involves, as a kind reports it: a span of the analysed document. */
export interface SpanRef {
  start: number;
  end: number;
  role?: string;
  /** Another document (a related report, an older version); the analysed one when absent. */
  analysis?: Analysis;
}

/**
 * An exact correction a kind offers: the word or name `wrong`, standing in the span, should read
 * `right`. The engine makes it a fix only where the file has exactly that word there (markup or a
 * line break inside the name gives no fix).
 */
export interface FixRef {
  start: number;
  end: number;
  wrong: string;
  right: string;
}

export interface Report {
  /** The id of one of the kind's messages. */
  message: string;
  /** A value for each of that message's placeholders. */
  data: Readonly<Record<string, string>>;
  locations: SpanRef[];
  evidence?: Evidence;
  /** The kind's evidence score, 0–1 (kinds/confidence.ts); the engine makes the finding's confidence from it with the pack's model. */
  confidence: number;
  /** Only where the correction is certain: a name form, a term variant. */
  fix?: FixRef;
}

/**
 * Two texts whose sentences are aligned: in diff mode the version before `analysis`; with --related
 * a report on the same story, each article sentence paired with the report's sentences it restates.
 * The change kinds compare both the same way; the mode says which it is, and words and places the
 * findings for it (kinds/mode.ts).
 */
export interface VersionsContext {
  old: Analysis;
  alignment: Alignment;
  mode: ComparisonMode;
}

export interface SourceMatches {
  analysis: Analysis;
  matches: SourceMatch[];
}

export interface RuleContext<Options = Readonly<Record<string, unknown>>> {
  rule: RuleConfig;
  /** The rule's options, every one set (the schema's defaults fill what the pack leaves out). */
  options: Options;
  /** The article checked; in diff mode, the new version. */
  analysis: Analysis;
  lexicon: CompiledLexicon;
  versions?: VersionsContext;
  /** With --related: each report and the article sentences matched to its sentences. */
  sources?: SourceMatches[];
  report(report: Report): void;
}

/**
 * An example the tests run (remark-lint's `@example`): the text, the version before it or a related
 * report where the kind compares two texts, and the exact findings of the kind's rules, each written
 * "line:column rule-id message" (none for an example that must stay quiet).
 */
export interface Example {
  text: string;
  old?: string;
  related?: string;
  findings: string[];
}

/**
 * A rule kind: the code behind every rule that `extends` it, as in Vale. Its header comment says what
 * it checks and why; its examples run as tests so the documentation cannot drift from the code.
 */
export interface RuleKind {
  name: string;
  /**
   * `article`: checks one article (check, and the newest version in diff); `versions`: compares two
   * aligned texts, a version with the one before (diff) or, for rules with `against: related`, the
   * article with a related report; `related`: reads the article against all related reports at once.
   */
  scope: 'article' | 'versions' | 'related';
  /** One line on what it finds, shown by `copydesk rules`. */
  summary: string;
  optionsSchema: OptionsSchema;
  messages: Readonly<Record<string, MessageDef>>;
  examples: readonly Example[];
  /**
   * Its findings back up other rules': where a reported finding of another rule in the same category
   * already covers each of its places, it is dropped as the same problem told twice (a transposed
   * figure inside two counts of one event already reported).
   */
  givesWay?: boolean;
  check(context: RuleContext): void;
}

/**
 * The options a schema declares, as the kind's code reads them: every one set, typed from the
 * schema itself (`const OPTIONS = {…} as const satisfies OptionsSchema; type Options = OptionsOf<typeof OPTIONS>`).
 */
export type OptionsOf<S extends OptionsSchema> = FromSchema<S>;

/** Declares a kind whose `check` reads its options typed from its own schema. */
export function defineKind<Options = Readonly<Record<string, unknown>>>(kind: Omit<RuleKind, 'check'> & { check(context: RuleContext<Options>): void }): RuleKind {
  return { ...kind, check: (context) => kind.check(context as unknown as RuleContext<Options>) };
}

/** A kind with no options of its own. */
export const NO_OPTIONS = { type: 'object', additionalProperties: false, properties: {} } as const satisfies OptionsSchema;
