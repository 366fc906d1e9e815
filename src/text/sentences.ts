import type { CompiledLexicon } from '../lexicon/compile.js';

/**
 * Sentence boundaries for news prose: ICU's sentence segmenter (Intl.Segmenter) run one block at a
 * time, with corrections for what news copy does that ICU gets wrong. Measured on the seed and on
 * hard held-out boundaries (../shared/notes/nlp-libraries.md), this beat sbd, wink-nlp and compromise,
 * costs no dependency and no start-up time.
 */
export interface SentenceSpan {
  start: number;
  end: number;
}

const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

/** Characters handed to ICU at a time (see icuSentences). */
const WINDOW = 4096;

/**
 * ICU's sentences of `text`, read a window at a time. V8's segment iterator costs time in the length
 * of the whole text at every step, so a long paragraph (thousands of quotations) cost the square of
 * its length. A window's segments but its last are final (ICU decides a break from the text around
 * it, and the next window starts at a break it found, as ICU itself restarts); the last two are read
 * again with the next window, so a break decided by looking ahead was decided with the whole of what
 * follows it. A window holding too few sentences grows until it holds enough.
 */
export function* icuSentences(text: string, window = WINDOW): Generator<{ index: number; segment: string }> {
  let from = 0;
  let size = window;
  while (from < text.length) {
    const end = Math.min(text.length, from + size);
    const pieces = [...segmenter.segment(text.slice(from, end))];
    if (end === text.length) {
      for (const piece of pieces) yield { index: from + piece.index, segment: piece.segment };
      return;
    }
    if (pieces.length < 3) {
      size *= 2;
      continue;
    }
    for (const piece of pieces.slice(0, -2)) yield { index: from + piece.index, segment: piece.segment };
    from += pieces[pieces.length - 2]!.index;
    size = window;
  }
}

/**
 * Where ICU's sentences around a span of a text start and end: from the start of the sentence that
 * holds `from` to the end of the one that holds `to` (at least one character). ICU is given only a
 * window around the span, widened until neither end of the answer is an end of the window, so a
 * place in a paragraph of 16,000 sentences costs as much as one in a short paragraph.
 */
export function sentencesAround(text: string, from: number, to: number): SentenceSpan {
  const until = Math.max(to, from + 1);
  for (let margin = WINDOW / 2; ; margin *= 2) {
    const low = Math.max(0, from - margin);
    const high = Math.min(text.length, until + margin);
    const window = [...segmenter.segment(text.slice(low, high))];
    let first = 0;
    let last = window.length - 1;
    for (let k = 0; k < window.length; k++) {
      if (low + window[k]!.index <= from) first = k;
      if (low + window[k]!.index + window[k]!.segment.length >= until) {
        last = k;
        break;
      }
    }
    // the window's first sentence may have begun before it, and its last may go on after it
    if ((first > 0 || low === 0) && (last < window.length - 1 || high === text.length)) {
      return { start: low + window[first]!.index, end: low + window[last]!.index + window[last]!.segment.length };
    }
  }
}

export function splitSentences(text: string, lexicon: CompiledLexicon): SentenceSpan[] {
  const raw: SentenceSpan[] = [];
  for (const segment of icuSentences(text)) {
    const start = segment.index;
    const end = start + segment.segment.length;
    // ICU does not break before a sentence that opens with a figure ("… on February 25, 2008. 10 other
    // cases …"): split where a full stop after a word or year is followed by a number and a word
    let from = start;
    for (const match of segment.segment.matchAll(/(?<=[\p{Ll}\d][.!?]["”’']?)\s+(?=\d[\d,.]*\s+\p{Ll})/gu)) {
      const cut = start + match.index + match[0].length;
      const before = text.slice(from, start + match.index);
      if (/\b(No|Nos|Art|Fig|pp|p|vol|ch)\.$/i.test(before)) continue;
      raw.push({ start: from, end: cut });
      from = cut;
    }
    raw.push({ start: from, end });
  }
  const merged: SentenceSpan[] = [];
  for (const span of raw) {
    const previous = merged[merged.length - 1];
    if (previous && shouldJoin(lexicon, text.slice(previous.start, previous.end), text.slice(span.start, span.end))) {
      previous.end = span.end;
    } else {
      merged.push({ ...span });
    }
  }
  return merged.map((span) => trim(text, span)).filter((span) => span.end > span.start);
}

function shouldJoin(lexicon: CompiledLexicon, before: string, after: string): boolean {
  const head = before.trimEnd();
  const next = after.trimStart();
  if (next === '') return true;
  // A question or exclamation closed by a quotation mark, then its attribution: '"Why?" she asked.'
  if (/[?!][”"’']$/.test(head) && isAttribution(lexicon, next)) return true;
  // '… rebuild." Ruiz said.': a bare attribution after a quotation closed with a full stop belongs to it
  if (/[.][”"’']$/.test(head) && isAttribution(lexicon, next) && next.split(/\s+/).length <= 5) return true;
  const last = /(\S+)$/.exec(head)?.[1] ?? '';
  if (!last.endsWith('.')) return false;
  const word = last.replace(/^[("“‘'[]+/, '').slice(0, -1).toLowerCase();
  if (/^[a-z]$/i.test(word)) return true; // an initial: "John F. Kennedy"
  if (lexicon.abbreviations.has(word)) return true;
  // a rank written short before another ("Brig. Gen. Ana Ruiz", "Lieut. Col. Tom Kerr"): the first is
  // no sentence end, though "Brig" alone may be a town that ends one
  const nextAbbreviation = /^([A-Z][a-z]*)\.\s/.exec(next)?.[1]?.toLowerCase();
  if (/^[("“‘'[]*[A-Z]/.test(last) && nextAbbreviation !== undefined && lexicon.abbreviations.has(nextAbbreviation)) return true;
  if (lexicon.ambiguousAbbreviations.has(word) || /^([a-z]\.)+[a-z]$/.test(word)) {
    const firstWord = /^[("“‘'[]*([A-Za-z’']+)/.exec(next)?.[1]?.toLowerCase() ?? '';
    if (/^[“"‘(]/.test(next)) return false;
    // an adverb opening the next words ("… El Al. Previously, …") starts a sentence
    return !lexicon.sentenceOpeners.has(firstWord) && !/^[A-Z][a-z]+ly\b/.test(next) && !/^[A-Z][a-z]+ (said|says|told)\b/.test(next);
  }
  return false;
}

/** "Golodryga asked.", "she said", "the minister told reporters": a speaker and a speech verb. */
function isAttribution(lexicon: CompiledLexicon, text: string): boolean {
  const words = text.split(/\s+/);
  for (let i = 0; i < Math.min(words.length, 5); i++) {
    if (lexicon.speechVerbForms.has(/^[\p{L}]*/u.exec(words[i]!)![0])) return i > 0;
  }
  return false;
}

function trim(text: string, span: SentenceSpan): SentenceSpan {
  let { start, end } = span;
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return { start, end };
}

/** A sentence that asks, ending on a question mark (past closing quotation marks): it asserts nothing. */
export function asksQuestion(sentence: string): boolean {
  return /\?["”’']*$/.test(sentence);
}
