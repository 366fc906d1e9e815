/**
 * Shares of a whole, told as a count of a total ("Seven of the 12 committee members", "Of the 40, 12
 * are children under 5", "About 2,300 of the town's roughly 9,200 residents") or as a fraction or a
 * percentage of a group ("Two-thirds of the committee", "around half the population", "58 per cent of
 * members"), each with the range its wording allows. The attributes kind sets two shares of one whole
 * against each other (issue 11, item 4).
 */
import type { SentenceContext, Word } from '../model/analysis.js';
import { fractionAt, qualifierBefore } from './numbers.js';

export interface Share {
  /** Told as a count of a total ("Seven of the 12"), a fraction ("two-thirds") or a percentage. */
  kind: 'count' | 'fraction' | 'percent';
  /** The share as written ("two-thirds" is 0.667; "Seven of the 12" 0.583). */
  value: number;
  /** The range its wording allows ("roughly half" is 0.44–0.56; "more than half" 0.5 and up). */
  low: number;
  high: number;
  /** The noun of the group it is a share of ("member", "committee", "population"), lemma, if one is named. */
  noun?: string;
  /** The words that name the group and the part, as lemmas and as written ("committee", "member", "children"). */
  words: Set<string>;
  sentence: number;
  start: number;
  end: number;
  text: string;
  /** The total in figures a share is of ("of the 96 households": 96), where one is given. */
  total?: number;
  /** A fraction or percentage of a total in figures ("two-thirds of the 96 households"). */
  ofFigures?: boolean;
  /** A bare percentage set in apposition to the count share before it in its sentence (", or 80 percent,"): the same whole. */
  apposed?: boolean;
  /** What the share did, the lemma of the first verb after it ("have moved out" → move), if one follows. */
  predicate?: string;
}

/**
 * How far the share may stand from what a fraction word says with no qualifier: a reporter rounds,
 * so "two-thirds" is 0.63–0.71, but seven of 12 (0.58) is not two-thirds.
 */
const FRACTION_SLACK = 0.04;
/** The same for a percentage with no qualifier, rounded to the nearest whole one or so. */
const PERCENT_SLACK = 0.01;
/** For a count of a total: only the rounding of the figures themselves. */
const COUNT_SLACK = 0.005;
/** Either side of a share told as approximate ("roughly two-thirds" is 0.61–0.73): in points, not in proportion. */
const APPROXIMATE_SLACK = 0.06;

/** Determiners and owners between "of" and the group: "of its 3,960", "of the town's roughly 9,200". */
const OWNERS = /^(?:the|its|their|his|her|our|all|these|those)$/;

