/**
 * changed-number — a number in a sentence changed between versions ("300 jobs" became "3,000 jobs").
 *
 * What: in a sentence the edit kept, a count, sum of money or percentage of the old version is gone
 * and another of the same kind stands in its place. Numbers written another way ("300" and "three
 * hundred") are the same number.
 * Why: a changed figure changes the story; if it corrects an error, the correction should be noted.
 * Not a finding: a number added or removed with no counterpart (the sentence says more or less: the
 * edit note covers it), a year or date (changed-date), a number inside a quotation (altered-quote),
 * an exact figure restated rounded ("2,480" / "nearly 2,500"). Against a report, a figure that counts
 * something named is compared only with a figure of the same thing, unless the sentences are close
 * restatements: loosely matched sentences carry figures of different things ("41 million" pounds
 * of profit, "six" years).
 */
import type { RuleContext, RuleKind } from './kind.js';
import { roundedRestatement } from '../claims/numbers.js';
import { type NumberMention } from '../model/analysis.js';
import { changedPairs, isSource, pairUp, reportChange, supported, SOURCE_VALUE_SIMILARITY } from './version-pairs.js';

/** A report sentence matched this closely restates the article's: its figures are the same figures. */
const CLOSE_RESTATEMENT = 0.6;

export const changedNumber: RuleKind = {
  name: 'changed-number',
  scope: 'versions',
  summary: 'A count, sum or percentage changed between versions.',
  message: 'Number changed in {where}: {old} became {new}',
  optionsSchema: { type: 'object', additionalProperties: false, properties: {} },
  examples: {
    ok: [
      'The mill will close in March, cutting 300 jobs.\n---\nThe mill will close in March, cutting three hundred jobs.',
      'The group made a profit of 5.1 billion pounds last year.\n---\nThe group made a profit of over 5 billion pounds last year.',
    ],
    notOk: [
      'The mill will close in March, cutting 300 jobs.\n---\nThe mill will close in March, cutting 3,000 jobs.',
      'The landslide killed at least 12 people, officials said.\n---\nThe landslide killed 14 people, officials said.',
    ],
  },
  check(context: RuleContext) {
    for (const pair of changedPairs(context, SOURCE_VALUE_SIMILARITY)) {
      const numbers = (contexts: typeof pair.oldContexts) =>
        contexts.flatMap((c) => c.numbers.filter((n) => n.kind !== 'year' && c.words[n.from]!.quote < 0));
      const before = numbers(pair.oldContexts);
      const after = numbers(pair.newContexts);
      // the same figure, qualified or not ("up to 12", "upto 12"): a change of wording, not of number
      // an unlabelled figure ("the other three") is the labelled one ("Three children") only when the
      // other side has no figure of that thing ("Two children")
      const labelled = (list: NumberMention[], n: NumberMention) => n.unit !== undefined && list.some((m) => m.kind === n.kind && m.unit === n.unit);
      const same = (a: NumberMention, b: NumberMention) =>
        a.kind === b.kind && a.key === b.key && (a.unit === b.unit || !(a.unit ? labelled(after, a) : labelled(before, b)));
      const onlyOld = before.filter((a) => !after.some((b) => same(a, b)));
      const onlyNew = after.filter((b) => !before.some((a) => same(a, b)) && !supported.number(context, b));
      const close = !isSource(context) || (pair.pair.similarity ?? 0) >= CLOSE_RESTATEMENT;
      // figures of the same thing pair first ("Three children" with "Two children", not with "the other three")
      const sameThing = pairUp(onlyOld, onlyNew, (x, y) => x.kind === y.kind && x.unit === y.unit);
      const paired = new Set(sameThing.flat());
      const loose = close ? pairUp(onlyOld.filter((x) => !paired.has(x)), onlyNew.filter((y) => !paired.has(y)), (x, y) => x.kind === y.kind && (!x.unit || !y.unit)) : [];
      for (const [a, b] of [...sameThing, ...loose].sort((p, q) => p[1].start - q[1].start)) {
        if (roundedRestatement(a, b)) continue;
        reportChange(context, pair, 'Number', a, b, { kind: a.kind, ...(a.unit ? { unit: a.unit } : {}) });
      }
    }
  },
};
