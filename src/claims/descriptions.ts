import type { Claim, Entity, Mention } from '../model/document.js';
import type { CompiledLexicon } from '../lexicon/compile.js';
import type { SentenceContext } from '../model/analysis.js';
import { entityType } from './context.js';
import { matchTitle } from './names.js';
import { yearOld } from './numbers.js';
import { givenNameGender, isPersonNoun } from '../lexicon/semantics.js';

/**
 * Definite descriptions that name a person the story has met: "the 44-year-old" after "Darren
 * Whitcombe, 44,", "the judge" after "U.S. District Judge Ellen Marquardt". Such a description is
 * read as that person wherever a claim needs its participants ("the 44-year-old now stands
 * convicted" is Whitcombe's conviction told again), but only where one person alone fits: the one
 * person given that exact age, that title, or that noun for what they are, in an apposition ("The
 * dealer, Nathaniel Farquharson,", "Ortiz, a retired county firefighter,"), as a label before the name
 * ("consultant spinal surgeon Rajiv Menon") or a kinship ("his father,
 * Gary Halvorsen"), or the place they are from ("the Kingsford man" after "Scott Johnson, 38, of
 * Kingsford,"), or which of two who share a name is older ("the elder Halvorsen"). A description
 * with more after it ("the mayor of Leeds", "the judge's ruling") or a name after it ("the mayor, Ann
 * Cole") is left to the names. Ages that differ are the attributes kind's to compare, never resolved here.
 */
export class DescriptionIndex {
  private readonly ages = new Map<number, Set<string>>();
  private readonly titles = new Map<string, Set<string>>();
  /** Nouns for what a person is ("Halvorsen, a Kensington art dealer,", "his father, Gary Halvorsen"): lemma → people. */
  private readonly nouns = new Map<string, Set<string>>();
  /** Nouns for what a person does, told by a verb ("who coached the Eagles": coach) → people. */
  private readonly agents = new Map<string, Set<string>>();
  /** The words told with a noun a person was given ("who owned Kimbrough Recovery & Tow": kimbrough, recovery, tow), by noun and person. */
  private readonly toldWith = new Map<string, Set<string>>();
  /** Where people are from ("Scott Johnson, 38, of Kingsford,"): the place's name, lower-cased → people. */
  private readonly homes = new Map<string, Set<string>>();

