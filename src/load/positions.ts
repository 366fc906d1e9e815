/** A place in a file: 1-based line and column, 0-based offset, all in UTF-16 code units (unist points). */
export interface Point {
  line: number;
  column: number;
  offset: number;
}

/**
 * Turns offsets into line and column. A line ends at `\n`, `\r\n` or a lone `\r`, as remark counts
 * them, so positions agree with the mdast tree and with editors on CRLF files.
 */
export class LineIndex {
  private readonly starts: number[] = [0];

  constructor(readonly text: string) {
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10) this.starts.push(i + 1);
      else if (c === 13) {
        if (text.charCodeAt(i + 1) === 10) i++;
        this.starts.push(i + 1);
      }
    }
  }

  point(offset: number): Point {
    let low = 0;
    let high = this.starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (this.starts[mid]! <= offset) low = mid;
      else high = mid - 1;
    }
    return { line: low + 1, column: offset - this.starts[low]! + 1, offset };
  }
}
