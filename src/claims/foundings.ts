import type { Analysis, SentenceContext, Word } from '../model/analysis.js';
import { BODY_KINDS, type Mention } from '../model/document.js';

/**
 * When a thing began: the year an organisation was founded ("Harbridge, founded in 1887", "the club's
 * formation in 1884", "in 1971 founded E. Tarrant Organ Builders", "in business since 1974"; a
 * business's opening is its founding), a building was built ("The pavilion itself, built in 1927", "the 1899
 * building") or a place opened ("since it opened in 1984", "since its 1908 opening", "first opened its
 * doors in 1897", "opened to the public in 1986"). Two such years for one thing can clash: two years of one kind, an opening before
 * the founding, or an opening before (or years after) the building.
 *
 * Who the year belongs to is read from the copy's usual forms and never guessed past them:
 * - the name or noun the verb follows ("Hartfield was founded", "The Moray club, founded", "the
 *   museum, which opened");
 * - the object of a transitive use ("Jones founded Hartfield in 1921", "opened its Leek plant in 1927"),
 *   or the name an object relative clause is told of ("Schriftgießerei Voss, which she founded in 1971");
 * - "it" and "its": the noun a relative clause is told of ("a pavilion that has changed little since it
 *   opened"), the subject of the sentence's main clause ("The Ashgrove has staged … since it opened"),
 *   or that of the sentence before when the sentence opens on them.
 * A holder told with "a second", "another" or "new" ("a second school opened in 1955") is never one told
 * elsewhere; one told with "a" ("a pavilion that …") is the same as one told with "the" and that noun.
 */
export type Beginning = 'founded' | 'opened' | 'built';

export interface Founding {
  /** An entity id, or `noun:` and the head noun's lemma ("noun:club"). */
  holder: string;
  /** How the copy names the holder, for the message. */
  holderText: string;
  /** The holder was told with "a" ("a pavilion that …"): it names the same thing only as a noun told with "the" does. */
  indefinite: boolean;
  kind: Beginning;
  year: number;
  sentence: number;
  start: number;
  end: number;
}

const YEAR = /^(1[0-9]{3}|20[0-9]{2})$/;
/** Participles that tell a beginning, and the kind they tell. */
const VERBS = new Map<string, Beginning>([
  ['founded', 'founded'],
  ['established', 'founded'],
  ['formed', 'founded'],
  ['set', 'founded'], // "set up"
  ['opened', 'opened'],
  ['inaugurated', 'opened'],
  ['built', 'built'],
  ['constructed', 'built'],
]);
/** Nouns that tell a beginning ("its 1908 opening", "the club's formation in 1884"). */
const NOUNS = new Map<string, Beginning>([
  ['founding', 'founded'],
  ['foundation', 'founded'],
  ['formation', 'founded'],
  ['establishment', 'founded'],
  ['opening', 'opened'],
  ['inauguration', 'opened'],
  ['construction', 'built'],
]);
/** Words that make a noun holder another one of its kind ("a second school", "the new stadium"). */
const ANOTHER = new Set(['second', 'third', 'another', 'new', 'old', 'original', 'former', 'other', 'first', 'current', 'present', 'previous', 'latest']);
/** Words that may stand between the holder and the participle ("which was first", "that has been"). */
const LINK = new Set(['which', 'that', 'was', 'were', 'is', 'are', 'has', 'have', 'had', 'been', 'be', 'first', 'originally', 'officially', 'only', 'formally', 'itself', ',']);
/** Buildings, told as "the 1899 building". */
const BUILDINGS = new Set(['building', 'pavilion', 'church', 'chapel', 'hall', 'theatre', 'theater', 'station', 'bridge', 'mill', 'house', 'stadium', 'terminal', 'tower', 'library', 'museum', 'school', 'hospital']);

interface Holder {
  holder: string;
  holderText: string;
  indefinite: boolean;
}

export function foundingsOf(analysis: Analysis): Founding[] {
  const out: Founding[] = [];
  let previous: SentenceContext | undefined;
  for (const ctx of analysis.contexts) {
    if (BODY_KINDS.has(ctx.sentence.kind)) out.push(...inSentence(ctx, previous));
    previous = ctx;
  }
  return out;
}

