import type { Entity, EntityType, Mention, MentionForm, Sentence, Token } from '../model/document.js';
import type { Word } from '../model/analysis.js';
import type { CompiledLexicon } from '../lexicon/compile.js';
import { matchTitle, type NameCandidate } from './names.js';
import { looksRomanizedGivenName } from './romanization.js';
import { latinShadow } from '../text/tokens.js';
import { dictionaryWord, givenNameGender, isGivenName, isPersonNoun } from '../lexicon/semantics.js';
import { least, pushTo } from '../base/arrays.js';
import { plainName } from './identity.js';

export interface SentenceNames {
  sentence: Sentence;
  words: Word[];
  names: NameCandidate[];
}

export interface Resolution {
  entities: Entity[];
  mentions: Mention[];
  /** The mention each name candidate became. */
  mentionOf: Map<NameCandidate, Mention>;
}

const TYPE_STRENGTH: Record<EntityType, number> = { other: 0, place: 1, org: 2, person: 3 };

interface Pending {
  candidate: NameCandidate;
  sentence: number;
  words: Word[];
  type: EntityType;
  entity?: Draft;
  form?: MentionForm;
}

interface Draft {
  key: string;
  type: EntityType;
  name: string;
  pieces: string[];
  pending: Pending[];
  titles: Set<string>;
  placeAliases?: boolean;
}

/**
 * Resolves names to entities within one document: "Ren Zhengfei", "Ren", "Mr. Ren" and "Zhengfei's"
 * are one person; "U.S.", "United States" and "American" one place; "Huawei Technologies" and
 * "Huawei" one company. A bare name that matches two people is given to the one named nearest before.
 */
export function resolveEntities(lexicon: CompiledLexicon, sentences: SentenceNames[], tokens: Token[]): Resolution {
  const pending: Pending[] = [];
  for (const { sentence, words, names } of sentences) {
    for (const candidate of names) pending.push({ candidate, sentence: sentence.index, words, type: typeFromContext(lexicon, candidate, words) });
  }
  const drafts = new Map<string, Draft>();
  const order: Draft[] = [];
  const draftFor = (key: string, type: EntityType, name: string, pieces: string[]) => {
    let draft = drafts.get(key);
    if (!draft) {
      draft = { key, type, name, pieces, pending: [], titles: new Set() };
      drafts.set(key, draft);
      order.push(draft);
    }
    return draft;
  };
  const attach = (item: Pending, draft: Draft) => {
    item.entity = draft;
    draft.pending.push(item);
    // an organisation speaks too ("Hollins said"): only a title or honorific makes one a person
    const personOnlyBySpeech = draft.type === 'org' && item.type === 'person' && !item.candidate.honorific && item.candidate.titles.length === 0;
    if (TYPE_STRENGTH[item.type] > TYPE_STRENGTH[draft.type] && draft.type !== 'place' && !personOnlyBySpeech) draft.type = item.type;
    for (const title of item.candidate.titles) draft.titles.add(title.id);
  };

  // Pass 1: places, organisations and full names make entities.
  // (an organisation's name without its suffix, "Ribble Waste" for "Ribble Waste Ltd", is that
  // organisation wherever it stands, though its words alone do not make it one)
  const orgCores = new Set(pending.filter((item) => item.type === 'org').map((item) => withoutCorporateSuffix(lexicon, item.candidate.text).toLowerCase()));
  // (and a lone word for a body that is a person's family name, the headline's "Gold wins unfair dismissal
  // claim" of Paul Gold, is left for the person: review)
  const personPieces = new Set(pending.filter((item) => item.type === 'person' && item.candidate.pieces.length >= 2).flatMap((item) => item.candidate.pieces));
  for (const item of pending) {
    const { candidate } = item;
    const place = lexicon.places.get(candidate.text.toLowerCase());
    if (place) {
      item.type = 'place';
      item.form = place.demonym ? 'demonym' : place.name === candidate.text ? 'full' : 'alias';
      attach(item, draftFor(`place:${place.name.toLowerCase()}`, 'place', place.name, [place.name]));
      continue;
    }
    if (item.type !== 'org' && candidate.pieces.length >= 2 && !candidate.honorific && candidate.titles.length === 0 && orgCores.has(candidate.text.toLowerCase())) item.type = 'org';
    if (item.type === 'org' && candidate.pieces.length === 1 && lexicon.orgWords.has(candidate.pieces[0]!) && personPieces.has(candidate.pieces[0]!)) {
      item.type = 'person';
      continue;
    }
    if (item.type === 'org') {
      const core = withoutCorporateSuffix(lexicon, candidate.text);
      attach(item, draftFor(`org:${core.toLowerCase()}`, 'org', candidate.text, [core]));
      item.form = core === candidate.text ? 'single' : 'full';
      continue;
    }
    if (candidate.pieces.length >= 2) {
      const key = `name:${candidate.pieces.join(' ').toLowerCase()}`;
      attach(item, draftFor(key, item.type, candidate.pieces.join(' '), candidate.pieces));
      item.form = 'full';
    }
  }
  // An organisation's longer name ("Huawei Technologies") is the name to show.
  for (const draft of order) {
    if (draft.type !== 'org') continue;
    const longest = draft.pending.map((p) => p.candidate.text).sort((a, b) => b.length - a.length)[0];
    if (longest) draft.name = longest;
  }

  // Pass 2: single names join the entity whose name contains them.
  // indexes by name part, core name and acronym: each single name is looked up, not compared with every entity
  const peopleByPiece = new Map<string, Draft[]>();
  for (const draft of order) {
    if (draft.pieces.length < 2 || !draft.key.startsWith('name:') || !(draft.type === 'person' || personShaped(lexicon, draft.pieces))) continue;
    for (const p of new Set(draft.pieces.map((x) => x.toLowerCase()))) peopleByPiece.set(p, [...(peopleByPiece.get(p) ?? []), draft]);
    // "Glavas" is "Branimir Glavaš" with its accent dropped: the same person, and naming reports the spelling
    for (const p of new Set(draft.pieces.map(plainName))) peopleByPiece.set(`plain:${p}`, [...(peopleByPiece.get(`plain:${p}`) ?? []), draft]);
  }
  const orgByName = new Map<string, Draft>();
  for (const draft of order) {
    if (draft.type !== 'org') continue;
    const core = draft.pieces[0]!.toLowerCase();
    if (!orgByName.has(core)) orgByName.set(core, draft);
    // "Kestrel Health" is "Kestrel" on later reference, as "Harlow Foods" is "Harlow": a distinctive
    // first word before a word that only says what kind of body it is (not "National Theatre")
    const words = draft.name.split(/\s+/);
    if (words.length === 2 && lexicon.orgWords.has(words[1]!) && !lexicon.orgWords.has(words[0]!) && !GENERIC_ORG_HEADS.has(words[0]!.toLowerCase()) && !orgByName.has(words[0]!.toLowerCase())) orgByName.set(words[0]!.toLowerCase(), draft);
    const letters = `acronym:${acronym(draft.name)}`;
    if (!orgByName.has(letters)) orgByName.set(letters, draft);
  }
  for (const [index, item] of pending.entries()) {
    if (item.entity) continue;
    const piece = item.candidate.pieces[0]!;
    const lower = piece.toLowerCase();
    const orgMatch = orgByName.get(lower) ?? orgByName.get(`acronym:${piece}`);
    const people = peopleByPiece.get(lower) ?? peopleByPiece.get(`plain:${plainName(piece)}`) ?? [];
    // (a name given to a thing, "a basset hound called Dennis", is the dog's, whoever else is Dennis)
    if (namesAThing(item.words, item.candidate.from)) {
      item.type = 'other';
      attach(item, draftFor(`thing:${lower}`, 'other', piece, [piece]));
      item.form = 'single';
      continue;
    }
    if (people.length > 0 && item.type !== 'org') {
      attach(item, pickPerson(lexicon, people, lower, pending, index));
      continue;
    }
    if (orgMatch) {
      attach(item, orgMatch);
      item.form = 'alias';
      continue;
    }
    attach(item, draftFor(`single:${lower}`, item.type, piece, [piece]));
    item.form = 'single';
  }

  // Surnames: name order from the lexicon, checked against how the article refers to the person.
  const entities: Entity[] = [];
  const ids = new Set<string>();
  const mentions: Mention[] = [];
  const mentionOf = new Map<NameCandidate, Mention>();
  const firstMention = (draft: Draft) => least(draft.pending.map((p) => p.candidate.start));
  const sorted = [...order].filter((d) => d.pending.length > 0).sort((a, b) => firstMention(a) - firstMention(b));
  // a maker's name before a product's ("Brightwater Sable" beside "Brightwater Motors") is no given name:
  // a name opening with the first word of an organisation the story names, no given name itself, is a thing's
  const orgFirst = new Set(sorted.filter((d) => d.type === 'org').map((d) => d.name.split(/\s+/)[0]!));
  const productOf = (draft: Draft) => draft.type === 'person' && draft.pieces.length === 2 && orgFirst.has(draft.pieces[0]!) && !givenName(lexicon, draft.pieces[0]!) && !draft.pending.some((p) => p.candidate.honorific || p.candidate.titles.length > 0);
  for (const draft of sorted) {
    const type = draft.type === 'other' && looksLikePerson(lexicon, draft) ? 'person' : draft.type === 'person' && namedAsGroup(draft) ? 'org' : productOf(draft) ? 'other' : draft.type;
    const entity: Entity = { id: uniqueId(ids, draft.name), type, name: draft.name, mentions: [], titles: [...draft.titles].sort() };
    if (draft.pieces.length >= 2 && draft.key.startsWith('name:')) assignNameParts(lexicon, entity, draft);
    entities.push(entity);
    for (const item of draft.pending) {
      const mention = toMention(entity, item, tokens);
      entity.mentions.push(mention);
      mentions.push(mention);
      mentionOf.set(item.candidate, mention);
    }
  }
  addPronouns(lexicon, entities, mentions, sentences, tokens);
  addSaidIt(lexicon, entities, mentions, sentences, tokens);
  mentions.sort((a, b) => a.start - b.start || a.end - b.end);
  for (const entity of entities) entity.mentions.sort((a, b) => a.start - b.start);
  return { entities, mentions, mentionOf };
}

