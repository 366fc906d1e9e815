/**
 * What the claims layer reads out of a document (docs/architecture.md): words, numbers, names,
 * quotations with their speakers, claims and the content terms of each sentence. The rules read only
 * this; nothing here holds code.
 */
import type { CompiledLexicon } from '../lexicon/compile.js';
import type { Claim, Document, Entity, Mention, Pos, Quote, Sentence, Token, Value } from './document.js';

/**
 * A word as a reader sees it: tokens joined by hyphens without spaces ("co-host", "Ji-won") are one
 * word, so titles and names can be matched whole.
 */
export interface Word {
  text: string;
  lower: string;
  lemma: string;
  pos: Pos;
  /** Token range. */
  first: number;
  last: number;
  start: number;
  end: number;
  quote: number;
}

/** A number found in a sentence, with the words it spans and what it counts. */
export interface NumberMention extends Value {
  /** Word range in the sentence. */
  from: number;
  to: number;
  /** Written onto its unit before a noun ("the 180-home plan"): it describes the noun, it counts no event. */
  attributive?: boolean;
}

/** What the claim extractors read of one sentence. */
export interface SentenceContext {
  lexicon: CompiledLexicon;
  sentence: Sentence;
  words: Word[];
  /** Mention covering each word, by word index. */
  mentionAt: (Mention | undefined)[];
  entities: Map<string, Entity>;
  numbers: NumberMention[];
  dates: Value[];
  attribution?: string;
  /** Speaker of each quotation, by quote index. */
  speakers: Map<number, string>;
  /** Mentions that modify a title ("Huawei" in "Huawei CFO"), not actors of the sentence. */
  titleOwners: Set<Mention>;
}

/** A sentence reduced to what it asserts: content words in canonical form, names as entities, numbers as values. */
export interface Terms {
  /** Canonical content terms in order ("@ren-zhengfei", "interview", "#14", "tv"). */
  terms: string[];
  /** Terms from words inside quotation marks. */
  quoted: string[];
  negations: number;
  /** The first term after each negation: what is denied ("not related" → "relate", "no library" → "library"). */
  denied: string[];
  hedges: string[];
}

export interface SentenceTerms extends Terms {
  /**
   * The sentence's clauses outside quotation marks, without attributions ("Mayor Vance said after the
   * vote"): the propositions that can be affirmed in one place and denied in another.
   */
  clauses: Terms[];
}

/** What a sentence's claims are attributed to, and the quotations' speakers. */
export interface Attributions {
  /** Who a sentence reports as saying it (entity id or source words, "police"), by sentence index. */
  bySentence: Map<number, Attribution>;
}

/** A source and the words that attribute to it ("said", "according to"). */
export interface Attribution {
  speaker: string;
  verb: string;
}

/** Everything the rules read about one document. */
export interface Analysis {
  doc: Document;
  sentences: Sentence[];
  tokens: Token[];
  /** Words of each sentence, by sentence index. */
  words: Word[][];
  quotes: Quote[];
  entities: Entity[];
  entityById: Map<string, Entity>;
  mentions: Mention[];
  claims: Claim[];
  /** Content terms of each sentence, by sentence index. */
  terms: SentenceTerms[];
  /** Who each sentence reports as saying it, by sentence index. */
  attribution: Map<number, Attribution>;
  contexts: SentenceContext[];
  /** The article's own date, which gives the year of dates written without one (claims/calendar.ts). */
  anchor?: DateAnchor;
}

/** The date a story prints (front matter, dateline, byline): its year, its month where given, and where it stands. */
export interface DateAnchor {
  year: number;
  month?: number;
  /** The day of the month, where the story's date gives it. */
  day?: number;
  start: number;
  end: number;
  /** As the story prints it. */
  text: string;
  /** Read from a date of the body ("Friday 8 August 2025"), not one printed with the story. */
  inBody?: boolean;
}
