/**
 * figures — one figure written two ways by a slip of the keyboard: two neighbouring digits swapped
 * ("siphoning $412,650" … "Of the $421,650 she took"; "a record 31,842 runners" in the article and
 * "a record 31,482 runners" in the wire).
 *
 * What: every sum of the body, compared with every other in the same currency in the article, and
 * every count with every other whose noun agrees ("a crowd of 14,382" … "the 14,832 spectators"; not a count that names nothing); with --related, every
 * count, sum and percentage of the article with each report's. Two figures that differ only by two neighbouring digits swapped are
 * one figure misspelt (claims/numbers.ts `transposed`): no event, no sentence pairing and no wording
 * in common is needed, which is why this finds what the event and report comparisons miss.
 * Why: a transposed figure is the commonest error of copy taken from notes, and one of the two is wrong.
 * Not a slip: two figures in one sentence ("rose from 1,234 to 1,324"), in two rows of one list, or in
 * sentences that name a year or a period ("1,325 deaths in 2022" … "this year's 1,352"); figures with
 * fewer than three significant digits or four in all ("£2.3m" and "£3.2m" are as often two sums),
 * except, against a report, three digits followed by the same three words ("a $48.7 million upgrade
 * of" / "a $47.8 million upgrade of");
 * in one article, percentages ("34.56%" and "35.46%" of a vote are two parties'); years, dates and
 * clock times.
 */
import type { Analysis, NumberMention, SentenceContext, Word } from '../model/analysis.js';
import { BODY_KINDS } from '../model/document.js';
import { digitsOf, transposed } from '../claims/numbers.js';
import { placeOf, placesOf } from './describe.js';
import { pushTo } from '../base/arrays.js';
import { separateRecords } from './records.js';
import { defineKind, type OptionsOf, type OptionsSchema } from './kind.js';
import { confidence, minConfidence } from './confidence.js';
import { canon, type CompiledLexicon } from '../lexicon/compile.js';
import { likenessOf } from '../claims/similarity.js';

const OPTIONS = {
  type: 'object',
  additionalProperties: false,
  properties: {
    minConfidence: minConfidence('Two figures of the same thing with two neighbouring digits swapped score 0.85.'),
  },
} as const satisfies OptionsSchema;

/** How sure a swap of two neighbouring digits in figures of one thing is a slip. */
const SWAP = 0.85;

/**
 * The headline and standfirst tell the story's figures too, and a swap of digits is no rounding: "£23.4m"
 * in both and "whose £24.3m move" in the body is one figure misspelt (blind set BQ). In one article they
 * are read as the figures a body's figure may misspell, never as the misspelling, and after the body's own.
 */
const TOP_KINDS: ReadonlySet<string> = new Set(['title', 'standfirst']);

export interface Figure {
  value: NumberMention;
  sentence: number;
}

/** Every spelling two neighbouring digits swapped make of a figure's digits ("412650" → "142650", "421650", …). */
function swaps(digits: string): string[] {
  const out: string[] = [];
  for (let k = 0; k + 1 < digits.length; k++) if (digits[k] !== digits[k + 1]) out.push(digits.slice(0, k) + digits[k + 1] + digits[k] + digits.slice(k + 2));
  return out;
}

/** What a figure counts and how it is written: two figures a swap turns into each other share the first part. */
const thing = (value: NumberMention) => `${value.kind}|${value.unit ?? ''}`;

/**
 * A year or a span of time in the sentence: figures of two years or periods ("1,325 deaths in 2022"
 * … "this year's 1,352") are two figures, however alike their digits.
 * ("for a year" is how long, not which: "the £24,380 raised would pay for a year of music therapy")
 */
const PERIOD = /\b(?:1[89]|20)\d\d\b|\b(?:last|this|next|(?<!\bfor )a|the previous|the following) (?:year|month|season)\b|\b(?:year|years|months) (?:ago|earlier|later|before)\b/i;

function figuresOf(analysis: Analysis, kinds: ReadonlySet<NumberMention['kind']>, top = false): Figure[] {
  return analysis.contexts
    .filter((ctx) => BODY_KINDS.has(ctx.sentence.kind) || (top && TOP_KINDS.has(ctx.sentence.kind)))
    .flatMap((ctx) => ctx.numbers.filter((n) => kinds.has(n.kind)).map((value) => ({ value, sentence: ctx.sentence.index })));
}

/**
 * In one article sums and counts (of four digits or more: transposed()); percentages in one story are
 * as often two parties' shares. Against a report, every figure.
 */
const IN_ARTICLE = new Set<NumberMention['kind']>(['money', 'count']);
const AGAINST_REPORT = new Set<NumberMention['kind']>(['count', 'money', 'percent']);

/** How many words after two figures must be the same for a swap of three digits to be one figure misspelt. */
const SAME_WORDS_AFTER = 3;

