import type { SentenceContext, NumberMention } from '../model/analysis.js';

/** A vote's two totals ("by 1,819 votes to the BNP's 1,216", "voted 31 to 9"). */
export interface Tally {
  high: number;
  low: number;
  sentence: number;
  start: number;
  end: number;
}

/**
 * A vote's margin told on its own ("Ortiz's 37-vote margin", "a majority of 503"). Not "led by 44
 * votes" or "decided by 19 votes": "by" tells as often a lead at an earlier count or another contest.
 */
export interface Margin {
  value: number;
  sentence: number;
  start: number;
  end: number;
}

/**
 * Those a story counts as taking one side of a vote: "29 councillors backed the scheme", "Of the eight
 * councillors who backed the scheme", "24 voted against it".
 */
export interface Side {
  value: number;
  side: 'for' | 'against';
  sentence: number;
  start: number;
  end: number;
}

/** Words of voting that make "31 to 15" a vote's totals: "voted", "votes", and a motion that "passed" or "failed" by them. */
const VOTE = /^votes?$|^voted$|^ballots?$|^(?:passed|failed|carried|defeated|rejected|approved|adopted)$/;
/**
 * Nouns for those who cast a vote in a body ("29 councillors backed"): "300 residents who backed the
 * plan" or "412 parents opposed the closure" took a side without a vote in it.
 */
const VOTERS = new Set(['councillor', 'councilor', 'member', 'senator', 'mp', 'lawmaker', 'legislator', 'delegate', 'representative', 'trustee', 'director', 'governor', 'commissioner', 'juror', 'judge', 'justice', 'shareholder', 'alderman', 'supervisor']);

/** Verbs (lemmas) of taking a side, after the count and what it counts ("who" between them or not). */
const BACKED = new Set(['back', 'support']);
const OPPOSED = new Set(['oppose']);
/** Words between "to" and the second total: "to the BNP's 1,216", "to Harmon's 4,081". */
const BETWEEN = /^(?:the|a|an|'s|’s)$/;

/**
 * The tallies and margins a sentence gives, outside quotations. A tally needs a word of voting in
 * reach ("voted", "votes", "ballot"), so "rose from 31 to 9" or "aged 19 to 23" are none.
 */
export function talliesOf(ctx: SentenceContext): { tallies: Tally[]; margins: Margin[]; sides: Side[] } {
  const { words } = ctx;
  const counts = ctx.numbers.filter((n) => n.kind === 'count' && words[n.from]!.quote < 0);
  const tallies: Tally[] = [];
  const margins: Margin[] = [];
  const sides: Side[] = [];
  const value = (n: NumberMention) => Number(n.key);
  const voteNear = (from: number, to: number) => words.slice(Math.max(0, from), Math.min(words.length, to)).some((w) => VOTE.test(w.lower));
  for (const n of counts) {
    // "37-vote margin"
    if (n.unit === 'vote' && n.attributive && words[n.to]?.lower === 'margin') {
      margins.push({ value: value(n), sentence: ctx.sentence.index, start: n.start, end: words[n.to]!.end });
      continue;
    }
    // "a margin of 37", "a majority of 503" (not "a margin of three to one", a ratio)
    if (words[n.from - 1]?.lower === 'of' && /^(?:margin|majority)$/.test(words[n.from - 2]?.lower ?? '') && words[n.to]?.lower !== 'to') {
      margins.push({ value: value(n), sentence: ctx.sentence.index, start: words[n.from - 2]!.start, end: n.end });
      continue;
    }
    const side = sideTaken(ctx, n);
    if (side) {
      sides.push({ value: value(n), side: side.side, sentence: ctx.sentence.index, start: n.start, end: side.end });
      continue;
    }
    // "1,819 votes to the BNP's 1,216", "voted 31 to 9"
    let k = n.to;
    if (VOTE.test(words[k]?.lower ?? '')) k++;
    if (words[k]?.lower === 'to') {
      k++;
      while (k < words.length && (BETWEEN.test(words[k]!.lower) || ctx.mentionAt[k]) && !counts.some((m) => m.from === k)) k++;
      const second = counts.find((m) => m.from === k);
      if (second && voteNear(n.from - 4, second.to + 2)) {
        tallies.push({ high: Math.max(value(n), value(second)), low: Math.min(value(n), value(second)), sentence: ctx.sentence.index, start: n.start, end: second.end });
        continue;
      }
    }
  }
  return { tallies, margins, sides };
}

/**
 * The side a count takes: "29 councillors backed", "eight councillors who backed", "24 voted against",
 * "31 voted for" (a noun for those who vote in a body, or none, between). Not a part of a count ("three
 * of the 31 who backed it" gives the 31).
 */
function sideTaken(ctx: SentenceContext, n: NumberMention): { side: 'for' | 'against'; end: number } | undefined {
  const { words } = ctx;
  if (words[n.to]?.lower === 'of') return undefined;
  let k = n.to;
  if (n.unit !== undefined && !VOTERS.has(n.unit)) return undefined;
  if (words[k]?.pos === 'NOUN' && words[k]!.lemma === n.unit) k++;
  if (words[k]?.lower === 'who') k++;
  if (words[k]?.lower === 'had') k++;
  const verb = words[k];
  if (!verb) return undefined;
  if (BACKED.has(verb.lemma) && verb.pos === 'VERB') return { side: 'for', end: verb.end };
  if (OPPOSED.has(verb.lemma) && verb.pos === 'VERB') return { side: 'against', end: verb.end };
  if (verb.lower === 'voted' && /^(?:for|against)$/.test(words[k + 1]?.lower ?? '')) return { side: words[k + 1]!.lower === 'for' ? 'for' : 'against', end: words[k + 1]!.end };
  return undefined;
}
