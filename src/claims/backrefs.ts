/**
 * Count back-references: a definite article or demonstrative before a count ("The 16 injured workers
 * remain in hospital", "most of these 60 patients", "all four fraud counts") points back to a group
 * the story has already counted. Where the story counted that group with another figure
 * ("Eighteen people were seriously injured"), one of the two figures is wrong.
 *
 * The group a reference means is found by what it counts: the same noun, or people told in the same
 * matter; a demonstrative ("these", "those") means people counted in the two sentences before it. A
 * reference that narrows the group in words it was not told with is a part of it, or a larger group
 * it is part of (see countReferenceClashes).
 *
 * And measure back-references: "The 88mph gust recorded on Tiree" after "A gust of 83mph was recorded
 * on Tiree" gives one gust two speeds.
 */
import type { Analysis, SentenceContext, NumberMention, Word } from '../model/analysis.js';
import { canon, type CompiledLexicon } from '../lexicon/compile.js';
import { isPersonNoun } from '../lexicon/semantics.js';
import { digitsSwapped, numbersAgree } from './numbers.js';
import { pushTo } from '../base/arrays.js';

/** A group a sentence counts: its figure, the noun that says what it counts, and the content terms of its sentence. */
export interface GroupCount {
  sentence: number;
  start: number;
  end: number;
  value: NumberMention;
  /** Lemma of what is counted ("worker"). */
  head: string;
  person: boolean;
  /** "the", "these", "those" or "all" before the figure: a reference to a group already counted. */
  definite?: string;
  /** Told as part of another group ("including 19 children", "the 14 other patients"): never the group a reference means. */
  part: boolean;
  /** Told as some of a whole ("60 of the city's pay stations"): a larger figure for the whole is no other count of it. */
  partitive: boolean;
  /**
   * Named by a clause of its own after its noun ("the 30 pupils who live more than two miles away"):
   * the clause, not the story before, says which group "the" means.
   */
  defined: boolean;
  /**
   * The lemmas of the words that say which of the group it is, before its noun ("the 16 injured
   * workers") and after it up to the clause's verb ("the 40 workers laid off last week", "the eight
   * patients still in hospital", "the 11 players he picks").
   */
  narrowing: string[];
}

/** Words before a figure that tell a group back to ("the 14", "all 14", "these 14"). */
export const DEFINITE: ReadonlySet<string> = new Set(['the', 'these', 'those', 'all']);
const DEMONSTRATIVE = new Set(['these', 'those']);

/**
 * Words between the figure and its noun, or before the figure, that make the group another or a part
 * of one ("the 14 other patients", "the remaining 16", "the first 12").
 */
const PART_OF = /^(?:other|others|remaining|rest|more|additional|extra|further|new|surviving|last|first|next|top|youngest|oldest|best|worst)$/;

/** Words before a count that make it a part of a group told just before ("including 19 children", "among them 4 nurses", "admitted breeding dogs without a licence and three charges of cruelty"). */
const PART_BEFORE = /^(?:including|includes|include|among|of|with|plus|except|besides|and)$/;

/** Words after a group's noun that open a clause saying which group it is, with no comma before them. */
const DEFINING = /^(?:who|whom|whose|that|which)$/;

/** A pronoun right after a group's noun opens such a clause with no "that" ("the 11 players he picks"). */
const SUBJECT_PRONOUN = /^(?:he|she|they|we|i|you|it)$/;

/** What a reference never counts as a group of the story: spans of time and measures. */
const MEASURES = /^(?:year|month|week|day|hour|minute|second|decade|century|mile|kilometre|kilometer|km|metre|meter|foot|feet|inch|yard|pound|kilogram|kg|ton|tonne|acre|hectare|degree|point|percent|per|time|times|goal|run|lap|page|round|game|match|stage|set|inning|innings|hole|shot|vote|seat)$/;

/** Whether a figure's noun is a unit of measure or time ("kilometre", "hour"), not a thing counted. */
export function isMeasure(unit: string): boolean {
  return MEASURES.test(unit);
}

/** A participle after a noun that narrows it ("taken to hospital", "laid off", "freed"), not a verb of its own clause ("remain"). */
const PARTICIPLE = /(?:ed|en|ing)$|^(?:laid|held|kept|left|made|hit|cut|put|set|shut|won|lost|sent|brought|caught|found|told|paid|sold|bought|led|fed|met|run|seen|known|shown|thrown|drawn|given|taken|chosen)$/;

