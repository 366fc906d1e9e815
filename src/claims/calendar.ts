import type { DateAnchor, SentenceContext } from '../model/analysis.js';
import type { Document, Value } from '../model/document.js';

/**
 * The calendar of a story: the date it prints, which gives dates written without a year their year,
 * and the day of the week of every date whose year is known, so that "struck on Monday night" and
 * "hit on March 4" (a Tuesday) can be told apart.
 */

export const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

/**
 * A month told alone ("in October"), a month of a year ("in March 2023") or a year ("in 2019") that is not
 * the story's own: an occasion other than the story's (with no date printed, any such month or year is).
 */
export function otherThanStory(anchor: DateAnchor | undefined, time: Value): boolean {
  const month = /^month-(\d\d)$/.exec(time.key)?.[1];
  if (month !== undefined) return anchor?.month !== Number(month);
  const ofYear = /^(\d{4})-(\d\d)$/.exec(time.key);
  if (ofYear) return anchor?.year !== Number(ofYear[1]) || (anchor.month !== undefined && anchor.month !== Number(ofYear[2]));
  return /^\d{4}$/.test(time.key) && String(anchor?.year) !== time.key;
}

/** Where a story prints its own date: above its first paragraph, or in a dateline or byline. */
const DATE_PLACES = new Set(['title', 'standfirst', 'dateline', 'byline', 'kicker']);
/** Blocks of the body: past the first, no date printed with the story is looked for. */
const BODY_OPENERS = new Set(['paragraph', 'blockquote', 'list-item']);

/** The front matter's `date`, as year and month where given. */
function frontMatterDate(doc: Document): DateAnchor | undefined {
  const raw = doc.frontMatter.date;
  const match = raw ? /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(raw) : null;
  if (!match) return undefined;
  const at = doc.source.indexOf(raw!);
  const anchor: DateAnchor = { year: Number(match[1]), start: Math.max(0, at), end: Math.max(0, at) + raw!.length, text: raw! };
  if (match[2]) anchor.month = Number(match[2]);
  if (match[2] && match[3]) anchor.day = Number(match[3]);
  return anchor;
}

/**
 * The story's date: the front matter's, else the first full date printed with the story before its
 * first paragraph (a dateline, a byline's "Wednesday 15 March 2023", a date line above the body), else
 * the first date of the body written in full with its right day of the week. A year named in the body
 * alone may be a story's past ("the eruption of May 1980"): it anchors nothing.
 */
export function storyDate(doc: Document, contexts: readonly SentenceContext[]): DateAnchor | undefined {
  const given = frontMatterDate(doc);
  if (given) return given;
  // (a date with its own year: calendarDate reads it without an anchor)
  const anchorOf = (date: Value, inBody: boolean): DateAnchor | undefined => {
    const own = calendarDate(date, undefined);
    return own && { year: own.year, month: own.month, day: own.day, start: date.start, end: date.end, text: date.text, ...(inBody ? { inBody } : {}) };
  };
  // (of two printed together, the later: an obituary's "14 June 1946 – 9 February 2025" is a life, and
  // the story is of its end; blind set CB)
  const order = (a: DateAnchor) => (a.year * 12 + (a.month ?? 0)) * 31 + (a.day ?? 0);
  // (a line of dates alone is a date line wherever it stands: an obituary prints the life under the name)
  let body = false;
  for (const ctx of contexts) {
    const kind = ctx.sentence.kind;
    body ||= BODY_OPENERS.has(kind);
    if (!DATE_PLACES.has(kind) || (body && kind !== 'dateline')) continue;
    const anchor = ctx.dates.flatMap((date) => anchorOf(date, false) ?? []).sort((a, b) => order(b) - order(a))[0];
    if (anchor) return anchor;
  }
  // else a date of the body given in full with a day of the week the calendar agrees with ("late on
  // Friday 8 August 2025"): a story's own days are told so; a past year named alone ("May 1980") is not
  for (const ctx of contexts) {
    if (!BODY_OPENERS.has(ctx.sentence.kind)) continue;
    for (const date of ctx.dates) {
      const anchor = date.weekday && date.weekday === dayOfWeek(date, undefined) ? anchorOf(date, true) : undefined;
      if (anchor) return anchor;
    }
  }
  // else a year the body counts up to now ("the sixth such attack so far in 2025"): the story's year (blind set BV)
  for (const ctx of contexts) {
    if (!BODY_OPENERS.has(ctx.sentence.kind)) continue;
    const year = THIS_YEAR.exec(ctx.sentence.text);
    if (!year) continue;
    const start = ctx.sentence.start + year.index;
    return { year: Number(year[1] ?? year[2]), start, end: start + year[0].length, text: year[0], inBody: true };
  }
  // else a month of a year told with a day of the weekday up to two months after it ("figures published
  // on Thursday, 15 March, show … at the end of February 2024"): the figures' month is the day's year
  // (blind set CD); a month further off may be a past the day looks back on
  for (const ctx of contexts) {
    if (!BODY_OPENERS.has(ctx.sentence.kind)) continue;
    const day = ctx.dates.find((d) => d.weekday && /^month-\d\d-\d\d$/.test(d.key));
    if (!day) continue;
    const dayMonth = Number(day.key.slice(6, 8));
    for (const told of ctx.dates) {
      const ofYear = /^(\d{4})-(\d\d)$/.exec(told.key);
      if (ofYear && dayMonth - Number(ofYear[2]) >= 0 && dayMonth - Number(ofYear[2]) <= 2) return { year: Number(ofYear[1]), month: dayMonth, start: told.start, end: told.end, text: told.text, inBody: true };
    }
  }
  return undefined;
}

