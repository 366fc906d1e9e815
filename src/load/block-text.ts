import { decodeNamedCharacterReference } from 'decode-named-character-reference';

/** A character reference (`&eacute;`, `&#233;`, `&#xE9;`), where a parser reads one character from several. */
const REFERENCE = /&(?:#([0-9]{1,7});?|#[xX]([0-9a-fA-F]{1,6});?|([A-Za-z][A-Za-z0-9]*);)/;

/** The character a reference stands for, as far as it can be told (false when not). */
function decoded(reference: RegExpExecArray): string | false {
  const code = reference[1] !== undefined ? Number(reference[1]) : reference[2] !== undefined ? parseInt(reference[2], 16) : undefined;
  if (code === undefined) return decodeNamedCharacterReference(reference[3]!);
  return code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff) ? String.fromCodePoint(code) : '\ufffd';
}

/** How far ahead of the cursor a character of the value is looked for in its source. */
const LOOKAHEAD = 12;

/**
 * Builds a block's analysis text together with the file offset of every character, so that later
 * stages can work on clean prose and still point into the original file.
 */
export class BlockTextBuilder {
  private readonly chars: string[] = [];
  private readonly offsets: number[] = [];

  /** Text that stands in the file verbatim at `start`. */
  addVerbatim(value: string, start: number): void {
    for (let i = 0; i < value.length; i++) this.push(value[i]!, start + i);
  }

  /**
   * Text whose file form differs from its value (escapes such as `\*`, character references such as
   * `&amp;`): each character is placed at its reference or the next matching character of the
   * source, else at the position reached so far, which keeps spans inside the node.
   */
  addAligned(value: string, source: string, start: number): void {
    let cursor = 0;
    for (let i = 0; i < value.length; ) {
      const ch = String.fromCodePoint(value.codePointAt(i)!);
      // what the parser dropped or collapsed (NUL, which Markdown reads as U+FFFD; indentation; an
      // HTML run of spaces and line breaks) is passed over, however long: the search below looks only
      // a few characters ahead. A space, tab or line break stands for the white space at the cursor.
      while (source[cursor] === '\0' && ch !== '\0' && ch !== '\ufffd') cursor++;
      const blank = /^[ \t\n\r\f]$/.test(ch);
      if (blank && /\s/.test(source[cursor] ?? '')) {
        this.push(ch, start + cursor++);
        i += ch.length;
        continue;
      }
      if (!blank) while (/\s/.test(source[cursor] ?? '') && source[cursor] !== ch) cursor++;
      // a character reference the parser decoded ("&amp;", "&#x1F600;") stands for this character: at
      // the cursor, or a little ahead when it decodes to it (past a "> " the parser dropped). A search
      // for the character itself would find a later one ("&#x1F600;😀"), and every character after it
      // would point too far. A reference left as it is ("&foo;") is in the value as written.
      const ahead = source.slice(cursor, cursor + LOOKAHEAD + 32);
      const foundAhead = ahead.indexOf(ch);
      const found = foundAhead >= 0 && foundAhead < LOOKAHEAD ? cursor + foundAhead : -1;
      const reference = REFERENCE.exec(ahead);
      const stands = reference && !value.startsWith(reference[0], i) && (reference.index === 0 || (reference.index < LOOKAHEAD && decoded(reference) === ch));
      if (reference && stands && (found < 0 || cursor + reference.index <= found)) {
        for (let k = 0; k < ch.length; k++) this.push(ch[k]!, start + cursor + reference.index + k);
        cursor += reference.index + reference[0].length;
      } else {
        const at = found >= 0 ? found : Math.min(cursor, source.length - 1);
        for (let k = 0; k < ch.length; k++) this.push(ch[k]!, start + at + k);
        if (found >= 0) cursor = found + ch.length;
      }
      i += ch.length;
    }
  }

  /** A separator that has no text of its own in the file (a hard break, a gap between nodes). */
  addSpace(at: number): void {
    if (this.chars.length > 0 && this.chars[this.chars.length - 1] !== ' ') this.push(' ', at);
  }

  get length(): number {
    return this.chars.length;
  }

  build(): { text: string; map: Int32Array } {
    let end = this.chars.length;
    while (end > 0 && this.chars[end - 1] === ' ') end--;
    let begin = 0;
    while (begin < end && this.chars[begin] === ' ') begin++;
    return {
      text: this.chars.slice(begin, end).join(''),
      map: Int32Array.from(this.offsets.slice(begin, end)),
    };
  }

  private push(ch: string, offset: number): void {
    // Line breaks and tabs become spaces of the same length: the sentence splitter treats a line
    // break as a hard boundary, but a wrapped line in a paragraph is not one.
    this.chars.push(ch === '\n' || ch === '\r' || ch === '\t' ? ' ' : ch);
    this.offsets.push(offset);
  }
}

/** Maps a span of block text to file offsets (end exclusive). */
export function fileSpan(map: Int32Array, start: number, end: number): { start: number; end: number } {
  if (end <= start) {
    const at = start < map.length ? map[start]! : map[map.length - 1]! + 1;
    return { start: at, end: at };
  }
  return { start: map[start]!, end: map[end - 1]! + 1 };
}
