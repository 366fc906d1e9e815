/**
 * Lexical semantics read from the table the build makes (scripts/build-semantics.ts): WordNet's
 * synonyms, antonyms and derived forms, and word vectors for graded likeness. Loaded on first use
 * (about 7 MB, a few tens of milliseconds), so a run that never compares two words in other words
 * does not pay for it. Vectors put antonyms and siblings close ("rose" / "fell", "Tuesday" /
 * "Wednesday"): they propose a likeness, WordNet antonyms and the claim's arguments decide.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packagePath } from '../base/package-path.js';

interface Table {
  dimensions: number;
  words: string[];
  synonyms: Record<string, number[]>;
  antonyms: Record<string, number[]>;
  derived: Record<string, number[]>;
  given: string[];
  personNouns: string[];
}

interface Loaded {
  index: Map<string, number>;
  given: Set<string>;
  personNouns: Set<string>;
  table: Table;
  vectors: Int8Array;
}

const DIR = packagePath('data', 'semantics');
let loaded: Loaded | null | undefined;

function load(): Loaded | null {
  if (loaded !== undefined) return loaded;
  // a build without the table (its packages not installed) runs on lexical overlap alone
  if (!existsSync(join(DIR, 'words.json')) || !existsSync(join(DIR, 'vectors.bin'))) return (loaded = null);
  const table = JSON.parse(readFileSync(join(DIR, 'words.json'), 'utf8')) as Table;
  const bytes = readFileSync(join(DIR, 'vectors.bin'));
  const vectors = new Int8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  loaded = { table, vectors, index: new Map(table.words.map((w, i) => [w, i])), given: new Set(table.given), personNouns: new Set(table.personNouns) };
  return loaded;
}

/** Whether the table is there (a build that installed its packages). */
export function hasSemantics(): boolean {
  return load() !== null;
}

/** Cosine of two words' vectors, -1 to 1; undefined when either word is not in the table. */
export function cosine(a: string, b: string): number | undefined {
  const t = load();
  if (!t) return undefined;
  const i = t.index.get(a);
  const j = t.index.get(b);
  if (i === undefined || j === undefined) return undefined;
  if (i === j) return 1;
  const d = t.table.dimensions;
  let dot = 0;
  for (let k = 0; k < d; k++) dot += t.vectors[i * d + k]! * t.vectors[j * d + k]!;
  return dot / (127 * 127);
}

function related(kind: 'synonyms' | 'antonyms' | 'derived', a: string, b: string): boolean {
  const t = load();
  if (!t) return false;
  const i = t.index.get(a);
  const j = t.index.get(b);
  if (i === undefined || j === undefined) return false;
  return t.table[kind][i]?.includes(j) === true || t.table[kind][j]?.includes(i) === true;
}

/** Two words of one WordNet sense among their first ("detain" / "arrest", "quake" / "earthquake"). */
export function synonymous(a: string, b: string): boolean {
  return related('synonyms', a, b);
}

/** WordNet antonyms ("rise" / "fall", "win" / "lose"). */
export function antonymous(a: string, b: string): boolean {
  return related('antonyms', a, b);
}

/** Derivationally related forms ("arrest" v. / "arrest" n., "die" / "death", "resign" / "resignation"). */
export function derived(a: string, b: string): boolean {
  return related('derived', a, b);
}

/** The words WordNet gives as synonyms of one, in the table's vocabulary. */
export function synonymsOf(word: string): string[] {
  const t = load();
  const i = t?.index.get(word);
  if (!t || i === undefined) return [];
  return (t.table.synonyms[i] ?? []).map((j) => t.table.words[j]!);
}

/** Whether a lower-case word is in the table's vocabulary (the 60,000 most frequent words of news). */
export function knownWord(word: string): boolean {
  return load()?.index.has(word) === true;
}

/** A given name of the English-speaking world's lists ("Lindsey", "Len", "Pavel"). */
export function isGivenName(word: string): boolean {
  return load()?.given.has(word) === true;
}

/** A noun for a person, by WordNet ("composer", "defender", "rider", "widow"). */
export function isPersonNoun(word: string): boolean {
  return load()?.personNouns.has(word) === true;
}
