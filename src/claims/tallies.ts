import type { SentenceContext, NumberMention, Word } from '../model/analysis.js';

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
  /** Told as the side's votes ("the 99 votes against"), its whole total, not a group of those who cast them. */
  votes?: true;
  /** Read as a side only by the "and" before it ("… in favour and 2,977 against"). */
  paired?: true;
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
/** How many words may stand between "to" and a tally's second total. */
const TALLY_NAME_REACH = 7;

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
    // "a margin of 37", "a majority of 503" (not "a margin of three to one", a ratio, nor the members of a
    // majority doing something: "a majority of nine came down in favour"; blind set BW)
    // ("a majority of 503 was more than they had hoped for" is the margin told of)
    const acts = (words[n.to]?.pos === 'VERB' && !/^(?:was|were|is|are|be)$/.test(words[n.to]!.lower)) || (/^(?:members|councillors|councilors|senators)$/.test(words[n.to]?.lower ?? '') && words[n.to + 1]?.pos === 'VERB');
    if (words[n.from - 1]?.lower === 'of' && /^(?:margin|majority)$/.test(words[n.from - 2]?.lower ?? '') && words[n.to]?.lower !== 'to' && !acts) {
      margins.push({ value: value(n), sentence: ctx.sentence.index, start: words[n.from - 2]!.start, end: n.end });
      continue;
    }
    // "winning by 530 votes", "won by 12 votes" (not "approved by 31 votes to nine", a tally)
    // (the verb may stand a few words before: "won the Dungannon seat by 318 votes", "squeaked through at
    // committee by two votes"; not past a comma or another verb)
    const won = words[n.from - 1]?.lower === 'by' ? wonBefore(words, n.from - 2) : -1;
    if ((n.unit === 'vote' || n.unit === 'vote margin') && won >= 0 && !/^(?:to|-)$/.test(words[n.to + 1]?.lower ?? '')) {
      margins.push({ value: value(n), sentence: ctx.sentence.index, start: words[won]!.start, end: words[n.to]?.lemma === 'vote' ? words[n.to]!.end : n.end });
      continue;
    }
    const side = sideTaken(ctx, n) ?? sideBeside(ctx, n);
    if (side) {
      sides.push({ value: value(n), sentence: ctx.sentence.index, start: n.start, ...side });
      continue;
    }
    // "1,819 votes to the BNP's 1,216", "voted 31 to 9"
    let k = n.to;
    if (VOTE.test(words[k]?.lower ?? '')) k++;
    if (words[k]?.lower === 'to') {
      k++;
      // (past the other side's name and what it is: "16,240 votes to the Conservative candidate Mark Haddon's 15,837"; review)
      const reach = k + TALLY_NAME_REACH;
      while (k < words.length && k < reach && (BETWEEN.test(words[k]!.lower) || ctx.mentionAt[k] || /^(?:NOUN|ADJ|PROPN)$/.test(words[k]!.pos)) && !counts.some((m) => m.from === k)) k++;
      const second = counts.find((m) => m.from === k);
      // (the word of voting may come with the margin after: "lost 2,512 to 2,448, failing by 64 votes")
      if (second && voteNear(n.from - 4, second.to + 5)) {
        tallies.push({ high: Math.max(value(n), value(second)), low: Math.min(value(n), value(second)), sentence: ctx.sentence.index, start: n.start, end: second.end });
        continue;
      }
    }
  }
  // "a six-vote majority": a margin spelt out onto its unit (a figure in digits, "37-vote", is a count)
  words.forEach((w, i) => {
    const spelt = /^(\p{Ll}+)-votes?$/u.exec(w.lower);
    const value = spelt ? ctx.lexicon.numberWords.get(spelt[1]!) : undefined;
    if (value === undefined || w.quote >= 0 || !/^(?:margin|majority)$/.test(words[i + 1]?.lower ?? '')) return;
    margins.push({ value, sentence: ctx.sentence.index, start: w.start, end: words[i + 1]!.end });
  });
  // "voted 6-1", "endorsed the increase 9-4", "a 5-4 ruling": totals written as a score beside a word of
  // deciding (not a match's score: "beat them 3-0", "won 2-1")
  words.forEach((w, i) => {
    const score = SCORE.exec(w.text);
    if (!score || w.quote >= 0) return;
    const before = words.slice(Math.max(0, i - SCORE_REACH), i);
    const decided = before.some((x) => (x.pos === 'VERB' || x.pos === 'AUX' || VOTE.test(x.lower)) && (DECIDED.has(x.lemma) || VOTE.test(x.lower))) || DECISION.test(words[i + 1]?.lower ?? '');
    if (!decided) return;
    const [a, b] = [Number(score[1]), Number(score[2])];
    tallies.push({ high: Math.max(a, b), low: Math.min(a, b), sentence: ctx.sentence.index, start: w.start, end: w.end });
  });
  // "It drew 2,184 votes against and 1,962 in favor": both sides' votes in one sentence are its totals
  // (one of them told as votes: "29 councillors backed the scheme and 24 voted against it" are those who
  // voted, which a tally told elsewhere may contradict)
  const against = sides.filter((x) => x.side === 'against');
  const infavour = sides.filter((x) => x.side === 'for');
  // (and so are those "in favour and … against" told together: "with seven councillors in favour and five
  // against" counts the whole vote; blind set CE)
  if (tallies.length === 0 && against.length === 1 && infavour.length === 1 && (against[0]!.votes || infavour[0]!.votes || against[0]!.paired || infavour[0]!.paired)) {
    const [a, f] = [against[0]!, infavour[0]!];
    tallies.push({ high: Math.max(a.value, f.value), low: Math.min(a.value, f.value), sentence: ctx.sentence.index, start: Math.min(a.start, f.start), end: Math.max(a.end, f.end) });
  }
  // (a count read as a side only by the "and" before it is one only as such a tally's other total)
  return { tallies, margins, sides: tallies.length ? sides : sides.filter((x) => !x.paired) };
}

