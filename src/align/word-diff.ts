import { diffWords } from 'diff';
import type { Analysis } from '../model/analysis.js';
import type { Sentence } from '../model/document.js';
import type { WordOp } from '../model/results.js';

/** The text of sentences as one string, with the file offset of each character. */
function joined(analysis: Analysis, sentences: Sentence[]): { text: string; offsets: number[] } {
  let text = '';
  const offsets: number[] = [];
  for (const sentence of sentences) {
    if (text) {
      text += ' ';
      offsets.push(offsets[offsets.length - 1]! + 1);
    }
    const block = analysis.doc.blocks[sentence.block]!;
    for (let i = 0; i < sentence.text.length; i++) offsets.push(block.map[sentence.textStart + i]!);
    text += sentence.text;
  }
  return { text, offsets };
}

/**
 * A word diff (jsdiff's diffWords, which ignores changes of spacing) between the old and new
 * sentences of an aligned pair, each step placed in both files.
 */
export function wordDiff(oldAnalysis: Analysis, oldSentences: Sentence[], newAnalysis: Analysis, newSentences: Sentence[]): WordOp[] {
  const before = joined(oldAnalysis, oldSentences);
  const after = joined(newAnalysis, newSentences);
  const ops: WordOp[] = [];
  let i = 0;
  let j = 0;
  const span = (offsets: number[], from: number, length: number) => ({ start: offsets[from]!, end: offsets[from + length - 1]! + 1 });
  // diffWords ignores changes of spacing, so no part's value need have its side's spacing ("Dalen.  \n"
  // may come as "Dalen. " then "  …"): each side advances by its own text
  for (const change of diffWords(before.text, after.text)) {
    const value = change.value;
    if (change.added) {
      const length = advance(after.text, j, value);
      const at = span(after.offsets, j, Math.max(1, length));
      ops.push({ op: 'insert', text: value, newStart: at.start, newEnd: at.end });
      j += length;
    } else if (change.removed) {
      const length = advance(before.text, i, value);
      const at = span(before.offsets, i, Math.max(1, length));
      ops.push({ op: 'delete', text: value, oldStart: at.start, oldEnd: at.end });
      i += length;
    } else {
      const oldLength = advance(before.text, i, value);
      const newLength = advance(after.text, j, value);
      const o = span(before.offsets, i, Math.max(1, oldLength));
      const n = span(after.offsets, j, Math.max(1, newLength));
      ops.push({ op: 'equal', text: value, oldStart: o.start, oldEnd: o.end, newStart: n.start, newEnd: n.end });
      i += oldLength;
      j += newLength;
    }
  }
  return ops.filter((op) => op.text !== '');
}

/** Length of `value` as it stands at `from` in `text`, matching words and letting whitespace differ. */
function advance(text: string, from: number, value: string): number {
  let i = from;
  let k = 0;
  while (k < value.length && i < text.length) {
    if (/\s/.test(value[k]!) && /\s/.test(text[i]!)) {
      while (k < value.length && /\s/.test(value[k]!)) k++;
      while (i < text.length && /\s/.test(text[i]!)) i++;
      continue;
    }
    if (/\s/.test(value[k]!)) {
      k++;
      continue;
    }
    if (/\s/.test(text[i]!)) {
      i++;
      continue;
    }
    i++;
    k++;
  }
  return i - from;
}