function inSentence(ctx: SentenceContext, previous: SentenceContext | undefined): Founding[] {
  const { words } = ctx;
  const out: Founding[] = [];
  const push = (holder: Holder | undefined, kind: Beginning, yearAt: number, from: number) => {
    if (!holder) return;
    const end = Math.max(yearAt, from);
    const start = Math.min(yearAt, from);
    out.push({ ...holder, kind, year: Number(words[yearAt]!.text), sentence: ctx.sentence.index, start: words[start]!.start, end: words[end]!.end });
  };
  for (let k = 0; k < words.length; k++) {
    const word = words[k]!;
    if (word.quote >= 0) continue;
    // "founded in 1898", "set up in a disused silk mill in 1927", "opened its doors in 1897", "founded Hartfield in 1921"
    const verb = VERBS.get(word.lower);
    if (verb && (word.pos === 'VERB' || word.pos === 'AUX' || word.pos === 'ADJ')) {
      let j = k + 1;
      if (word.lower === 'set') {
        if (words[j]?.lower !== 'up') continue;
        j++;
      }
      if (word.lower === 'opened' && words[j]?.lower === 'fire') continue;
      let object: Holder | undefined;
      const opening = word.lower === 'opened' ? openedFor(ctx, j) : 0;
      if (opening > 0) j += opening;
      else if (words[j] && words[j]!.lower !== 'in') {
        const phrase = nounPhrase(ctx, j);
        if (!phrase) continue;
        object = phrase;
        j = phrase.end;
      }
      // ("and in 1971 founded E. Tarrant Organ Builders": the year may stand just before the verb)
      const after = yearAfterIn(words, j);
      // (or open the sentence, before its subject: "In 1968 he founded Sollis & Rowe")
      const opens = object !== undefined && words[0]?.lower === 'in' && YEAR.test(words[1]?.text ?? '') && k <= OPENING_REACH && !words.slice(2, k).some((w) => YEAR.test(w.text) || w.text === ';');
      const yearAt = after >= 0 ? after : object && words[k - 2]?.lower === 'in' && YEAR.test(words[k - 1]?.text ?? '') ? k - 1 : opens ? 1 : -1;
      if (yearAt < 0) continue;
      push(object ?? objectRelative(ctx, k) ?? subjectBefore(ctx, k, previous), verb, yearAt, k);
      continue;
    }
    // "The workshop, in business since 1974", "trading since 1990": how long a business has run is its founding
    const running = runningSince(words, k);
    if (running > 0) {
      push(subjectBefore(ctx, k, previous), 'founded', k + running - 1, k);
      k += running - 1;
      continue;
    }
    // "its 1908 opening", "the club's formation in 1884", "the 1899 building"
    // (a noun that only qualifies the next is none: "the theatre's 2024 opening night", "the 2023 school year")
    const head = words[k + 1]?.pos !== 'NOUN';
    const noun = head ? NOUNS.get(word.lower) : undefined;
    if (noun && YEAR.test(words[k - 1]?.text ?? '')) push(owner(ctx, k - 2, previous), noun, k - 1, k);
    else if (noun && words[k + 1]?.lower === 'in' && YEAR.test(words[k + 2]?.text ?? '')) push(owner(ctx, k - 1, previous), noun, k + 2, k);
    else if (head && BUILDINGS.has(word.lower) && YEAR.test(words[k - 1]?.text ?? '') && words[k - 2]?.lower === 'the') {
      push({ holder: `noun:${word.lemma}`, holderText: `the ${word.text}`, indefinite: false }, 'built', k - 1, k);
    }
  }
  return out;
}

/**
 * Words after "opened" that say for whom, so the subject is what opened: "opened its doors", "opened
 * its gates", "opened to the public", "opened to visitors". 0 where none stand.
 */
function openedFor(ctx: SentenceContext, j: number): number {
  const { words } = ctx;
  if (/^(?:its|their)$/.test(words[j]?.lower ?? '') && /^(?:doors|gates)$/.test(words[j + 1]?.lower ?? '')) return 2;
  if (words[j]?.lower !== 'to' || !words[j + 1] || ctx.mentionAt[j + 1]) return 0;
  if (words[j + 1]!.lower === 'the') return /^(?:NOUN|ADJ)$/.test(words[j + 2]?.pos ?? '') ? 3 : 0;
  return words[j + 1]!.pos === 'NOUN' ? 2 : 0;
}

