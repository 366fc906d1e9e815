import { canon } from './lexicon.js';
import type { SentenceContext } from './context.js';

/** A sentence reduced to what it asserts: content words in canonical form, names as entities, numbers as values. */
export interface Terms {
  /** Canonical content terms in order ("@ren-zhengfei", "interview", "#14", "tv"). */
  terms: string[];
  /** Terms from words inside quotation marks. */
  quoted: string[];
  negations: number;
  hedges: string[];
}

const FUNCTION_POS = new Set(['DET', 'ADP', 'CCONJ', 'SCONJ', 'PART', 'PRON', 'AUX', 'PUNCT', 'SYM', 'SPACE', 'INTJ', 'X']);
const LIGHT = new Set(['be', 'have', 'do', 'get', "'s", 'also', 'just', 'very', 'so', 'too', 'then', 'there', 'here', 'now', 'still', 'even', 'already', 'really', 'which', 'who', 'whom', 'whose', 'that', 'this', 'these', 'those', 'it', 'its', 'such', 'other', 'mr', 'mrs', 'ms', 'miss', 'dr', 'mr.', 'mrs.', 'ms.', 'dr.']);

export function sentenceTerms(ctx: SentenceContext): Terms {
  const { words, lexicon } = ctx;
  const terms: string[] = [];
  const quoted: string[] = [];
  let negations = 0;
  const hedges: string[] = [];
  const numberAt = new Map<number, string>();
  for (const n of ctx.numbers) numberAt.set(n.from, n.kind === 'year' ? `year:${n.key}` : `#${n.key}`);
  const dateAt = new Map<number, string>();
  for (const d of ctx.dates) if (d.kind === 'date') dateAt.set(d.start, `date:${d.key}`);
  const numberCover = new Set<number>();
  for (const n of ctx.numbers) for (let k = n.from; k < n.to; k++) numberCover.add(k);
  let k = 0;
  while (k < words.length) {
    const word = words[k]!;
    const push = (term: string) => (word.quote >= 0 ? quoted : terms).push(term);
    const mention = ctx.mentionAt[k];
    if (mention) {
      const entity = ctx.entities.get(mention.entity);
      // A lone capitalised word opening a sentence, never seen again, is more likely a common word ("Doctors …")
      const commonWord = mention.initial && entity?.type === 'other' && entity.mentions.length === 1 && !mention.text.includes(' ');
      if (commonWord) push(canon(lexicon, word.lemma));
      else if (mention.form !== 'pronoun') push(`@${mention.entity}`);
      while (k < words.length && ctx.mentionAt[k] === mention) k++;
      continue;
    }
    if (numberAt.has(k)) {
      push(numberAt.get(k)!);
      while (numberCover.has(k + 1) && !numberAt.has(k + 1)) k++;
      k++;
      continue;
    }
    if (dateAt.has(word.start)) {
      push(dateAt.get(word.start)!);
      k++;
      continue;
    }
    if (lexicon.negations.has(word.lower) || word.lower === "n't") {
      negations++;
      k++;
      continue;
    }
    const hedge = lexicon.hedges.find((h) => h.every((w, j) => words[k + j]?.lower === w));
    if (hedge) {
      hedges.push(hedge.join(' '));
      k += hedge.length;
      continue;
    }
    const phrase = (lexicon.phrases.get(word.lemma) ?? lexicon.phrases.get(word.lower) ?? []).find((p) => p.every((w, j) => words[k + j]?.lemma === w || words[k + j]?.lower === w));
    if (phrase) {
      push(canon(lexicon, phrase.join(' ')));
      k += phrase.length;
      continue;
    }
    if (!FUNCTION_POS.has(word.pos) && !LIGHT.has(word.lemma) && !LIGHT.has(word.lower) && /[\p{L}\p{N}]/u.test(word.text)) {
      push(canon(lexicon, word.lemma));
    }
    k++;
  }
  return { terms, quoted, negations, hedges };
}
