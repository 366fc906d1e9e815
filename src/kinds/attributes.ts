/**
 * attributes — one person given two ages ("Dr Brash, 66," and, later, "the 68-year-old former Reserve
 * Bank governor"), or one group two shares that cannot both hold ("2,310 of its 3,960 members" and
 * "roughly two-thirds of the members": 58% against 67%), or a vote a margin its totals do not give
 * ("Ortiz's 37-vote margin" and "4,112 votes to Harmon's 4,081"; claims/tallies.ts) or a side its
 * totals do not count ("29 councillors backed the scheme" and "voted 31 to 24 in favour"), or one thing two
 * beginnings that cannot both hold ("since it opened in 1984" and "which was founded in 1986";
 * claims/foundings.ts), or a group the story counted another figure where it refers back to it
 * ("Eighteen people were seriously injured" and "The 16 injured workers"; claims/backrefs.ts), or a whole
 * broken down after a colon into parts that do not add up to it ("All 6,400 patients will be
 * transferred: 3,800 to Riverside Surgery and 2,100 to Hollin Lane"; claims/breakdowns.ts), or a
 * profile's subject two birthplaces ("born in Ennis, County Clare" and "The Galway-born craftsman";
 * claims/birthplaces.ts).
 *
 * What: ages read from the copy's usual forms: an apposition ("Brash, 66,"), "aged 66", a number
 * before a name ("the 46-year-old Maria Lindqvist"), and a description that names no one ("the
 * 68-year-old former governor"), which refers to the one person the copy gave that title. Two ages of
 * one person are reported; a year apart only where the copy does not tell of time passing ("turned 24 last month": a birthday may fall between two dates of a story).
 * Also read: an age at death ("has died at the age of 90", "died, aged 90"), "He was 27." standing
 * alone, a relative clause ("Marsters, who was 86 when she died,"), and a bare "the 36-year-old"
 * where it can mean only one person whose age is known (see agesOf); and an unnamed person brought in
 * by an age and a noun and told of again by that noun with another age ("a 34-year-old boat mechanic"
 * … "The 36-year-old mechanic", or "The 36-year-old" with no noun; claims/unnamed-ages.ts).
 */
import type { Analysis, SentenceContext, Word } from '../model/analysis.js';
import type { Mention } from '../model/document.js';
import { placeOf } from './describe.js';
import { defineKind, type OptionsOf, type OptionsSchema, type SpanRef } from './kind.js';
import { confidence, minConfidence } from './confidence.js';
import { isPersonNoun } from '../lexicon/semantics.js';
import { YEAR_IN_TEXT, yearOld } from '../claims/numbers.js';
import { talliesOf, type Margin, type Side, type Tally } from '../claims/tallies.js';
import { shareOfVote, sharesAgree, sharesOf, type Share } from '../claims/shares.js';
import { likenessOf } from '../claims/similarity.js';
import { canon, type CompiledLexicon } from '../lexicon/compile.js';
import { countReferenceClashes, measureClashes } from '../claims/backrefs.js';
import { BODY_KINDS } from '../model/document.js';
import { separateRecords } from './records.js';
import { foundingClashes, foundingsOf, type Founding } from '../claims/foundings.js';
import { pushTo } from '../base/arrays.js';
import { ageSlip, ageToldElsewhere, unnamedAgeClashes, type AgedNoun } from '../claims/unnamed-ages.js';
import { breakdownOf } from '../claims/breakdowns.js';
import { birthplaceClashes, birthplacesOf } from '../claims/birthplaces.js';
import { mostNamed } from '../claims/entities.js';

const OPTIONS = {
  type: 'object',
  additionalProperties: false,
  properties: {
    minConfidence: minConfidence('Ages given with the name score 0.9; one read from a description resolved by title 0.8.'),
  },
} as const satisfies OptionsSchema;

interface Age {
  person: string;
  years: number;
  start: number;
  end: number;
  sentence: number;
  /** How surely the age belongs to the person. */
  sure: number;
}

const AGE = /^(\d{1,3})$/;

/** The evidence of a birthplace told without its region against another place: worth a look, clearly under the rule's line. */
const BIRTHPLACE_ALONE = 0.3;

/** Words that tell of an age at another time than the story's, or a year named ("At the 2021 Games, the 30-year-old"): a birthday may fall between two ages a year apart. */
const TIME_PASSING = /\b(?:turn(?:s|ed|ing)?|birthday|then|at the time|when (?:he|she|they) was|when (?:he|she|they) were|last year|years? (?:ago|earlier|later)|since (?:then|last|childhood|birth|(?:1[89]|20)\d\d)|(?:1[89]|20)\d\d)\b/i;

/** Whether either sentence that gives the two ages tells of another time. */
function timePassing(analysis: Analysis, a: Age, b: Age): boolean {
  return [a.sentence, b.sentence].some((s) => TIME_PASSING.test(analysis.sentences[s]!.text));
}

/** Words that make a share of a whole those who took no side: abstainers, absentees, turnout. */
/** A motion's vote, yes or no: "backed the proposal by 214 votes to 59", "voted 31 to 9 in favour". */
const MOTION = /\b(?:motion|proposal|proposals|plan|plans|merger|resolution|bill|scheme|in favou?r|against|backed|approved|rejected|passed|carried|defeated|endorsed)\b/i;

/** Votes for neither side, which a share of "those voting" may count: abstentions, spoilt ballots. */
const NEITHER_SIDE = /\b(?:abstain(?:ed|ing|s)?|abstentions?|spoil(?:ed|t) (?:ballots?|papers?|votes?)|blank (?:ballots?|votes?))\b/i;

/** Words for those who voted or their votes: "of those voting", "of the votes cast", "of voters". */
const VOTING = /^(?:voting|voted|vote|votes|voter|voters|ballot|ballots)$/;

const NEUTRAL_PART = /\b(?:abstain(?:ed|ing|s)?|absent|took part|take part|turned out|turnout|did not vote)\b/i;

/** A figure told of a group or a thing, where it stands. */
type Told = { sentence: number; start: number; end: number; value: { text: string } };

/** The places of a figure and the tally it is set against, the later first: the one to check. */
function laterFirst(figure: { start: number; end: number }, tally: { start: number; end: number }): SpanRef[] {
  const [later, earlier] = figure.start > tally.start ? [figure, tally] : [tally, figure];
  return [
    { start: later.start, end: later.end, role: 'contradicts' },
    { start: earlier.start, end: earlier.end, role: 'contradicted' },
  ];
}

/** A vote told as a defeat ("was defeated by 31 votes to 24", "voted 19 to 11 against", "failed"): its larger total is those against. */
const DEFEAT = /\b(?:defeated|rejected|voted down|threw out|thrown out|turned down|failed|lost|against)\b/i;

/** How far either side of a tally's figures a word telling a defeat is read, in characters, within its clause. */
const DEFEAT_REACH = 25;

/** Words before a margin that make it another vote's: an earlier election's, or the one defended or overturned. */
const ANOTHER_VOTE = /\b(?:overturn\w*|defend\w*|previous|prior|last|earlier|similar|ago|general[- ]election|notional|in (?:1[89]|20)\d\d)\b/i;
/** Words after a side that tell it of another stage or time than the story's vote. */
const OTHER_STAGE = /\b(?:in|at) committee\b|\b(?:earlier|previously|last (?:year|month|week|time)|at (?:first|second|third) reading)\b/i;
/** How far after a side, in characters within its clause, such words are read. */
const OTHER_STAGE_REACH = 80;
/** How far after a side its object is read ("who opposed the budget"), in characters. */
const VOTED_ON_REACH = 40;
/** How far before a margin, in characters within its sentence, such words are read ("Two years ago a similar proposal passed by six votes"). */
const ANOTHER_VOTE_REACH = 60;

/** How surely a margin no tally of a story telling several votes gives is the first vote's: it may be another's, untold. */
/** How many times the whole of a tally a side may count and still be one of its sides; more is another vote. */
const OTHER_SCALE = 10;

const SEVERAL_VOTES = 0.9;

/** Words of sports copy, where a figure in brackets after a name is a score or a shirt number, not an age. */
const SPORTS = /\b(?:wickets?|innings|overs|points|goals?|scorers?|shirt|jersey|match|game|season|league|tournament|championship|cup|buzzer|rebounds|assists|laps?|bout)\b/i;

/** The least figure in brackets after a name read as an age: lower ones are more often a count or a number worn. */
const MIN_BRACKETED_AGE = 16;

/** The most shares of a whole a story may give for them to be compared pair by pair. */
const MAX_SHARES = 200;


function personAt(ctx: SentenceContext, k: number): Mention | undefined {
  const m = ctx.mentionAt[k];
  return m && ctx.entities.get(m.entity)?.type === 'person' ? m : undefined;
}


