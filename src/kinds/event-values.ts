/**
 * Against a report, one event told with two values, wherever the sentences stand: the article and the
 * report each tell an event of one kind with one value only (one day, one place, one count), of the
 * same named participant or of one a side does not name and counts no one, and the two values differ
 * ("Scott J. Johnson … was charged on Thursday" / "A Michigan man … was charged Wednesday, Aug. 6").
 * A count of an incident (a toll, the injured) may name no one on either side. Sentences
 * that say the same event in other words are seldom paired, so the values are compared event by
 * event. A kind told with several values by either side (two votes, a strike's days) is left to the
 * sentences.
 */
import type { Analysis } from '../model/analysis.js';
import type { Claim, Value } from '../model/document.js';
import { sameEntity } from '../claims/identity.js';
import { sameFigure } from '../claims/numbers.js';
import { partitionPoint, pushTo } from '../base/arrays.js';
import type { CompiledLexicon } from '../lexicon/compile.js';
import type { Report, RuleContext } from './kind.js';
import { placeOf } from './describe.js';
import { changeLocations } from './pairs.js';
import { blockWeight, confidence } from './confidence.js';

export interface EventValues {
  /** Which value is compared. */
  field: 'time' | 'place' | 'count';
  /** Whether a telling's value counts (a day, not a month or a year; a count not told as updated). */
  usable: (value: Value, claim: Claim, analysis: Analysis) => boolean;
  /** Whether two values can be one. */
  agree: (a: Value, b: Value) => boolean;
  /** Whether a value says most of several that agree (a town more than the state it lies in): the one compared. */
  specific?: (value: Value) => boolean;
  /** Whether a frame is told of one participant in a story (events.yaml `sole`: a court story's one sentence). */
  sole?: (frame: string) => boolean;
}

/** The article's and the report's tellings of one event whose values differ: [article's, report's]. */
export function eventValueClashes(article: Analysis, report: Analysis, spec: EventValues, repeatMarkers: RegExp): [Claim, Claim][] {
  const ours = tellingsByFrame(article, spec, repeatMarkers);
  const theirs = tellingsByFrame(report, spec, repeatMarkers);
  const out: [Claim, Claim][] = [];
  for (const [frame, mine] of ours) {
    const others = theirs.get(frame);
    const a = representative(mine, spec);
    const r = others && representative(others, spec);
    if (!r || !oneValue(mine, a, spec) || !oneValue(others!, r, spec) || spec.agree(a.values[spec.field]!, r.values[spec.field]!)) continue;
    // (or a day each text gives the one such event it tells, of a kind a story tells of one participant,
    // naming no one: "They will be sentenced on 28 October" / "A father and son … will be sentenced … on
    // 21 October"; blind set BD)
    // (of the same case, the report naming someone the article names, and both to come or both done: a
    // court round-up's other defendant, "She will be sentenced on 21 October", or another's sentence
    // already passed, "was jailed on 21 October", is another event; review)
    const onlyOnes = spec.field === 'time' && spec.sole?.(frame) === true && mine.length === 1 && others!.length === 1 && a.subjects.length === 0 && r.subjects.length === 0 && (sharePeople(article, report) || shareAnEvent(article, report, a, r)) && toCome(article, a) === toCome(report, r) && pronounsAgree(article, a, report, r);
    if (onlyOnes || sameParticipants(article, report, a, r, spec)) out.push([a, r]);
  }
  return out;
}

/**
 * The finding for an article's telling whose value differs from the report's, as the day, place and
 * count rules each report it: at the article's value, with the two values as written.
 */
export function eventClash(context: RuleContext, a: Claim, r: Claim, field: EventValues['field']): Report & { data: Record<string, string>; evidence: Record<string, string> } {
  const article = context.analysis;
  const [ours, theirs] = [a.values[field]!, r.values[field]!];
  return {
    confidence: confidence(0.8, blockWeight(article.sentences[a.sentence])),
    message: 'changed',
    data: { where: placeOf(article.sentences[a.sentence]!), old: theirs.text, new: ours.text, report: context.versions!.old.doc.path },
    locations: changeLocations(context, ours, theirs),
    evidence: { expected: theirs.text, actual: ours.text },
  };
}

function tellingsByFrame(analysis: Analysis, spec: EventValues, repeatMarkers: RegExp): Map<string, Claim[]> {
  // (each sentence's events, indexed once: a story may hold thousands)
  const events = new Map<number, Claim[]>();
  for (const c of analysis.claims) {
    if (c.kind !== 'event') continue;
    pushTo(events, c.sentence, c);
  }
  const byFrame = new Map<string, Claim[]>();
  for (const c of analysis.claims) {
    const value = c.values[spec.field];
    // ("A second man was charged", "bought another painting": another event of the kind)
    const another = analysis.doc.source.slice(c.start, c.trigger.end);
    if (c.kind !== 'event' || c.negated || c.quote >= 0 || !(c.asserted || c.presupposed) || !value || !spec.usable(value, c, analysis) || repeatMarkers.test(another) || otherEventBetween(events.get(c.sentence)!, c, value)) continue;
    pushTo(byFrame, c.frame, c);
  }
  return byFrame;
}

/** Whether the report names a person the article names. */
function sharePeople(article: Analysis, report: Analysis): boolean {
  const people = report.entities.filter((e) => e.type === 'person');
  return article.entities.some((e) => e.type === 'person' && people.some((p) => sameEntity(e, p)));
}

