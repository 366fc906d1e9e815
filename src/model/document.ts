/**
 * The data that flows through the pipeline (docs/architecture.md): Document → Sentence → Claim → Finding.
 * Every span is a pair of offsets into the file as read (UTF-16 code units, end exclusive), so any
 * stage can show its result where it stands in the original text.
 */
import type { Root } from 'mdast';

/** A place in a file: 1-based line and column, 0-based offset, all in UTF-16 code units (unist points). */
export interface Point {
  line: number;
  column: number;
  offset: number;
}

/** Turns offsets of a document into lines and columns (load/positions.ts builds it). */
export interface Lines {
  point(offset: number): Point;
  /** How many lines the file has (a final line break starts an empty last line). */
  readonly count: number;
  /** A line's text without its line break, by 1-based number. */
  lineText(line: number): string;
}

export type BlockKind =
  | 'title'
  | 'heading'
  | 'standfirst'
  | 'paragraph'
  | 'blockquote'
  | 'list-item'
  | 'caption'
  | 'related'
  // page furniture (load/page-structure.ts): not the article's own narrative
  | 'dateline'
  | 'byline'
  | 'credit'
  | 'kicker'
  | 'pull-quote'
  | 'note'
  // a fact box ("At a glance", "Key facts"): the story's figures restated in brief, compared for
  // contradiction but no repetition of the body
  | 'box';

/** Blocks whose sentences are the article's own narrative: the ones repetition compares. */
export const BODY_KINDS: ReadonlySet<BlockKind> = new Set(['paragraph', 'blockquote', 'list-item']);

export interface Span {
  start: number;
  end: number;
}

export interface Block extends Span {
  index: number;
  kind: BlockKind;
  /** 1-based number among the body paragraphs (what an editor counts); 0 outside the body. */
  paragraph: number;
  /**
   * The block's words with markup removed, one character per entry of `map`. Line breaks are turned
   * into spaces of the same length so that offsets survive.
   */
  text: string;
  /** File offset of each character of `text`. */
  map: Int32Array;
  /** In a Markdown list: which list and which item. Items of one list are records, different things by default. */
  item?: ListItem;
}

/** A list of the document (numbered in document order) and one of its items. */
export interface ListItem {
  list: number;
  item: number;
}

export interface FrontMatter {
  title?: string;
  date?: string;
  version?: string;
  source?: string;
  [key: string]: unknown;
}

export interface Document {
  path: string;
  /** The file's text as read (BOM removed). */
  source: string;
  format: 'markdown' | 'text' | 'html';
  frontMatter: FrontMatter;
  mdast?: Root;
  blocks: Block[];
  lines: Lines;
  /** Inline control comments found in the file (Markdown only). */
  directives: Directive[];
}

export interface Directive extends Span {
  kind: 'disable' | 'enable' | 'disable-next-line';
  ruleIds: string[];
  line: number;
}

export type Pos =
  | 'ADJ' | 'ADP' | 'ADV' | 'AUX' | 'CCONJ' | 'DET' | 'INTJ' | 'NOUN' | 'NUM' | 'PART' | 'PRON'
  | 'PROPN' | 'PUNCT' | 'SCONJ' | 'SYM' | 'VERB' | 'X' | 'SPACE';

export interface Token extends Span {
  /** Index in the document's token list. */
  i: number;
  text: string;
  lower: string;
  lemma: string;
  pos: Pos;
  sentence: number;
  /** Index of the quotation this token stands in, or -1. */
  quote: number;
  /** Whitespace stands before it in the text. */
  spaced: boolean;
}

export interface Sentence extends Span {
  index: number;
  block: number;
  kind: BlockKind;
  paragraph: number;
  text: string;
  /** Where `text` starts in its block's text (file offsets come from the block's map). */
  textStart: number;
  /** First token index and one past the last. */
  tokenStart: number;
  tokenEnd: number;
}

