import type { CompiledLexicon } from '../lexicon/compile.js';
import type { Value } from '../model/document.js';
import { isMonthMay } from '../text/words.js';
import type { NumberMention, Word } from '../model/analysis.js';




export function parseNumeral(lexicon: CompiledLexicon, text: string): number | undefined {
  const first = text.charCodeAt(0);
  if (first >= 48 && first <= 57) {
    // "4,5 percent": a decimal comma, as European copy writes it; "1,240" groups thousands
    if (/^\d+,\d{1,2}$/.test(text)) return Number(text.replace(',', '.'));
    const clean = text.includes(',') ? text.replace(/,/g, '') : text;
    if (/^\d+(\.\d+)?$/.test(clean)) return Number(clean);
    const short = /^(\d+(?:\.\d+)?)(\p{L}+)$/u.exec(clean);
    const scale = short ? lexicon.numberSuffixes.get(short[2]!.toLowerCase()) : undefined;
    return scale === undefined ? undefined : scaled(Number(short![1]), scale);
  }
  // number words are lower-case letters and hyphens: anything else is no number, and cheap to tell
  if (text.length > 19 || text.length < 3) return undefined;
  const lower = text.toLowerCase();
  const whole = lexicon.numberWords.get(lower);
  if (whole !== undefined) return whole;
  const [tens, units, ...rest] = lower.split('-');
  const a = lexicon.numberWords.get(tens ?? '');
  const b = lexicon.numberWords.get(units ?? '');
  return rest.length === 0 && a !== undefined && b !== undefined ? a + b : undefined;
}

/**
 * A figure times its scale without binary rounding: 128.11 × 1,000,000 is 128,109,999.99999999 in
 * floating point, which formatNumber's four significant digits would make 128,100,000.
 */
function scaled(value: number, scale: number): number {
  return Number((value * scale).toPrecision(15));
}

function isNumberWord(lexicon: CompiledLexicon, word: Word | undefined): boolean {
  return word !== undefined && parseNumeral(lexicon, word.text) !== undefined && !(word.lower === 'one' && word.pos !== 'NUM');
}

/** Formats a number for keys and messages: integers plainly, others to four significant digits. */
export function formatNumber(value: number): string {
  return Number.isInteger(value) ? String(value) : String(Number(value.toPrecision(4)));
}

/**
 * Numbers in a sentence with what they are: a count of something ("23 criminal charges"), money,
 * a percentage or a year. Number words ("twenty-three", "a dozen") and scales ("1.2 million") are read.
 */