/** Whether the words right after two figures are the same, to SAME_WORDS_AFTER words. */
function sameWordsAfter(mine: Analysis, a: Figure, theirs: Analysis, b: Figure): boolean {
  const after = (analysis: Analysis, f: Figure) => {
    const words = analysis.contexts[f.sentence]!.words;
    return words.slice(f.value.to, f.value.to + SAME_WORDS_AFTER).map((w) => w.lower);
  };
  const [x, y] = [after(mine, a), after(theirs, b)];
  return x.length === SAME_WORDS_AFTER && x.join(' ') === y.join(' ');
}

/**
 * In one article, counts are looked up by their digits alone: "a crowd of 14,382" counts no noun of its
 * own, and "the 14,832 spectators" are that crowd (slip() then asks that what they count agrees).
 */
const articleThing = (value: NumberMention) => (value.kind === 'count' ? 'count|' : thing(value));

/** Nouns for a gathering whose figure counts the people in it: "a crowd of 14,382" counts spectators. */
const GATHERINGS: ReadonlySet<string> = new Set(['crowd', 'audience', 'attendance', 'gate']);

/** What a count counts: its noun, or the people of the gathering it is the figure of. */
function counted(analysis: Analysis, f: Figure): string | undefined {
  if (f.value.unit !== undefined) return f.value.unit;
  const words = analysis.contexts[f.sentence]!.words;
  return words[f.value.from - 1]?.lower === 'of' && GATHERINGS.has(words[f.value.from - 2]?.lemma ?? '') ? 'spectator' : undefined;
}

/**
 * What two counts count agrees: the same noun, or nouns alike in meaning ("fans" / "spectators"). A
 * count that names nothing is left alone: two candidates' tallies ("2,413 votes" … "came second on
 * 2,143") and a figure before and after a rise ("from 1,847 in January to 1,874") name it once.
 */
function countsAgree(analysis: Analysis, lexicon: CompiledLexicon, a: Figure, b: Figure): boolean {
  const [x, y] = [counted(analysis, a), counted(analysis, b)];
  return x !== undefined && y !== undefined && (x === y || likenessOf(lexicon, x, y) > 0);
}

/**
 * Two counts of one thing whose swap takes in the first two digits differ by a tenth or more, as often a
 * part and its whole ("4,152 of 4,512 households signed up") as one figure misspelt.
 */
export function leadingSwap(a: NumberMention, b: NumberMention): boolean {
  const [x, y] = [digitsOf(a.text), digitsOf(b.text)];
  return x[0] !== y[0] || x[1] !== y[1];
}

/** A count told as the whole of a part ("14 of the 4,163 frames", "Of the 1,346 volunteers,"): nothing's part itself. */
export function toldAsWhole(analysis: Analysis, f: Figure): boolean {
  const words = analysis.contexts[f.sentence]!.words;
  const before = words[f.value.from - 1]?.lower === 'the' ? f.value.from - 2 : f.value.from - 1;
  return words[before]?.lower === 'of';
}

/**
 * A sum told with its scale ("$1.83 billion", "£4.62m"): three digits are figures enough where the swap
 * leaves the first digit alone ("$1.83 billion" … "$1.38 billion short"; blind set BA); a scale rounds
 * a sum to its first digits, so two sums a swap apart are seldom two sums.
 */
const SCALED = /\d\s*(?:m|bn|k|million|billion|trillion|lakhs?|crores?)\b/i;
const scaled = (value: NumberMention) => value.kind === 'money' && SCALED.test(value.text);

/** Two scaled sums of one thing a swap of three digits apart, the first digit kept. */
function scaledSlip(analysis: Analysis, a: Figure, b: Figure): boolean {
  return scaled(a.value) && scaled(b.value) && digitsOf(a.value.text)[0] === digitsOf(b.value.text)[0] && transposed(a.value, b.value, 3) && (sameThingNear(analysis, a, b) || toldAgain(analysis, a) || toldAgain(analysis, b) || [a, b].some((f) => TOP_KINDS.has(analysis.sentences[f.sentence]!.kind)));
}

/**
 * A sum the story tells in two sentences or more ("£23.4m" in the headline and the standfirst): the
 * story's own figure, of which a sum a swap apart ("whose £24.3m move") is a slip, whatever words stand
 * near it (blind set BQ, second review).
 */
function toldAgain(analysis: Analysis, f: Figure): boolean {
  let told = 0;
  for (const ctx of analysis.contexts) if (ctx.numbers.some((n) => n.kind === f.value.kind && n.key === f.value.key && n.unit === f.value.unit) && ++told > 1) return true;
  return false;
}

/** How many words before and after a scaled sum are read for what it is a sum of. */
const THING_BEFORE = 10;
const THING_AFTER = 3;
/** Verbs that say nothing of what a sum is. */
const EMPTY_VERBS: ReadonlySet<string> = new Set(['say', 'be', 'have', 'do', 'will', 'would', 'make', 'take', 'put', 'get', 'come', 'go', 'give']);

