/**
 * weekday — a date written with its day of the week that the calendar contradicts ("Monday, March 12"
 * in a story dated 13 March 2024, when 12 March 2024 was a Tuesday).
 *
 * What: every date that names a weekday, a day and a month. Its year is its own ("Monday, March 12,
 * 2024") or the article's, from its front matter's `date` or the date printed with it (a dateline, a
 * byline), else a date of the body written in full with its right weekday (claims/calendar.ts); a date more than six months from the
 * article's is taken to be in the year before or after (a story of 3 January may tell of "Monday,
 * December 30"). A year the copy merely names ("the eruption of May 1980") anchors nothing. Without
 * a year, two dates with their weekdays must still agree with each other: "Tuesday, March 11" and
 * "Thursday, March 21" cannot both be right in any year (the first told is taken as the story's own).
 */
import { calendarDate, WEEKDAYS, weekdaysAgree } from '../claims/calendar.js';
import { placeOf } from './describe.js';
import { defineKind, type OptionsOf, type OptionsSchema, type RuleContext } from './kind.js';
import { confidence, minConfidence } from './confidence.js';

const OPTIONS = {
  type: 'object',
  additionalProperties: false,
  properties: {
    minConfidence: minConfidence('A date with its own year scores 0.95; one read in the article\'s year 0.85.'),
  },
} as const satisfies OptionsSchema;

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

