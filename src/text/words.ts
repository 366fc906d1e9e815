import type { Sentence, Token } from '../model/document.js';
import type { Word } from '../model/analysis.js';
import type { CompiledLexicon } from '../lexicon/compile.js';

export function sentenceWords(sentence: Sentence, tokens: Token[]): Word[] {
  const out: Word[] = [];
  for (let i = sentence.tokenStart; i < sentence.tokenEnd; i++) {
    const token = tokens[i]!;
    const previous = out[out.length - 1];
    const nextJoins = i + 1 < sentence.tokenEnd && !tokens[i + 1]!.spaced && /^[\p{L}\p{N}]/u.test(tokens[i + 1]!.text);
    const joinsHyphen =
      previous !== undefined &&
      !token.spaced &&
      /[\p{L}\p{N}]-?$/u.test(previous.text) &&
      ((token.text === '-' && nextJoins) || (previous.text.endsWith('-') && /^[\p{L}\p{N}]/u.test(token.text)));
    if (joinsHyphen) {
      previous.text += token.text;
      previous.lower += token.lower;
      previous.lemma = previous.lower;
      if (token.text !== '-' && (token.pos === 'PROPN' || previous.pos === 'PROPN')) previous.pos = 'PROPN';
      else if (token.text !== '-') previous.pos = token.pos;
      previous.last = i;
      previous.end = token.end;
      continue;
    }
    out.push({
      text: token.text,
      lower: token.lower,
      lemma: token.lemma,
      pos: token.pos,
      first: i,
      last: i,
      start: token.start,
      end: token.end,
      quote: token.quote,
    });
  }
  return out;
}

export function isWordLike(word: Word): boolean {
  return word.pos !== 'PUNCT' && word.pos !== 'SYM' && word.pos !== 'SPACE';
}

export function isPossessiveMarker(word: Word): boolean {
  return word.lower === "'s" || word.lower === "'";
}


/**
 * "May" the month, not the modal verb or the name (Theresa May): next to a day or a year ("May 2022",
 * "3 May"), or after a word that introduces a time ("in May", "since May"). The tagger cannot tell:
 * it often calls the month a verb.
 */
export function isMonthMay(lexicon: CompiledLexicon, words: { text: string; lower: string }[], at: number): boolean {
  if (words[at]?.text !== 'May') return false;
  const next = words[at + 1]?.text ?? '';
  const previous = words[at - 1];
  return /^\d{1,4}(st|nd|rd|th)?$/.test(next) || /^\d{1,2}(st|nd|rd|th)?$/.test(previous?.text ?? '') || lexicon.beforeMonth.has(previous?.lower ?? '');
}
