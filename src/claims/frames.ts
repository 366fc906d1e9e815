import type { Claim, Mention, Value } from '../model/document.js';
import type { Word } from '../model/analysis.js';
import { asideWords, clauseAround, firstWordIndex, hedgesAround, isAsserted, isNegated, isPassive, isPresupposed, openingParticiple } from './clause.js';
import { entityType, mentionRange, within } from './context.js';
import { type SentenceContext } from '../model/analysis.js';
import { canon, type Trigger } from '../lexicon/compile.js';
import { isPersonNoun } from '../lexicon/semantics.js';
import { matchTitle } from './names.js';


/** Event claims of a sentence: each trigger from the lexicon with its participants, place, time and count. */
export function findEvents(ctx: SentenceContext, claimId: () => string): Claim[] {
  const { words, lexicon } = ctx;
  const out: Claim[] = [];
  const first = firstWordIndex(words);
  for (let i = 0; i < words.length; i++) {
    const match = matchTrigger(ctx, i, first);
    if (!match) continue;
    const { trigger, length, gap } = match;
    const at = i + length - 1;
    const frame = lexicon.frames[trigger.frame]!;
    const [from, to] = clauseAround(lexicon, words, i);
    const verbal = trigger.pos === 'verb';
    // "ordered him taken into custody", "had Gary Halvorsen arrested": a participle after a causative
    // verb and its object tells what befell the object
    const caused = verbal ? causedTo(ctx, i) : undefined;
    const passive = verbal && (caused !== undefined || isPassive(lexicon, words, i));
    const relative = relativeClause(ctx, i);
    // ("the former army chief breathed his last": the possessive a form holds for "one's" is its subject's)
    const own = gap ? undefined : trigger.words.findIndex((w) => w === "one's");
    const possessor = own !== undefined && own > 0 ? ctx.mentionAt[i + own] : undefined;
    const left = relative ? relative.subject : subjectBefore(ctx, i, from) ?? (verbal ? apposedSubject(ctx, i, first) ?? possessor : undefined);
    // (a separable verb holds its object inside: "took the 41-year-old into custody")
    // (a form that ends in its preposition, "registered a case against", has that preposition's object for its own)
    const prepositional = verbal && !gap && trigger.words.length > 1 && lexicon.prepositions.has(words[at]!.lower);
    const right = gap ? objectAfter(ctx, gap[0], gap[1]) : objectAfter(ctx, at + 1, to, trigger.objects, frame.core === 'patient') ?? (prepositional ? governedObject(ctx, at + 1, to) : undefined);
    const byAgent = passive ? agentAfterBy(ctx, at + 1, to) : undefined;
    let agent: Mention | undefined;
    let patient: Mention | undefined;
    // (a noun given to someone by a verb is told as the verb tells it: "handed him a 40-month prison term")
    let given: Mention | undefined;
    // "Founded in 2017 by three doctors, Lumen had 11 staff": an opening participle's subject is the
    // main clause's, after the comma; a past participle tells what befell it, a present one
    // ("Sentencing him, Judge Oduya said") what it did
    const participle = verbal && !left && openingParticiple(words, i, 12);
    // and "Since it was set up in 2015, Lumen has …": the "it" of an opening time clause is the main clause's subject
    const opening = participle || (verbal && !left && itOpening(ctx, i)) ? mainSubjectAfter(ctx, at) : undefined;
    if (opening && participle && /(ed|en)$/.test(words[i]!.lower)) {
      agent = byAgent;
      patient = opening;
    } else if (verbal && frame.intransitive && !passive && !right && !objectFollows(words[at + 1])) {
      patient = left ?? opening;
    } else if (verbal && trigger.objects && frame.core === 'patient' && !passive && !peopleObjects(trigger.objects)) {
      // ("Hale faces a single assault count": a verb that states the event only with its noun in the
      // object tells it of its subject, who bears it)
      patient = left ?? opening;
    } else if (verbal) {
      agent = passive ? byAgent : left ?? opening;
      patient = caused ?? (passive ? left ?? opening : right);
    } else {
      // ("handed the 52-year-old a 40-month prison term": the one given the noun is its owner)
      given = givenTo(ctx, i, from);
      const owner = possessorBefore(ctx, i, from) ?? given ?? ofAfter(ctx, at + 1, to, frame.ownerFrom === true);
      if (frame.core === 'agent') agent = owner ?? left;
      else patient = owner ?? (frame.core === 'patient' ? left : undefined);
      if (frame.core === 'any') agent = owner;
    }
    const participants = new Set<string>();
    if (frame.core === 'patient' && patient) participants.add(patient.entity);
    if (frame.core === 'agent' && agent) participants.add(agent.entity);
    // the owner of a named event ("his first interview") comes first: it is whose event it is
    if (frame.core === 'any') for (const m of [agent, patient]) if (m && entityType(ctx, m) !== 'place') participants.add(m.entity);
    const objects = [agent, patient].filter((m): m is Mention => m !== undefined && !participants.has(m.entity)).map((m) => m.entity);
    const values: Claim['values'] = {};
    // "The strike began on Thursday", "since the blazes broke out on Saturday": a noun naming the event
    // as the subject of a verb of happening is told as that verb is, and at its time
    const happened = verbal ? -1 : happeningVerb(ctx, from, i, at, to);
    const told = happened >= 0 ? happened : i;
    // the asides before the trigger, read once: they give it neither a time, a place nor a subordinator
    const aside = asideWords(lexicon, words, from, told);
    const place = placeIn(ctx, from, to, at) ?? (verbal ? placeQualifying(ctx, from, i, aside) : undefined);
    if (place) values.place = place;
    // a named event's time is in its own phrase, up to the next verb ("Sunday's fire", "a profit of 14.2
    // million crowns in 2025"); in "the toll was confirmed on Tuesday" Tuesday is when it was confirmed
    // (and "Monday night's vote", "Saturday's by-election": a day owning the noun is its time)
    const modifierStart = verbal ? i : modifiersStart(ctx, i, from);
    const ownDate = verbal ? undefined : dateOwning(ctx, modifierStart, at);
    const clauseWide = verbal || happened >= 0;
    const timeFrom = clauseWide ? words[from]!.start : ownDate?.start ?? words[modifierStart]!.start;
    let phraseEnd = at;
    while (!clauseWide && phraseEnd + 1 < to && words[phraseEnd + 1]!.pos !== 'VERB' && words[phraseEnd + 1]!.pos !== 'AUX') phraseEnd++;
    const timeTo = words[clauseWide ? to - 1 : phraseEnd]!.end;
    // (not a date inside an aside on someone before the verb: "Parker, who entered Parliament in 2002, has now left the ministry")
    const asideSpan = (d: Value) => clauseWide && [...aside].some((k) => words[k]!.start <= d.start && d.end <= words[k]!.end);
    // (nor one in a relative clause after the verb, which is that clause's verb's: "passed away … in the
    // Connemara house where she had lived since 1979", blind set AM)
    const relativeAfter = (d: Value) => words.some((w, k) => k > at && w.end <= d.start && RELATIVE.test(w.lower) && /^(?:NOUN|PROPN|PUNCT)$/.test(words[k - 1]?.pos ?? ''));
    const time = ownDate ?? nearest(within(ctx.dates, timeFrom, timeTo, (d) => d.start, (d) => d.end).filter((d) => !asideSpan(d) && !nounsDate(ctx, d, at) && !saidOn(ctx, d) && !relativeAfter(d)), words[told]!.start);
    if (time) values.time = time;
    const count = countFor(ctx, trigger.frame, i, at, from, to, verbal, first);
    if (!verbal && !count && frame.countedOnly?.some((noun) => noun === words[i]!.lemma.toLowerCase() || noun === words[i]!.lower.replace(/s$/, ''))) continue;
    if (count) values[count.kind === 'money' ? 'money' : count.kind === 'percent' ? 'percent' : 'count'] = count;
    const role = verbal && frame.roleAfter ? roleAfter(ctx, at + 1, to) : undefined;
    const offence = verbal && frame.offences ? offenceAfter(ctx, frame.offences, at + 1, to) : undefined;
    const modifiers = verbal ? (role ? [`role:${role}`] : offence !== undefined ? [`offence:${offence}`] : []) : modifiersBefore(ctx, i, from);
    const specific = modifiers.some((m) => lexicon.specificModifiers.has(m)) || count !== undefined;
    const quote = words[i]!.quote;
    const claim: Claim = {
      id: claimId(),
      kind: 'event',
      sentence: ctx.sentence.index,
      frame: trigger.frame,
      subjects: [...participants],
      objects,
      modifiers,
      values,
      // ("will stay open" denies a closure; "will not stay open" tells one)
      negated: isNegated(lexicon, words, told, from) !== (trigger.denies === true),
      hedges: hedgesAround(lexicon, words, told, from, to),
      // ("Of the 27 injured, 11 are in a serious condition": the opening phrase points back to those the
      // story told of, it tells no injuries again; review)
      asserted: isAsserted(lexicon, words, told, from, aside) && (verbal || specific || happened >= 0 || given !== undefined) && !partitiveOpening(words, from, i),
      quote,
      trigger: { start: words[i]!.start, end: words[at]!.end },
      start: words[from]!.start,
      end: words[to - 1]!.end,
    };
    const attribution = quote >= 0 ? ctx.speakers.get(quote) : ctx.attribution;
    if (attribution) claim.attribution = attribution;
    if (modifierStart < i) claim.phrase = { start: words[modifierStart]!.start, end: words[at]!.end };
    if (count && isUpdate(ctx, count, from, to)) claim.updated = true;
    if (ownDate) claim.dated = true;
    if (!claim.asserted && (verbal || specific || happened >= 0) && isPresupposed(lexicon, words, told, from)) claim.presupposed = true;
    out.push(claim);
    i = at;
  }
  return out;
}

