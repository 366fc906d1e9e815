/**
 * Lexical semantics read from the table the build makes (scripts/build-semantics.ts): WordNet's
 * synonyms, antonyms and derived forms, word vectors for graded likeness, given names and nouns for
 * people. Each part is read on first use (the vocabulary and names, about 0.7 MB, by the name
 * typing every run does; the relations and the 6 MB of vectors only when two words are compared in
 * other words). Vectors put antonyms and siblings close ("rose" / "fell", "Tuesday" / "Wednesday"):
 * they propose a likeness, WordNet antonyms and the claim's arguments decide.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packagePath } from '../base/package-path.js';

interface Relations {
  dimensions: number;
  synonyms: Record<string, number[]>;
  antonyms: Record<string, number[]>;
  derived: Record<string, number[]>;
}

const DIR = packagePath('data', 'semantics');
const present = (file: string) => existsSync(join(DIR, file));

let vocabulary: { words: string[]; index: Map<string, number> } | null | undefined;
let names: { given: Set<string>; female: Set<string>; male: Set<string>; personNouns: Set<string>; proper: Set<string> } | null | undefined;
let relations: Relations | null | undefined;
let vectors: Int8Array | null | undefined;

// a build without the table (its packages not installed) runs on lexical overlap alone
function words() {
  if (vocabulary !== undefined) return vocabulary;
  if (!present('words.txt')) return (vocabulary = null);
  const list = readFileSync(join(DIR, 'words.txt'), 'utf8').split('\n');
  // set one by one: a pair array for each of the 60,000 words made this a third slower (a later
  // duplicate keeps the later row, as the pairs did)
  const index = new Map<string, number>();
  for (let i = 0; i < list.length; i++) index.set(list[i]!, i);
  return (vocabulary = { words: list, index });
}

function nameLists() {
  if (names !== undefined) return names;
  if (!present('names.json')) return (names = null);
  const data = JSON.parse(readFileSync(join(DIR, 'names.json'), 'utf8')) as { given: string[]; female: string[]; male: string[]; personNouns: string[]; proper: string[] };
  return (names = { given: new Set(data.given), female: new Set(data.female), male: new Set(data.male), personNouns: new Set(data.personNouns), proper: new Set(data.proper) });
}

function relationTable() {
  if (relations !== undefined) return relations;
  return (relations = present('relations.json') ? (JSON.parse(readFileSync(join(DIR, 'relations.json'), 'utf8')) as Relations) : null);
}

function vectorTable() {
  if (vectors !== undefined) return vectors;
  if (!present('vectors.bin')) return (vectors = null);
  const bytes = readFileSync(join(DIR, 'vectors.bin'));
  return (vectors = new Int8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength));
}

/** Whether the table is there (a build that installed its packages). */
export function hasSemantics(): boolean {
  return words() !== null;
}

/** Cosine of two words' vectors, -1 to 1; undefined when either word is not in the table. */
export function cosine(a: string, b: string): number | undefined {
  const i = words()?.index.get(a);
  const j = words()?.index.get(b);
  const table = vectorTable();
  const dimensions = relationTable()?.dimensions;
  if (i === undefined || j === undefined || !table || !dimensions) return undefined;
  if (i === j) return 1;
  let dot = 0;
  for (let k = 0; k < dimensions; k++) dot += table[i * dimensions + k]! * table[j * dimensions + k]!;
  return dot / (127 * 127);
}

function related(kind: 'synonyms' | 'antonyms' | 'derived', a: string, b: string): boolean {
  const i = words()?.index.get(a);
  const j = words()?.index.get(b);
  const table = relationTable();
  if (i === undefined || j === undefined || !table) return false;
  return table[kind][i]?.includes(j) === true || table[kind][j]?.includes(i) === true;
}

/** Two words of one WordNet sense among their first ("quake" / "earthquake"). */
export function synonymous(a: string, b: string): boolean {
  return related('synonyms', a, b);
}

/** WordNet antonyms ("rise" / "fall", "win" / "lose"). */
export function antonymous(a: string, b: string): boolean {
  return related('antonyms', a, b);
}

/** Derivationally related forms ("arrest" v. / "arrest" n., "resign" / "resignation"). */
export function derived(a: string, b: string): boolean {
  return related('derived', a, b);
}

/** The words WordNet gives as synonyms of one, in the table's vocabulary. */
export function synonymsOf(word: string): string[] {
  const vocab = words();
  const i = vocab?.index.get(word);
  const table = relationTable();
  if (!vocab || i === undefined || !table) return [];
  return (table.synonyms[i] ?? []).map((j) => vocab.words[j]!);
}

/** Whether a lower-case word is in the table's vocabulary (the 60,000 most frequent words of news). */
export function knownWord(word: string): boolean {
  return words()?.index.has(word) === true;
}

/**
 * A frequent word WordNet has only with a capital ("clinton") or not at all ("patterson"): for a
 * capitalised word already read as a name, a name, though a known word. (WordNet holds no function
 * words or irregular forms either: "the" and "went" are here too, so ask only of names.)
 */
export function properName(word: string): boolean {
  return nameLists()?.proper.has(word) === true;
}

/** A word of the dictionary that is no name: frequent, and written in lower case by WordNet ("substitute", "winners"). */
export function dictionaryWord(word: string): boolean {
  return knownWord(word) && !properName(word);
}

/** A given name of the English-speaking world's lists ("Lindsey", "Pavel"). */
export function isGivenName(word: string): boolean {
  const given = nameLists()?.given;
  return given !== undefined && (given.has(word) || given.has(unaccented(word)));
}

/** "Michaël" is "Michael", "José" is "Jose": the lists spell given names without accents. */
function unaccented(word: string): string {
  return word.normalize('NFD').replace(/\p{M}/gu, '');
}

/** The gender a given name says, when it is on one of the lists only ("Paula" f, "Dean" m, "Jordan" neither). */
export function givenNameGender(word: string): 'f' | 'm' | undefined {
  const lists = nameLists();
  const plain = unaccented(word);
  return lists?.female.has(word) || lists?.female.has(plain) ? 'f' : lists?.male.has(word) || lists?.male.has(plain) ? 'm' : undefined;
}

/** A noun for a person, by WordNet ("composer", "defender", "rider", "widow"). */
export function isPersonNoun(word: string): boolean {
  const nouns = nameLists()?.personNouns;
  // ("film-maker", "bus-driver": WordNet writes most such nouns closed up)
  // ("leg-spinner", "wicket-keeper": a compound WordNet lacks is a person when its last word names one)
  return nouns !== undefined && (nouns.has(word) || (word.includes('-') && (nouns.has(word.replace(/-/g, '')) || nouns.has(word.slice(word.lastIndexOf('-') + 1)))));
}
