/**
 * changed-date — a date or year in a sentence changed between versions ("on Monday" became "on
 * Tuesday", "in 2019" became "in 2020").
 *
 * Why: when something happened is part of the claim; a changed date is either a correction to note
 * or a new error. Not a finding: the same date written another way, a date added with no
 * counterpart, dates inside quotations.
 */
import { datesAgree, onDay, sameDate } from '../claims/numbers.js';
import { WEEKDAYS } from '../claims/calendar.js';
import type { CompiledLexicon } from '../lexicon/compile.js';
import type { SentenceContext, Word } from '../model/analysis.js';
import type { Sentence, Value } from '../model/document.js';
import type { Analysis } from '../model/analysis.js';
import { anotherOccurrence, eventClash, eventValueClashes } from './event-values.js';
import { defineKind, type OptionsOf, type OptionsSchema, type RuleContext } from './kind.js';
import { bothStayed, changeData, changedPairs, changeLocations, countedBy, pairUp, RESTATEMENT_OPTION, type ChangedPair } from './pairs.js';
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
    // the one sentencing each text tells, naming no one, on two days, of one case (blind set BD); not a
    // court round-up's other defendant ("She will be sentenced"), nor another's sentence passed (review)
    { related: "# Court round-up: Leeds Crown Court\n\nAt Leeds Crown Court on Monday, a 45-year-old woman admitted defrauding an Otley charity of £30,000. She will be sentenced on 21 October.\n\nSeparately, two men admitted burglaries in the town.\n", text: "# Pair admit Otley burglaries\n\nTwo men have admitted a string of burglaries in Otley.\n\nThe men pleaded guilty at Leeds Crown Court on Monday. Judge Simon Lane adjourned the case for reports.\n\nThey will be sentenced on 28 October.\n", findings: [] },
    { related: "# Getaway driver jailed\n\nA getaway driver who helped two burglars target homes in Otley was jailed for 18 months on 21 October.\n\nThe driver, 23, was sentenced at Leeds Crown Court after admitting conspiracy to burgle.\n\nHis two accomplices have admitted the burglaries and will be dealt with later this month.\n", text: "# Pair admit Otley burglaries\n\nTwo men have admitted a string of burglaries in Otley.\n\nThe men pleaded guilty at Leeds Crown Court on Monday. Judge Simon Lane adjourned the case for reports.\n\nThey will be sentenced on 28 October.\n", findings: [] },
    { related: "A father and son caught with more than 1100 paua on the Kaikoura coast have pleaded guilty to fisheries charges and will be sentenced in the Christchurch District Court on 21 October.\n\nFishery officers stopped Wiremu Parata, 52, and Tane Parata, 24, in March.", text: "A Kaikoura father and son have admitted taking more than 1100 paua.\n\nWiremu Parata, 52, and Tane Parata, 24, were stopped by fishery officers in March.\n\nThey will be sentenced on 28 October.", findings: ['5:27 related-date Date in paragraph 3 differs from related.md: the article says “28 October”, the report “21 October”'] },
    // a range written with one month ("between 5 and 20 April 2025") gives its first day that month
    { related: 'UKHSA is investigating an outbreak among people who visited Hollinbank Farm Park, near Morpeth, between 5 and 20 April 2025.', text: 'The cases involve people who visited Hollinbank Farm Park, near Morpeth, between April 5 and April 20.\n', findings: [] },
    { related: 'UKHSA is investigating an outbreak among people who visited Hollinbank Farm Park, near Morpeth, between 5 and 20 April 2025.', text: 'The cases involve people who visited Hollinbank Farm Park, near Morpeth, between April 6 and April 20.\n', findings: ['1:82 related-date Date in paragraph 1 differs from related.md: the article says “April 6”, the report “5 April”'] },
    { old: 'The council met on Monday, Jan. 5.', text: 'The council met on Monday, January 5.', findings: [] },
    // the day after an act's noun is the act's ("the publication on January 11"), not the shutdown's
    { related: 'Freezing Point, a supplement of the China Youth Daily, was shut down Jan. 24.', text: 'Freezing Point was shut down due to the publication on January 11 of an article by a history professor.', findings: [] },
    // against a report, one event each tells on one day only, of a named man and a man it does not name
    {
      related: 'FLORENCE, Wis. (AP) — A Michigan man accused of opening fire on a group of young people was charged Wednesday, Aug. 6, with three counts of first-degree intentional homicide.',
      text: 'Scott J. Johnson, 38, of Kingsford, Michigan, was charged on Thursday with killing three young people in a shooting on the Menominee River.',
      findings: ['1:62 related-date Date in paragraph 1 differs from related.md: the article says “Thursday”, the report “Wednesday, Aug. 6”'],
    },
    // "a second man" is another charge
    { related: 'A second man was charged on Wednesday with assisting an offender.', text: 'Daniel Price, 24, of Hull, was charged on Thursday with murder.', findings: [] },
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
    // the day a statement was told: against the event's own day another thing; changed with the event's
    // day standing, an update's day, worth a look (info: a low confidence); changed alone, the news itself
    { old: 'Fourteen passengers had to be helped out of a stranded car on Tuesday afternoon.', text: 'The railway will stay closed until Easter, the council said on Wednesday, a day after 14 passengers had to be helped out of a stranded car.', findings: [] },
    { old: 'The river burst its banks on Tuesday, flooding 40 homes in Bexley, officials said Wednesday.', text: 'The river burst its banks on Tuesday, flooding 40 homes in Bexley, officials said Thursday.', findings: ['1:83 changed-date Date changed in paragraph 1: “Wednesday” became “Thursday”'] },
    { old: 'The health minister said Monday she would resign at the end of the month.', text: 'The health minister said Tuesday she would resign at the end of the month.', findings: ['1:26 changed-date Date changed in paragraph 1: “Monday” became “Tuesday”'] },
    { old: "Officials said Thursday's vote on the bypass would go ahead.", text: "Officials said Friday's vote on the bypass would go ahead.", findings: ['1:16 changed-date Date changed in paragraph 1: “Thursday” became “Friday”'] },
    { old: 'The council met on Monday.', text: 'The council met on Tuesday.', findings: ['1:20 changed-date Date changed in paragraph 1: “Monday” became “Tuesday”'] },
    // a month and the fuller telling of it are one date, not a counterpart for the range's other end
    { related: 'The report proposed charges of £1.50 an hour between 1 April and 30 September, with parking free from October to March.', text: 'Charges of £1.50 an hour will apply between April and September.', findings: [] },
    { old: 'The fair runs between April and September.', text: 'The fair runs between 1 April and 30 October.', findings: ['1:35 changed-date Date changed in paragraph 1: “September” became “30 October”'] },
    // "May" the month, which the tagger takes for the modal verb
    // (and the dateline that opens a release's first sentence: review)
    { related: 'Kisumu, 6 May – The County Government of Kisumu will begin a free school meals pilot in 60 public primary schools in July.\n', text: 'The county will begin a free school meals pilot in 60 public primary schools in June.\n', findings: ['1:81 related-date Date in paragraph 1 differs from related.md: the article says “June”, the report “July”'] },
    // a day of telling past where it was told ("said in a news release Friday") dates the telling, not the event (blind set CE)
    { old: 'Larvae were found in water samples collected Aug. 12 near the boat launch, the province said in a news release Friday.\n', text: 'DNA test results released Thursday confirmed that larvae found in water samples collected Aug. 21 near the boat launch were zebra mussels.\n', findings: ['1:91 changed-date Date changed in paragraph 1: “Aug. 12” became “Aug. 21”'] },
    // the date a release prints with its place dates the release, not what it tells (blind set CB)
    { related: '# RCMP charge two men after stolen snowmobiles recovered\n\n**Grande Prairie, Alta. – News release, Jan. 16, 2025**\n\nOn Jan. 14, 2025, members of the Grande Prairie RCMP executed a search warrant at a rural property near Clairmont.\n', text: 'The machines were found when officers executed a search warrant at a rural property near Clairmont on Jan. 12, police said in a news release Thursday.\n', findings: ['1:103 related-date Date in paragraph 1 differs from related.md: the article says “Jan. 12”, the report “Jan. 14, 2025”'] },
    // an old date the new paragraph still tells is kept, not changed (blind set BM)
    { old: 'Visiting is suspended at the hospital. The restrictions will be in place until at least Friday 17 January.\n', text: 'Visiting is suspended at the hospital. The restrictions had been due to end on Friday 17 January. The trust said today (Thursday 16 January) that they would now stay in place until at least Friday 24 January.\n', findings: [] },
    { old: 'The council refused permission in March 2022.', text: 'The council refused permission in May 2022.', findings: ['1:35 changed-date Date changed in paragraph 1: “March 2022” became “May 2022”'] },
  ],
  check(context) {
    const { mode, old } = context.versions!;
    const told = new Set<string>();
    for (const pair of changedPairs(context, context.options.minRestatement)) {
      const dates = (contexts: typeof pair.oldContexts) =>
        contexts.flatMap((c) => c.dates.filter((d) => c.words.find((w) => w.start === d.start)?.quote === -1));
      // (against a report, the date a release prints with its place, "Grande Prairie, Alta. – News release,
      // Jan. 16, 2025", dates the release, not what it tells; blind set CB)
      // (and so does a dateline opening the release's first sentence: "Nakuru, 6 May – The County Government …"; review)
      const before = mode.name === 'source' ? dates(pair.oldContexts.filter((c) => !printedDate(c))).filter((d) => !datelineOpening(old.doc.source, pair.oldContexts, d)) : dates(pair.oldContexts);
      const after = dates(pair.newContexts);
      // "January 5" and "January 5, 2025" are one date: only dates that disagree are a change
      // against a report, a report date the article gives elsewhere is one it agrees with: the
      // article's other date in this sentence belongs to another event ("turned professional in 1995"
      // beside the report's "won the Masters in 2001", which the article tells a sentence on)
      // between versions, an old date the new paragraph still tells is kept, not changed: "until at least
      // Friday 17 January" → "had been due to end on Friday 17 January. … said today (Thursday 16
      // January) that they would now stay in place until at least Friday 24 January"
      // (read only for an old date the paired sentences do not give)
      let paragraph: Value[] | undefined;
      const inParagraph = (a: Value) => {
        if (mode.name !== 'edit') return false;
        const blocks = new Set(pair.newSentences.map((s) => s.block));
        paragraph ??= dates(context.analysis.contexts.filter((c) => blocks.has(c.sentence.block)));
        return paragraph.some((b) => sameDate(a, b));
      };
      const onlyOld = before.filter((a) => !after.some((b) => sameDate(a, b)) && !inParagraph(a) && !(mode.name === 'source' && mode.supports.date(context.analysis, a)));
      const onlyNew = after.filter((b) => !before.some((a) => sameDate(a, b)) && !mode.supports.date(old, b));
      const granularity = (v: Value) => (v.key.startsWith('weekday-') ? 'weekday' : v.kind === 'year' ? 'year' : 'date');
      // the day a statement was made ("officials said Thursday") dates the telling, not what is told:
      // against a day of the event it dates another thing ("on Tuesday afternoon" / "said on Wednesday, a
      // day after"), and against another day of telling it is an update's new day, worth a look only
      const telling = (contexts: typeof pair.oldContexts, v: Value) => contexts.some((c) => dayOfTelling(context.lexicon, c.words, v.start));
      // (a date the other side tells vaguer or fuller, "between April and September" / "between 1 April
      // and 30 September", is told there: it is no counterpart for another date in a clash)
      const untoldIn = (others: Value[]) => (d: Value) => !others.some((o) => granularity(o) === granularity(d) && datesAgree(d, o));
      for (const [a, b] of pairUp(onlyOld.filter(untoldIn(after)), onlyNew.filter(untoldIn(before)), (x, y) => granularity(x) === granularity(y) && !datesAgree(x, y))) {
        if (bothStayed(context, pair, a.text, b.text)) continue;
        const [toldOld, toldNew] = [telling(pair.oldContexts, a), telling(pair.newContexts, b)];
        if (toldOld !== toldNew) continue;
        // (an update changes more than the day it was told on, or tells a day of its own for what
        // happened, "burst its banks on Tuesday, …, officials said Thursday"; where the day alone changed
        // and dates nothing else, the telling is the news: "The minister said Monday she would resign" →
        // "said Tuesday")
        const onlyTheDay = () => pair.oldSentences.map((x) => x.text).join(' ').replace(a.text, '') === pair.newSentences.map((x) => x.text).join(' ').replace(b.text, '');
        const datesMore = after.some((d) => d !== b);
        // (and a running count told by a later day, "1,100 vaccinated by Sunday evening" → "2,400 … by
        // Wednesday evening", is the count since, the day with it; a deadline, "by 31 March", with no count
        // changed, is a date changed)
        const counts = (contexts: typeof pair.oldContexts) => contexts.flatMap((c) => c.numbers.filter((n) => n.kind === 'count').map((n) => n.key)).sort().join();
        const runningCount = countedBy(pair.oldContexts).has(a.key) && countedBy(pair.newContexts).has(b.key) && counts(pair.oldContexts) !== counts(pair.newContexts);
        const update = (toldOld && (datesMore || !onlyTheDay())) || runningCount || movedOn(context, pair, a, b) || (!onlyTheDay() && oldDayKept(context, pair, a, b));
        told.add(`${b.start}`);
        context.report({ confidence: confidence(0.9, update ? UPDATE_DAY : 1, blockWeight(pair.newSentences[0]), restatement(mode, pair.pair.similarity)), message: 'changed', data: changeData(context, pair, a.text, b.text), locations: changeLocations(context, b, a), evidence: { expected: a.text, actual: b.text } });
      }
    }
    if (mode.name === 'source') eventDays(context, told);
  },
});