/**
 * A noun for a person set after the name with no article, closing on "of", "at" or "for": "Bethan Lloyd,
 * observing coordinator of the Cambrian Astronomical Society" (a few lower-case modifiers before it).
 * (Not after "the": "also known as the Butcher, military commander of the regime" is a byname.)
 */
function bareApposition(lexicon: CompiledLexicon, words: Word[], after: number): boolean {
  if (words[after]?.text !== ',') return false;
  for (let k = after + 1; k < Math.min(words.length - 1, after + 5); k++) {
    const word = words[k]!;
    if (!/^\p{Ll}/u.test(word.text)) return false;
    // (a noun a body is called as often, "Acme, maker of widgets", says nothing)
    if (word.pos === 'NOUN' && /^(?:of|at|for)$/.test(words[k + 1]!.lower)) return isPersonNoun(word.lemma.toLowerCase()) && !lexicon.organisationNouns.has(word.lemma.toLowerCase());
    // (the noun's modifiers only: "observing coordinator", "chief press officer"; not "she was the daughter of")
    if (word.pos !== 'NOUN' && word.pos !== 'ADJ' && !(word.pos === 'VERB' && word.lower.endsWith('ing'))) return false;
  }
  return false;
}

/** Nouns for a body that a name before them says which one of ("the Unite union"): none a person's name would stand before. */
const BODY_NOUNS: ReadonlySet<string> = new Set(['union', 'company', 'firm', 'chain', 'retailer', 'airline', 'bank', 'lender', 'insurer', 'carmaker', 'charity', 'broadcaster', 'newspaper', 'supermarket', 'conglomerate', 'manufacturer', 'supplier', 'contractor', 'startup', 'regulator', 'watchdog', 'operator']);

/** Verbs that give a name: "a dog called Dennis", "a boat named Freya". */
const NAMING_VERBS: ReadonlySet<string> = new Set(['called', 'named', 'nicknamed', 'dubbed', 'christened']);

/**
 * Whether the name at `from` is given by a naming verb to a noun that names no person: "a basset hound
 * called Dennis", "a yacht named Freya" (not "a son called Dennis", "a man named Hale").
 */
function namesAThing(words: readonly Word[], from: number): boolean {
  if (!NAMING_VERBS.has(words[from - 1]?.lower ?? '')) return false;
  for (let k = from - 2; k >= Math.max(0, from - 4); k--) {
    const word = words[k]!;
    if (word.pos === 'NOUN') return !isPersonNoun(word.lemma.toLowerCase()) && !isPersonNoun(word.lower);
    if (word.pos !== 'ADJ' && word.pos !== 'PROPN') return false;
  }
  return false;
}

/** Whether a person the sentence names stands just after a verb of speech or "according to" ("said the head teacher, Ann Cole"). */
function namedSpeaker(lexicon: CompiledLexicon, named: readonly Mention[], sentence: Sentence, tokens: Token[]): boolean {
  return named.some((m) => {
    if (m.sentence !== sentence.index || m.inQuote) return false;
    const before = tokens.slice(Math.max(sentence.tokenStart, m.tokenStart - SPEAKER_REACH), m.tokenStart);
    return before.some((t, k) => lexicon.speechVerbs.has(t.lemma) || (t.lower === 'according' && before[k + 1]?.lower === 'to'));
  });
}

/** How many tokens before a name a verb of speech makes it the speaker ("said the head teacher, Ann Cole"). */
const SPEAKER_REACH = 5;

/** Two people share the bare name: the one whose family name it is, else the one named nearest before. */
/** How many more times the story must have named one person for a shared surname to stay theirs. */
const SURNAME_MARGIN = 2;
/** Within this many sentences, the person last named keeps a shared surname whoever is named more. */
const RECENT_SENTENCES = 3;
/** How many names back the count reaches. */
const SURNAME_WINDOW = 300;

