import { isMonthMay } from '../text/words.js';
import { likelyCommonWord } from './entities.js';
import { canon } from '../lexicon/compile.js';
import type { SentenceContext, SentenceTerms, Terms } from '../model/analysis.js';

const FUNCTION_POS = new Set(['DET', 'ADP', 'CCONJ', 'SCONJ', 'PART', 'PRON', 'AUX', 'PUNCT', 'SYM', 'SPACE', 'INTJ', 'X']);
const CLAUSE_BREAK = /^[,;:—–]$|^--$/;

export function sentenceTerms(ctx: SentenceContext): SentenceTerms {
  // each word is read once; the sentence and its clauses are views of the same entries
  const entries = entriesOf(ctx);
  const whole = collect(entries, 0, ctx.words.length);
  const clauses: Terms[] = [];
  let from = 0;
  // a piece with no verb before the clause's verb is its subject or an apposition ("Lindqvist, 24,
  // has signed …"): it stays with the clause
  let pending = -1;
  // the last clause's words, and where an apposition after it began ("will place Kwetla, the smaller of
  // the two operations, on care and maintenance": the phrase after the apposition is the clause's)
  let last: { at: number; ranges: [number, number][] } | undefined;
  let apposition = -1;
  for (let k = 0; k <= ctx.words.length; k++) {
    const word = ctx.words[k];
    // "has not signed a contract and will have a medical": a second verb phrase with its own auxiliary is
    // a second claim ("searched the town hall and took away computers" is one)
    const coordinated = word !== undefined && /^(and|but)$/.test(word.lower) && ctx.words[k + 1]?.pos === 'AUX' && word.quote < 0;
    if (word && !CLAUSE_BREAK.test(word.text) && !coordinated) continue;
    const hasVerb = ctx.words.slice(from, k).some((w) => w.pos === 'VERB' || w.pos === 'AUX');
    if (word && !hasVerb && k > from && word.text === ',') {
      // (a phrase of a preposition right after an apposition to the last clause completes that clause)
      if (last && apposition >= 0 && pending === apposition && ctx.words[from]!.pos === 'ADP') {
        last.ranges.push([from, k]);
        clauses[last.at] = { ...collectRanges(entries, last.ranges), quoted: [] };
        pending = -1;
        apposition = -1;
        from = k + 1;
        continue;
      }
      // (an opening phrase of place or time, "At an election-night gathering at a union hall,", is where
      // and when, not the clause's subject: it is left out of the clause)
      if (pending < 0 && !(from === 0 && ctx.words[0]!.pos === 'ADP')) {
        pending = from;
        apposition = last && last.ranges[last.ranges.length - 1]![1] === from - 1 && ctx.words[from]!.pos === 'DET' ? from : -1;
      }
      from = k + 1;
      continue;
    }
    const start = pending >= 0 ? pending : from;
    pending = -1;
    apposition = -1;
    last = undefined;
    if (k > start && !isAttribution(ctx, from, k)) {
      const clause = collect(entries, start, k);
      if (clause.terms.length > 0) {
        last = { at: clauses.length, ranges: [[start, k]] };
        clauses.push({ ...clause, quoted: [] });
      }
    }
    from = k + 1;
  }
  return { ...whole, clauses };
}

/** What one word (or phrase, number, date, name) contributes, at its word index. */
interface Entry {
  at: number;
  term?: string;
  quoted: boolean;
  negation?: boolean;
  hedge?: string;
}

/** The terms of words in several stretches of a sentence, in order. */
function collectRanges(entries: Entry[], ranges: [number, number][]): Terms {
  return collect(entries.filter((e) => ranges.some(([from, to]) => e.at >= from && e.at < to)), 0, Infinity);
}

function collect(entries: Entry[], from: number, to: number): Terms {
  const terms: string[] = [];
  const quoted: string[] = [];
  let negations = 0;
  const denied: string[] = [];
  let pending = false;
  const hedges: string[] = [];
  for (const entry of entries) {
    if (entry.at < from || entry.at >= to) continue;
    if (entry.negation) {
      negations++;
      pending = true;
    } else if (entry.hedge) hedges.push(entry.hedge);
    else if (entry.term) {
      (entry.quoted ? quoted : terms).push(entry.term);
      if (pending && !entry.quoted) denied.push(entry.term);
      pending = false;
    }
  }
  return { terms, quoted, negations, denied, hedges };
}

/** "Mayor Teodora Vance said after the vote", "told reporters", "according to police". */
function isAttribution(ctx: SentenceContext, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const word = ctx.words[k]!;
    if (word.quote >= 0) continue;
    if (ctx.lexicon.speechVerbs.has(word.lemma) && (word.pos === 'VERB' || word.pos === 'AUX')) {
      // a speech verb that takes a clause of its own ("said the council will …") is no bare attribution
      const rest = ctx.words.slice(k + 1, to).filter((w) => w.pos !== 'PUNCT');
      return rest.length <= 5;
    }
    if (word.lower === 'according' && ctx.words[k + 1]?.lower === 'to') return true;
  }
  return false;
}