/**
 * Two scaled sums said to be of one thing: a word near each begins alike ("to pay $1.38 billion to settle"
 * / "the $1.83 billion settlement", "a deal worth €3.71bn" / "the €3.17bn deal"). Ticket income and
 * running costs, or two councils' deficit and shortfall, are two sums however their digits fall (review).
 */
function sameThingNear(analysis: Analysis, a: Figure, b: Figure): boolean {
  // (by the word's first letters, or by its synonym group: "expected to cost $24.6 million" / "the $26.4
  // million annual price tag"; blind set BW)
  const lexicon = analysis.contexts[a.sentence]!.lexicon;
  const near = (f: Figure) =>
    wordsNear(analysis, f)
      .filter((w) => /^\p{Ll}/u.test(w.text) && (w.pos === 'NOUN' || w.pos === 'VERB' || w.pos === 'ADJ') && !EMPTY_VERBS.has(w.lemma) && w.lower.length >= 4)
      .flatMap((w) => [w.lower.slice(0, 4), `=${canon(lexicon, w.lemma)}`]);
  const theirs = new Set(near(b));
  return near(a).some((w) => theirs.has(w));
}

/** Two counts told with one verb near each ("served roughly 1,350 plates" / "the 1,530 plates served"). */
export function sameActNear(analysis: Analysis, a: Figure, b: Figure): boolean {
  const verbs = (f: Figure) => wordsNear(analysis, f).filter((w) => w.pos === 'VERB' && !EMPTY_VERBS.has(w.lemma)).map((w) => w.lemma);
  const theirs = new Set(verbs(b));
  return verbs(a).some((v) => theirs.has(v));
}

/** The words read around a figure for what it is of: THING_BEFORE before it, THING_AFTER after. */
function wordsNear(analysis: Analysis, f: Figure): Word[] {
  const words = analysis.contexts[f.sentence]!.words;
  return [...words.slice(Math.max(0, f.value.from - THING_BEFORE), f.value.from), ...words.slice(f.value.to, f.value.to + THING_AFTER)];
}

/**
 * Two figures of one story a swap apart that are one figure misspelt: in two sentences, not two rows of
 * one list, of no year or period, and not two figures the story's own sums tie together (the difference
 * between them told: "3,842 images … 360 were rejected, leaving 3,482 usable frames").
 */
function slip(analysis: Analysis, lexicon: CompiledLexicon, a: Figure, b: Figure): boolean {
  if (a.sentence === b.sentence || separateRecords(analysis, a.sentence, b.sentence)) return false;
  const difference = String(Math.abs(Number(a.value.key) - Number(b.value.key)));
  // (a sum's, told in the sentence of one of them: a swap of two digits always differs by a multiple of
  // nine, and scaled sums are round, so a "$9 million" told of something else ties nothing together;
  // blind set CE)
  const beside = (c: SentenceContext) => a.value.kind !== 'money' || c.sentence.index === a.sentence || c.sentence.index === b.sentence;
  if (analysis.contexts.some((c) => beside(c) && c.numbers.some((n) => n.kind === a.value.kind && n.key === difference))) return false;
  if (a.value.kind === 'count' && b.value.kind === 'count') {
    // (what they count is compared above, by its noun or its gathering, not by the unit as read)
    const unitless = (v: NumberMention) => ({ ...v, unit: undefined });
    // (where the smaller is told as a whole, "Of the 1,346 volunteers", it is no part of the larger, and
    // two nouns for what it counts are two names of one group: "recruited 1,436 adults"; blind sets AV, BC)
    const whole = toldAsWhole(analysis, Number(a.value.key) < Number(b.value.key) ? a : b);
    const agree = countsAgree(analysis, lexicon, a, b) || (whole && counted(analysis, a) !== undefined && counted(analysis, b) !== undefined);
    // (a swap in the first two digits is a slip where both tell one act: "served roughly 1,350 plates" /
    // "Of the 1,530 plates served"; blind set BY)
    if (!agree || (leadingSwap(a.value, b.value) && !whole && !sameActNear(analysis, a, b)) || !transposed(unitless(a.value), unitless(b.value))) return false;
  } else if (!transposed(a.value, b.value) && !scaledSlip(analysis, a, b)) return false;
  const [ra, rb] = [yearly(analysis, a), yearly(analysis, b)];
  if (ra !== rb) return false;
  return (ra && rb) || ![a, b].some((f) => ofPeriod(analysis, f));
}

/**
 * A figure told of a year or period ("£86,340 last year", "In 2023 it earned £83,640") may be another
 * period's figure. Only a period in the figure's own clause: not one another verb's, across a comma, an
 * "and", a relative pronoun or an infinitive ("it will review pay scales later this year", "a hearing
 * would take place later this year to recover the £83,640 she took").
 */