/** The year in "in 1927", allowing one place phrase before it ("in a disused Leek silk mill in 1927", "at Pin Mill in 1964"). */
function yearAfterIn(words: Word[], j: number): number {
  for (let n = 0, k = j; n < 2 && k < words.length; n++) {
    if (words[k]!.lower !== 'in' && !(n === 0 && /^(?:at|on|by|near)$/.test(words[k]!.lower))) return -1;
    if (YEAR.test(words[k + 1]?.text ?? '')) return k + 1;
    // a place phrase of a few words, with no verb, before the year's "in"
    let m = k + 1;
    while (m < words.length && m - k <= 7 && words[m]!.lower !== 'in' && words[m]!.pos !== 'VERB' && !/^[,;.]$/.test(words[m]!.text)) m++;
    if (words[m]?.lower !== 'in') return -1;
    k = m;
  }
  return -1;
}

/** Phrases that tell since when a business has run, up to "since": "in business since", "trading since". */
const RUNNING = [['in', 'business', 'since'], ['trading', 'since'], ['in', 'operation', 'since'], ['operating', 'since']];

/** How many words a phrase of RUNNING and its year take from `k` ("in business since 1974": 4), or 0. */
function runningSince(words: Word[], k: number): number {
  for (const phrase of RUNNING) {
    if (phrase.every((w, n) => words[k + n]?.lower === w) && YEAR.test(words[k + phrase.length]?.text ?? '')) return phrase.length + 1;
  }
  return 0;
}

/** "Schriftgießerei Voss, which she founded in 1971": the name or noun an object relative clause is told of. */
function objectRelative(ctx: SentenceContext, k: number): Holder | undefined {
  const { words } = ctx;
  const subject = words[k - 1];
  if (!subject || !(subject.pos === 'PRON' || ctx.mentionAt[k - 1]) || !/^(?:which|that)$/.test(words[k - 2]?.lower ?? '')) return undefined;
  let j = k - 3;
  if (words[j]?.text === ',') j--;
  return j >= 0 ? headBefore(ctx, j) : undefined;
}

/** A name as a holder: no person is founded, built or opened. */
function nameHolder(ctx: SentenceContext, mention: Mention): Holder | undefined {
  return ctx.entities.get(mention.entity)?.type === 'person' ? undefined : { holder: mention.entity, holderText: mention.text, indefinite: false };
}

/** A name, or a noun phrase told with "the", "a" or a possessive, starting at `at`; with where it ends. */
function nounPhrase(ctx: SentenceContext, at: number): (Holder & { end: number }) | undefined {
  const { words } = ctx;
  const mention = ctx.mentionAt[at];
  if (mention) {
    let end = at;
    while (ctx.mentionAt[end] === mention) end++;
    const named = nameHolder(ctx, mention);
    return named && { ...named, end };
  }
  const det = words[at]?.lower ?? '';
  if (!/^(?:the|a|an|its|their|his|her)$/.test(det)) return undefined;
  // "the Ashgrove", "the Bluff Street museum" told by its name
  if (ctx.mentionAt[at + 1] && det === 'the') return nounPhrase(ctx, at + 1);
  let end = at + 1;
  let another = false;
  while (end < words.length && (words[end]!.pos === 'ADJ' || words[end]!.pos === 'PROPN' || (words[end]!.pos === 'NOUN' && words[end + 1]?.pos === 'NOUN'))) {
    if (ANOTHER.has(words[end]!.lower)) another = true;
    end++;
  }
  const head = words[end];
  if (!head || head.pos !== 'NOUN' || another) return undefined;
  return { holder: `noun:${head.lemma}`, holderText: words.slice(at, end + 1).map((w) => w.text).join(' '), indefinite: /^an?$/.test(det), end: end + 1 };
}

/** Who a participle at `k` is told of: the name or noun before it ("Harbridge, founded", "the museum, which opened", "it opened"). */
function subjectBefore(ctx: SentenceContext, k: number, previous: SentenceContext | undefined): Holder | undefined {
  const { words } = ctx;
  let j = k - 1;
  while (j >= 0 && LINK.has(words[j]!.lower)) j--;
  if (j < 0) return undefined;
  if (/^(?:it|they)$/.test(words[j]!.lower)) return pronoun(ctx, j, previous);
  return headBefore(ctx, j);
}