function agesOf(analysis: Analysis): Age[] {
  const ages: Age[] = [];
  // the titles the copy gives each person, as words ("governor", "reserve", "bank")
  const titleWords = new Map<string, Set<string>>();
  for (const claim of analysis.claims) {
    if (claim.kind !== 'role' || !claim.values.role || !claim.subjects[0]) continue;
    const set = titleWords.get(claim.subjects[0]) ?? new Set<string>();
    for (const w of claim.values.role.text.toLowerCase().split(/[^\p{L}]+/u)) if (w) set.add(w);
    for (const w of claim.values.role.key.split('-')) set.add(w);
    titleWords.set(claim.subjects[0], set);
  }
  let sports: boolean | undefined;
  // bare descriptions ("the 36-year-old said"), resolved once every sure age is known
  const bare: (Omit<Age, 'person' | 'sure'> & { others: ReadonlySet<string>; noun: boolean })[] = [];
  for (const ctx of analysis.contexts) {
    const words = ctx.words;
    const sentence = ctx.sentence.index;
    // "He was 27." standing alone, and "has died at the age of 90" / "died, aged 90": the age of the
    // one the sentence is about (the first person it names), at a death that is the story's present
    const alone = words.filter((w) => w.text !== '.');
    if (alone.length === 3 && /^(was|is)$/i.test(alone[1]!.text) && AGE.test(alone[2]!.text) && alone[0]!.quote < 0) {
      const who = personAt(ctx, 0);
      if (who) ages.push({ person: who.entity, years: Number(alone[2]!.text), start: alone[2]!.start, end: alone[2]!.end, sentence, sure: 0.85 });
    }
    for (let k = 0; k + 1 < words.length; k++) {
      if (words[k]!.quote >= 0) continue;
      const atAge = words[k]!.lower === 'at' && words[k + 1]?.lower === 'the' && words[k + 2]?.lower === 'age' && words[k + 3]?.lower === 'of' ? k + 4 : words[k]!.lower === 'aged' ? k + 1 : -1;
      if (atAge < 0 || !AGE.test(words[atAge]?.text ?? '')) continue;
      // ("has died at her home in Crail, Fife, aged 84": the death's place may stand between)
      const died = words.slice(Math.max(0, k - 9), k).some((w, j, near) => w.lemma === 'die' && !near.slice(j).some((x) => /^[.;:]$/.test(x.text)));
      const subject = words.findIndex((_, j) => j < k && personAt(ctx, j) !== undefined);
      if (!died || subject < 0) continue;
      ages.push({ person: personAt(ctx, subject)!.entity, years: Number(words[atAge]!.text), start: words[atAge]!.start, end: words[atAge]!.end, sentence, sure: 0.85 });
    }
    for (let k = 0; k < words.length; k++) {
      const here = personAt(ctx, k);
      const word = words[k]!;
      if (word.quote >= 0) continue;
      // "Marsters, who was 86 when she died," / "Hunter, who was 27,": a relative clause giving the age
      // (the figure alone, or the age at death; "who was 15 points clear" is no age)
      if (here && words[k + 1]?.text === ',' && words[k + 2]?.lower === 'who' && /^(was|is)$/.test(words[k + 3]?.lower ?? '') && AGE.test(words[k + 4]?.text ?? '')) {
        const after = words[k + 5]?.text ?? '';
        const atDeath = after === 'when' && words.slice(k + 6, k + 9).some((w) => w.lemma === 'die');
        if (/^[,.;)]$/.test(after) || atDeath) ages.push({ person: here.entity, years: Number(words[k + 4]!.text), start: words[k + 4]!.start, end: words[k + 4]!.end, sentence, sure: 0.85 });
      }
      // "The ship's master, Capt. Ruslan Obradović,": a person noun in apposition before the name (and
      // its title) describes him, as a title does
      if (here && ctx.mentionAt[k - 1] !== here) {
        let j = k - 1;
        while (j > k - 4 && j >= 0 && !ctx.mentionAt[j] && (words[j]!.pos === 'PROPN' || words[j]!.text === '.')) j--;
        const noun = words[j - 1];
        if (words[j]?.text === ',' && noun && noun.pos === 'NOUN' && !ctx.mentionAt[j - 1] && isPersonNoun(noun.lemma)) {
          const set = titleWords.get(here.entity) ?? new Set<string>();
          set.add(noun.lower).add(noun.lemma);
          titleWords.set(here.entity, set);
        }
      }
      // "Brash, 66," / "Brash, aged 66," / "Alan Tallis, now 83,"
      if (here && words[k + 1]?.text === ',' && (k + 1 === words.length - 1 || ctx.mentionAt[k + 1] !== here)) {
        const at = words[k + 2]?.lower === 'aged' || words[k + 2]?.lower === 'now' ? k + 3 : k + 2;
        const number = words[at];
        if (number && AGE.test(number.text) && /^[,.)]$/.test(words[at + 1]?.text ?? '')) {
          ages.push({ person: here.entity, years: Number(number.text), start: number.start, end: number.end, sentence, sure: 0.9 });
          // "Brash, 66, a former governor of the Reserve Bank,": the apposition that follows describes him
          const set = titleWords.get(here.entity) ?? new Set<string>();
          for (let j = at + 2; j < Math.min(words.length, at + 10) && !/^[,.;:]$/.test(words[j]!.text); j++) if (words[j]!.pos === 'NOUN' || words[j]!.pos === 'PROPN') set.add(words[j]!.lower);
          titleWords.set(here.entity, set);
        }
      }
      // "Seamus Corcoran (58)", "Mr Keane (62)", "Kamble (46)": the Irish and Indian papers' age in brackets
      // after a person's name (not in sports copy, where the bracket holds runs, points or a shirt number:
      // "Nikhil Thakre (71)")
      if (here && words[k + 1]?.text === '(' && words[k + 3]?.text === ')' && AGE.test(words[k + 2]?.text ?? '')) {
        const years = Number(words[k + 2]!.text);
        sports ??= analysis.contexts.some((c) => SPORTS.test(c.sentence.text));
        if (years >= MIN_BRACKETED_AGE && !sports) ages.push({ person: here.entity, years, start: words[k + 2]!.start, end: words[k + 2]!.end, sentence, sure: 0.9 });
      }
      const old = yearOld(words, k);
      if (!old) continue;
      const named = personAt(ctx, old.next);
      if (named) {
        ages.push({ person: named.entity, years: old.years, start: word.start, end: words[old.next - 1]!.end, sentence, sure: 0.9 });
        continue;
      }
      // "Whitlock, a 43-year-old father of one,": an apposition on the name just before
      const appositive = /^an?$/i.test(words[k - 1]?.text ?? '') && words[k - 2]?.text === ',' ? personAt(ctx, k - 3) : undefined;
      if (appositive) {
        ages.push({ person: appositive.entity, years: old.years, start: word.start, end: words[old.next - 1]!.end, sentence, sure: 0.9 });
        continue;
      }
      // "the 68-year-old former Reserve Bank governor": whom the description names
      if (!/^the$/i.test(words[k - 1]?.text ?? '')) continue;
      const described: string[] = [];
      let noun = false;
      for (let j = old.next; j < Math.min(words.length, old.next + 6); j++) {
        const w = words[j]!;
        // ("the 71-year-old's age", "the 44-year-old now stands convicted": the description ends
        // at its owner's "'s", and an adverb describes no one)
        if (w.pos === 'VERB' || w.pos === 'AUX' || /^[,.;:]$/.test(w.text) || /^['’]s$/.test(w.lower)) break;
        if (w.pos !== 'ADV') described.push(w.lower, w.lemma);
        noun ||= w.pos === 'NOUN' || w.pos === 'PROPN';
      }
      // (a description is a noun with its modifiers: "the 86-year-old still glazed", the participle
      // read as an adjective, describes no one)
      if (!noun) described.length = 0;
      const byTitle = [...titleWords].filter(([, set]) => described.some((w) => set.has(w) && w.length > 3)).map(([id]) => id);
      // (a bare "the 29-year-old" may be anyone the story has met: in the blind sets and on real copy
      // it was as often another person as the one named just before, so it resolves to no one)
      if (byTitle.length === 1) ages.push({ person: byTitle[0]!, years: old.years, start: word.start, end: words[old.next - 1]!.end, sentence, sure: 0.8 });
      // "the 36-year-old said", naming no one and describing nothing more; a person the sentence
      // names is someone else ("Dr Adebeyo accepted that, had the 36-year-old been seen …")
      // (or by one noun for a person and nothing more, "The 26-year-old striker": read only where no name
      // is near, below)
      // (not a title the story gives two people: "Peter Hale, who is also a tower captain")
      else if (byTitle.length === 0 && (described.length === 0 || personNounOnly(words, old.next))) {
        const others = new Set(ctx.mentionAt.filter((m) => m !== undefined && NAMED_FORMS.has(m.form) && ctx.entities.get(m.entity)?.type === 'person').map((m) => m!.entity));
        bare.push({ years: old.years, start: word.start, end: words[old.next - 1]!.end, sentence, others, noun: described.length > 0 });
      }
    }
  }
  // A bare description is as often another person as the one named just before (blind sets, real
  // copy): it is read as the story's main person only where that person is the one most named, has an
  // age given surely, and is named (or meant by a pronoun) in that sentence or the one before or after
  // — or as the one person the two sentences before it name, when that person's age is given surely
  // ("…," said Ann Hebden. "We wanted …" The 54-year-old …)
  if (bare.length === 0) return ages;
  const { id: main, dominant } = mainPerson(analysis) ?? {};
  const aged = new Set(ages.filter((a) => a.sure >= 0.85).map((a) => a.person));
  const personOf = (m: Mention) => analysis.entityById.get(m.entity)?.type === 'person';
  // the people each sentence mentions (indexed once: a story may hold thousands of descriptions)
  const bySentence = new Map<number, Mention[]>();
  for (const m of analysis.mentions) {
    const s = analysis.tokens[m.tokenStart]!.sentence;
    pushTo(bySentence, s, m);
  }
  const around = (from: number, to: number) => Array.from({ length: to - from }, (_, k) => bySentence.get(from + k) ?? []).flat();
  const contextOf = new Map(analysis.contexts.map((c) => [c.sentence.index, c]));
  // the first sentence that gives each age to someone unnamed ("aged 19 and 23", "a 19-year-old")
  const unnamedAges = new Map<number, number>();
  for (const sentence of analysis.sentences) {
    for (const m of sentence.text.matchAll(/\baged (\d{1,3})(?: and (\d{1,3}))?\b|\ban? (\d{1,3})-year-old\b/gi)) {
      for (const years of [m[1], m[2], m[3]]) if (years !== undefined && !unnamedAges.has(Number(years))) unnamedAges.set(Number(years), sentence.index);
    }
  }
  // (the first sentence that brings in someone unnamed, read once for all the descriptions)
  let unnamedAt: number | undefined;
  const firstUnnamed = () => (unnamedAt ??= firstBringingInUnnamed(contextOf, analysis.sentences.length));
  let kinAt: number | undefined;
  const firstKin = () => (kinAt ??= firstUnnamedKin(contextOf, analysis.sentences.length));
  for (const description of bare) {
    const s = description.sentence;
    // (in a profile or an obituary, whose subject is named twice as often as anyone else, a bare
    // description is the subject's away from the subject's name too, unless the sentence before names
    // someone else: "Mr Ruffell said the 89-year-old had visited the yard")
    const otherBefore = around(s - 1, s).some((m) => m.entity !== main && NAMED_FORMS.has(m.form) && personOf(m));
    // (nor where someone else is brought in just before it, unnamed, as the subject a sentence opens on
    // or as "a … who": "Her husband, who served in the RAF, still drives. The 94-year-old said …",
    // "She replaces a colleague who retired. The 56-year-old …")
    const brought = (i: number, before = Infinity) =>
      contextOf.get(i)?.words.some((w, k, words) => {
        if (w.start >= before || w.quote >= 0) return false;
        const person = (n: number) => words[n]?.pos === 'NOUN' && isPersonNoun(words[n]!.lemma);
        // (not one named in apposition: "His employer, Ayrshire Roofing Ltd, admitted …"; review)
        const named = (n: number) => words[n + 1]?.text === ',' && /^\p{Lu}/u.test(words[n + 2]?.text ?? '');
        if (k === 0 && /^(?:his|her|their)$/i.test(w.text)) return (person(1) && !named(1)) || (person(2) && !named(2));
        return /^an?$/i.test(w.text) && ((person(k + 1) && /^(?:who|whom)$/i.test(words[k + 2]?.text ?? '')) || (person(k + 2) && /^(?:who|whom)$/i.test(words[k + 3]?.text ?? '')));
      }) === true;
    const someoneElse = brought(s - 1) || brought(s, description.start);
    // (where the sentence before names someone else, the main person must be named there or in the
    // description's own sentence, not only after it: "Rennick was knocked out … The 21-year-old will miss
    // the next game", blind set BD)
    const near = main !== undefined && aged.has(main) && !someoneElse && (otherBefore ? around(s - 1, s + 1).some((m) => m.entity === main) : dominant || around(s - 1, s + 2).some((m) => m.entity === main));
    const named = new Set(around(s - 2, s).filter((m) => (NAMED_FORMS.has(m.form) || m.form === 'pronoun') && personOf(m)).map((m) => m.entity));
    // "Police arrested a man. The 29-year-old …": someone unnamed came between
    const unnamed = [s - 2, s - 1].some((i) => contextOf.get(i)?.words.some((w, k, words) => /^an?$/i.test(w.text) && words.slice(k + 1, k + 3).some((n) => n.pos === 'NOUN' && isPersonNoun(n.lemma))));
    const only = named.size === 1 && !unnamed && !someoneElse ? [...named][0]! : undefined;
    const person = description.noun ? undefined : near ? main : only !== undefined && aged.has(only) ? only : undefined;
    const { others, noun, ...age } = description;
    // "Officers detained two men, aged 19 and 23 … The 19-year-old has been bailed": an age the story
    // gave someone unnamed before is that someone's
    const unnamedAge = (unnamedAges.get(description.years) ?? Infinity) < s;
    // an age far from the one the copy gives the person surely is someone else's ("the 71-year-old"
    // beside "Mark Halvorsen, 41"), where a slip of a key or a birthday is a year or a few
    // (digits swapped, "48" / "84", are a slip too)
    const farFrom = (who: string | undefined) => ages.some((a) => a.person === who && a.sure >= 0.85 && !ageSlip(a.years, description.years));
    // where that person's age is far from it ("the 71-year-old" beside "Mark Halvorsen, 41"), the one
    // person of the story whose sure age is a slip away ("Gary Halvorsen, 69") is meant
    const slipped = [...aged].filter((who) => ages.some((a) => a.person === who && a.sure >= 0.85 && a.years !== description.years && ageSlip(a.years, description.years)) && !farFrom(who));
    // (and of those a slip away, the one person the two sentences before name: "Hollins-Doyle, who drove
    // the van, has previous convictions. Defending, Tom Garside said the 27-year-old …")
    // (and where no one is near it, the one person of the story a slip away, where the two sentences
    // before name no one else and bring no one in: "Gareth Pryce-Jenkins, 54," … "The 56-year-old, who
    // had managed the site,")
    // (not where anyone is given that very age, nor where the story has brought in anyone unnamed
    // before it: "attacking his neighbour", "and his wife were returning")
    const exact = ages.some((a) => a.years === description.years);
    const alone = slipped.length === 1 && !exact && !unnamed && !someoneElse && firstUnnamed() >= s && [...named].every((who) => who === slipped[0] || partOfName(analysis, who, slipped[0]!));
    const chosen = noun ? undefined : person && !farFrom(person) ? person : person && only !== undefined && slipped.includes(only) ? only : (person && slipped.length === 1 && !unnamed) || alone ? slipped[0] : undefined;
    // (someone else given that very age is who it means: "Sipho Dube, 41, and Themba Ndlovu, 44, …
    // Dube was granted bail. The 44-year-old was remanded"; review)
    const givenOther = exact && !ages.some((a) => a.person === chosen && a.years === description.years);
    if (chosen && !others.has(chosen) && !unnamedAge && !givenOther) ages.push({ ...age, person: chosen, sure: 0.7 });
    // (and, far from any name, the one person of the story given an age a slip from it, where no one is
    // given that very age in any form ("Portugal midfielder, 23,") and the sentence before names no one
    // the story gives no age: "Dean Maitland, 52," … "The 57-year-old has patrolled at Tallow Point for
    // more than 30 years", not "Rennick was knocked out … The 21-year-old will miss the next game")
    else if (slipped.length === 1 && !exact && !someoneElse && !unnamedAge && firstKin() >= s && !others.has(slipped[0]!) && !ageToldElsewhere(analysis.doc.source, description.years, description.start, description.end)) {
      const unaged = around(s - 1, s).some((m) => m.entity !== slipped[0] && NAMED_FORMS.has(m.form) && personOf(m) && !aged.has(m.entity) && !partOfName(analysis, m.entity, slipped[0]!));
      if (!unaged) ages.push({ ...age, person: slipped[0]!, sure: 0.6 });
    }
  }
  return ages;
}

/** The first sentence (outside quotations) where `at` holds at some word; `count` (past every sentence) where none does. */
function firstSentenceWhere(contextOf: ReadonlyMap<number, SentenceContext>, count: number, at: (words: Word[], k: number) => boolean): number {
  for (let i = 0; i < count; i++) {
    const words = contextOf.get(i)?.words ?? [];
    for (let k = 0; k < words.length; k++) if (words[k]!.quote < 0 && at(words, k)) return i;
  }
  return count;
}

/**
 * The first sentence that brings in someone unnamed by a noun for a person after "a", "an", "his", "her"
 * or "their" ("attacking his neighbour", "and his wife"), not in apposition to a name ("Ann Cole, a
 * teacher,").
 */
function firstBringingInUnnamed(contextOf: ReadonlyMap<number, SentenceContext>, count: number): number {
  return firstSentenceWhere(contextOf, count, (words, k) =>
    /^(?:a|an|his|her|their)$/i.test(words[k]!.text) && words[k - 1]?.text !== ',' && words.slice(k + 1, k + 3).some((n) => n.pos === 'NOUN' && isPersonNoun(n.lemma)),
  );
}

/**
 * The first sentence that brings in one person, unnamed, by whose they are: "attacking his neighbour",
 * "two teenagers and their father" (not "his daughter Sophie Maitland", "His wife, Lisa,", nor "his
 * customers").
 */
function firstUnnamedKin(contextOf: ReadonlyMap<number, SentenceContext>, count: number): number {
  return firstSentenceWhere(contextOf, count, (words, k) => {
    if (!/^(?:his|her|their)$/i.test(words[k]!.text)) return false;
    const at = [k + 1, k + 2].find((n) => words[n]?.pos === 'NOUN' && isPersonNoun(words[n]!.lemma) && !(words[n]!.lower !== words[n]!.lemma && words[n]!.lower.endsWith('s')));
    const next = at === undefined ? undefined : words[at + 1]?.text === ',' ? words[at + 2] : words[at + 1];
    return at !== undefined && !(next && /^\p{Lu}/u.test(next.text));
  });
}