/** The shares of a whole a sentence gives, outside quotations. */
export function sharesOf(ctx: SentenceContext): Share[] {
  const { words, lexicon } = ctx;
  const out: Share[] = [];
  const counts = ctx.numbers.filter((n) => n.kind === 'count' && !n.attributive && words[n.from]!.quote < 0);
  const text = (from: number, to: number) => ctx.sentence.text.slice(words[from]!.start - ctx.sentence.start, words[to - 1]!.end - ctx.sentence.start);
  const push = (kind: Share['kind'], value: number, range: [number, number], from: number, to: number, noun: string | undefined, reach: number) => {
    const share: Share = {
      kind,
      value,
      low: range[0],
      high: range[1],
      words: new Set(words.slice(from, Math.min(words.length, reach)).filter((w) => w.pos === 'NOUN' || w.pos === 'NUM' || w.pos === 'ADJ').flatMap((w) => [w.lemma, w.lower])),
      sentence: ctx.sentence.index,
      start: words[from]!.start,
      end: words[to - 1]!.end,
      text: text(from, to),
    };
    if (noun) share.noun = noun;
    for (let k = to; k < words.length && words[k]!.pos !== 'PUNCT'; k++) {
      if (words[k]!.pos !== 'VERB') continue;
      share.predicate = words[k]!.lemma;
      break;
    }
    out.push(share);
    return share;
  };

  // a count of a total: "Seven of the 12 committee members", "2,300 of the town's roughly 9,200 residents"
  for (const part of counts) {
    if (words[part.to]?.lower !== 'of') continue;
    const k = pastOwners(words, part.to + 1);
    // (the total's own qualifier, "roughly 9,200", is part of it)
    const whole = counts.find((n) => n.from === k);
    if (!whole || Number(whole.key) <= Number(part.key)) continue;
    const group = nounAfter(words, whole.to);
    const ratio = Number(part.key) / Number(whole.key);
    push('count', ratio, [ratio - COUNT_SLACK, ratio + COUNT_SLACK], part.from, group?.to ?? whole.to, group?.noun ?? whole.unit, (group?.to ?? whole.to) + 4).total = Number(whole.key);
  }
  // "Of the 40, 12 are children under 5": the part and what it is come after the comma
  if (words[0]?.lower === 'of' && words[1]?.lower === 'the') {
    const whole = counts.find((n) => n.from === 2);
    const part = whole && words[whole.to]?.text === ',' ? counts.find((n) => n.from === whole.to + 1) : undefined;
    if (whole && part && Number(whole.key) > Number(part.key)) {
      const ratio = Number(part.key) / Number(whole.key);
      push('count', ratio, [ratio - COUNT_SLACK, ratio + COUNT_SLACK], 0, part.to, whole.unit, part.to + 5);
    }
  }

  // a fraction of a group: "two-thirds of the committee", "a third of members", "half the population"
  for (let i = 0; i < words.length; i++) {
    if (words[i]!.quote >= 0) continue;
    const fraction = fractionAt(words, i);
    if (!fraction) continue;
    // ("two and a half hours", "half an hour" are no share of anyone)
    if (words[fraction.from - 1]?.lower === 'and' || words[fraction.from - 2]?.lower === 'and') continue;
    // (of a total told in figures, "two-thirds of the 96 households", the group follows the total)
    const total = totalAfter(words, counts, fraction.to);
    const group = total ? nounAfter(words, total.to) : groupAfter(words, fraction.to);
    if (!group) continue;
    const qualifier = qualifierBefore(lexicon, words, fraction.from);
    const from = qualifier?.from ?? fraction.from;
    const share = push('fraction', fraction.value, rangeOf(fraction.value, qualifier, FRACTION_SLACK), from, group.to, group.noun, group.to);
    if (total) Object.assign(share, { total: Number(total.key), ofFigures: true });
    i = fraction.to - 1;
  }
  // a percentage of a group: "58 per cent of members" (its qualifier is already part of the number)
  for (const n of ctx.numbers) {
    if (n.kind !== 'percent' || words[n.from]!.quote >= 0) continue;
    const digits = words.slice(n.from, n.to).findIndex((w) => /\d/.test(w.text));
    const qualifier = digits > 0 ? qualifierBefore(lexicon, words, n.from + digits) : undefined;
    const value = Number(n.key) / 100;
    const range = rangeOf(value, qualifier, PERCENT_SLACK, approximatePercent(value));
    // (", or 15%": the comma before its "or", where a percentage stands in apposition to what precedes it)
    const orComma = words[n.from - 1]?.lower === 'or' && words[n.from - 2]?.text === ',' ? n.from - 2 : undefined;
    // (of a total told in figures, "15% of the city's 6,200 registered voters", the group follows the total)
    const total = totalAfter(words, counts, n.to);
    const group = total ? nounAfter(words, total.to) : groupAfter(words, n.to);
    if (!group) {
      // a bare percentage in apposition to a count of a total just before it is that count told as a
      // share: "Forty-two of the 58 teachers at the school, or 80 percent, backed the motion"
      const closed = /^[,;.]$/.test(words[n.to]?.text ?? '.');
      const before = orComma !== undefined && closed ? out.filter((s) => s.kind === 'count' && s.total !== undefined && s.end <= words[orComma]!.start && !words.slice(0, orComma).some((w) => w.start >= s.end && /^[,;:]$/.test(w.text))).pop() : undefined;
      if (before?.noun !== undefined) Object.assign(push('percent', value, range, n.from, n.to, before.noun, n.to), { total: before.total, ofFigures: true, apposed: true });
      continue;
    }
    const share = push('percent', value, range, n.from, group.to, group.noun, group.to);
    if (total) Object.assign(share, { total: Number(total.key), ofFigures: true });
    // and the count it stands in apposition to is a share of that total: "had gathered 1,240 signatures,
    // about 15% of the city's 6,200 registered voters" says 1,240 of 6,200 (", or 15%" too)
    const comma = orComma ?? n.from - 1;
    const part = total && words[comma]?.text === ',' ? counts.find((c) => (nounAfter(words, c.to)?.to ?? c.to) === comma) : undefined;
    if (part && total && Number(part.key) < Number(total.key)) {
      const ratio = Number(part.key) / Number(total.key);
      push('count', ratio, [ratio - COUNT_SLACK, ratio + COUNT_SLACK], part.from, comma, group.noun, group.to).total = Number(total.key);
    }
  }
  return out;
}