/** Another event both texts tell with the same day or count ("pleaded guilty … on Monday" in both): the same case told. */
function shareAnEvent(article: Analysis, report: Analysis, a: Claim, r: Claim): boolean {
  const values = (analysis: Analysis, skip: Claim) => new Set(analysis.claims.filter((c) => c.kind === 'event' && c !== skip && c.frame !== skip.frame).flatMap((c) => [c.values.time, c.values.count].filter((v) => v !== undefined).map((v) => `${c.frame}|${v!.key}`)));
  const theirs = values(report, r);
  return [...values(article, a)].some((v) => theirs.has(v));
}

/** "They will be sentenced" and "She will be sentenced": a subject pronoun of another number or sex tells of someone else. */
function pronounsAgree(article: Analysis, a: Claim, report: Analysis, r: Claim): boolean {
  const pronoun = (analysis: Analysis, c: Claim) => /\b(he|she|they|it)\b/i.exec(analysis.doc.source.slice(c.start, c.trigger.start))?.[1]!.toLowerCase();
  const [x, y] = [pronoun(article, a), pronoun(report, r)];
  return x === undefined || y === undefined || x === y;
}

/** An event told as still to come ("will be sentenced", "is due to be"), from the words of its clause before it. */
function toCome(analysis: Analysis, c: Claim): boolean {
  return /\b(?:will|would|shall|due to|to be|is to|are to)\b/i.test(analysis.doc.source.slice(c.start, c.trigger.start));
}

/** The most events one sentence may tell for their values to be compared (each is checked against the others between it and its value). */
const MAX_SENTENCE_EVENTS = 50;

function oneValue(list: Claim[], first: Claim, spec: EventValues): boolean {
  return list.every((c) => spec.agree(c.values[spec.field]!, first.values[spec.field]!));
}

/** The telling whose value says most: the first specific one, else the first. */
function representative(list: Claim[], spec: EventValues): Claim {
  return (spec.specific && list.find((c) => spec.specific!(c.values[spec.field]!))) || list[0]!;
}

/** A value read for an event with another event's word between them is as often the other's ("caught and killed the gunman who executed seven in a massacre on Tuesday"). */
function otherEventBetween(sentenceEvents: Claim[], c: Claim, value: Value): boolean {
  // (a "sentence" of more events than that is a pasted list, whose values are no one event's)
  if (sentenceEvents.length > MAX_SENTENCE_EVENTS) return true;
  const [from, to] = value.start < c.trigger.start ? [value.end, c.trigger.start] : [c.trigger.end, value.start];
  return sentenceEvents.some((o) => o !== c && o.trigger.start >= from && o.trigger.end <= to);
}

/**
 * The same named participant on both sides, or one side naming none and counting no one (the
 * report's "A Michigan man"; not "killed … seven" against the gunman's own death). Where the counts
 * are what is compared, a side naming no one is the other's ("the company is cutting 1,500 jobs" /
 * "Krauss-Henning … would cut about 1,150 jobs"), and so is a toll neither names anyone in.
 */
function sameParticipants(article: Analysis, report: Analysis, a: Claim, r: Claim, spec: EventValues): boolean {
  const unnamed = (c: Claim) => c.subjects.length === 0 && (c.values.count === undefined || c.values.count.key === '1');
  // neither names anyone, but both count the same many ("more than 120 homes were evacuated in
  // Brantham" / "more than 120 homes in Kellford were evacuated"): one event, told with another value
  const [countA, countR] = [a.values.count, r.values.count];
  if (a.subjects.length === 0 && r.subjects.length === 0 && spec.field !== 'count' && countA && countR && Number(countA.key) > 1 && sameFigure(countA, countR)) return true;
  if (a.subjects.length === 0 || r.subjects.length === 0) return spec.field === 'count' || (a.subjects.length + r.subjects.length > 0 && (unnamed(a) || unnamed(r)));
  return a.subjects.some((x) => r.subjects.some((y) => sameEntity(article.entityById.get(x), report.entityById.get(y))));
}

/** A comma or semicolon that opens another clause: ", after …", ", while …", "; …". */
const SUBORDINATE = /;|,\s+(?:after|before|while|when|whereas|although|though|because|since|until|as|which|who|where|and|but)\b/i;

/**
 * A telling of another such event: "arrested again", "a second suspect", "He was also convicted"
 * ("also" at the verb). The marker must stand in the event's own clause, before a clause that follows
 * it: "…will cease operations for good, after the Georgia plant adds a second shift" tells the closure
 * once, where "He was arrested, again, on Monday" tells another arrest.
 */
export function anotherOccurrence(analysis: Analysis, lexicon: CompiledLexicon, claim: Claim): boolean {
  return occurrenceMarker(analysis, lexicon, claim) !== undefined;
}

/** The word that marks a claim as another occurrence ("again", "second", "also"), lower-cased, if any. */
export function occurrenceMarker(analysis: Analysis, lexicon: CompiledLexicon, claim: Claim): string | undefined {
  const clause = analysis.doc.source.slice(claim.start, claim.end);
  const after = clause.slice(claim.trigger.end - claim.start).search(SUBORDINATE);
  const marked = lexicon.repeatMarkers.exec(after < 0 ? clause : clause.slice(0, claim.trigger.end - claim.start + after));
  if (marked) return marked[0].toLowerCase();
  const tokens = analysis.tokens;
  const at = partitionPoint(tokens.length, (k) => tokens[k]!.start < claim.trigger.start);
  return tokens.slice(Math.max(0, at - 2), at).some((t) => t.sentence === claim.sentence && t.lower === 'also') ? 'also' : undefined;
}
