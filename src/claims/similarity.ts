import { stemmer } from 'stemmer';
import { antonymous, cosine, derived, hasSemantics, synonymous } from '../lexicon/semantics.js';
import type { CompiledLexicon } from '../lexicon/compile.js';

/**
 * How much of what two sentences say is the same: their content terms (canonical lemmas, entities,
 * numbers) compared by Porter stem so that "extradite" meets "extradition". Weighted Dice overlap, and
 * the coverage of each side, since a sentence that adds a fact to another is not a restatement of it.
 */
export interface Similarity {
  score: number;
  /** Share of each side's weight found in the other. */
  coverageA: number;
  coverageB: number;
  shared: string[];
  onlyA: string[];
  onlyB: string[];
}


const stems = new Map<string, string>();

export function termKey(term: string): string {
  if (term.startsWith('@') || term.startsWith('#') || term.includes(':')) return term;
  let stem = stems.get(term);
  if (stem === undefined) {
    stem = term.includes(' ') ? term : stemmer(term);
    stems.set(term, stem);
  }
  return stem;
}

/** Names, figures and dates say most about which claim a sentence makes; words common in news (lexicon `genericTerms`) least. */
export function weight(lexicon: CompiledLexicon, term: string): number {
  if (term.startsWith('@')) return 1.5;
  if (term.startsWith('#') || term.startsWith('year:') || term.startsWith('date:')) return 1.5;
  return lexicon.genericTerms.has(term) ? 0.4 : 1;
}

/**
 * Entities that are named differently in two places but share a name word ("Nextel Partners" and
 * "Nextel Partners Inc (NXTP)", "downtown Washington" and "Washington") count as the same.
 */
export type EntityNames = (id: string) => string | undefined;

const nameWordCache = new Map<string, Set<string>>();

function nameWords(name: string | undefined): Set<string> {
  const key = name ?? '';
  let words = nameWordCache.get(key);
  if (!words) {
    words = new Set(key.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((w) => w.length >= 3));
    if (nameWordCache.size > 50000) nameWordCache.clear();
    nameWordCache.set(key, words);
  }
  return words;
}

function pairEntities(onlyA: string[], onlyB: string[], names: EntityNames): [string, string][] {
  const pairs: [string, string][] = [];
  const used = new Set<string>();
  for (const a of onlyA) {
    if (!a.startsWith('@')) continue;
    const wordsA = nameWords(names(a.slice(1)));
    const b = onlyB.find((t) => t.startsWith('@') && !used.has(t) && [...nameWords(names(t.slice(1)))].some((w) => wordsA.has(w)));
    if (b) {
      used.add(b);
      pairs.push([a, b]);
    }
  }
  return pairs;
}

/**
 * Weighted overlap of two sentences' terms. With `soft`, words told in other words count too
 * (`softPairs`): for paraphrase (repetition), not for matching sentences across texts, where a loose
 * likeness pairs the wrong sentences.
 */
export function similarity(lexicon: CompiledLexicon, a: string[], b: string[], names?: EntityNames, soft = false): Similarity {
  const keysA = new Map<string, string>();
  for (const term of a) keysA.set(termKey(term), term);
  const keysB = new Map<string, string>();
  for (const term of b) keysB.set(termKey(term), term);
  let sharedWeight = 0;
  let weightA = 0;
  let weightB = 0;
  const shared: string[] = [];
  const onlyA: string[] = [];
  const onlyB: string[] = [];
  for (const [key, term] of keysA) {
    const w = weight(lexicon, term);
    weightA += w;
    if (keysB.has(key)) {
      sharedWeight += w;
      shared.push(term);
    } else onlyA.push(term);
  }
  for (const [key, term] of keysB) {
    weightB += weight(lexicon, term);
    if (!keysA.has(key)) onlyB.push(term);
  }
  if (names) {
    for (const [ta, tb] of pairEntities(onlyA, onlyB, names)) {
      sharedWeight += (weight(lexicon, ta) + weight(lexicon, tb)) / 2;
      shared.push(ta);
      onlyA.splice(onlyA.indexOf(ta), 1);
      onlyB.splice(onlyB.indexOf(tb), 1);
    }
  }
  if (soft) softPairs(lexicon, onlyA, onlyB, (ta, tb, likeness) => {
    sharedWeight += (likeness * (weight(lexicon, ta) + weight(lexicon, tb))) / 2;
    shared.push(ta);
  });
  const total = weightA + weightB;
  return {
    score: total === 0 ? 0 : (2 * sharedWeight) / total,
    coverageA: weightA === 0 ? 0 : sharedWeight / weightA,
    coverageB: weightB === 0 ? 0 : sharedWeight / weightB,
    shared,
    onlyA,
    onlyB,
  };
}

/** Vectors this close make two words one term told in other words, for part of its weight. */
const SOFT_MATCH = 0.72;

/**
 * Words told in other words ("detained" / "arrested", "quake" / "earthquake"): WordNet synonyms and
 * derived forms count 0.9, words whose vectors are close count their cosine. Never opposites: a pair
 * WordNet or the lexicon calls antonyms stays apart ("rose" / "fell" are close vectors and opposite
 * claims). Pairs are taken greedily, best first; the paired terms leave `onlyA` and `onlyB`.
 */
function softPairs(lexicon: CompiledLexicon, onlyA: string[], onlyB: string[], pair: (a: string, b: string, likeness: number) => void): void {
  const words = (list: string[]) => list.filter((t) => /^\p{Ll}[\p{Ll}'-]*$/u.test(t));
  const left = words(onlyA);
  const right = words(onlyB);
  if (left.length === 0 || right.length === 0 || !hasSemantics()) return;
  const candidates: { a: string; b: string; likeness: number }[] = [];
  for (const a of left) {
    for (const b of right) {
      const likeness = likenessOf(lexicon, a, b);
      if (likeness > 0) candidates.push({ a, b, likeness });
    }
  }
  candidates.sort((x, y) => y.likeness - x.likeness);
  const used = new Set<string>();
  for (const { a, b, likeness } of candidates) {
    if (used.has(`a:${a}`) || used.has(`b:${b}`)) continue;
    used.add(`a:${a}`);
    used.add(`b:${b}`);
    onlyA.splice(onlyA.indexOf(a), 1);
    onlyB.splice(onlyB.indexOf(b), 1);
    pair(a, b, likeness);
  }
}

const likenessCache = new Map<string, number>();

/** How alike two words are in meaning, 0 when they are not (or are opposites). */
export function likenessOf(lexicon: CompiledLexicon, a: string, b: string): number {
  const key = a < b ? `${a}|${b}` : `${b}|${a}`;
  let value = likenessCache.get(key);
  if (value !== undefined) return value;
  const opposite = lexicon.antonyms.get(a)?.has(b) === true || antonymous(a, b);
  if (opposite) value = 0;
  else if (synonymous(a, b) || derived(a, b)) value = 0.9;
  else {
    const cos = cosine(a, b) ?? 0;
    value = cos >= SOFT_MATCH ? cos : 0;
  }
  if (likenessCache.size > 200_000) likenessCache.clear();
  likenessCache.set(key, value);
  return value;
}