/**
 * A running story told a day on, whose date changed with the news rather than by mistake: a
 * dateline's date moved later ("ATHENS, July 2" → "July 3"), or a day that now dates another event
 * than before ("Police arrested a 29-year-old man Tuesday" → "Prosecutors on Thursday charged two
 * people"; "sent a tanker … on Wednesday" → "A second tanker … reached … on Thursday"). Worth a look,
 * not a warning: an editor who changed the day by mistake changed nothing else.
 */
function movedOn(context: RuleContext, pair: ChangedPair, a: Value, b: Value): boolean {
  if (context.versions!.mode.name === 'source') return false;
  const sentenceOf = (sentences: readonly Sentence[], v: Value) => sentences.find((s) => s.start <= v.start && v.start < s.end);
  if (sentenceOf(pair.newSentences, b)?.kind === 'dateline' && sentenceOf(pair.oldSentences, a)?.kind === 'dateline') return later(a, b);
  const dated = (analysis: Analysis, v: Value) => analysis.claims.find((c) => c.kind === 'event' && c.values.time?.start === v.start);
  const [before, after] = [dated(context.versions!.old, a), dated(context.analysis, b)];
  return !!before && !!after && (before.frame !== after.frame || anotherOccurrence(context.analysis, context.lexicon, after));
}