/**
 * "The 26-year-old striker", "the 71-year-old grandmother": one lower-case noun for a person after the
 * age, and the clause's verb after it, or a clause on them or the sentence's end ("said the 19-year-old
 * catcher, who was mobbed at second base").
 */
function personNounOnly(words: Word[], at: number): boolean {
  // (a noun may name the trade before it: "the 21-year-old apprentice joiner had only just passed"; blind set CC)
  if (words[at]?.pos === 'NOUN' && /^\p{Ll}/u.test(words[at]!.text) && words[at + 1]?.pos === 'NOUN' && isPersonNoun(words[at + 1]!.lemma)) at++;
  const noun = words[at];
  // (and where the person is from: "the 18-year-old leg-spinner from Launceston had earned her place"; blind set CG)
  let after = at + 1;
  if (words[after]?.lower === 'from' && words[after + 1]?.pos === 'PROPN') for (after += 1; words[after]?.pos === 'PROPN'; ) after++;
  const next = words[after];
  const ends = next === undefined || /^[.!?]$/.test(next.text) || (next.text === ',' && /^(?:who|whose)$/i.test(words[after + 1]?.text ?? ''));
  return noun !== undefined && noun.pos === 'NOUN' && /^\p{Ll}/u.test(noun.text) && isPersonNoun(noun.lemma) && (/^(?:VERB|AUX)$/.test(next?.pos ?? '') || ends);
}

/** Whether one entity's name is a word of another's: "Jenkins" of "Gareth Pryce-Jenkins". */
function partOfName(analysis: Analysis, part: string, whole: string): boolean {
  const name = analysis.entityById.get(part)?.name.toLowerCase();
  const words = analysis.entityById.get(whole)?.name.toLowerCase().split(/[\s-]+/) ?? [];
  return name !== undefined && !name.includes(' ') && words.includes(name);
}

/** Mentions that name a person surely: a lone capitalised word ("above Hawes") may be a place. */
const NAMED_FORMS: ReadonlySet<Mention['form']> = new Set(['full', 'surname', 'given', 'honorific']);

/**
 * The person the story mentions most often (by name or pronoun), if one is mentioned at least three
 * times and more than any other; `dominant` when mentioned at least six times and twice as often as
 * anyone else (a profile's or an obituary's subject, who may be named twice and called "she" twenty
 * times).
 */
function mainPerson(analysis: Analysis): { id: string; dominant: boolean } | undefined {
  const top = mostNamed(analysis.entities, 'person');
  return top && { id: top.id, dominant: top.n >= 6 && top.next * 2 <= top.n };
}

/**
 * Whether two shares are of one whole: told side by side ("About 2,300 of the town's 9,200
 * residents -- around half the population"), of the same group ("Seven of the 12 committee members"
 * … "Two-thirds of the committee"), or, where one names no group, of a part the other's sentence
 * names too ("Of the 40, 12 are children under 5" … "Children under 5 account for roughly half of the
 * cases").
 */
/** A count share whose sentence gives another part of the same total that the other share agrees with. */
function runOn(analysis: Analysis, count: Share, other: Share): boolean {
  if (count.kind !== 'count' || count.total === undefined) return false;
  const total = count.total;
  return analysis.contexts[count.sentence]!.numbers.some((n) => {
    const share = Number(n.key) / total;
    return n.kind === 'count' && share < 1 && Math.abs(share - count.value) > 1e-9 && share >= other.low - 1e-9 && share <= other.high + 1e-9;
  });
}

function sameWhole(lexicon: CompiledLexicon, analysis: Analysis, a: Share, b: Share, said: (sentence: number) => ReadonlySet<string>): boolean {
  if (a.sentence === b.sentence) {
    const [first, second] = a.start < b.start ? [a, b] : [b, a];
    if (second.apposed && first.kind === 'count' && first.total === second.total) return true;
    const between = analysis.doc.source.slice(first.end, second.start);
    return /^[\s,;:()\u2013\u2014-]*(?:or\s+)?$/.test(between) && between.trim().length > 0 && between.length <= 6;
  }
  if (a.noun && b.noun) return canon(lexicon, a.noun) === canon(lexicon, b.noun) || a.words.has(b.noun) || b.words.has(a.noun);
  const [bare, named] = a.noun ? [b, a] : [a, b];
  if (bare.noun) return false;
  const words = said(named.sentence);
  return [...bare.words].filter((w) => words.has(w)).length >= 2;
}