  /** Learns, from one sentence read, the ages ("Whitcombe, 44,"), titles and nouns its people are given. */
  learn(ctx: SentenceContext, claims: readonly Claim[]): void {
    const { words } = ctx;
    for (let k = 0; k + 2 < words.length; k++) {
      const here = ctx.mentionAt[k];
      if (!here || here.form === 'description' || entityType(ctx, here) !== 'person' || ctx.mentionAt[k + 1] === here) continue;
      if (words[k + 1]!.text === ',' && /^\d{1,3}$/.test(words[k + 2]!.text) && /^[,.)]$/.test(words[k + 3]?.text ?? '')) add(this.ages, Number(words[k + 2]!.text), here.entity);
      const noun = appositionNoun(ctx, k + 1);
      if (noun) this.learnNoun(noun.noun, here.entity, noun.words);
      const home = homeAfter(ctx, k + 1);
      if (home) add(this.homes, home, here.entity);
      const what = relativeNoun(ctx, k + 1);
      if (what) this.learnNoun(what.noun, here.entity, what.words);
      const agent = agentAfter(ctx, k + 1);
      if (agent) {
        this.learnNoun(agent.noun, here.entity, agent.words);
        add(this.agents, agent.noun, here.entity);
      }
    }
    // "consultant spinal surgeon Rajiv Menon": a noun for what a person is, written before the name as a label
    for (let k = 0; k + 1 < words.length; k++) {
      const here = ctx.mentionAt[k + 1];
      const label = words[k]!;
      if (!here || ctx.mentionAt[k] || here.form === 'description' || entityType(ctx, here) !== 'person' || label.pos !== 'NOUN' || !/^\p{Ll}/u.test(label.text) || !isPersonNoun(label.lemma) || GENERIC.has(label.lemma)) continue;
      add(this.nouns, label.lemma, here.entity);
    }
    // "Another surgeon at the hospital, David Okafor, …": a person brought in by the noun is one "the
    // surgeon" may mean, so the noun no longer names one person alone
    for (let k = 1; k < words.length; k++) {
      const noun = words[k]!;
      if (noun.pos !== 'NOUN' || !/^(?:another|a|an|second|other)$/i.test(words[k - 1]!.text) || !isPersonNoun(noun.lemma) || GENERIC.has(noun.lemma)) continue;
      for (let j = k + 1; j < Math.min(words.length, k + 8); j++) {
        const named = ctx.mentionAt[j];
        if (named && named.form !== 'description' && entityType(ctx, named) === 'person') {
          add(this.nouns, noun.lemma, named.entity);
          break;
        }
      }
    }
    // "The dealer, Nathaniel Farquharson, …": the noun before the name in apposition
    for (let k = 1; k + 2 < words.length; k++) {
      const here = ctx.mentionAt[k + 2];
      if (words[k - 1]!.lower !== 'the' || words[k]!.pos !== 'NOUN' || !isPersonNoun(words[k]!.lemma) || GENERIC.has(words[k]!.lemma) || words[k + 1]!.text !== ',' || !here || here.form === 'description' || entityType(ctx, here) !== 'person') continue;
      add(this.nouns, words[k]!.lemma, here.entity);
    }
    for (const claim of claims) {
      if (claim.kind === 'role' && claim.subjects[0] && claim.values.role) add(this.titles, claim.values.role.key, claim.subjects[0]);
      // "his father, Gary Halvorsen": the one person the story gives as anyone's father is "the father";
      // and "His son, Mark Halvorsen" makes the man whose son he is "the father"
      if (claim.kind === 'relation' && !claim.negated && claim.subjects[0] && claim.values.relation) {
        add(this.nouns, claim.values.relation.key, claim.subjects[0]);
        const other = claim.subjects[1] ? ctx.entities.get(claim.subjects[1]) : undefined;
        if (other?.type === 'person') for (const noun of converseNouns(ctx.lexicon, claim.values.relation.key, other)) add(this.nouns, noun, other.id);
      }
    }
    for (const mention of ctx.mentionAt) {
      const entity = mention && mention.form !== 'description' ? ctx.entities.get(mention.entity) : undefined;
      if (entity?.type === 'person') for (const title of entity.titles) add(this.titles, title, entity.id);
    }
  }

  private learnNoun(noun: string, person: string, words: readonly string[]): void {
    add(this.nouns, noun, person);
    const key = `${noun}\u0000${person}`;
    const set = this.toldWith.get(key) ?? new Set<string>();
    for (const w of words) set.add(w);
    this.toldWith.set(key, set);
  }

  /** The sentence's mentions with the descriptions that name one person added. */
  resolve(ctx: SentenceContext): (Mention | undefined)[] {
    const { words } = ctx;
    let out: (Mention | undefined)[] | undefined;
    for (let k = 0; k + 1 < words.length; k++) {
      if (words[k]!.lower !== 'the') continue;
      const found = ctx.mentionAt[k + 1] ? this.fromHome(ctx, k + 1) : (this.senior(ctx, k + 1) ?? this.described(ctx, k + 1));
      if (!found) continue;
      const { person, end } = found;
      const next = words[end];
      // "the mayor of Leeds", "the judge's ruling", "the mayor, Ann Cole", "the 44-year-old Whitcombe",
      // "the firefighter who pulled him out" (the relative clause says which one)
      if (next && (next.lower === 'of' || /^['’]s$/.test(next.lower) || /^(?:who|whom|whose|that)$/.test(next.lower) || ctx.mentionAt[end] || (next.text === ',' && ctx.mentionAt[end + 1]))) continue;
      out ??= [...ctx.mentionAt];
      const mention: Mention = {
        entity: person,
        text: words.slice(k, end).map((w) => w.text).join(' '),
        form: 'description',
        sentence: ctx.sentence.index,
        start: words[k]!.start,
        end: words[end - 1]!.end,
        tokenStart: -1,
        tokenEnd: -1,
        possessive: false,
        inQuote: words[k]!.quote >= 0,
      };
      for (let j = k; j < end; j++) out[j] = mention;
      k = end - 1;
    }
    return out ?? ctx.mentionAt;
  }

  /**
   * "the Kingsford man" after "Scott Johnson, 38, of Kingsford,": the one person the story gives as
   * from that place, told by the place and a noun for anyone (man, woman, teenager …).
   */
  private fromHome(ctx: SentenceContext, at: number): { person: string; end: number } | undefined {
    const place = ctx.mentionAt[at]!;
    if (entityType(ctx, place) === 'person') return undefined;
    let end = at;
    while (ctx.mentionAt[end] === place) end++;
    const noun = ctx.words[end];
    if (!noun || noun.pos !== 'NOUN' || !HOME_NOUNS.has(noun.lemma)) return undefined;
    const people = this.homes.get(place.text.toLowerCase());
    return people?.size === 1 ? { person: [...people][0]!, end: end + 1 } : undefined;
  }

  /**
   * "the elder Halvorsen" where the story gives two Halvorsens their ages ("Gary Halvorsen, 69," and
   * "Mark Halvorsen, 41,"): the older of those who bear the name, or the younger.
   */
  private senior(ctx: SentenceContext, at: number): { person: string; end: number } | undefined {
    const word = ctx.words[at]!.lower;
    const older = word === 'elder' || word === 'older' ? true : word === 'younger' ? false : undefined;
    const name = ctx.mentionAt[at + 1];
    if (older === undefined || !name || name.form !== 'surname' || ctx.mentionAt[at + 2] === name) return undefined;
    const surname = name.text.toLowerCase();
    const aged: [string, number][] = [];
    for (const [years, people] of this.ages) {
      for (const id of people) if (ctx.entities.get(id)?.name.toLowerCase().endsWith(` ${surname}`)) aged.push([id, years]);
    }
    if (aged.length < 2 || new Set(aged.map(([id]) => id)).size !== aged.length) return undefined;
    aged.sort((a, b) => (older ? b[1] - a[1] : a[1] - b[1]));
    return aged[0]![1] === aged[1]![1] ? undefined : { person: aged[0]![0], end: at + 2 };
  }

  /** The one person an age or a title after "the" names, and where the description ends. */
  private described(ctx: SentenceContext, at: number): { person: string; end: number } | undefined {
    const { words, lexicon } = ctx;
    const old = yearOld(words, at);
    if (old) {
      const people = this.ages.get(old.years);
      // ("the 44-year-old builder": a noun may follow)
      const end = words[old.next]?.pos === 'NOUN' && !ctx.mentionAt[old.next] ? old.next + 1 : old.next;
      if (people?.size === 1) return { person: [...people][0]!, end };
      // (an age the story gave no one, before a noun that names one person: "The 74-year-old tower
      // captain" after "Margaret Dunning, 71, … is the tower captain" is her, given another age)
      return people === undefined && words[old.next]?.pos === 'NOUN' ? this.described(ctx, old.next) : undefined;
    }
    const qualifier = lexicon.titleQualifiers.has(words[at]!.lower) ? words[at]!.lower : undefined;
    const title = matchTitle(lexicon, words, qualifier ? at + 1 : at);
    if (!title) {
      // "the dealer", "the father": a noun for what one person alone in the story is ("the former
      // umpire", "the veteran umpire": what they were, or a word of praise, before it)
      let k = at;
      while (k < at + 2 && words[k + 1] && (lexicon.titleQualifiers.has(words[k]!.lower) || words[k]!.pos === 'ADJ') && /^\p{Ll}/u.test(words[k]!.text)) k++;
      // ("the tow company owner": nouns that say what of, before the one that says who; one person, not "the lot owners")
      const head = k;
      while (k < head + 2 && words[k]?.pos === 'NOUN' && words[k + 1]?.pos === 'NOUN' && /^\p{Ll}/u.test(words[k + 1]!.text) && !ctx.mentionAt[k]) k++;
      const word = words[k];
      const plural = k > head && word !== undefined && word.lower !== word.lemma && word.lower.endsWith('s');
      const people = word?.pos === 'NOUN' && words[k + 1]?.pos !== 'NOUN' && !plural ? this.nouns.get(word.lemma) : undefined;
      if (people?.size !== 1) return undefined;
      const person = [...people][0]!;
      // (a noun that says what of must be one told with the person's: "the tow company owner" of "who
      // owned Kimbrough Recovery & Tow", not "the bus driver" of "who drove the car")
      const told = this.toldWith.get(`${word!.lemma}\u0000${person}`);
      if (k > head && !words.slice(head, k).some((w) => told?.has(w.lower) || told?.has(w.lemma))) return undefined;
      return { person, end: k + 1 };
    }
    // (a title no one holds by name is still a noun for what one person does: "the coach" of "Ray Dunn,
    // who coached the Eagles")
    const end = (qualifier ? at + 1 : at) + title.length;
    const people = this.titles.get(qualifier ? `${qualifier} ${title.title.id}` : title.title.id) ?? (qualifier || title.length > 1 ? undefined : this.agents.get(words[at]!.lemma));
    return people?.size === 1 ? { person: [...people][0]!, end } : undefined;
  }
}

/** Nouns for anyone ("Darren Cole, a local man,"): "the man" later is as often someone else. */
const GENERIC: ReadonlySet<string> = new Set(['man', 'woman', 'boy', 'girl', 'person', 'people', 'child', 'resident', 'victim', 'local', 'individual', 'adult', 'teenager', 'youth']);

/** Nouns for anyone that a hometown before them makes one person ("the Kingsford man", "the Leeds teenager"). */
const HOME_NOUNS: ReadonlySet<string> = new Set(['man', 'woman', 'boy', 'girl', 'teenager', 'youth', 'pensioner', 'resident', 'father', 'mother', 'grandfather', 'grandmother']);

/**
 * Where a person is from, told after the name: "Johnson, 38, of Kingsford," or "Johnson, from Kingsford,"
 * (the place's name as written, lower-cased), where the name ends at `at`.
 */
function homeAfter(ctx: SentenceContext, at: number): string | undefined {
  const { words } = ctx;
  let k = at;
  if (words[k]?.text !== ',') return undefined;
  k++;
  if (/^\d{1,3}$/.test(words[k]?.text ?? '') && words[k + 1]?.text === ',') k += 2;
  if (!/^(?:of|from)$/.test(words[k]?.lower ?? '')) return undefined;
  const place = ctx.mentionAt[k + 1];
  if (!place || entityType(ctx, place) === 'person' || entityType(ctx, place) === 'org') return undefined;
  return place.text.toLowerCase();
}

/**
 * The noun for what a person does, told by a verb after the name ("Kimbrough, who owned Kimbrough
 * Recovery & Tow,", "Pell coached the side for a decade"): the lexicon's agent noun for the verb.
 */
function agentAfter(ctx: SentenceContext, at: number): { noun: string; words: string[] } | undefined {
  const { words } = ctx;
  const k = words[at]?.text === ',' && words[at + 1]?.lower === 'who' ? at + 2 : at;
  const verb = words[k];
  const noun = verb?.pos === 'VERB' && verb.quote < 0 ? ctx.lexicon.agentNouns.get(verb.lemma) : undefined;
  if (!noun) return undefined;
  // (the verb's object, its noun phrase only: "the car", not "the car that crashed into the bus")
  const object: string[] = [];
  // (a name whole, "&" and all: "Kimbrough Recovery & Tow")
  for (let j = k + 1; j < words.length && (ctx.mentionAt[j] || words[j]!.text === '&' || (/^(?:DET|ADJ|NOUN|PROPN|NUM)$/.test(words[j]!.pos) && !/^(?:that|which|who)$/.test(words[j]!.lower))); j++) object.push(words[j]!.lower, words[j]!.lemma);
  return { noun, words: object };
}

/**
 * The noun a relative clause after a person's name says they are ("Margaret Dunning, 71, who has rung
 * there for 50 years and is the tower captain,"): "is" or "was", then "the" or "a" and a few words
 * closed by a noun for a person, within the clause.
 */
function relativeNoun(ctx: SentenceContext, at: number): { noun: string; words: string[] } | undefined {
  const { words } = ctx;
  let k = at;
  if (words[k]?.text !== ',') return undefined;
  if (/^\d{1,3}$/.test(words[k + 1]?.text ?? '') && words[k + 2]?.text === ',') k += 2;
  if (words[k + 1]?.lower !== 'who') return undefined;
  for (let j = k + 2; j < Math.min(words.length, k + 20) && !/^[,;:.]$/.test(words[j]!.text); j++) {
    // ("is also a tower captain": an adverb may stand before the article)
    const article = words[j + 1]?.pos === 'ADV' ? j + 2 : j + 1;
    if (!/^(?:is|was)$/.test(words[j]!.lower) || !/^(?:a|an|the)$/.test(words[article]?.lower ?? '')) continue;
    for (let n = article + 1; n < Math.min(words.length, article + 5); n++) {
      const word = words[n]!;
      if (word.pos === 'NOUN' && isPersonNoun(word.lemma) && /^(?:,|\.|;|and)$/.test(words[n + 1]?.lower ?? '.')) return GENERIC.has(word.lemma) ? undefined : { noun: word.lemma, words: words.slice(article + 1, n).flatMap((w) => [w.lower, w.lemma]) };
      if (!/^(?:ADJ|NOUN|PROPN)$/.test(word.pos)) break;
    }
  }
  return undefined;
}

/**
 * The noun an apposition after a person's name gives them ("Halvorsen, a Kensington art dealer,",
 * "Ortiz, a retired county firefighter."): the last of a few words after "a", "an" or "the", a noun
 * for a person, closing the phrase.
 */
function appositionNoun(ctx: SentenceContext, at: number): { noun: string; words: string[] } | undefined {
  const { words } = ctx;
  if (words[at]?.text !== ',') return undefined;
  // (news style drops the article: "Edwin Sollis, mapmaker who drew the fells,", "Keaveney, documentary film-maker,")
  const from = /^(?:a|an|the)$/.test(words[at + 1]?.lower ?? '') ? at + 2 : at + 1;
  for (let k = from; k < Math.min(words.length, from + 5); k++) {
    const word = words[k]!;
    if (ctx.mentionAt[k] && entityType(ctx, ctx.mentionAt[k]!) === 'person') return undefined;
    const told = () => words.slice(from, k).flatMap((w) => [w.lower, w.lemma]);
    if (word.pos === 'NOUN' && isPersonNoun(word.lemma) && /^(?:,|\.|;|who|and)$/.test(words[k + 1]?.lower ?? '.')) return GENERIC.has(word.lemma) ? undefined : { noun: word.lemma, words: told() };
    if (!/^(?:ADJ|NOUN|PROPN|NUM)$/.test(word.pos) && word.text !== '-') return undefined;
  }
  return undefined;
}

/**
 * The kinship words for the other side of a tie, that fit what the copy says of that person's gender:
 * Mark's father, for "His son, Mark", is "the father" if the other is a man the copy names by a man's
 * given name, and "the parent" whatever the gender.
 */
function converseNouns(lexicon: CompiledLexicon, key: string, person: Entity): string[] {
  // (a tie between equals, brothers or cousins, is told with its own word from either side: "His
  // brother, Tom Kerr" gives Gary no noun Tom does not already have)
  const tie = lexicon.kinship.get(key);
  const converse = tie?.converse;
  if (!converse || converse === tie.group) return [];
  const gender = givenNameGender(person.given ?? person.name.split(/\s+/)[0]!);
  return [...lexicon.kinship].filter(([, tie]) => tie.group === converse && (tie.gender === undefined || tie.gender === gender)).map(([word]) => word);
}

function add<K>(map: Map<K, Set<string>>, key: K, id: string): void {
  const set = map.get(key);
  if (set) set.add(id);
  else map.set(key, new Set([id]));
}
