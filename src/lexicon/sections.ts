/**
 * Every section of the lexicon, in one registry: the only place copydesk's words live. Code reads
 * words through the compiled lexicon, never from lists of its own, so a newsroom's lexicon file can
 * add a title, an abbreviation that never ends a sentence, a negation or a speech verb and every rule
 * sees it. Punctuation, part-of-speech tags and Markdown syntax stay in code: they are not vocabulary.
 */
import { fold, genderedList, section, wordList, WORDS_SCHEMA } from './section.js';
import type { FrameDef, KinshipDef, PlaceDef, TitleDef, VariantDef } from './types.js';
import { escapeRegExp } from '../base/regexp.js';

export interface Trigger {
  frame: string;
  /** Lemma sequence to match. */
  words: string[];
  pos: 'verb' | 'noun';
  /** Nouns one of which must stand in the verb's object for it to state the event. */
  objects?: ReadonlySet<string>;
  /** The verb states the event's denial ("stay open" is not closing). */
  denies?: boolean;
}

export interface PlaceEntry {
  name: string;
  demonym: boolean;
}

/** Words and numbers ("twelve": 12), looked up in lower case. */
function numberTable<K extends string>(key: K, description: string) {
  return section({
    description,
    schema: { type: 'object', additionalProperties: { type: 'number' } },
    empty: (): Record<string, number> => ({}),
    merge: (earlier, later) => ({ ...earlier, ...later }),
    compile: (table) => ({ [key]: new Map(Object.entries(table).map(([w, n]) => [fold(w), n])) }) as unknown as Record<K, ReadonlyMap<string, number>>,
  });
}

/** Words and the words they give ("own": "owner"), looked up in lower case. */
function wordTable<K extends string>(key: K, description: string) {
  return section({
    description,
    schema: { type: 'object', additionalProperties: { type: 'string', minLength: 1 } },
    empty: (): Record<string, string> => ({}),
    merge: (earlier, later) => ({ ...earlier, ...later }),
    compile: (table) => ({ [key]: new Map(Object.entries(table).map(([w, n]) => [fold(w), fold(n)])) }) as unknown as Record<K, ReadonlyMap<string, string>>,
  });
}

/** Phrases a line or heading opens with, as one case-insensitive pattern ("Read more", "Photo"). */
function prefixList<K extends string>(key: K, description: string, after = '\\b') {
  return section({
    description,
    schema: { ...WORDS_SCHEMA, description },
    empty: (): string[] => [],
    merge: (earlier, later) => [...earlier, ...later],
    compile: (list) => ({ [key]: new RegExp(`^(?:${list.map(escapeRegExp).join('|')})${after}`, 'i') }) as unknown as Record<K, RegExp>,
  });
}


/** Whole words or phrases anywhere in a text, case-insensitive. */
function alternation(list: string[]): RegExp {
  return list.length ? new RegExp(`\\b(?:${list.map(escapeRegExp).join('|')})\\b`, 'i') : /(?!)/;
}

/**
 * The forms of the listed verbs that attribute what was said ("she said", "he adds"): -s and -ed made
 * by the rules of English spelling, and the irregular forms the lexicon gives ("said", "told"). Not
 * the bare lemma: "Reports from the scene say …" opens a sentence of its own.
 */
function inflect(lemmas: string[], irregular: Record<string, string[]>): ReadonlySet<string> {
  const forms = new Set<string>();
  for (const lemma of lemmas) {
    const consonantY = /[^aeiou]y$/.test(lemma);
    forms.add(consonantY ? `${lemma.slice(0, -1)}ies` : /(s|sh|ch|x|z)$/.test(lemma) ? `${lemma}es` : `${lemma}s`);
    forms.add(consonantY ? `${lemma.slice(0, -1)}ied` : lemma.endsWith('e') ? `${lemma}d` : `${lemma}ed`);
    for (const form of (Object.hasOwn(irregular, lemma) ? irregular[lemma] : undefined) ?? []) forms.add(fold(form));
  }
  return forms;
}