function entriesOf(ctx: SentenceContext): Entry[] {
  const { words, lexicon } = ctx;
  const out: Entry[] = [];
  const numberAt = new Map<number, string>();
  for (const n of ctx.numbers) numberAt.set(n.from, n.kind === 'year' ? `year:${n.key}` : `#${n.key}`);
  const dateAt = new Map<number, { term: string; end: number }>();
  for (const d of ctx.dates) if (d.kind === 'date') dateAt.set(d.start, { term: `date:${d.key}`, end: d.end });
  const numberCover = new Set<number>();
  for (const n of ctx.numbers) for (let k = n.from; k < n.to; k++) numberCover.add(k);
  const to = words.length;
  let k = 0;
  while (k < to) {
    const word = words[k]!;
    const at = k;
    const push = (term: string) => out.push({ at, term, quoted: word.quote >= 0 });
    const mention = ctx.mentionAt[k];
    if (mention) {
      if (likelyCommonWord(mention, ctx.entities.get(mention.entity))) push(canon(lexicon, word.lemma));
      else if (mention.form !== 'pronoun') push(`@${mention.entity}`);
      while (k < to && ctx.mentionAt[k] === mention) k++;
      continue;
    }
    if (numberAt.has(k)) {
      push(numberAt.get(k)!);
      while (numberCover.has(k + 1) && !numberAt.has(k + 1)) k++;
      k++;
      continue;
    }
    const date = dateAt.get(word.start);
    if (date) {
      push(date.term);
      while (k < to && words[k]!.end <= date.end) k++;
      continue;
    }
    if (lexicon.denials.has(word.lower) || word.lower === "n't") {
      if (word.quote < 0) out.push({ at, quoted: false, negation: true });
      k++;
      continue;
    }
    const hedge = !isMonthMay(lexicon, words, k) && lexicon.hedges.find((h) => h[0] === word.lower && h.every((w, j) => words[k + j]?.lower === w));
    if (hedge) {
      out.push({ at, quoted: word.quote >= 0, hedge: hedge.join(' ') });
      k += hedge.length;
      continue;
    }
    const phrase = (lexicon.phrases.get(word.lemma) ?? lexicon.phrases.get(word.lower) ?? []).find((p) => p.every((w, j) => words[k + j]?.lemma === w || words[k + j]?.lower === w));
    if (phrase) {
      push(canon(lexicon, phrase.join(' ')));
      k += phrase.length;
      continue;
    }
    if (!FUNCTION_POS.has(word.pos) && !lexicon.lightWords.has(word.lemma) && !lexicon.lightWords.has(word.lower) && /[\p{L}\p{N}]/u.test(word.text)) {
      push(canon(lexicon, word.lemma));
    }
    k++;
  }
  // when something was said is not what was said: "said Tuesday night she would not seek the seat"
  // claims what "told supporters she will seek the seat" denies
  const aside = notClaimed(ctx);
  return aside.size ? out.filter((entry) => !aside.has(entry.at)) : out;
}

/** Parts of a day told after a speech verb with a day ("said Tuesday night"). */
const DAY_PARTS = new Set(['morning', 'afternoon', 'evening', 'night', 'today', 'yesterday', 'tonight']);

/**
 * The words right after a speech verb, before what was said, that tell when it was said; and an age in
 * apposition ("Kowalczyk, 58, said …"), which tells who the person is, not what is claimed.
 */
function notClaimed(ctx: SentenceContext): Set<number> {
  const { words } = ctx;
  const out = new Set<number>();
  for (let k = 2; k + 1 < words.length; k++) {
    if (/^\d{1,3}$/.test(words[k]!.text) && words[k - 1]!.text === ',' && words[k + 1]!.text === ',' && ctx.mentionAt[k - 2]) out.add(k);
  }
  for (let k = 0; k + 1 < words.length; k++) {
    const verb = words[k]!;
    if (verb.quote >= 0 || verb.pos !== 'VERB' || !ctx.lexicon.speechVerbs.has(verb.lemma)) continue;
    let j = k + 1;
    if (words[j]?.lower === 'on') j++;
    const from = j;
    while (j < words.length && (ctx.dates.some((d) => d.start <= words[j]!.start && words[j]!.end <= d.end) || DAY_PARTS.has(words[j]!.lower))) j++;
    // (what was said must follow: "said on Tuesday." tells when, and the sentence ends there)
    if (j > from && j + 1 < words.length && words[j]!.pos !== 'PUNCT') for (let m = from; m < j; m++) out.add(m);
  }
  return out;
}