export function findNumbers(lexicon: CompiledLexicon, words: Word[]): NumberMention[] {
  const out: NumberMention[] = [];
  for (let i = 0; i < words.length; i++) {
    let word = words[i]!;
    // the day of a date ("June 1", "1 June", "Jan. 5, 2019") and its year are part of the date
    if (/^\d{1,2}(st|nd|rd|th)?$/.test(word.text) && ((words[i - 1] && monthOf(lexicon, words[i - 1]!)) || (words[i + 1] && monthOf(lexicon, words[i + 1]!) && /^\p{Lu}/u.test(words[i + 1]!.text)))) continue;
    if (/^\d{4}$/.test(word.text) && words[i - 1] && monthOf(lexicon, words[i - 1]!) && /^\d{1,2}$/.test(words[i - 2]?.text ?? '')) continue;
    // "no one was killed", "anyone", "one of the" are no count
    if (word.lower === 'one' && lexicon.pronounOneAfter.has(words[i - 1]?.lower ?? '')) continue;
    if (/^\d{4}$/.test(word.text) && words[i - 1]?.text === ',' && words[i - 2] && /^\d{1,2}$/.test(words[i - 2]!.text) && words[i - 3] && monthOf(lexicon, words[i - 3]!)) continue;
    // "fell by a third", "rose by almost a quarter": a change told as a fraction is a percentage
    const change = changeByFraction(lexicon, words, i);
    if (change) {
      out.push(change);
      i = change.to - 1;
      continue;
    }
    // an age in apposition ("Van Dalen, 81, founded …") or "aged 81" counts no one
    if (isAge(words, i)) continue;
    // a time of day ("2.55pm", "14:30", "10 a.m.") counts nothing
    if (isClockTime(lexicon, words, i)) {
      i++;
      continue;
    }
    // "the 82-minute match", "a 300-pound bear", "a 12-month sentence": a figure written onto its unit
    // (not an age, "46-year-old", which counts no one)
    // (and a length of time spelt out onto its unit: "a three-year contract", "a two-week suspension"; blind set BY)
    const digitsOnto = /^(\d{1,3}(?:,\d{3})*(?:\.\d+)?)-(\p{Ll}{2,})$/u.exec(word.text);
    const spelt = digitsOnto ? null : /^(\p{Ll}+)-(\p{Ll}{2,})$/u.exec(word.lower);
    const speltValue = spelt && LENGTHS_ONTO.test(spelt[2]!) ? lexicon.numberWords.get(spelt[1]!) : undefined;
    const onto = digitsOnto ?? (speltValue !== undefined ? spelt : null);
    const aged = (onto && /^years?$/.test(onto[2]!) && /^(?:-|old|-old)$/.test(words[i + 1]?.lower ?? '')) || /-years?-old$/.test(word.lower);
    if (onto && !aged) {
      const value = speltValue ?? Number(onto[1]!.replace(/,/g, ''));
      const qualifier = qualifierBefore(lexicon, words, i);
      const at = qualifier ? qualifier.from : i;
      out.push({
        kind: 'count',
        key: formatNumber(value),
        unit: onto[2]!.replace(/s$/, ''),
        text: spaced(words.slice(at, i + 1)),
        start: words[at]!.start,
        end: word.end,
        low: qualifier ? value * qualifier.low : value,
        high: qualifier ? value * qualifier.high : value,
        from: at,
        to: i + 1,
        ...(words[i + 1]?.pos === 'NOUN' || words[i + 1]?.pos === 'PROPN' ? { attributive: true } : {}),
      });
      continue;
    }
    const currency = lexicon.currencySymbols.has(word.text.toLowerCase()) ? word.text : undefined;
    const from = i;
    if (currency) {
      i++;
      // "Rs. 61 lakh": the abbreviation's full stop, which the tokenizer splits off
      if (words[i]?.text === '.' && words[i]!.start === words[i - 1]!.end) i++;
      word = words[i]!;
      if (!word) break;
    }
    // "a million", "half a million", "a quarter of a million pounds": a share of a scale written out
    const fraction = fractionOfScale(lexicon, words, i);
    let value = fraction ? fraction.value : parseNumeral(lexicon, word.text);
    // (Canadian and American copy write the scale onto a sum that qualifies a noun: "a $412.6-million deal")
    const hyphened = currency && value === undefined ? /^(\d{1,3}(?:,\d{3})*(?:\.\d+)?)-(\p{Ll}+)$/u.exec(word.text) : null;
    const ontoScale = hyphened ? lexicon.numberScales.get(hyphened[2]!) : undefined;
    if (hyphened && ontoScale !== undefined) value = scaled(Number(hyphened[1]!.replace(/,/g, '')), ontoScale);
    if (fraction) word = words[(i = fraction.last)]!;
    if (word.lower === 'dozen' && words[i - 1]?.lower === 'a') value = 12;
    // "a pair of suspects" are two (a pair of trousers is one thing)
    const pair = word.lower === 'pair' && words[i - 1]?.lower === 'a' && words[i + 1]?.lower === 'of' && pairOfMany(lexicon, words[i + 2]);
    if (pair) value = 2;
    if (value === undefined || (!fraction && !pair && ontoScale === undefined && !isNumberWord(lexicon, word) && word.lower !== 'dozen')) continue;
    // "about 35 000 households": South African and French copy group thousands with a space (not the
    // groups of a telephone number, "1800 333 000")
    while (!/^\d+$/.test(words[i - 1]?.text ?? '') && /^\d{1,3}$/.test(word.text) && /^\d{3}$/.test(words[i + 1]?.text ?? '') && words[i + 1]!.start - word.end === 1 && value < 1e15) {
      value = value * 1000 + Number(words[i + 1]!.text);
      word = words[++i]!;
    }
    if (word.lower === 'one' && words[i + 1]?.lower === 'of') continue; // "one of the", not a count
    // "in their 40's", "the 1990s": a decade or an age bracket, not a count
    if (/^\d+['’]?s$/.test(word.text) || /^['’]?s$/.test(attachedAfter(words, i))) continue;
    // "Jetstream 32", "Boeing 737", "Route 66": a number that completes a name designates, it counts nothing
    // (a figure grouped in thousands designates nothing: "gave Ortiz 4,112 votes")
    if (!currency && !/^\d{1,3}(?:,\d{3})+$/.test(word.text) && words[i - 1]?.pos === 'PROPN' && /^\p{Lu}/u.test(words[i - 1]!.text) && !lexicon.months.has(words[i - 1]!.lower) && !lexicon.monthAbbreviations.has(words[i - 1]!.lower.replace(/\.$/, ''))) continue;
    let to = i + 1;
    // "twenty three", "1.2 million", "three hundred thousand", "£4.2m" (the scale written onto the figure)
    while (to < words.length) {
      const next = words[to]!.lower;
      // the tagger may keep a sentence's full stop on the suffix ("£7.4m.")
      const scale = lexicon.numberScales.get(next) ?? (words[to]!.start === words[to - 1]!.end ? lexicon.numberSuffixes.get(next.replace(/\.$/, '')) : undefined);
      if (scale !== undefined) {
        value = scaled(value, scale);
        to++;
      } else if (next === 'and' && /^(?:hundred|thousand)$/.test(words[to - 1]!.lower) && isNumberWord(lexicon, words[to + 1]) && value >= 100 && value % 100 === 0 && parseNumeral(lexicon, words[to + 1]!.text)! < 100) {
        // "two hundred and fifty": not "between 2007 and 2009"
        value += parseNumeral(lexicon, words[to + 1]!.text)!;
        to += 2;
      } else break;
    }
    const raw = words.slice(from, to).map((w) => w.text);
    const yearLike = !currency && /^\d{4}$/.test(word.text) && value >= 1800 && value <= 2100 && to === i + 1;
    const qualifier = qualifierBefore(lexicon, words, from);
    let kind: Value['kind'] = 'count';
    let unit: string | undefined;
    let end = to;
    const after = words[to];
    // "water 1.2m deep", "a depth of 1.2m": with no currency and no noun after it, an "m" written onto
    // the figure is metres ("1.2m people" and "£1.2m" are millions)
    const attachedM = /^\d+(?:\.\d+)?m$/i.test(word.text) || (to === i + 2 && words[i + 1]!.lower === 'm' && words[i + 1]!.start === word.end);
    const metres = attachedM && !currency && !(after && (lexicon.currencyWords.has(after.lower) || ['NOUN', 'PROPN', 'ADJ', 'NUM'].includes(after.pos)));
    if (metres) value = scaled(value, 1e-6);
    if (metres) {
      unit = 'metre';
    } else if (currency || (after && lexicon.currencyWords.has(after.lower))) {
      kind = 'money';
      unit = currency ? currencyUnit(currency) : after!.lower.replace(/s$/, '');
      if (!currency) end = to + 1;
    } else if (after && (after.text === '%' || after.lower === 'percent' || after.lower === 'pct')) {
      kind = 'percent';
      end = to + 1;
    } else if (after?.lower === 'per' && words[to + 1]?.lower === 'cent') {
      kind = 'percent';
      end = to + 2;
    } else if (yearLike && (!isCountedNoun(after) || (!qualifier && YEAR_OWNER.test(words[from - 1]?.lower ?? '')))) {
      // ("for 2025 sales of 4.2 billion euros", "its 2024 results": a year written without a comma before a
      // plural noun, after a determiner or preposition and with no qualifier, is the year of the noun)
      kind = 'year';
    } else {
      unit = countedNoun(lexicon, words, to);
      // "came from two goals down", "three points clear", "won by 412 votes": a margin, which counts no
      // goals scored (only in units a lead is told in: "eight houses down Mill Lane" counts houses)
      const noun = words.slice(to, to + 3).findIndex((w) => w.lemma === unit);
      // (not a tally: "approved by 31 votes to nine")
      const tally = noun >= 0 && /^(?:to|-)$/.test(words[to + noun + 1]?.lower ?? '');
      const told = (noun >= 0 && lexicon.marginWords.has(words[to + noun + 1]?.lower ?? '')) || (words[(qualifier?.from ?? from) - 1]?.lower === 'by' && !tally);
      if (unit && lexicon.marginUnits.has(unit) && told) unit = `${unit} margin`;
    }
    const mention: NumberMention = {
      kind,
      key: kind === 'year' ? String(value) : formatNumber(value),
      text: spaced(words.slice(qualifier ? qualifier.from : from, end)),
      start: words[qualifier ? qualifier.from : from]!.start,
      end: words[end - 1]!.end,
      low: qualifier ? value * qualifier.low : value,
      high: qualifier ? value * qualifier.high : value,
      from: qualifier ? qualifier.from : from,
      to: end,
    };
    if (unit) mention.unit = unit;
    // "$30.000": thousands grouped with a full stop, as much of Europe writes them, or thirty dollars
    const grouped = /^\d{1,3}(\.\d{3})+$/.test(word.text) ? Number(word.text.replace(/\./g, '')) : undefined;
    if (grouped !== undefined && to === i + 1) mention.alt = formatNumber(grouped);
    if (raw.length) out.push(mention);
    i = end - 1;
  }
  return out;
}


