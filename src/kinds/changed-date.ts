/**
 * changed-date — a date or year in a sentence changed between versions ("on Monday" became "on
 * Tuesday", "in 2019" became "in 2020").
 *
 * Why: when something happened is part of the claim; a changed date is either a correction to note
 * or a new error. Not a finding: the same date written another way, a date added with no
 * counterpart, dates inside quotations.
 */
import { datesAgree, sameDate } from '../claims/numbers.js';
import type { Claim, Value } from '../model/document.js';
import type { Analysis } from '../model/analysis.js';
import { sameEntity } from '../claims/identity.js';
import { placeOf } from './describe.js';
import { defineKind, type OptionsOf, type OptionsSchema, type RuleContext } from './kind.js';
import { bothStayed, changeData, changedPairs, changeLocations, pairUp, RESTATEMENT_OPTION } from './pairs.js';
import { blockWeight, confidence, minConfidence, restatement } from './confidence.js';

const OPTIONS = {
  type: 'object',
  additionalProperties: false,
  properties: { minRestatement: RESTATEMENT_OPTION, minConfidence: minConfidence('A date changed in a headline, or against a loosely matched report sentence, scores lower.') },
} as const satisfies OptionsSchema;

export const changedDate = defineKind<OptionsOf<typeof OPTIONS>>({
  name: 'changed-date',
  scope: 'versions',
  summary: 'A date or year changed between versions.',
  optionsSchema: OPTIONS,
  messages: {
    changed: {
      template: { edit: 'Date changed in {where}: “{old}” became “{new}”', source: 'Date in {where} differs from {report}: the article says “{new}”, the report “{old}”' },
      vars: ['where', 'old', 'new', 'report'],
    },
  },
  examples: [
    { old: 'The council met on Monday, Jan. 5.', text: 'The council met on Monday, January 5.', findings: [] },
    // against a report, one event each tells on one day only, of a named man and a man it does not name
    {
      related: 'FLORENCE, Wis. (AP) — A Michigan man accused of opening fire on a group of young people was charged Wednesday, Aug. 6, with three counts of first-degree intentional homicide.',
      text: 'Scott J. Johnson, 38, of Kingsford, Michigan, was charged on Thursday with killing three young people in a shooting on the Menominee River.',
      findings: ['1:62 related-date Date in paragraph 1 differs from related.md: the article says “Thursday”, the report “Wednesday, Aug. 6”'],
    },
    // seven killed in a massacre are not the gunman shot dead a day later
    {
      related: 'Police shot Edgar Ribeiro dead on Wednesday after he went on the run.',
      text: 'Police caught and killed the gunman who executed seven in a pool house massacre on Tuesday.',
      findings: [],
    },
    // the report's year is the article's too, a sentence on: the article's other year is another event's
    {
      related: 'Born in Leeds, Hunter won the Masters in 2001, 2002 and 2004. He also won the Welsh Open in 1998 and the British Open in 2002, and reached the last four at the Crucible in 2003.',
      text: 'Hunter turned professional in 1995 and won his first ranking title, the Welsh Open, in 1998, while still a teenager. He went on to win the Masters at Wembley in 2001, 2002 and 2004, and the British Open in 2002, and reached the semi-finals of the World Championship in 2003.',
      findings: [],
    },
    { old: 'The council met on Monday.', text: 'The council met on Tuesday.', findings: ['1:20 changed-date Date changed in paragraph 1: “Monday” became “Tuesday”'] },
    // "May" the month, which the tagger takes for the modal verb
    { old: 'The council refused permission in March 2022.', text: 'The council refused permission in May 2022.', findings: ['1:35 changed-date Date changed in paragraph 1: “March 2022” became “May 2022”'] },
  ],
  check(context) {
    const { mode, old } = context.versions!;
    const told = new Set<string>();
    for (const pair of changedPairs(context, context.options.minRestatement)) {
      const dates = (contexts: typeof pair.oldContexts) =>
        contexts.flatMap((c) => c.dates.filter((d) => c.words.find((w) => w.start === d.start)?.quote === -1));
      const before = dates(pair.oldContexts);
      const after = dates(pair.newContexts);
      // "January 5" and "January 5, 2025" are one date: only dates that disagree are a change
      // against a report, a report date the article gives elsewhere is one it agrees with: the
      // article's other date in this sentence belongs to another event ("turned professional in 1995"
      // beside the report's "won the Masters in 2001", which the article tells a sentence on)
      const onlyOld = before.filter((a) => !after.some((b) => sameDate(a, b)) && !(mode.name === 'source' && mode.supports.date(context.analysis, a)));
      const onlyNew = after.filter((b) => !before.some((a) => sameDate(a, b)) && !mode.supports.date(old, b));
      const granularity = (v: Value) => (v.key.startsWith('weekday-') ? 'weekday' : v.kind === 'year' ? 'year' : 'date');
      for (const [a, b] of pairUp(onlyOld, onlyNew, (x, y) => granularity(x) === granularity(y) && !datesAgree(x, y))) {
        if (bothStayed(context, pair, a.text, b.text)) continue;
        told.add(`${b.start}`);
        context.report({ confidence: confidence(0.9, blockWeight(pair.newSentences[0]), restatement(mode, pair.pair.similarity)), message: 'changed', data: changeData(context, pair, a.text, b.text), locations: changeLocations(context, b, a), evidence: { expected: a.text, actual: b.text } });
      }
    }
    if (mode.name === 'source') eventDays(context, told);
  },
});

