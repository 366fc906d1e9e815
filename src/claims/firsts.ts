/**
 * A first of its kind, told as a first ("the first woman to lead it", "for the first time") or as
 * never before ("No woman had run the unit before she took charge", "has not gone up in almost nine
 * years"). Told both ways in one article, it is one claim told twice in other words, which word
 * overlap alone cannot see: the two share their matter ("woman", "unit", "lead"), not their form.
 */

/** A first's scope in a history, not a school subject's ("in the club's 27-year history", not "in history exams"). */
const HISTORY = String.raw`in (?:the |its |their |his |her )?(?:[\w'’.-]+ ){0,3}history(?! (?:exams?|papers?|lessons?|class(?:es)?|courses?|teachers?|degrees?|books?|tests?|department|syllabus|curriculum)\b)`;

/** A record's scope told from when the counting began: "since records began", "since the contract began trading in 1972". */
const SINCE_BEGAN = String.raw`since (?:records began|(?:the |its )?(?:[\w'’-]+ ){0,3}?(?:began|started) (?:[\w-]+ )?in (?:1[89]|20)\d\d)`;

/** Superlatives a record is told by. */
const SUPERLATIVE = String.raw`(?:biggest|largest|highest|lowest|longest|fastest|heaviest|oldest|youngest|greatest|worst|best|deepest|tallest|hottest|coldest|wettest|driest|strongest|most|fewest)`;

/**
 * "the first woman to lead it", "the first measles death … since 1992", "the first raise … in nearly
 * nine years", "for the first time since 2019": a first with what makes it one (a "to" clause, a year
 * since, a span of years, "ever", "in the club's 38-year history") a few words on. Not a first of a
 * sequence ("the first half", "her first day", "for the first time this winter"), nor one of people
 * doing something in turn ("was the first to reach Sandoval in the dugout") unless it is a record
 * ("the first to climb it since 1953"). A superlative with the same scope is a first too: "the largest
 * gift in the college's 148-year history", "the highest score ever".
 */
const SUPERLATIVE_SCOPED = String.raw`\b(?:the|its|her|his|their) ${SUPERLATIVE} (?:[\w'’-]+ ){0,6}?(?:ever|${HISTORY}|${SINCE_BEGAN})\b`;
const SUPERLATIVE_FIRST = new RegExp(SUPERLATIVE_SCOPED, 'i');

const FIRST = new RegExp(
  String.raw`\b(?:the|its|her|his|their|a|an) (?:very )?first (?!(?:half|quarter|period|round|leg|innings|days?|weeks?|months?|years?|hours?|stages?|steps?|phase|place|floor|minutes?|games?|match|set|lap|few|time this|to)\b)(?:[\w'’-]+ ){0,8}?(?:to \w+|since (?:1[89]|20)\d\d|ever|in (?:more than |almost |nearly |over |the last |the past )?[\w-]+ (?:years|decades)|${HISTORY})\b|\bthe first to \w+(?: [\w'’-]+){0,6} (?:ever|since (?:1[89]|20)\d\d|${HISTORY})\b|\bfor the first time (?:since|in|ever)\b|${SUPERLATIVE_SCOPED}`,
  'i',
);

/**
 * A negation with "before", "ever", "previously", "since" a year or a span of years after it in the
 * same clause: "no film … had ever before been picked", "no one … had died of measles in more than three
 * decades", "has not gone up in almost nine years"; or "no earlier study had managed". Not "no-hitter", a
 * noun of its own.
 */
const NEVER =
  /\b(?:no(?!-)|none|never|nobody|no one)\b[^.;]*\b(?:before|ever|previously|since (?:1[89]|20)\d\d|in (?:more than |almost |nearly |over |the last |the past )?(?:\w+ )?(?:years|decades))\b|\bno (?:earlier|previous|prior) \w+ (?:had|has|have)\b|\bnot\b[^.;]{0,50}\bin (?:more than |almost |nearly |over |the last |the past )?[\w-]+ (?:years|decades)\b/i;

/**
 * "the first to win the Golden Boot twice": one of people doing something in turn, which is a record
 * only where the never-before tells the same act ("No player had won the Golden Boot twice before").
 * The verb, as written.
 */
const FIRST_TO = /\bthe first (?:\w+ )?to (\w+)/i;

/** The verb of a first of people in turn ("the first to win …" → "win"), outside quotations. */
export function firstToVerb(text: string): string | undefined {
  return FIRST_TO.exec(text.replace(QUOTED, ' '))?.[1]?.toLowerCase();
}

/** Words of quotations, which say what someone said, not what the story claims. */
const QUOTED = /[“"][^”"]*[”"]/g;

/** How a sentence tells a first, outside its quotations, if it does. */
export function firstTelling(text: string): 'first' | 'never' | undefined {
  const outside = text.replace(QUOTED, ' ');
  return FIRST.test(outside) ? 'first' : NEVER.test(outside) ? 'never' : undefined;
}

/**
 * How a sentence told as a first tells it: as a superlative ("the largest gift in the college's
 * history"), a record that the never-before of the same record tells as none exceeding it ("No donor
 * has ever given more"), or as a first proper.
 */
export function superlativeFirst(text: string): boolean {
  const outside = text.replace(QUOTED, ' ');
  return SUPERLATIVE_FIRST.test(outside) && !/\bfirst\b/i.test(outside);
}

/**
 * A never-before told of no one or nothing ("no Otters pitcher had ever", "No one before him had",
 * "No earlier study had"): a record nobody holds; not someone's own ("She had never held office
 * before"), which a profile tells beside any first of hers.
 */
export function toldOfNone(text: string): boolean {
  const match = NEVER.exec(text.replace(QUOTED, ' '));
  return match !== null && /^(?:no(?!-)\b|none\b|nobody\b)/i.test(match[0]);
}

/** A never-before of a superlative's record tells that none exceeded it: "more", "so much", "faster than". */
export function toldExceeded(text: string): boolean {
  return /\b(?:more|higher|bigger|larger|greater|faster|longer|heavier|hotter|colder|wetter|drier|deeper|taller|better|worse|so much|so many|as many|as much|\w+er than)\b/i.test(text.replace(QUOTED, ' '));
}

/**
 * Whether a first of people in turn and a never-before name the one they are told of with one noun:
 * "The study is the first to reconstruct …" / "No earlier study had managed …". A record of that
 * noun's kind, told twice with two verbs.
 */
export function sameHolder(first: string, never: string): boolean {
  const of = /\bthe first (\w+) to\b/i.exec(first)?.[1] ?? /\b(\w+) (?:is|was|became|becomes) the first to\b/i.exec(first)?.[1];
  return of !== undefined && of.toLowerCase() === noneOf(never) && !/^(?:one|he|she|it|they|who|that)$/i.test(of);
}

/**
 * The noun a never-before of no one is told of, lower-cased ("No earlier study had" → "study", "No
 * player had" → "player"): the kind of holder, which says nothing of which record.
 */
export function noneOf(never: string): string | undefined {
  return /\bno (?:earlier |previous |prior |other )?(\w+)\b/i.exec(never)?.[1]?.toLowerCase();
}

/** Content terms that only say how a first is told ("first", "ever", "time", "years"), not what it is of. */
export const FIRST_FORM_TERMS = new Set(['first', 'time', 'year', 'decade', 'ever', 'before', 'since', 'previously', 'never']);
