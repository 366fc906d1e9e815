import type { Analysis } from '../claims/analyse.js';
import type { Sentence } from '../model.js';

/** Terms in more sentences than this say little about which two sentences belong together. */
const MAX_POSTINGS = 50;

/**
 * Pairs of sentences that share at least one content term, found through an inverted index so the
 * cost follows the number of such pairs rather than every pair of sentences. Terms that occur in
 * very many sentences ("say", the story's main entity) are not used to find pairs: two sentences that
 * share only those are never similar enough to matter.
 */
export function candidatePairs(analysis: Analysis, sentences: Sentence[], termsOf: (s: Sentence) => string[] = (s) => analysis.terms[s.index]!.terms): [Sentence, Sentence][] {
  const index = new Map<string, Sentence[]>();
  for (const sentence of sentences) {
    for (const term of new Set(termsOf(sentence))) {
      const list = index.get(term) ?? [];
      list.push(sentence);
      index.set(term, list);
    }
  }
  const pairs: [Sentence, Sentence][] = [];
  const seen = new Set<string>();
  for (const sentence of sentences) {
    for (const term of new Set(termsOf(sentence))) {
      const list = index.get(term)!;
      if (list.length > MAX_POSTINGS) continue;
      for (const other of list) {
        if (other.index <= sentence.index) continue;
        const key = `${sentence.index}:${other.index}`;
        if (seen.has(key)) continue;
        seen.add(key);
        pairs.push([sentence, other]);
      }
    }
  }
  return pairs.sort((x, y) => x[0].index - y[0].index || x[1].index - y[1].index);
}