/** The owner before a noun of beginning: "its" (the sentence's subject), "the club's", "Harbridge's". */
function owner(ctx: SentenceContext, j: number, previous: SentenceContext | undefined): Holder | undefined {
  const { words } = ctx;
  const w = words[j];
  if (!w) return undefined;
  if (/^(?:its|their)$/.test(w.lower)) return pronoun(ctx, j, previous);
  if (/^['’]s$/.test(w.lower)) return headBefore(ctx, j - 1);
  return undefined;
}

/** The name or noun that ends at `j`, told with "the" or "a" (a noun), or a name of no person. */
function headBefore(ctx: SentenceContext, j: number): Holder | undefined {
  const { words } = ctx;
  const mention = ctx.mentionAt[j];
  if (mention) return nameHolder(ctx, mention);
  if (words[j]!.pos !== 'NOUN') return undefined;
  let d = j - 1;
  while (d >= 0 && (words[d]!.pos === 'ADJ' || words[d]!.pos === 'NOUN' || words[d]!.pos === 'PROPN' || ctx.mentionAt[d])) {
    if (ANOTHER.has(words[d]!.lower)) return undefined;
    d--;
  }
  const det = words[d]?.lower ?? '';
  if (!/^(?:the|a|an)$/.test(det)) return undefined;
  return { holder: `noun:${words[j]!.lemma}`, holderText: words.slice(d, j + 1).map((w) => w.text).join(' '), indefinite: det !== 'the' };
}

/**
 * "it" or "its": the main clause's subject when the sentence opens on something else ("The Ashgrove
 * has staged … since it opened"), the previous sentence's subject when it opens on the pronoun.
 */
function pronoun(ctx: SentenceContext, at: number, previous: SentenceContext | undefined): Holder | undefined {
  // "a pavilion that has changed little since it opened": the relative clause's noun
  for (let j = at - 1; j > 0; j--) {
    if (/^(?:that|which)$/.test(ctx.words[j]!.lower)) {
      const head = headBefore(ctx, j - 1);
      if (head) return head;
    }
  }
  const opening = openingSubject(ctx);
  if (opening && opening.end <= at) return opening;
  // ("Since its founding in 1971, the firm had published …": the main clause's subject after the opening phrase)
  const comma = ctx.words.findIndex((w) => w.text === ',');
  if (comma > at && /^(?:since|after|before|when|until|from)$/i.test(ctx.words[0]?.lower ?? '')) {
    const phrase = nounPhrase(ctx, comma + 1);
    const next = phrase && ctx.words[phrase.end];
    if (phrase && !phrase.indefinite && next && (next.pos === 'VERB' || next.pos === 'AUX')) return phrase;
  }
  return previous ? openingSubject(previous) : undefined;
}

function openingSubject(ctx: SentenceContext): (Holder & { end: number }) | undefined {
  const { words } = ctx;
  const phrase = nounPhrase(ctx, 0);
  if (!phrase || phrase.indefinite) return undefined;
  // (the phrase must be the subject: a verb or a comma right after it)
  const next = words[phrase.end];
  return next && (next.pos === 'VERB' || next.pos === 'AUX' || next.text === ',') ? phrase : undefined;
}

/**
 * Nouns any institution is called by, which the story's one named holder stands for ("Harbridge,
 * founded in 1887" … "the club's formation"). Not "the museum" or "the school": a story names those
 * with the noun ("Bluff Street Museum"), and a society's museum is not the society.
 */
const INSTITUTIONS = new Set(['club', 'company', 'firm', 'business', 'group', 'charity', 'party', 'band', 'team', 'society', 'organisation', 'organization', 'union', 'association', 'trust', 'bank', 'workshop', 'studio', 'practice', 'agency', 'label', 'foundry', 'partnership']);

/** Businesses whose opening is their founding, as for an institution ("The boutique … since it opened in 1998" / "She founded the boutique in 1996"). */
const SHOPS = new Set(['shop', 'boutique', 'store', 'restaurant', 'cafe', 'café', 'pub', 'bakery', 'salon', 'bookshop', 'deli', 'brewery', 'distillery']);

/** What a thing was founded as, right after its year: " as a technical college" (the noun, singular). */
const FOUNDED_AS = /^\s+as\s+an?\s+([\p{Ll}-]+(?:\s+[\p{Ll}-]+){0,2})/u;
/** Words that end the noun phrase after "as a". */
const AS_ENDS = /^(?:and|or|in|with|which|that|to|by|for|on|at|of|but)$/;

/** Words from the sentence's start within which an opening "In 1968" dates its verb ("In 1968 he founded …"). */
const OPENING_REACH = 6;

/**
 * Pairs of beginnings of one thing that cannot both be true: two years of one kind; an opening before
 * the founding or before the building. A founding and a building may be any years apart (a society
 * founded in 1850 builds its hall in 1901), and so may a building and a later opening (a mill built in
 * 1820 opened as a museum in 1984).
 */
export function foundingClashes(analysis: Analysis, foundings: Founding[]): [Founding, Founding][] {
  const named = [...new Set(foundings.filter((f) => !f.holder.startsWith('noun:')).map((f) => f.holder))];
  const only = named.length === 1 ? named[0]! : undefined;
  const nameWords = new Map(named.map((id) => [id, new Set((analysis.entityById.get(id)?.name ?? '').toLowerCase().split(/[^\p{L}]+/u))]));
  // the thing each beginning is of: a name; a noun told with "the" that the name holds ("the theatre" of
  // "Ashgrove Theatre"), or that any institution is called by where the story gives one name a beginning
  // what a thing was founded as names it too: "the institution, which was founded in 1962 as a technical
  // college" is "the college" of a later "since the college's founding in 1964"
  const foundedAs = new Map<string, string>();
  for (const f of foundings) {
    const as = FOUNDED_AS.exec(analysis.doc.source.slice(f.end, f.end + 40));
    const phrase = as?.[1]!.split(/\s+/) ?? [];
    const cut = phrase.findIndex((w) => AS_ENDS.test(w));
    const noun = (cut < 0 ? phrase : phrase.slice(0, cut)).pop();
    if (noun && f.kind === 'founded' && f.holder.startsWith('noun:')) foundedAs.set(`noun:${noun}`, f.holder);
  }
  const thingOf = (f: Founding): string => {
    if (!f.holder.startsWith('noun:') || f.indefinite) return f.holder;
    const alias = foundedAs.get(f.holder);
    if (alias !== undefined && alias !== f.holder) return thingOf({ ...f, holder: alias });
    const lemma = f.holder.slice(5);
    return named.find((id) => nameWords.get(id)!.has(lemma)) ?? (only !== undefined && INSTITUTIONS.has(lemma) ? only : f.holder);
  };
  // (a business opens when it is founded: "the workshop … since it opened in 1974" is its founding told again)
  const business = (f: Founding) => f.holder.startsWith('noun:') && (INSTITUTIONS.has(f.holder.slice(5)) || SHOPS.has(f.holder.slice(5)));
  const kindOf = (f: Founding): Beginning => (f.kind === 'opened' && business(f) ? 'founded' : f.kind);
  const clash = (a: Founding, b: Founding): boolean => {
    if (a.year === b.year || (a.indefinite && b.indefinite)) return false;
    if (kindOf(a) === kindOf(b)) return true;
    const of = (kind: Beginning) => (a.kind === kind ? a : b.kind === kind ? b : undefined);
    const [founded, opened, built] = [of('founded'), of('opened'), of('built')];
    if (founded && opened) return opened.year < founded.year;
    if (built && opened) return opened.year < built.year;
    return false;
  };
  // each beginning against the first of every other kind and year told of its thing before it (a few:
  // a pasted list of thousands of beginnings costs no more)
  const firsts = new Map<string, Founding[]>();
  const out: [Founding, Founding][] = [];
  for (const b of foundings) {
    const thing = thingOf(b);
    const earlier = firsts.get(thing) ?? [];
    const a = earlier.find((e) => e.sentence !== b.sentence && clash(e, b));
    if (a) out.push([a, b]);
    if (earlier.length < MAX_TOLD && !earlier.some((e) => e.kind === b.kind && e.year === b.year && e.indefinite === b.indefinite)) earlier.push(b);
    firsts.set(thing, earlier);
  }
  return out;
}

/** Beginnings of one thing compared with each later one: no story tells more kinds and years of one thing's start. */
const MAX_TOLD = 12;
