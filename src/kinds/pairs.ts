/**
 * The sentences two aligned texts pair up, and what changed between them: the building blocks of
 * every change kind, whichever mode it compares in.
 */
import type { Analysis, SentenceContext, Word } from '../model/analysis.js';
import type { BlockKind, Entity, Sentence, Span, Token } from '../model/document.js';
import type { AlignedPair } from '../model/results.js';
import { sameEntity } from '../claims/identity.js';
import { isClockTime } from '../claims/numbers.js';
import { placeOf } from './describe.js';
import type { RuleContext, SpanRef } from './kind.js';
import { least, most, partitionPoint } from '../base/arrays.js';
import { escapeRegExp } from '../base/regexp.js';

/** Against a report, how closely a sentence must restate one of the report's (a kind's floor, kinds/mode.ts). */
export const RESTATEMENT_OPTION = {
  type: 'number',
  minimum: 0,
  maximum: 1,
  default: 0.35,
  description: 'Against a related report only: least similarity of the two sentences for a differing value to count. A value that differs between loosely related sentences ("by 2027" / "from 1964") is usually another claim.',
} as const;

/** An aligned pair whose words changed, with both sides' sentences and what was read of them. */
export interface ChangedPair {
  pair: AlignedPair;
  oldSentences: Sentence[];
  newSentences: Sentence[];
  oldContexts: SentenceContext[];
  newContexts: SentenceContext[];
}

/** Blocks whose changes are no change of the story's facts. */
const NOT_THE_STORY: ReadonlySet<BlockKind> = new Set(['byline', 'credit', 'related', 'kicker']);

/**
 * Pairs whose text changed: edited, moved with edits, split and merged sentences. Against a report,
 * `minSimilarity` (a kind's option) keeps only close restatements: a value that differs between two
 * loosely related sentences ("by 2027" / "from 1964") is usually another claim, not a contradiction.
 */
export function changedPairs(context: RuleContext, minSimilarity = 0): ChangedPair[] {
  const versions = context.versions;
  if (!versions) return [];
  const { old } = versions;
  const current = context.analysis;
  const floor = versions.mode.floor(minSimilarity);
  // a byline, a time stamp, a credit or a link changes no fact of the story
  const furniture = (j: number) => NOT_THE_STORY.has(current.sentences[j]!.kind);
  return versions.alignment.pairs
    .filter((pair) => pair.ops !== undefined && pair.old.length > 0 && pair.new.length > 0 && (pair.similarity ?? 1) >= floor && !pair.new.every(furniture))
    .map((pair) => ({
      pair,
      oldSentences: pair.old.map((i) => old.sentences[i]!),
      newSentences: pair.new.map((j) => current.sentences[j]!),
      oldContexts: pair.old.map((i) => old.contexts[i]!),
      newContexts: pair.new.map((j) => current.contexts[j]!),
    }));
}

/** Sentences this far either side of a pair count as where it stands, for `bothStayed`. */
const NEIGHBOURHOOD = 2;

/**
 * In an edit, whether the old value is still in the new version near the pair and the new one was
 * already in the old version near it: both stand on both sides, so the alignment paired the wrong
 * sentences (a sentence deleted next to them) and nothing was changed from one to the other.
 */
