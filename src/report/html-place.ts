import { diffWords } from 'diff';
import { h } from 'hastscript';
import type { Element, ElementContent } from 'hast';
import type { Block, Document } from '../model/document.js';
import type { Finding, Location } from '../model/finding.js';
import { sentencesAround } from '../text/sentences.js';
import { partitionPoint } from '../base/arrays.js';
import { escapeRegExp } from '../base/regexp.js';

/** The documents a report shows or quotes (articles, versions, related reports), by path. */
export type Library = ReadonlyMap<string, Document>;

/** The sentence (or sentences) around a place, in a block's words, with the place inside it. */
export interface Context {
  text: string;
  from: number;
  to: number;
  /** The file offset of each character of `text`, where the document is known. */
  offsets?: Int32Array;
  block?: Block;
}

/**
 * The whole sentence a place stands in, so that a card never shows a value cut off ("killing 1…"): a
 * change rule points at "14", the card shows "A landslide killed 14 people …" with "14" marked.
 * Without the document (a report read in a worker), the place's own text.
 */
export function contextOf(library: Library, location: Location): Context {
  const doc = library.get(location.path);
  const at = location.start.offset;
  const block = doc?.blocks.find((b) => b.start <= at && (at < b.end || (at === b.end && location.end.offset === at)));
  if (!doc || !block || block.text.length === 0) return { text: location.text, from: 0, to: location.text.length };
  // the first character at or after a file offset: a block's map rises with its text
  const index = (offset: number) => partitionPoint(block.text.length, (k) => block.map[k]! < offset);
  const from = index(location.start.offset);
  const to = Math.max(from, index(location.end.offset));
  let { start, end } = sentencesAround(block.text, from, to);
  while (start < from && /\s/.test(block.text[start]!)) start++;
  while (end > to && /\s/.test(block.text[end - 1]!)) end--;
  return { text: block.text.slice(start, end), from: from - start, to: to - start, offsets: block.map.subarray(start, end), block };
}

/** Where a place is, as an editor counts: "¶7", "headline", "caption" … */
export function paragraphLabel(context: Context, location: Location): string {
  const block = context.block;
  if (!block) return `line ${location.start.line}`;
  if (block.paragraph > 0) return `¶${block.paragraph}`;
  return BLOCK_NAMES[block.kind] ?? block.kind;
}

const BLOCK_NAMES: Partial<Record<Block['kind'], string>> = {
  title: 'headline',
  heading: 'subheading',
  standfirst: 'standfirst',
  caption: 'caption',
  box: 'fact box',
  'pull-quote': 'pull quote',
  'list-item': 'list',
};

/** What a place is in its finding, in plain words. */
const ROLES = new Map(Object.entries({
  first: 'first told here',
  repeated: 'told again here',
  contradicted: 'said first here',
  contradicts: 'contradicted here',
  'given-name': 'given name used as a surname',
  'full-name': 'full name',
  surname: 'family name used here',
  'minority-form': 'less usual form',
  'usual-form': 'usual form',
  variant: 'other form',
  'usual-spelling': 'usual spelling',
  old: 'old version',
  new: 'new version',
  article: 'in the article',
  related: 'in the report',
  unsupported: 'no report backs this',
}));

export function roleLabel(location: Location, k: number): string {
  return location.role ? (ROLES.get(location.role) ?? location.role.replace(/-/g, ' ')) : k === 0 ? 'here' : 'also here';
}

/**
 * The contested words inside a place's sentence: the place itself when it is narrower than its
 * sentence (a change rule's "14"), else the value the finding compares (`evidence.actual` for its
 * first place, `expected` for the others), found as whole words; none when it cannot be found.
 */
