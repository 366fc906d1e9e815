/**
 * changed-date — a date or year in a sentence changed between versions ("on Monday" became "on
 * Tuesday", "in 2019" became "in 2020").
 *
 * Why: when something happened is part of the claim; a changed date is either a correction to note
 * or a new error. Not a finding: the same date written another way, a date added with no
 * counterpart, dates inside quotations.
 */
import { datesAgree, sameDate } from '../claims/numbers.js';
import type { Value } from '../model/document.js';
import type { RuleContext, RuleKind } from './kind.js';
import { changedPairs, pairUp, reportChange, supported, SOURCE_VALUE_SIMILARITY } from './version-pairs.js';

export const changedDate: RuleKind = {
  name: 'changed-date',
  scope: 'versions',
  summary: 'A date or year changed between versions.',
  message: 'Date changed in {where}: {old} became {new}',
  optionsSchema: { type: 'object', additionalProperties: false, properties: {} },
  examples: {
    ok: ['The council met on Monday, Jan. 5.\n---\nThe council met on Monday, January 5.'],
    notOk: [
      'The council met on Monday.\n---\nThe council met on Tuesday.',
      // "May" the month, which the tagger takes for the modal verb
      'The council refused permission in March 2022.\n---\nThe council refused permission in May 2022.',
    ],
  },
  check(context: RuleContext) {
    for (const pair of changedPairs(context, SOURCE_VALUE_SIMILARITY)) {
      const dates = (contexts: typeof pair.oldContexts) =>
        contexts.flatMap((c) => c.dates.filter((d) => c.words.find((w) => w.start === d.start)?.quote === -1));
      const before = dates(pair.oldContexts);
      const after = dates(pair.newContexts);
      // "January 5" and "January 5, 2025" are one date: only dates that disagree are a change
      const onlyOld = before.filter((a) => !after.some((b) => sameDate(a, b)));
      const onlyNew = after.filter((b) => !before.some((a) => sameDate(a, b)) && !supported.date(context, b));
      const granularity = (v: Value) => (v.key.startsWith('weekday-') ? 'weekday' : v.kind === 'year' ? 'year' : 'date');
      for (const [a, b] of pairUp(onlyOld, onlyNew, (x, y) => granularity(x) === granularity(y) && !datesAgree(x, y))) reportChange(context, pair, 'Date', a, b);
    }
  },
};