/** A vote's side as a share of all who took a side: "by 214 votes to 59" is 214 of 273. */
export function shareOfVote(side: number, other: number, at: { sentence: number; start: number; end: number }, text: string): Share {
  const value = side / (side + other);
  return { kind: 'count', value, low: value - COUNT_SLACK, high: value + COUNT_SLACK, words: new Set(), sentence: at.sentence, start: at.start, end: at.end, text };
}

/**
 * Whether two shares can be of one whole and still both hold: their ranges meet, for the part or for
 * the rest ("two-thirds opposed" and "five of the 12 in favour" tell the same vote from its two sides).
 */
export function sharesAgree(a: Share, b: Share): boolean {
  const meet = (low: number, high: number) => low <= b.high + 1e-9 && high >= b.low - 1e-9;
  return meet(a.low, a.high) || meet(1 - a.high, 1 - a.low);
}

/** The total in figures after a share's "of": "of the city's 6,200 registered voters" → 6,200. */
function totalAfter<T extends { from: number }>(words: Word[], counts: T[], at: number): T | undefined {
  return words[at]?.lower === 'of' ? counts.find((c) => c.from === pastOwners(words, at + 1)) : undefined;
}

function pastOwners(words: Word[], k: number): number {
  // "of the town's": an owner and its "'s" stand between too
  while (k < words.length && (OWNERS.test(words[k]!.lower) || /^['’]s$/.test(words[k + 1]?.lower ?? '') || /^['’]s$/.test(words[k]!.lower))) k++;
  return k;
}

/** The noun a total counts, a word or two after it ("12 committee members" → member). */
function nounAfter(words: Word[], at: number): { noun: string; to: number } | undefined {
  let noun: { noun: string; to: number } | undefined;
  // (a participle may qualify it: "6,200 registered voters")
  const modifies = (k: number) => words[k]!.pos === 'NOUN' || words[k]!.pos === 'ADJ' || (words[k]!.pos === 'VERB' && /ed$/.test(words[k]!.lower) && words[k + 1]?.pos === 'NOUN');
  for (let k = at; k < Math.min(words.length, at + 3) && modifies(k); k++) if (words[k]!.pos === 'NOUN') noun = { noun: words[k]!.lemma, to: k + 1 };
  return noun;
}


/** The group after a fraction: "of the committee", "of the association's members", "the population"; not "of them". */
function groupAfter(words: Word[], at: number): { noun: string; to: number } | undefined {
  if (words[at]?.lower !== 'of' && words[at]?.lower !== 'the') return undefined;
  const k = pastOwners(words, words[at]!.lower === 'of' ? at + 1 : at);
  let group: { noun: string; to: number } | undefined;
  for (let j = k; j < Math.min(words.length, k + 4) && (words[j]!.pos === 'ADJ' || words[j]!.pos === 'NOUN'); j++) if (words[j]!.pos === 'NOUN') group = { noun: words[j]!.lemma, to: j + 1 };
  // ("Eighty per cent of members who voted": a part of the group, not the group)
  if (group && /^(?:who|that|whom)$/.test(words[group.to]?.lower ?? '')) return undefined;
  return group;
}

/**
 * The range a share's wording allows. The lexicon's number qualifiers read as bounds: "more than half"
 * is half and up, "up to a third" at most a third, "nearly half" a little under half, "roughly half"
 * either side of it; with none, the slack of its kind.
 */
function rangeOf(value: number, qualifier: { low: number; high: number } | undefined, slack: number, approximate = APPROXIMATE_SLACK): [number, number] {
  if (!qualifier) return [value - slack, value + slack];
  if (!Number.isFinite(qualifier.high)) return [value, Infinity];
  if (qualifier.low === 0) return [0, value];
  // ("almost two-thirds" is under two-thirds by a little: 58–67%, not 46%)
  if (qualifier.high === 1) return [value - 1.5 * approximate, value];
  return [value - approximate, value + approximate];
}

/**
 * Either side of a percentage told as approximate: a writer who gives a figure in per cent rounds it
 * less than one who says "two-thirds" ("about 15%" is 12.5–17.5%, not 20%; "about 60%" 53–67%).
 */
function approximatePercent(value: number): number {
  return Math.min(APPROXIMATE_SLACK, Math.max(0.02, value * 0.1)) + PERCENT_SLACK;
}

