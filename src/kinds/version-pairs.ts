import type { AlignedPair } from '../model/results.js';
import type { Analysis } from '../model/analysis.js';
import type { SentenceContext } from '../model/analysis.js';
import { sameDate } from '../claims/numbers.js';
import { diffArrays } from 'diff';
import type { Entity, Quote, Sentence, Span, Value } from '../model/document.js';
import type { RuleContext, SpanRef } from './kind.js';
import { placeOf } from './describe.js';
import { sameAcross } from '../claims/identity.js';
import { givenNameDiffers, sameEntity } from '../claims/identity.js';

/** An aligned pair whose words changed, with both sides' sentences and what was read of them. */
export interface ChangedPair {
  pair: AlignedPair;
  oldSentences: Sentence[];
  newSentences: Sentence[];
  oldContexts: SentenceContext[];
  newContexts: SentenceContext[];
}

/** How closely an article sentence must restate a report's for a differing value to count. */
export const SOURCE_VALUE_SIMILARITY = 0.35;

/**
 * Pairs whose text changed: edited, moved with edits, split and merged sentences. Against a report,
 * `minSimilarity` keeps only close restatements: a value that differs between two loosely related
 * sentences ("by 2027" / "from 1964") is usually another claim, not a contradiction.
 */
export function changedPairs(context: RuleContext, minSimilarity = 0): ChangedPair[] {
  const versions = context.versions;
  if (!versions) return [];
  const { old } = versions;
  const current = context.analysis;
  const floor = versions.relation === 'source' ? minSimilarity : 0;
  return versions.alignment.pairs
    .filter((pair) => pair.ops !== undefined && pair.old.length > 0 && pair.new.length > 0 && (pair.similarity ?? 1) >= floor)
    .map((pair) => ({
      pair,
      oldSentences: pair.old.map((i) => old.sentences[i]!),
      newSentences: pair.new.map((j) => current.sentences[j]!),
      oldContexts: pair.old.map((i) => old.contexts[i]!),
      newContexts: pair.new.map((j) => current.contexts[j]!),
    }));
}

/** Locations of a difference: the new text (the article) first, then the old (the earlier version, or the report). */
export function changeLocations(context: RuleContext, newSpan: Span, oldSpan: Span): SpanRef[] {
  const source = isSource(context);
  return [
    { start: newSpan.start, end: newSpan.end, role: source ? 'article' : 'new' },
    { start: oldSpan.start, end: oldSpan.end, role: source ? 'related' : 'old', analysis: context.versions!.old },
  ];
}

/** Comparing the article with a related report rather than with its previous version. */
export function isSource(context: RuleContext): boolean {
  return context.versions?.relation === 'source';
}

/**
 * One sentence for a difference in a value: "Number changed in paragraph 2: “300” became “3,000”", or
 * against a report, "Number in paragraph 2 differs from wire.md: the article says “3,000”, the report “300”".
 */
export function differenceMessage(context: RuleContext, pair: ChangedPair, what: string, oldText: string, newText: string): string {
  const where = whereNew(pair);
  if (isSource(context)) return `${what} in ${where} differs from ${context.versions!.old.doc.path}: the article says ${newText}, the report ${oldText}`;
  return `${what} changed in ${where}: ${oldText} became ${newText}`;
}

/**
 * Reports a value of the old version (or report) that stands replaced in the new one: the message,
 * its variables, both places (the new first) and the two values as evidence.
 */
export function reportChange(context: RuleContext, pair: ChangedPair, what: string, before: Span & { text: string }, after: Span & { text: string }, evidence: Record<string, unknown> = {}): void {
  const old = `“${before.text}”`;
  const now = `“${after.text}”`;
  context.report({
    message: differenceMessage(context, pair, what, old, now),
    vars: { where: whereNew(pair), old, new: now },
    locations: changeLocations(context, after, before),
    evidence: { expected: before.text, actual: after.text, ...evidence },
  });
}

/** "in paragraph 4" of the new version. */
export function whereNew(pair: ChangedPair): string {
  return placeOf(pair.newSentences[0]!);
}

/**
 * In an edit, a person renamed rather than replaced: the old name is gone from the new version and
 * the new name was nowhere in the old ("Councillor Bernadette Oyelaran" became "Councillor Bernadette
 * Oyelowo"). A quotation of theirs keeps its speaker; the name is what changed.
 */