/** Verbs of saying and nouns of sources: sharing them says nothing of the matter two sentences tell. */
function matterTerms(lexicon: CompiledLexicon, terms: readonly string[]): Set<string> {
  return new Set(terms.filter((t) => !t.startsWith('#') && !t.startsWith('@') && !lexicon.speechVerbs.has(t) && !lexicon.sourceNouns.has(t) && !lexicon.genericTerms.has(t)));
}

/** The run of modifiers and nouns after a figure, up to its head noun ("16 injured workers" → "injured workers"). */
function nounAfter(words: Word[], n: NumberMention): { head: Word; last: number } | undefined {
  let head: Word | undefined;
  let last = n.to;
  for (let k = n.to; k < words.length && k < n.to + 4; k++) {
    const w = words[k]!;
    if (w.pos === 'NOUN') {
      // (a singular after a plural is a verb the tagger read as a noun: "The 14 injured patients range in age")
      if (head && head.lower !== head.lemma && /s$/.test(head.lower) && !/s$/.test(w.lower)) break;
      head = w;
      last = k;
    } else if (!(w.pos === 'ADJ' || (w.pos === 'VERB' && /(?:ed|ing)$/.test(w.lower) && words[k + 1]?.pos === 'NOUN'))) break;
  }
  return head ? { head, last } : undefined;
}

/**
 * The words after a group's noun that narrow it: a participle, an adverb or a preposition and what
 * follows, or a clause with no "that" ("the 11 players he picks"), up to the clause's own verb or a
 * comma. A finite verb ("The 16 injured workers remain") narrows nothing.
 */
function narrowingAfter(words: Word[], from: number): Word[] {
  const first = words[from];
  // (a past tense with its object is the clause's own verb, no participle: "The nearly 400-pound bear attacked the family")
  // (or with a noun for its object: "the £2.8 million contract represented value for money"; a day after a
  // participle says when, "the 400 homes damaged yesterday"; second review)
  const object = words[from + 1];
  const finite = first?.pos === 'VERB' && /ed$/.test(first.lower) && (/^(?:DET|PRON|NUM|PROPN)$/.test(object?.pos ?? '') || (/^(?:NOUN|ADJ)$/.test(object?.pos ?? '') && !DAY_WORDS.test(object!.lower)));
  if (!first || finite || !(first.pos === 'ADP' || first.pos === 'ADV' || first.pos === 'PRON' || first.pos === 'DET' || (first.pos === 'VERB' && PARTICIPLE.test(first.lower)))) return [];
  // (a particle of the verb the group is the object of says where it goes, not which of it: "send the
  // 16 affected lots back to the company")
  if (PARTICLES.test(first.lower)) return [];
  const out: Word[] = [];
  for (let k = from; k < words.length && k < from + 8; k++) {
    const w = words[k]!;
    if (w.pos === 'AUX' || w.pos === 'PUNCT' || (k > from && w.pos === 'VERB' && !PARTICIPLE.test(w.lower))) break;
    out.push(w);
  }
  return out;
}

const CONTENT = new Set(['NOUN', 'PROPN', 'ADJ', 'VERB', 'ADV', 'NUM']);

/** Words for a day or a time that follow a participle ("damaged yesterday", "injured overnight"). */
const DAY_WORDS = /^(?:yesterday|today|tonight|overnight|earlier|last|this|early|late)$/;

/** Particles of phrasal verbs ("send … back", "hand … over", "call … off"). */
const PARTICLES = /^(?:back|out|off|away|over|up|down)$/;