function ofPeriod(analysis: Analysis, f: Figure): boolean {
  const sentence = analysis.sentences[f.sentence]!;
  // ("was up 6% from a year earlier": the period a change is measured against, not the figure's own; blind set BG)
  // (nor a span of years, "took $318,460 … between January 2019 and May 2023": the whole of what the figure
  // gathers, no one period of several; blind sets BP, BT)
  const text = sentence.text.replace(COMPARED_WITH, (m) => ' '.repeat(m.length)).replace(SPAN_OF_YEARS, (m) => ' '.repeat(m.length));
  const at = analysis.contexts[f.sentence]!.words[f.value.from]!.start - sentence.start;
  // (a period opening the sentence before its first comma is the whole sentence's: "In 2023, revenue was £83,640")
  const opening = /^[^,]*,/.exec(text)?.[0];
  if (opening !== undefined && opening.length <= at && PERIOD.test(opening)) return true;
  let from = 0;
  for (const cut of text.matchAll(CLAUSE_BREAK)) {
    if (cut.index! >= at) {
      return PERIOD.test(text.slice(from, cut.index));
    }
    from = cut.index! + cut[0].length;
  }
  return PERIOD.test(text.slice(from));
}

/** The period a change is measured against: "up 6% from a year earlier", "than a year ago". */
const COMPARED_WITH = /\b(?:from|than|on|over|against|versus|vs\.?) (?:a|the|one) (?:year|month|quarter|week) (?:earlier|before|ago|previously)\b/gi;

/** A span of years: "between January 2019 and May 2023", "from 2018 to 2022". */
/**
 * A figure told as a yearly rate: "$24.6 million a year", "the $26.4 million annual price tag". Two such
 * are of no one period but of every year (blind set BW); a rate and a sum told once ("£24,380 a year" /
 * "raised £23,480") are two things.
 */
function yearly(analysis: Analysis, f: Figure): boolean {
  const words = analysis.contexts[f.sentence]!.words;
  const after = words.slice(f.value.to, f.value.to + 3).map((w) => w.lower).join(' ');
  return /^(?:a|per|each) year\b|^annual\b|^annually\b|^yearly\b/.test(after) || /^(?:annual|yearly)$/.test(words[f.value.from - 1]?.lower ?? '');
}

const SPAN_OF_YEARS = /\b(?:between|from) (?:\p{L}+ )?(?:1[89]|20)\d\d (?:and|to|until|through) (?:\p{L}+ )?(?:1[89]|20)\d\d\b/giu;

/** Where one clause of a sentence gives way to another: punctuation, "and", "but", a relative pronoun, an infinitive. */
const CLAUSE_BREAK = /[;:]|,(?!\d)|\b(?:and|but|which|who|while|whereas)\b|\bto (?=\p{L})/giu;

