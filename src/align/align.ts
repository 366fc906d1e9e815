import type { Analysis } from '../model/analysis.js';
import { wordDiff } from './word-diff.js';
import type { AlignedPair, Alignment, PairKind } from '../model/results.js';
import { partitionPoint, pushTo } from '../base/arrays.js';

/** Least word overlap for two sentences to be one sentence edited (below: removed and added). */
const MIN_SIMILARITY = 0.45;
/** Two sentences whose quoted words (at least this many) overlap this much carry one quotation, and pair first. */
const MIN_QUOTED_WORDS = 4;
const SAME_QUOTATION = 0.8;
const QUOTATION_BONUS = 0.5;

/** Words a sentence is compared by: lower-case letters and digits, punctuation and case ignored. */
function wordsOf(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu) ?? [];
}

function normalise(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Dice overlap of two word multisets. */
function dice(a: Map<string, number>, sizeA: number, b: Map<string, number>, sizeB: number): number {
  if (sizeA + sizeB === 0) return 0;
  let shared = 0;
  for (const [word, count] of a) shared += Math.min(count, b.get(word) ?? 0);
  return (2 * shared) / (sizeA + sizeB);
}

function bag(words: string[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const word of words) out.set(word, (out.get(word) ?? 0) + 1);
  return out;
}

function merge(bags: Map<string, number>[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const b of bags) for (const [word, count] of b) out.set(word, (out.get(word) ?? 0) + count);
  return out;
}

/** Words that occur in more sentences than this are not used to find candidate pairs. */
const MAX_POSTINGS = 40;

/**
 * Aligns the sentences of two versions. Identical sentences pair first (by hash); the rest pair by
 * word overlap, best first, through an inverted index so only sentences sharing a rare word are
 * compared. A sentence whose words are spread over two or three neighbouring sentences of the other
 * version is a split or a merge. Of the pairs, the longest run in the same order stays in place (the
 * longest increasing subsequence); the others have moved, as NewsEdits and wikidiff2 treat moves.
 */
export function alignSentences(oldA: Analysis, newA: Analysis): Alignment {
  const oldS = oldA.sentences;
  const newS = newA.sentences;
  const oldWords = oldS.map((s) => wordsOf(s.text));
  const newWords = newS.map((s) => wordsOf(s.text));
  const oldBags = oldWords.map(bag);
  const newBags = newWords.map(bag);
  // quotations are verbatim: two sentences carrying the same quotation are one sentence, whatever
  // else changed around it (the speaker, the attribution)
  const quoted = (analysis: Analysis) =>
    analysis.sentences.map((s) => {
      const words = analysis.tokens.slice(s.tokenStart, s.tokenEnd).filter((t) => t.quote >= 0 && /[\p{L}\p{N}]/u.test(t.text)).map((t) => t.lower);
      return { bag: bag(words), size: words.length };
    });
  const oldQuoted = quoted(oldA);
  const newQuoted = quoted(newA);
  const sameQuotation = (i: number, j: number) => {
    const a = oldQuoted[i]!;
    const b = newQuoted[j]!;
    return a.size >= MIN_QUOTED_WORDS && b.size >= MIN_QUOTED_WORDS && dice(a.bag, a.size, b.bag, b.size) >= SAME_QUOTATION;
  };
  const oldMatch = new Array<number>(oldS.length).fill(-1);
  const newMatch = new Array<number>(newS.length).fill(-1);

  // 1. identical sentences, in order
  const byText = new Map<string, number[]>();
  newS.forEach((s, j) => {
    const key = normalise(s.text);
    pushTo(byText, key, j);
  });
  oldS.forEach((s, i) => {
    const list = byText.get(normalise(s.text));
    const j = list?.shift();
    if (j !== undefined) {
      oldMatch[i] = j;
      newMatch[j] = i;
    }
  });

  // 2. similar sentences, best pair first
  const index = new Map<string, number[]>();
  newS.forEach((_, j) => {
    if (newMatch[j]! >= 0) return;
    for (const word of new Set(newWords[j])) {
      pushTo(index, word, j);
    }
  });
  const candidates: { i: number; j: number; score: number }[] = [];
  oldS.forEach((_, i) => {
    if (oldMatch[i]! >= 0) return;
    const seen = new Set<number>();
    for (const word of new Set(oldWords[i])) {
      const list = index.get(word);
      if (!list || list.length > MAX_POSTINGS) continue;
      for (const j of list) {
        if (seen.has(j)) continue;
        seen.add(j);
        const score = dice(oldBags[i]!, oldWords[i]!.length, newBags[j]!, newWords[j]!.length) + (sameQuotation(i, j) ? QUOTATION_BONUS : 0);
        if (score >= MIN_SIMILARITY) candidates.push({ i, j, score });
      }
    }
  });
  candidates.sort((a, b) => b.score - a.score || Math.abs(a.i - a.j) - Math.abs(b.i - b.j) || a.i - b.i || a.j - b.j);
  for (const { i, j } of candidates) {
    if (oldMatch[i]! >= 0 || newMatch[j]! >= 0) continue;
    oldMatch[i] = j;
    newMatch[j] = i;
  }

  // 3. splits and merges: one sentence against two or three neighbours on the other side
  const groups: { old: number[]; new: number[] }[] = [];
  const grouped = { old: new Set<number>(), new: new Set<number>() };
  const tryGroup = (oneSide: 'old' | 'new', at: number) => {
    const [bags, words, otherBags, otherWords, otherMatch, otherCount] =
      oneSide === 'old'
        ? [oldBags, oldWords, newBags, newWords, newMatch, newS.length]
        : [newBags, newWords, oldBags, oldWords, oldMatch, oldS.length];
    const own = (oneSide === 'old' ? oldMatch : newMatch)[at]!;
    const single = own >= 0 ? dice(bags[at]!, words[at]!.length, otherBags[own]!, otherWords[own]!.length) : 0;
    let best: { members: number[]; score: number } | undefined;
    const anchors = own >= 0 ? [own] : nearbyUnmatched(otherMatch, oneSide === 'old' ? estimate(oldMatch, at) : estimate(newMatch, at), otherCount);
    for (const anchor of anchors) {
      for (let start = anchor - 2; start <= anchor; start++) {
        for (let size = 2; size <= 3; size++) {
          const members = Array.from({ length: size }, (_, k) => start + k);
          if (members[0]! < 0 || members[size - 1]! >= otherCount) continue;
          if (own >= 0 && !members.includes(own)) continue;
          if (members.some((m) => (otherMatch[m]! >= 0 && m !== own) || (oneSide === 'old' ? grouped.new : grouped.old).has(m))) continue;
          const score = dice(bags[at]!, words[at]!.length, merge(members.map((m) => otherBags[m]!)), members.reduce((n, m) => n + otherWords[m]!.length, 0));
          if (score >= 0.6 && score > single + 0.15 && (!best || score > best.score)) best = { members, score };
        }
      }
    }
    if (!best) return;
    if (own >= 0) (oneSide === 'old' ? newMatch : oldMatch)[own] = -1;
    for (const m of best.members) (oneSide === 'old' ? grouped.new : grouped.old).add(m);
    (oneSide === 'old' ? grouped.old : grouped.new).add(at);
    (oneSide === 'old' ? oldMatch : newMatch)[at] = -1;
    groups.push(oneSide === 'old' ? { old: [at], new: best.members } : { old: best.members, new: [at] });
  };
  for (let i = 0; i < oldS.length; i++) if (!grouped.old.has(i) && (oldMatch[i]! < 0 || normalise(oldS[i]!.text) !== normalise(newS[oldMatch[i]!]!.text))) tryGroup('old', i);
  for (let j = 0; j < newS.length; j++) if (!grouped.new.has(j) && (newMatch[j]! < 0 || normalise(newS[j]!.text) !== normalise(oldS[newMatch[j]!]!.text))) tryGroup('new', j);

  // 4. the pairs, and which of them moved
  const units: { old: number[]; new: number[] }[] = [...groups];
  oldMatch.forEach((j, i) => {
    if (j >= 0 && !grouped.old.has(i) && !grouped.new.has(j)) units.push({ old: [i], new: [j] });
  });
  units.sort((a, b) => a.old[0]! - b.old[0]!);
  const inPlace = longestIncreasing(units.map((u) => u.new[0]!));
  const pairs: AlignedPair[] = units.map((unit, k) => {
    const oldText = unit.old.map((i) => normalise(oldS[i]!.text)).join(' ');
    const newText = unit.new.map((j) => normalise(newS[j]!.text)).join(' ');
    const changed = oldText !== newText;
    const moved = !inPlace.has(k);
    const kind: PairKind = unit.old.length > 1 ? 'merged' : unit.new.length > 1 ? 'split' : moved ? 'moved' : changed ? 'edited' : 'unchanged';
    const pair: AlignedPair = { kind, old: unit.old, new: unit.new };
    if (kind !== 'unchanged') {
      pair.similarity = round(dice(merge(unit.old.map((i) => oldBags[i]!)), unit.old.reduce((n, i) => n + oldWords[i]!.length, 0), merge(unit.new.map((j) => newBags[j]!)), unit.new.reduce((n, j) => n + newWords[j]!.length, 0)));
    }
    if (moved && changed) pair.edited = true;
    if (changed) pair.ops = wordDiff(oldA, unit.old.map((i) => oldS[i]!), newA, unit.new.map((j) => newS[j]!));
    return pair;
  });
  const usedOld = new Set(units.flatMap((u) => u.old));
  const usedNew = new Set(units.flatMap((u) => u.new));
  oldS.forEach((_, i) => {
    if (!usedOld.has(i)) pairs.push({ kind: 'removed', old: [i], new: [] });
  });
  newS.forEach((_, j) => {
    if (!usedNew.has(j)) pairs.push({ kind: 'added', old: [], new: [j] });
  });
  return { pairs: orderPairs(pairs) };
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

/** Where an unmatched sentence would stand on the other side, from its nearest matched neighbour. */
function estimate(match: number[], at: number): number {
  for (let d = 1; d < match.length; d++) {
    if (at - d >= 0 && match[at - d]! >= 0) return match[at - d]! + d;
    if (at + d < match.length && match[at + d]! >= 0) return match[at + d]! - d;
  }
  return at;
}

function nearbyUnmatched(match: number[], around: number, count: number): number[] {
  const out: number[] = [];
  for (let k = Math.max(0, around - 2); k <= Math.min(count - 1, around + 2); k++) if (match[k]! < 0) out.push(k);
  return out;
}

/** Indices (into `values`) of one longest strictly increasing subsequence. */
export function longestIncreasing(values: number[]): Set<number> {
  const tails: number[] = [];
  const previous = new Array<number>(values.length).fill(-1);
  for (let k = 0; k < values.length; k++) {
    const low = partitionPoint(tails.length, (m) => values[tails[m]!]! < values[k]!);
    if (low > 0) previous[k] = tails[low - 1]!;
    tails[low] = k;
  }
  const out = new Set<number>();
  for (let k = tails[tails.length - 1] ?? -1; k >= 0; k = previous[k]!) out.add(k);
  return out;
}

/** Pairs in reading order of the new version; a removed sentence stands after what preceded it in the old. */
function orderPairs(pairs: AlignedPair[]): AlignedPair[] {
  const newPosOfOld = new Map<number, number>();
  for (const pair of pairs) for (const i of pair.old) if (pair.new.length) newPosOfOld.set(i, pair.new[0]!);
  const position = (pair: AlignedPair): number => {
    if (pair.new.length) return pair.new[0]!;
    for (let i = pair.old[0]! - 1; i >= 0; i--) if (newPosOfOld.has(i)) return newPosOfOld.get(i)! + 0.5;
    return -0.5;
  };
  return pairs
    .map((pair) => ({ pair, at: position(pair), old: pair.old[0] ?? -1 }))
    .sort((a, b) => a.at - b.at || a.old - b.old)
    .map((x) => x.pair);
}
