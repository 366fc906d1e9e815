import type { Entity, Mention } from '../model/document.js';
import type { SentenceContext, Word } from '../model/analysis.js';
import { partitionPoint } from '../base/arrays.js';

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

const byStart = new WeakMap<object[], object[]>();

/**
 * The items of `list` lying within [from, to] (by `start` and `end`), in text order. A trigger reads
 * only its clause, but a sentence may be thousands of words long (a pasted table or results list):
 * the list is sorted once and searched, so each lookup costs the clause, not the sentence.
 */
export function within<T extends object>(list: T[], from: number, to: number, start: (item: T) => number, end: (item: T) => number): T[] {
  let sorted = byStart.get(list) as T[] | undefined;
  if (!sorted) {
    sorted = [...list].sort((a, b) => start(a) - start(b));
    byStart.set(list, sorted);
  }
  const out: T[] = [];
  for (let k = partitionPoint(sorted.length, (m) => start(sorted[m]!) < from); k < sorted.length && start(sorted[k]!) <= to; k++) if (end(sorted[k]!) <= to) out.push(sorted[k]!);
  return out;
}