/**
 * The verb of happening a noun naming an event is the subject of ("the strike began", "the blazes
 * had broken out", "the meeting was held"), past the rest of its noun phrase and an adverb or an
 * auxiliary; -1 if none. Not "started to …", where the noun did not happen but something else began.
 */
function happeningVerb(ctx: SentenceContext, from: number, i: number, at: number, to: number): number {
  const { words, lexicon } = ctx;
  // the noun must head the clause's subject: no verb or "to" before it, back to the clause's comma or
  // subordinator ("Talks to end the strike began on Monday" tells when the talks began; "since the
  // blazes broke out" is the blazes')
  for (let j = i - 1; j >= from && words[j]!.text !== ',' && !lexicon.subordinators.has(words[j]!.lower); j--) {
    if (words[j]!.pos === 'VERB' || words[j]!.pos === 'AUX' || words[j]!.lower === 'to') return -1;
  }
  let k = at + 1;
  while (k < to && words[k]!.pos !== 'VERB' && words[k]!.pos !== 'AUX') {
    // (a clause ends the noun phrase: "the fire, which …", "the fire that …")
    if (words[k]!.pos === 'PUNCT' || words[k]!.pos === 'PRON' || words[k]!.pos === 'SCONJ') return -1;
    k++;
  }
  while (k < to && (words[k]!.pos === 'AUX' || words[k]!.pos === 'ADV') && !(BE.has(words[k]!.lower) && words[k + 1]?.lower === 'held')) k++;
  if (k >= to) return -1;
  for (const phrase of lexicon.happeningVerbs) {
    const parts = phrase.split(' ');
    let j = k;
    // "be held": the form of "be" stands before the participle
    if (parts[0] === 'be') {
      if (!BE.has(words[j]?.lower ?? '')) continue;
      j++;
      parts.shift();
    } else if (words[j]?.pos !== 'VERB') continue;
    if (!parts.every((part, n) => words[j + n]?.lemma === part || words[j + n]?.lower === part) || words[j + parts.length]?.lower === 'to') continue;
    // "hit" and "strike" tell the event happening with a place for object or none ("The tornado hit
    // Harlan on Tuesday", "The quake struck at dawn"), not with another object ("The fire hit production")
    const object = j + parts.length;
    if (STRIKING.has(parts[0]!) && hitsOther(ctx, object, to)) continue;
    return j;
  }
  return -1;
}

/**
 * "hit production", "hit shares in insurers", "struck a deal": an object that is no place, read from
 * the first noun after the verb past determiners and adjectives.
 */
function hitsOther(ctx: SentenceContext, at: number, to: number): boolean {
  let k = at;
  while (k < to && (ctx.words[k]!.pos === 'DET' || ctx.words[k]!.pos === 'ADJ' || ctx.words[k]!.pos === 'PRON')) k++;
  const noun = ctx.words[k];
  return k < to && noun !== undefined && noun.pos === 'NOUN' && NOT_PLACES.test(noun.lemma);
}

/** Objects of "hit" and "strike" that are no place struck. */
const NOT_PLACES = /^(?:production|profit|sale|share|market|price|output|business|economy|revenue|earning|service|supply|trade|tourism|morale|confidence|hope|plan|deal|agreement|note|record|target|headline|wall|snag|problem|balance|tone|chord|pose|bargain|button|jackpot)s?$/;

/** Verbs of happening that take an object: only a place may stand there. */
const STRIKING = new Set(['hit', 'strike']);

const BE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being']);

const DAY_PARTS = new Set(['morning', 'afternoon', 'evening', 'night']);

/**
 * A date standing before "'s" just before a noun phrase ("Monday night's vote"), or opening it after
 * "the" ("the March 5 tornado"), which it dates.
 */
