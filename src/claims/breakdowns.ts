import type { SentenceContext, NumberMention } from '../model/analysis.js';
import { isPersonNoun } from '../lexicon/semantics.js';

/**
 * A whole broken down after a colon into the parts it is made of: "All 6,400 patients will be
 * transferred: 3,800 to Riverside Surgery and 2,100 to Hollin Lane". Only a count of a noun before
 * the colon, told exactly, and two or more counts after it, each opening an item of the list (after the
 * colon, a comma or "and") and counting the same thing, nothing named, or, of people, kinds of people
 * ("9 people: 4 adults and 3 children"); not where the list leaves
 * some out ("the rest", "others", "including"), nor where any figure is rounded ("about", "more than").
 */
export interface Breakdown {
  whole: NumberMention;
  parts: NumberMention[];
  sum: number;
}

/** Words after the colon that leave part of the whole untold, or count something else. */
const UNTOLD = /^(?:rest|remainder|remaining|other|others|including|among|another|further|most|many|several|per|each|percent|%)$/i;

/** Words before a figure that make it approximate or a bound. */
const LOOSE = /^(?:about|around|roughly|nearly|almost|approximately|some|over|under|than|up|more|fewer|less|least|most|estimated|perhaps)$/i;

export function breakdownOf(ctx: SentenceContext): Breakdown | undefined {
  const { words, numbers } = ctx;
  const colon = words.findIndex((w) => w.text === ':' && w.quote < 0);
  if (colon < 0 || words.slice(colon + 1).some((w) => w.text === ':' || UNTOLD.test(w.text))) return undefined;
  // (an exact count: no range, no bound)
  const exact = (n: NumberMention) => [n.low, n.high].every((v) => v === undefined || v === Number(n.key));
  const counts = (n: NumberMention) => n.kind === 'count' && !n.attributive && exact(n);
  const whole = numbers.filter((n) => counts(n) && n.to <= colon).pop();
  if (!whole?.unit || LOOSE.test(words[whole.from - 1]?.text ?? '')) return undefined;
  // (a figure inside an item, "which has 12 doctors", "about a mile away", is no part)
  const opensItem = (n: NumberMention) => /^(?::|,|and)$/.test(words[n.from - 1]?.text ?? '');
  const parts = numbers.filter((n) => n.from > colon && counts(n) && opensItem(n));
  // (people broken down into kinds of people: "9 people: 4 adults and 3 children")
  const people = isPersonNoun(whole.unit) || ctx.lexicon.peopleNouns.has(whole.unit);
  const same = (unit: string | undefined) => unit === undefined || unit === whole.unit || (people && isPersonNoun(unit));
  if (parts.length < 2 || !parts.every((n) => same(n.unit))) return undefined;
  if (parts.some((n) => LOOSE.test(words[n.from - 1]?.text ?? ''))) return undefined;
  const total = Number(whole.key);
  const values = parts.map((n) => Number(n.key));
  if (values.some((v) => !(v > 0) || v >= total)) return undefined;
  const sum = values.reduce((a, b) => a + b, 0);
  // (a whole told as the rest of a part, "guilty on four of the six counts he faced: three counts of
  // … and one count of …", is broken down by that part)
  const partOf = numbers.find((n) => n.to < whole.from && n.kind === 'count' && /^of$/i.test(words[n.to]?.text ?? '') && whole.from - n.to <= 2);
  if (partOf) return Number(partOf.key) === sum ? undefined : { whole: partOf, parts, sum };
  return sum === total ? undefined : { whole, parts, sum };
}