function groupsOf(lexicon: CompiledLexicon, ctx: SentenceContext): GroupCount[] {
  const { words } = ctx;
  const out: GroupCount[] = [];
  for (const n of ctx.numbers) {
    if (n.kind !== 'count' || words[n.from]!.quote >= 0 || n.attributive || !Number.isInteger(Number(n.key))) continue;
    const noun = nounAfter(words, n);
    const head = noun?.head.lemma ?? n.unit;
    if (!head || MEASURES.test(head)) continue;
    const last = noun ? noun.last : n.to - 1;
    const between = words.slice(n.to, last);
    const before = words[n.from - 1]?.lower;
    // ("all the 14" and "all of the 14" are as definite as "the 14")
    const definite = before !== undefined && DEFINITE.has(before) ? before : undefined;
    const after = narrowingAfter(words, last + 1);
    const part = (before !== undefined && (PART_BEFORE.test(before) || PART_OF.test(before))) || [...between, ...after.slice(0, 1)].some((w) => PART_OF.test(w.lower));
    out.push({
      sentence: ctx.sentence.index,
      start: n.start,
      end: noun ? words[noun.last]!.end : n.end,
      value: n,
      head,
      person: lexicon.peopleNouns.has(head) || isPersonNoun(head),
      definite,
      part,
      partitive: words[n.to]?.lower === 'of' && before !== 'all',
      defined: DEFINING.test(words[last + 1]?.lower ?? '') || SUBJECT_PRONOUN.test(words[last + 1]?.lower ?? ''),
      narrowing: [...between, ...after].filter((w) => CONTENT.has(w.pos)).map((w) => canon(lexicon, w.lemma)).filter((w) => !GENERIC_NARROWING.has(w)),
    });
  }
  return out;
}

/** The most figures of one sentence whose sums of two are read: more is a table, not a group told in parts. */
const MAX_ADDENDS = 12;

/** The most groups a story counts for its references to be set against them. */
const MAX_GROUPS = 400;

/**
 * A reference to a counted group that gives the group another figure than the story counted it
 * with, and the count it contradicts. The group is one the story counted before: with the same noun
 * or people, in the same matter (a word in common beyond the nouns) or, for "these" and "those", in
 * the two sentences before. A smaller figure may be a part of the group ("The eight patients still
 * in hospital" of twelve taken there): it contradicts only where "these" or "those" points back, or
 * where every word that narrows it the group was told with ("The 16 injured workers" of eighteen
 * people "seriously injured"). Skipped: a reference whose figure the story gives anywhere before (a
 * count that changed, or a part told apart), or that adds up two figures of one earlier sentence
 * ("three men and three women" … "the six victims"), or whose difference from the group is a figure
 * told between them ("Four were discharged"); a part of a group ("the 14 other patients"); groups of
 * one; groups in separate records of a list.
 */
