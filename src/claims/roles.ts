import type { Claim, Mention } from '../model/document.js';
import { entityType, mentionRange } from './context.js';
import { type SentenceContext } from '../model/analysis.js';
import { givenNameNotTitle, isHonorific, matchTitle, sameCase } from './names.js';
import { dictionaryWord } from '../lexicon/semantics.js';


/**
 * Roles and titles stated for a person: "Huawei CFO Meng Wanzhou", "Huawei's CFO, Meng Wanzhou",
 * "Wray, the FBI director,", "Meng is the company's CFO". A qualified title ("former CEO", "acting
 * mayor") is kept apart from the plain one: holding both is no contradiction.
 */
export function findRoles(ctx: SentenceContext, claimId: () => string): Claim[] {
  const out: Claim[] = [];
  const { words } = ctx;
  for (let k = 0; k < words.length; k++) {
    const match = matchTitle(ctx.lexicon, words, k);
    if (!match || words[k]!.quote >= 0 || givenNameNotTitle(ctx.lexicon, words, k)) continue;
    const end = k + match.length;
    // two titles overlapping ("West Midlands Police Chief Constable"): the one that reaches the name, as
    // a title stands before its holder ("Chief Constable", not "Police Chief")
    const overlapping = end - 1 > k ? matchTitle(ctx.lexicon, words, end - 1) : undefined;
    if (overlapping && end - 1 + overlapping.length > end) continue;
    const person = personFor(ctx, k, end);
    if (!person) {
      k = end - 1;
      continue;
    }
    const qualifier = words[k - 1] && ctx.lexicon.titleQualifiers.has(words[k - 1]!.lower) ? words[k - 1]!.lower : pastPredicate(ctx, k) ? 'past' : undefined;
    // the title as written, with a word that narrows it ("transport director", "artistic director") or
    // qualifies it ("Deputy Fire Chief", which is not "Fire Chief")
    const from = (qualifier !== undefined && qualifier !== 'past') || narrowsTitle(ctx, k - 1) ? k - 1 : k;
    const org = orgFor(ctx, k, end, person);
    const title = match.title;
    const key = qualifier ? `${qualifier} ${title.id}` : title.id;
    const claim: Claim = {
      id: claimId(),
      kind: 'role',
      sentence: ctx.sentence.index,
      frame: 'role',
      subjects: [person.entity],
      objects: org ? [org.entity] : [],
      // (a second-in-command is another post of the same group: "assistant coach" against "head coach"; a
      // former or acting holder may be the same person at another time)
      modifiers: title.group && (!qualifier || OTHER_POST.has(qualifier)) ? [`group:${title.group}`] : [],
      values: { role: { kind: 'role', key, text: words.slice(from, end).map((w) => w.text).join(' '), start: words[from]!.start, end: words[end - 1]!.end } },
      negated: false,
      hedges: [],
      asserted: true,
      quote: -1,
      trigger: { start: words[k]!.start, end: words[end - 1]!.end },
      start: Math.min(person.start, words[k]!.start),
      end: Math.max(person.end, words[end - 1]!.end),
    };
    out.push(claim);
    k = end - 1;
  }
  return out;
}

function isPerson(ctx: SentenceContext, mention: Mention | undefined): mention is Mention {
  if (!mention || mention.possessive) return false;
  const type = entityType(ctx, mention);
  return type === 'person' || type === 'other';
}