export const weekday = defineKind<OptionsOf<typeof OPTIONS>>({
  name: 'weekday',
  scope: 'article',
  summary: 'A date whose day of the week the calendar contradicts ("Monday, March 12" in a year when it is a Tuesday).',
  optionsSchema: OPTIONS,
  messages: {
    wrong: {
      template: '“{date}” in {where}: {day} {month} {year} is a {actual}, not a {written}{anchor}',
      vars: ['date', 'where', 'day', 'month', 'year', 'actual', 'written', 'anchor'],
    },
    pair: {
      template: '“{date}” in {where}: if “{other}” in {otherWhere} is right, {day} {month} is a {actual}, not a {written}',
      vars: ['date', 'where', 'other', 'otherWhere', 'day', 'month', 'actual', 'written'],
    },
  },
  examples: [
    // with no date printed with it, a body date given in full with its right weekday gives the year
    { text: 'Ketu went missing late on Friday 8 August 2025.\n\nKeepers recaptured Ketu on Sunday 11 August.\n', findings: ['3:28 wrong-weekday “Sunday 11 August” in paragraph 2: 11 August 2025 is a Monday, not a Sunday (the year of “Friday 8 August 2025”, which the article gives)'] },
    // a line of the life's dates under an obituary's name is a date line, wherever it stands (review)
    { text: '# Obituary: Margaret Ellis, weaver\n\nMargaret Ellis\n\n14 June 1946 – 9 February 2025\n\nMargaret Ellis, who has died aged 78, was a weaver from Hebden Bridge.\n\nShe died at Calderdale Royal Hospital on Monday, 9 February, her daughter said.\n', findings: ['9:42 wrong-weekday “Monday, 9 February” in paragraph 3: 9 February 2025 is a Sunday, not a Monday (the article is dated 9 February 2025)'] },
    // the first of two days joined shares the second's year (blind set CB)
    { text: 'He won on Saturday, 15 February 2025.\n\nNext year\'s race has been set for Saturday, 14 February and Sunday, 15 February 2026.\n', findings: [] },
    // an obituary's life dates above the body: the story is of the later (blind set CB)
    { text: '# Mandla Shabangu: the teacher who made a township sing\n\n**Choral conductor, 14 June 1946 – 9 February 2025**\n\nMandla Shabangu died at his home on Sunday, 9 February. He was 78.\n', findings: [] },
    // a month of a year told with a day up to two months after it gives the day its year (blind set CD)
    { text: 'Figures published on Thursday, 15 March, show 21,480 people on the list at the end of February 2024, up from 19,870 a year earlier.\n\nThe forum meets on Monday, 25 March.\n', findings: ['1:22 wrong-weekday “Thursday, 15 March” in paragraph 1: 15 March 2024 is a Friday, not a Thursday (the year of “February 2024”, which the article gives)'] },
    // a year the body counts up to now is the story's (blind set BV)
    { text: 'He was shoved onto the tracks late Tuesday, March 11.\n\nHe was arraigned on Wednesday, March 13.\n\nIt is the sixth such attack so far in 2025.\n', findings: ['3:21 wrong-weekday “Wednesday, March 13” in paragraph 2: 13 March 2025 is a Thursday, not a Wednesday (the year of “so far in 2025”, which the article gives)'] },
    // two weekdays and two days told together go each with each in turn (blind set BZ)
    { text: '*By Helen Marsh, 14 April 2025*\n\nTwo inspectors visited the school on Tuesday and Wednesday, 4 and 5 March.\n', findings: [] },
    { text: '*By Helen Marsh, 14 April 2025*\n\nTwo inspectors visited the school on Monday and Tuesday, 4 and 5 March.\n', findings: ['3:38 wrong-weekday “Monday 4 March” in paragraph 1: 4 March 2025 is a Tuesday, not a Monday (the article is dated 14 April 2025)', '3:49 wrong-weekday “Tuesday 5 March” in paragraph 1: 5 March 2025 is a Wednesday, not a Tuesday (the article is dated 14 April 2025)'] },
    // (and with the month first, as American copy writes it; review)
    { text: '---\ndate: 2025-03-10\n---\nInspectors visited the plant on Tuesday and Wednesday, March 4 and 5.\n\nThey returned on Monday and Tuesday, March 4 and 5.\n', findings: ['6:18 wrong-weekday “Monday March 4” in paragraph 2: 4 March 2025 is a Tuesday, not a Monday (the article is dated 2025-03-10)', '6:29 wrong-weekday “Tuesday March 5” in paragraph 2: 5 March 2025 is a Wednesday, not a Tuesday (the article is dated 2025-03-10)'] },
    // a past date named without its weekday anchors nothing
    { text: 'The volcano last erupted on 18 May 1980.\n\nScientists met on Sunday 11 August.\n', findings: [] },
    // a headline's date is read in the year of the byline printed under it
    { text: '# Train derails Tuesday, March 4\n\n*By Ann Lee, 6 March 2024*\n\nA train derailed near Leeds.\n', findings: ['1:17 wrong-weekday “Tuesday, March 4” in the headline: 4 March 2024 is a Monday, not a Tuesday (the article is dated 6 March 2024)'] },
    { text: '---\ndate: 2024-03-13\n---\nKeane was named chief executive on Tuesday, March 12.\n', findings: [] },
    // with no year anywhere, two dates that name their weekdays must agree with each other
    { text: 'The board voted on Tuesday, March 11, to buy out her contract.\n\nIt will meet again on Thursday, March 21.\n', findings: ['3:23 wrong-weekday “Thursday, March 21” in paragraph 2: if “Tuesday, March 11” in paragraph 1 is right, 21 March is a Friday, not a Thursday'] },
    { text: 'The board voted on Tuesday, March 11, to buy out her contract.\n\nIt will meet again on Friday, March 21, and on Monday, December 29.\n', findings: [] },
    { text: "The county fair opens Friday, Aug. 1.\n\nLast year's fair opened Thursday, Aug. 1, and drew record crowds.\n", findings: [] },
    { text: "This year's memorial will be held Thursday, Sept. 11, at the fire station.\n\nThe station lost four firefighters in the attacks of Tuesday, Sept. 11.\n", findings: [] },
    // the date printed with the story anchors it as front matter would
    {
      text: '# Housing minister quits over planning U-turn\n\n*Wednesday 15 March 2023*\n\nHelen Aldous resigned as Minister of State for Housing on Monday 12 March, accusing the government of abandoning the people who need homes most.\n',
      findings: ['5:59 wrong-weekday “Monday 12 March” in paragraph 1: 12 March 2023 is a Sunday, not a Monday (the article is dated Wednesday 15 March 2023)'],
    },
    {
      text: '---\ndate: 2024-03-13\n---\nKeane was named chief executive on Monday, March 12.\n',
      findings: ['4:36 wrong-weekday “Monday, March 12” in paragraph 1: 12 March 2024 is a Tuesday, not a Monday (the article is dated 2024-03-13)'],
    },
  ],
  check(context) {
    const { analysis } = context;
    // (the article's date, which gives a date written without a year its year: claims/calendar.ts)
    const anchor = analysis.anchor;
    if (!anchor) unanchored(context);
    for (const ctx of analysis.contexts) {
      for (const date of ctx.dates) {
        if (!date.weekday || !date.dayOfWeek) continue;
        const { year, month, day, own } = calendarDate(date, anchor)!;
        const actual = date.dayOfWeek;
        if (actual === date.weekday) continue;
        const sentence = analysis.sentences[ctx.sentence.index]!;
        const locations = [{ start: date.start, end: date.end, role: 'date' }];
        if (!own && anchor) locations.push({ start: anchor.start, end: anchor.end, role: 'anchor' });
        context.report({
          confidence: confidence(own ? 0.95 : 0.85),
          message: 'wrong',
          data: {
            date: date.text,
            where: placeOf(sentence),
            day: String(day),
            month: MONTHS[month - 1]!,
            year: String(year),
            actual: capital(actual),
            written: capital(date.weekday),
            anchor: own ? '' : anchor!.inBody ? ` (the year of “${anchor!.text}”, which the article gives)` : ` (the article is dated ${anchor!.text})`,
          },
          locations,
          evidence: { expected: capital(actual), actual: capital(date.weekday), field: 'weekday' },
        });
      }
    }
  },
});