export const figures = defineKind<OptionsOf<typeof OPTIONS>>({
  name: 'figures',
  scope: 'article',
  summary: 'One figure written two ways, two neighbouring digits swapped ("$412,650" … "$421,650").',
  optionsSchema: OPTIONS,
  givesWay: true,
  messages: {
    swapped: { template: '“{later}” in {where} and “{earlier}” in {other} differ by two swapped digits: one of them is likely a slip', vars: ['later', 'earlier', 'where', 'other'] },
  },
  examples: [
    // a sum told as a rate ("a year") is of no other period, and "cost" and "price" name one thing (blind set BW)
    { text: 'A new grant program is expected to cost $24.6 million a year.\n\nLawmakers debated it for hours.\n\nHerrera said the $26.4 million annual price tag was too high.\n', findings: ['5:18 transposed-figure “$26.4 million” in paragraph 3 and “$24.6 million” in paragraph 1 differ by two swapped digits: one of them is likely a slip'] },
    // a span of years is the whole of what a figure gathers, no period of several (blind sets BP, BT)
    { text: 'Pollock took $318,460 from the club\'s gaming room between January 2019 and May 2023, the court heard.\n\nThe $381,460 loss forced the club to shelve its plans.\n', findings: ['3:5 transposed-figure “$381,460” in paragraph 2 and “$318,460” in paragraph 1 differ by two swapped digits: one of them is likely a slip'] },
    // a swap in the first two digits of counts told with one verb is a slip (blind set BY)
    { text: 'Organizers said they served roughly 1,350 plates at the homecoming.\n\nOf the 1,530 plates served, about a third were carried out.\n', findings: ['3:8 transposed-figure “1,530” in paragraph 2 and “roughly 1,350” in paragraph 1 differ by two swapped digits: one of them is likely a slip'] },
    { text: 'Some 4,512 households were eligible for the scheme.\n\nBy Friday, 4,152 households had signed up.\n', findings: [] },
    // (two scaled sums of two things: income and costs; review)
    { text: "# Theatre returns to profit\n\nThe Leeds Playhouse made a small surplus last year for the first time since the pandemic, its annual accounts show.\n\nTicket income rose to £4.62m, helped by a sell-out run of a Christmas musical.\n\nRunning costs, including staff and utilities, came to £4.26m.\n\nArtistic director James Brining said the theatre still relied on public funding and donations to balance its books.\n\nThe theatre said it would use the surplus to rebuild reserves that were run down during the pandemic, when its stages were dark for more than a year.\n", findings: [] },
    // a sum told with its scale: three digits are enough where the first stays put (blind set BA)
    // a comparison's "up 6% from a year earlier" gives the figure no period of its own (blind set BG); a figure of a year earlier is another period's
    { text: "The Chicago-based fast-casual chain posted third-quarter revenue of $1.482 billion, slightly below analysts' average estimate of $1.51 billion, according to LSEG data. Shares fell 9% in extended trading.\n\nThe chain will close 38 restaurants.\n\nThe $1.428 billion in quarterly sales was up 6% from a year earlier, helped by 74 net new restaurant openings over the past 12 months.\n", findings: ['5:5 transposed-figure “$1.428 billion” in paragraph 3 and “$1.482 billion” in paragraph 1 differ by two swapped digits: one of them is likely a slip'] },
    { text: "The Chicago-based fast-casual chain posted third-quarter revenue of $1.482 billion, slightly below analysts' average estimate of $1.51 billion, according to LSEG data. Shares fell 9% in extended trading.\n\nThe chain will close 38 restaurants.\n\nSales in the same quarter a year earlier were $1.428 billion, helped by 74 net new restaurant openings over the past 12 months.\n", findings: [] },
    // a sum with its scale written on as it qualifies a noun, Canadian style ("The $421.6-million price"; blind set BU)
    { text: 'Harbourline has agreed to buy Baie-Verte in a deal that values the smaller company at $412.6 million including debt.\n\nThe mill employs 640 people.\n\nThe $421.6-million price includes about $118 million of debt.\n', findings: ['5:5 transposed-figure “$421.6-million” in paragraph 3 and “$412.6 million” in paragraph 1 differ by two swapped digits: one of them is likely a slip'] },
    { text: 'The formula left the districts $1.38 billion short over five years.\n\nThe court agreed.\n\nIt is not clear how the state would pay for the $1.83 billion shortfall identified at trial.\n', findings: ['5:49 transposed-figure “$1.83 billion” in paragraph 3 and “$1.38 billion” in paragraph 1 differ by two swapped digits: one of them is likely a slip'] },
    { text: 'Revenue rose to $1.38 billion.\n\nThe board met.\n\nCosts were $3.18 billion.\n', findings: [] },
    {
      text: 'Ann Hale was jailed for siphoning $412,650 from the parish.\n\nShe spent it on cruises.\n\nOf the $421,650 she took, roughly $96,000 went on travel.\n',
      findings: ['5:8 transposed-figure “$421,650” in paragraph 3 and “$412,650” in paragraph 1 differ by two swapped digits: one of them is likely a slip'],
    },
    // a count told again, its noun alike or on one side only; (counts of two things are two figures)
    // the smaller told as a whole ("Of the 1,346 volunteers") is no part of the larger, whatever each is
    // called, and a swap in the first two digits is a slip there too (blind sets AV, BC); not a part
    // ("1,346 of them") of the whole the larger is
    // a difference told of something else ties the two sums together no more (blind set CE)
    { text: 'Revenue fell 8% to $312.6 million from $339.8 million.\n\nThe plant employs 140 people.\n\nThe CEO said the new plant would open in May.\n\nThe company expected to take a one-time charge of $7.5 million to $9 million.\n\nHe said the $321.6 million in revenue reflected lower volumes.\n', findings: ['9:13 transposed-figure “$321.6 million” in paragraph 5 and “$312.6 million” in paragraph 1 differ by two swapped digits: one of them is likely a slip'] },
    { text: 'She shot 4,613 images over three nights.\n\nThe comet was faint.\n\nIt appears in 14 of the 4,163 frames.\n', findings: ['5:25 transposed-figure “4,163” in paragraph 3 and “4,613” in paragraph 1 differ by two swapped digits: one of them is likely a slip'] },
    { text: 'The trial recruited 1,436 adults from 62 GP surgeries.\n\nThe trial ran for a year.\n\nOf the 1,346 volunteers, 58% were women.\n', findings: ['5:8 transposed-figure “1,346” in paragraph 3 and “1,436” in paragraph 1 differ by two swapped digits: one of them is likely a slip'] },
    { text: 'The trial recruited 1,436 adults from 62 GP surgeries.\n\nThe trial ran for a year.\n\nIn all, 1,346 of the adults finished it.\n', findings: [] },
    // (nor two figures the story's own sums tie together: the difference between them is told; review)
    { text: "# Drone survey of Forth crossing completed\n\nA drone survey of the Forth road bridge has been completed ahead of schedule.\n\nThe drone captured 3,842 images of the deck and towers over three nights.\n\nEngineers rejected 360 as blurred, leaving 3,482 usable frames.\n\nOf the 3,482 frames, 19 showed minor corrosion that will be treated next year.\n", findings: [] },
    // a figure "for a year" of something is how long it lasts, not which year's figure it is (blind set BH)
    { text: "She has raised £23,480 for a children's hospice in Kent.\n\nShe swam for 28 hours.\n\nThe hospice said the £24,380 raised would pay for a year of its music therapy programme.\n", findings: ['5:22 transposed-figure “£24,380” in paragraph 3 and “£23,480” in paragraph 1 differ by two swapped digits: one of them is likely a slip'] },
    { text: "She has raised £23,480 for a children's hospice in Kent.\n\nShe swam for 28 hours.\n\nThe hospice said it spends £24,380 a year on its music therapy programme.\n", findings: [] },
    { text: 'A crowd of 14,382 saw the final.\n\nThe match went to extra time.\n\nThe 14,832 spectators were a record.\n', findings: ['5:5 transposed-figure “14,832” in paragraph 3 and “14,382” in paragraph 1 differ by two swapped digits: one of them is likely a slip'] },
    // (a period in another clause is not the figure's; one in its own clause, or opening the sentence, is)
    { text: 'The average head teacher in Hampshire earned £86,340, the county council said.\n\nRecruitment remains difficult.\n\nIn 2019, the average head teacher earned £83,640.\n', findings: [] },
    { text: "The average salary for a head teacher in Hampshire is £86,340, the county council said on Wednesday, and it will review pay scales later this year.\n\nThe council said recruitment remained difficult in rural schools.\n\nUnion officials said head teachers in the county earned £83,640 on average and that pay had not kept pace with inflation.", findings: ['5:57 transposed-figure “£83,640” in paragraph 3 and “£86,340” in paragraph 1 differ by two swapped digits: one of them is likely a slip'] },
    { text: "The average head teacher in Hampshire earned £86,340 last year, according to figures published by the county council.\n\nThe council said recruitment remained difficult in rural schools.\n\nHead teachers are expected to earn £83,640 on average this year after allowances were cut, the council said.", findings: [] },
    // (a period another verb's, before an infinitive that takes the figure, is not the figure's)
    { text: 'A practice manager who siphoned £86,340 from the surgery has been jailed.\n\nThe court heard she bought a hot tub.\n\nThe judge said a hearing would take place later this year to recover the £83,640 she took.\n', findings: ['5:74 transposed-figure “£83,640” in paragraph 3 and “£86,340” in paragraph 1 differ by two swapped digits: one of them is likely a slip'] },
    { text: 'The trust employs 14,382 nurses.\n\nIt has 14,832 beds.\n', findings: [] },
    { text: "Labour's Hannah Price won the by-election with 2,413 votes.\n\nThe Conservative candidate came second on 2,143.\n", findings: [] },
    { text: 'The district has 4,512 households.\n\nSome 4,152 households have signed up for the scheme.\n', findings: [] },
    // the standfirst's figure misspelt in the body, though the body's sentence tells when it was agreed (blind set BQ)
    { text: '# Ashburn City land Eklund for £23.4m\n\n**Ashburn City have signed the striker Rasmus Eklund from IF Skarvik for £23.4m on a five-year contract.**\n\nHe scored 19 goals last season.\n\nEklund, whose £24.3m move was agreed in principle with Skarvik last week, is expected to play on Saturday.\n', findings: ['7:15 transposed-figure “£24.3m” in paragraph 2 and “£23.4m” in the standfirst differ by two swapped digits: one of them is likely a slip'] },
    // a headline's sum the body's misspells, told once each (second review)
    { text: '# Celtic complete €18.6m sale of winger to Brentford\n\nThe 23-year-old, whose €16.8m move was agreed in principle last week, passed a medical on Monday.\n', findings: ['3:24 transposed-figure “€16.8m” in paragraph 1 and “€18.6m” in the headline differ by two swapped digits: one of them is likely a slip'] },
    // (the slip is shown at the body's figure, the headline's as the one it misspells)
    { text: '# Appeal raises £31,842\n\nThe appeal has raised £31,482 so far, organisers said.\n', findings: ['3:23 transposed-figure “£31,482” in paragraph 1 and “£31,842” in the headline differ by two swapped digits: one of them is likely a slip'] },
    // two sums in one sentence are a change told, and "£2.3m" / "£3.2m" have too few digits to tell
    { text: 'The fee rose from $1,234 to $1,324.\n\nThe club spent £2.3m on the stand.\n\nThe whole scheme cost £3.2m.\n', findings: [] },
    // two parties' shares, and sums of two years
    { text: 'Labour took 34.56% of the vote.\n\nThe Conservatives won 35.46%.\n', findings: [] },
    { text: 'The parish spent $1,325 on repairs in 2022.\n\nThe bill for this year is $1,352.\n', findings: [] },
    // sums in two currencies, and two rows of one list
    { text: 'The appeal raised $31,842.\n\nThe fair raised £31,482.\n', findings: [] },
    { text: 'Grants this spring:\n\n- Harbour Street library: $12,430\n- Eastfield library: $12,340\n', findings: [] },
  ],
  check(context) {
    const { analysis } = context;
    // each figure is looked up by the spellings a swap makes of it, among the first figure of each
    // spelling of the same thing before it: a pasted list of thousands of figures costs no pairs
    const first = new Map<string, Figure>();
    const firstOnTop = new Map<string, Figure>();
    for (const b of figuresOf(analysis, IN_ARTICLE, true)) {
      const digits = digitsOf(b.value.text);
      if (TOP_KINDS.has(analysis.sentences[b.sentence]!.kind)) {
        // (the standfirst's telling, nearest the body, is the one shown)
        firstOnTop.set(`${articleThing(b.value)}|${digits}`, b);
        continue;
      }
      const earlier = (map: Map<string, Figure>) => swaps(digits).map((d) => map.get(`${articleThing(b.value)}|${d}`)).find((f) => f !== undefined && slip(analysis, context.lexicon, f, b));
      const a = earlier(first) ?? earlier(firstOnTop);
      if (a) {
        context.report({
          confidence: confidence(SWAP),
          message: 'swapped',
          data: { later: b.value.text.replace(/\.$/, ''), earlier: a.value.text.replace(/\.$/, ''), where: placeOf(analysis.sentences[b.sentence]!), other: placeOf(analysis.sentences[a.sentence]!) },
          locations: [
            { start: b.value.start, end: b.value.end, role: 'contradicts' },
            { start: a.value.start, end: a.value.end, role: 'contradicted' },
          ],
          evidence: { expected: a.value.text, actual: b.value.text, field: b.value.kind },
        });
      }
      const key = `${articleThing(b.value)}|${digits}`;
      if (!first.has(key)) first.set(key, b);
    }
  },
});