export interface Quote extends Span {
  index: number;
  block: number;
  /** The words inside the marks. */
  text: string;
  tokenStart: number;
  tokenEnd: number;
  /** Entity that says it, when the paragraph names one. */
  speaker?: string;
  /** The verb that introduces it ("said", "told"). */
  verb?: string;
}

export type EntityType = 'person' | 'org' | 'place' | 'other';

export interface Entity {
  id: string;
  type: EntityType;
  /** The fullest form the document gives, without titles or possessive. */
  name: string;
  /** For people: the family name and the given name(s), when they can be told apart. */
  surname?: string;
  given?: string;
  surnameFirst?: boolean;
  mentions: Mention[];
  /** Titles and roles seen with this entity ("CFO", "president"). */
  titles: string[];
}

/** `description`: a definite description that names one person met before ("the 44-year-old", "the judge"; claims/descriptions.ts). */
export type MentionForm = 'full' | 'surname' | 'given' | 'honorific' | 'alias' | 'demonym' | 'pronoun' | 'single' | 'description';

export interface Mention extends Span {
  entity: string;
  text: string;
  form: MentionForm;
  sentence: number;
  tokenStart: number;
  tokenEnd: number;
  possessive: boolean;
  inQuote: boolean;
  honorific?: string;
  /** Where the honorific starts ("Mr. Osei"), when there is one. */
  outerStart?: number;
  /** Title standing just before the name in this mention ("Huawei CFO"). */
  title?: string;
  /** First word of its sentence, where capitals say nothing about names. */
  initial?: boolean;
}

/** A number, date or place a claim carries, with the span it came from. */
export interface Value extends Span {
  kind: 'count' | 'money' | 'percent' | 'year' | 'date' | 'place' | 'role' | 'entity' | 'text';
  /** Canonical value compared between claims ("14", "2019-01", "canada"). */
  key: string;
  /** As written. */
  text: string;
  /** For numbers: the interval the wording allows ("at least 12" is [12, ∞)). */
  low?: number;
  high?: number;
  /** For counts: what is counted (lemma of the noun). */
  unit?: string;
  /** Another reading of an ambiguous figure ("30.000" may be thirty thousand): its key. */
  alt?: string;
  /** For dates written with their day of the week ("Thursday 7 March"): the weekday, lower case. */
  weekday?: string;
  /** For dates whose year is known (their own or the article's): the day of the week the calendar gives, lower case. */
  dayOfWeek?: string;
}

export type ClaimKind = 'event' | 'relation' | 'role' | 'statement';

export interface Claim extends Span {
  id: string;
  kind: ClaimKind;
  sentence: number;
  /** Event or relation type from the lexicons ("arrest", "kinship", "role"), or "statement". */
  frame: string;
  /** Entity ids that say whom the claim is about, in order of importance. */
  subjects: string[];
  /** Other entities involved. */
  objects: string[];
  /** Canonical modifiers that make the claim specific ("first", "us", "tv"). */
  modifiers: string[];
  values: Partial<Record<'place' | 'time' | 'count' | 'money' | 'percent' | 'relation' | 'role' | 'other', Value>>;
  negated: boolean;
  hedges: string[];
  /** False for presupposed mentions ("after his arrest", "if she resigns"). */
  asserted: boolean;
  /**
   * Not asserted, but taken as true: told in a time clause ("since it opened in 1984", "When the
   * siblings set up Kestrel in 2018"), not a condition, an intention or a question.
   */
  presupposed?: boolean;
  /** Quotation the claim stands in, or -1. */
  quote: number;
  /** Who the claim is attributed to ("police said"), as an entity id or the source's words. */
  attribution?: string;
  /** The span that triggered it (the verb or noun). */
  trigger: Span;
  /** For a named event, the noun phrase with its modifiers ("first U.S. TV interview"). */
  phrase?: Span;
  /** The count is reported as changing ("rose to 14"): not a fixed claim to compare. */
  updated?: boolean;
  /**
   * A day owns the noun that names the event ("Monday night's vote", "Saturday's by-election"): a
   * reference to an event the reader is meant to know, not a new one.
   */
  dated?: boolean;
}

