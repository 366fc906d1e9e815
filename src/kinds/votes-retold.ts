/**
 * A body's vote told twice by its totals (repetition): "voted nine to four on Tuesday evening to
 * approve the rise" … "Committee members endorsed the increase 9-4"; "The plan won the support of nine
 * members, with three against". The totals tell the vote where the words of the motion differ ("the
 * rise" / "the increase"), so two tellings with the same totals, no day that parts them and nothing
 * marking a second vote are one vote told twice. A telling that only refers back ("The 9-4 vote came
 * after a long debate") states no decision and is left alone.
 */
import type { Analysis } from '../model/analysis.js';
import { BODY_KINDS } from '../model/document.js';
import type { Evidence } from '../model/finding.js';
import { DECIDED, talliesOf } from '../claims/tallies.js';
import { confidence } from './confidence.js';
import type { RuleContext } from './kind.js';

type Report = (earlier: number, later: number, claim: string, evidence: Evidence, sure: number) => void;

/** A vote's totals as one sentence tells them; `high` is missing where only those against are counted ("with one dissenting"). */
interface Told {
  sentence: number;
  high?: number;
  low: number;
  text: string;
}

export function votesRetold(context: Pick<RuleContext, "analysis">, report: Report): void {
  const { analysis } = context;
  const told: Told[] = [];
  for (const ctx of analysis.contexts) {
    const sentence = analysis.sentences[ctx.sentence.index]!;
    if (!BODY_KINDS.has(sentence.kind) || !decides(analysis, ctx.sentence.index)) continue;
    const { tallies, sides } = talliesOf(ctx);
    const tally = tallies[0];
    const text = (start: number, end: number) => analysis.doc.source.slice(start, end);
    // (not a part of a side referred back to: "one of the four who voted against")
    const partOf = (start: number) => /\bof\s+(?:the|those)\s+$/i.test(text(Math.max(0, start - 12), start));
    const backing = sides.find((s) => s.side === 'for' && !partOf(s.start));
    const against = sides.find((s) => s.side === 'against' && !partOf(s.start));
    // (those against alone tell the vote only beside its decision: "with one dissenting, agreed")
    const beside = against !== undefined && /\bwith\s+$/i.test(text(Math.max(0, against.start - 6), against.start));
    if (tally) told.push({ sentence: ctx.sentence.index, high: tally.high, low: tally.low, text: text(tally.start, tally.end) });
    else if (against && backing) told.push({ sentence: ctx.sentence.index, high: Math.max(backing.value, against.value), low: Math.min(backing.value, against.value), text: text(backing.start, against.end) });
    else if (against && beside) told.push({ sentence: ctx.sentence.index, low: against.value, text: text(against.start, against.end) });
  }
  // by the side against, the tellings with both totals: a later telling is set against those of its
  // split only, so a pasted list of votes costs no pairs beyond its repeats
  const bySide = new Map<number, Told[]>();
  for (const b of told) {
    const earlier = bySide.get(b.low) ?? [];
    const same = earlier.filter((x) => b.high === undefined || x.high === b.high);
    // (the same totals told of two votes before: a story that tells two votes of one split cannot say which is retold)
    const a = same.length === 1 ? same[0]! : undefined;
    if (a && a.sentence !== b.sentence && !ANOTHER_VOTE.test(analysis.sentences[b.sentence]!.text) && !daysApart(analysis, a.sentence, b.sentence)) {
      report(a.sentence, b.sentence, `The ${a.high}-${a.low} vote`, { frame: 'vote', expected: a.text, actual: b.text }, confidence(0.85, b.high === undefined ? ONE_SIDE : 1));
    }
    if (b.high !== undefined && earlier.length < MAX_SPLITS && !earlier.some((x) => x.sentence === b.sentence)) bySide.set(b.low, [...earlier, b]);
  }
}

/** Tellings of one split kept to compare later ones with: more is a table of results, not a story's vote. */
const MAX_SPLITS = 3;

/** Those against alone ("with one dissenting") tell the vote less surely than both totals. */
const ONE_SIDE = 0.8;

/** A sentence that states a decision with a verb ("voted", "endorsed", "won the support of"), not only names it ("The 9-4 vote"). */
function decides(analysis: Analysis, sentence: number): boolean {
  return analysis.words[sentence]!.some((w) => w.quote < 0 && (w.pos === 'VERB' || w.pos === 'AUX') && (DECIDED.has(w.lemma) || w.lemma === 'win'));
}


/** Words that tell a second vote or one at another time ("earlier this week" is this week's). */
const ANOTHER_VOTE = /\b(?:also|another|separate|second|again|(?:later|earlier)(?! this\b)|previous(?:ly)?|last (?:year|month|week)|in (?:19|20)\d\d)\b/i;

/** Two sentences that give days and share none tell two occasions. */
function daysApart(analysis: Analysis, x: number, y: number): boolean {
  const days = (s: number) => new Set(analysis.contexts[s]!.dates.map((d) => d.key));
  const [dx, dy] = [days(x), days(y)];
  return dx.size > 0 && dy.size > 0 && ![...dx].some((d) => dy.has(d));
}