function pickPerson(lexicon: CompiledLexicon, people: Draft[], lower: string, pending: Pending[], index: number): Draft {
  if (people.length === 1) return people[0]!;
  const plain = plainName(lower);
  const bySurname = people.filter((draft) => plainName(draft.pieces[draft.pieces.length - 1]!) === plain || plainName(draft.pieces[0]!) === plain);
  // "Mr Whitcombe" is not his wife Lisa Whitcombe: an honorific's gender against a given name's
  const honorific = pending[index]!.candidate.honorific?.toLowerCase().replace(/\.$/, '');
  const wanted = honorific === 'mr' ? 'm' : honorific === 'mrs' || honorific === 'ms' || honorific === 'miss' ? 'f' : undefined;
  const fits = (draft: Draft) => wanted === undefined || draft.pieces.length < 2 || givenNameGender(draft.pieces[0]!) !== (wanted === 'm' ? 'f' : 'm');
  const candidates = (bySurname.length ? bySurname : people).filter(fits);
  const pool = candidates.length ? candidates : bySurname.length ? bySurname : people;
  // the one named most in the last SURNAME_WINDOW names, by a clear margin, keeps the bare surname: a
  // relative brought in by full name ("his mother, Judy Johnson, said") does not take over the story's
  // "Johnson"; else the latest (the window keeps a list of thousands of names linear)
  const named = new Map<Draft, number>();
  // where each was first named in the window (walking back, the last seen)
  const firstAt = new Map<Draft, number>();
  let latest: Draft | undefined;
  let latestAt = -1;
  for (let k = index - 1; k >= 0 && (k >= index - SURNAME_WINDOW || !latest); k--) {
    const earlier = pending[k]!.entity;
    if (!earlier || !pool.includes(earlier)) continue;
    if (!latest) [latest, latestAt] = [earlier, k];
    if (k >= index - SURNAME_WINDOW) {
      named.set(earlier, (named.get(earlier) ?? 0) + 1);
      firstAt.set(earlier, k);
    }
  }
  if (!latest) return pool[0]!;
  // the latest may stand further back than the window, which then counts no one
  if (named.size === 0) return latest;
  // the latest was named long before ("the son of a church organist, Josef Dvořák" … fifteen
  // paragraphs on, "Dvorak's last work"): the one named more (on a tie, first) is the story's
  const ranked = [...named].sort((a, b) => b[1] - a[1] || firstAt.get(a[0])! - firstAt.get(b[0])!);
  const [most, count] = ranked[0]!;
  if (count >= (named.get(latest) ?? 0) + SURNAME_MARGIN) return most;
  // a relative brought in as one ("confirmed by his son, Anders Pedersen") is told apart by given name
  // after: the bare surname stays with the one named more ("Pedersen was the son of a glass cutter")
  if (most !== latest && count >= (named.get(latest) ?? 0) && broughtInAsKin(lexicon, pending, latest, firstAt.get(latest))) return most;
  return pending[index]!.sentence - pending[latestAt]!.sentence <= RECENT_SENTENCES ? latest : most;
}

/** The name first written in the window right after a kinship word ("his son, Anders Pedersen", "whose mother, Judith,"), of one named in full. */
function broughtInAsKin(lexicon: CompiledLexicon, pending: Pending[], draft: Draft, at: number | undefined): boolean {
  const first = at === undefined ? undefined : pending[at];
  if (!first || first.entity !== draft || draft.pieces.length < 2) return false;
  return afterKinship(lexicon, first.words, first.candidate.from);
}

/** A name at `at` right after a kinship word, and its comma: "a son, Anders", "his sister Ruth Kerr". */
function afterKinship(lexicon: CompiledLexicon, words: readonly { text: string; lower: string }[], at: number): boolean {
  const before = words[at - 1]?.text === ',' ? at - 2 : at - 1;
  return before >= 0 && lexicon.kinship.has(words[before]!.lower);
}

function assignNameParts(lexicon: CompiledLexicon, entity: Entity, draft: Draft): void {
  const pieces = draft.pieces.filter((piece) => !lexicon.nameSuffixes.has(piece.toLowerCase().replace(/\.$/, '')));
  if (entity.type !== 'person' || pieces.length < 2) return;
  const first = pieces[0]!;
  const last = pieces[pieces.length - 1]!;
  const alone = (piece: string) => draft.pending.filter((p) => p.candidate.pieces.length === 1 && p.candidate.pieces[0] === piece).length;
  const eastAsian = pieces.length === 2 && lexicon.surnamesFirst.has(first) && looksRomanizedGivenName(last) && !lexicon.givenNames.has(last);
  // The lexicon's verdict stands unless the article itself never uses that surname and uses the other part.
  const surnameFirst = eastAsian ? !(alone(first) === 0 && alone(last) > 0 && lexicon.givenNames.has(first)) : alone(first) > alone(last) && lexicon.surnamesFirst.has(first);
  entity.surnameFirst = surnameFirst;
  entity.surname = surnameFirst ? first : last;
  entity.given = surnameFirst ? pieces.slice(1).join(' ') : pieces.slice(0, -1).join(' ');
}

function toMention(entity: Entity, item: Pending, tokens: Token[]): Mention {
  const { candidate } = item;
  const words = item.words;
  let form: MentionForm = item.form ?? 'single';
  if (entity.type === 'person' && candidate.pieces.length === 1 && entity.surname) {
    form = plainName(candidate.pieces[0]!) === plainName(entity.surname) ? (candidate.honorific ? 'honorific' : 'surname') : 'given';
  } else if (candidate.honorific && form !== 'full') form = 'honorific';
  const firstWord = words[candidate.from]!;
  const lastWord = words[candidate.to - 1]!;
  const mention: Mention = {
    entity: entity.id,
    text: candidate.text,
    form,
    sentence: item.sentence,
    start: candidate.start,
    end: candidate.end,
    tokenStart: firstWord.first,
    tokenEnd: lastWord.last + 1,
    possessive: candidate.possessive,
    inQuote: tokens[firstWord.first]!.quote >= 0,
  };
  if (candidate.honorific) {
    mention.honorific = candidate.honorific;
    mention.outerStart = candidate.outerStart;
  }
  if (candidate.sentenceInitial) mention.initial = true;
  if (candidate.titles.length) mention.title = candidate.titles.map((t) => t.id).join(',');
  return mention;
}


function genderOf(lexicon: CompiledLexicon, word: string | undefined): 'f' | 'm' | undefined {
  if (!word) return undefined;
  const lower = word.toLowerCase().replace(/\.$/, '');
  return lexicon.genderWords.female.has(lower) ? 'f' : lexicon.genderWords.male.has(lower) ? 'm' : undefined;
}

/** "'s", "the" and the possessives: the words before a kinship noun that make it someone's ("his daughter, Meng"). */
function owning(lexicon: CompiledLexicon, word: string | undefined): boolean {
  return word !== undefined && (word === "'s" || word === 'the' || lexicon.possessives.has(word));
}

/** First words of organisations' names that name no one body on their own ("National Theatre"). */
const GENERIC_ORG_HEADS = new Set(['national', 'royal', 'united', 'general', 'central', 'first', 'new', 'great', 'british', 'american', 'international', 'federal', 'state', 'city', 'county', 'supreme', 'high', 'regional', 'local', 'global', 'northern', 'southern', 'eastern', 'western', 'north', 'south', 'east', 'west', 'the']);

/** "Huawei Technologies" without "Technologies": the name later references use. */
export function withoutCorporateSuffix(lexicon: CompiledLexicon, name: string): string {
  const last = /\s+(\S+)$/.exec(name);
  return last && lexicon.corporateSuffixes.has(last[1]!.toLowerCase().replace(/\.$/, '')) ? name.slice(0, last.index) : name;
}