/**
 * A lede rewritten a day or so on ("held a narrow lead … late Tuesday" → "unseated … according to results
 * released Wednesday") while the new version still tells the old day elsewhere, outside a quotation
 * and not as a day ahead ("next Tuesday"), for what happened then ("Ramos' lead had stood at 247 votes
 * late Tuesday"): the story brought up to date, not a day corrected (the caller leaves out a sentence
 * changed in its day alone, which is a correction).
 */
function oldDayKept(context: RuleContext, pair: ChangedPair, a: Value, b: Value): boolean {
  if (context.versions!.mode.name === 'source') return false;
  const [x, y] = [WEEKDAYS.indexOf(a.key.replace('weekday-', '')), WEEKDAYS.indexOf(b.key.replace('weekday-', ''))];
  const soon = a.key.startsWith('weekday-') && b.key.startsWith('weekday-') && x >= 0 && y >= 0 ? (y - x + 7) % 7 <= 3 && y !== x : later(a, b);
  if (!soon) return false;
  const inPair = new Set(pair.newSentences.map((s) => s.index));
  const told = (d: Value) => d.key === a.key && !/\b(?:next|this coming|coming)\s+$/i.test(context.analysis.doc.source.slice(Math.max(0, d.start - 12), d.start)) && (context.analysis.tokens.find((t) => t.start === d.start)?.quote ?? -1) < 0;
  return context.analysis.contexts.some((c) => !inPair.has(c.sentence.index) && c.dates.some(told));
}

