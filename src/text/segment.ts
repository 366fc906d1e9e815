import type { CompiledLexicon } from '../lexicon/compile.js';
import { fileSpan } from '../load/block-text.js';
import { runInFurniture } from '../load/page-structure.js';
import { BODY_KINDS } from '../model/document.js';
import type { Document, Quote, Sentence, Token } from '../model/document.js';
import { findQuotes } from './quotes.js';
import { splitSentences } from './sentences.js';
import { fold, tokenizeBlock } from './tokens.js';

export interface Segmented {
  sentences: Sentence[];
  tokens: Token[];
  quotes: Quote[];
  /** wink's number/date type for each token, by token index. */
  entityTypes: (string | undefined)[];
}

/** Splits every block into sentences and tokens and finds its quotations, all in file offsets. */
export function segment(doc: Document, lexicon: CompiledLexicon): Segmented {
  const sentences: Sentence[] = [];
  const tokens: Token[] = [];
  const quotes: Quote[] = [];
  const entityTypes: (string | undefined)[] = [];
  for (const block of doc.blocks) {
    const blockTokens = tokenizeBlock(block);
    const spans = splitSentences(block.text, lexicon);
    const blockQuotes = findQuotes(block.text);
    const quoteBase = quotes.length;
    for (const [k, q] of blockQuotes.entries()) {
      const span = fileSpan(block.map, q.start, q.end);
      quotes.push({
        index: quoteBase + k,
        block: block.index,
        text: block.text.slice(q.start, q.end),
        start: span.start,
        end: span.end,
        tokenStart: -1,
        tokenEnd: -1,
      });
    }
    let t = 0;
    // quotations and tokens both come in text order and do not overlap: one pass finds each token's
    let q = 0;
    for (const span of spans) {
      const sentenceIndex = sentences.length;
      const tokenStart = tokens.length;
      // tokens belong to the sentence they start in; a token that straddles a boundary stays whole
      while (t < blockTokens.length && blockTokens[t]!.start < span.end) {
        const bt = blockTokens[t]!;
        if (bt.end <= span.start) {
          t++;
          continue;
        }
        const file = fileSpan(block.map, bt.start, bt.end);
        while (q < blockQuotes.length && blockQuotes[q]!.end < bt.end) q++;
        const inQuote = q < blockQuotes.length && bt.start >= blockQuotes[q]!.start;
        const quoteIndex = inQuote ? q : -1;
        tokens.push({
          i: tokens.length,
          text: bt.text,
          lower: fold(bt.text),
          lemma: fold(bt.lemma),
          pos: bt.pos,
          start: file.start,
          end: file.end,
          sentence: sentenceIndex,
          quote: quoteIndex >= 0 ? quoteBase + quoteIndex : -1,
          spaced: bt.start > 0 && /\s/.test(block.text[bt.start - 1]!),
        });
        entityTypes.push(bt.entityType);
        t++;
      }
      const file = fileSpan(block.map, span.start, span.end);
      const text = block.text.slice(span.start, span.end);
      sentences.push({
        index: sentenceIndex,
        block: block.index,
        kind: (BODY_KINDS.has(block.kind) && runInFurniture(lexicon, text, sentences.at(-1)?.block === block.index && sentences.at(-1)?.kind === 'credit')) || block.kind,
        paragraph: block.paragraph,
        text,
        textStart: span.start,
        start: file.start,
        end: file.end,
        tokenStart,
        tokenEnd: tokens.length,
      });
    }
  }
  for (const token of tokens) {
    if (token.quote < 0) continue;
    const quote = quotes[token.quote]!;
    if (quote.tokenStart < 0) quote.tokenStart = token.i;
    quote.tokenEnd = token.i + 1;
  }
  return { sentences, tokens, quotes, entityTypes };
}