/**
 * Gender as the copy states it, for pronouns: an honorific ("Miss Meng"), a kinship word in apposition
 * ("Meng Wanzhou, who is Zhengfei's daughter", "his daughter, Meng"), or a pronoun already resolved.
 */
function statedGenders(lexicon: CompiledLexicon, mentions: Mention[], sentences: SentenceNames[]): Map<string, 'f' | 'm'> {
  const genders = new Map<string, 'f' | 'm'>();
  const bySentence = new Map(sentences.map((s) => [s.sentence.index, s.words]));
  for (const mention of mentions) {
    if (genders.has(mention.entity)) continue;
    const fromHonorific = genderOf(lexicon, mention.honorific);
    if (fromHonorific) {
      genders.set(mention.entity, fromHonorific);
      continue;
    }
    if (mention.possessive) continue;
    const words = bySentence.get(mention.sentence) ?? [];
    const at = words.findIndex((w) => w.start >= mention.end);
    // "X, who is Y's daughter": the kinship word a few words on, after a possessive
    for (let k = at; k >= 0 && k < Math.min(words.length, at + 8); k++) {
      const word = words[k]!;
      if (/^[.;:!?]$/.test(word.text)) break;
      // (past a verb other than "is", the kinship is someone else's: "Ella Moss, was joined by her father")
      if ((word.pos === 'VERB' || word.pos === 'AUX') && word.lemma !== 'be') break;
      // (nor past a preposition: "his wife, Jean, by their son Mark" makes Jean no son)
      if (word.pos === 'ADP') break;
      const g = genderOf(lexicon, word.lower);
      if (g && k > 0 && owning(lexicon, words[k - 1]!.lower)) {
        genders.set(mention.entity, g);
        break;
      }
    }
    // "his daughter, Meng Wanzhou"
    const before = words.filter((w) => w.end <= mention.start && w.text !== ',');
    const noun = before[before.length - 1];
    const g = genderOf(lexicon, noun?.lower);
    if (g && !genders.has(mention.entity) && noun && before.length >= 2 && owning(lexicon, before[before.length - 2]!.lower)) genders.set(mention.entity, g);
  }
  // what the copy does not state, a given name on one list only tells ("Paula Reyes", "Dean Foley")
  // — and so does a person named by a given name alone ("a son, Pavel, and a daughter, Eva")
  for (const mention of mentions) {
    if (genders.has(mention.entity) || (mention.form !== 'full' && !(mention.form === 'given' || (mention.form === 'single' && !/\s/.test(mention.text))))) continue;
    const given = givenNameGender(mention.text.split(/\s+/)[0]!);
    if (given) genders.set(mention.entity, given);
  }
  return genders;
}


/**
 * A common noun for a person of the pronoun's gender, as a subject ("the boy's mother"), between two
 * offsets. `family(k)` tells a kinship noun whose owner, at token k ("his" in "his mother"), is of the
 * antecedent's family: that relative is the antecedent, no one else.
 */
