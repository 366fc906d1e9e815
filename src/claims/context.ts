import type { Entity, Mention, Sentence, Value } from '../model.js';
import type { Word } from '../text/words.js';
import type { CompiledLexicon } from './lexicon.js';
import type { NumberMention } from './numbers.js';

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

export function buildMentionIndex(words: Word[], mentions: Mention[]): (Mention | undefined)[] {
  const out: (Mention | undefined)[] = new Array(words.length).fill(undefined);
  // both lists are in reading order: one pass over the words per mention's start
  let k = 0;
  for (const mention of [...mentions].sort((a, b) => a.start - b.start)) {
    while (k < words.length && words[k]!.end <= mention.start) k++;
    for (let j = k; j < words.length && words[j]!.start < mention.end; j++) {
      const word = words[j]!;
      if (word.start >= mention.start && word.end <= mention.end) out[j] ??= mention;
    }
  }
  return out;
}

export function entityType(ctx: SentenceContext, mention: Mention | undefined): Entity['type'] | undefined {
  return mention ? ctx.entities.get(mention.entity)?.type : undefined;
}

/** First and last word index of a mention in the sentence. */
export function mentionRange(ctx: SentenceContext, mention: Mention): [number, number] {
  let first = -1;
  let last = -1;
  ctx.mentionAt.forEach((m, k) => {
    if (m === mention) {
      if (first < 0) first = k;
      last = k;
    }
  });
  return [first, last];
}