/** Lengths of time a number word is written onto ("a three-year contract", "a two-week suspension"): a figure a version or a report can change. */
const LENGTHS_ONTO = /^(?:years?|months?|weeks?|days?|hours?|minutes?|games?|races?|seasons?)$/;

/**
 * The unit of a sum by its symbol: one currency's symbols are one unit, the one its name written after a
 * figure gives ("Rs 4.7 crore", "₹38 lakh" and "4.7 crore rupees"; "N27.4 billion", "₦27.4 billion" and
 * "27.4 billion naira").
 */
function currencyUnit(symbol: string): string {
  const lower = symbol.toLowerCase();
  return CURRENCY_UNITS.find(([signs]) => signs.test(lower))?.[1] ?? lower;
}

const CURRENCY_UNITS: [RegExp, string][] = [
  [/^(?:rs\.?|inr|₹)$/, 'rupee'],
  [/^(?:n|₦|ngn)$/, 'naira'],
  [/^(?:₵|ghs)$/, 'cedi'],
  [/^(?:r|zar)$/, 'rand'],
  [/^(?:kshs?|kes|sh|ush|tsh)$/, 'shilling'],
];

/**
 * Two sums in two currencies the copy names surely ("₦18.5 billion" / "$18.5 billion", "£18.5m" /
 * "€18.5m"; review): one figure, another sum. Dollars of any country are one family ("$", "US$", "C$"),
 * as a story's house style may write them either way.
 */
export function currenciesDiffer(a: Value, b: Value): boolean {
  if (a.kind !== 'money' || b.kind !== 'money') return false;
  const [x, y] = [currencyFamily(a.unit), currencyFamily(b.unit)];
  return x !== undefined && y !== undefined && x !== y;
}

function currencyFamily(unit: string | undefined): string | undefined {
  if (unit === undefined) return undefined;
  if (/^(?:[a-z]{0,2}\$|dollar)$/.test(unit)) return 'dollar';
  if (/^(?:£|pound|sterling)$/.test(unit)) return 'pound';
  if (/^(?:€|euro)$/.test(unit)) return 'euro';
  return /^(?:rupee|naira|cedi|rand|shilling)$/.test(unit) ? unit : undefined;
}

/** Shares a scale is written with: "half a million", "a quarter of a million", "three-quarters of a billion". */
const SHARES = new Map([['half', 1 / 2], ['third', 1 / 3], ['quarter', 1 / 4], ['thirds', 1 / 3], ['quarters', 1 / 4]]);

/**
 * A scale written as words from `i` ("a million", "half a million", "a quarter of a million",
 * "three-quarters of a million", "two thirds of a billion"): its value, and the index of the scale's
 * word. "a hundred" and "a thousand" too; "a half" alone is no figure.
 */
function fractionOfScale(lexicon: CompiledLexicon, words: Word[], i: number): { value: number; last: number } | undefined {
  const lower = (k: number) => words[k]?.lower ?? '';
  const article = (k: number) => lower(k) === 'a' || lower(k) === 'one';
  const scaleAt = (k: number) => lexicon.numberScales.get(lower(k));
  let k = i;
  let share = 1;
  const [count, part] = lower(k).split('-');
  if (lower(k) === 'half' && article(k + 1)) {
    share = 1 / 2;
    k += 1;
  } else if (article(k) && SHARES.has(lower(k + 1)) && lower(k + 2) === 'of' && article(k + 3)) {
    share = SHARES.get(lower(k + 1))!;
    k += 3;
  } else if (part !== undefined && SHARES.has(part) && lexicon.numberWords.has(count!) && lower(k + 1) === 'of' && article(k + 2)) {
    share = lexicon.numberWords.get(count!)! * SHARES.get(part)!;
    k += 2;
  } else if (lexicon.numberWords.has(lower(k)) && SHARES.has(lower(k + 1)) && lower(k + 2) === 'of' && article(k + 3)) {
    share = lexicon.numberWords.get(lower(k))! * SHARES.get(lower(k + 1))!;
    k += 3;
  } else if (!article(k)) return undefined;
  const scale = scaleAt(k + 1);
  return scale === undefined ? undefined : { value: scaled(share, scale), last: k + 1 };
}

