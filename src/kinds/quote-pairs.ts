/** Quotations of two aligned texts, paired by their words: what altered-quote and quote-speaker compare. */
import { diffArrays } from 'diff';
import type { Analysis } from '../model/analysis.js';
import type { Quote, Sentence } from '../model/document.js';
import { placeOf } from './describe.js';
import type { RuleContext } from './kind.js';
import { changedPairs, whereNew } from './pairs.js';

/** Quotations standing (at least partly) in the given sentences. */
export function quotesIn(analysis: Analysis, sentences: Sentence[]): Quote[] {
  const ids = new Set(sentences.map((s) => s.index));
  return analysis.quotes.filter((q) => {
    if (q.tokenStart < 0) return false;
    for (let t = q.tokenStart; t < q.tokenEnd; t++) if (ids.has(analysis.tokens[t]!.sentence)) return true;
    return false;
  });
}

/** The words of a text, lower-cased, for comparing quotations word by word. */
export function quoteWords(text: string): string[] {
  // words in square brackets are the paper's, not the speaker's ("[The bill's failure to pass]", "[...]")
  return text.replace(/\[[^\]]*\]/g, ' ').toLowerCase().replace(/[’‘]/g, "'").match(/[\p{L}\p{N}]+(?:'[\p{L}]+)?/gu) ?? [];
}

/** A quotation of the new text (the article) and the quotation of the old text (or report) it continues. */
export interface QuotePair {
  quote: Quote;
  other: Quote;
  /** Word overlap of the two, 0–1. */
  overlap: number;
  /** Where the new quotation stands ("paragraph 3"). */
  where: string;
}

/** The options of the kinds that pair quotations (altered-quote, quote-speaker). */
export const QUOTE_PAIRING_OPTIONS = {
  minOverlap: { type: 'number', minimum: 0, maximum: 1, default: 0.5, description: 'Least word overlap (Dice) for two quotations to be one quotation, changed or given to someone else.' },
  partialWords: {
    type: 'integer',
    minimum: 1,
    default: 5,
    description: 'Against a related report only: an article quotation of at least this many words whose words mostly stand in a longer quotation of the report is part of it.',
  },
  partialShare: { type: 'number', minimum: 0, maximum: 1, default: 0.8, description: 'How much of such a quotation must stand in the report\'s.' },
} as const;

/** How two quotations are paired: the kinds that pair them declare these as options. */
export interface QuotePairing {
  /** Least word overlap (Dice) for two quotations to be one. */
  minOverlap: number;
  /** Against a report: an article quotation of at least this many words … */
  partialWords: number;
  /** … this share of whose words stand in a report's longer quotation is part of it. */
  partialShare: number;
}

/**
 * Quotations of the two texts paired by their words. In an edit, within each changed pair of
 * sentences; against a report, over the whole report, since the same quotation may stand in a
 * sentence the matcher pairs with another one (its attribution differs, its words do not).
 */
export function quotePairs(context: RuleContext, pairing: QuotePairing): QuotePair[] {
  const versions = context.versions;
  if (!versions) return [];
  const source = versions.mode.name === 'source';
  const out: QuotePair[] = [];
  const best = (quote: Quote, candidates: Quote[]) => {
    const words = quoteWords(quote.text);
    let found: { other: Quote; overlap: number } | undefined;
    for (const candidate of candidates) {
      const other = quoteWords(candidate.text);
      const shared = diffArrays(other, words).filter((part) => !part.added && !part.removed).reduce((n, part) => n + part.count, 0);
      // against a report, the article may quote one sentence of a longer statement: then what counts
      // is how much of the article's quotation the report's holds
      const partial = source && words.length >= pairing.partialWords ? shared / words.length : 0;
      const overlap = Math.max((2 * shared) / (other.length + words.length || 1), partial >= pairing.partialShare ? partial : 0);
      if (overlap >= pairing.minOverlap && (!found || overlap > found.overlap)) found = { other: candidate, overlap };
    }
    return found;
  };
  const place = (quote: Quote) => placeOf(context.analysis.sentences[context.analysis.tokens[quote.tokenStart]!.sentence]!);
  if (source) {
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