export const attributes = defineKind<OptionsOf<typeof OPTIONS>>({
  name: 'attributes',
  scope: 'article',
  summary: 'One person given two ages ("Brash, 66," … "the 68-year-old former governor"), one group two shares ("two-thirds of members" … "2,310 of its 3,960 members"), a vote a margin its totals do not give ("37-vote margin" … "4,112 votes to 4,081"), or one thing two beginnings ("since it opened in 1984" … "founded in 1986").',
  optionsSchema: OPTIONS,
  // (a group's two counts inside two counts of one event already reported are that finding told again)
  givesWay: true,
  messages: {
    age: { template: '{person} is {later} in {where} but {earlier} in {other}', vars: ['person', 'later', 'earlier', 'where', 'other'] },
    share: { template: '“{later}” in {where} is not “{earlier}” in {other}: {laterShare} against {earlierShare}', vars: ['later', 'earlier', 'where', 'other', 'laterShare', 'earlierShare'] },
    founding: { template: '{holder} {later} in {where} but {earlier} in {other}', vars: ['holder', 'later', 'earlier', 'where', 'other'] },
    margin: { template: '“{margin}” in {where} is not the margin of “{tally}” in {other}, which is {difference}', vars: ['margin', 'tally', 'where', 'other', 'difference'] },
    measure: { template: '“{later}” in {where} does not match “{earlier}” in {other}: the same {thing} measured twice', vars: ['later', 'earlier', 'where', 'other', 'thing'] },
    group: { template: '“{later}” in {where} does not match “{earlier}” in {other}: the same group counted twice', vars: ['later', 'earlier', 'where', 'other'] },
    sum: { template: '“{later}” in {where} does not match “{earlier}” in {other}: the same {thing} given two sums', vars: ['later', 'earlier', 'where', 'other', 'thing'] },
    described: { template: '“{later}” in {where} does not match “{earlier}” in {other}: the same person given two ages', vars: ['later', 'earlier', 'where', 'other'] },
    side: { template: '“{side}” in {where} does not match “{tally}” in {other}, which counts {total} on that side', vars: ['side', 'tally', 'where', 'other', 'total'] },
    birthplace: { template: '{person} was born in {later} in {where} but in {earlier} in {other}', vars: ['person', 'later', 'earlier', 'where', 'other'] },
    breakdown: { template: 'The parts of “{whole}” in {where} add up to {sum}: {parts}', vars: ['whole', 'where', 'sum', 'parts'] },
  },
  examples: [
    // an age in brackets after a full name, house style in Irish and Indian papers (blind set BL); not in sports copy, where it is a score
    { text: "Fire destroyed the mart on Tuesday.\n\nMart manager Seamus Corcoran (58), who has worked there for 31 years, was at the scene.\n\nMart chairman Tom Kinahan (67) said the building was insured.\n\nThe 61-year-old manager said payment would be issued as normal.\n", findings: ['7:5 contradicted-attribute Seamus Corcoran is 61 in paragraph 4 but 58 in paragraph 2'] },
    // a titled name's bracketed age, in copy where someone "runs" a shop (review)
    { text: "Independent councillor Michael Keane (67) has confirmed he will not run again.\n\nHe was first elected in 1996.\n\n\"It is time for a younger voice,\" said Mr Keane (62), who runs a hardware shop in the town.\n", findings: ['5:50 contradicted-attribute Michael Keane is 62 in paragraph 3 but 67 in paragraph 1'] },
    // (after the surname alone too: second review)
    { text: "Rajesh Kamble (42) found the bag on the back seat on Thursday evening.\n\nKamble (46) took the bag straight to Swargate police station.\n", findings: ['3:9 contradicted-attribute Rajesh Kamble is 46 in paragraph 2 but 42 in paragraph 1'] },
    // (an age in brackets marks a name as a person's, where nothing else does: review)
    { text: "Declan Murphy (29), with an address at Kileely Road, appeared before Limerick District Court yesterday.\n\nMurphy, aged 31, made no reply when charged, the court heard.\n", findings: ['3:14 contradicted-attribute Declan Murphy is 31 in paragraph 2 but 29 in paragraph 1'] },
    { text: "Vidarbha ended the day on 310 for six.\n\nOpener Nikhil Thakre (71) added 148 for the fifth wicket with his captain.\n\nThe 24-year-old opener was out half an hour before lunch.\n", findings: [] },
    // a bare description just after someone else is named is theirs, though the main person is named after it (blind set BD)
    { text: "Warriors back-rower Sione Fakatava will miss four matches after a shoulder charge that left Dolphins halfback Kade Rennick concussed.\n\nFakatava, 26, contested the charge at Tuesday night's hearing.\n\nFakatava had pleaded not guilty. Fakatava's counsel argued the contact was accidental.\n\nRennick was knocked out in the 63rd minute of Saturday's game.\n\nThe 21-year-old will miss the Dolphins' next game.\n\nFakatava's counsel, Angus Reddy, told the hearing his client had no intention of hurting anyone.\n", findings: [] },
    // a measure the verb names ("peaked at") against the same thing's noun, not another's ("The Aire's 14.6-metre peak"; blind set BD, review)
    // a compound noun for a person, and where the person is from, still describe only (blind set CG)
    { text: 'Ruby Ashworth, 17, has spun the Hobart Hurricanes into their first final.\n\nAshworth came on in the seventh over.\n\nThorne said the 18-year-old leg-spinner from Launceston had earned her place.\n', findings: ['5:17 contradicted-attribute Ruby Ashworth is 18 in paragraph 3 but 17 in paragraph 1'] },
    // a thing measured with "of" narrowed before it is one of several (blind set CG)
    { text: 'The river would hit the moderate flood level of 3.5 metres on Saturday.\n\nAt Ipswich the bureau expects the Bremer to pass the major flood level of 11.7 metres.\n', findings: [] },
    { text: 'The Norwood River peaked at 14.2 metres on Monday.\n\nThe town is cut off.\n\nThe 14.6-metre peak fell short of the 1974 record.\n', findings: ['5:5 contradicted-attribute “14.6-metre peak” in paragraph 3 does not match “peaked at 14.2 metres” in paragraph 1: the same peak measured twice'] },
    { text: "# Rivers peak across Yorkshire\n\nThe River Ouse peaked at 14.2 metres in York on Tuesday evening, the Environment Agency said.\n\nIn Castleford, the River Aire rose more slowly. The Aire's 14.6-metre peak came on Wednesday morning, flooding several roads near the town centre.\n\nFlood barriers held in both towns.\n", findings: [] },
    // the main person born in two places (blind sets AZ, D); not a place that holds the other, a nationality, nor someone else's birth
    // a birth date before the place, and a noun that says of what before "player" (blind set BW)
    { text: 'Pandit Madhukar Athavale, the tabla player, has died aged 83.\n\nBorn on 2 February 1941 in Varanasi, Athavale began lessons at five.\n\nAthavale toured with the great sitar players.\n\nThe Allahabad-born tabla player recorded more than forty albums.\n', findings: ['7:5 contradicted-attribute Pandit Madhukar Athavale was born in Allahabad in paragraph 4 but in Varanasi in paragraph 2'] },
    { text: 'Declan Moriarty, who has died aged 84, built harps in County Clare.\n\nHe was born in Ennis, County Clare, on 12 November 1940.\n\nMoriarty opened his workshop in 1972. Moriarty trained 14 apprentices.\n\nThe Galway-born craftsman was not a performer.\n', findings: ['7:5 contradicted-attribute Declan Moriarty was born in Galway in paragraph 4 but in Ennis, County Clare in paragraph 2'] },
    { text: 'Declan Moriarty, who has died aged 84, built harps in County Clare.\n\nHe was born in Ennis, County Clare, on 12 November 1940.\n\nMoriarty opened his workshop in 1972. Moriarty trained 14 apprentices.\n\nThe Clare-born craftsman was not a performer. The Irish-born craftsman never played.\n', findings: [] },
    { text: 'Margaret Holroyd has died aged 86.\n\nBorn in Leeds, Yorkshire, Holroyd won a scholarship to Oxford. Holroyd ran a laboratory.\n\nColleagues remembered the Yorkshire-born scientist as generous.\n', findings: [] },
    { text: 'Margaret Holroyd has died aged 86.\n\nHer mother, Ann Holroyd, was born in Cork. Holroyd won a scholarship to Oxford. Holroyd ran a laboratory.\n\nColleagues remembered the Leeds-born scientist as generous.\n', findings: [] },
    // an age no one was given, before the noun a relative clause gave one person ("who … is the tower captain")
    { text: 'Margaret Dunning, 71, who has rung the bells for 50 years and is the tower captain, welcomed the vote.\n\nThe bells will be away for six months.\n\nThe 74-year-old tower captain said she hoped to ring them by Christmas.\n', findings: ['5:5 contradicted-attribute Margaret Dunning is 74 in paragraph 3 but 71 in paragraph 1'] },
    // a bare percentage set after a count of a total it does not match, ", or 80 percent,"; one that matches agrees
    { text: 'Forty-two of the 58 teachers at Walnut Grove Middle School, or 80 percent, backed the motion.\n', findings: ['1:64 contradicted-attribute “80 percent” in paragraph 1 is not “Forty-two of the 58 teachers” in paragraph 1: 80% against 72%'] },
    { text: 'Forty-two of the 58 teachers at Walnut Grove Middle School, or 72 percent, backed the motion.\n', findings: [] },
    // (a part of a whole, "60 of the city's pay stations", and the whole counted whole, "all 214 of its pay stations")
    { text: "Officers found the stickers on 60 of the city's pay stations after a driver complained.\n\nThe parking division said crews would inspect all 214 of its pay stations by Friday.\n", findings: [] },
    // (not where the noun is two people's)
    { text: 'Margaret Dunning, 71, who is the tower captain, welcomed the vote.\n\nPeter Hale, 58, who is also a tower captain, spoke against it.\n\nThe 74-year-old tower captain said she hoped to ring them by Christmas.\n', findings: [] },
    // a whole broken down into parts that do not add up to it (blind set AU); (not parts that do, nor a
    // list that leaves the rest untold, nor a whole told loosely)
    { text: 'All 6,400 patients on its list will be transferred: 3,800 to Riverside Surgery in the town centre and 2,100 to Hollin Lane Health Centre, about a mile away.\n', findings: ['1:53 contradicted-attribute The parts of “6,400” in paragraph 1 add up to 5,900: 3,800 + 2,100'] },
    // a part of a whole broken down is that part's parts ("four of the six counts he faced: three … and one …"; blind set BK)
    { text: "Leonard Thibodeaux, 58, of Sugar Land, was found guilty on four of the six counts he faced: three counts of federal program bribery and one count of conspiracy.\n", findings: [] },
    { text: "The jury found him guilty on four of the six counts he faced: two counts of bribery and one count of conspiracy.\n", findings: ['1:63 contradicted-attribute The parts of “four” in paragraph 1 add up to 3: two + one'] },
    { text: 'Firefighters rescued 9 people from the building: 4 adults and 3 children.\n', findings: ['1:50 contradicted-attribute The parts of “9” in paragraph 1 add up to 7: 4 + 3'] },
    { text: 'All 6,400 patients will be transferred: 4,300 to Riverside Surgery and 2,100 to Hollin Lane.\n\nThe council cut 120 jobs: 40 in Leeds, 30 in York and the rest in Hull.\n\nThe council cut more than 120 jobs: 40 in Leeds, 30 in York and 20 in Hull.\n', findings: [] },
    // an age given "now" is an age all the same (blind set AU)
    { text: 'In 1966 she married Alan Tallis, now 83, a vet from Penrith.\n\nShe ran the centre for 40 years.\n\nShe is survived by Alan, 85, and their two daughters.\n', findings: ['5:26 contradicted-attribute Alan Tallis is 85 in paragraph 3 but 83 in paragraph 1'] },
    // far from any name, the one person given an age a slip from it, where the sentence before names no
    // one the story gives no age (blind sets AY, BI, BJ, BM); not after someone unaged is named, nor where
    // anyone is given that age in another form, nor after someone is brought in unnamed by whose they are
    { text: "A miner was killed when a cage fell at the Kwena shaft on Tuesday.\n\nSipho Dube, 41, a winch operator, was declared dead at the scene.\n\nMine manager Andries Botha said the company was devastated. \"We will not restart hoisting,\" Botha said.\n\nThe union called for an inquiry.\n\nThe 44-year-old had worked at the shaft for 17 years.\n", findings: ['9:5 contradicted-attribute Sipho Dube is 44 in paragraph 5 but 41 in paragraph 2'] },
    { text: "A miner was killed when a cage fell at the Kwena shaft on Tuesday.\n\nSipho Dube, 41, a winch operator, was declared dead at the scene.\n\nMine manager Andries Botha said the company was devastated. \"We will not restart hoisting,\" Botha said.\n\nBotha said the brakes had been tested in March.\n\nThe 44-year-old had worked at the shaft for 17 years.\n", findings: [] },
    { text: "A miner was killed when a cage fell at the Kwena shaft on Tuesday.\n\nSipho Dube, 41, a winch operator, was declared dead at the scene.\n\nMine manager Andries Botha said the company was devastated. \"We will not restart hoisting,\" Botha said.\n\nTwo of the injured, aged 44 and 39, remain in hospital.\n\nThe union called for an inquiry.\n\nThe 44-year-old had worked at the shaft for 17 years.\n", findings: [] },
    { text: "A miner was killed when a cage fell at the Kwena shaft on Tuesday.\n\nSipho Dube, 41, a winch operator, was declared dead at the scene.\n\nMine manager Andries Botha said the company was devastated. \"We will not restart hoisting,\" Botha said.\n\nDube's brother was hurt too. His shift supervisor was also injured.\n\nThe union called for an inquiry.\n\nThe 44-year-old had worked at the shaft for 17 years.\n", findings: [] },
    // (and with one noun for a person after the age; review) (not where someone else is given that very age,
    // nor after someone is brought in unnamed by whose they are, "His brother chased …"; review)
    { text: "# Hart double sends Rovers top\n\nLiam Hart, 24, scored twice as Rovers beat Athletic 3-1 at Sandy Lane to go top of League Two on Saturday.\n\nRovers went ahead after 11 minutes when Hart turned in a low cross from the right.\n\nAthletic levelled before the break through a penalty, but Hart restored the lead with a header on the hour.\n\nA late own goal completed the scoring in front of a crowd of 6,214.\n\nThe 26-year-old striker has now scored nine goals in 12 league games since arriving from Exeter in the summer.\n\nRovers travel to Gillingham on Tuesday.\n", findings: ['11:5 contradicted-attribute Liam Hart is 26 in paragraph 5 but 24 in paragraph 1'] },
    { text: "# Two charged over cable theft in Germiston\n\nJOHANNESBURG — Two men have been charged with theft after police found about 200 metres of copper cable in a bakkie in Germiston.\n\nSipho Dube, 41, and Themba Ndlovu, 44, were arrested at a roadblock on the R21 on Thursday night.\n\nPolice said the cable had been stolen from a Transnet line earlier that evening.\n\nDube was granted bail of R2,000. The 44-year-old was remanded in custody because he has a previous conviction for a similar offence.\n", findings: [] },
    { text: "# Man stabbed outside Peckham takeaway\n\nA man was stabbed outside a takeaway in Peckham, south London, on Saturday evening.\n\nDaniel Okoro, 27, was treated by paramedics at the scene and taken to King's College Hospital, where his condition is described as stable.\n\nHis brother chased the two attackers along Rye Lane before losing sight of them near the station.\n\nThe 29-year-old told reporters he had been inside the shop when he heard shouting.\n\nThe Metropolitan Police said no arrests had been made.\n", findings: [] },
    // (a speaker told so after a quotation, "said the 35-year-old nurse, who …")
    { text: "A nurse was hurt when a ceiling collapsed at Riverside Hospital on Monday.\n\nMaria Lopez, 37, was treated for cuts and released.\n\nThe hospital said the ward would stay closed until Friday.\n\n\"I heard a crack and then everything came down,\" said the 35-year-old nurse, who has worked on the ward for a decade.\n", findings: ['7:59 contradicted-attribute Maria Lopez is 35 in paragraph 4 but 37 in paragraph 2'] },
    // a bare description where no one is near it: the one person a slip away, the two sentences before naming no one
    {
      text: 'Quarry manager Gareth Pryce-Jenkins, 54, was convicted of breaching safety law after a blast injured Rhys Meredith.\n\nMeredith lost his hearing in the blast. Meredith said he had been told to stand too close.\n\nThe blast happened in March. Work at the quarry stopped for a week.\n\nThe 56-year-old, who had managed the site for nine years, was fined £20,000.\n',
      findings: ['7:5 contradicted-attribute Gareth Pryce-Jenkins is 56 in paragraph 4 but 54 in paragraph 1'],
    },
    // (not where someone is given that very age, or someone unnamed was brought in before it) (review)
    { text: 'Gareth Pryce-Jenkins, 54, owns the farm near Brecon where the barn roof collapsed.\n\nHuw Morgan, 56, was working inside when it came down. The accident happened during high winds on Monday.\n\nThe barn had been built in the 1970s. It had been due to be repaired.\n\nThe 56-year-old was treated for a broken arm.\n', findings: [] },
    { text: 'A man has been jailed for attacking his neighbour with a spade.\n\nGareth Pryce-Jenkins, 54, admitted grievous bodily harm at Cardiff Crown Court.\n\nThe court heard the attack happened in July. The pair had argued over a boundary hedge for years.\n\nThe 56-year-old needed 20 stitches to a head wound.\n', findings: [] },
    // (not where the two sentences before name someone else)
    { text: 'Quarry manager Gareth Pryce-Jenkins, 54, was convicted of breaching safety law after a blast injured Rhys Meredith.\n\nMeredith lost his hearing in the blast. Meredith said he had been told to stand too close.\n\nMeredith now works in a shop in Brecon.\n\nThe 56-year-old, who had managed the site for nine years, was fined £20,000.\n', findings: [] },
    // a bare description a slip away from the age of the one person named just before, though the story's main person is another
    {
      text: 'Craig Ellerby, 41, of Leeds, was jailed for four years for organising the raids.\n\nHis brother Daniel Ellerby, 25, and Ryan Hollins-Doyle, 29, were each jailed for three years.\n\nThe court heard the gang stripped lead from 14 church roofs. Hollins-Doyle, who drove the van, has previous convictions. Defending, Tom Garside said the 27-year-old had been drawn in by debts.\n\nCraig Ellerby showed no emotion as he was sentenced.\n',
      findings: ['5:154 contradicted-attribute Ryan Hollins-Doyle is 27 in paragraph 3 but 29 in paragraph 2'],
    },
    // an unnamed person told again with another age, by the same noun; not one whose age the story gave someone, nor one of two so introduced
    { text: 'A 34-year-old boat mechanic from Torquay was arrested on Friday.\n\nNineteen engines were taken.\n\nThe 36-year-old mechanic is also being questioned about a theft in Dartmouth.\n', findings: ['5:1 contradicted-attribute “The 36-year-old mechanic” in paragraph 3 does not match “A 34-year-old boat mechanic” in paragraph 1: the same person given two ages'] },
    { text: 'Two mechanics, aged 34 and 36, were arrested on Friday. A 34-year-old mechanic from Torquay was bailed.\n\nThe 36-year-old mechanic is still being questioned.\n', findings: [] },
    // "the 56-year-old" with no noun is the one person the story brought in by an age a slip away (blind
    // set AL); not where it brings in two such, or gives another that age
    // a sum told again by its noun with another figure: a contract, a fine (review); not a sum brought in
    // by a verb after a subject ("the fund awarded £260,000" to another), nor fines, plural
    { text: 'The council awarded a £2.5 million contract to Hallam Build on Tuesday.\n\nWork starts in May.\n\nCouncillors said the £2.8 million contract was good value.\n', findings: ['5:22 contradicted-attribute “£2.8 million contract” in paragraph 3 does not match “£2.5 million contract” in paragraph 1: the same contract given two sums'] },
    { text: 'The firm was fined £80,000 at Kilmarnock Sheriff Court.\n\nThe apprentice spent three weeks in hospital.\n\nSheriff Alan Reid said the £60,000 fine reflected the guilty plea.\n', findings: ['5:28 contradicted-attribute “£60,000 fine” in paragraph 3 does not match “fined £80,000” in paragraph 1: the same fine given two sums'] },
    { text: 'The synagogue has been awarded £1.4m by the fund.\n\nIn the same round, the fund awarded £260,000 to the Friends Meeting House.\n\nThe farmer was fined €4,500.\n\nThe judge imposed fines of €1,500 on each of the first two charges.\n', findings: [] },
    // (a verb with its object after the later sum is the sentence's own, no words narrowing it; a sum the
    // story told before is that one's: "A second contract, worth £900,000"; second review)
    { text: 'Fife Council has awarded a £2.5 million contract to Laird Civils to repair the crossing.\n\nWork starts in May.\n\nOpposition members questioned whether the £2.8 million contract represented value for money.\n', findings: ['5:43 contradicted-attribute “£2.8 million contract” in paragraph 3 does not match “£2.5 million contract” in paragraph 1: the same contract given two sums'] },
    { text: 'The council has awarded a £1.2 million contract to Ribble Foods.\n\nA second contract, worth £900,000, went to Fresh Table.\n\nUnison said staff had not been consulted on the £900,000 contract.\n', findings: [] },
    // (someone named in apposition to "His employer" is no one brought in unnamed; review)
    { text: 'Kieran Meldrum, 19, from Kilmarnock, was working on the roof when he fell. His employer, Ayrshire Roofing Ltd, admitted breaching the law. The court heard the 21-year-old apprentice joiner had suffered a fractured skull.\n', findings: ['1:160 contradicted-attribute Kieran Meldrum is 21 in paragraph 1 but 19 in paragraph 1'] },
    // a description by a trade and a noun for a person ("apprentice joiner") is a description by a noun (blind set CC)
    { text: 'Kieran Meldrum, 19, was attacked on Merry Street.\n\nPolice appealed for witnesses.\n\nFriends said the 21-year-old apprentice joiner had only just passed his exams.\n', findings: ['5:18 contradicted-attribute Kieran Meldrum is 21 in paragraph 3 but 19 in paragraph 1'] },
    { text: 'Kieran Meldrum, 19, was attacked on Merry Street.\n\nPolice appealed for witnesses.\n\nFriends said the 21-year-old apprentice joiner Tom Reid had seen the attack.\n', findings: [] },
    // a name other than a person's between the age and the noun says where the person is from (blind set BX)
    { text: 'The campaign follows the death of a 17-year-old Kaitāia student, who fell ill at a tournament.\n\nClinics open on Monday.\n\nThe 19-year-old had been vomiting and feverish, his family said.\n', findings: ['5:1 contradicted-attribute “The 19-year-old” in paragraph 3 does not match “a 17-year-old Kaitāia student” in paragraph 1: the same person given two ages'] },
    { text: 'The campaign follows the death of a 17-year-old Kaitāia student.\n\nA 19-year-old Whangārei apprentice is also in hospital.\n\nThe 19-year-old had been vomiting and feverish, his family said.\n', findings: [] },
    { text: 'A 58-year-old woman was taken to hospital after the crash on the A40.\n\nThe road was closed for six hours.\n\nThe 56-year-old was later said to be in a stable condition.\n', findings: ['5:1 contradicted-attribute “The 56-year-old” in paragraph 3 does not match “A 58-year-old woman” in paragraph 1: the same person given two ages'] },
    { text: 'A 58-year-old woman and a 55-year-old man were taken to hospital after the crash on the A40.\n\nThe road was closed for six hours.\n\nThe 56-year-old was later said to be in a stable condition.\n', findings: [] },
    { text: 'A 58-year-old woman was taken to hospital after the crash on the A40.\n\nThe other driver, Tom Reed, 56, was unhurt.\n\nThe 56-year-old was later interviewed by police.\n', findings: [] },
    // (nor where it brings in someone else with no age; "has since been discharged" tells no time passing) (review)
    { text: 'A 17-year-old boy has been arrested after another teenager was stabbed outside a college in Luton.\n\nOfficers were called to Park Street at 3pm on Friday.\n\nThe 16-year-old is in a stable condition in hospital.\n', findings: [] },
    { text: 'A 79-year-old man was found injured at his home in Hartlepool after a burglary.\n\nCash had been taken.\n\nThe 78-year-old was treated in hospital and has since been discharged.\n', findings: ['5:1 contradicted-attribute “The 78-year-old” in paragraph 3 does not match “A 79-year-old man” in paragraph 1: the same person given two ages'] },
    { text: 'A 34-year-old mechanic from Torquay and a 31-year-old mechanic from Paignton were arrested.\n\nThe 36-year-old mechanic is still being questioned.\n', findings: [] },
    { text: 'A 34-year-old mechanic was hurt when a car fell from a jack at his garage on Friday.\n\nHis brother, 36, also a mechanic, lifted the car off him.\n\nThe 36-year-old mechanic was treated for a back strain.\n', findings: [] },
    { text: 'A 34-year-old nurse was charged in March 2022 with stealing painkillers.\n\nAt her sentencing on Monday, more than two years later, the 36-year-old nurse wept in the dock.\n', findings: [] },
    // "the Khmer Rouge" names a group, not a second person the description might mean
    { text: 'Ta Mok, 80, a commander of the Khmer Rouge, has died in Phnom Penh.\n\nHe joined the Khmer Rouge in the 1940s. Ta Mok had been in detention since 1999. The 82-year-old had slipped into a coma a week ago.\n', findings: ['3:86 contradicted-attribute Ta Mok is 82 in paragraph 2 but 80 in paragraph 1'] },
    // those counted on one side of the one vote the story tallies; a defeat's smaller total is its backers
    { text: 'The committee voted seven to four to approve the scheme on Tuesday.\n\nResidents objected.\n\nOf the eight councillors who backed the scheme, several said the school had swayed them.\n', findings: ['5:8 contradicted-attribute “eight councillors who backed” in paragraph 3 does not match “seven to four” in paragraph 1, which counts 7 on that side'] },
    { text: 'The plan was defeated by 31 votes to 24.\n\nThe 24 councillors who backed it were angry.\n', findings: [] },
    { text: 'The council voted 31 to 24 in favour of the scheme, against the advice of planning officers.\n\nThe 31 councillors who backed it were cheered.\n', findings: [] },
    { text: 'The motion failed by 24 votes to 31.\n\nThe 24 councillors who supported it were angry.\n', findings: [] },
    // residents took a side without a vote; a vote of another year is another vote
    { text: 'The council voted 31 to 24 on Tuesday.\n\nMore than 300 residents who backed the plan packed the public gallery.\n', findings: [] },
    { text: 'The Senate voted 52 to 48 to confirm her.\n\nIn 2019, 61 senators supported her nomination.\n', findings: [] },
    { text: 'Don Brash, 66, a former governor of the Reserve Bank, resigned on Monday.\n\nThe 66-year-old former governor will stay in Parliament.\n', findings: [] },
    // a person noun in apposition before the name and its title describes him as the title does (blind set AK)
    { text: "The ferry's master, Capt. Tomas Berg, 61, was not hurt.\n\nThe ship was refloated on Thursday.\n\nThe 63-year-old master has commanded ferries for 20 years.\n", findings: ['5:5 contradicted-attribute Tomas Berg is 63 in paragraph 3 but 61 in paragraph 1'] },
    {
      text: 'Don Brash, 66, a former governor of the Reserve Bank, resigned on Monday.\n\nThe 68-year-old former governor will stay in Parliament.\n',
      findings: ['3:5 contradicted-attribute Don Brash is 68 in paragraph 2 but 66 in paragraph 1'],
    },
    // an age at death, a bare "He was 27." and a bare description beside the story's main person
    // an obituary's subject, named once and called "she" throughout, is the story's main person
    { text: "Elspeth Kerr, who has died at her home in Crail, aged 84, made jugs for six decades.\n\nShe was the elder sister of the painter Duncan Kerr. She trained in Edinburgh and she taught in Dundee.\n\nDuncan Kerr showed with her in 1975. Duncan Kerr's seascapes hung above her pots.\n\nWhen a London dealer offered to represent her, she declined by postcard. Her prices stayed low.\n\nArthritis forced her from the wheel, but the 86-year-old still glazed and packed the kiln herself until the autumn.\n", findings: ['9:46 contradicted-attribute Elspeth Kerr is 86 in paragraph 5 but 84 in paragraph 1'] },
    // someone brought in unnamed just before ("Her husband, who served in the RAF") is whom a bare age describes as often
    { text: 'Joan Penn, 91, has been married for 70 years.\n\nShe met her husband at a dance in Dover in 1953. She worked as a seamstress and she later ran a guesthouse.\n\nHer husband, who served in the RAF, still drives. The 94-year-old said the secret was "never going to bed on an argument".\n\nShe said she agreed.\n', findings: [] },
    { text: "Karl Von Hess, the American professional wrestler, has died at the age of 90.\n\nVon Hess joined the Navy in 1942. Von Hess later trained as a wrestler.\n\nFormer colleagues said the 88-year-old had kept up his swimming until his illness.\n", findings: ['5:28 contradicted-attribute Karl Von Hess is 88 in paragraph 3 but 90 in paragraph 1'] },
    { text: "Paul Hunter died at a hospice on Monday. Hunter won the Masters three times.\n\nHunter turned professional in 1995. He was 27.\n\nThe 29-year-old had played on through his illness.\n", findings: ['5:5 contradicted-attribute Paul Hunter is 29 in paragraph 3 but 27 in paragraph 2'] },
    { text: "Scott Johnson, 38, is charged with killing three people.\n\nJohnson surrendered the next day.\n\nIn a confession, the 36-year-old said the shooting had been planned. Johnson returned to the woods.\n", findings: ['5:22 contradicted-attribute Scott Johnson is 36 in paragraph 3 but 38 in paragraph 1'] },
    // an apposition with "a": "Whitlock, a 43-year-old father of one,"; an adverb after a bare description describes no one
    { text: 'Darren Whitlock, 41, of Marsh Lane, admitted arson.\n\nWhitlock, a 43-year-old father of one, has 11 previous convictions.\n', findings: ['3:13 contradicted-attribute Darren Whitlock is 43 in paragraph 2 but 41 in paragraph 1'] },
    // the story's main person is 41, so "the 71-year-old" is the one person whose age is a slip away
    { text: 'Mark Halvorsen, 41, was sentenced on Tuesday to seven years.\n\nHis father, Gary Halvorsen, 69, pleaded guilty in March.\n\nMark Halvorsen ran the firm for a decade. Investors lost $4 million. Mark Halvorsen wept in court.\n\nThe judge said she had taken into account the 71-year-old\'s age and health.\n', findings: ['7:47 contradicted-attribute Gary Halvorsen is 71 in paragraph 4 but 69 in paragraph 2'] },
    // a participle the tagger read as an adjective ("still glazed") is no description of someone else,
    // and "She" in the sentence before means the one person with a sure age
    { text: 'Elspeth Kerr, 84, spent six decades making jugs.\n\nShe never courted the art market.\n\nThe 86-year-old still glazed.\n', findings: ['5:5 contradicted-attribute Elspeth Kerr is 86 in paragraph 3 but 84 in paragraph 1'] },
    { text: "Scott Johnson, 38, is charged with killing three people.\n\nJohnson surrendered the next day.\n\nThe verdict means the 36-year-old now faces life in prison. Johnson returned to the woods.\n", findings: ['5:23 contradicted-attribute Scott Johnson is 36 in paragraph 3 but 38 in paragraph 1'] },
    // a year apart is one story's slip, unless the copy tells of time passing ("turned 24 last month")
    { text: "Scott Johnson, 38, is charged with killing three people.\n\nJohnson surrendered the next day.\n\nIn a confession, the 37-year-old said the shooting had been planned. Johnson returned to the woods.\n", findings: ['5:22 contradicted-attribute Scott Johnson is 37 in paragraph 3 but 38 in paragraph 1'] },
    { text: 'Lukas Brunner, 23, won the stage.\n\nBrunner attacked on the last climb.\n\nThe rider, who turned 24 last month, said Brunner, 24, had never felt stronger.\n', findings: [] },
    // a bare description thirty years from the main person's age is someone else's
    { text: "Scott Johnson, 38, is charged with killing three people.\n\nJohnson surrendered the next day.\n\nThe judge noted the 71-year-old's age and health. Johnson returned to the woods.\n", findings: [] },
    // the place of the death may stand between "died" and the age
    { text: 'Elspeth Kerr, who has died at her home in Crail, Fife, aged 84, made jugs and bowls for sixty years.\n\nKerr trained in Edinburgh. Kerr opened her pottery in 1966.\n\nKerr was 86.\n', findings: ['5:10 contradicted-attribute Elspeth Kerr is 86 in paragraph 3 but 84 in paragraph 1'] },
    // an age the story gave someone unnamed is theirs ("two men, aged 19 and 23 … The 19-year-old")
    { text: "Officers detained two men, aged 19 and 23, at the scene.\n\nConnor Hale, 23, of Marske Road, who stabbed the man, has been charged. He was kept in custody overnight.\n\nThe 19-year-old has been bailed while inquiries continue.\n", findings: [] },
    // another person named in the sentence is not the one described ("Dr Okafor accepted that … the 41-year-old")
    { text: "Nadia Brook, 39, died at her home in May. Brook had asked for help twice. Brook was a teacher.\n\nDr Okafor accepted that, had the 41-year-old been seen sooner, her dose would have been raised.\n", findings: ['3:34 contradicted-attribute Nadia Brook is 41 in paragraph 2 but 39 in paragraph 1'] },
    // the one person named in the two sentences before it, whose age was given
    { text: "His son Tom Hebden and daughter-in-law Ann Hebden, 52, now run the farm.\n\n\"People have been asking for years,\" said Ann Hebden. \"We wanted children to understand.\"\n\nThe 54-year-old, who grew up on a sheep farm above Hawes, said the family planned to open the gallery.\n", findings: ['5:5 contradicted-attribute Ann Hebden is 54 in paragraph 3 but 52 in paragraph 1'] },
    // an age in a relative clause, at death
    { text: "Dr Helen Marsters, who was 86 when she died, led the cardiac unit for two decades.\n\nMarsters trained in Dublin. She was 84.\n", findings: ['3:37 contradicted-attribute Helen Marsters is 84 in paragraph 2 but 86 in paragraph 1'] },
    // an obituary's subject, named twice as often as anyone, is the bare description a speaker uses
    {
      text: "Douglas Pettit, the boatbuilder, has died aged 87.\n\nPettit built his first dinghy in 1958. Pettit sold boats to Australia. Pettit never advertised.\n\nMr Pettit trained apprentices. Mr Pettit retired in 2001.\n\nThe yard is now run by Tom Ruffell. It builds four boats a year.\n\nMr Ruffell said the 89-year-old had visited the yard a fortnight ago.\n",
      findings: ['9:21 contradicted-attribute Douglas Pettit is 89 in paragraph 5 but 87 in paragraph 1'],
    },
    // the bare description beside another person (the victim) is not the main person's age
    { text: "Scott Johnson, 38, is charged with killing Bryan Mort.\n\nJohnson surrendered the next day. Johnson was held in Marinette.\n\nMort was hit twice. The 36-year-old died at the scene.\n", findings: [] },
    // a definite reference to a group the story counted, with another figure: the same noun, or people
    // told in the same matter; "these" means people counted just before
    // (a count after "and" in a list is a part of the whole: one charge named, "and three charges" more)
    { text: 'Mark Colley, 47, admitted breeding dogs without a licence and three charges of causing unnecessary suffering.\n\nHis barrister said he was ashamed.\n\nColley had already accepted all four charges, she said.\n', findings: [] },
    // a verb the tagger reads as a noun ends no group's noun, and an age range counts no one (blind set BY)
    { text: 'Twelve people were hospitalized, including a 78-year-old woman.\n\nThe 14 hospitalized patients range in age from 4 to 78.\n', findings: ['3:5 contradicted-attribute “14 hospitalized patients” in paragraph 2 does not match “Twelve people” in paragraph 1: the same group counted twice'] },
    // of "Twelve of the 42 participants" the twelve are the group meant; the 42, told before, its whole (blind set C)
    { text: 'Forty-two patients took part.\n\nTwelve of the 42 participants reported side effects, mostly nausea.\n\nNone of these 15 patients left the study because of the side effects, he said.\n', findings: ['5:15 contradicted-attribute “15 patients” in paragraph 3 does not match “Twelve” in paragraph 2: the same group counted twice'] },
    { text: 'Eighteen people were seriously injured and taken to the city hospital.\n\nRelatives waited at the gates.\n\nThe 16 injured workers remain in hospital.\n', findings: ['5:5 contradicted-attribute “16 injured workers” in paragraph 3 does not match “Eighteen people” in paragraph 1: the same group counted twice'] },
    // "affected" points back to the group without narrowing it (blind set M); "still running trains" narrows
    // (nor does a verb's particle after it, "send … back"; and two figures of unlike things add up to no group, "14 batches of two products"; blind set BM)
    { text: "The recall covers 14 batches of two products sold under the Bramwell brand.\n\nStores began pulling the products Tuesday.\n\nRetailers were told to send the 16 affected batches back to the company.\n", findings: ['5:33 contradicted-attribute “16 affected batches” in paragraph 3 does not match “14 batches” in paragraph 1: the same group counted twice'] },
    { text: 'Train drivers at 16 rail operators will walk out on Friday, the union said.\n\nTalks broke down on Tuesday.\n\nAmong the 14 operators affected are Avanti and Northern.\n', findings: ['5:11 contradicted-attribute “14 operators” in paragraph 3 does not match “16 rail operators” in paragraph 1: the same group counted twice'] },
    { text: 'Train drivers at 16 rail operators will walk out on Friday, the union said.\n\nTalks broke down on Tuesday.\n\nAmong the 14 operators still running trains are Avanti and Northern.\n', findings: [] },
    { text: 'So far 70 people, including 19 children, have been admitted to hospital. That is up from 15 on Tuesday. Doctors said most of these 60 patients had headaches.\n', findings: ['1:132 contradicted-attribute “60 patients” in paragraph 1 does not match “70 people” in paragraph 1: the same group counted twice'] },
    // a part of the group, a group the clause after it defines, a count that changed, two groups the
    // sentence tells apart, the sum of two counts
    { text: 'Eighteen people were injured in the fire.\n\nThe 14 other patients were treated at the scene.\n\nBuses will carry the 30 pupils who live more than two miles away.\n', findings: [] },
    { text: 'The death toll rose from 12 to 14 on Friday.\n\nThe 12 victims named so far were all from the village.\n', findings: [] },
    // a smaller figure narrowed by what the group was not told with is a part of it; the rest told between
    { text: 'Twelve people were taken to hospital after the coach overturned on Sunday.\n\nFour were discharged on Monday.\n\nThe eight patients still in hospital are stable.\n\nThe RSPCA seized 40 dogs from the farm. The 28 dogs in its care are being assessed.\n', findings: [] },
    { text: 'Carsley named 26 players in his squad on Thursday.\n\nThe squad meets on Monday.\n\nCarsley said the 11 players he picks for Greece would be decided in training. The 15 starting players will be named on Friday.\n', findings: [] },
    { text: 'Police arrested four men after the raid in Bootle.\n\nAll five men were released on bail on Friday.\n', findings: ['3:5 contradicted-attribute “five men” in paragraph 2 does not match “four men” in paragraph 1: the same group counted twice'] },
    // a larger figure with other words or another noun is a group the first is part of; far fewer by
    // another noun is a part; a second thing measured, one introduced, one of several
    { text: 'Police arrested 12 people at the match.\n\nThe 300 officers on duty at the stadium were praised. Six patients caught the infection on the ward. The 28 patients on the ward were all tested.\n\nEighteen people were injured in the explosion. The three injured firefighters were treated at the scene.\n', findings: [] },
    { text: 'The RMT called a 24-hour strike on the Tube for Monday.\n\nThe union has also announced a 48-hour strike next month. The 48-hour strike will hit commuters.\n\nWildlife officers shot a 300-pound black bear. Campers had reported seeing two bears. The 450-pound bear was still at large.\n', findings: [] },
    { text: 'Police shot eight armed gunmen on the bridge after contractors crossing it came under fire.\n\nThe fourteen contractors were on their way to repair a canal when the gunmen opened fire.\n', findings: [] },
    { text: 'Three men and three women were killed when the bus overturned.\n\nThe six victims were all from Leeds.\n', findings: [] },
    // a thing measured again, definitely, with another figure; marks along a course, another tower and
    // a story of three figures are other things
    { text: 'A gust of 83mph was recorded on Tiree on Sunday.\n\nTrees fell across the island.\n\nThe 88mph gust recorded on Tiree was the strongest in a decade.\n', findings: ['5:5 contradicted-attribute “88mph gust” in paragraph 3 does not match “gust of 83mph” in paragraph 1: the same gust measured twice'] },
    { text: 'She led at the 20-mile mark.\n\nThe crowd roared.\n\nAt the 22-mile mark she pulled clear.\n\nThe council approved a 12-storey tower in May. It also approved another 15-storey tower on the quay.\n', findings: [] },
    // a vote's margin that its totals do not give; a lead at an earlier count is another figure
    { text: "The certified results gave Ortiz 4,112 votes to Harmon's 4,081.\n\nHarmon had led by 44 votes on election night.\n\nOrtiz's 37-vote margin is the closest since 2010.\n", findings: ['5:9 contradicted-attribute “37-vote margin” in paragraph 3 is not the margin of “4,112 votes to Harmon\'s 4,081” in paragraph 1, which is 31'] },
    // a share of those voting that a motion's totals do not give (blind set AK); not where some abstained,
    // nor a candidate's share of a race of more than two
    { text: 'Members backed the merger by 214 votes to 59 on Tuesday.\n\nThe vote followed months of talks.\n\nThe 214 in favour amounted to 84 per cent of those voting.\n', findings: ['5:31 contradicted-attribute “84 per cent of those voting” in paragraph 3 is not “214 votes to 59” in paragraph 1: 84% against 78%'] },
    { text: 'Members backed the merger by 214 votes to 59, with 31 abstentions.\n\nThe vote followed months of talks.\n\nThe 214 in favour amounted to 70 per cent of those voting.\n', findings: [] },
    { text: 'Ortiz beat Harmon by 4,112 votes to 3,081 on Tuesday.\n\nTurnout was low.\n\nOrtiz took 48 percent of the vote in a four-way race.\n', findings: [] },
    // a story of two votes: a margin neither gives is the first's, told wrong; one its own sentence's figures give is theirs
    // a margin spelt out ("a six-vote majority"); (a count that is part of a consultation's responses takes no side of the vote)
    { text: 'Members voted by 23 votes to 19 in favour, with two abstentions.\n\nThe plan was backed by a six-vote majority.\n', findings: ['3:26 contradicted-attribute “six-vote majority” in paragraph 2 is not the margin of “23 votes to 19” in paragraph 1, which is 4'] },
    { text: 'The council voted by 27 votes to 19 on Tuesday to raise burial fees.\n\nIts consultation received 212 responses, of which 163 opposed the increase.\n', findings: [] },
    { text: 'The vote was 27 to 19, with two abstentions.\n\nThe 10-vote margin was wider than expected.\n\nCouncillors also voted 31 to 15 to freeze parking charges.\n', findings: ['3:5 contradicted-attribute “10-vote margin” in paragraph 2 is not the margin of “27 to 19” in paragraph 1, which is 8'] },
    // a motion that "passed" or "failed" by its totals is a vote too: its margin is its own
    { text: 'The council voted 27 to 19 to approve the zoning change on Monday.\n\nA separate measure on parking passed 31 to 15.\n\nThe 16-vote margin on the parking measure surprised opponents.\n', findings: [] },
    { text: 'The Senate passed the infrastructure bill 58 to 40 on Thursday.\n\nAn amendment to cut transit funding failed 45 to 53.\n\nThe 20-vote margin on final passage gave the bill momentum.\n', findings: ['5:5 contradicted-attribute “20-vote margin” in paragraph 3 is not the margin of “58 to 40” in paragraph 1, which is 18'] },
    { text: 'Councillors voted 27 to 19 for the charge and 31 to 15 to freeze parking fees.\n\nFinal results gave Kowalczyk 7,940 votes, or 51 percent, to Mabry\'s 7,615, a margin of 325 votes.\n', findings: [] },
    // (a margin told as an earlier election's, overturned, is no margin of this one's tally: blind set BQ)
    { text: 'The Liberal Democrats seized the seat, overturning a general election majority of 9,870.\n\nOkafor took 14,205 votes to 12,931 for the Conservative candidate, giving her a majority of 1,274.\n', findings: [] },
    { text: 'The Liberal Democrats seized the seat on Friday with a majority of 9,870.\n\nOkafor took 14,205 votes to 12,931 for the Conservative candidate.\n', findings: ['3:13 contradicted-attribute “majority of 9,870” in paragraph 1 is not the margin of “14,205 votes to 12,931” in paragraph 2, which is 1274'] },
    // a side told as its votes, against the story's vote where it tells two (blind set BQ); not a group of those who voted, who may have voted in the other
    // a board's vote and a ballot's are two votes (blind set BV)
    { text: 'Trustee Dale Kovach cast the lone dissenting vote in the 2-1 decision.\n\nThe 3.5-mill levy failed in November. It drew 2,184 votes against and 1,962 in favor.\n', findings: [] },
    // (those "voting in favour" too: review)
    { text: 'The bill was passed by a margin of 66 votes on Tuesday.\n\nThe opposition walked out.\n\nThe Lok Sabha passed it with 288 members voting in favour and 232 against.\n', findings: ['5:30 contradicted-attribute “margin of 66” in paragraph 1 is not the margin of “288 members voting in favour and 232 against” in paragraph 3, which is 56'] },
    // those "in favour and … against" told together count the whole vote (blind set CE)
    { text: 'The motion was carried by a margin of three votes on Tuesday night.\n\nThe fees will rise in April.\n\nThe minutes show seven councillors in favour and five against.\n', findings: ['5:18 contradicted-attribute “margin of three” in paragraph 1 is not the margin of “seven councillors in favour and five against” in paragraph 3, which is 2'] },
    // both sides' votes in one sentence are a tally, and a margin is set against the first vote whose totals could give it
    { text: 'Trustee Dale Kovach cast the lone dissenting vote in the 2-1 decision.\n\nThe 3.5-mill levy failed in November by 212 votes. It drew 2,184 votes against and 1,962 in favor.\n', findings: ['3:60 contradicted-attribute “failed in November by 212 votes” in paragraph 2 is not the margin of “2,184 votes against and 1,962 in favor” in paragraph 2, which is 222'] },
    // the totals in favour first, "cast" between; a margin after its own tally, a board's vote kept apart (review)
    { text: 'The referendum saw 3,412 votes cast in favour and 2,977 against, the council said.\n\nThe plan was approved by 455 votes.\n', findings: ['3:14 contradicted-attribute “approved by 455 votes” in paragraph 2 is not the margin of “3,412 votes cast in favour and 2,977 against” in paragraph 1, which is 435'] },
    { text: 'The school bond passed with 2,640 votes in favor and 2,310 against. It won by 330 votes.\n\nThe library levy lost 2,512 to 2,448, failing by 64 votes.\n\nThe county commission had placed both measures on the ballot in a 3-0 vote in February.\n', findings: [] },
    // the members of a majority acting are no margin; a side told of another stage is another vote (blind set BW)
    { text: 'Councillors voted nine to four to buy the old fire station.\n\nA majority of nine came down in favour of the purchase, with four opposed.\n', findings: [] },
    { text: 'The cloture motion failed 30-14.\n\nSupporters lined up only 30 senators, after two senators who had backed the bill in committee sat out the vote.\n', findings: [] },
    // the other side's name and what it is may stand between "to" and its total (review)
    { text: "Labour's Sarah Quinn polled 16,240 votes to the Conservative candidate Mark Haddon's 15,837.\n\nHer majority of 503 was more than the party had hoped for.\n", findings: ['3:5 contradicted-attribute “majority of 503” in paragraph 2 is not the margin of “16,240 votes to the Conservative candidate Mark Haddon\'s 15,837” in paragraph 1, which is 403'] },
    // of several votes, the one whose sentence alone names what the side opposed (blind set BZ); not last year's
    { text: 'Council voted 6-3 to pass the budget on Tuesday night.\n\nAn amendment to cut the increase was defeated 5-4.\n\nLast year\'s budget passed 8-1.\n\nCoun. Paul Driedger, one of four councillors who opposed the budget, said savings had not been found.\n', findings: ['7:29 contradicted-attribute “four councillors who opposed” in paragraph 4 does not match “6-3” in paragraph 1, which counts 3 on that side'] },
    { text: 'Council voted 6-3 to pass the budget on Tuesday night.\n\nAn amendment to the budget was defeated 5-4.\n\nCoun. Paul Driedger, one of four councillors who opposed the budget, said savings had not been found.\n', findings: [] },
    { text: 'The bill passed 104-97 after more than six hours of debate.\n\nThe House also passed, 198-3, a separate bill on population data.\n\nYeager said the 99 votes against the map showed there was no consensus.\n', findings: ['5:17 contradicted-attribute “99 votes against” in paragraph 3 does not match “104-97” in paragraph 1, which counts 97 on that side'] },
    { text: 'The council voted 23 to 17 on Thursday to extend the tram line.\n\nOn Monday, the same council voted 21 to 19 against an earlier version.\n\nGideon Marsh, whose 15 councillors voted against the plan on both days, called it a rush job.\n', findings: [] },
    // a score five words after its verb is the vote's totals (review); and a story of two such votes leaves a group of voters uncompared
    { text: 'The state assembly passed the new congressional map 104-97 on Wednesday.\n\nDemocrats said the 99 votes against the map showed how divided the chamber was.\n', findings: ['3:20 contradicted-attribute “99 votes against” in paragraph 2 does not match “104-97” in paragraph 1, which counts 97 on that side'] },
    { text: 'Councillors approved the Eastfield housing plan 40-22 on Tuesday.\n\nA second vote, on the site of a new school, passed 35-27.\n\nThe Conservative group, whose 15 councillors voted against both plans, said roads could not cope.\n', findings: [] },
    // a margin told as the votes a race was won by (review); a lead at an earlier count is no margin
    { text: 'Grace Okafor was elected mayor of Eastbridge on Tuesday, winning by 530 votes.\n\nShe received 8,412 votes to 7,902 for councillor Peter Lang.\n', findings: ['3:14 contradicted-attribute “winning by 530 votes” in paragraph 1 is not the margin of “8,412 votes to 7,902” in paragraph 2, which is 510'] },
    { text: 'Lang had led by 530 votes on election night.\n\nOkafor received 8,412 votes to 7,902 for Lang in the final count.\n', findings: [] },
    // a motion that passed, or "squeaked through", by a margin its totals do not give (blind set BO)
    { text: 'Councillors voted 14-10 on Wednesday to approve the plan.\n\nThe plan squeaked through by two votes.\n', findings: ['3:19 contradicted-attribute “through by two votes” in paragraph 2 is not the margin of “14-10” in paragraph 1, which is 4'] },
    // the verb of winning a few words before "by" (review); a similar proposal's margin years ago is another vote's
    { text: 'Independent candidate Marian Quinn won the Dungannon seat by 318 votes after a long count.\n\nMs Quinn polled 6,045 votes to 5,747 for the outgoing councillor.\n', findings: ['3:17 contradicted-attribute “won the Dungannon seat by 318 votes” in paragraph 1 is not the margin of “6,045 votes to 5,747” in paragraph 2, which is 298'] },
    { text: 'Councillors backed the levy 11-4 on Monday evening.\n\nTwo years ago a similar proposal passed by six votes at committee stage.\n', findings: [] },
    // two votes, two tallies: which one a margin belongs to cannot be told
    { text: 'The amendment fell by 12 votes to 30.\n\nThe budget passed by 31 votes to 11.\n\nIt was a majority of 18.\n', findings: [] },
    // a theatre cannot open before it was founded; "it" is the main clause's subject
    // a year opening the sentence dates its verb, "its founding" after "Since" is the main clause's subject's,
    // a firm of two names joined by "&", a shop's opening is its founding, and what a thing was founded as
    // names it ("founded in 1962 as a technical college" … "the college's founding") (blind sets AP, AZ, AS)
    { text: 'Edwin Sollis has died aged 84.\n\nIn 1968 he founded Sollis & Rowe with Margaret Rowe in two rented rooms in Kendal.\n\nSince its founding in 1971, the firm had published 312 maps.\n', findings: ['5:11 contradicted-attribute Sollis & Rowe was founded in 1971 in paragraph 3 but was founded in 1968 in paragraph 2'] },
    { text: 'Ivory & Lace closed on Friday.\n\nThe boutique, a fixture of Market Street since it opened in 1998, was run by Janine Hargreaves.\n\nHer mother, Pauline, said she founded the boutique in 1996.\n', findings: ['5:31 contradicted-attribute The boutique was founded in 1996 in paragraph 3 but opened in 1998 in paragraph 2'] },
    { text: "Tamsworth University has appointed Amara Okafor as vice-chancellor.\n\nShe will lead the institution, which was founded in 1962 as a technical college and gained university status in 1992.\n\nIn the six decades since the college's founding in 1964, it has grown into a campus of 40 buildings.\n", findings: ['5:40 contradicted-attribute The college was founded in 1964 in paragraph 3 but was founded in 1962 in paragraph 2'] },
    { text: "She will lead the institution, which was founded in 1962 as a technical college.\n\nThe medical school, founded in 1964, has 300 students.\n", findings: [] },
    {
      text: 'The Ashgrove has staged more than 400 productions since it opened in 1984.\n\nThe Ashgrove Theatre, which was founded in 1986 when the council sold the hall, has 300 seats.\n',
      findings: ['3:33 contradicted-attribute Ashgrove Theatre was founded in 1986 in paragraph 2 but opened in 1984 in paragraph 1'],
    },
    // "the club" is the one club the story names
    // a business opens when it is founded, and has run since then: "the workshop" is the one business the story names a founding of
    {
      text: 'He returned to Suffolk in 1969 and in 1971 founded E. Tarrant Organ Builders in a former maltings.\n\nHe was a keen sailor.\n\nThe workshop, which had been turning out instruments since it opened in 1974, completed its 212th organ last year.\n',
      findings: ['5:63 contradicted-attribute E. Tarrant Organ Builders opened in 1974 in paragraph 3 but was founded in 1971 in paragraph 1'],
    },
    {
      text: 'Schriftgießerei Voss, which she founded in 1971 in a former bakery, never employed more than six people.\n\nShe taught in Basel.\n\nThe workshop, in business since 1974, was taken over by two of her apprentices in 2008.\n',
      findings: ['5:15 contradicted-attribute Schriftgießerei Voss was founded in 1974 in paragraph 3 but was founded in 1971 in paragraph 1'],
    },
    {
      text: "Harbridge, founded in 1887, have spent most of their history in non-league football.\n\nThe club will celebrate its anniversary since the club's formation in 1884 with a new kit.\n",
      findings: ['3:58 contradicted-attribute Harbridge was founded in 1884 in paragraph 2 but was founded in 1887 in paragraph 1'],
    },
    // a pavilion cannot open before it is built; "it" after "that" is the relative clause's noun
    {
      text: 'The pavilion itself, built in 1927 with money raised by the members, is due a new roof.\n\nHis name will go up in a pavilion that has changed little since it opened in 1922.\n',
      findings: ['3:68 contradicted-attribute The pavilion opened in 1922 in paragraph 2 but was built in 1927 in paragraph 1'],
    },
    // "opened to the public" and "opened its gates" tell one opening
    { text: 'The park, which opened to the public in 1986, houses around 90 species.\n\nIt was the first escape since the park first opened its gates in 1983.\n', findings: ['3:46 contradicted-attribute The park opened in 1983 in paragraph 2 but opened in 1986 in paragraph 1'] },
    // a mill opened as a museum long after it was built; a theatre's opening night is no opening of the theatre
    { text: 'The mill was built in 1820.\n\nIt opened in 1984 as a heritage museum.\n\nThe theatre opened in 1984. The theatre\'s 2024 opening night sold out.\n', findings: [] },
    // a society's hall built later, its museum founded later and opened later still; a second school
    { text: 'The Moray Society, founded in 1850, built its hall in 1901.\n\nThe society opened a second museum in 1955.\n\nThe museum was founded in 1898 and opened in 1904.\n', findings: [] },
    { text: 'The first school opened in 1901.\n\nA new school opened in 1955 on the other side of the river.\n', findings: [] },
    // the share of a group a count of the group's total gives, in numbers written as words
    { text: 'Seven of the 12 committee members voted against the application.\n\nThe developer may appeal.\n\nTwo-thirds of the committee opposed it.\n', findings: ['5:1 contradicted-attribute “Two-thirds of the committee” in paragraph 3 is not “Seven of the 12 committee members” in paragraph 1: 67% against 58%'] },
    // told side by side, and of the part another sentence names ("children under 5")
    { text: "About 2,300 of the town's roughly 9,200 residents -- around half the population -- were told to leave.\n", findings: ["1:54 contradicted-attribute “around half the population” in paragraph 1 is not “About 2,300 of the town's roughly 9,200 residents” in paragraph 1: 50% against 25%"] },
    { text: 'The outbreak has grown to 40 cases. Of the 40, 12 are children under 5.\n\nChildren under 5 account for roughly half of the cases, officials said.\n', findings: ['3:30 contradicted-attribute “roughly half of the cases” in paragraph 2 is not “Of the 40, 12” in paragraph 1: 50% against 30%'] },
    // "more than half" holds; a third and two-thirds may be the two sides of one whole; two parties' percentages
    { text: 'Plastic was found in 2,310 of the 3,960 fish examined.\n\nMore than half of the fish carried plastic.\n', findings: [] },
    // those who abstained, and those of the members who voted, are parts the other share is not of
    { text: 'Three of the 12 committee members abstained.\n\nThe plan passed.\n\nTwo-thirds of the committee backed the plan.\n', findings: [] },
    { text: 'The union said 2,310 of its 3,960 members took part in the ballot.\n\nEighty per cent of members who voted backed the strike.\n', findings: [] },
    { text: 'An older study found plastic in about a third of the fish.\n\nIn that study, two-thirds of the fish were clean.\n\nLabour won 46 per cent of the vote and the Greens 29 per cent of the vote.\n', findings: [] },
    {
      text: 'The union said 2,310 of its 3,960 members backed the strike.\n\nRoughly two-thirds of the members voted to strike.\n',
      findings: ['3:1 contradicted-attribute “Roughly two-thirds of the members” in paragraph 2 is not “2,310 of its 3,960 members” in paragraph 1: 67% against 58%'],
    },
    // a count told as a share of a total in figures beside it: 1,240 of 6,200 is 20%, not about 15% (nor
    // the 12.5–17.5% "about" allows a percentage)
    {
      text: "A recall petition had gathered 1,240 signatures, about 15% of the city's 6,200 registered voters, by the time he stepped down.\n",
      findings: ["1:32 contradicted-attribute “1,240 signatures” in paragraph 1 is not “about 15% of the city's 6,200 registered voters” in paragraph 1: 20% against 15%"],
    },
    { text: 'The petition had 1,240 signatures, or 20% of the 6,200 registered voters.\n\nOrganizers needed 675 valid signatures — 15% of the 4,500 votes cast.\n', findings: [] },
    // a fraction of a total in figures is a share of it too; "almost" two-thirds is a little under, not 46%
    {
      text: 'Almost two-thirds of the 96 households have already moved out.\n\nThe council said so far 44 of the 96 households had left the block.\n',
      findings: ['3:25 contradicted-attribute “44 of the 96 households” in paragraph 2 is not “Almost two-thirds of the 96 households” in paragraph 1: 46% against 67%'],
    },
    // (not a part that did something else, nor a count a sentence runs on to a figure that agrees)
    { text: 'Almost two-thirds of the 96 households have moved out since the flood.\n\nSo far, 44 of the 96 households have accepted buyout offers from the county.\n', findings: [] },
    { text: 'Almost two-thirds of the 96 households have moved out since the flood.\n\nIn March, 44 of the 96 households had left; by June the number had reached 62.\n', findings: [] },
  ],
  check(context) {
    const { analysis } = context;
    // shares of one whole that cannot both hold ("two-thirds of members" / "2,310 of its 3,960 members")
    // (a table of results gives hundreds: rows of a record, not one share told twice, and every pair of
    // them would cost the square)
    const shares = analysis.contexts.flatMap(sharesOf);
    const percent = (v: number) => `${Math.round(v * 100)}%`;
    // each sentence's words, lemmas and as written, read once (a long sentence is met by many pairs)
    const wordsOf = new Map<number, ReadonlySet<string>>();
    const said = (index: number) => {
      let words = wordsOf.get(index);
      if (!words) {
        const sentence = analysis.sentences[index]!;
        words = new Set(analysis.tokens.slice(sentence.tokenStart, sentence.tokenEnd).flatMap((t) => [t.lemma, t.lower]));
        wordsOf.set(index, words);
      }
      return words;
    };
    for (let j = 0; j < shares.length && shares.length <= MAX_SHARES; j++) {
      for (let i = 0; i < j; i++) {
        const [a, b] = [shares[i]!, shares[j]!];
        // (two percentages of one group are as often two parties' or two arms' shares as one share twice)
        if ((a.kind === 'percent' || b.kind === 'percent') && a.kind !== 'count' && b.kind !== 'count') continue;
        // (those who abstained, stayed away or took part are a part of the whole no vote's side is)
        if ([a, b].some((x) => NEUTRAL_PART.test(analysis.sentences[x.sentence]!.text))) continue;
        if (sharesAgree(a, b) || !sameWhole(context.lexicon, analysis, a, b, said)) continue;
        // (a share of a total in figures told of another act is another part of it: "have moved out" /
        // "have accepted buyout offers"; and a sentence that runs a count on to a figure that agrees, "In
        // March, 44 of the 96 households had left; by June the number had reached 62", tells the share then)
        if ((a.ofFigures || b.ofFigures) && a.predicate && b.predicate && a.predicate !== b.predicate && likenessOf(context.lexicon, a.predicate, b.predicate) === 0) continue;
        if (runOn(analysis, a, b) || runOn(analysis, b, a)) continue;
        context.report({
          confidence: confidence(0.75),
          message: 'share',
          data: { later: b.text, earlier: a.text, where: placeOf(analysis.sentences[b.sentence]!), other: placeOf(analysis.sentences[a.sentence]!), laterShare: percent(b.value), earlierShare: percent(a.value) },
          locations: [
            { start: b.start, end: b.end, role: 'contradicts' },
            { start: a.start, end: a.end, role: 'contradicted' },
          ],
          evidence: { expected: a.text, actual: b.text, field: 'share' },
        });
      }
    }
    // a whole broken down after a colon into parts that do not add up to it (claims/breakdowns.ts)
    for (const ctx of analysis.contexts) {
      const breakdown = BODY_KINDS.has(ctx.sentence.kind) ? breakdownOf(ctx) : undefined;
      if (!breakdown) continue;
      const { whole, parts, sum } = breakdown;
      const last = parts[parts.length - 1]!;
      context.report({
        confidence: confidence(0.85),
        message: 'breakdown',
        data: { whole: whole.text, where: placeOf(ctx.sentence), sum: sum.toLocaleString('en-GB'), parts: parts.map((n) => n.text).join(' + ') },
        locations: [
          { start: parts[0]!.start, end: last.end, role: 'contradicts' },
          { start: whole.start, end: whole.end, role: 'contradicted' },
        ],
        evidence: { expected: whole.key, actual: String(sum), field: 'breakdown' },
      });
    }
    // a vote's margin that its totals do not give ("Ortiz's 37-vote margin" / "4,112 votes to Harmon's
    // 4,081"), where the story gives one vote's totals; where it tells several votes, a margin that none
    // of their totals gives is compared with the first, the story's vote, and less surely
    const found = analysis.contexts.map(talliesOf);
    const tallies = found.flatMap((f) => f.tallies);
    const distinct = new Set(tallies.map((t) => `${t.high}:${t.low}`));
    const marginClash = (margin: Margin, tally: Tally, sure: number) =>
      context.report({
        confidence: confidence(0.8, sure),
        message: 'margin',
        data: { margin: analysis.doc.source.slice(margin.start, margin.end), tally: analysis.doc.source.slice(tally.start, tally.end), where: placeOf(analysis.sentences[margin.sentence]!), other: placeOf(analysis.sentences[tally.sentence]!), difference: String(tally.high - tally.low) },
        locations: laterFirst(margin, tally),
        evidence: { expected: String(tally.high - tally.low), actual: String(margin.value), field: 'margin' },
      });
    // (a margin its own sentence's figures give is theirs: "Kowalczyk with 7,940 votes, or 51 percent,
    // to Mabry's 7,615, a margin of 325 votes", a tally the reader does not take for one)
    const givenBeside = (margin: Margin) => {
      const counts = analysis.contexts[margin.sentence]!.numbers.filter((n) => n.kind === 'count').map((n) => Number(n.key));
      return counts.some((a) => counts.some((b) => a - b === margin.value));
    };
    // (a margin told as another vote's is no margin of this one: "overturning a general election majority
    // of 9,870", "defending a majority of 412", "the previous majority"; blind set BQ)
    const margins = found.flatMap((f) => f.margins).filter((m) => !ANOTHER_VOTE.test(analysis.doc.source.slice(Math.max(0, m.start - ANOTHER_VOTE_REACH), m.start).split(/[.;:]/).pop()!));
    // (the one told in its sentence, or in the one before where a pronoun opens its own, else the first,
    // whose totals could give it: a board's "2-1 decision" is no ballot's "212 votes"; "… 2,640 votes in
    // favor and 2,310 against. It won by 330 votes."; blind set BV, review)
    const couldGive = (t: Tally, margin: Margin) => t.high + t.low >= margin.value;
    const toldWith = (t: Tally, margin: Margin) => t.sentence === margin.sentence || (t.sentence === margin.sentence - 1 && /^\s*(?:It|They|This|That)\b/.test(analysis.sentences[margin.sentence]!.text));
    for (const margin of distinct.size > 1 ? margins : []) {
      const tally = tallies.find((t) => couldGive(t, margin) && toldWith(t, margin)) ?? tallies.find((t) => couldGive(t, margin));
      if (tally && !tallies.some((t) => margin.value === t.high - t.low) && !givenBeside(margin)) marginClash(margin, tally, SEVERAL_VOTES);
    }
    if (distinct.size === 1) {
      const tally = tallies[0]!;
      const tallyText = analysis.doc.source.slice(tally.start, tally.end);
      // a share of those voting that the one motion's totals do not give ("backed the proposal by 214 votes
      // to 59" / "84 per cent of those voting": 78%); not a candidate's share of an election with more
      // than two, nor where some abstained or spoiled their ballots
      const motion = MOTION.test(analysis.sentences[tally.sentence]!.text) && !NEITHER_SIDE.test(analysis.doc.source);
      // (a percentage or fraction of those voting; a count of the members is who turned out, not a side)
      const ofVoters = (share: Share) => share.kind !== 'count' && [...share.words].some((w) => VOTING.test(w)) && share.sentence !== tally.sentence && !NEUTRAL_PART.test(analysis.sentences[share.sentence]!.text);
      const tallyShare = shareOfVote(tally.high, tally.low, tally, tallyText);
      for (const share of motion ? shares.filter(ofVoters) : []) {
        if (sharesAgree(tallyShare, share)) continue;
        context.report({
          confidence: confidence(0.75),
          message: 'share',
          data: { later: share.text, earlier: tallyText, where: placeOf(analysis.sentences[share.sentence]!), other: placeOf(analysis.sentences[tally.sentence]!), laterShare: percent(share.value), earlierShare: percent(tallyShare.value) },
          locations: laterFirst(share, tally),
          evidence: { expected: tallyText, actual: share.text, field: 'share' },
        });
      }
      for (const margin of margins) {
        if (margin.value !== tally.high - tally.low && couldGive(tally, margin)) marginClash(margin, tally, 1);
      }
    }
    // those counted as taking a side that its total does not give ("29 councillors backed the scheme" /
    // "voted 31 to 24 in favour"); a tally told as a defeat gives its larger total to those against
    // (told as a defeat at the figures: "was defeated by 31 votes to 24", "voted 19 to 11 against",
    // not "in favour of the scheme, against the officers' advice"). Where the story tells several votes,
    // a side told as its votes ("the 99 votes against") that no tally gives is compared with the first, the
    // story's vote, and less surely (blind set BQ); a group of those who voted may have voted in another
    const defeated = (tally: Tally) => {
      const before = analysis.doc.source.slice(Math.max(0, tally.start - DEFEAT_REACH), tally.start).split(/[,;]/).pop()!;
      const after = analysis.doc.source.slice(tally.end, tally.end + DEFEAT_REACH).split(/[,;]/)[0]!;
      return DEFEAT.test(`${before} ${after}`);
    };
    const sideTotal = (tally: Tally, side: Side) => ((side.side === 'for') !== defeated(tally) ? tally.high : tally.low);
    const year = (sentence: number) => YEAR_IN_TEXT.exec(analysis.sentences[sentence]!.text)?.[0];
    // (of several votes, the one whose sentence alone names what the side opposed or backed: "one of four
    // councillors who opposed the budget" beside "voted 6-3 to pass the budget" and an amendment "defeated
    // 5-4"; blind set BZ)
    // (each vote told in a sentence of its own: a sentence that tells two says which is which in its words)
    const oneEach = new Set(tallies.map((t) => t.sentence)).size === tallies.length;
    const votedOn = (side: Side) => {
      const after = analysis.doc.source.slice(side.end, side.end + VOTED_ON_REACH);
      const noun = /^\s+(?:the|its|their|a)\s+(?:[\p{Ll}-]+\s+)?([\p{Ll}]{4,})\b/u.exec(after)?.[1];
      if (noun === undefined || !oneEach) return undefined;
      const names = new RegExp(`\\b${noun}\\b`, 'i');
      // (not a vote of another time: "Last year's budget … passed 8-1")
      const naming = tallies.filter((t) => t.sentence !== side.sentence && names.test(analysis.sentences[t.sentence]!.text) && !OTHER_STAGE.test(analysis.sentences[t.sentence]!.text));
      return naming.length === 1 ? naming[0] : undefined;
    };
    for (const side of tallies.length > 0 ? found.flatMap((f) => f.sides) : []) {
      const named = distinct.size > 1 ? votedOn(side) : undefined;
      if (distinct.size > 1 && !side.votes && !named) continue;
      const tally = named ?? tallies[0]!;
      const expected = sideTotal(tally, side);
      if (side.value === expected || side.sentence === tally.sentence) continue;
      if (distinct.size > 1 && !named && tallies.some((t) => sideTotal(t, side) === side.value || t.sentence === side.sentence)) continue;
      // (a year the tally's sentence does not give is another vote: "In 2019, 61 senators supported her")
      if (year(side.sentence) !== undefined && year(side.sentence) !== year(tally.sentence)) continue;
      // (as is a side told of another stage: "two senators who had backed the bill in committee"; blind set BW)
      if (OTHER_STAGE.test(analysis.doc.source.slice(side.start, side.start + OTHER_STAGE_REACH).split(/[.;:,]/)[0]!)) continue;
      // (as is a side many times the size of the whole tally: a board's "2-1 decision" and a ballot's
      // "2,184 votes against"; blind set BV)
      if (side.value > (tally.high + tally.low) * OTHER_SCALE) continue;
      context.report({
        confidence: confidence(0.8, distinct.size > 1 ? SEVERAL_VOTES : 1),
        message: 'side',
        data: { side: analysis.doc.source.slice(side.start, side.end), tally: analysis.doc.source.slice(tally.start, tally.end), where: placeOf(analysis.sentences[side.sentence]!), other: placeOf(analysis.sentences[tally.sentence]!), total: String(expected) },
        locations: laterFirst(side, tally),
        evidence: { expected: String(expected), actual: String(side.value), field: 'side' },
      });
    }
    // a reference to a group the story counted that gives it another figure ("Eighteen people were
    // seriously injured" … "The 16 injured workers remain in hospital"; claims/backrefs.ts)
    const body = (sentence: number) => BODY_KINDS.has(analysis.sentences[sentence]!.kind);
    const apart = (a: number, b: number) => separateRecords(analysis, a, b);
    // a group counted, or a thing measured, told again with another figure: the two places and figures
    const referredBack = (earlier: Told, later: Told, message: 'group' | 'measure' | 'sum', sure: number, data: Record<string, string> = {}) => {
      const text = (g: Told) => analysis.doc.source.slice(g.start, g.end);
      context.report({
        confidence: confidence(sure),
        message,
        data: { later: text(later), earlier: text(earlier), where: placeOf(analysis.sentences[later.sentence]!), other: placeOf(analysis.sentences[earlier.sentence]!), ...data },
        locations: laterFirst(later, earlier),
        evidence: { expected: earlier.value.text, actual: later.value.text, field: message },
      });
    };
    for (const { earlier, later } of countReferenceClashes(analysis, context.lexicon, body, apart)) referredBack(earlier, later, 'group', earlier.head === later.head ? 0.8 : 0.75);
    // a thing measured again with another figure ("A gust of 83mph" … "The 88mph gust")
    for (const { earlier, later } of measureClashes(analysis, context.lexicon, body, apart)) referredBack(earlier, later, later.sum ? 'sum' : 'measure', 0.75, { thing: later.head });
    // the main person born in two places ("born in Ennis, County Clare" / "The Galway-born craftsman")
    const subject = mainPerson(analysis);
    if (subject) {
      for (const [a, b] of birthplaceClashes(analysis, birthplacesOf(analysis, context.lexicon, subject.id))) {
        // a town told with its region ("Ennis, County Clare") against a place that is neither is surely
        // another; a town told alone ("born in Leeds") may lie in the other ("the Yorkshire-born
        // scientist"), which no gazetteer here knows: worth a look (review)
        context.report({
          confidence: confidence(a.regioned || b.regioned ? 0.8 : BIRTHPLACE_ALONE),
          message: 'birthplace',
          data: { person: analysis.entityById.get(subject.id)?.name ?? 'The person', later: b.text, earlier: a.text, where: placeOf(analysis.sentences[b.sentence]!), other: placeOf(analysis.sentences[a.sentence]!) },
          locations: laterFirst(b, a),
          evidence: { expected: a.text, actual: b.text, field: 'birthplace' },
        });
      }
    }
    // two beginnings of one thing that cannot both hold ("since it opened in 1984" / "founded in 1986")
    const told = (f: Founding) => `${f.kind === 'opened' ? 'opened' : `was ${f.kind}`} in ${f.year}`;
    const clashed = new Set<Founding>();
    for (const [a, b] of foundingClashes(analysis, foundingsOf(analysis))) {
      if (clashed.has(b)) continue;
      clashed.add(b);
      const named = [a, b].find((f) => !f.holder.startsWith('noun:'));
      const holder = named ? analysis.entityById.get(named.holder)?.name ?? named.holderText : (b.indefinite ? a : b).holderText.replace(/^\p{Ll}/u, (c) => c.toUpperCase());
      context.report({
        confidence: confidence(named && !a.holder.startsWith('noun:') && !b.holder.startsWith('noun:') ? 0.8 : 0.7),
        message: 'founding',
        data: { holder, later: told(b), earlier: told(a), where: placeOf(analysis.sentences[b.sentence]!), other: placeOf(analysis.sentences[a.sentence]!) },
        locations: [
          { start: b.start, end: b.end, role: 'contradicts' },
          { start: a.start, end: a.end, role: 'contradicted' },
        ],
        evidence: { expected: `${a.kind} ${a.year}`, actual: `${b.kind} ${b.year}`, field: 'founding' },
      });
    }
    const ages = agesOf(analysis);
    const reported = new Set<string>();
    for (let j = 0; j < ages.length; j++) {
      for (let i = 0; i < j; i++) {
        const [a, b] = [ages[i]!, ages[j]!];
        // a year apart is a birthday between two dates of a story only where the copy tells of time
        // passing ("turned 24 last month", "then 37", "at the time"): otherwise one story gives one age
        if (a.person !== b.person || a.years === b.years || (Math.abs(a.years - b.years) === 1 && timePassing(analysis, a, b)) || reported.has(`${b.person}:${b.years}`)) continue;
        reported.add(`${b.person}:${b.years}`);
        const name = analysis.entityById.get(a.person)?.name ?? 'The person';
        context.report({
          confidence: confidence(Math.min(a.sure, b.sure)),
          message: 'age',
          data: {
            person: name,
            later: `${b.years}`,
            earlier: `${a.years}`,
            where: placeOf(analysis.sentences[b.sentence]!),
            other: placeOf(analysis.sentences[a.sentence]!),
          },
          locations: [
            { start: b.start, end: b.end, role: 'contradicts' },
            { start: a.start, end: a.end, role: 'contradicted' },
          ],
          evidence: { expected: `${a.years}`, actual: `${b.years}`, field: 'age', person: name },
        });
      }
    }
    // an unnamed person told again with another age ("a 34-year-old boat mechanic" … "The 36-year-old mechanic")
    // (where the copy tells of time passing, "charged in March 2022" … "at her sentencing, more than two
    // years later", the two ages may both be right)
    for (const { earlier, later } of unnamedAgeClashes(analysis, new Set(ages.map((a) => a.years)))) {
      if ([earlier, later].some((t) => TIME_PASSING.test(analysis.sentences[t.sentence]!.text))) continue;
      const text = (t: AgedNoun) => analysis.doc.source.slice(t.start, t.end);
      context.report({
        confidence: confidence(0.75),
        message: 'described',
        data: { later: text(later), earlier: text(earlier), where: placeOf(analysis.sentences[later.sentence]!), other: placeOf(analysis.sentences[earlier.sentence]!) },
        locations: laterFirst(later, earlier),
        evidence: { expected: `${earlier.years}`, actual: `${later.years}`, field: 'age' },
      });
    }
  },
});
