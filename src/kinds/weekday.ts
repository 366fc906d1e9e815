/**
 * weekday — a date written with its day of the week that the calendar contradicts ("Monday, March 12"
 * in a story dated 13 March 2024, when 12 March 2024 was a Tuesday).
 *
 * What: every date that names a weekday, a day and a month. Its year is its own ("Monday, March 12,
 * 2024") or the article's, from its front matter's `date`; a date more than six months from the
 * article's is taken to be in the year before or after (a story of 3 January may tell of "Monday,
 * December 30"). A year the copy merely names ("the eruption of May 1980") anchors nothing, and
 * without a year nothing is said.
 */
import type { Analysis } from '../model/analysis.js';
import { placeOf } from './describe.js';
import { defineKind, type OptionsOf, type OptionsSchema } from './kind.js';
import { confidence, minConfidence } from './confidence.js';

const OPTIONS = {
  type: 'object',
  additionalProperties: false,
  properties: {
    minConfidence: minConfidence('A date with its own year scores 0.95; one read in the article\'s year 0.85.'),
  },
} as const satisfies OptionsSchema;

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

interface Anchor {
  year: number;
  month?: number;
  start: number;
  end: number;
  /** As the message names it. */
  text: string;
}

/** Where a story prints its own date: above its first paragraph, or in a dateline or byline. */
const DATE_PLACES = new Set(['title', 'standfirst', 'dateline', 'byline', 'kicker']);

/**
 * The article's date: its front matter's, as year, month and day where given; else a full date
 * printed with the story (a dateline, a byline's "Wednesday 15 March 2023", a date line above the
 * first paragraph). A year named in the body may be a story's past ("the eruption of May 1980"):
 * it anchors nothing.
 */
function articleDate(analysis: Analysis): Anchor | undefined {
  const raw = analysis.doc.frontMatter.date;
  const match = raw ? /^(\d{4})(?:-(\d{2}))?/.exec(raw) : null;
  if (match) {
    const at = analysis.doc.source.indexOf(raw!);
    const result: Anchor = { year: Number(match[1]), start: Math.max(0, at), end: Math.max(0, at) + raw!.length, text: raw! };
    if (match[2]) result.month = Number(match[2]);
    return result;
  }
  for (const ctx of analysis.contexts) {
    const kind = ctx.sentence.kind;
    if (kind === 'paragraph' || kind === 'blockquote' || kind === 'list-item') break;
    if (!DATE_PLACES.has(kind)) continue;
    for (const date of ctx.dates) {
      const full = /^(\d{4})-(\d{2})-\d{2}$/.exec(date.key);
      if (full) return { year: Number(full[1]), month: Number(full[2]), start: date.start, end: date.end, text: date.text };
    }
  }
  return undefined;
}

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
  },
  examples: [
    { text: '---\ndate: 2024-03-13\n---\nKeane was named chief executive on Tuesday, March 12.\n', findings: [] },
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
    const anchor = articleDate(analysis);
    for (const ctx of analysis.contexts) {
      for (const date of ctx.dates) {
        if (!date.weekday) continue;
        const parts = /^(?:(\d{4})|month)-(\d{2})-(\d{2})$/.exec(date.key);
        if (!parts) continue;
        const month = Number(parts[2]);
        const day = Number(parts[3]);
        const own = parts[1] ? Number(parts[1]) : undefined;
        let year = own;
        if (year === undefined && anchor) {
          // a date a few months before a January story is of the year before, and so on: the nearest
          year = anchor.year;
          if (anchor.month !== undefined) {
            if (month - anchor.month > 6) year--;
            else if (anchor.month - month > 6) year++;
          }
        }
        if (year === undefined) continue;
        const actual = WEEKDAYS[new Date(Date.UTC(year, month - 1, day)).getUTCDay()]!;
        if (actual === date.weekday) continue;
        const sentence = analysis.sentences[ctx.sentence.index]!;
        const locations = [{ start: date.start, end: date.end, role: 'date' }];
        if (own === undefined && anchor) locations.push({ start: anchor.start, end: anchor.end, role: 'anchor' });
        context.report({
          confidence: confidence(own !== undefined ? 0.95 : 0.85),
          message: 'wrong',
          data: {
            date: date.text,
            where: placeOf(sentence),
            day: String(day),
            month: MONTHS[month - 1]!,
            year: String(year),
            actual: capital(actual),
            written: capital(date.weekday),
            anchor: own === undefined ? ` (the article is dated ${anchor!.text})` : '',
          },
          locations,
          evidence: { expected: capital(actual), actual: capital(date.weekday), field: 'weekday' },
        });
      }
    }
  },
});

function capital(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}