/** Verbs of winning or losing before "by" and a count of votes, which make it a margin. */
const WON = /^(?:win|wins|won|winning|lose|loses|lost|losing|beat|beaten|beating|carried|elected|re-elected|passed|approved|rejected|defeated|through|fail|fails|failed|failing)$/;

/** Where a verb of winning stands, from `k` back up to WON_REACH words within the clause; -1 if none. */
function wonBefore(words: Word[], k: number): number {
  for (let j = k; j >= 0 && j > k - WON_REACH; j--) {
    if (WON.test(words[j]!.lower)) return j;
    if (/^[,;:.]$/.test(words[j]!.text) || words[j]!.pos === 'VERB' || words[j]!.pos === 'AUX') return -1;
  }
  return -1;
}
const WON_REACH = 5;

/** Totals written as a score: "6-1", "9–4". */
const SCORE = /^(\d{1,3})[-–](\d{1,3})$/;
/** How many words before such a score a word of deciding may stand ("endorsed the increase 9-4", "passed the new congressional map 104-97"). */
const SCORE_REACH = 6;
/** Verbs (lemmas) a body decides by, which make a score after them its totals. */
export const DECIDED = new Set(['vote', 'approve', 'endorse', 'back', 'support', 'reject', 'pass', 'adopt', 'carry', 'defeat', 'ratify', 'uphold', 'overturn', 'rule', 'decide', 'agree', 'confirm', 'elect', 'choose', 'sanction']);
/** Nouns of deciding a score is written onto: "a 6-3 decision", "a 9-4 vote". */
const DECISION = /^(?:vote|votes|decision|ruling|verdict|majority|split)$/;

/**
 * A side told beside the decision, after the count: "with three against", "with one dissenting", "the
 * four members voting against", "nine in favour"; or the count a decision won: "the support of nine
 * members". Not those who abstained.
 */
function sideBeside(ctx: SentenceContext, n: NumberMention): SideRead | undefined {
  const { words } = ctx;
  // (not a tally's second total: "by 23 votes to 19 in favour")
  if (words[n.from - 1]?.lower === 'to') return undefined;
  // "the 99 votes against the map", "104 votes in favour" (not "votes for", which an election gives each
  // candidate: "4,081 votes for Harmon"; blind set BQ)
  // ("3,412 votes cast in favour": review)
  const at = words[n.to + 1]?.lower === 'cast' ? n.to + 2 : n.to + 1;
  if (n.unit === 'vote' && words[n.to]?.lemma === 'vote' && words[at + 1]?.lower !== 'to') {
    const next = words[at];
    if (next?.lower === 'against') return { side: 'against', end: next.end, votes: true };
    if (next?.lower === 'in' && /^(?:favour|favor)$/.test(words[at + 1]?.lower ?? '')) return { side: 'for', end: words[at + 1]!.end, votes: true };
  }
  if (n.unit !== undefined && !VOTERS.has(n.unit)) return undefined;
  let k = n.to;
  if (words[k]?.pos === 'NOUN' && words[k]!.lemma === n.unit) k++;
  const next = words[k];
  // ("with three against", and "… in favour and 2,977 against")
  if (next && AGAINST_BESIDE.test(next.lower) && words[n.from - 1]?.lower === 'with') return { side: 'against', end: next.end };
  if (next && AGAINST_BESIDE.test(next.lower) && words[n.from - 1]?.lower === 'and') return { side: 'against', end: next.end, paired: true };
  if (next?.lower === 'voting' && /^(?:for|against)$/.test(words[k + 1]?.lower ?? '')) return { side: words[k + 1]!.lower === 'for' ? 'for' : 'against', end: words[k + 1]!.end };
  if (next?.lower === 'in' && /^(?:favour|favor)$/.test(words[k + 1]?.lower ?? '')) return { side: 'for', end: words[k + 1]!.end };
  // (of voters: "the support of nine PCC members", not "the support of 300 residents")
  const voters = n.unit !== undefined || words.slice(n.to, n.to + 3).some((w) => w.pos === 'NOUN' && VOTERS.has(w.lemma));
  if (voters && words[n.from - 1]?.lower === 'of' && /^(?:support|backing)$/.test(words[n.from - 2]?.lower ?? '')) return { side: 'for', end: n.end };
  return undefined;
}

/** A side read at a count: which, where its words end, and whether told as its votes. */
type SideRead = Pick<Side, 'side' | 'end' | 'votes' | 'paired'>;

/** Words that, after "with" and a count, make it those who voted against. */
const AGAINST_BESIDE = /^(?:against|dissenting|opposed|opposing)$/;

/**
 * The side a count takes: "29 councillors backed", "eight councillors who backed", "24 voted against",
 * "31 voted for" (a noun for those who vote in a body, or none, between). Not a part of a count ("three
 * of the 31 who backed it" gives the 31).
 */
function sideTaken(ctx: SentenceContext, n: NumberMention): SideRead | undefined {
  const { words } = ctx;
  if (words[n.to]?.lower === 'of') return undefined;
  // (a part of another count: "212 responses, of which 163 opposed the increase")
  if (/^(?:which|whom)$/.test(words[n.from - 1]?.lower ?? '') && words[n.from - 2]?.lower === 'of') return undefined;
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
  // ("288 members voting in favour and 232 against"; review)
  if (/^(?:voted|voting)$/.test(verb.lower) && words[k + 1]?.lower === 'in' && /^(?:favour|favor)$/.test(words[k + 2]?.lower ?? '')) return { side: 'for', end: words[k + 2]!.end };
  return undefined;
}