export function countReferenceClashes(analysis: Analysis, lexicon: CompiledLexicon, inScope: (sentence: number) => boolean, apart: (a: number, b: number) => boolean): { earlier: GroupCount; later: GroupCount }[] {
  const groups = analysis.contexts.filter((c) => inScope(c.sentence.index)).flatMap((c) => groupsOf(lexicon, c)).filter((g) => Number(g.value.key) > 1);
  if (groups.length > MAX_GROUPS) return [];
  // the sentences each figure is given in, and each sum of two figures of one sentence
  const given = new Map<string, number[]>();
  const firstSum = new Map<string, number>();
  for (const c of analysis.contexts) {
    const counts = c.numbers.filter((n) => n.kind === 'count');
    for (const n of counts) for (const key of [n.key, n.alt]) if (key !== undefined) pushTo(given, key, c.sentence.index);
    if (counts.length > MAX_ADDENDS) continue;
    // (of like things: "three men and three women" are six victims, "14 batches of two products" no 16 batches)
    const alike = (x: NumberMention, y: NumberMention) => !x.unit || !y.unit || x.unit === y.unit || (isPersonNoun(x.unit) && isPersonNoun(y.unit));
    for (let i = 0; i < counts.length; i++) for (let j = i + 1; j < counts.length; j++) {
      if (!alike(counts[i]!, counts[j]!)) continue;
      const sum = String(Number(counts[i]!.key) + Number(counts[j]!.key));
      if (!firstSum.has(sum)) firstSum.set(sum, c.sentence.index);
    }
  }
  // the groups a partitive part before them in their sentence is of ("Twelve of the 42 participants": the 42)
  const partsBefore = new Map<number, number>();
  for (const g of groups) if (g.partitive) partsBefore.set(g.sentence, Math.min(partsBefore.get(g.sentence) ?? Infinity, g.end));
  const wholeOfPart = new Set(groups.filter((g) => (partsBefore.get(g.sentence) ?? Infinity) <= g.start));
  const givenBetween = (key: string | undefined, from: number, to: number) => key !== undefined && (given.get(key) ?? []).some((s) => s >= from && s <= to);
  const read = sentenceReader(analysis, lexicon);
  const out: { earlier: GroupCount; later: GroupCount }[] = [];
  for (const later of groups) {
    if (!later.definite || later.part || later.defined) continue;
    const { key, alt } = later.value;
    if (givenBetween(key, 0, later.sentence - 1) || givenBetween(alt, 0, later.sentence - 1) || (firstSum.get(key) ?? Infinity) < later.sentence) continue;
    const demonstrative = DEMONSTRATIVE.has(later.definite);
    // the same act told of both ("admitted" … "admitted"), verbs of saying left out
    const sameAct = (earlier: GroupCount) => {
      const acts = read.verbs(later.sentence);
      return [...read.verbs(earlier.sentence)].some((v) => acts.has(v));
    };
    const toldWith = (earlier: GroupCount) => {
      const words = read.lemmas(earlier.sentence);
      return later.narrowing.every((w) => words.has(w));
    };
    const shareMatter = (earlier: GroupCount) => {
      const theirs = read.matter(earlier.sentence);
      return [...read.matter(later.sentence)].some((t) => t !== later.head && t !== earlier.head && theirs.has(t));
    };
    const means = (earlier: GroupCount) => {
      if (earlier.sentence >= later.sentence || earlier.part || apart(earlier.sentence, later.sentence)) return false;
      if (earlier.head !== later.head && !(earlier.person && later.person)) return false;
      // (the same noun told bare, or narrowed only by words the group was told with: "All five men")
      return (demonstrative && later.sentence - earlier.sentence <= 2) || shareMatter(earlier) || (earlier.head === later.head && toldWith(earlier));
    };
    // a sentence that names the other's group beside its own tells two groups apart ("police shot eight
    // armed gunmen … after contractors crossing the bridge came under fire" … "The fourteen contractors")
    const tellsApart = (earlier: GroupCount) => earlier.head !== later.head && (mentions(analysis, earlier.sentence, later.head, earlier) || mentions(analysis, later.sentence, earlier.head, later));
    // (of "Twelve of the 42 participants" the twelve are the group the sentence tells of, the 42 its whole,
    // as is "Forty-two patients took part" told before)
    const candidates = groups.filter((g) => means(g) && !tellsApart(g));
    const wholes = candidates.filter((g) => wholeOfPart.has(g));
    const meant = wholes.length ? candidates.filter((g) => !wholes.some((whole) => numbersAgree(whole.value, g.value))) : candidates;
    const earlier = meant[meant.length - 1];
    // (a group counted twice before with two figures is a count that changed, or two groups)
    if (!earlier || meant.some((g) => !numbersAgree(g.value, earlier.value)) || numbersAgree(earlier.value, later.value)) continue;
    const [was, now] = [Number(earlier.value.key), Number(later.value.key)];
    if (now < was) {
      // (the rest of the group told between: "Four were discharged" … "The eight patients")
      if (givenBetween(String(was - now), earlier.sentence, later.sentence)) continue;
      if (!demonstrative && !toldWith(earlier)) continue;
      // (another noun for far fewer is a part: "The three injured firefighters" of eighteen people injured)
      if (!demonstrative && earlier.head !== later.head && now < NEAR * was) continue;
    } else if (earlier.partitive && later.definite === 'all') {
      // ("the stickers on 60 of the city's pay stations" … "all 214 of its pay stations": the whole
      // the first is part of, counted whole)
      continue;
    } else if (!demonstrative && !(earlier.head === later.head && later.narrowing.length === 0) && !sameAct(earlier)) {
      // a larger figure is the group only told bare with its own noun ("All five men" after "four men"),
      // or doing what the group did ("the 14 patients admitted with heat-related illness" after "admitted
      // a dozen people"): "The 300 officers on duty" are no group of the twelve people arrested
      continue;
    }
    out.push({ earlier, later });
  }
  return out;
}

/**
 * What the checks read of each sentence, each read once (a sentence meets many groups): its words'
 * lemmas as the synonym groups fold them; its verbs (participles too), verbs of saying and light verbs
 * left out; and its matter terms.
 */
function sentenceReader(analysis: Analysis, lexicon: CompiledLexicon) {
  const memo = <T>(read: (sentence: number) => T) => {
    const known = new Map<number, T>();
    return (sentence: number): T => (known.has(sentence) ? known.get(sentence)! : known.set(sentence, read(sentence)).get(sentence)!);
  };
  const tokens = (sentence: number) => {
    const s = analysis.sentences[sentence]!;
    return analysis.tokens.slice(s.tokenStart, s.tokenEnd);
  };
  return {
    lemmas: memo((sentence) => new Set(tokens(sentence).map((t) => canon(lexicon, t.lemma)))),
    verbs: memo((sentence) => new Set(tokens(sentence).filter((t) => t.pos === 'VERB' && !lexicon.speechVerbs.has(t.lemma) && !LIGHT_VERBS.has(t.lemma)).map((t) => canon(lexicon, t.lemma)))),
    matter: memo((sentence) => matterTerms(lexicon, analysis.terms[sentence]!.terms)),
  };
}