/** The person a title belongs to: right after it ("CFO Meng", "CFO, Meng,"), or before it in apposition ("Wray, the FBI director"). */
function personFor(ctx: SentenceContext, at: number, end: number): Mention | undefined {
  const { words } = ctx;
  // titles in a row ("president and founder Ren"): skip the rest of the run
  let k = end;
  while (words[k] && (words[k]!.lower === 'and' || words[k]!.lower === ',') && matchTitle(ctx.lexicon, words, k + 1) && sameCase(words[k - 1]!, words[k + 1]!)) {
    k = k + 1 + matchTitle(ctx.lexicon, words, k + 1)!.length;
  }
  // (and past the body the title is held at, to the name in apposition: "The Director of Schools
  // Services, Mrs Modupe Akinsola,"; "The Permanent Secretary of the Ministry, Mrs …"; blind set BZ)
  if (/^(?:of|at)$/.test(words[k]?.lower ?? '') && /^\p{Lu}/u.test(words[end - 1]!.text)) {
    let j = k + 1;
    if (words[j]?.lower === 'the') j++;
    const bodyWord = (n: number) => (/^\p{Lu}/u.test(words[n]!.text) || /^(?:and|&|of)$/.test(words[n]!.lower)) && !isPerson(ctx, ctx.mentionAt[n]);
    const from = j;
    while (j < words.length && j < from + 6 && bodyWord(j)) j++;
    // (a person's name: an honorific or a name typed as a person's, not the body's town, "…High School,
    // Ayetoro,", past which the name may stand: "…, Ayetoro, Mr Adewale Sotunde"; second review)
    const person = (at: number) => isHonorific(ctx.lexicon, words[at]) || entityType(ctx, ctx.mentionAt[at]) === 'person';
    if (j > from && words[j]?.text === ',' && !person(j + 1) && /^\p{Lu}/u.test(words[j + 1]?.text ?? '') && words[j + 2]?.text === ',') j += 2;
    if (j > from && words[j]?.text === ',' && person(j + 1)) k = j;
  }
  // (the name may stand past an honorific, or past a capitalised title after one written in lower case:
  // "Deputy Health Officer Dr. Priya Raman", "the county's health officer, Dr. Priya Raman", "Committee
  // chairman Councillor Joanne Pennington"; "Lieutenant Colonel", "General manager" are one title; blind set BS)
  const described = words.slice(at, end).every((w) => !/^\p{Lu}/u.test(w.text));
  const nameStart = (x: number) => (isHonorific(ctx.lexicon, words[x]) ? x + (words[x + 1]?.text === '.' ? 2 : 1) : described && /^\p{Lu}/u.test(words[x]?.text ?? '') ? x + (matchTitle(ctx.lexicon, words, x)?.length ?? 0) : x);
  const direct = ctx.mentionAt[k] ?? ctx.mentionAt[nameStart(k)];
  if (isPerson(ctx, direct)) return direct;
  const apposed = words[k]?.text === ',' ? (ctx.mentionAt[k + 1] ?? ctx.mentionAt[nameStart(k + 1)]) : undefined;
  if (apposed && isPerson(ctx, apposed)) {
    const [, last] = mentionRange(ctx, apposed);
    if (!words[last + 1] || /^[,.;]$/.test(words[last + 1]!.text) || ctx.lexicon.speechVerbs.has(words[last + 1]!.lemma)) return apposed;
  }
  // "Wray, the FBI director," / "Meng is the company's CFO"
  let j = at - 1;
  const skippable = (k: number) =>
    beforeTitle(ctx, words[k]!.lower) ||
    (ctx.mentionAt[k] !== undefined && entityType(ctx, ctx.mentionAt[k]) !== 'person') ||
    // "the city's transport director", "the festival's artistic director": a word that narrows the title
    (k === at - 1 && narrowsTitle(ctx, k)) ||
    // "the trust's chief executive": a possessive noun before the title
    (words[k]!.pos === 'NOUN' && words[k + 1]?.lower === "'s");
  while (j >= 0 && skippable(j)) j--;
  if (j >= 0 && (words[j]!.text === ',' || ctx.lexicon.titleLinks.has(words[j]!.lower))) {
    const candidate = ctx.mentionAt[j - 1];
    if (isPerson(ctx, candidate)) return candidate;
  }
  return undefined;
}

/** The organisation or country the title is held at: "Huawei CFO", "Huawei's CFO", "CFO of Huawei", "Chinese President". */
function orgFor(ctx: SentenceContext, at: number, end: number, person: Mention): Mention | undefined {
  const { words } = ctx;
  let j = at - 1;
  if (words[j]?.lower === "'s") j--;
  while (j >= 0 && ctx.lexicon.titleQualifiers.has(words[j]!.lower)) j--;
  const before = ctx.mentionAt[j];
  if (before && before !== person && entityType(ctx, before) !== 'person') return before;
  if (words[end]?.lower === 'of' || words[end]?.lower === 'at') {
    const after = ctx.mentionAt[end + 1] ?? ctx.mentionAt[end + 2];
    if (after && after !== person && entityType(ctx, after) !== 'person') return after;
  }
  return undefined;
}

/**
 * Words that tell how long or when a title is held, not which title: "Longtime director Paula Quinn"
 * (besides the lexicon's titleQualifiers, "former", "outgoing", "acting" …, which narrowsTitle leaves out already).
 */
const TENURE = /^(?:long-?time|long-?standing|long-?serving|retiring|veteran|new|current|founding|departing|newly)$/;

/** A noun or adjective right before a title that makes it a kind of that title ("transport director", "artistic director"). */
function narrowsTitle(ctx: SentenceContext, k: number): boolean {
  const word = ctx.words[k];
  // (a sentence's first word is capitalised whatever it is: "Finance director Sian Pritchard said")
  const opening = k === 0 && word?.pos === 'PROPN' && dictionaryWord(word.lower) && !TENURE.test(word.lower);
  return !!word && (word.pos === 'NOUN' || word.pos === 'ADJ' || opening) && !ctx.mentionAt[k] && !ctx.lexicon.titleQualifiers.has(word.lower);
}

/** "Raskin was finance minister from 2018", "had served as mayor": a title held before, not now. */
function pastPredicate(ctx: SentenceContext, at: number): boolean {
  const { words } = ctx;
  let j = at - 1;
  while (j >= 0 && owner(ctx, words[j]!.lower)) j--;
  const verb = words[j]?.lower;
  if (verb === 'was' || verb === 'were') return true;
  if (verb === 'as' && ctx.lexicon.servedAs.has(words[j - 1]?.lower ?? '')) return true;
  return verb === 'been' && words[j - 1]?.lower === 'had';
}

/** "the", "its", "'s": a word that may stand between a name and its title ("Meng is the company's CFO"). */
function owner(ctx: SentenceContext, word: string): boolean {
  return word === "'s" || ctx.lexicon.determiners.has(word) || ctx.lexicon.possessives.has(word);
}

/** An owner or a qualifier of the title ("the former", "its acting"). */
function beforeTitle(ctx: SentenceContext, word: string): boolean {
  return owner(ctx, word) || ctx.lexicon.titleQualifiers.has(word);
}

/** Qualifiers that make a title another post of its group, held by someone else at the same time. */
const OTHER_POST: ReadonlySet<string> = new Set(['assistant', 'associate', 'deputy']);
