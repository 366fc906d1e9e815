import { stemmer } from 'stemmer';
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

export function similarity(lexicon: CompiledLexicon, a: string[], b: string[], names?: EntityNames): Similarity {
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