function unnamedBetween(lexicon: CompiledLexicon, tokens: Token[], from: number, to: number, at: number, gender: 'f' | 'm', family: (owner: number) => boolean = () => false): boolean {
  const nouns = gender === 'f' ? lexicon.unnamedPeople.female : lexicon.unnamedPeople.male;
  for (let k = at - 1; k >= 0 && tokens[k]!.start >= from; k--) {
    const token = tokens[k]!;
    if (token.end > to || token.quote >= 0) continue;
    // "his daughter, Meng Wanzhou" names her: only a noun no name follows is an unnamed person
    const named = (t: Token | undefined) => t !== undefined && (t.pos === 'PROPN' || /^\p{Lu}/u.test(t.text));
    // "Helen Achterberg, the daughter of …" describes the person just named: an apposition, not someone else
    // ("She was the elder sister of …": after a copula it is said of her, the same goes)
    let d = k - 1;
    while (d > 0 && tokens[d]!.pos === 'ADJ') d--;
    const before = tokens[d]?.lower ?? '';
    const determined = lexicon.determiners.has(before) || lexicon.possessives.has(before);
    const apposition = determined && (tokens[d - 1]?.text === ',' || /^(?:is|was|are|were|be|been|became|becomes)$/.test(tokens[d - 1]?.lower ?? ''));
    // ("Tom Ellory said his mother had spent her last days at the hospice, where she died": his
    // mother is Margaret Ellory, named before)
    const owner = /^['’]s$/.test(tokens[d]?.lower ?? '') ? d - 1 : d;
    if (lexicon.kinship.has(token.lower) && family(owner)) continue;
    if (nouns.has(token.lower) && token.pos === 'NOUN' && !apposition && !named(tokens[k + 1]) && !(tokens[k + 1]?.text === ',' && named(tokens[k + 2]))) return true;
  }
  return false;
}

/** he/she/his/her: the person named last before, outside quotations (where "he" may be anyone), of a stated gender that fits. */
function addPronouns(lexicon: CompiledLexicon, entities: Entity[], mentions: Mention[], sentences: SentenceNames[], tokens: Token[]): void {
  const people = new Set(entities.filter((e) => e.type === 'person').map((e) => e.id));
  const named = mentions.filter((m) => people.has(m.entity)).sort((a, b) => a.start - b.start);
  const genders = statedGenders(lexicon, named, sentences);
  const byId = new Map(entities.map((e) => [e.id, e]));
  // who each token names, for the owner of a kinship noun: names, and pronouns as they are resolved
  const mentionAt = new Map<number, Mention>();
  for (const m of named) mentionAt.set(m.tokenEnd - 1, m);
  const main = mainSubject(named);
  // the first person the story names, outside quotations: whom its lede is about
  const lede = named.find((m) => !m.inQuote);
  const starts = new Map(sentences.map(({ sentence }) => [sentence.index, sentence.start]));
  const sentenceAt = new Map(sentences.map(({ sentence }) => [sentence.index, sentence]));
  let cursor = 0;
  const recent: Mention[] = [];
  // the person each sentence is about: the first named or resolved before its first verb
  const subjects = new Map<number, Mention>();
  // how often each person has been named so far, kept for those named twice or more (few, however
  // many people a list names once)
  const timesNamed = new Map<string, number>();
  const repeated = new Map<string, { first: Mention; n: number }>();
  const firstNamed = new Map<string, Mention>();
  const countNamed = (m: Mention) => {
    const n = (timesNamed.get(m.entity) ?? 0) + 1;
    timesNamed.set(m.entity, n);
    if (n === 1) firstNamed.set(m.entity, m);
    else repeated.set(m.entity, { first: firstNamed.get(m.entity)!, n });
  };
  const opening = (sentence: Sentence) => {
    for (let i = sentence.tokenStart; i < sentence.tokenEnd; i++) if (/[\p{L}\p{N}]/u.test(tokens[i]!.text)) return i;
    return -1;
  };
  for (const { sentence } of sentences) {
    const first = opening(sentence);
    // (past an opening participle's phrase: "Born in Dundee, she was the daughter of …")
    let firstVerb = first >= 0 && tokens[first]!.pos === 'VERB' && /(?:ed|en|ing|n)$/.test(tokens[first]!.lower) ? openingComma(tokens, first, sentence.tokenEnd) : sentence.tokenStart;
    while (firstVerb < sentence.tokenEnd && tokens[firstVerb]!.pos !== 'VERB' && tokens[firstVerb]!.pos !== 'AUX') firstVerb++;
    const noteSubject = (m: Mention) => {
      if (!subjects.has(sentence.index) && !m.inQuote && !m.possessive && (firstVerb < sentence.tokenStart || m.tokenStart < firstVerb) && people.has(m.entity)) subjects.set(sentence.index, m);
    };
    // (a sentence that names no one before its verb is about the one it refers back to by pronoun,
    // not a person it brings in: "Arthritis forced her from the wheel, with help from her former
    // apprentice, Morag Fyfe. She was appointed MBE …")
    let referredTo: Mention | undefined;
    // the possessive pronoun of each gender the sentence has read, for a list of kin ("his wife, Ruth; a
    // son, Anders, of Columbus; his daughter, Ingrid Lowe": the same man's, not Anders's)
    const owners = new Map<'f' | 'm', Mention>();
    for (let i = sentence.tokenStart; i < sentence.tokenEnd; i++) {
      const token = tokens[i]!;
      while (cursor < named.length && named[cursor]!.start < token.start) {
        if (!named[cursor]!.inQuote) {
          recent.push(named[cursor]!);
          countNamed(named[cursor]!);
        }
        if (named[cursor]!.sentence === sentence.index) noteSubject(named[cursor]!);
        cursor++;
      }
      if (token.quote >= 0) continue;
      const gender = lexicon.personalPronouns.female.has(token.lower) ? 'f' : lexicon.personalPronouns.male.has(token.lower) ? 'm' : undefined;
      if (!gender) continue;
      // the nearest person whose stated gender fits, else the nearest whose gender is not known, one
      // named as a subject before one named in a possessive ("Qureshi told the jury that two of
      // Reade's colleagues had complained. … she said": Qureshi)
      let antecedent: Mention | undefined;
      let fallback: Mention | undefined;
      let possessiveFallback: Mention | undefined;
      for (let k = recent.length - 1; k >= 0; k--) {
        const candidate = recent[k]!;
        if (sentence.index - candidate.sentence > 3) break;
        const known = genders.get(candidate.entity);
        if (known === gender) {
          antecedent = candidate;
          break;
        }
        if (!known && candidate.possessive) possessiveFallback ??= candidate;
        else if (!known && !fallback) fallback = candidate;
      }
      // no one of that gender named in the last sentences: a profile or obituary goes on with "she"
      // for its subject long after her name ("She retired in 2004 … She passed away peacefully at
      // home"), before anyone whose gender the copy does not say ("Dr Adebeyo accepted that … her dose")
      if (!antecedent && main !== undefined && genders.get(main.entity) === gender && main.start < token.start) antecedent = main;
      // someone brought in beside the story's protagonist (the person of this gender named most so far),
      // in a sentence that is about the protagonist by this pronoun ("She returned most springs with her
      // elder sister Marijke, who …"), leaves the pronoun of the next sentence to the protagonist ("In her
      // last years failing eyesight slowed her"), as a sentence opening on the pronoun would
      const before = subjects.get(sentence.index - 1);
      // (the speaker of a quotation, '…," she said', after a sentence about someone whose gender the copy
      // does not say, named after the one of that gender, is that someone: "Chair of the judges, Helen
      // Mirrlees, said: … Director Ngozi Okafor said the prize money would fund … \"For most of its history
      // …,\" she said" is Okafor's, as a reader takes it; blind set BS)
      const speaker = /^["”’,]$/.test(tokens[i - 1]?.text ?? '') && lexicon.speechVerbs.has(tokens[i + 1]?.lemma ?? '');
      // (not where that sentence calls its subject by the other pronoun: "Chidi Okonkwo said he had cut …")
      const otherPronoun = (sentence: Sentence | undefined) => sentence !== undefined && tokens.slice(sentence.tokenStart, sentence.tokenEnd).some((t) => t.quote < 0 && (gender === 'f' ? lexicon.personalPronouns.male : lexicon.personalPronouns.female).has(t.lower));
      if (speaker && antecedent && fallback && before?.entity === fallback.entity && before.form !== 'pronoun' && fallback.start > antecedent.start && !fallback.inQuote && !otherPronoun(sentenceAt.get(before.sentence))) antecedent = fallback;
      if (antecedent && before?.form === 'pronoun' && antecedent.sentence === sentence.index - 1 && antecedent.entity !== before.entity && genders.get(before.entity) === gender && leadOf(repeated, genders, gender)?.entity === before.entity) antecedent = before;
      // no one of that gender named in the last sentences, and no main person: the person of that
      // gender the story has named most so far (its protagonist), else the one its lede names, not
      // the nearest of any gender
      if (!antecedent && !fallback && !possessiveFallback) antecedent = leadOf(repeated, genders, gender) ?? (lede && genders.get(lede.entity) === gender && lede.start < token.start ? lede : undefined);
      // a sentence that opens on "He" or "She" goes on about the person the sentence before was about
      // ("He is survived by … a son, Pavel. He passed away peacefully …": not Pavel)
      const previous = i === first ? subjects.get(sentence.index - 1) : undefined;
      const centred = previous !== undefined && genders.get(previous.entity) === gender && !previous.inQuote;
      if (centred) antecedent = previous;
      antecedent ??= fallback ?? possessiveFallback;
      // (or, before any such pronoun, the sentence's subject of that gender: "She is survived by their
      // daughter, Ilse Rieder, …; and by her elder brother, Ewan": her brother, not her daughter's)
      const subject = subjects.get(sentence.index);
      const owner = owners.get(gender) ?? (subject !== undefined && genders.get(subject.entity) === gender && subject.start < token.start ? subject : undefined);
      const possessive = token.lower === 'his' || (token.lower === 'her' && tokens.slice(i + 1, i + 4).find((t) => t.pos !== 'ADJ')?.pos === 'NOUN');
      const listed = possessive && owner !== undefined && antecedent !== undefined && antecedent.sentence === sentence.index && antecedent.start > owner.start && afterKinship(lexicon, tokens, antecedent.tokenStart);
      if (listed) antecedent = owner;
      if (!antecedent) continue;
      // "The boy's mother … said …, she told the Echo": an unnamed person of that gender stands
      // between the name and the pronoun, and is who the pronoun means
      // (for the story's subject or lead named long before, only the unnamed people of the last sentences)
      const from = sentence.index - antecedent.sentence > 3 ? Math.max(antecedent.end, starts.get(Math.max(0, sentence.index - 2)) ?? 0) : antecedent.end;
      // (not when the sentence goes on about the one the sentence before was about: "… spent their
      // summers with an aunt. She won a place …" is still about her)
      const surname = byId.get(antecedent.entity)?.surname;
      const family = (owner: number) => {
        const who = byId.get(mentionAt.get(owner)?.entity ?? '');
        return who !== undefined && who.id !== antecedent!.entity && surname !== undefined && who.surname === surname;
      };
      // ("Hal Brandt, 71, whose father founded the resort, said he would step down": the one who says is
      // the sentence's subject, whoever its asides bring in)
      const says = i > 0 && lexicon.speechVerbs.has(tokens[i - 1]!.lemma) && subjects.get(sentence.index)?.entity === antecedent.entity;
      if (!centred && !listed && !says && unnamedBetween(lexicon, tokens, from, token.start, i, gender, family)) continue;
      if (!genders.has(antecedent.entity)) genders.set(antecedent.entity, gender);
      const mention: Mention = {
        entity: antecedent.entity,
        text: token.text,
        form: 'pronoun',
        sentence: sentence.index,
        start: token.start,
        end: token.end,
        tokenStart: i,
        tokenEnd: i + 1,
        // ("her younger brother": "her" owns the noun past its adjectives)
        possessive: possessive || token.lower === 'hers',
        inQuote: false,
      };
      if (possessive) owners.set(gender, mention);
      mentions.push(mention);
      mentionAt.set(i, mention);
      byId.get(antecedent.entity)!.mentions.push(mention);
      noteSubject(mention);
      if (!mention.possessive) referredTo ??= mention;
    }
    // (unless someone named in it speaks: "Pupils will remember her, said the head teacher, Ann Cole.
    // She said …" goes on with Cole)
    if (!subjects.has(sentence.index) && referredTo && !namedSpeaker(lexicon, named, sentence, tokens)) subjects.set(sentence.index, referredTo);
  }
}


/**
 * "Harvest Mills said it will close its plant": the "it" right after an organisation's speech verb
 * (or after "that") is the organisation, whose own plans it tells. Only there: elsewhere "it" is as
 * often a plant, a plan or the weather.
 */
function addSaidIt(lexicon: CompiledLexicon, entities: Entity[], mentions: Mention[], sentences: SentenceNames[], tokens: Token[]): void {
  const byId = new Map(entities.map((e) => [e.id, e]));
  const inSentence = new Map<number, Mention[]>();
  // (a name the copy does not type that says "it will" speaks for a body: "Harvest Mills said it …")
  const body = (m: Mention) => byId.get(m.entity)?.type === 'org' || byId.get(m.entity)?.type === 'other';
  for (const m of mentions) {
    if (m.inQuote || !body(m)) continue;
    pushTo(inSentence, m.sentence, m);
  }
  for (const { sentence } of sentences) {
    const orgs = inSentence.get(sentence.index);
    if (!orgs) continue;
    for (let i = sentence.tokenStart + 2; i < sentence.tokenEnd; i++) {
      const token = tokens[i]!;
      if (token.lower !== 'it' || token.quote >= 0) continue;
      // (past "that" and a day: "said Monday it will", "said on Tuesday that it had")
      let verbAt = i - 1;
      while (verbAt > sentence.tokenStart && i - verbAt <= 4 && (tokens[verbAt]!.lower === 'that' || tokens[verbAt]!.lower === 'on' || lexicon.weekdays.includes(tokens[verbAt]!.lower) || /^(?:today|yesterday|tonight)$/.test(tokens[verbAt]!.lower))) verbAt--;
      const verb = tokens[verbAt];
      if (!verb || !lexicon.speechVerbs.has(verb.lemma) || (verb.pos !== 'VERB' && verb.pos !== 'AUX')) continue;
      // the organisation that speaks: named before the verb, the nearest to it, with no other verb between
      const speaker = orgs.filter((m) => m.end <= verb.start && !m.possessive).pop();
      if (!speaker || tokens.slice(speaker.tokenEnd, verbAt).some((t) => t.pos === 'VERB')) continue;
      const mention: Mention = { entity: speaker.entity, text: token.text, form: 'pronoun', sentence: sentence.index, start: token.start, end: token.end, tokenStart: i, tokenEnd: i + 1, possessive: false, inQuote: false };
      mentions.push(mention);
      byId.get(speaker.entity)!.mentions.push(mention);
    }
  }
}

/** Past the comma that closes a sentence's opening phrase (within six tokens), else the phrase's start. */
function openingComma(tokens: Token[], from: number, end: number): number {
  for (let k = from + 1; k < Math.min(end, from + 7); k++) if (tokens[k]!.text === ',') return k + 1;
  return from;
}

/**
 * The person of a gender named most so far, among those named at least twice (ties: the one named
 * first). Named once, "a son, Peter", is no protagonist: the pronoun stays unresolved.
 */
function leadOf(repeated: ReadonlyMap<string, { first: Mention; n: number }>, genders: ReadonlyMap<string, 'f' | 'm'>, gender: 'f' | 'm'): Mention | undefined {
  let best: { first: Mention; n: number } | undefined;
  for (const [entity, c] of repeated) if (genders.get(entity) === gender && (!best || c.n > best.n || (c.n === best.n && c.first.start < best.first.start))) best = c;
  return best?.first;
}

/**
 * The person a story is about, by name: named at least three times and twice as often as anyone
 * else. Its first named mention stands for it as an antecedent.
 */
function mainSubject(named: Mention[]): Mention | undefined {
  const counts = new Map<string, number>();
  for (const m of named) if (!m.inQuote) counts.set(m.entity, (counts.get(m.entity) ?? 0) + 1);
  const ranked = [...counts].sort((a, b) => b[1] - a[1]);
  const [top, next] = ranked;
  if (!top || top[1] < 3 || (next && next[1] * 2 > top[1])) return undefined;
  return named.find((m) => m.entity === top[0] && !m.inQuote);
}

/**
 * The noun an apposition right after a name ends on, between commas: "Hollins, the country's
 * fourth-largest supermarket chain, will …" → chain. Not "in Corvella, the civil protection agency
 * said": no comma closes that one, a verb does.
 */
function appositionHead(lexicon: CompiledLexicon, words: Word[], after: number): string | undefined {
  if (words[after]?.text !== ',' || !lexicon.determiners.has(words[after + 1]?.lower ?? '')) return undefined;
  let head: string | undefined;
  for (let k = after + 2; k < Math.min(words.length, after + 10); k++) {
    const word = words[k]!;
    if (word.text === ',') return head;
    // "the Czech-born composer": a participle written into a compound is part of the description
    const compound = word.text.includes('-') || (words[k - 1]?.text === '-' && words[k - 1]!.end === word.start);
    // "Milan Dvořák, the Czech-born composer whose choral works …": a relative clause on a person ends the description
    if ((word.lower === 'who' || word.lower === 'whose') && head !== undefined) return head;
    if (((word.pos === 'VERB' || word.pos === 'AUX') && !compound) || word.lower === 'which' || word.lower === 'that') return undefined;
    if (word.lower === 'of') return head;
    if (word.pos === 'NOUN') head = word.lemma;
  }
  return undefined;
}

/** Reads the words around a name for what it is: a title or "said" makes a person, "in" a place. */
function typeFromContext(lexicon: CompiledLexicon, candidate: NameCandidate, words: Word[]): EntityType {
  if (lexicon.places.has(candidate.text.toLowerCase())) return 'place';
  // ("the General Dental Council": a rank read before a name that ends in a word for a body names the body)
  const last = candidate.pieces[candidate.pieces.length - 1]!;
  if (!candidate.honorific && candidate.titles.length > 0 && candidate.pieces.length >= 2 && lexicon.orgWords.has(last.replace(/\.$/, ''))) return 'org';
  // "The crane's owner, Aireview Crane Hire", "Northgate Party Supplies": a name of three words or more
  // ending in two words of the dictionary says what a business does, unless it opens with a given name
  // ("Tom Wood Baker")
  const tail = candidate.pieces.slice(-2).map((p) => p.toLowerCase());
  if (candidate.pieces.length >= 3 && !candidate.honorific && !isGivenName(candidate.pieces[0]!) && tail.every((w) => dictionaryWord(w) && !isGivenName(w.replace(/^./, (c) => c.toUpperCase())))) return 'org';
  if (candidate.honorific || candidate.titles.length > 0) return 'person';
  // "Led By Donkeys", "Rage Against The Machine": a capitalised small word inside names a group or a work
  if (candidate.text.split(/\s+/).slice(1, -1).some((w) => lexicon.nameFunctionWords.has(w.toLowerCase()) && /^\p{Lu}/u.test(w))) return 'org';
  // (a given name and a family name that is also a word for a body, "Paul Gold, 54,", "Chris Eagles, who …",
  // "winger Chris Eagles", is a person where the copy says so; review)
  // (a body's word in the plural too: "Bradford Teaching Hospitals", "Guy's and St Thomas' Hospitals"; review)
  const orgWord = (p: string) => lexicon.orgWords.has(p.replace(/\.$/, '')) || (/^\p{Lu}\p{Ll}{3,}s$/u.test(p) && lexicon.orgWords.has(p.slice(0, -1)));
  if (lexicon.orgs.has(candidate.text) || (candidate.pieces.some(orgWord) && !personSigned(lexicon, candidate, words))) return 'org';
  // "NHS England", "BBC Scotland": a name that opens with an acronym of three letters or more is a body's
  // (initials, "JK Rowling", are two; a name all in capitals, a dateline's "BATTLE CREEK", is no acronym)
  if (candidate.pieces.length >= 2 && /^[A-Z]{3,}$/.test(candidate.pieces[0]!) && candidate.pieces.some((p) => /\p{Ll}/u.test(p)) && !candidate.honorific) return 'org';
  // "Department of Mineral Resources and Energy", "Bank of England": a name joined by "of" or "and"
  // with an organisation word in it
  if (/ (?:of|and|&) /.test(candidate.text) && candidate.text.split(/\s+/).some((w) => lexicon.orgWords.has(w.replace(/\.$/, '')))) return 'org';
  if (/^[A-Z][A-Z&.]{1,}$/.test(candidate.text) && candidate.pieces.length === 1) return 'org';
  const apposition = appositionHead(lexicon, words, candidate.to + (candidate.possessive ? 1 : 0)) ?? '';
  if (lexicon.organisationNouns.has(apposition)) return 'org';
  // "a spokesperson for Eskom": who a spokesperson speaks for is a body (review)
  if (words[candidate.from - 1]?.lower === 'for' && /^spokes(?:person|man|woman)$/.test(words[candidate.from - 2]?.lower ?? '') && candidate.pieces.length === 1 && !isGivenName(candidate.pieces[0]!)) return 'org';
  // "the Unite union", "the Loganair airline": a name that says which body the noun after it is
  // (not "the Johnson government" or "the Biden campaign", a person's)
  const kind = words[candidate.to];
  if (words[candidate.from - 1]?.lower === 'the' && !candidate.possessive && kind && /^\p{Ll}/u.test(kind.text) && BODY_NOUNS.has(kind.lower)) return 'org';
  // "Milan Dvořák, the Czech-born composer", "a public defender, Len Kachinsky", "his wife, Lindsey":
  // a noun for a person beside the name, between commas (WordNet's nouns for people), or as a label
  // before it ("consultant spinal surgeon Rajiv Menon")
  if (isPersonNoun(apposition) || personBefore(words, candidate.from) || titleAfter(lexicon, words, candidate.to + (candidate.possessive ? 1 : 0)) || (words[candidate.from - 1]?.lower !== 'the' && bareApposition(lexicon, words, candidate.to))) return 'person';
  // a nickname in quotation marks before it, "Chuck" Lindberg, names a person
  const mark = (w: Word | undefined) => w !== undefined && /^["“”]$/.test(w.text);
  if (mark(words[candidate.from - 1]) && mark(words[candidate.from - 3]) && /^\p{Lu}\p{Ll}+$/u.test(words[candidate.from - 2]?.text ?? '')) return 'person';
  if (candidate.pieces.length >= 2 && lexicon.placeEndings.has(candidate.pieces[candidate.pieces.length - 1]!)) return 'place';
  // "the Vale of Glamorgan", "the Forest of Dean", "the Isle of Man": a place's word before "of" (review)
  if (lexicon.placeOfHeads.has(PLACE_OF_NAME.exec(candidate.text)?.[1] ?? '')) return 'place';
  const pieces = candidate.pieces;
  // (after "in" or "to" a name is a place more often: "towed back to Port Calder")
  const placed = lexicon.placePrepositions.has(words[candidate.from - 1]?.lower ?? '');
  // (but a given name that says a gender, before a word that is no noun for a place or an
  // organisation, opens a person's name there too: "lost to Michaël Llodra", where "in Marlow County"
  // is a place)
  const surnameAfterGiven = pieces.length === 2 && givenNameGender(pieces[0]!) !== undefined && !lexicon.placeNouns.has(pieces[1]!.toLowerCase()) && !lexicon.orgWords.has(pieces[1]!);
  if (pieces.length >= 2 && (lexicon.givenNames.has(pieces[0]!) || (givenName(lexicon, pieces[0]!) && (!placed || surnameAfterGiven)))) return 'person';
  if (pieces.length === 2 && lexicon.surnamesFirst.has(pieces[0]!) && looksRomanizedGivenName(pieces[1]!)) return 'person';
  const after = nextWord(words, candidate.to + (candidate.possessive ? 1 : 0));
  const before = words[candidate.from - 1];
  // "Varma, a consultant at the hospital in Liverpool, said": the speaker stands before the apposition
  const endsApposition = words[candidate.to]?.text === ',' && before !== undefined && lexicon.placePrepositions.has(before.lower);
  if (after && lexicon.speechVerbs.has(after.lemma) && !candidate.possessive && !endsApposition) return 'person';
  // "said Ruiz" names a speaker; "told Wikinews" a listener, who may be anyone
  if (before && lexicon.speechVerbs.has(before.lemma) && !lexicon.addresseeVerbs.has(before.lemma)) return 'person';
  // kinship, age and "who" mark people: "the daughter of Joost van Dalen", "Dalen's son", "Ruiz, 46,", "Ruiz, who …"
  if (before?.lower === 'of' && lexicon.kinship.has(words[candidate.from - 2]?.lemma ?? '')) return 'person';
  if (candidate.possessive && lexicon.kinship.has(words[candidate.to + 1]?.lemma ?? '')) return 'person';
  if (agedOrWho(words, candidate)) return 'person';
  // ("suffering from Alzheimer's": a name in the possessive after "from" is someone's, not a place)
  const possessive = candidate.possessive || /['’]s$/.test(candidate.text) || /^['’]s$/.test(words[candidate.to]?.text ?? '');
  // (nor after "according to": a source, "According to Adeyemi, dozens had gathered"; blind set CE)
  const source = before?.lower === 'to' && words[candidate.from - 2]?.lower === 'according';
  if (before && lexicon.placePrepositions.has(before.lower) && !possessive && !source && !(/^(to|from)$/.test(before.lower) && lexicon.speechVerbs.has(words[candidate.from - 2]?.lemma ?? ''))) return 'place';
  if (before?.lower === 'of' && lexicon.placeNouns.has(words[candidate.from - 2]?.lower ?? '')) return 'place';
  // "was found in the Linn of Dee car park", "at the Ferry Road junction": a name before a noun for a site
  // after "in the", "at the" (blind set BN)
  if (before?.lower === 'the' && lexicon.placePrepositions.has(words[candidate.from - 2]?.lower ?? '') && SITE_NOUNS.test(words.slice(candidate.to, candidate.to + 2).map((w) => w.lower).join(' '))) return 'place';
  // "due to sail next for Gdansk", "bound for Lisbon": a destination
  const travel = words.slice(Math.max(0, candidate.from - 3), candidate.from - 1).some((w) => lexicon.travelVerbs.has(w.lemma) || lexicon.travelVerbs.has(w.lower));
  if (before?.lower === 'for' && travel) return 'place';
  return 'other';
}

/** A name's first word before "of" and another capitalised word: a sort of place where the lexicon's `placeOfHeads` has it. */
const PLACE_OF_NAME = /^(\p{Lu}\p{L}*) of \p{Lu}/u;

/** Nouns for a site a name says which of ("the Coire Cas car park"), as the two words after the name read. */
const SITE_NOUNS = /^(?:car park|carpark|parking lot|station|junction|roundabout|crossroads|beach|pier|harbour|harbor|slipway|quay|bridge|interchange|trailhead)\b/;

/** An age or "who" after a name and a comma, "Ruiz, 46,", "Ruiz, who …", or an age in brackets: "Declan Murphy (29)". */
function agedOrWho(words: Word[], candidate: NameCandidate): boolean {
  const [at, next, close] = [words[candidate.to]?.text, words[candidate.to + 1], words[candidate.to + 2]?.text];
  // (a bracketed figure under 16 is as often a score or a shirt number: "Harry Dixon (9)")
  if (at === '(' && close === ')' && /^\d{2,3}$/.test(next?.text ?? '') && Number(next!.text) >= 16) return true;
  return at === ',' && (next?.lower === 'who' || (/^\d{1,3}$/.test(next?.text ?? '') && close === ','));
}

/** A given name and one more word, told with the marks of a person: an age or "who" after it, a noun for a person beside it, a label or title. */
function personSigned(lexicon: CompiledLexicon, candidate: NameCandidate, words: Word[]): boolean {
  if (candidate.pieces.length !== 2 || !isGivenName(candidate.pieces[0]!)) return false;
  const after = candidate.to + (candidate.possessive ? 1 : 0);
  return agedOrWho(words, candidate) || isPersonNoun(appositionHead(lexicon, words, after) ?? '') || personBefore(words, candidate.from) || titleAfter(lexicon, words, after);
}

/**
 * A title after the name and a comma, with no article, of somewhere: "Youk Chhang, director of the
 * Documentation Centre", "Ann Lee, professor at Leeds", "Tom Quill, chief executive of Dover Fish".
 * (Not "Acme, maker of widgets": only the lexicon's titles.)
 */
function titleAfter(lexicon: CompiledLexicon, words: Word[], after: number): boolean {
  if (words[after]?.text !== ',') return false;
  const title = matchTitle(lexicon, words, after + 1);
  return title !== undefined && /^(?:of|at|for)$/.test(words[after + 1 + title.length]?.lower ?? '');
}

function nextWord(words: Word[], at: number): Word | undefined {
  let k = at;
  while (words[k] && (words[k]!.pos === 'ADV' || words[k]!.lower === ',')) k++;
  return words[k];
}



function personShaped(lexicon: CompiledLexicon, pieces: string[]): boolean {
  return pieces.length <= 4 && !pieces.some((p) => lexicon.thingWords.has(p) || lexicon.orgWords.has(p) || / of /.test(p));
}

/**
 * A name of several words the copy gives "the" before, standing alone ("He joined the Khmer Rouge
 * after …", "the Rolling Stones said"), names a group: a person's name takes no article. Not where a
 * noun follows, which makes the name a modifier ("the John Lewis store"), nor where a title or an
 * honorific names a person ("the Rev Judith Ormerod").
 */
function namedAsGroup(draft: Draft): boolean {
  if (draft.pieces.length < 2 || draft.pending.some((p) => p.candidate.honorific || p.candidate.titles.length > 0)) return false;
  return draft.pending.some(({ candidate, words }) => {
    const next = words[candidate.to];
    return words[candidate.from - 1]?.lower === 'the' && !candidate.possessive && (next === undefined || (next.pos !== 'NOUN' && next.pos !== 'PROPN' && !/^['’]s$/.test(next.text)));
  });
}

function looksLikePerson(lexicon: CompiledLexicon, draft: Draft): boolean {
  return draft.pieces.length >= 2 && draft.pieces.length <= 4 && draft.pending.some((p) => p.candidate.possessive === false && givenName(lexicon, draft.pieces[0]!));
}

function acronym(name: string): string {
  return name
    .split(/\s+/)
    .filter((word) => /^\p{Lu}/u.test(word))
    .map((word) => word[0])
    .join('');
}

function uniqueId(ids: Set<string>, name: string): string {
  const base =
    latinShadow(name)
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'entity';
  let id = base;
  for (let n = 2; ids.has(id); n++) id = `${base}-${n}`;
  ids.add(id);
  return id;
}

/**
 * The entity of a type the story names most, where it is named three times or more and more often than
 * any other of its type: its id, how often it is named, and how often the next is.
 */
export function mostNamed(entities: readonly Entity[], type: EntityType): { id: string; n: number; next: number } | undefined {
  const counts = entities.filter((e) => e.type === type).map((e) => ({ id: e.id, n: e.mentions.length }));
  counts.sort((a, b) => b.n - a.n);
  const [top, next] = counts;
  if (!top || top.n < 3 || (next?.n ?? 0) >= top.n) return undefined;
  return { id: top.id, n: top.n, next: next?.n ?? 0 };
}

/** A lone capitalised word opening a sentence, never seen again: more likely a common word ("Winners …") than a name. */
export function likelyCommonWord(mention: Mention, entity: Entity | undefined): boolean {
  return mention.initial === true && entity?.type === 'other' && entity.mentions.length === 1 && !mention.text.includes(' ');
}

/**
 * A given name: the lexicon's, or one of the English-speaking world's lists (lexicon/semantics.ts),
 * unless it is also a common word ("Will", "Grant", "May"), which opens names of other things.
 */
function givenName(lexicon: CompiledLexicon, word: string): boolean {
  return lexicon.givenNames.has(word) || (isGivenName(word) && !lexicon.givenNameWords.has(word));
}

/** "a public defender, Len Kachinsky", "his wife, Lindsey": a noun for a person, a comma, then the name. */
function personBefore(words: Word[], from: number): boolean {
  // ("consultant spinal surgeon Rajiv Menon": a lower-case noun for a person as a label right before a name of two words or more)
  const label = words[from - 1];
  if (label !== undefined && label.pos === 'NOUN' && /^\p{Ll}/u.test(label.text) && isPersonNoun(label.lemma) && words[from + 1] !== undefined && /^\p{Lu}/u.test(words[from + 1]!.text)) return true;
  if (words[from - 1]?.text !== ',') return false;
  const noun = words[from - 2];
  return noun !== undefined && noun.pos === 'NOUN' && isPersonNoun(noun.lemma) && words[from - 3]?.text !== ',';
}
