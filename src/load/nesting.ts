/**
 * How deep a Markdown file nests its lists and block quotes, read from the raw text before it is
 * parsed. The parser's cost grows much faster than the text with list nesting (mdast-util-from-markdown
 * walks every list's whole subtree to decide whether it is loose, and each line re-reads the prefix
 * of every open container): a list nested 800 deep takes 12 s, 3,000 deep (9 MB) over ten minutes, so
 * a file nested deeper than `MAX_NESTING` is refused before the parser sees it. No news article nests
 * lists or quotations ten deep; the limit is markdown-it's default (`maxNesting`).
 *
 * The count is an upper bound read from the markers that open containers at the start of each line
 * (`>`, `-`, `+`, `*`, `1.`, `1)`) and from the list items a line's indentation keeps it inside, as
 * CommonMark decides it; markers inside code blocks count too, which only errs towards refusing.
 */
import { partitionPoint } from '../base/arrays.js';

/** The deepest lists and block quotes may nest, counting both. */
export const MAX_NESTING = 100;

/**
 * The levels all lines stand in, added up (a line in a list in a quotation counts 2): the parser
 * keeps a token for each container's prefix on each line, about 2 KB apiece, so 10 MB of lines
 * nested 100 deep would need 13 GB. 500,000 (about 1 GB) is 5,000 lines nested 100 deep, or a
 * thread of 100,000 quoted lines five deep.
 */
export const MAX_NESTED_LEVELS = 500_000;

/**
 * Emphasis markers (runs of `*` or `_`) one paragraph may hold and still be read as emphasis. The
 * parser pairs them at a cost that grows with the square of their number (10,000 nested levels take
 * 40 s, the HTML report would nest as deep), and no paragraph of news sets 500 phrases in italics:
 * a file with a paragraph past this is read with its `*` and `_` as plain characters.
 */
export const MAX_EMPHASIS_MARKERS = 1000;

export interface Nesting {
  /** How many containers (list items and block quotes) the deepest line stands in. */
  depth: number;
  /** That line, 1-based. */
  line: number;
  /** The containers of every line, added up. */
  total: number;
}

export function markdownNesting(source: string): Nesting {
  // content columns of the list items opened so far, innermost last: strictly rising
  const items: number[] = [];
  let deepest = { depth: 0, line: 0 };
  let total = 0;
  let line = 0;
  for (let start = 0; start <= source.length; ) {
    let end = start;
    while (end < source.length && source.charCodeAt(end) !== 10 && source.charCodeAt(end) !== 13) end++;
    line++;
    const depth = lineDepth(source, start, end, items);
    total += depth;
    if (depth > deepest.depth) deepest = { depth, line };
    // \r\n is one line end
    start = end + (source.charCodeAt(end) === 13 && source.charCodeAt(end + 1) === 10 ? 2 : 1);
  }
  return { ...deepest, total };
}

/** The containers one line stands in: its own markers, and the open list items its indentation continues. */
function lineDepth(source: string, start: number, end: number, items: number[]): number {
  // the last character that cannot be part of a thematic break ("- - -", "***"): past it, markers may be one
  let lastOther = end - 1;
  while (lastOther >= start && ' \t-*_'.includes(source[lastOther]!)) lastOther--;
  let quotes = 0;
  let column = 0;
  let at = start;
  for (;;) {
    while (at < end && (source[at] === ' ' || source[at] === '\t')) {
      column = source[at] === '\t' ? column + 4 - (column % 4) : column + 1;
      at++;
    }
    if (at >= end) break;
    if (source[at] === '>') {
      quotes++;
      at++;
      column++;
      continue;
    }
    const width = markerWidth(source, at, end);
    if (width === 0) break;
    // the rest of the line a thematic break, not list items: tested once, where only such characters remain
    if (at > lastOther) {
      if (/^([-*_])(?:[ \t]*\1){2,}[ \t]*$/.test(source.slice(at, end))) break;
      lastOther = end;
    }
    const marker = column;
    at += width;
    column += width;
    let spaces = 0;
    while (at + spaces < end && source[at + spaces] === ' ' && spaces < 5) spaces++;
    const content = marker + width + (spaces >= 1 && spaces <= 4 ? spaces : 1);
    // an item opened at this column ends the open items whose content starts to its right
    while (items.length && items[items.length - 1]! > marker) items.pop();
    items.push(content);
  }
  return quotes + itemsWithin(items, column);
}

/** The width of a list marker at `at` ("-", "12." …) followed by a space, a tab or the line's end; 0 if none. */
function markerWidth(source: string, at: number, end: number): number {
  const spaceAfter = (k: number) => k >= end || source[k] === ' ' || source[k] === '\t';
  const c = source[at]!;
  if (c === '-' || c === '+' || c === '*') return spaceAfter(at + 1) ? 1 : 0;
  let k = at;
  while (k < end && k - at < 9 && source.charCodeAt(k) >= 48 && source.charCodeAt(k) <= 57) k++;
  if (k === at || k >= end || (source[k] !== '.' && source[k] !== ')')) return 0;
  return spaceAfter(k + 1) ? k + 1 - at : 0;
}

/** How many open list items have their content at or left of this column (binary search: the columns rise). */
function itemsWithin(items: number[], column: number): number {
  return partitionPoint(items.length, (k) => items[k]! <= column);
}

/**
 * The most emphasis markers (runs of one of `*` and `_`: "**" is one, "*_" two) between two blank
 * lines, where a paragraph can stand; a list or a table without blank lines counts as one.
 */
export function emphasisMarkers(source: string): number {
  let most = 0;
  let count = 0;
  let blank = true;
  let previous = '';
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    if (c === '\n' || c === '\r') {
      if (blank) count = 0;
      blank = true;
      previous = '';
      continue;
    }
    if (c !== ' ' && c !== '\t' && c !== '>') blank = false;
    if ((c === '*' || c === '_') && c !== previous) {
      count++;
      if (count > most) most = count;
    }
    previous = c;
  }
  return most;
}