/** Whether day `b` comes after day `a` (month and day, and the year where both give one). */
function later(a: Value, b: Value): boolean {
  const parts = (v: Value) => /^(\d{4}|month)-(\d\d)-(\d\d)$/.exec(v.key);
  const [pa, pb] = [parts(a), parts(b)];
  if (!pa || !pb) return false;
  const years = pa[1] !== 'month' && pb[1] !== 'month' ? [pa[1], pb[1]] : ['', ''];
  return `${years[1]}${pb[2]}${pb[3]}` > `${years[0]}${pa[2]}${pa[3]}`;
}

/** How surely a changed day of telling ("said Monday" → "said Thursday") is a change of fact: an updated story is told on a later day. */
const UPDATE_DAY = 0.4;

/** Whether the date at `start` is the day of a speech verb before it: "officials said Thursday", "the council said on Wednesday". */
function dayOfTelling(lexicon: CompiledLexicon, words: readonly Word[], start: number): boolean {
  const at = words.findIndex((w) => w.start === start);
  if (at < 1) return false;
  let k = words[at - 1]!.lower === 'on' ? at - 2 : at - 1;
  // (past where it was said: "said in a news release Friday", "told reporters on Monday"; blind set CE)
  const where = /^(?:in|to|at)$/;
  for (let j = k; j >= Math.max(0, k - 4); j--) {
    if (where.test(words[j]!.lower) && words.slice(j + 1, k + 1).every((w) => w.pos === 'DET' || w.pos === 'NOUN' || w.pos === 'ADJ')) {
      k = j - 1;
      break;
    }
  }
  const verb = words[k];
  // ("said Thursday's vote would go ahead": the day owns the vote)
  const owns = /^['’]s?$/.test(words[at + 1]?.text ?? '') && words[at + 1]!.start === words[at]!.end;
  return verb !== undefined && !owns && lexicon.speechVerbs.has(verb.lemma) && (verb.pos === 'VERB' || verb.pos === 'AUX');
}

/** A line that prints a date with no statement: a dateline, a byline, a standfirst with no verb. */
function printedDate(ctx: SentenceContext): boolean {
  const kind = ctx.sentence.kind;
  return kind === 'dateline' || kind === 'byline' || ((kind === 'standfirst' || kind === 'kicker') && !ctx.words.some((w) => w.pos === 'VERB' || w.pos === 'AUX'));
}

/** A date a sentence opens on after its place, before a dash: "Nakuru, 6 May – The County Government …". */
function datelineOpening(source: string, contexts: readonly SentenceContext[], date: Value): boolean {
  const ctx = contexts.find((c) => c.sentence.start <= date.start && date.end <= c.sentence.end);
  if (!ctx) return false;
  return /^[*_]*\p{Lu}[\p{L} .'()]{1,40},\s*$/u.test(source.slice(ctx.sentence.start, date.start)) && /^[*_]*\s*[–—-]/.test(source.slice(date.end, date.end + 4));
}

/** Against a report, an event each tells on one day only, on two days (see event-values.ts). */
function eventDays(context: RuleContext, told: ReadonlySet<string>): void {
  const report = context.versions!.old;
  const article = context.analysis;
  for (const [a, r] of eventValueClashes(article, report, { field: 'time', usable: onDay, agree: datesAgree, sole: (frame) => context.lexicon.frames[frame]?.sole === true }, context.lexicon.repeatMarkers)) {
    if (!told.has(`${a.values.time!.start}`)) context.report(eventClash(context, a, r, 'time'));
  }
}