export function valuesIn(finding: Finding, k: number, context: Context): [number, number][] {
  const place = context.text.slice(context.from, context.to).trim();
  const narrower = place.length > 0 && place.length < context.text.trim().length;
  if (narrower && place.split(/\s+/).length <= 6) return [[context.from, context.to]];
  const value = k === 0 ? finding.evidence?.actual : finding.evidence?.expected;
  const clean = value?.replace(/^[“"‘']+|[”"’']+$/g, '').trim();
  const found: [number, number][] = [];
  if (clean && clean !== '(nothing)') {
    const whole = findWord(context.text, clean, context.from, context.to);
    if (whole) found.push(whole);
    // a value the rule compares in its own words ("change months"): each of its words the sentence has
    else if (/\s/.test(clean)) for (const word of clean.split(/\s+/).filter((w) => w.length >= 3)) {
      const span = findWord(context.text, word, context.from, context.to);
      if (span) found.push(span);
    }
  }
  if (found.length === 0 && narrower) found.push([context.from, context.to]);
  return found;
}

function findWord(text: string, word: string, from: number, to: number): [number, number] | null {
  const escaped = escapeRegExp(word);
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'giu');
  for (const match of text.matchAll(pattern)) if (match.index >= from && match.index + match[0].length <= Math.max(to, from + 1)) return [match.index, match.index + match[0].length];
  return null;
}

/** A value's span in the file, for marking it in the article. */
export function fileSpan(context: Context, [start, end]: [number, number]): { start: number; end: number } | null {
  if (!context.offsets || end <= start) return null;
  return { start: context.offsets[start]!, end: context.offsets[end - 1]! + 1 };
}

/** A piece of a shown sentence. */
export interface Piece {
  text: string;
  kind: 'plain' | 'value' | 'del' | 'ins' | 'diff';
}

/** One place as a card shows it. */
export interface PlaceView {
  location: Location;
  k: number;
  context: Context;
  href?: string;
}

/**
 * The places of a finding as the card shows them: each with where it is in words ("¶7 · told again
 * here") and its sentence, the contested words marked. Two places stand side by side, the earlier (or
 * the old, or the article's) first; when their sentences are alike (an edit, a misquote, a reworded
 * sentence) the card shows the word diff between them, words whole.
 */
export function renderPlaces(finding: Finding, places: PlaceView[], home: string | undefined): Element {
  const ordered = places.length === 2 ? sidesInOrder(places) : places;
  let pieces: Piece[][] = ordered.map((p) => marked(finding, p));
  if (ordered.length === 2) {
    const [left, right] = ordered as [PlaceView, PlaceView];
    const mode = left.location.role === 'old' ? 'edit' : 'compare';
    const diff = wordDiffPieces(left.context.text, right.context.text, mode) ?? placeDiff(left, right, mode);
    if (diff) pieces = diff;
  }
  return h(`div.places${ordered.length === 2 ? '.two' : ''}`, ordered.map((place, i) => placeElement(place, pieces[i]!, home)));
}

const SIDE = new Map(Object.entries({ old: 0, new: 1, article: 0, related: 1 }));

/**
 * The word diff of the places themselves inside their sentences, when the sentences differ too much
 * but the places are alike: two quotations of one speaker in two reports' own sentences.
 */
function placeDiff(left: PlaceView, right: PlaceView, mode: 'edit' | 'compare'): [Piece[], Piece[]] | null {
  const inner = (p: PlaceView) => p.context.text.slice(p.context.from, p.context.to);
  const diff = wordDiffPieces(inner(left), inner(right), mode);
  if (!diff) return null;
  const around = (p: PlaceView, middle: Piece[]): Piece[] =>
    [{ text: p.context.text.slice(0, p.context.from), kind: 'plain' } as Piece, ...middle, { text: p.context.text.slice(p.context.to), kind: 'plain' } as Piece].filter((piece) => piece.text !== '');
  return [around(left, diff[0]), around(right, diff[1])];
}

function sidesInOrder(places: PlaceView[]): PlaceView[] {
  const [a, b] = places as [PlaceView, PlaceView];
  const sideA = SIDE.get(a.location.role ?? '');
  const sideB = SIDE.get(b.location.role ?? '');
  if (sideA !== undefined && sideB !== undefined) return sideA <= sideB ? [a, b] : [b, a];
  if (a.location.path === b.location.path) return a.location.start.offset <= b.location.start.offset ? [a, b] : [b, a];
  return [a, b];
}

function marked(finding: Finding, place: PlaceView): Piece[] {
  const { text } = place.context;
  const spans = valuesIn(finding, place.k, place.context).sort((x, y) => x[0] - y[0]);
  const out: Piece[] = [];
  let at = 0;
  for (const [start, end] of spans) {
    if (start < at) continue;
    if (start > at) out.push({ text: text.slice(at, start), kind: 'plain' });
    out.push({ text: text.slice(start, end), kind: 'value' });
    at = end;
  }
  if (at < text.length) out.push({ text: text.slice(at), kind: 'plain' });
  return out;
}

/**
 * The word diff of two sentences, or null when they share too little for a diff to help (two
 * different sentences telling one event). An edit shows deleted and inserted words; a comparison
 * (article and report) marks the words each side alone has.
 */
export function wordDiffPieces(left: string, right: string, mode: 'edit' | 'compare'): [Piece[], Piece[]] | null {
  if (left === right) return null;
  const changes = diffWords(left, right);
  const same = changes.filter((c) => !c.added && !c.removed).reduce((n, c) => n + c.value.replace(/\s/g, '').length, 0);
  // alike: half the longer text is shared, or nearly all the shorter (a partial quotation)
  const size = (text: string) => Math.max(1, text.replace(/\s/g, '').length);
  if (same / Math.max(size(left), size(right)) < 0.5 && same / Math.min(size(left), size(right)) < 0.75) return null;
  const a: Piece[] = [];
  const b: Piece[] = [];
  for (const change of changes) {
    if (change.added) b.push({ text: change.value, kind: mode === 'edit' ? 'ins' : 'diff' });
    else if (change.removed) a.push({ text: change.value, kind: mode === 'edit' ? 'del' : 'diff' });
    else {
      a.push({ text: change.value, kind: 'plain' });
      b.push({ text: change.value, kind: 'plain' });
    }
  }
  return [a, b];
}

function placeElement(place: PlaceView, pieces: Piece[], home: string | undefined): Element {
  const { location, k, context } = place;
  const where: (ElementContent | string)[] = [];
  if (location.path !== home) where.push(h('span.file', { title: location.path }, [h('bdi', basename(location.path)), ' ']));
  where.push(`${paragraphLabel(context, location)} · ${roleLabel(location, k)}`);
  return h('div.place', { dataRole: location.role ?? '' }, [
    h('span.where', place.href ? [h('a', { href: place.href }, where)] : where),
    h('span.text', piecesToHast(trim(pieces))),
  ]);
}

export function piecesToHast(pieces: Piece[]): ElementContent[] {
  return pieces.map((piece) => {
    const text: ElementContent = { type: 'text', value: piece.text };
    switch (piece.kind) {
      case 'plain':
        return text;
      case 'value':
        return h('mark.value', [text]);
      case 'diff':
        return h('mark.diff', [text]);
      default:
        return h(piece.kind, [text]);
    }
  });
}

/**
 * Shortens a long sentence only in its plain stretches, at spaces: what is marked is always whole.
 */
export function trim(pieces: Piece[], edge = 90, middle = 70): Piece[] {
  const total = pieces.reduce((n, p) => n + p.text.length, 0);
  if (total <= 2 * edge + 60) return pieces;
  const marked = pieces.some((p) => p.kind !== 'plain');
  return pieces.map((piece, i) => {
    if (piece.kind !== 'plain') return piece;
    const first = i === 0;
    const last = i === pieces.length - 1;
    const t = piece.text;
    if (!marked) return { ...piece, text: cutEnd(t, 2 * edge) };
    if (first && !last && t.length > edge) return { ...piece, text: cutStart(t, edge) };
    if (last && !first && t.length > edge) return { ...piece, text: cutEnd(t, edge) };
    if (!first && !last && t.length > 2 * middle + 10) return { ...piece, text: `${cutEnd(t, middle)}${cutStart(t, middle)}` };
    return piece;
  });
}

/** The last `n` characters or so, from a word's start, after "…". */
function cutStart(text: string, n: number): string {
  const from = text.length - n;
  const space = text.indexOf(' ', from);
  return `…${text.slice(space < 0 ? from : space)}`;
}

/** The first `n` characters or so, to a word's end, then "…". */
function cutEnd(text: string, n: number): string {
  const space = text.lastIndexOf(' ', n);
  return `${text.slice(0, space <= 0 ? n : space)} …`;
}

export function basename(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1) || path;
}