/** A phrase as a sequence of lower-case words. */
export function words(phrase: string): string[] {
  return fold(phrase).split(/\s+/).filter(Boolean);
}

const PHRASES_SCHEMA = { type: 'array', items: { type: 'array', minItems: 2, items: { type: 'string', minLength: 1 } } } as const;

/** Canonical form of each synonym (its group's first member) and the groups' multi-word phrases by first word, longest first. */
function synonymTables(groups: string[][]): { canonical: Map<string, string>; phrases: Map<string, string[][]> } {
  const canonical = new Map<string, string>();
  const phrases = new Map<string, string[][]>();
  for (const group of groups) {
    const head = words(group[0]!).join(' ');
    for (const member of group) {
      const parts = words(member);
      if (!canonical.has(parts.join(' '))) canonical.set(parts.join(' '), head);
      if (parts.length > 1) phrases.set(parts[0]!, [...(phrases.get(parts[0]!) ?? []), parts]);
    }
  }
  for (const list of phrases.values()) list.sort((a, b) => b.length - a.length);
  return { canonical, phrases };
}

export const SECTIONS = {
  frames: section({
    description: 'Events that claims are made of (arrest, death toll, interview): the verbs and nouns that state each, whose event it is, and what it counts.',
    schema: {
      type: 'object',
      additionalProperties: {
        type: 'object',
        additionalProperties: false,
        required: ['label', 'core'],
        properties: {
          label: { type: 'string', minLength: 1 },
          single: { type: 'string', minLength: 1 },
          core: { enum: ['patient', 'agent', 'any'] },
          verbs: WORDS_SCHEMA,
          denying: WORDS_SCHEMA,
          nouns: WORDS_SCHEMA,
          once: { type: 'boolean' },
          counts: WORDS_SCHEMA,
          exclude: WORDS_SCHEMA,
          objects: { type: 'object', additionalProperties: WORDS_SCHEMA },
          ownerFrom: { type: 'boolean' },
          intransitive: { type: 'boolean' },
          incident: { type: 'boolean' },
          sole: { type: 'boolean' },
          roleAfter: { type: 'boolean' },
          offences: { type: 'array', items: WORDS_SCHEMA },
          countedOnly: WORDS_SCHEMA,
        },
      },
    },
    empty: (): Record<string, FrameDef> => ({}),
    merge: (earlier, later) => ({ ...earlier, ...later }),
    compile: (frames) => {
      const triggers = new Map<string, Trigger[]>();
      const add = (trigger: Trigger) => triggers.set(trigger.words[0]!, [...(triggers.get(trigger.words[0]!) ?? []), trigger]);
      for (const [frame, def] of Object.entries(frames)) {
        for (const verb of def.verbs ?? []) add({ frame, words: words(verb), pos: 'verb' });
        for (const verb of def.denying ?? []) add({ frame, words: words(verb), pos: 'verb', denies: true });
        for (const [verb, nouns] of Object.entries(def.objects ?? {})) add({ frame, words: words(verb), pos: 'verb', objects: new Set(nouns) });
        for (const noun of def.nouns ?? []) add({ frame, words: words(noun), pos: 'noun' });
      }
      for (const list of triggers.values()) list.sort((a, b) => b.words.length - a.words.length);
      return { frames, triggers };
    },
  }),
  synonyms: section({
    description: 'Groups of words (lemmas or phrases) that say the same thing; the first is the form they are compared as.',
    schema: PHRASES_SCHEMA,
    empty: (): string[][] => [],
    merge: (earlier, later) => [...earlier, ...later],
    compile: (groups) => synonymTables(groups),
  }),
  antonyms: section({
    description: 'Pairs of words that state opposite facts (rise / fall, approve / reject).',
    schema: { type: 'array', items: { type: 'array', minItems: 2, maxItems: 2, items: { type: 'string', minLength: 1 } } },
    empty: (): string[][] => [],
    merge: (earlier, later) => [...earlier, ...later],
    compile: (pairs, all) => {
      // compared after synonyms are folded, so "decrease" meets "increase" as "fall" meets "rise"
      const { canonical } = synonymTables(all['synonyms'] as string[][]);
      const antonyms = new Map<string, Set<string>>();
      const exclusive = (all['exclusive'] as string[][]).flatMap((set) => set.flatMap((a) => set.filter((b) => a < b).map((b) => [a, b])));
      // (a word folded into the verbs of saying keeps its own form here: "add" of [add, remove] folded
      // to "say" would make "said" the opposite of "removed"; flipped-polarity reads "added 12 routes"
      // by its own lemma where it is no verb of saying)
      const speech = new Set(((all['speechVerbs'] as string[] | undefined) ?? []).map(fold));
      const own = (word: string) => {
        const folded = canonical.get(word) ?? word;
        return folded !== word && speech.has(folded) ? word : folded;
      };
      for (const [a, b] of [...pairs, ...exclusive]) {
        const left = own(words(a!).join(' '));
        const right = own(words(b!).join(' '));
        if (!antonyms.has(left)) antonyms.set(left, new Set());
        if (!antonyms.has(right)) antonyms.set(right, new Set());
        antonyms.get(left)!.add(right);
        antonyms.get(right)!.add(left);
      }
      return { antonyms };
    },
  }),
  exclusive: section({
    description: 'Sets of words any two of which exclude each other (colours, ordinals); read together with antonyms.',
    schema: PHRASES_SCHEMA,
    empty: (): string[][] => [],
    merge: (earlier, later) => [...earlier, ...later],
    // which set each word stands in: an exclusion is weaker evidence than an antonym ("third" in the
    // next sentence of a report is another city's place, "secretly" is this claim's opposite)
    compile: (sets) => ({ exclusiveSet: new Map(sets.flatMap((set, k) => set.map((w) => [w, k] as const))) as ReadonlyMap<string, number> }),
  }),
  titles: section({
    description: 'Titles and roles a person holds (chief executive, mayor): their forms, the group whose members exclude each other, whether one person holds it at a time.',
    schema: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['id', 'forms'],
        properties: {
          id: { type: 'string', minLength: 1 },
          forms: { type: 'array', minItems: 1, items: { type: 'string', minLength: 1 } },
          group: { type: 'string', minLength: 1 },
          person: { type: 'boolean' },
          unique: { type: 'boolean' },
        },
      },
    },
    empty: (): TitleDef[] => [],
    merge: (earlier, later) => [...earlier, ...later],
    compile: (list) => {
      const titles = new Map<string, { words: string[]; title: TitleDef }[]>();
      for (const title of list) {
        for (const form of title.forms) {
          const parts = words(form);
          titles.set(parts[0]!, [...(titles.get(parts[0]!) ?? []), { words: parts, title }]);
        }
      }
      for (const entries of titles.values()) entries.sort((a, b) => b.words.length - a.words.length);
      return { titles };
    },
  }),
  honorifics: wordList('honorifics', 'Honorifics before a name (Mr, Dr, Cllr).', 'abbreviation'),
  places: section({
    description: 'Places with their other names and demonyms ("United States", "U.S.", "American").',
    schema: {
      type: 'array',
      items: { type: 'object', additionalProperties: false, required: ['name'], properties: { name: { type: 'string', minLength: 1 }, aliases: WORDS_SCHEMA, demonyms: WORDS_SCHEMA } },
    },
    empty: (): PlaceDef[] => [],
    merge: (earlier, later) => [...earlier, ...later],
    compile: (list) => {
      const places = new Map<string, PlaceEntry>();
      for (const place of list) {
        const add = (form: string, demonym: boolean) => {
          if (!places.has(form.toLowerCase())) places.set(form.toLowerCase(), { name: place.name, demonym });
        };
        add(place.name, false);
        for (const alias of place.aliases ?? []) add(alias, false);
        for (const demonym of place.demonyms ?? []) add(demonym, true);
      }
      return { places };
    },
  }),
  orgWords: section({
    description: 'Words that mark an organisation’s name ("Bank", "Ministry", "Inc"), as written.',
    schema: WORDS_SCHEMA,
    empty: (): string[] => [],
    merge: (earlier, later) => [...earlier, ...later],
    compile: (list) => ({ orgWords: new Set(list.map((w) => w.replace(/\.$/, ''))) as ReadonlySet<string> }),
  }),
  orgs: wordList('orgs', 'Well-known organisations written as acronyms or single words (FBI, Reuters), as written.', 'exact'),
  surnamesFirst: wordList('surnamesFirst', 'Family names written first (Chinese, Korean), to read "Ren Zhengfei" as Ren + Zhengfei.', 'exact'),
  givenNames: wordList('givenNames', 'Given names, to recognise people introduced without a title.', 'exact'),
  givenNameWords: wordList('givenNameWords', 'Given names on the built-in lists that are also common words ("Will", "Grant"): they make no one a person by themselves.', 'exact'),
  kinship: section({
    description: 'Kinship words (daughter, brother): the group of relations that exclude each other, whether a person has only one, the group of the same tie told from the other side (child / parent), and the gender the word gives (f, m); `same` names the word another is a form of (dad: father).',
    schema: { type: 'object', additionalProperties: { type: 'object', additionalProperties: false, required: ['group'], properties: { group: { type: 'string' }, unique: { type: 'boolean' }, converse: { type: 'string' }, gender: { enum: ['f', 'm'] }, same: { type: 'string' } } } },
    empty: (): Record<string, KinshipDef> => ({}),
    merge: (earlier, later) => ({ ...earlier, ...later }),
    compile: (kinship) => ({ kinship: new Map(Object.entries(kinship)) as ReadonlyMap<string, KinshipDef> }),
  }),
  hedges: section({
    description: 'Words that put a claim at a distance ("alleged", "reportedly", "is believed to").',
    schema: WORDS_SCHEMA,
    empty: (): string[] => [],
    merge: (earlier, later) => [...earlier, ...later],
    compile: (list) => ({ hedges: list.map(words) as readonly string[][] }),
  }),
  speechVerbs: section({
    description: 'Verbs (lemmas) that introduce what someone said: they attribute quotations and reported claims.',
    schema: WORDS_SCHEMA,
    empty: (): string[] => [],
    merge: (earlier, later) => [...earlier, ...later],
    compile: (list, all) => ({ speechVerbs: new Set(list.map(fold)) as ReadonlySet<string>, speechVerbForms: inflect(list.map(fold), all['irregularVerbs'] as Record<string, string[]>) }),
  }),
  irregularVerbs: section({
    description: 'Past and present forms English does not make with -s and -ed, for verbs other sections list by lemma (say: said, says).',
    schema: { type: 'object', additionalProperties: WORDS_SCHEMA },
    empty: (): Record<string, string[]> => ({}),
    merge: (earlier, later) => ({ ...earlier, ...later }),
    compile: () => ({}),
  }),
  peopleNouns: wordList('peopleNouns', 'Nouns that count people in general ("killed 14" and "14 people were killed" count the same thing).'),
  variants: section({
    description: 'Words and names written more than one way (email / e-mail); `preferred` fixes house style.',
    schema: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['forms'],
        properties: { forms: { type: 'array', minItems: 2, items: { type: 'string', minLength: 1 } }, preferred: { type: 'string' }, caseSensitive: { type: 'boolean' } },
      },
    },
    empty: (): VariantDef[] => [],
    merge: (earlier, later) => [...earlier, ...later],
    compile: (variants) => ({ variants }),
  }),

  // sentences (text/sentences.ts)
  abbreviations: wordList('abbreviations', 'Abbreviations a name or number always follows: a full stop after them never ends a sentence ("Dr.", "Cllr.", "No.").', 'abbreviation'),
  ambiguousAbbreviations: wordList('ambiguousAbbreviations', 'Abbreviations that may also end a sentence ("U.S.", "Inc."): after them a sentence ends only where the next word usually opens one.', 'abbreviation'),
  sentenceOpeners: wordList('sentenceOpeners', 'Words that usually open a sentence: after an abbreviation that may end one, they mean it did.'),
  beforeMonth: wordList('beforeMonth', 'Words before "May" that make it the month, not the modal verb ("in May", "early May").'),

  // clauses and negation (claims/clause.ts, claims/terms.ts, kinds/flipped-polarity.ts)
  clauseConjunctions: wordList('clauseConjunctions', 'Conjunctions that, after a comma, start a clause of their own.'),
  subordinators: wordList('subordinators', 'Words that make what follows a condition or background clause, not a claim ("after she was arrested").'),
  conditionals: wordList('conditionals', 'Words that open a condition: a negation inside one reverses nothing.'),
  beforeVerb: wordList('beforeVerb', 'Words that may stand between a negation and the verb it denies ("did not yet approve").'),
  passiveAuxiliaries: wordList('passiveAuxiliaries', 'Forms of "be" and "get" that make a past participle passive ("was arrested").'),
  negations: section({
    description: 'Words that deny what follows (not, never, no, nobody).',
    schema: WORDS_SCHEMA,
    empty: (): string[] => [],
    merge: (earlier, later) => [...earlier, ...later],
    // `denials`: every word that denies a clause (negations, negating verbs and phrases), as claims are read
    compile: (list, all) => ({
      negations: new Set(list.map(fold)) as ReadonlySet<string>,
      denials: new Set([...list, ...(all['negatingVerbs'] as string[]), ...(all['negatingPhrases'] as string[])].map(fold)) as ReadonlySet<string>,
    }),
  }),
  intentVerbs: wordList('intentVerbs', 'Verbs of intention before "to": what follows has not happened ("planned to kill", "threatened to resign").'),
  rankWords: wordList('rankWords', 'Words that make a title another rank ("chief", "deputy"): a title they are added to is not the same title told more fully.'),
  announcingVerbs: wordList('announcingVerbs', 'Speech verbs that make an act public ("announced", "confirmed"): a claim so attributed is less often one only its source makes.'),
  negatingVerbs: wordList('negatingVerbs', 'Verbs that deny the verb after them ("refused to pay", "avoided paying").'),
  negatingPhrases: wordList('negatingPhrases', 'Words that deny a clause without negating its verb ("without", "no longer"): no negation an edit adds or drops, but one a rewording to "not" balances ("without knowing" / "did not know").'),
  negatedVerbs: wordList('negatedVerbs', 'Verbs whose dis- or in- form denies them ("agree" / "disagree").'),
  permissionWords: wordList('permissionWords', 'Words that grant leave ("allowed to keep"): beside them a report\'s "may keep" is a permission restated, not a hedge lost.'),
  modalVerbs: wordList('modalVerbs', 'Modal verbs: "could not yet estimate" denies, it does not hedge.'),

  // closed classes
  determiners: wordList('determiners', 'Articles and demonstratives (the, a, this).'),
  possessives: wordList('possessives', 'Possessive determiners (its, his, their).'),
  relativePronouns: wordList('relativePronouns', 'Pronouns that open a relative clause (who, which).'),
  subjectPronouns: wordList('subjectPronouns', 'Pronouns that stand as the subject of "said" (he, she, they).'),
  prepositions: wordList('prepositions', 'Prepositions: a name after one is no subject or object of the verb.'),
  lightWords: wordList('lightWords', 'Words of little content, left out of the terms sentences are compared by.'),
  genericTerms: wordList('genericTerms', 'Content words so common in news that sharing them says little about two sentences.'),
  titleWords: wordList('titleWords', 'Small words inside a title in quotation marks ("The Art of War"), which is no one’s words.'),

  // dates and numbers (claims/numbers.ts)
  months: section({
    description: 'The months, January first: "May 3" is 2024-05-03 when the year is known.',
    schema: { ...WORDS_SCHEMA, minItems: 12, maxItems: 12 },
    empty: (): string[] => [],
    merge: (earlier, later) => (later.length ? later : earlier),
    compile: (list) => ({ months: new Map(list.map((name, k) => [fold(name), k + 1])) as ReadonlyMap<string, number> }),
  }),
  monthAbbreviations: numberTable('monthAbbreviations', 'Abbreviated months and their numbers ("Sept." is 9).'),
  weekdays: section({
    description: 'The days of the week, Monday first.',
    schema: { ...WORDS_SCHEMA, minItems: 7, maxItems: 7 },
    empty: (): string[] => [],
    merge: (earlier, later) => (later.length ? later : earlier),
    compile: (list) => ({ weekdays: list.map(fold) as readonly string[] }),
  }),
  dayPeriods: wordList('dayPeriods', 'Words after a clock figure that make it a time of day, not a count ("pm", "a.m.", "o\'clock").'),
  numberWords: numberTable('numberWords', 'Numbers written as words ("twelve", "dozen").'),
  pluralOnlyNouns: wordList('pluralOnlyNouns', 'Nouns that name one thing in the plural: "a pair of trousers" is one pair, not two.'),
  numberScales: numberTable('numberScales', 'Scales after a figure ("1.2 million", "5 bn").'),
  numberSuffixes: numberTable('numberSuffixes', 'Scales written onto a figure ("5bn", "300k").'),
  numberQualifiers: section({
    description: 'Words before a figure that widen it into a range: "at least 12" is 12 or more (`low` and `high` are multiples of the figure; with no `high` there is no upper bound).',
    schema: {
      type: 'array',
      items: { type: 'object', additionalProperties: false, required: ['words', 'low'], properties: { words: { type: 'string', minLength: 1 }, low: { type: 'number' }, high: { type: 'number' } } },
    },
    empty: (): { words: string; low: number; high?: number }[] => [],
    merge: (earlier, later) => [...earlier, ...later],
    compile: (list) => ({ numberQualifiers: list.map((q) => ({ words: words(q.words), low: q.low, high: q.high ?? Infinity })) as readonly { words: string[]; low: number; high: number }[] }),
  }),
  pronounOneAfter: wordList('pronounOneAfter', 'Words before "one" that make it a pronoun, not a count ("no one", "the one").'),
  marginWords: wordList('marginWords', 'Words after a counted noun that make the figure a margin, not a count ("from two goals down", "three points clear").'),
  marginUnits: wordList('marginUnits', 'Units a margin is told in ("two goals down", "won by 412 votes"): a figure of another unit before "down" or after "by" is a count ("eight houses down Mill Lane").'),
  countLinks: wordList('countLinks', 'Words between a named event and its figure ("a toll of 12", "the toll stood at 12").'),
  currencySymbols: wordList('currencySymbols', 'Currency symbols before a figure ("$", "£", "HK$").'),
  currencyWords: wordList('currencyWords', 'Currency words after a figure ("12 million euros").'),

  // names and people (claims/names.ts, claims/entities.ts, claims/roles.ts, claims/attribution.ts)
  nameParticles: wordList('nameParticles', 'Lower-case particles inside family names ("van Dalen", "de la Cruz"), as written.', 'exact'),
  ofNameHeads: wordList('ofNameHeads', 'Words after which "of" continues a name ("Gulf of Mexico"), besides organisation words; as written.', 'exact'),
  placeOfHeads: wordList('placeOfHeads', 'Words for a sort of place after which "of" continues a name, and the name is a place ("Gulf of Mexico", "Vale of Glamorgan"); as written.', 'exact'),
  notNames: section({
    description: 'Capitalised words that are no name ("I", "Former" in a headline, "TV"); months and weekdays are none either.',
    schema: WORDS_SCHEMA,
    empty: (): string[] => [],
    merge: (earlier, later) => [...earlier, ...later],
    compile: (list, all) => {
      const abbreviations = Object.keys(all['monthAbbreviations'] as Record<string, number>).filter((a) => a !== 'may').map((a) => `${a}.`);
      return { notNames: new Set([...list, ...(all['months'] as string[]), ...abbreviations, ...(all['weekdays'] as string[])].map(fold)) as ReadonlySet<string> };
    },
  }),
  partyLabels: wordList('partyLabels', 'A party label before a name ("Democrat Nadia Haskell"), not part of it; as written.', 'exact'),
  postNominals: wordList('postNominals', 'Letters after a name: honours and offices, not the name ("KC", "MP"); as written.', 'exact'),
  nameSuffixes: wordList('nameSuffixes', 'Generational suffixes that are no part of the family name ("Jr.").', 'abbreviation'),
  personalPronouns: genderedList('personalPronouns', 'Personal pronouns that refer back to a person named before.'),
  genderWords: genderedList('genderWords', 'Words that state a person’s gender, for the pronouns that follow ("Miss Meng", "his daughter, Meng").'),
  unnamedPeople: genderedList('unnamedPeople', 'Nouns for a person the story does not name ("the boy’s mother"): whom a later pronoun may mean.'),
  titleQualifiers: wordList('titleQualifiers', 'Words before a title that make it another title than the plain one ("former CEO", "acting mayor").'),
  servedAs: wordList('servedAs', 'Verbs after which a title is one held before ("served as mayor").'),
  titleLinks: wordList('titleLinks', 'Words after a name that make a title its holder’s ("Meng is the company’s CFO").'),
  addresseeVerbs: wordList('addresseeVerbs', 'Speech verbs whose object is the listener ("told Wikinews", "assured voters"): the name after them does not speak.'),
  modifierSuffixes: wordList('modifierSuffixes', 'Endings that make a name a modifier ("Colorado-based", "Labour-led", "Canadian-born"): no part of the name after it.'),
  nameFunctionWords: wordList('nameFunctionWords', 'Small words that, capitalised inside a name, make it the name of a group, a work or a thing, not a person ("Led By Donkeys", "Friends Of The Earth").'),
  familyWords: wordList('familyWords', 'Nouns for a family after its name ("the Tate brothers"): its members are told apart by their given names.'),
  titlePrepositions: wordList('titlePrepositions', 'Prepositions that tie a name to the title before it ("the managing director of Dallimore Access").'),
  sourceNouns: wordList('sourceNouns', 'Nouns that name a source of a claim ("police said", "according to officials").'),
  spokespeople: wordList('spokespeople', 'People who speak for an organisation: what they say, it says.'),
  kinshipLinks: wordList('kinshipLinks', 'Words between two people a kinship links ("Meng, who is also Ren’s eldest daughter").'),
  agentNouns: wordTable('agentNouns', 'Verbs and the noun for whoever does them ("own": "owner"): "Kimbrough, who owned Kimbrough Recovery & Tow," is later "the tow company owner".'),
  givenNameTitles: wordList('givenNameTitles', 'Titles as often a given name: before one surname ("Dean Colley, 47,", "his brother, Dean Whitlow") the word is the given name, not the title; a title names its office ("Dean of Medicine") or stands before a full name or after "the".'),
  nameOpeners: wordList('nameOpeners', 'Words of notNames that open a name when capitalised inside a sentence before another capitalised word ("at New Norcia"), as written.', 'exact'),
  timePrepositions: wordList('timePrepositions', 'Subordinators that are prepositions before a phrase with no verb ("Before dawn on Tuesday, …", "Since 2016, …").'),
  complementVerbs: wordList('complementVerbs', 'Verbs whose object is a clause with its own subject ("The verdict means the 44-year-old now stands convicted").'),
  kinshipQualifiers: wordList('kinshipQualifiers', 'Words between an owner and a kinship word that say which relative ("Pell’s older sister", "her late husband").'),
  olderWords: wordList('olderWords', 'Words before a kinship word that make the relative the older of the two ("her elder sister", "his big brother").'),
  youngerWords: wordList('youngerWords', 'Words before a kinship word that make the relative the younger of the two ("his younger brother", "her kid sister").'),

  // places and organisations (claims/entities.ts, claims/frames.ts)
  placePrepositions: wordList('placePrepositions', 'Prepositions before a place: where an event happens, and what makes a name a place.'),
  placeEndings: wordList('placeEndings', 'Last words of street and landscape names ("Market Street"); as written.', 'exact'),
  placeNouns: wordList('placeNouns', 'Nouns for a place before "of" ("the town of Harlow").'),
  travelVerbs: wordList('travelVerbs', 'Verbs of travel before "for" and a destination ("bound for Lisbon").'),
  corporateSuffixes: wordList('corporateSuffixes', 'Endings of a company’s name left off in later references ("Huawei Technologies" is "Huawei").', 'abbreviation'),
  organisationNouns: wordList('organisationNouns', 'Nouns for an organisation ("the chain", "the regulator").'),
  thingWords: wordList('thingWords', 'Words that make a capitalised name a thing, not a person ("Aldren Prize"); as written.', 'exact'),

  // events (claims/frames.ts, kinds/repetition.ts, kinds/flipped-polarity.ts)
  updateVerbs: wordList('updateVerbs', 'Verbs that report a count as changing ("the toll rose to 14").'),
  happeningVerbs: wordList('happeningVerbs', 'Verbs, one word or a phrase of lemmas ("break out", "be held"), whose subject, a noun naming an event, is told to have happened at their time ("the strike began on Thursday").'),
  specificModifiers: wordList('specificModifiers', 'Modifiers that make a named event one of a kind ("his first interview").'),
  repeatMarkers: section({
    description: 'Words that tell a second event of a kind, not the first told again ("arrested again", "a second suspect").',
    schema: WORDS_SCHEMA,
    empty: (): string[] => [],
    merge: (earlier, later) => [...earlier, ...later],
    compile: (list) => ({ repeatMarkers: alternation(list) }),
  }),
  periodTimes: section({
    description: 'Spans of time a figure is counted over ("last year", "each year", "on record"): a count of such a span is another figure than one event\'s.',
    schema: WORDS_SCHEMA,
    empty: (): string[] => [],
    merge: (earlier, later) => [...earlier, ...later],
    compile: (list) => ({ periodTimes: alternation(list) }),
  }),
  relativeTimes: section({
    description: 'Times told relative to another ("the next day", "three years ago", "last summer"): an event told with one has a time, though no date.',
    schema: WORDS_SCHEMA,
    empty: (): string[] => [],
    merge: (earlier, later) => [...earlier, ...later],
    compile: (list) => ({ relativeTimes: alternation(list) }),
  }),
  timeNouns: wordList('timeNouns', 'Nouns of time: "last season" names a time, not the ordinal "first" opposes.'),
  timePointers: wordList('timePointers', 'Words before a time noun that make it a point in time ("last", "next").'),

  // page furniture (load/)
  relatedLabels: prefixList('relatedLabels', 'A line that opens with one of these and a colon names other reports ("Related: …").', '\\s*:'),
  relatedHeadings: prefixList('relatedHeadings', 'A heading that opens with one of these introduces links to other reports.'),
  creditLabels: prefixList('creditLabels', 'A single line that opens with one of these credits a photo or an image ("Photo: NASA/ESA").'),
  promoLabels: prefixList('promoLabels', 'A line that opens with one of these promotes something else ("Sign up for …", "Send this page to someone via email").'),
  bylineLabels: prefixList('bylineLabels', 'A short line that opens with one of these names the writer ("By Ana Ruiz", "From CBS News").'),
  boxLabels: prefixList('boxLabels', 'A short line or heading that opens or closes with one of these heads a fact box ("At a glance", "Demerit limits at a glance"): the list under it restates the story in brief.'),
  noteLabels: prefixList('noteLabels', 'A block that opens with one of these is a note on the article, not its story ("Editor\'s note:", "Correction:").'),
};