/**
 * A clock time: "14:30", or a figure and the part of the day after it ("10.30 p.m.", "10 a.m."), which
 * the caller skips with it. One wink cuts apart ("2.55pm" as "2.5" and "5pm") is one token again
 * (text/tokens.ts).
 */
export function isClockTime(lexicon: CompiledLexicon, words: readonly Word[], i: number): boolean {
  const word = words[i]!;
  const next = words[i + 1];
  if (/^\d{1,2}:\d{2}$/.test(word.text)) return true;
  if (!/^\d{1,2}([.:]\d{1,2})?$/.test(word.text) || !next) return false;
  return lexicon.dayPeriods.has(next.lower.replace(/^\d+/, ''));
}

/**
 * "46-year-old" as one word, as "46-year old", or as "46", "-", "year", "-", "old": the age and the
 * index after it.
 */
export function yearOld(words: Word[], k: number): { years: number; next: number } | undefined {
  const text = words[k]?.text ?? '';
  const one = /^(\d{1,3})-years?-old$/i.exec(text);
  if (one) return { years: Number(one[1]), next: k + 1 };
  const split = /^(\d{1,3})-years?$/i.exec(text);
  if (split && /^old$/i.test(words[k + 1]?.text ?? '')) return { years: Number(split[1]), next: k + 2 };
  if (/^\d{1,3}$/.test(text) && words[k + 1]?.text === '-' && /^years?$/i.test(words[k + 2]?.text ?? '') && words[k + 3]?.text === '-' && /^old$/i.test(words[k + 4]?.text ?? '')) {
    return { years: Number(text), next: k + 5 };
  }
  return undefined;
}

/**
 * Ages a sentence gives ("a 17-year-old woman", "a 17-year old", "Ruiz, 46,", "aged 81"): not counts,
 * but figures a version or a report can change. Each is a count of years with the unit "age", its text
 * the whole compound.
 */
export function findAges(words: Word[]): NumberMention[] {
  const out: NumberMention[] = [];
  for (let i = 0; i < words.length; i++) {
    const compound = yearOld(words, i);
    const years = compound?.years ?? (isAge(words, i) ? Number(words[i]!.text) : undefined);
    if (years === undefined) continue;
    const to = compound?.next ?? i + 1;
    const text = words.slice(i, to).map((w, k) => (k > 0 && words[i + k - 1]!.end < w.start ? ' ' : '') + w.text).join('');
    out.push({ kind: 'count', key: String(years), text, unit: 'age', start: words[i]!.start, end: words[to - 1]!.end, from: i, to, low: years, high: years });
    i = to - 1;
  }
  return out;
}

function isAge(words: Word[], i: number): boolean {
  const word = words[i]!;
  if (!/^\d{1,3}$/.test(word.text)) return false;
  if (agedGroup(words, i) || (words[i - 1]?.lower === 'of' && words[i - 2]?.lower === 'age')) return true;
  if (/^-?year-old$/.test(words[i + 1]?.lower ?? '') || (words[i + 1]?.text === '-' && words[i + 2]?.lower === 'year')) return true;
  return words[i - 1]?.text === ',' && words[i + 1]?.text === ',' && /^\p{Lu}/u.test(words[i - 2]?.text ?? '');
}

/**
 * A figure after "aged", or later in a list or range after it: "aged 81", "aged 19, 23 and 31", "aged
 * between 19 and 31"; and so after "age" or "ages": "range in age from 4 to 78", "between the ages of 4 and 78".
 */
export function agedGroup(words: Word[], i: number): boolean {
  for (let k = i - 1; k >= 0 && k >= i - 8; k--) {
    const w = words[k]!.lower;
    if (w === 'aged' || w === 'age' || w === 'ages') return true;
    if (!/^\d{1,3}$/.test(w) && !AGE_LIST_WORDS.has(w)) return false;
  }
  return false;
}

const AGE_LIST_WORDS = new Set([',', 'and', 'or', 'to', 'between', 'from', 'of', '-', '–']);

/** Whether a figure's qualifier of the lexicon (`numberQualifiers`: "no more than", "at least") starts at `at`. */
export function qualifierAt(lexicon: CompiledLexicon, words: readonly { lower: string }[], at: number): boolean {
  return lexicon.numberQualifiers.some((q) => q.words.every((w, k) => words[at + k]?.lower === w));
}

/** Words as written, a space where the text has one ("more than 2,000", "£4.2m"). */
function spaced(list: Word[]): string {
  return list.map((w, k) => (k > 0 && w.start > list[k - 1]!.end ? ' ' : '') + w.text).join('');
}

/** Fraction words and what they are worth; after "two" or "three" they are worth more ("two-thirds"). */
const FRACTIONS: ReadonlyMap<string, number> = new Map([
  ['half', 1 / 2],
  ['third', 1 / 3],
  ['thirds', 1 / 3],
  ['quarter', 1 / 4],
  ['quarters', 1 / 4],
  ['fifth', 1 / 5],
  ['fifths', 1 / 5],
  ['tenth', 1 / 10],
  ['tenths', 1 / 10],
]);
const NUMERATORS: ReadonlyMap<string, number> = new Map([['a', 1], ['an', 1], ['one', 1], ['two', 2], ['three', 3], ['four', 4], ['five', 5], ['six', 6], ['seven', 7], ['eight', 8], ['nine', 9]]);