function dateOwning(ctx: SentenceContext, start: number, at: number): Value | undefined {
  const mark = ctx.words[start - 1];
  if (mark?.lower === 'the') return ctx.dates.find((d) => d.start === ctx.words[start]!.start && d.end < ctx.words[at]!.start);
  if (!mark || !/^['’]s$/.test(mark.text)) return undefined;
  // ("Monday night's": the part of the day after the date)
  const owner = ctx.words[start - 2];
  const before = owner && DAY_PARTS.has(owner.lower) ? ctx.words[start - 3] : owner;
  return before && ctx.dates.find((d) => d.end === before.end);
}

/**
 * Nouns that name an act (the suffixes of nouns made from verbs): a date after one and "on" is the
 * act's ("shut down due to the publication on January 11 of an article": not the day of the shutdown).
 */
const ACT_NOUN = /(?:tion|sion|ment|ance|ence|ure|al)s?$/;

/** A date the attribution gives ("…, the mayor said on Wednesday"): when it was said, not when it happened. */
function saidOn(ctx: SentenceContext, date: Value): boolean {
  const k = ctx.words.findIndex((w) => w.start === date.start);
  return k > 0 && ctx.words.slice(Math.max(0, k - 3), k).some((w) => ctx.lexicon.speechVerbForms.has(w.lower));
}

/** A date after the trigger that an act's noun owns ("the publication on January 11 of an article"). */
function nounsDate(ctx: SentenceContext, date: Value, trigger: number): boolean {
  const k = ctx.words.findIndex((w) => w.start === date.start);
  const noun = ctx.words[k - 2];
  // (the act's object after the date tells a noun of an act, not a place: "the publication on January 11
  // of an article", not "at the junction station on Thursday")
  const after = ctx.words.find((w) => w.start >= date.end)?.lower;
  return k - 2 > trigger && ctx.words[k - 1]?.lower === 'on' && noun?.pos === 'NOUN' && noun.lower.length > 5 && ACT_NOUN.test(noun.lower) && (after === 'of' || after === 'by');
}

/** Words that open a relative clause on the noun before them. */
const RELATIVE = /^(?:who|whom|whose|which|where)$/;

/** The value standing closest to a word. */
function nearest(values: Value[], at: number): Value | undefined {
  let best: Value | undefined;
  for (const value of values) if (!best || Math.abs(value.start - at) < Math.abs(best.start - at)) best = value;
  return best;
}

/** "the toll rose from 9 to 14", "now stands at 12": a count reported as changing, not a fixed fact. */
function isUpdate(ctx: SentenceContext, count: Value, from: number, to: number): boolean {
  const at = ctx.words.findIndex((w) => w.start === count.start);
  const before = ctx.words[at - 1]?.lower;
  if (before !== 'to' && before !== 'from' && before !== 'at') return false;
  return ctx.words.slice(from, to).some((w) => ctx.lexicon.updateVerbs.has(canon(ctx.lexicon, w.lemma)));
}

/** The trigger at a word, if any; `first` is the sentence's first word (firstWordIndex), read once per sentence. */
function matchTrigger(ctx: SentenceContext, i: number, first: number): { trigger: Trigger; length: number; gap?: [number, number] } | undefined {
  const word = ctx.words[i]!;
  // (a sentence's first word is capitalised and often tagged a name: "Fires started Sunday")
  const opening = i === first && /^\p{Lu}\p{Ll}+$/u.test(word.text);
  if ((word.pos === 'PROPN' && !opening) || word.pos === 'PUNCT' || ctx.mentionAt[i]) return undefined;
  // (read as a name, a plural keeps its "s" in the tagger's lemma)
  const singular = opening && word.pos === 'PROPN' && /[^s]s$/.test(word.lower) ? word.lower.slice(0, -1) : word.lower;
  // (and a past tense the tagger read as an adjective keeps its ending: "Hedley retired/ADJ from")
  // (or as a verb whose ending the tagger left on, or cut wrong: "rescued", "apprehended", "fined" read as "fin")
  const pastAdjective = word.pos === 'ADJ' && /ed$/.test(word.lower);
  // (and one tagged a noun or an adjective between its subject and the person it was done to:
  // "Coastguards rescued/NOUN Tom Hale", "Police apprehended/ADJ Sam Reed")
  const previous = ctx.words[i - 1];
  const beforeName = /ed$/.test(word.lower) && (word.pos === 'NOUN' || word.pos === 'ADJ') && ctx.mentionAt[i + 1] !== undefined && entityType(ctx, ctx.mentionAt[i + 1]!) === 'person' && previous !== undefined && (previous.pos === 'NOUN' || previous.pos === 'PROPN');
  const past = (pastAdjective || beforeName || word.pos === 'VERB') && /ed$/.test(word.lower) ? pastStem(ctx.lexicon, word.lower) : undefined;
  for (const trigger of ctx.lexicon.triggers.get(word.lemma) ?? ctx.lexicon.triggers.get(singular) ?? past ?? []) {
    const matched = matchRest(ctx, trigger.words, i);
    if (!matched) continue;
    const end = matched.end;
    const length = end - i;
    const after = ctx.words[end];
    if (after && ctx.lexicon.frames[trigger.frame]!.exclude?.some((phrase) => phrase === `${trigger.words.join(' ')} ${after.lower}`)) continue;
    // "will close", "to close", "did not close": a word after a modal or "to" is a verb, whatever the
    // tagger made of it ("close" read as an adjective)
    const afterModal = /^(will|would|to|could|should|can|may|might|must|did|does|do|not|n't|never)$/.test(ctx.words[i - 1]?.lower ?? '');
    // and after "the" a word is a noun, whatever the tagger made of it ("since the blazes broke out")
    const afterArticle = /^(the|a|an)$/.test(ctx.words[i - 1]?.lower ?? '') && !/(ed|ing)$/.test(word.lower);
    // (nor is a past tense right after a name and before a preposition an adjective: "Hedley retired from")
    const afterName = pastAdjective && ctx.mentionAt[i - 1] !== undefined && ctx.words[i + 1]?.pos === 'ADP';
    const isVerb = !afterArticle && (word.pos === 'VERB' || (word.pos === 'AUX' && trigger.words.length > 1) || (afterModal && word.pos !== 'NOUN') || afterName || beforeName);
    if (trigger.pos === 'verb' && !isVerb) continue;
    if (trigger.pos === 'noun' && isVerb && trigger.words.length === 1) continue;
    // a noun that only modifies another ("sales trainee", "arrest warrant") names no event
    const next = ctx.words[end];
    if (trigger.pos === 'noun' && !isVerb && next && next.pos === 'NOUN' && !ctx.mentionAt[end]) continue;
    if (trigger.objects && !(peopleObjects(trigger.objects) ? objectHead(ctx, end, trigger.objects) : objectHas(ctx, end, trigger.objects))) continue;
    return matched.gap ? { trigger, length, gap: matched.gap } : { trigger, length };
  }
  return undefined;
}

/** The triggers of the verb a past form is made from: "rescued" (rescue), "apprehended", "carried" (carry), "planned" (plan). */
function pastStem(lexicon: SentenceContext['lexicon'], past: string): Trigger[] | undefined {
  const stem = past.slice(0, -2);
  return lexicon.triggers.get(past.slice(0, -1)) ?? lexicon.triggers.get(stem) ?? (stem.endsWith('i') ? lexicon.triggers.get(`${stem.slice(0, -1)}y`) : undefined) ?? (/(\w)\1$/.test(stem) ? lexicon.triggers.get(stem.slice(0, -1)) : undefined);
}

/** The most words "*" in a multiword form stands for: a short object ("took the 41-year-old into custody", "pulled 19 of the tanker's crew from the water"). */
const GAP_WORDS = 6;

/**
 * Where a multiword form's words after the first stand from word `i` on, if they do: the end, and
 * where its "*" stands (the object a separable verb holds: "took him into custody", "found the
 * pair guilty", "is taking the newspaper to court"). The object holds no verb and no punctuation.
 */
function matchRest(ctx: SentenceContext, parts: readonly string[], i: number): { end: number; gap?: [number, number] } | undefined {
  const fits = (part: string, word: Word | undefined) => word !== undefined && (word.lemma === part || word.lower === part || standsFor(part, word.lower));
  let j = i + 1;
  let gap: [number, number] | undefined;
  for (let k = 1; k < parts.length; k++) {
    if (parts[k] !== '*') {
      if (!fits(parts[k]!, ctx.words[j])) return undefined;
      j++;
      continue;
    }
    const start = j;
    while (j < start + GAP_WORDS && ctx.words[j] && !fits(parts[k + 1]!, ctx.words[j])) {
      const w = ctx.words[j]!;
      if (w.pos === 'PUNCT' || ((w.pos === 'VERB' || w.pos === 'AUX') && !ctx.mentionAt[j])) return undefined;
      j++;
    }
    if (j === start || !fits(parts[k + 1]!, ctx.words[j])) return undefined;
    gap = [start, j];
  }
  return gap ? { end: j, gap } : { end: j };
}

function isArgument(ctx: SentenceContext, at: number): Mention | undefined {
  const mention = ctx.mentionAt[at];
  if (!mention || mention.possessive || ctx.titleOwners.has(mention)) return undefined;
  const type = entityType(ctx, mention);
  if (type === 'place' && (mention.form === 'demonym' || placeModifier(ctx, mention))) return undefined;
  const [first] = mentionRange(ctx, mention);
  // "the head of the Harbour Authority": look past determiners for the preposition
  let k = first - 1;
  while (k >= 0 && (ctx.lexicon.determiners.has(ctx.words[k]!.lower) || ctx.lexicon.possessives.has(ctx.words[k]!.lower))) k--;
  const before = ctx.words[k];
  if (before && ctx.lexicon.prepositions.has(before.lower)) return undefined;
  // "In a letter to the chief executive, Paula Grant, Ashworth gave up …": a name in apposition to a
  // noun a preposition governs is governed too
  if (before?.text === ',') {
    // (an "of" inside a title the lexicon knows, "chief of staff", governs nothing; "the brother of
    // murder victim, Jake Smith," is still governed)
    const inside = (j: number) => ctx.words[j]!.lower === 'of' && [j - 1, j - 2, j - 3].some((s) => s >= 0 && s + (matchTitle(ctx.lexicon, ctx.words, s)?.length ?? 0) > j + 1);
    let j = k - 1;
    while (j >= 0 && k - j <= 6 && ((/^(NOUN|ADJ|DET|PROPN)$/.test(ctx.words[j]!.pos) && !ctx.mentionAt[j]) || inside(j))) j--;
    if (j < k - 1 && j >= 0 && ctx.lexicon.prepositions.has(ctx.words[j]!.lower)) return undefined;
  }
  return mention;
}

/**
 * A place named before the noun it qualifies ("the Battle Creek facility", "former Wales youth
 * international Luis Reyes", "New York police") says where, or what kind: it is not who the event
 * befell or who did it.
 */
function placeModifier(ctx: SentenceContext, mention: Mention): boolean {
  const [, last] = mentionRange(ctx, mention);
  const next = ctx.words[last + 1];
  // ("hit Florida last week", "battered Scotland early on": a time after the place, not a noun it qualifies)
  return next !== undefined && !ctx.mentionAt[last + 1] && (next.pos === 'NOUN' || next.pos === 'ADJ') && /^\p{Ll}/u.test(next.text) && !TIME_WORDS.has(next.lower);
}

/** A word that opens a noun phrase after a verb: its object ("closed its factory"), not a time ("closed last year"). */
function objectFollows(word: Word | undefined): boolean {
  return word !== undefined && /^(DET|PRON|NOUN|PROPN|NUM|ADJ)$/.test(word.pos) && !TIME_WORDS.has(word.lower);
}

const TIME_WORDS = new Set(['last', 'next', 'early', 'late', 'later', 'earlier', 'this', 'overnight', 'yesterday', 'today', 'tonight', 'tomorrow']);

/**
 * Where the event happened when the subject names it only as a qualifier ("the Battle Creek facility
 * will cease operations"): a place before the noun that stands right before the verb, with nothing
 * but that noun phrase and auxiliaries between ("Hollis to close Ohio dishwasher plant, cutting 430
 * jobs" says where the plant is, not where the cuts are).
 */
function placeQualifying(ctx: SentenceContext, from: number, trigger: number, aside: ReadonlySet<number>): Value | undefined {
  let k = trigger - 1;
  // (past an aside: "the Harbour Street library, which had been earmarked for closure, will not close")
  while (k >= from && (ctx.words[k]!.pos === 'AUX' || ctx.words[k]!.pos === 'ADV' || ctx.words[k]!.pos === 'PART' || aside.has(k))) k--;
  while (k >= from && !ctx.mentionAt[k] && (ctx.words[k]!.pos === 'NOUN' || ctx.words[k]!.pos === 'ADJ')) k--;
  const mention = k >= from ? ctx.mentionAt[k] : undefined;
  if (!mention || mention.form === 'demonym' || mention.possessive || entityType(ctx, mention) !== 'place' || !placeModifier(ctx, mention)) return undefined;
  return { kind: 'place', key: mention.entity, text: mention.text, start: mention.start, end: mention.end };
}

/**
 * A verb in a relative clause ("his wife, who died in 2005"; "Ruiz, who was arrested") has for its
 * subject what stands before ", who": a name, or no one named when that is a common noun, never the
 * subject of the main clause ("He opened a business with his wife, who died").
 */
function relativeClause(ctx: SentenceContext, at: number): { subject: Mention | undefined } | undefined {
  const { words } = ctx;
  let k = at - 1;
  while (k >= 0 && (words[k]!.pos === 'AUX' || words[k]!.pos === 'ADV') && at - k <= 3) k--;
  if (k < 1 || !ctx.lexicon.relativePronouns.has(words[k]!.lower)) return undefined;
  // ("her sister Marijke, who first took her to Leiden and who died in 2019": a second relative clause
  // joined to the first is told of the same one)
  if (/^(?:and|but|or)$/.test(words[k - 1]!.lower)) {
    do k--;
    while (k > 1 && !(ctx.lexicon.relativePronouns.has(words[k]!.lower) && words[k - 1]!.text === ','));
    if (k <= 1) return undefined;
  }
  if (words[k - 1]!.text !== ',') return undefined;
  const before = ctx.mentionAt[k - 2];
  return { subject: before && !before.possessive ? before : undefined };
}

/** "Since it was set up …", "When they opened …": an opening subordinate clause whose subject is "it" or "they". */
function itOpening(ctx: SentenceContext, at: number): boolean {
  const { words } = ctx;
  let k = at - 1;
  while (k >= 0 && (words[k]!.pos === 'AUX' || words[k]!.pos === 'ADV')) k--;
  if (k < 1 || !/^(it|they)$/i.test(words[k]!.text)) return false;
  const opening = firstWordIndex(words);
  return k - 1 === opening && ctx.lexicon.subordinators.has(words[opening]!.lower) && !ctx.lexicon.conditionals.has(words[opening]!.lower);
}

/**
 * "Ta Mok, 80, also known as the Butcher, military commander of the Khmer Rouge regime which
 * terrorised Cambodia in the 1970s, has died": a verb told right after a comma, in a sentence that
 * opens on a name and a comma, is that name's, however long the apposition between, where nothing
 * between is said or told as a clause of its own (no verb of saying, no auxiliary).
 */
function apposedSubject(ctx: SentenceContext, at: number, first: number): Mention | undefined {
  const { words } = ctx;
  let k = at - 1;
  while (k > first && (words[k]!.pos === 'AUX' || words[k]!.pos === 'ADV' || words[k]!.pos === 'PART')) k--;
  const opening = ctx.mentionAt[first];
  if (words[k]?.text !== ',' || !opening || entityType(ctx, opening) === 'place') return undefined;
  let end = first;
  while (ctx.mentionAt[end] === opening) end++;
  if (words[end]?.text !== ',' || end >= k) return undefined;
  return words.slice(end, k).some((w) => w.pos === 'AUX' || ctx.lexicon.speechVerbs.has(w.lemma)) ? undefined : opening;
}

/** The first name after the comma that closes an opening phrase: the main clause's subject. */
function mainSubjectAfter(ctx: SentenceContext, at: number): Mention | undefined {
  let comma = at + 1;
  while (comma < ctx.words.length && ctx.words[comma]!.text !== ',') comma++;
  if (comma >= ctx.words.length) return undefined;
  const mention = ctx.mentionAt[comma + 1];
  return mention && !mention.possessive ? mention : undefined;
}

/** Verbs that have something done to their object: "ordered him taken", "had him arrested", "saw her detained". */
const CAUSATIVES = new Set(['order', 'have', 'get', 'see', 'want', 'need']);

/** The person a causative verb's object names, right before the participle at `at` ("ordered Halvorsen taken"). */
function causedTo(ctx: SentenceContext, at: number): Mention | undefined {
  const verb = ctx.words[at]!;
  if (verb.lower === verb.lemma || !/(?:ed|en|wn|t)$/.test(verb.lower)) return undefined;
  const mention = ctx.mentionAt[at - 1];
  if (!mention || mention.possessive || entityType(ctx, mention) !== 'person') return undefined;
  const [first] = mentionRange(ctx, mention);
  const before = ctx.words[first - 1];
  return before && (before.pos === 'VERB' || before.pos === 'AUX') && CAUSATIVES.has(before.lemma) ? mention : undefined;
}

/** The subject: the first name in the clause that no preposition governs, skipping "who is …" asides. */
function subjectBefore(ctx: SentenceContext, at: number, from: number): Mention | undefined {
  // the trigger may stand in a clause of its own after ", where" or ", when" (", where she died"):
  // its subject is the first name after that word, before its verb, if one is named there
  for (let k = at - 1; k > from && ctx.words[k]!.text !== ','; k--) {
    if (ctx.words[k - 1]!.text !== ',' || !/^(?:where|when)$/.test(ctx.words[k]!.lower)) continue;
    for (let j = k + 1; j < at; j++) {
      if (ctx.words[j]!.pos === 'VERB' && !ctx.mentionAt[j]) break;
      const mention = isArgument(ctx, j);
      if (mention) return mention;
    }
    // (none named there, "…, where the former grappler passed away": read as before, from the main clause)
    break;
  }
  let depth = 0;
  let subject: Mention | undefined;
  // an opening phrase of a preposition ("In a letter to staff, Dr Lloyd apologised") holds no subject,
  // whatever the tagger made of its words ("to staff" read as a verb): the clause's starts after its
  // comma. (Not a clause of its own: "In his final years he lived quietly in a care home, where …")
  let start = from;
  if (ctx.words[from]?.pos === 'ADP') {
    let comma = from + 1;
    while (comma < at && ctx.words[comma]!.text !== ',') comma++;
    const finite = ctx.words.slice(from + 1, comma).some((w, k, phrase) => (w.pos === 'VERB' || w.pos === 'AUX') && (phrase[k - 1] ?? ctx.words[from]!).lower !== 'to');
    if (comma < at && !finite) start = comma + 1;
  }
  for (let k = start; k < at; k++) {
    const word = ctx.words[k]!;
    if (word.text === ',' && ctx.lexicon.relativePronouns.has(ctx.words[k + 1]?.lower ?? '')) depth++;
    else if (word.text === ',' && depth > 0) depth--;
    if (depth > 0) continue;
    // (a name the tagger read as a verb, "Paula Grant", is still a name)
    if (word.pos === 'VERB' && !ctx.mentionAt[k]) {
      // "Friends said he had lost his fight": the one who speaks is not the subject of what is said
      // ("The verdict means the 44-year-old now stands convicted": nor is what a verdict means)
      if (ctx.lexicon.speechVerbs.has(word.lemma) || ctx.lexicon.complementVerbs.has(word.lemma)) {
        subject = undefined;
        continue;
      }
      // an opening participle's phrase ("Prosecuting, Helen Marsh said …", "Speaking after the hearing,
      // Warrender said …") is not the clause's verb: its subject stands after the comma
      if (k === from && /ing$/.test(word.lower)) {
        let comma = k + 1;
        while (comma < at && ctx.words[comma]!.text !== ',') comma++;
        if (comma < at) {
          k = comma;
          subject = undefined;
          continue;
        }
      }
      // past the clause's first verb, names are objects ("A fire destroyed the Harlow mill, killing 14")
      return subject;
    }
    subject ??= isArgument(ctx, k);
  }
  // (a pronoun subject resolved earlier: "she was arrested")
  return subject;
}

/**
 * The first name after the verb, before any preposition. Where the verb states its event only with one
 * of a few nouns as its object (`objectNouns`: "overturned the decision of the Superior Court"), that
 * noun is no one, and the name after its "of" is whose it is.
 */
function objectAfter(ctx: SentenceContext, from: number, to: number, objectNouns?: ReadonlySet<string>, apposed = false): Mention | undefined {
  for (let k = from; k < Math.min(to, from + 6); k++) {
    const mention = isArgument(ctx, k);
    if (mention) return mention;
    const word = ctx.words[k]!;
    if (objectNouns && word.lower === 'of' && objectNouns.has(ctx.words[k - 1]?.lemma ?? '')) {
      let j = k + 1;
      while (j < to && ctx.lexicon.determiners.has(ctx.words[j]!.lower)) j++;
      const owner = ctx.mentionAt[j];
      return owner && !owner.possessive ? owner : undefined;
    }
    // "detained the mine's operations manager, Arturo Huanca, …": the person a described object names in
    // apposition, where what befalls the object tells the event apart (an arrest, not a meeting)
    if (apposed && word.text === ',' && k > from && describesPerson(ctx, from, k)) {
      const named = isArgument(ctx, k + 1);
      return named && entityType(ctx, named) === 'person' ? named : undefined;
    }
    // (nor past a subordinator: in "had admitted both offences when he first appeared", "he" is no object)
    if (ctx.lexicon.prepositions.has(word.lower) || word.text === ',' || word.pos === 'SCONJ' || ctx.lexicon.subordinators.has(word.lower)) return undefined;
  }
  return undefined;
}

/**
 * The object of a preposition a form ends in: a name right after it past determiners ("against Surender
 * Negi"), or the one a described person is named by in apposition ("against the driver, Surender Negi,").
 */
function governedObject(ctx: SentenceContext, from: number, to: number): Mention | undefined {
  let k = from;
  while (k < to && ctx.lexicon.determiners.has(ctx.words[k]!.lower)) k++;
  const named = ctx.mentionAt[k];
  if (named) return named.possessive ? undefined : named;
  for (let j = k; j < Math.min(to, k + 5); j++) {
    if (ctx.words[j]!.text !== ',') continue;
    const apposed = describesPerson(ctx, from, j) ? ctx.mentionAt[j + 1] : undefined;
    return apposed && entityType(ctx, apposed) === 'person' ? apposed : undefined;
  }
  return undefined;
}

/** The words before a comma are a noun phrase for a person: its last word a title's or a noun for a person ("the mine's operations manager"). */
function describesPerson(ctx: SentenceContext, from: number, comma: number): boolean {
  const head = ctx.words[comma - 1]!;
  if (head.pos !== 'NOUN' || ctx.words.slice(from, comma).some((w) => w.pos === 'VERB' || w.pos === 'AUX')) return false;
  return isPersonNoun(head.lemma) || [...Array(comma - from).keys()].some((j) => {
    const title = matchTitle(ctx.lexicon, ctx.words, from + j);
    return title !== undefined && from + j + title.length === comma;
  });
}

function agentAfterBy(ctx: SentenceContext, from: number, to: number): Mention | undefined {
  for (let k = from; k < to; k++) {
    if (ctx.words[k]!.lower !== 'by') continue;
    for (let j = k + 1; j < Math.min(to, k + 5); j++) {
      const mention = ctx.mentionAt[j];
      // ("by a Chicago jury": a place qualifying the noun is not who did it)
      if (mention && !mention.possessive && !(entityType(ctx, mention) === 'place' && placeModifier(ctx, mention))) return mention;
    }
  }
  return undefined;
}

/**
 * "The judge handed the 52-year-old a 40-month prison term", "gave Hale a suspended sentence": the one
 * a verb of giving gives the noun to, named between the verb and the noun's phrase.
 */
function givenTo(ctx: SentenceContext, at: number, from: number): Mention | undefined {
  let k = at - 1;
  while (k > from && (ctx.lexicon.determiners.has(ctx.words[k]!.lower) || /^(?:ADJ|NUM|NOUN)$/.test(ctx.words[k]!.pos) || ctx.words[k]!.text === '-') && !ctx.mentionAt[k]) k--;
  const recipient = ctx.mentionAt[k];
  if (!recipient || recipient.possessive) return undefined;
  let j = k;
  while (j > from && ctx.mentionAt[j - 1] === recipient) j--;
  return GIVING.has(ctx.words[j - 1]?.lemma ?? '') ? recipient : undefined;
}

/** Verbs that give their second object to their first ("handed him a sentence"). */
const GIVING: ReadonlySet<string> = new Set(['give', 'hand', 'award', 'impose', 'grant', 'serve']);

/** "Meng's arrest", "his first interview": the owner named before the noun. */
function possessorBefore(ctx: SentenceContext, at: number, from: number): Mention | undefined {
  for (let k = at - 1; k >= from; k--) {
    const mention = ctx.mentionAt[k];
    const word = ctx.words[k]!;
    // "Ruiz's arrest", and "her first interview" with the pronoun resolved
    if (mention?.possessive || (mention?.form === 'pronoun' && ctx.lexicon.possessives.has(word.lower))) return mention;
    if (word.lower === "'s") continue;
    if (!/^(ADJ|NOUN|PROPN|NUM|DET)$/.test(word.pos) && !mention) return undefined;
  }
  return undefined;
}

/** "the arrest of Meng Wanzhou"; with `orFrom`, "a gift from the Harrow Foundation". */
function ofAfter(ctx: SentenceContext, from: number, to: number, orFrom = false): Mention | undefined {
  const word = ctx.words[from]?.lower;
  if (word !== 'of' && !(orFrom && word === 'from')) return undefined;
  for (let k = from + 1; k < Math.min(to, from + 4); k++) {
    const mention = ctx.mentionAt[k];
    if (mention) return mention;
  }
  return undefined;
}

function placeIn(ctx: SentenceContext, from: number, to: number, trigger: number): Value | undefined {
  // an event told in a relative aside takes its place from the aside alone: "Geoffrey Tallis, who has
  // died aged 76, was the farrier most people in Upper Wensleydale called first" (blind set BB)
  for (let k = trigger - 1; k > from; k--) {
    if (ctx.words[k]!.text !== ',') continue;
    if (ctx.lexicon.relativePronouns.has(ctx.words[k + 1]?.lower ?? '') && ctx.words[k + 1]?.lower !== 'that') {
      const close = ctx.words.findIndex((w, j) => j > trigger && j < to && w.text === ',');
      if (close >= 0) [from, to] = [k, close];
    }
    break;
  }
  // a place inside an aside on someone is theirs ("Black, who was born in Canada, was found guilty";
  // "Black, born in Canada, was found guilty")
  let depth = 0;
  for (let k = from + 1; k < to; k++) {
    const word = ctx.words[k]!;
    // (or an aside opening on a participle of where someone is from: ", born in Canada and …,")
    // (or a description in apposition to a name: "Tomas Brenner, the actor best known as the detective in
    // Kommissar Lenz, breathed his last in Salzburg")
    const apposition = ctx.mentionAt[k - 1] !== undefined && /^(?:the|a|an)$/i.test(ctx.words[k + 1]?.text ?? '');
    const aside = apposition || ctx.lexicon.relativePronouns.has(ctx.words[k + 1]?.lower ?? '') || /^(born|based|raised|headquartered)$/i.test(ctx.words[k + 1]?.text ?? '');
    if (word.text === ',' && aside && k + 1 < trigger) depth++;
    else if (word.text === ',' && depth > 0) depth--;
    if (depth > 0) continue;
    const mention = ctx.mentionAt[k];
    if (!mention || mention.form === 'demonym' || mention.possessive || /['’]s$/.test(mention.text)) continue;
    if (ctx.mentionAt[k - 1] === mention) continue;
    if (entityType(ctx, mention) !== 'place' && entityType(ctx, mention) !== 'other') continue;
    const before = ctx.words[k - 1]!;
    // ("at the Paignton property", "in the Battle Creek plant": the place qualifying the noun the preposition takes)
    const qualifying = entityType(ctx, mention) === 'place' && /^(?:the|a|an)$/i.test(before.text) && ctx.lexicon.placePrepositions.has(ctx.words[k - 2]?.lower ?? '') && placeModifier(ctx, mention);
    if (!ctx.lexicon.placePrepositions.has(before.lower) && !qualifying) continue;
    // ("A 58-year-old man from Palmerston died at Royal Darwin Hospital": where the subject is from, before
    // the verb, is no place of the event; blind set CE)
    if (k < trigger && before.lower === 'from' && ctx.words[k - 2]?.pos === 'NOUN') continue;
    // "The Ashcombe Gallery in Cheltenham has bought …": a place that follows a named subject before
    // the verb says where the subject is, not where the event happened
    const owner = ctx.mentionAt[k - 2];
    if (k < trigger && owner && (entityType(ctx, owner) === 'org' || entityType(ctx, owner) === 'person')) continue;
    return { kind: 'place', key: mention.entity, text: mention.text, start: mention.start, end: mention.end };
  }
  return undefined;
}

/**
 * The number an event carries: "killed 14", "14 people were killed", "a death toll of 12", "23 criminal
 * charges". A number that counts something else ("3 children among the 14 dead") is left out by its noun.
 */
function countFor(ctx: SentenceContext, frameName: string, i: number, at: number, from: number, to: number, verbal: boolean, first: number): Value | undefined {
  const frame = ctx.lexicon.frames[frameName]!;
  const units = new Set([...(frame.counts ?? []), ...ctx.lexicon.peopleNouns]);
  const inClause = within(ctx.numbers, from, to, (n) => n.from, (n) => n.to).filter((n) => n.kind !== 'year' && !n.attributive);
  let best: (typeof inClause)[number] | undefined;
  let bestDistance = Infinity;
  let bestUnit: string | undefined;
  for (const number of inClause) {
    // the part stands as far from the verb as the whole it is part of, and counts what the whole counts
    // ("Nine of the ship's 21 crew members" counts members, not ships)
    const whole = inClause.find((n) => n.from > number.to && wholeAfterOf(ctx, n.from) === number.to);
    const counted = whole?.unit ?? number.unit;
    // "the four deaths", "two arrests": the event's own noun counts it
    const own = counted !== undefined && counted === ctx.words[i]!.lemma && !verbal;
    // ("Eight miners were killed": a noun for people counts the people an event befell)
    const people = counted !== undefined && (frame.counts ?? []).includes('people') && isPersonNoun(counted);
    const countsFrame = counted === undefined || own ? true : units.has(counted) || people || (frame.counts ?? []).length === 0;
    if (number.kind === 'count' && !countsFrame) continue;
    // "Eight miners were killed and 14 injured": a number right before another event's word is that event's
    const other = number.to !== i && number.to < ctx.words.length ? matchTrigger(ctx, number.to, first) : undefined;
    if (other && other.trigger.frame !== frameName) continue;
    if ((number.kind === 'money' || number.kind === 'percent') && (frame.counts ?? []).length > 0) continue;
    // "three of the injured were in a serious condition", "Three of the injured were seriously hurt": some of
    // those the frame's own word counts, told for what else is said of them, not the event's count (reviews)
    if (ctx.words[number.to]?.lower === 'of' && /^(?:the|those)$/.test(ctx.words[number.to + 1]?.lower ?? '') && (number.to + 2 === i || (number.to + 2 < ctx.words.length && matchTrigger(ctx, number.to + 2, first)?.trigger.frame === frameName))) continue;
    // "None of the 177 passengers or six crew members was injured": the size of the group denied, no count
    // of the event (review)
    if (noneOfBefore(ctx, number.from)) continue;
    // "dies at 91", "died aged 84": an age at the event, no count of it
    if (number.unit === undefined && number.from > at && number.from - at <= 2 && /^(?:at|aged)$/.test(ctx.words[number.from - 1]?.lower ?? '')) continue;
    // "1,240 of its 1,890 scheduled services": the second is the whole the first is part of
    // ("Nine of the ship's 21 crew members": the owner may be named too)
    // (but where the whole stands right before the event's noun, "Four of the six deaths were adults", the
    // whole counts the event and the part only some of it: blind set BC)
    if (!verbal && whole?.to === i) continue;
    const ofAt = wholeAfterOf(ctx, number.from);
    if (ofAt !== undefined && inClause.some((n) => n.to === ofAt) && !(!verbal && number.to === i)) continue;
    // (the subject's count past a relative clause on it: "roughly 120 employees who neither transfer nor
    // qualify for retirement would be laid off" is as near as "120 employees would be")
    // (nor do the ages set beside it: "Two boys, aged 14 and 15, were arrested" is as near as "Two boys were")
    const before = (whole ?? number).to;
    const distance = number.from > at ? number.from - at : verbal && relativeBetween(ctx, number, i) ? 0 : i - before - agesAside(ctx, before + 1, i) - includingAside(ctx, before + 1, i);
    // a noun takes its number from right before it ("14 deaths") or its complement ("a profit of 14.2
    // million", "the toll stood at 12"), never from a neighbouring phrase ("a bonus of 0.9 million out of the profit")
    // (a verb's subject may be a long noun phrase: "Some 14,000 homes and businesses in the utility's
    // service area lost power"; with no verb between, the count still heads it)
    const subjectPhrase = verbal && number.to <= i && !ctx.words.slice(number.to, i).some((w) => w.pos === 'VERB' || w.pos === 'AUX' || w.text === ',' || w.text === ';');
    const reach = verbal ? (subjectPhrase ? LONG_SUBJECT : 6) : number.from > at ? 3 : 1;
    if (!verbal && number.from > at && !ctx.words.slice(at + 1, number.from).every((w) => ctx.lexicon.countLinks.has(w.lower))) continue;
    if (distance < bestDistance && distance <= reach) {
      best = number;
      bestUnit = counted;
      bestDistance = distance;
    }
  }
  if (!best) return undefined;
  const value: Value = { kind: best.kind, key: best.key, text: best.text, start: best.start, end: best.end };
  if (best.low !== undefined) value.low = best.low;
  if (best.high !== undefined) value.high = best.high;
  // (people are the event's own count only where the frame counts people: "4,000 people voted" counts
  // voters, "1,702 votes" ballots; blind set BQ)
  const countsPeople = () => (frame.counts ?? []).length === 0 || (frame.counts ?? []).some((c) => ctx.lexicon.peopleNouns.has(c) || isPersonNoun(c));
  const unit = bestUnit && !(ctx.lexicon.peopleNouns.has(bestUnit) && countsPeople()) && !(bestUnit === ctx.words[i]!.lemma && !verbal) ? bestUnit : undefined;
  if (unit) value.unit = unit;
  return value;
}

/** "Of the 27 injured,": a phrase opening its clause that names those a later part is told of. */
function partitiveOpening(words: Word[], from: number, at: number): boolean {
  if (words[from]?.lower !== 'of' || !/^(?:the|those)$/.test(words[from + 1]?.lower ?? '')) return false;
  for (let k = from + 2; k <= at; k++) if (words[k]!.pos === 'VERB' && k !== at) return false;
  return words[at + 1]?.text === ',';
}

/** Whether "none of" or "neither of" opens the noun phrase a number stands in (no verb between them). */
function noneOfBefore(ctx: SentenceContext, at: number): boolean {
  for (let k = at - 1; k >= Math.max(0, at - 8); k--) {
    const w = ctx.words[k]!;
    if (w.pos === 'VERB' || w.pos === 'AUX' || /^[.;:]$/.test(w.text)) return false;
    if (w.lower === 'of' && /^(?:none|neither)$/.test(ctx.words[k - 1]?.lower ?? '')) return true;
  }
  return false;
}

/**
 * How many words the ages set beside a counted noun take, from the comma at `k` to the comma closing
 * them (", aged 14 and 15,", ", 24 and 31,"), before the verb at `limit`; 0 if none stand there.
 */
function agesAside(ctx: SentenceContext, k: number, limit: number): number {
  const { words } = ctx;
  if (words[k]?.text !== ',') return 0;
  let j = k + 1;
  if (words[j]?.lower === 'aged') j++;
  let ages = 0;
  for (; j < limit && words[j]!.text !== ','; j++) {
    if (/^\d{1,3}$/.test(words[j]!.text)) ages++;
    else if (words[j]!.lower !== 'and') return 0;
  }
  return ages > 0 && words[j]?.text === ',' ? j - k + 1 : 0;
}

/**
 * How many words an aside naming some of a counted group takes, from the comma at `k` to the comma
 * closing it (", including a woman and her two-year-old child,"; blind set CC), before the verb at
 * `limit`: no verb and no number inside it; 0 if none stands there.
 */
function includingAside(ctx: SentenceContext, from: number, limit: number): number {
  const { words } = ctx;
  // (past the rest of a partitive's noun phrase: "Five of the passengers, including …")
  const phraseWord = (w: Word) => /^(?:of|the|its|their)$/.test(w.lower) || w.pos === 'NOUN' || w.pos === 'ADJ';
  let k = from;
  while (k < from + 3 && k < limit && phraseWord(words[k]!)) k++;
  if (words[k]?.text !== ',' || !/^(?:including|among)$/.test(words[k + 1]?.lower ?? '')) return 0;
  let j = k + 2;
  for (; j < limit && words[j]!.text !== ','; j++) if (/^(?:VERB|AUX|NUM)$/.test(words[j]!.pos) || /\d/.test(words[j]!.text)) return 0;
  return words[j]?.text === ',' && j - k <= MAX_ASIDE ? j - k + 1 : 0;
}

/** The longest aside naming some of a counted group read as standing between its count and the verb, in words. */
const MAX_ASIDE = 12;

/** The most words a subject's noun phrase may hold between its count and the verb. */
const LONG_SUBJECT = 10;

/** The longest relative clause read as standing between a subject's count and its verb, in words. */
const MAX_RELATIVE = 12;

/**
 * Whether a relative clause on the counted noun ("120 employees who neither transfer nor qualify …")
 * is all that stands between the count and the verb group at `at`: "who" or "that" right after the
 * noun, no comma, no other number, and the clause's own verb before the event's word at `at`.
 */
function relativeBetween(ctx: SentenceContext, number: { to: number; unit?: string }, at: number): boolean {
  if (number.unit === undefined || ctx.words[number.to]?.lemma !== number.unit) return false;
  const pronoun = ctx.words[number.to + 1]?.lower;
  if (pronoun !== 'who' && pronoun !== 'that') return false;
  const from = number.to + 2;
  const clause = ctx.words.slice(from, at);
  const numbered = ctx.numbers.some((n) => n.from >= from && n.from < at);
  return clause.length > 0 && clause.length <= MAX_RELATIVE && !numbered && clause.some((w) => w.pos === 'VERB') && !clause.some((w) => /^[,;:]$/.test(w.text));
}

/** "the", "its", "their": the words before "1,890" in "1,240 of its 1,890 services". */
/**
 * Where the "of" stands that makes the number at `at` a whole ("of its 1,890", "of the ship's 21"): an
 * owner word, and perhaps an owner's name in the possessive, between them.
 */
function wholeAfterOf(ctx: SentenceContext, at: number): number | undefined {
  let k = at - 1;
  // (past an owner named in the possessive: "ship's", or "ship" and "'s" as the tokenizer splits it)
  if (/['’]s$/.test(ctx.words[k]?.lower ?? '')) k -= ctx.words[k]!.lower.length <= 2 ? 2 : 1;
  if (!ownerWord(ctx, ctx.words[k]?.lower)) return undefined;
  return ctx.words[k - 1]?.lower === 'of' ? k - 1 : undefined;
}

function ownerWord(ctx: SentenceContext, word: string | undefined): boolean {
  return word !== undefined && (word === 'the' || ctx.lexicon.possessives.has(word));
}

/**
 * The role an event is told of, after "from" or "as" a few words past its verb ("retired from
 * international cricket in 2023" → "international cricket", "sacked Farrell as defence coach" → "defence
 * coach"): the nouns and adjectives up to the next preposition, verb or punctuation.
 */
function roleAfter(ctx: SentenceContext, from: number, to: number): string | undefined {
  const { words } = ctx;
  for (let k = from; k < Math.min(to, from + ROLE_REACH); k++) {
    const word = words[k]!;
    if (word.lower === 'from' || word.lower === 'as') {
      const role: string[] = [];
      for (let j = k + 1; j < to && role.length < ROLE_WORDS; j++) {
        const w = words[j]!;
        if (w.pos === 'DET' || w.pos === 'PRON' || w.lower === '-' || /^['’]s?$/.test(w.text)) continue;
        if (!['NOUN', 'ADJ', 'PROPN'].includes(w.pos) || ctx.lexicon.weekdays.includes(w.lower)) break;
        role.push(w.lemma.toLowerCase());
      }
      return role.length ? role.join(' ') : undefined;
    }
    if (word.pos === 'VERB' || word.pos === 'AUX' || /^[,;:.]$/.test(word.text)) return undefined;
  }
  return undefined;
}

/**
 * The kind of offence a verdict is told of, after "of" past the verb ("convicted him of the lesser charge
 * of culpable homicide", "found him guilty of attempting to defeat the ends of justice"): the first word of
 * a kind the frame lists, within the "of" phrases that follow; none where no word is of a listed kind.
 */
function offenceAfter(ctx: SentenceContext, kinds: readonly (readonly string[])[], from: number, to: number): number | undefined {
  const { words } = ctx;
  let inPhrase = false;
  for (let k = from; k < Math.min(to, from + OFFENCE_REACH); k++) {
    const word = words[k]!;
    if (word.lower === 'of') inPhrase = true;
    else if (!inPhrase && (word.pos === 'AUX' || /^[,;:.]$/.test(word.text))) return undefined;
    else if (inPhrase) {
      const kind = kinds.findIndex((list) => list.includes(word.lemma.toLowerCase()) || list.includes(word.lower));
      if (kind >= 0) return kind;
      if (/^[,;:.]$/.test(word.text)) return undefined;
    }
  }
  return undefined;
}

/** How far past a verdict's verb its offence may be named ("found him guilty of attempting to defeat the ends of justice"). */
const OFFENCE_REACH = 10;

/** How far past an event's verb its role may be named (past an object: "sacked Andy Farrell as"), and in how many words. */
const ROLE_REACH = 6;
const ROLE_WORDS = 4;

/** Where the modifiers of a named event begin. */
function modifiersStart(ctx: SentenceContext, at: number, from: number): number {
  let start = at;
  for (let k = at - 1; k >= from; k--) {
    const word = ctx.words[k]!;
    const mention = ctx.mentionAt[k];
    if (mention?.possessive) break;
    // (with the currency sign of a sum: "a £250,000 gift")
    if (mention || word.pos === 'ADJ' || word.pos === 'NOUN' || word.pos === 'NUM' || word.pos === 'PROPN' || (/^\p{Sc}$/u.test(word.text) && ctx.words[k + 1]?.pos === 'NUM')) start = k;
    else break;
  }
  return start;
}

/** The words that make a named event specific: "first U.S. TV interview" → first, united-states, tv. */
function modifiersBefore(ctx: SentenceContext, at: number, from: number): string[] {
  const out: string[] = [];
  for (let k = at - 1; k >= from; k--) {
    const word: Word = ctx.words[k]!;
    const mention = ctx.mentionAt[k];
    if (mention) {
      if (mention.possessive) break;
      if (entityType(ctx, mention) === 'place') out.push(`@${mention.entity}`);
      continue;
    }
    if (word.pos === 'ADJ' || word.pos === 'NOUN' || word.pos === 'NUM' || (word.pos === 'PROPN' && !mention)) {
      out.push(canon(ctx.lexicon, word.lemma));
      continue;
    }
    break;
  }
  return [...new Set(out)].sort();
}

/**
 * Whether one of the nouns heads or stands in the object after a verb, within its clause ("admitted
 * both the wire-fraud and the laundering counts"; "left the Cabinet").
 */
function objectHas(ctx: SentenceContext, from: number, nouns: ReadonlySet<string>): boolean {
  for (let k = from; k < Math.min(ctx.words.length, from + 8); k++) {
    const word = ctx.words[k]!;
    if (/^[.,;:!?]$/.test(word.text)) return false;
    // (a gerund the list names is the object's head past its adverb: "admitted unlawfully killing Mr Ostrowski")
    if (nouns.has(word.lemma) || nouns.has(word.lower) || word.lower.split('-').some((part) => nouns.has(part))) return true;
    if (k > from && (word.pos === 'VERB' || word.lower === 'that')) return false;
    // (the object's own noun decides, not one of a phrase after it: "would leave any decision about
    // Blanchard's committee posts" leaves no post; "cut hundreds of jobs" goes on to its jobs, and "a
    // misdemeanor assault count" to the noun the others qualify)
    const next = ctx.words[k + 1];
    if (word.pos === 'NOUN' && next?.lower !== 'of' && next?.pos !== 'NOUN') return false;
  }
  return false;
}

/**
 * Whether a verb's objects are people ("Officers held a man": the arrest befalls its object), not the
 * event's own noun ("faces a single assault count": it befalls the subject).
 */
function peopleObjects(nouns: ReadonlySet<string>): boolean {
  return [...nouns].some((noun) => isPersonNoun(noun));
}

/**
 * Whether the head of the object from word `from` is one of `nouns`: the first noun past its
 * determiner, number and modifiers ("held the Stanwick man", "held a man in his thirties"), and not an
 * owner ("held the man's hand") nor one met only further on ("held talks with the man").
 */
function objectHead(ctx: SentenceContext, from: number, nouns: ReadonlySet<string>): boolean {
  for (let k = from; k < Math.min(ctx.words.length, from + 4); k++) {
    const word = ctx.words[k]!;
    if (word.pos === 'NOUN') return (nouns.has(word.lemma) || nouns.has(word.lower)) && !/^['’]s?$/.test(ctx.words[k + 1]?.text ?? '');
    if (!['DET', 'ADJ', 'NUM', 'PROPN'].includes(word.pos)) return false;
  }
  return false;
}

/** "oneself" and "one's" in a multiword form stand for any reflexive or possessive pronoun. */
function standsFor(placeholder: string, word: string): boolean {
  if (placeholder === 'oneself') return /^(?:him|her|my|your|it|our|them)sel(?:f|ves)$/.test(word);
  if (placeholder === "one's") return /^(?:his|her|their|its|my|our|your)$/.test(word);
  return false;
}