/**
 * Words that point back to the group without narrowing it: "Among the 14 operators affected" of "drivers
 * at 16 rail operators will walk out", "the 16 affected lots" of a recall's 14 lots.
 */
const GENERIC_NARROWING: ReadonlySet<string> = new Set(['affect', 'affected', 'concerned', 'involved', 'involve']);

const LIGHT_VERBS = new Set(['be', 'have', 'do', 'get', 'make', 'go', 'take', 'give', 'come', 'remain', 'become']);

/** A smaller figure with another noun than the group's is the group misnumbered only from this share of it up ("16 injured workers" of eighteen). */
const NEAR = 0.75;

/** Whether a sentence has the noun outside the group's own words. */
function mentions(analysis: Analysis, sentence: number, lemma: string, own: GroupCount): boolean {
  const s = analysis.sentences[sentence]!;
  return analysis.tokens.slice(s.tokenStart, s.tokenEnd).some((t) => t.lemma === lemma && (t.start < own.start || t.start >= own.end));
}

/** A thing a sentence gives a measure of: "the 88mph gust", "A gust of 83mph", "The nearly 400-pound bear". */
export interface Measured {
  sentence: number;
  start: number;
  end: number;
  value: NumberMention;
  /** Lemma of the thing measured ("gust") and of the unit ("mph"). */
  head: string;
  unit: string;
  definite: boolean;
  /** Lemmas of the words after its noun that say which one it is ("caught last year", "at the main site"). */
  narrowing: string[];
  /** A sum of money ("the £2.8 million contract"), not a measure. */
  sum: boolean;
}

/**
 * Units of measure a thing is given in (lemmas). Not spans of time ("the 9-hour operation" is as often a
 * part of "a 12-hour operation") nor areas (a fire's acreage grows as a story is told).
 */
const UNITS = new Set(['mph', 'kph', 'km/h', 'mile', 'kilometre', 'kilometer', 'km', 'metre', 'meter', 'foot', 'feet', 'ft', 'inch', 'yard', 'pound', 'lb', 'kilogram', 'kg', 'ton', 'tonne', 'storey', 'story', 'litre', 'liter', 'gallon']);

/** One unit spelt two ways, by its British spelling. */
const SAME_UNIT = new Map([['meter', 'metre'], ['kilometer', 'kilometre'], ['liter', 'litre'], ['feet', 'foot'], ['ft', 'foot'], ['lb', 'pound'], ['kg', 'kilogram'], ['km', 'kilometre'], ['story', 'storey']]);

/** Verbs that tell a thing measured by its own noun: "peaked at" is the peak's height, "gusted at" the gust's speed. */
const MEASURED_BY_VERB: ReadonlySet<string> = new Set(['peak', 'crest', 'gust']);

/** Verbs that tell a sum by its own noun: "was fined £80,000" is the fine's sum, "will cost £2m" the cost's (review). */
const SUM_BY_VERB: readonly string[] = ['fine', 'cost', 'award'];

/** The noun of SUM_BY_VERB a word is, as written ("fined", "fines", "cost"): the tagger lemmatises "fined" as "fin". */
function sumNoun(w: Word): string | undefined {
  return SUM_BY_VERB.find((v) => w.lemma === v || w.lower === v || w.lower === `${v}s` || w.lower === `${v}d` || w.lower === `${v}ed`);
}

/** Things a measure places rather than measures: a course has many mile marks, a road many limits. */
const POSITIONS = new Set(['mark', 'point', 'marker', 'post', 'milestone', 'line', 'limit', 'zone', 'stage', 'lap']);

/** Words that make a measured thing another than one told before ("the other 12-storey block", "a second 40-metre tower"). */
const ANOTHER = /^(?:other|another|second|third|new|previous|earlier|first|last|next|similar)$/;

