import { emptyLexicon, type FrameDef, type KinshipDef, type Lexicon, type TitleDef, type VariantDef } from './types.js';

export type { Lexicon } from './types.js';

export interface Trigger {
  frame: string;
  /** Lemma sequence to match. */
  words: string[];
  pos: 'verb' | 'noun';
}

export interface PlaceEntry {
  name: string;
  demonym: boolean;
}

/** A lexicon with the lookups the extractors need, built once per run. */
export interface CompiledLexicon {
  source: Lexicon;
  frames: Record<string, FrameDef>;
  /** Triggers by their first word. */
  triggers: Map<string, Trigger[]>;
  /** Canonical form of a word or phrase (lower-case lemma), by its synonyms group. */
  canonical: Map<string, string>;
  /** Phrases of several words in the synonym groups, longest first, by first word. */
  phrases: Map<string, string[][]>;
  antonyms: Map<string, Set<string>>;
  /** Titles by their lower-case form's first word. */
  titles: Map<string, { words: string[]; title: TitleDef }[]>;
  honorifics: Set<string>;
  places: Map<string, PlaceEntry>;
  orgWords: Set<string>;
  orgs: Set<string>;
  surnamesFirst: Set<string>;
  givenNames: Set<string>;
  kinship: Map<string, KinshipDef>;
  hedges: string[][];
  negations: Set<string>;
  speechVerbs: Set<string>;
  peopleNouns: Set<string>;
  variants: VariantDef[];
}

/** Merges lexicons: lists are concatenated, keyed sections are overlaid (a later pack refines a frame). */
export function mergeLexicons(lexicons: Lexicon[]): Lexicon {
  const merged = emptyLexicon();
  for (const lexicon of lexicons) {
    merged.frames = { ...merged.frames, ...lexicon.frames };
    merged.kinship = { ...merged.kinship, ...lexicon.kinship };
    merged.synonyms.push(...lexicon.synonyms);
    merged.antonyms.push(...lexicon.antonyms);
    merged.exclusive.push(...lexicon.exclusive);
    merged.titles.push(...lexicon.titles);
    merged.honorifics.push(...lexicon.honorifics);
    merged.places.push(...lexicon.places);
    merged.orgWords.push(...lexicon.orgWords);
    merged.orgs.push(...lexicon.orgs);
    merged.surnamesFirst.push(...lexicon.surnamesFirst);
    merged.givenNames.push(...lexicon.givenNames);
    merged.hedges.push(...lexicon.hedges);
    merged.negations.push(...lexicon.negations);
    merged.speechVerbs.push(...lexicon.speechVerbs);
    merged.variants.push(...lexicon.variants);
    merged.peopleNouns.push(...lexicon.peopleNouns);
  }
  return merged;
}

export function words(phrase: string): string[] {
  return phrase
    .toLowerCase()
    .replace(/[’‘]/g, "'")
    .split(/\s+/)
    .filter(Boolean);
}

export function compileLexicon(lexicon: Lexicon): CompiledLexicon {
  const triggers = new Map<string, Trigger[]>();
  const addTrigger = (trigger: Trigger) => {
    const list = triggers.get(trigger.words[0]!) ?? [];
    list.push(trigger);
    triggers.set(trigger.words[0]!, list);
  };
  for (const [frame, def] of Object.entries(lexicon.frames)) {
    for (const verb of def.verbs ?? []) addTrigger({ frame, words: words(verb), pos: 'verb' });
    for (const noun of def.nouns ?? []) addTrigger({ frame, words: words(noun), pos: 'noun' });
  }
  for (const list of triggers.values()) list.sort((a, b) => b.words.length - a.words.length);

  const canonical = new Map<string, string>();
  const phrases = new Map<string, string[][]>();
  for (const group of lexicon.synonyms) {
    const head = words(group[0]!).join(' ');
    for (const member of group) {
      const key = words(member).join(' ');
      if (!canonical.has(key)) canonical.set(key, head);
      const parts = words(member);
      if (parts.length > 1) {
        const list = phrases.get(parts[0]!) ?? [];
        list.push(parts);
        phrases.set(parts[0]!, list);
      }
    }
  }
  for (const list of phrases.values()) list.sort((a, b) => b.length - a.length);

  const antonyms = new Map<string, Set<string>>();
  const pairs: string[][] = [...lexicon.antonyms];
  for (const set of lexicon.exclusive) for (const a of set) for (const b of set) if (a < b) pairs.push([a, b]);
  for (const [a, b] of pairs) {
    // compared after synonyms are folded, so "decrease" meets "increase" as "fall" meets "rise"
    const left = canonical.get(words(a!).join(' ')) ?? words(a!).join(' ');
    const right = canonical.get(words(b!).join(' ')) ?? words(b!).join(' ');
    if (!antonyms.has(left)) antonyms.set(left, new Set());
    if (!antonyms.has(right)) antonyms.set(right, new Set());
    antonyms.get(left)!.add(right);
    antonyms.get(right)!.add(left);
  }

  const titles = new Map<string, { words: string[]; title: TitleDef }[]>();
  for (const title of lexicon.titles) {
    for (const form of title.forms) {
      const parts = words(form);
      const list = titles.get(parts[0]!) ?? [];
      list.push({ words: parts, title });
      titles.set(parts[0]!, list);
    }
  }
  for (const list of titles.values()) list.sort((a, b) => b.words.length - a.words.length);

  const places = new Map<string, PlaceEntry>();
  for (const place of lexicon.places) {
    const add = (form: string, demonym: boolean) => {
      const key = form.toLowerCase();
      if (!places.has(key)) places.set(key, { name: place.name, demonym });
    };
    add(place.name, false);
    for (const alias of place.aliases ?? []) add(alias, false);
    for (const demonym of place.demonyms ?? []) add(demonym, true);
  }

  const lowerSet = (list: string[]) => new Set(list.map((w) => w.toLowerCase().replace(/[’‘]/g, "'")));
  return {
    source: lexicon,
    frames: lexicon.frames,
    triggers,
    canonical,
    phrases,
    antonyms,
    titles,
    honorifics: new Set(lexicon.honorifics.map((h) => h.toLowerCase().replace(/\.$/, ''))),
    places,
    orgWords: new Set(lexicon.orgWords.map((w) => w.replace(/\.$/, ''))),
    orgs: new Set(lexicon.orgs),
    surnamesFirst: new Set(lexicon.surnamesFirst),
    givenNames: new Set(lexicon.givenNames),
    kinship: new Map(Object.entries(lexicon.kinship)),
    hedges: lexicon.hedges.map(words),
    negations: lowerSet(lexicon.negations),
    speechVerbs: lowerSet(lexicon.speechVerbs),
    peopleNouns: lowerSet(lexicon.peopleNouns),
    variants: lexicon.variants,
  };
}

/** The canonical form of a lemma: its synonym group's head, else itself. */
export function canon(lexicon: CompiledLexicon, lemma: string): string {
  return lexicon.canonical.get(lemma) ?? lemma;
}