export function bothStayed(context: RuleContext, pair: ChangedPair, before: string, after: string): boolean {
  const versions = context.versions;
  if (!versions || versions.mode.name !== 'edit') return false;
  const around = (sentences: Sentence[], all: Sentence[]) => {
    const from = Math.max(0, least(sentences.map((s) => s.index)) - NEIGHBOURHOOD);
    const to = Math.min(all.length - 1, most(sentences.map((s) => s.index)) + NEIGHBOURHOOD);
    return all.slice(from, to + 1).map((s) => s.text).join(' ');
  };
  const word = (text: string, value: string) => new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(value)}(?![\\p{L}\\p{N}])`, 'u').test(text);
  return word(around(pair.newSentences, context.analysis.sentences), before) && word(around(pair.oldSentences, versions.old.sentences), after);
}

/** Locations of a difference, named by the mode: the checked text first (new version, article), then the other. */
export function changeLocations(context: RuleContext, newSpan: Span, oldSpan: Span): SpanRef[] {
  const { mode, old } = context.versions!;
  return [
    { start: newSpan.start, end: newSpan.end, role: mode.roles.current },
    { start: oldSpan.start, end: oldSpan.end, role: mode.roles.other, analysis: old },
  ];
}

/**
 * The placeholders every difference in a value fills: where it stands, the two values, and the
 * report's name (a message against a report names it).
 */
export function changeData(context: RuleContext, pair: ChangedPair, before: string, after: string): { where: string; old: string; new: string; report: string } {
  return { where: whereNew(pair), old: before, new: after, report: context.versions!.old.doc.path };
}

/** "in paragraph 4" of the new version. */
export function whereNew(pair: ChangedPair): string {
  return placeOf(pair.newSentences[0]!);
}

/**
 * In an edit, a person renamed rather than replaced: the old name is gone from the new version and
 * the new name was nowhere in the old ("Councillor Bernadette Oyelaran" became "Councillor Bernadette
 * Oyelowo"). A quotation of theirs keeps its speaker; the name is what changed.
 */
export function renamed(context: RuleContext, before: Entity | undefined, after: Entity | undefined): boolean {
  const versions = context.versions;
  if (!versions || versions.mode.name === 'source' || !before || !after) return false;
  return !context.analysis.entities.some((e) => sameEntity(e, before)) && !versions.old.entities.some((e) => sameEntity(e, after));
}

/** Pairs up what only one side has with what only the other has, in reading order. */
export function pairUp<T>(onlyOld: T[], onlyNew: T[], compatible: (a: T, b: T) => boolean): [T, T][] {
  const out: [T, T][] = [];
  const used = new Set<number>();
  for (const a of onlyOld) {
    const k = onlyNew.findIndex((b, index) => !used.has(index) && compatible(a, b));
    if (k < 0) continue;
    used.add(k);
    out.push([a, onlyNew[k]!]);
  }
  return out;
}

/** A run of deleted and inserted words between two unchanged stretches of a word diff. */
export interface Hunk {
  deleted: string;
  inserted: string;
  /** Spans in the old and new files; a pure insertion or deletion borrows its neighbour's place. */
  oldSpan: Span;
  newSpan: Span;
}

/** A pair whose new side is the headline or standfirst, which compress what the body tells. */
export function inHeadline(pair: ChangedPair): boolean {
  return pair.newSentences.every((s) => s.kind === 'title' || s.kind === 'standfirst');
}

/** The body's pairs before the headline's: a change both tell is reported where the body tells it. */
export function bodyFirst(pairs: ChangedPair[]): ChangedPair[] {
  return [...pairs.filter((p) => !inHeadline(p)), ...pairs.filter(inHeadline)];
}

export function hunks(pair: ChangedPair): Hunk[] {
  const ops = pair.pair.ops ?? [];
  const out: Hunk[] = [];
  let current: Hunk | undefined;
  let lastOld = pair.oldSentences[0]!.start;
  let lastNew = pair.newSentences[0]!.start;
  for (const op of ops) {
    if (op.op === 'equal') {
      if (current) out.push(current);
      current = undefined;
      lastOld = op.oldEnd!;
      lastNew = op.newEnd!;
      continue;
    }
    current ??= { deleted: '', inserted: '', oldSpan: { start: lastOld, end: lastOld }, newSpan: { start: lastNew, end: lastNew } };
    if (op.op === 'delete') {
      current.deleted += op.text;
      if (current.oldSpan.start === current.oldSpan.end) current.oldSpan = { start: op.oldStart!, end: op.oldEnd! };
      else current.oldSpan.end = op.oldEnd!;
    } else {
      current.inserted += op.text;
      if (current.newSpan.start === current.newSpan.end) current.newSpan = { start: op.newStart!, end: op.newEnd! };
      else current.newSpan.end = op.newEnd!;
    }
  }
  if (current) out.push(current);
  return out;
}

/** Tokens of an analysis inside a file span. */
export function tokensIn(analysis: Analysis, span: Span): Token[] {
  const tokens = analysis.tokens;
  const low = partitionPoint(tokens.length, (k) => tokens[k]!.end <= span.start);
  const out = [];
  for (let k = low; k < tokens.length && tokens[k]!.start < span.end; k++) out.push(tokens[k]!);
  return out;
}

/** A span for a hunk side with no text of its own: the whole sentence it stands in. */
export function visibleSpan(span: Span, sentences: Sentence[]): Span {
  if (span.end > span.start) return span;
  const sentence = sentences.find((s) => s.start <= span.start && span.start <= s.end) ?? sentences[0]!;
  return { start: sentence.start, end: sentence.end };
}

/**
 * The dates and times of day a sentence counts up to: "vaccinated by Sunday evening", "as of Monday",
 * "8 inches had fallen by 7 a.m.", "By midafternoon".
 */
export function countedBy(contexts: readonly SentenceContext[]): Set<string> {
  const out = new Set<string>();
  const upTo = (c: SentenceContext, at: number) => {
    const before = c.words[at - 1]?.lower;
    return (before === 'by' && !deadline(c.words.slice(0, at))) || (before === 'of' && c.words[at - 2]?.lower === 'as');
  };
  for (const c of contexts) {
    for (const d of c.dates) if (upTo(c, c.words.findIndex((w) => w.start === d.start))) out.add(d.key);
    c.words.forEach((w, k) => {
      if (!upTo(c, k)) return;
      if (TIME_OF_DAY.test(w.lower)) out.add(`time:${w.lower.replace('-', '')}`);
      else if (isClockTime(c.lexicon, c.words, k)) out.add(`time:${w.text}${c.words[k + 1]?.lower.replace(/\./g, '') ?? ''}`);
    });
  }
  return out;
}

/**
 * Whether the words before a "by" make its date a deadline, not the day a count was told up to: "will close
 * its distribution center in Reno by June 30, eliminating 340 jobs" plans the cuts; "had died by Monday" counts.
 */
function deadline(words: readonly Word[]): boolean {
  return words.some((w) => FUTURE.has(w.lower) || FUTURE.has(w.lemma));
}
const FUTURE = new Set(['will', "'ll", '’ll', 'shall', 'would', 'plan', 'aim', 'intend', 'schedule', 'due', 'deadline']);

/** A part of the day a running count is told up to ("by midafternoon"). */
const TIME_OF_DAY = /^(?:mid-?)?(?:morning|afternoon|evening|day)$|^(?:noon|midday|nightfall|midnight|dawn|lunchtime|dusk)$/;

