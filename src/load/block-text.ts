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
   * `&amp;`): each character is placed at the next matching character of the source, else at the
   * position reached so far, which keeps spans inside the node.
   */
  addAligned(value: string, source: string, start: number): void {
    let cursor = 0;
    for (const ch of value) {
      const found = source.indexOf(ch, cursor);
      const at = found >= 0 && found - cursor < 12 ? found : Math.min(cursor, source.length - 1);
      for (let k = 0; k < ch.length; k++) this.push(ch[k]!, start + at + k);
      if (found >= 0 && found - cursor < 12) cursor = found + ch.length;
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