function measuredOf(lexicon: CompiledLexicon, ctx: SentenceContext): Measured[] {
  const { words } = ctx;
  const out: Measured[] = [];
  for (const n of ctx.numbers) {
    // (a sum of a thing is told as a measure is: "a £2.5 million contract" … "the £2.8 million contract"; review)
    const sum = n.kind === 'money' && n.unit !== undefined;
    if ((n.kind !== 'count' && !sum) || words[n.from]!.quote >= 0) continue;
    // the unit written onto the figure ("400-pound"), or the word after it ("88 mph")
    const glued = sum ? undefined : /-([a-z]+)$/i.exec(n.text)?.[1]?.toLowerCase();
    const after = words[n.to];
    const unitWord = glued || sum ? undefined : after && UNITS.has(after.lemma) ? after : undefined;
    const written = sum ? n.unit! : glued ? (n.unit ?? glued) : unitWord?.lemma;
    if (!written || (!sum && !UNITS.has(written))) continue;
    // ("14.2 metres", whose lemma is "meter", and "14.6-metre" are one unit)
    const unit = sum ? `money:${written}` : (SAME_UNIT.get(written) ?? written);
    let k = glued || sum ? n.to : n.to + 1;
    let head: Word | undefined;
    for (; k < words.length && k < n.to + 4; k++) {
      // (the tagger reads "the £60,000 fine reflected …" as an adverb)
      if (words[k]!.pos === 'NOUN' || (sum && k === n.to && sumNoun(words[k]!) !== undefined)) head = words[k];
      else if (words[k]!.pos !== 'ADJ') break;
    }
    let first = n.from;
    // "A gust of 83mph": the thing before "of"
    const ofThing = !head && words[n.from - 1]?.lower === 'of' && words[n.from - 2]?.pos === 'NOUN';
    if (ofThing) {
      head = words[n.from - 2];
      first = n.from - 2;
    }
    // "the river peaked at 14.2 metres", "winds gusted at 83mph": the verb names the thing measured, as
    // "the 14.6-metre peak" does (blind set BD)
    if (!head && words[n.from - 1]?.lower === 'at' && words[n.from - 2]?.pos === 'VERB' && MEASURED_BY_VERB.has(words[n.from - 2]!.lemma)) {
      head = words[n.from - 2];
      first = n.from - 2;
    }
    if (!head && sum && words[n.from - 1]?.pos === 'VERB' && sumNoun(words[n.from - 1]!) !== undefined) {
      head = words[n.from - 1];
      first = n.from - 1;
    }
    if (!head || POSITIONS.has(head.lemma)) continue;
    const headLemma = (sum ? sumNoun(head) : undefined) ?? head.lemma;
    // (what is measured with "of" may be narrowed before it: "the moderate flood level of 3.5 metres" is
    // not "the major flood level of 11.7 metres"; blind set CG)
    const modifiers: Word[] = [];
    for (let j = first - 1; ofThing && j >= 0 && j >= first - 3 && (words[j]!.pos === 'ADJ' || words[j]!.pos === 'NOUN'); j--) modifiers.push(words[j]!);
    const narrowing = (first === n.from ? narrowingAfter(words, words.indexOf(head) + 1) : modifiers).filter((w) => CONTENT.has(w.pos)).map((w) => canon(lexicon, w.lemma));
    const before = words.slice(Math.max(0, first - 3), first);
    if (before.some((w) => ANOTHER.test(w.lower)) || words.slice(n.to, k).some((w) => ANOTHER.test(w.lower))) continue;
    // (a sum's article stands right before it or its noun, "the £60,000 fine"; "The judge imposed fines of
    // €1,500" and "the fund awarded £260,000" bring a sum in; and fines, plural, are several)
    if (sum && head.lower !== head.lemma && head.lower.endsWith('s') && head.pos === 'NOUN') continue;
    const determiner = sum ? (words[first - 1]?.pos === 'DET' ? words[first - 1] : undefined) : [...before].reverse().find((w) => w.pos === 'DET');
    // ("The Aire's 14.6-metre peak", "the town's": an owner named for the thing, which the other telling must name; review)
    const owned = before.findIndex((w) => /^['’]s$/.test(w.text));
    const owner = owned > 0 ? before[owned - 1]!.lemma : undefined;
    const end = Math.max(head.end, (unitWord ?? words[n.to - 1]!).end);
    out.push({ sentence: ctx.sentence.index, start: Math.min(words[first]!.start, n.start), end, value: n, head: headLemma, unit, definite: (determiner !== undefined && /^(?:the|this|that)$/.test(determiner.lower)) || owner !== undefined, narrowing: owner ? [...narrowing, owner] : narrowing, sum });
  }
  return out;
}

/**
 * A definite mention of a thing measured ("The 88mph gust recorded on Tiree") that gives it another
 * measure than the story gave it before ("A gust of 83mph was recorded on Tiree"), where the story
 * measures that kind of thing in that unit with these two figures only (a third is a story of several).
 */
export function measureClashes(analysis: Analysis, lexicon: CompiledLexicon, inScope: (sentence: number) => boolean, apart: (a: number, b: number) => boolean): { earlier: Measured; later: Measured }[] {
  const all = analysis.contexts.filter((c) => inScope(c.sentence.index)).flatMap((c) => measuredOf(lexicon, c));
  // (a thing narrowed by words the other telling does not have is one of several: "The 18-storey tower
  // proposed for the station site", "The 180-pound halibut caught last year"; "The 88mph gust recorded
  // on Tiree" after "A gust of 83mph was recorded on Tiree" is the same gust)
  const read = sentenceReader(analysis, lexicon);
  const toldIn = (m: Measured, sentence: number) => {
    const words = read.lemmas(sentence);
    return m.narrowing.every((w) => words.has(w));
  };
  const byThing = new Map<string, Measured[]>();
  for (const m of all) pushTo(byThing, `${m.head}|${m.unit}`, m);
  const out: { earlier: Measured; later: Measured }[] = [];
  // (the sentence each sum is first told in, read once and only when a sum is told back to)
  let firstTold: Map<string, number> | undefined;
  for (const [key, told] of byThing) {
    const values = new Set(told.map((m) => m.value.key));
    // (a story that counts several of the thing, "seeing two bears", tells of more than one)
    if (values.size !== 2 || several(analysis, key.split('|')[0]!)) continue;
    for (const later of told) {
      if (!later.definite) continue;
      const before = told.filter((m) => m.sentence < later.sentence && !apart(m.sentence, later.sentence));
      // (the later figure given before is a thing the story introduced: "announced a 48-hour strike … The 48-hour strike";
      // a sum, wherever it was told: "A second contract, worth £900,000, went to …" … "the £900,000 contract"; second review)
      if (before.some((m) => numbersAgree(m.value, later.value)) || (later.sum && (firstTold ??= sumsFirstTold(analysis)).get(`${later.value.unit}|${later.value.key}`)! < later.sentence)) continue;
      // (what narrows a thing brought in with "a" is told of the one thing: "a £2.5 million contract to
      // Hallam Build" is "the £2.8 million contract" with no Hallam in its sentence; review)
      // (two sums a swap of digits apart are the figures kind's slip, told as such: "$186.4 million" / "$168.4 million")
      const slip = (m: Measured) => m.sum && digitsSwapped(m.value.text, later.value.text, 3);
      const earlier = before.find((m) => !numbersAgree(m.value, later.value) && !slip(m) && toldIn(later, m.sentence) && (!m.definite || toldIn(m, later.sentence)));
      if (earlier) {
        out.push({ earlier, later });
        break;
      }
    }
  }
  return out;
}

/** The sentence each sum of the story is first told in, by its currency and figure ("£|900000"). */
function sumsFirstTold(analysis: Analysis): Map<string, number> {
  const first = new Map<string, number>();
  for (const c of analysis.contexts) {
    for (const n of c.numbers) {
      const key = `${n.unit}|${n.key}`;
      if (n.kind === 'money') first.set(key, Math.min(first.get(key) ?? Infinity, c.sentence.index));
    }
  }
  return first;
}

/** Whether the story counts more than one of a thing ("two bears", "both cranes", "three towers"). */
function several(analysis: Analysis, head: string): boolean {
  // (not a measure read as a count of the thing: "88 mph gust")
  const measure = (c: SentenceContext, n: NumberMention) => n.text.includes('-') || UNITS.has(c.words[n.to]?.lemma ?? '');
  return analysis.contexts.some((c) => c.numbers.some((n) => n.kind === 'count' && !n.attributive && !measure(c, n) && Number(n.key) > 1 && (n.unit === head || c.words[n.to]?.lemma === head)) || c.words.some((w, k) => w.lemma === head && /^(?:both|several|two|three|other|another)$/.test(c.words[k - 1]?.lower ?? '')));
}