/**
 * Against a report, one event told on two days, whatever the sentences around it say: the article
 * and the report each tell an event of one kind on one day only ("Scott J. Johnson … was charged on
 * Thursday" / "A Michigan man … was charged Wednesday, Aug. 6"), of the same named participant or of
 * one a side does not name, and the days differ. A kind told on several days by either (two votes,
 * a strike's days) is left to the sentences.
 */
function eventDays(context: RuleContext, told: ReadonlySet<string>): void {
  const report = context.versions!.old;
  const article = context.analysis;
  // (a day read for an event with another event's word between them is as often the other's: "caught
  // and killed the gunman who executed seven in a massacre on Tuesday")
  const between = (analysis: Analysis, c: Claim) => {
    const [from, to] = c.values.time!.start < c.trigger.start ? [c.values.time!.end, c.trigger.start] : [c.trigger.end, c.values.time!.start];
    return analysis.claims.some((o) => o !== c && o.kind === 'event' && o.sentence === c.sentence && o.trigger.start >= from && o.trigger.end <= to);
  };
  const dated = (analysis: Analysis) => {
    const byFrame = new Map<string, Claim[]>();
    for (const c of analysis.claims) {
      if (c.kind !== 'event' || c.negated || c.quote >= 0 || !(c.asserted || c.presupposed) || !c.values.time || !onDay(c.values.time) || between(analysis, c)) continue;
      const list = byFrame.get(c.frame);
      if (list) list.push(c);
      else byFrame.set(c.frame, [c]);
    }
    return byFrame;
  };
  const oneDay = (list: Claim[] | undefined) => (list && list.every((c) => datesAgree(c.values.time!, list[0]!.values.time!)) ? list : undefined);
  const theirs = dated(report);
  for (const [frame, mine] of dated(article)) {
    const ours = oneDay(mine);
    const others = oneDay(theirs.get(frame));
    if (!ours || !others || datesAgree(ours[0]!.values.time!, others[0]!.values.time!)) continue;
    const a = ours[0]!;
    const r = others[0]!;
    if (told.has(`${a.values.time!.start}`) || !sameParticipants(article, report, a, r)) continue;
    context.report({
      confidence: confidence(0.8, blockWeight(article.sentences[a.sentence])),
      message: 'changed',
      data: { where: placeOf(article.sentences[a.sentence]!), old: r.values.time!.text, new: a.values.time!.text, report: report.doc.path },
      locations: changeLocations(context, a.values.time!, r.values.time!),
      evidence: { expected: r.values.time!.text, actual: a.values.time!.text },
    });
  }
}

/**
 * The same named participant on both sides, or one side naming none and counting no one (the
 * report's "A Michigan man"; not "killed … seven" against the gunman's own death).
 */
function sameParticipants(article: Analysis, report: Analysis, a: Claim, r: Claim): boolean {
  const unnamed = (c: Claim) => c.subjects.length === 0 && (c.values.count === undefined || c.values.count.key === '1');
  if (a.subjects.length === 0 || r.subjects.length === 0) return a.subjects.length + r.subjects.length > 0 && (unnamed(a) || unnamed(r));
  return a.subjects.some((x) => r.subjects.some((y) => sameEntity(article.entityById.get(x), report.entityById.get(y))));
}

/** A date that names a day: a weekday or a day of a month. */
function onDay(value: Value): boolean {
  return value.key.startsWith('weekday-') || /-\d\d-\d\d$/.test(value.key);
}