export function renamed(context: RuleContext, before: Entity | undefined, after: Entity | undefined): boolean {
  const versions = context.versions;
  if (!versions || isSource(context) || !before || !after) return false;
  return !context.analysis.entities.some((e) => sameEntity(e, before)) && !versions.old.entities.some((e) => sameEntity(e, after));
}

/** Pairs up what only one side has with what only the other has, in reading order. */
export function pairUp<T>(onlyOld: T[], onlyNew: T[], compatible: (a: T, b: T) => boolean): [T, T][] {
  const out: [T, T][] = [];
  const used = new Set<number>();
  for (const a of onlyOld) {
    const k = onlyNew.findIndex((b, index) => !used.has(index) && compatible(a, b));
    if (k < 0) continue;
    used.add(k);
    out.push([a, onlyNew[k]!]);
  }
  return out;
}

/** Quotations standing (at least partly) in the given sentences. */
export function quotesIn(analysis: Analysis, sentences: Sentence[]): import('../model/document.js').Quote[] {
  const ids = new Set(sentences.map((s) => s.index));
  return analysis.quotes.filter((q) => {
    if (q.tokenStart < 0) return false;
    for (let t = q.tokenStart; t < q.tokenEnd; t++) if (ids.has(analysis.tokens[t]!.sentence)) return true;
    return false;
  });
}