/** A year told as the one running now: "so far in 2025", "2025 so far", "since the start of 2025". */
const THIS_YEAR = /\b(?:so far in|since the (?:start|beginning) of) ((?:19|20)\d\d)\b|\b((?:19|20)\d\d) so far\b/i;

/** Gives every date whose year is known (its own, or the story's) its day of the week. */
export function markWeekdays(contexts: readonly SentenceContext[], anchor: DateAnchor | undefined): void {
  for (const ctx of contexts) {
    for (const date of ctx.dates) {
      const day = dayOfWeek(date, anchor);
      if (day) date.dayOfWeek = day;
    }
  }
}

/** A date's day, month and year: its own year, else the anchor's nearest (a December date in a January story is of the year before). */
export function calendarDate(date: Value, anchor: DateAnchor | undefined): { year: number; month: number; day: number; own: boolean } | undefined {
  const parts = /^(?:(\d{4})|month)-(\d{2})-(\d{2})$/.exec(date.key);
  if (!parts) return undefined;
  const month = Number(parts[2]);
  const day = Number(parts[3]);
  if (parts[1]) return { year: Number(parts[1]), month, day, own: true };
  if (!anchor) return undefined;
  let year = anchor.year;
  if (anchor.month !== undefined) {
    if (month - anchor.month > 6) year--;
    else if (anchor.month - month > 6) year++;
  }
  return { year, month, day, own: false };
}

function dayOfWeek(date: Value, anchor: DateAnchor | undefined): string | undefined {
  const found = calendarDate(date, anchor);
  return found && WEEKDAYS[new Date(Date.UTC(found.year, found.month - 1, found.day)).getUTCDay()];
}

/**
 * Whether two dates written with their weekdays and no year ("Tuesday, March 11" … "Thursday, March
 * 21") can both be right in one year, or in two years running where their months are more than six
 * apart (a story of "Monday, December 30" and "Friday, January 3", or of a March and the December
 * after). Eight years running give every weekday offset and leap year there is.
 */
export function weekdaysAgree(a: { month: number; day: number; weekday: string }, b: { month: number; day: number; weekday: string }): boolean {
  const [first, second] = a.month <= b.month ? [a, b] : [b, a];
  const on = (d: typeof a, y: number) => WEEKDAYS[new Date(Date.UTC(y, d.month - 1, d.day)).getUTCDay()] === d.weekday;
  const apart = second.month - first.month > 6;
  for (let year = 2020; year < 2028; year++) {
    if (on(first, year) && on(second, year)) return true;
    if (apart && on(first, year + 1) && on(second, year)) return true;
  }
  return false;
}