/** Dates with their weekdays and no year, in a story with no date: each against the first told. */
function unanchored(context: RuleContext<OptionsOf<typeof OPTIONS>>): void {
  const { analysis } = context;
  const dated = analysis.contexts.flatMap((ctx) =>
    ctx.dates.flatMap((date) => {
      const parts = /^month-(\d\d)-(\d\d)$/.exec(date.key);
      return date.weekday && parts ? [{ date, sentence: ctx.sentence.index, month: Number(parts[1]), day: Number(parts[2]), weekday: date.weekday }] : [];
    }),
  );
  const first = dated[0];
  for (const later of dated.slice(1)) {
    // (one day of the year with two weekdays is two years' ("Last year's fair opened Thursday, Aug. 1"),
    // and so are dates told of another year or months apart)
    const otherYear = [first!, later].some((d) => OTHER_YEAR.test(analysis.sentences[d.sentence]!.text));
    if (weekdaysAgree(first!, later) || (first!.month === later.month && first!.day === later.day) || otherYear || daysApart(first!, later) > MAX_DAYS_APART) continue;
    const actual = dayAfter(first!, later);
    context.report({
      confidence: confidence(0.85),
      message: 'pair',
      data: { date: later.date.text, where: placeOf(analysis.sentences[later.sentence]!), other: first!.date.text, otherWhere: placeOf(analysis.sentences[first!.sentence]!), day: String(later.day), month: MONTHS[later.month - 1]!, actual: capital(actual), written: capital(later.weekday) },
      locations: [
        { start: later.date.start, end: later.date.end, role: 'date' },
        { start: first!.date.start, end: first!.date.end, role: 'anchor' },
      ],
      evidence: { expected: capital(actual), actual: capital(later.weekday), field: 'weekday' },
    });
  }
}

/** A sentence that tells of another year than the story's. */
const OTHER_YEAR = /\b(?:last|next|this) year(?:'s|’s)?\b|\byears? (?:ago|earlier|later|before)\b|\banniversary\b|\b(?:1[89]|20)\d\d\b/i;

/** Days apart beyond which two dates with weekdays and no year may be of two years. */
const MAX_DAYS_APART = 92;

/** Days between two dates of one year, or of two years running where their months are more than six apart. */
function daysApart(a: { month: number; day: number }, b: { month: number; day: number }): number {
  const days = Math.abs(Date.UTC(2023, a.month - 1, a.day) - Date.UTC(2023, b.month - 1, b.day)) / 86_400_000;
  return Math.min(days, 365 - days);
}

/** The weekday `later` falls on if `first` is right, counted in a common year (a leap day between moves it by one). */
function dayAfter(first: { month: number; day: number; weekday: string }, later: { month: number; day: number }): string {
  const days = (Date.UTC(2023, later.month - 1, later.day) - Date.UTC(2023, first.month - 1, first.day)) / 86_400_000;
  return WEEKDAYS[(((WEEKDAYS.indexOf(first.weekday) + days) % 7) + 7) % 7]!;
}

function capital(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}
