import type { Analysis } from '../model/analysis.js';
import type { Sentence } from '../model/document.js';
import { pushTo } from '../base/arrays.js';

/** Terms in more sentences than this say little about which two sentences belong together. */
const MAX_POSTINGS = 50;

/**
 * Pairs of sentences that share enough content terms to be worth comparing, found through an
 * inverted index so the cost follows the number of such pairs, not every pair of sentences. Terms in
 * very many sentences ("say", the story's main entity) propose no pairs, and a pair must share at
 * least `minShared` terms and `minShare` of the shorter sentence's (or of the size `sizeOf` gives:
 * comparisons of clauses measure against the shortest clause): the comparisons that follow ask for
 * far more overlap than that, so nothing they would accept is lost.
 */
export function candidatePairs(
  analysis: Analysis,
  sentences: Sentence[],
  termsOf: (s: Sentence) => string[] = (s) => analysis.terms[s.index]!.terms,
  minShared = 2,
  minShare = 0.3,
  sizeOf?: (s: Sentence) => number,
): [Sentence, Sentence][] {
  const index = new Map<string, number[]>();
  const sets = sentences.map((sentence) => new Set(termsOf(sentence)));
  const sizes = sentences.map((sentence, k) => (sizeOf ? sizeOf(sentence) : sets[k]!.size));
  sets.forEach((terms, k) => {
    for (const term of terms) {
      pushTo(index, term, k);
    }
  });
  const pairs: [Sentence, Sentence][] = [];
  sets.forEach((terms, k) => {
    const shared = new Map<number, number>();
    for (const term of terms) {
      const list = index.get(term)!;
      if (list.length > MAX_POSTINGS) continue;
      for (const other of list) if (other > k) shared.set(other, (shared.get(other) ?? 0) + 1);
    }
    for (const [other, count] of [...shared].sort((a, b) => a[0] - b[0])) {
      const smaller = Math.min(sizes[k]!, sizes[other]!);
      if (count >= minShared && count >= minShare * smaller) pairs.push([sentences[k]!, sentences[other]!]);
    }
  });
  return pairs;
}