/** A change told as a fraction after "by" ("fell by a third", "down by almost a quarter"), as the percentage it is. */
function changeByFraction(lexicon: CompiledLexicon, words: Word[], i: number): NumberMention | undefined {
  // (a "by" a few words back, before anything else is read: this runs at every word)
  if (words[i - 1]?.lower !== 'by' && words[i - 2]?.lower !== 'by' && words[i - 3]?.lower !== 'by' && words[i - 4]?.lower !== 'by') return undefined;
  const f = fractionAt(words, i);
  if (!f || f.from > i) return undefined;
  const qualifier = qualifierBefore(lexicon, words, f.from);
  const from = qualifier ? qualifier.from : f.from;
  if (words[from - 1]?.lower !== 'by') return undefined;
  // (not a share of a group, "approved by two-thirds of members", nor of a unit, "by half a length")
  const next = words[f.to];
  if (next && (/^(?:of|a|an)$/.test(next.lower) || next.pos === 'NOUN')) return undefined;
  const value = Number((f.value * 100).toPrecision(4));
  // a fraction word is a rounding: "a third" is 29–37 per cent, as a reporter rounds 35 per cent
  const [low, high] = qualifier ? [value * qualifier.low, value * qualifier.high] : [value - FRACTION_SLACK, value + FRACTION_SLACK];
  return {
    kind: 'percent',
    key: formatNumber(value),
    text: spaced(words.slice(from, f.to)),
    start: words[from]!.start,
    end: words[f.to - 1]!.end,
    low,
    high,
    from,
    to: f.to,
  };
}

/** How far a change told as a fraction word may stand from it, in percentage points. */
const FRACTION_SLACK = 4;

/** A fraction word at a word: "two-thirds" (one word or three), "two thirds", "a third", "half". */
export function fractionAt(words: Word[], i: number): { value: number; from: number; to: number } | undefined {
  const word = words[i]!.lower;
  const joined = /^(\p{L}+)-(\p{L}+)$/u.exec(word);
  if (joined && NUMERATORS.has(joined[1]!) && FRACTIONS.has(joined[2]!)) return { value: NUMERATORS.get(joined[1]!)! * FRACTIONS.get(joined[2]!)!, from: i, to: i + 1 };
  if (NUMERATORS.has(word) && words[i + 1]?.text === '-' && FRACTIONS.has(words[i + 2]?.lower ?? '')) return { value: NUMERATORS.get(word)! * FRACTIONS.get(words[i + 2]!.lower)!, from: i, to: i + 3 };
  if (NUMERATORS.has(word) && FRACTIONS.has(words[i + 1]?.lower ?? '') && words[i + 1]!.lower !== 'half') return { value: NUMERATORS.get(word)! * FRACTIONS.get(words[i + 1]!.lower)!, from: i, to: i + 2 };
  if (word === 'half') return { value: 0.5, from: words[i - 1]?.lower === 'a' ? i - 1 : i, to: i + 1 };
  return undefined;
}

/** The lexicon's number qualifier just before a word ("more than", "roughly"), with the range it allows as multipliers. */
export function qualifierBefore(lexicon: CompiledLexicon, words: readonly { lower: string }[], at: number): { from: number; low: number; high: number } | undefined {
  for (const q of lexicon.numberQualifiers) {
    const from = at - q.words.length;
    if (from < 0) continue;
    if (q.words.every((w, k) => words[from + k]!.lower === w)) return { from, low: q.low, high: q.high };
  }
  return undefined;
}

/** A year written in running text ("in 2019", "the 2010 census"). */
export const YEAR_IN_TEXT = /\b(?:1[89]|20)\d\d\b/;

/** Words between the two days of a range written with one month ("5 and 20 April", "3 to 9 May", "3–9 May"). */
const RANGE_JOINERS: ReadonlySet<string> = new Set(['and', 'to', 'until', 'till', 'through', '-', '–']);

/** Words before a year-like figure that make it the year of the plural noun after it ("its 2024 results"). */
const YEAR_OWNER = /^(?:the|its|their|his|her|our|this|that|for|of|in)$/;

function isCountedNoun(word: Word | undefined): boolean {
  return word !== undefined && (word.pos === 'NOUN' || word.pos === 'PROPN') && /s$/.test(word.lower);
}

/** The noun a number counts: "23 criminal charges" counts charges; "14 killed" counts nothing named. */
/** Whether a noun after "a pair of" is two things, "suspects", not one, "trousers". */
function pairOfMany(lexicon: CompiledLexicon, word: Word | undefined): boolean {
  // (a plural after "of" is a noun, whatever the tagger says: "a pair of suspects/VERB")
  return word !== undefined && (word.pos === 'NOUN' || word.pos === 'VERB') && /s$/.test(word.lower) && word.lower !== word.lemma && !lexicon.pluralOnlyNouns.has(word.lower);
}

function countedNoun(lexicon: CompiledLexicon, words: Word[], at: number): string | undefined {
  // "two of the seven library branches", "12 of them": the noun after "of (the …)"; a chain of them
  // ("12 of the of the …", as long as the text likes) is walked in a loop, not by recursion
  let afterOf = false;
  while (words[at]?.lower === 'of') {
    let k = at + 1;
    while (words[k] && (words[k]!.pos === 'DET' || words[k]!.pos === 'NUM' || /^\d/.test(words[k]!.text) || lexicon.possessives.has(words[k]!.lower))) k++;
    at = k;
    afterOf = true;
  }
  return nounAt(words, at) ?? (afterOf && words[at]?.pos === 'PRON' ? 'them' : undefined);
}