/** The same slip between the article and a related report. */
export const relatedFigures = defineKind<OptionsOf<typeof OPTIONS>>({
  name: 'related-figures',
  scope: 'related',
  summary: 'A figure of the article that a related report gives with two neighbouring digits swapped ("31,842 runners" … "31,482 runners").',
  optionsSchema: OPTIONS,
  givesWay: true,
  messages: {
    swapped: { template: '“{mine}” in {where} and “{theirs}” in {report} differ by two swapped digits: one of them is likely a slip', vars: ['mine', 'theirs', 'where', 'report'] },
  },
  examples: [
    {
      text: 'Organizers said a record 31,842 runners crossed the finish line Sunday, on a day when the city closed 14 miles of lakefront roads.\n',
      related: 'Race organizers said a record 31,482 runners finished, and temperatures stayed in the low 50s.\n',
      findings: ['1:26 related-transposed-figure “31,842” in paragraph 1 and “31,482” in related.md differ by two swapped digits: one of them is likely a slip'],
    },
    // three digits swapped are a slip where the words after them are the same, in sentences not paired
    {
      text: 'The money will go toward a $48.7 million upgrade of the Cedar Flats plant, which was built in 1968 and supplies drinking water to about 41,000 people.\n',
      related: 'The council on Tuesday approved a 6.5% increase in water rates to help pay for a $47.8 million upgrade of the Cedar Flats plant. The Cedar Flats plant, built in 1968, supplies drinking water to about 41,000 residents.\n',
      findings: ['1:28 related-transposed-figure “$48.7 million” in paragraph 1 and “$47.8 million” in related.md differ by two swapped digits: one of them is likely a slip'],
    },
    // (the article gives both figures: two sums, one of them the report's)
    {
      text: 'The county will spend $47.8 million on new roads next year, down from $48.7 million on new roads this year.\n',
      related: 'Cabinet members noted that $48.7 million on new roads was committed this year.\n',
      findings: [],
    },
    // a count of people is a count
    {
      text: 'The cyclone forced 12,450 from their homes.\n',
      related: 'Roads were cut in three districts. A total of 21,450 people are displaced.\n',
      findings: ['1:20 related-transposed-figure “12,450” in paragraph 1 and “21,450” in related.md differ by two swapped digits: one of them is likely a slip'],
    },
    // (but not where the words after differ: "£48.7 million" of profit and "£47.8 million" of debt are two sums)
    { text: 'The group made a profit of $48.7 million last year.\n', related: 'The group has debts of $47.8 million, the filing shows.\n', findings: [] },
    // a percentage written with its last two digits swapped ("40.09" / "40.90": digits as written)
    {
      text: "The first results put the list's share at 40.09 percent.\n",
      related: "The count showed 40.90 percent for the mayor's list.\n",
      findings: ['1:43 related-transposed-figure “40.09 percent” in paragraph 1 and “40.90 percent” in related.md differ by two swapped digits: one of them is likely a slip'],
    },
    // the figure told twice in the article is one slip
    {
      text: 'A crowd of 3,412 watched the Steelers win on Saturday.\n\nKarlsson scored twice.\n\nAttendance: 3,412.\n',
      related: 'Attendance: 3,142.\n',
      findings: ['1:12 related-transposed-figure “3,412” in paragraphs 1 and 3 and “3,142” in related.md differ by two swapped digits: one of them is likely a slip'],
    },
    // a report's table gives a count bare, which the article tells with its noun (blind set CC)
    {
      text: 'Ms Halloran led the field on first preferences with 2,847 votes, or 39.5 per cent.\n',
      related: '| Candidate | Votes | % |\n| --- | --- | --- |\n| HALLORAN, Bronwyn | 2,874 | 39.50 |\n| McKENZIE, Ross | 2,210 | 30.37 |\n',
      findings: ['1:53 related-transposed-figure “2,847” in paragraph 1 and “2,874” in related.md differ by two swapped digits: one of them is likely a slip'],
    },
    // the report gives the article's figure too (starters and finishers): the article took one of them
    {
      text: 'Organizers said 31,842 runners started the race on Sunday.\n',
      related: 'Of the 31,842 runners who started, 31,482 finished.\n',
      findings: [],
    },
  ],
  check(context) {
    const { analysis } = context;
    for (const source of context.sources ?? []) {
      const theirs = new Map<string, Figure>();
      // (a count of people is a count with no noun: "forced 12,450 from their homes" / "21,450 people")
      const people = (f: Figure): Figure => (f.value.unit !== undefined && context.lexicon.peopleNouns.has(f.value.unit) ? { ...f, value: { ...f.value, unit: undefined } } : f);
      for (const t of figuresOf(source.analysis, AGAINST_REPORT).map(people)) {
        const key = `${thing(t.value)}|${digitsOf(t.value.text)}`;
        if (!theirs.has(key)) theirs.set(key, t);
      }
      const theirThings = new Set([...theirs.keys()].map((k) => k.slice(0, k.lastIndexOf('|'))));
      // the article's figure told again (in the body and a closing box score) is one slip, told once
      // where it first stands, with every place it stands
      const mine = new Map<string, Figure[]>();
      for (const a of figuresOf(analysis, AGAINST_REPORT).map(people)) pushTo(mine, `${thing(a.value)}|${digitsOf(a.value.text)}`, a);
      for (const [key, told] of mine) {
        const a = told[0]!;
        const digits = digitsOf(a.value.text);
        // (the report gives the article's figure too: the article took the right one)
        if (theirs.has(key)) continue;
        // three digits are enough where the words after the two figures are the same ("a $48.7 million
        // upgrade of the Cedar Flats" / "a $47.8 million upgrade of the Cedar Flats")
        const swapped = (t: Figure) => transposed(a.value, t.value) || (transposed(a.value, t.value, 3) && sameWordsAfter(analysis, a, source.analysis, t));
        // (a report's table gives a count bare, "| HALLORAN, Bronwyn | 2,874 |", which the article tells with its
        // noun, "with 2,847 votes": four digits or more, where the report gives no figure of that noun; blind set CC)
        const bare = (d: string) => (a.value.kind === 'count' && a.value.unit !== undefined && digits.length >= 4 && !theirThings.has(thing(a.value)) ? theirs.get(`count||${d}`) : undefined);
        const b = swaps(digits).map((d) => theirs.get(`${thing(a.value)}|${d}`) ?? bare(d)).find((t) => t !== undefined && swapped({ ...t, value: { ...t.value, unit: a.value.unit } }));
        // (the article gives the report's figure too, "down from $48.7 million": two figures, not one misspelt)
        if (!b || mine.has(`${thing(b.value)}|${digitsOf(b.value.text)}`)) continue;
        const where = told.length === 1 ? placeOf(analysis.sentences[a.sentence]!) : placesOf(analysis.sentences[a.sentence]!, analysis.sentences[told[told.length - 1]!.sentence]!);
        context.report({
          confidence: confidence(SWAP),
          message: 'swapped',
          data: { mine: a.value.text, theirs: b.value.text, where, report: source.analysis.doc.path },
          locations: [
            { start: a.value.start, end: a.value.end, role: 'contradicts' },
            { start: b.value.start, end: b.value.end, role: 'contradicted', analysis: source.analysis },
          ],
          evidence: { expected: b.value.text, actual: a.value.text, field: a.value.kind },
        });
      }
    }
  },
});