/** The words of a text, lower-cased, for comparing quotations word by word. */
export function quoteWords(text: string): string[] {
  return text.toLowerCase().replace(/[’‘]/g, "'").match(/[\p{L}\p{N}]+(?:'[\p{L}]+)?/gu) ?? [];
}

/** A run of deleted and inserted words between two unchanged stretches of a word diff. */
export interface Hunk {
  deleted: string;
  inserted: string;
  /** Spans in the old and new files; a pure insertion or deletion borrows its neighbour's place. */
  oldSpan: Span;
  newSpan: Span;
}

export function hunks(pair: ChangedPair): Hunk[] {
  const ops = pair.pair.ops ?? [];
  const out: Hunk[] = [];
  let current: Hunk | undefined;
  let lastOld = pair.oldSentences[0]!.start;
  let lastNew = pair.newSentences[0]!.start;
  for (const op of ops) {
    if (op.op === 'equal') {
      if (current) out.push(current);
      current = undefined;
      lastOld = op.oldEnd!;
      lastNew = op.newEnd!;
      continue;
    }
    current ??= { deleted: '', inserted: '', oldSpan: { start: lastOld, end: lastOld }, newSpan: { start: lastNew, end: lastNew } };
    if (op.op === 'delete') {
      current.deleted += op.text;
      if (current.oldSpan.start === current.oldSpan.end) current.oldSpan = { start: op.oldStart!, end: op.oldEnd! };
      else current.oldSpan.end = op.oldEnd!;
    } else {
      current.inserted += op.text;
      if (current.newSpan.start === current.newSpan.end) current.newSpan = { start: op.newStart!, end: op.newEnd! };
      else current.newSpan.end = op.newEnd!;
    }
  }
  if (current) out.push(current);
  return out;
}

/** Tokens of an analysis inside a file span. */
export function tokensIn(analysis: Analysis, span: Span): import('../model/document.js').Token[] {
  const tokens = analysis.tokens;
  let low = 0;
  let high = tokens.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (tokens[mid]!.end <= span.start) low = mid + 1;
    else high = mid;
  }
  const out = [];
  for (let k = low; k < tokens.length && tokens[k]!.start < span.end; k++) out.push(tokens[k]!);
  return out;
}

/** A span for a hunk side with no text of its own: the whole sentence it stands in. */
export function visibleSpan(span: Span, sentences: Sentence[]): Span {
  if (span.end > span.start) return span;
  const sentence = sentences.find((s) => s.start <= span.start && span.start <= s.end) ?? sentences[0]!;
  return { start: sentence.start, end: sentence.end };
}

/**
 * Against a report, a value the article states that the report states somewhere (in any sentence) is
 * supported: the article may combine the report's sentences. Only values the report never gives can
 * differ from it. In diff mode nothing is "supported" this way: each sentence is its own claim.
 */
export const supported = {
  entity(context: RuleContext, entity: Entity): boolean {
    if (!isSource(context)) return false;
    return context.versions!.old.entities.some((other) => (sameEntity(other, entity) || sameAcross(other, entity)) && !givenNameDiffers(other, entity));
  },
  number(context: RuleContext, figure: Pick<Value, 'key' | 'kind' | 'unit'>): boolean {
    if (!isSource(context)) return false;
    // "three children" is backed by a figure of children, not by "the other three" (cases); a sum
    // ("1.9 billion kroner") by the same sum with its currency left off ("to 1.9 billion")
    const backs = (n: Value) => n.key === figure.key && (!figure.unit || n.unit === figure.unit || (figure.kind !== 'count' && !n.unit));
    return context.versions!.old.contexts.some((c) => c.numbers.some(backs));
  },
  date(context: RuleContext, date: Value): boolean {
    if (!isSource(context)) return false;
    // "late September" does not support "14 September": only the same date does
    return context.versions!.old.contexts.some((c) => c.dates.some((d) => sameDate(d, date)));
  },
  role(context: RuleContext, person: Entity | undefined, key: string): boolean {
    if (!isSource(context) || !person) return false;
    const old = context.versions!.old;
    return old.claims.some((c) => c.kind === 'role' && c.values.role?.key === key && sameEntity(old.entityById.get(c.subjects[0]!), person));
  },
};

/** A quotation of the new text (the article) and the quotation of the old text (or report) it continues. */
export interface QuotePair {
  quote: Quote;
  other: Quote;
  /** Word overlap of the two, 0–1. */
  overlap: number;
  /** Where the new quotation stands ("paragraph 3"). */
  where: string;
}

/**
 * Quotations of the two texts paired by their words. In an edit, within each changed pair of
 * sentences; against a report, over the whole report, since the same quotation may stand in a
 * sentence the matcher pairs with another one (its attribution differs, its words do not).
 */
/** A quotation this long, most of whose words (this share) stand in a report's longer quotation, is part of it. */
const PARTIAL_QUOTE_WORDS = 5;
const PARTIAL_QUOTE_SHARE = 0.8;

export function quotePairs(context: RuleContext, minOverlap = 0.5): QuotePair[] {
  const versions = context.versions;
  if (!versions) return [];
  const out: QuotePair[] = [];
  const best = (quote: Quote, candidates: Quote[]) => {
    const words = quoteWords(quote.text);
    let found: { other: Quote; overlap: number } | undefined;
    for (const candidate of candidates) {
      const other = quoteWords(candidate.text);
      const shared = diffArrays(other, words).filter((part) => !part.added && !part.removed).reduce((n, part) => n + part.count!, 0);
      // against a report, the article may quote one sentence of a longer statement: then what counts
      // is how much of the article's quotation the report's holds
      const partial = isSource(context) && words.length >= PARTIAL_QUOTE_WORDS ? shared / words.length : 0;
      const overlap = Math.max((2 * shared) / (other.length + words.length || 1), partial >= PARTIAL_QUOTE_SHARE ? partial : 0);
      if (overlap >= minOverlap && (!found || overlap > found.overlap)) found = { other: candidate, overlap };
    }
    return found;
  };
  const place = (quote: Quote) => placeOf(context.analysis.sentences[context.analysis.tokens[quote.tokenStart]!.sentence]!);
  if (isSource(context)) {
    const quotes = versions.old.quotes.filter((q) => q.tokenStart >= 0);
    // a report may break one statement in two around "said Abernathy"; the article may quote it whole
    const runs: Quote[] = [];
    for (let k = 0; k + 1 < quotes.length; k++) {
      const [a, b] = [quotes[k]!, quotes[k + 1]!];
      if (a.block === b.block && a.speaker !== undefined && a.speaker === b.speaker) runs.push({ ...a, text: `${a.text} ${b.text}`, end: b.end, tokenEnd: b.tokenEnd });
    }
    const candidates = [...quotes, ...runs];
    for (const quote of context.analysis.quotes) {
      if (quote.tokenStart < 0) continue;
      const found = best(quote, candidates);
      if (found) out.push({ quote, ...found, where: place(quote) });
    }
    return out;
  }
  const seen = new Set<number>();
  for (const pair of changedPairs(context)) {
    const candidates = quotesIn(versions.old, pair.oldSentences);
    for (const quote of quotesIn(context.analysis, pair.newSentences)) {
      if (seen.has(quote.index)) continue;
      seen.add(quote.index);
      const found = best(quote, candidates);
      if (found) out.push({ quote, ...found, where: whereNew(pair) });
    }
  }
  return out;
}