function nounAt(words: Word[], at: number): string | undefined {
  for (let k = at; k < Math.min(words.length, at + 3); k++) {
    const word = words[k]!;
    if (word.pos === 'NOUN' || (word.pos === 'PROPN' && /s$/.test(word.lower))) {
      // the noun closes the phrase unless another noun follows ("14 police officers"), but not a plural
      // after a plural, the subject of a clause with no "that": "the 30 shifts inspectors reviewed"
      const next = words[k + 1];
      const plural = (w: Word) => /s$/.test(w.lower) && w.lower !== w.lemma;
      // (nor a singular after a plural, a verb the tagger read as a noun: "The 14 injured patients range in age")
      const clauseAfter = next !== undefined && plural(word) && ((plural(next) && words[k + 2]?.pos === 'VERB' && /ed$/.test(words[k + 2]!.lower)) || !/s$/.test(next.lower));
      if (next && next.pos === 'NOUN' && !/^(of|in|on)$/.test(next.lower) && !clauseAfter) continue;
      // (an owner's noun before "'s" is not what is counted: "19 of the tanker's crew" counts crew)
      if (next && /^['’]s$/.test(next.lower)) {
        const owned = nounAt(words, k + 2);
        if (owned) return owned;
      }
      // (a "noun" right before "the" is a verb the tagger misread: "a crowd of 14,382 saw the final")
      if (k === at && next && /^(?:the|a|an)$/.test(next.lower)) return undefined;
      return word.lemma;
    }
    if (word.pos !== 'ADJ' && word.pos !== 'VERB') return undefined;
  }
  return undefined;
}

/** Dates and times named in a sentence: years, months with days, weekdays. */
export function findDates(lexicon: CompiledLexicon, words: Word[], numbers: NumberMention[]): Value[] {
  const out: Value[] = [];
  for (const number of numbers) if (number.kind === 'year') out.push({ kind: 'year', key: number.key, text: number.text, start: number.start, end: number.end });
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    const month = monthOf(lexicon, word);
    if (month && /^\p{Lu}/u.test(word.text) && (word.lower !== 'may' || isMonthMay(lexicon, words, i))) {
      let key = `month-${String(month).padStart(2, '0')}`;
      let end = i + 1;
      const day = words[i + 1] && /^\d{1,2}(st|nd|rd|th)?$/.test(words[i + 1]!.text) ? parseInt(words[i + 1]!.text, 10) : undefined;
      if (day !== undefined && day >= 1 && day <= 31) {
        key = `${key}-${String(day).padStart(2, '0')}`;
        end = i + 2;
      }
      let k = end;
      if (words[k]?.text === ',') k++;
      if (words[k] && /^\d{4}$/.test(words[k]!.text)) {
        key = `${words[k]!.text}-${key.slice(6)}`;
        end = k + 1;
        // the year is part of this date, not a year of its own
        const yearAt = out.findIndex((v) => v.kind === 'year' && v.start === words[k]!.start);
        if (yearAt >= 0) out.splice(yearAt, 1);
        const numberAt = numbers.findIndex((n) => n.kind === 'year' && n.start === words[k]!.start);
        if (numberAt >= 0) numbers.splice(numberAt, 1);
      }
      out.push({ kind: 'date', key, text: words.slice(i, end).map((w) => w.text).join(' ').replace(' ,', ','), start: word.start, end: words[end - 1]!.end });
      // "March 4 and 5", "Oct. 3 to 6": the range's last day shares the first's month (review)
      const [joiner, last] = [words[i + 2], words[i + 3]];
      const lastDay = day !== undefined && end === i + 2 && joiner && RANGE_JOINERS.has(joiner.lower) && last && /^\d{1,2}$/.test(last.text) ? parseInt(last.text, 10) : undefined;
      if (lastDay !== undefined && lastDay > day! && lastDay <= 31 && !(words[i + 4] && monthOf(lexicon, words[i + 4]!))) {
        out.push({ kind: 'date', key: key.replace(/\d\d$/, String(lastDay).padStart(2, '0')), text: `${word.text} ${last!.text}`, start: last!.start, end: last!.end });
        const numberAt = numbers.findIndex((n) => n.start === last!.start);
        if (numberAt >= 0) numbers.splice(numberAt, 1);
        end = i + 4;
      }
      i = end - 1;
      continue;
    }
    // "1 November", "1 November 2024": the day first, as British and most non-US copy writes it
    const dayFirst = /^\d{1,2}(st|nd|rd|th)?$/.test(word.text) ? monthOf(lexicon, words[i + 1] ?? word) : undefined;
    if (dayFirst && words[i + 1] && /^\p{Lu}/u.test(words[i + 1]!.text) && (words[i + 1]!.lower !== 'may' || isMonthMay(lexicon, words, i + 1))) {
      const day = parseInt(word.text, 10);
      if (day >= 1 && day <= 31) {
        let key = `month-${String(dayFirst).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
        let end = i + 2;
        if (words[end] && /^\d{4}$/.test(words[end]!.text)) {
          key = `${words[end]!.text}-${key.slice(6)}`;
          const yearAt = out.findIndex((v) => v.kind === 'year' && v.start === words[end]!.start);
          if (yearAt >= 0) out.splice(yearAt, 1);
          const numberAt = numbers.findIndex((n) => n.kind === 'year' && n.start === words[end]!.start);
          if (numberAt >= 0) numbers.splice(numberAt, 1);
          end++;
        }
        out.push({ kind: 'date', key, text: words.slice(i, end).map((w) => w.text).join(' '), start: word.start, end: words[end - 1]!.end });
        // "between 5 and 20 April 2025", "from 3 to 9 May": the range's first day shares its month and year
        const first = words[i - 2];
        if (first && RANGE_JOINERS.has(words[i - 1]!.lower) && /^\d{1,2}(st|nd|rd|th)?$/.test(first.text) && parseInt(first.text, 10) >= 1 && parseInt(first.text, 10) < day) {
          out.push({ kind: 'date', key: key.replace(/\d\d$/, String(parseInt(first.text, 10)).padStart(2, '0')), text: `${first.text} ${words[i + 1]!.text}`, start: first.start, end: first.end });
          const numberAt = numbers.findIndex((n) => n.start === first.start);
          if (numberAt >= 0) numbers.splice(numberAt, 1);
        }
        i = end - 1;
        continue;
      }
    }
    if (lexicon.weekdays.includes(word.lower) && /^\p{Lu}/u.test(word.text)) {
      out.push({ kind: 'date', key: `weekday-${word.lower}`, text: word.text, start: word.start, end: word.end });
    }
  }
  out.sort((a, b) => a.start - b.start);
  // "on Tuesday and Wednesday, 4 and 5 March": two weekdays and two days, each with each in turn (blind set BZ)
  for (let k = out.length - 4; k >= 0; k--) {
    const [w1, w2, d1, d2] = out.slice(k, k + 4) as [Value, Value, Value, Value];
    const joined = (a: Value, b: Value) => words.some((w) => w.start >= a.end && w.end <= b.start && RANGE_JOINERS.has(w.lower));
    if (!w1.key.startsWith('weekday-') || !w2.key.startsWith('weekday-') || !/-\d\d$/.test(d1.key) || !/-\d\d$/.test(d2.key)) continue;
    if (!joined(w1, w2) || !joined(d1, d2) || d1.start - w2.end > 2) continue;
    const pair = (w: Value, d: Value): Value => ({ ...d, text: `${w.text} ${d.text}`, start: w.start, end: d.end, weekday: w.key.slice('weekday-'.length) });
    out.splice(k, 4, pair(w1, d1), pair(w2, d2));
  }
  // "Saturday 14 September", "Tuesday, Jan. 5": one date, named by its day of the month
  for (let k = out.length - 2; k >= 0; k--) {
    const weekday = out[k]!;
    const date = out[k + 1]!;
    if (weekday.key.startsWith('weekday-') && /-\d\d$/.test(date.key) && date.start - weekday.end <= 2) {
      out.splice(k, 2, { ...date, text: `${weekday.text}${date.start - weekday.end === 2 ? ', ' : ' '}${date.text}`, start: weekday.start, weekday: weekday.key.slice('weekday-'.length) });
    }
  }
  // "Saturday, 14 February and Sunday, 15 February 2026": the first of two days joined shares the
  // second's year (blind set CB)
  for (let k = out.length - 2; k >= 0; k--) {
    const [first, second] = [out[k]!, out[k + 1]!];
    const [open, ofYear] = [/^month-(\d\d)-\d\d$/.exec(first.key), /^(\d{4})-(\d\d)-\d\d$/.exec(second.key)];
    if (!open || !ofYear || Number(open[1]) > Number(ofYear[2])) continue;
    const between = words.filter((w) => w.start >= first.end && w.end <= second.start);
    if (between.length === 1 && RANGE_JOINERS.has(between[0]!.lower)) out[k] = { ...first, key: `${ofYear[1]}-${first.key.slice(6)}` };
  }
  return out;
}

function monthOf(lexicon: CompiledLexicon, word: Word): number | undefined {
  const month = lexicon.months.get(word.lower);
  if (month !== undefined) return month;
  // "Sept. 23", and in wire datelines "Sept 23": an abbreviation with its full stop, or capitalised
  const abbr = lexicon.monthAbbreviations.get(word.lower.replace(/\.$/, ''));
  return abbr && (word.text.endsWith('.') || /^\p{Lu}\p{Ll}+$/u.test(word.text)) ? abbr : undefined;
}

/** A date that names a day: a weekday or a day of a month, not a month or a year. */
export function onDay(value: Value): boolean {
  return value.key.startsWith('weekday-') || /-\d\d-\d\d$/.test(value.key);
}

/** Two dates name the same time when neither says more than the other disagrees with. */
export function datesAgree(a: Value, b: Value): boolean {
  if (a.key === b.key) return true;
  const granularity = (v: Value) => (v.key.startsWith('weekday-') ? 'weekday' : v.kind === 'year' ? 'year' : /^\d{4}-/.test(v.key) ? 'full' : 'month');
  const ga = granularity(a);
  const gb = granularity(b);
  // "Wednesday" and "Thursday 7 March" are two days; "Tuesday" and "21 September" may be one, unless
  // the calendar says which day 21 September is
  if (ga === 'weekday' || gb === 'weekday') {
    // (a date whose year is known has its day of the week from the calendar: "Tuesday" and "March 5",
    // a Wednesday, are two days)
    const named = (v: Value) => (v.key.startsWith('weekday-') ? v.key.slice('weekday-'.length) : v.weekday ?? v.dayOfWeek);
    const [wa, wb] = [named(a), named(b)];
    return wa === undefined || wb === undefined || wa === wb;
  }
  const year = (v: Value) => (/^(\d{4})/.exec(v.key)?.[1]);
  const month = (v: Value) => (/month-(\d\d)/.exec(v.key)?.[1] ?? /^\d{4}-(\d\d)/.exec(v.key)?.[1]);
  const day = (v: Value) => (/-(\d\d)-(\d\d)$/.exec(v.key)?.[2]);
  const ya = year(a), yb = year(b), ma = month(a), mb = month(b), da = day(a), db = day(b);
  if (ya && yb && ya !== yb) return false;
  if (ma && mb && ma !== mb) return false;
  if (da && db && da !== db) return false;
  return true;
}

/**
 * Two dates name the same day, month or year the same way: equal where both say something, and saying
 * the same kinds of thing ("January 5" and "January 5, 2025" are the same date; "September" and
 * "14 September", or "Tuesday" and "21 September", are not: one is vaguer or of another kind).
 */
export function sameDate(a: Value, b: Value): boolean {
  if (a.key === b.key) return true;
  if (!datesAgree(a, b)) return false;
  const parts = (v: Value) => {
    if (v.key.startsWith('weekday-')) return 'w';
    const hasMonth = /month-\d\d|^\d{4}-\d\d/.test(v.key);
    const hasDay = /-\d\d-\d\d$/.test(v.key);
    return `${hasMonth ? 'm' : ''}${hasDay ? 'd' : ''}` || 'y';
  };
  return parts(a) === parts(b);
}

/** One figure, though perhaps written another way ("30.000" and "30,000"). */
export function sameFigure(a: Pick<Value, 'key' | 'alt'>, b: Pick<Value, 'key' | 'alt'>): boolean {
  return a.key === b.key || (a.alt !== undefined && a.alt === b.key) || (b.alt !== undefined && b.alt === a.key);
}

/** Two numbers can both be true when the ranges their wording allows overlap. */
export function numbersAgree(a: Value, b: Value): boolean {
  if (sameFigure(a, b)) return true;
  const lowA = a.low ?? Number(a.key);
  const highA = a.high ?? Number(a.key);
  const lowB = b.low ?? Number(b.key);
  const highB = b.high ?? Number(b.key);
  return lowA <= highB && lowB <= highA;
}

/**
 * One figure given exactly and the other as a round approximation or bound that takes it in
 * ("2,480" / "nearly 2,500", "5.1 billion" / "over 5 billion", "212" / "more than 200"): the same
 * figure, rounded, which copy does all the time. Rounding stays within a tenth of the figure: "at
 * least 12" then "14" is a toll that rose. Two approximations ("at least 12" / "at least 14") are
 * two figures.
 */
export function roundedRestatement(a: Value, b: Value): boolean {
  const exact = (v: Value) => (v.low ?? Number(v.key)) === (v.high ?? Number(v.key));
  const within = (v: Value, range: Value) => {
    const value = Number(v.key);
    const stated = Number(range.key);
    return value >= (range.low ?? stated) && value <= (range.high ?? stated) && Math.abs(value - stated) <= 0.1 * stated;
  };
  if (exact(a) === exact(b)) return false;
  return exact(a) ? within(a, b) : within(b, a);
}

/**
 * Two approximations of one figure, each taking in the other's stated figure ("just over 3,000" /
 * "about 3,100"): both may be true of one count. Not "at least 12" / "at least 14", where the first
 * takes in 14 but the second leaves out 12: a count that rose, or a slip.
 */
export function approximationsAgree(a: Value, b: Value): boolean {
  const approximate = (v: Value) => v.low !== undefined || v.high !== undefined;
  const takesIn = (range: Value, v: Value) => {
    const value = Number(v.key);
    return value >= (range.low ?? Number(range.key)) && value <= (range.high ?? Number(range.key));
  };
  return approximate(a) && approximate(b) && takesIn(a, b) && takesIn(b, a) && !boundsOpposed(a, b);
}

/**
 * One figure bounded from below on one side and from above on the other, the two ranges meeting only
 * at it ("almost 2,000" / "more than 2,000", "at least 100" / "fewer than 100", "up to 40" / "more
 * than 40"): the same figure written, two claims that cannot both hold.
 */
export function boundsOpposed(a: Value, b: Value): boolean {
  const touch = (x: Value, y: Value) => x.high !== undefined && y.low !== undefined && x.high === y.low && x.low !== x.high && y.low !== y.high;
  return touch(a, b) || touch(b, a);
}

/** The text of the words written onto the one at `i` ("50" "'" "s" → "'s"), as a tagger may split them. */
function attachedAfter(words: Word[], i: number): string {
  let text = '';
  for (let k = i + 1, end = words[i]!.end; k < words.length && k <= i + 2 && words[k]!.start === end; end = words[k]!.end, k++) text += words[k]!.lower;
  return text;
}

/** The digits a figure is written with, in order, nothing else ("31,842" → "31842", "$151.4 million" → "1514"). */
export function digitsOf(text: string): string {
  return text.replace(/\D/g, '');
}

/** A figure's digits in sorted order: the same for every order of them. */
export function digitsKey(text: string): string {
  return [...digitsOf(text)].sort().join('');
}

/** The same digits, at least `min` of them, in another order: a typist's slip, not another figure. */
export function digitsSwapped(a: string, b: string, min = 2): boolean {
  const [x, y] = [digitsOf(a), digitsOf(b)];
  return x.length >= min && x !== y && digitsKey(x) === digitsKey(y);
}

/**
 * Two figures of one thing that differ only by two neighbouring digits swapped ("$421,650" /
 * "$412,650", "40.09" / "40.90"): the commonest slip of a keyboard, and too unlikely by chance to be
 * two figures of the story. Both must count the same thing (the same noun or currency), be of one
 * magnitude, and carry at least three significant digits and four in all, as written: "£2.3m" /
 * "£3.2m" and "53" / "35" are as often two figures. Years, dates and clock times are not figures here.
 */
export function transposed(a: Value, b: Value, minDigits = 4): boolean {
  if (a.kind !== b.kind || !FIGURE_KINDS.has(a.kind) || a.key === b.key || (a.unit ?? '') !== (b.unit ?? '')) return false;
  const [x, y] = [Number(a.key), Number(b.key)];
  if (!(x > 0 && y > 0 && x / y < 2 && y / x < 2)) return false;
  const [da, db] = [digitsOf(a.text), digitsOf(b.text)];
  if (da.length !== db.length || da.length < minDigits || da.replace(/0+$/, '').length < 3) return false;
  const at = [...da].findIndex((c, k) => c !== db[k]);
  return at >= 0 && da[at] === db[at + 1] && da[at + 1] === db[at] && da.slice(at + 2) === db.slice(at + 2);
}

const FIGURE_KINDS = new Set<Value['kind']>(['count', 'money', 'percent']);
