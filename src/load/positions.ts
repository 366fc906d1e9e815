import { partitionPoint } from '../base/arrays.js';

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

  get count(): number {
    return this.starts.length;
  }

  lineText(line: number): string {
    const end = line < this.starts.length ? this.starts[line]! : this.text.length;
    return this.text.slice(this.starts[line - 1]!, end).replace(/\r?\n$|\r$/, '');
  }

  point(offset: number): Point {
    // the last line starting at or before the offset (the first starts at 0)
    const low = partitionPoint(this.starts.length, (k) => this.starts[k]! <= offset) - 1;
    return { line: low + 1, column: offset - this.starts[low]! + 1, offset };
  }
}
