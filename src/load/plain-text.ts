import { BlockTextBuilder } from './block-text.js';
import type { RawBlock } from './raw-block.js';

const MAX_TITLE_WORDS = 30;

/**
 * Plain-text articles: blocks are separated by blank lines. The first block is the headline when it
 * is a single line and more follows (wire copy and scraped pages put the headline first, with or
 * without a question mark), unless it ends in a full stop: headlines do not, and wire copy often
 * opens with a one-sentence lede paragraph. Other single lines without closing punctuation are
 * subheads or credits.
 */
export function parsePlainText(source: string): RawBlock[] {
  const blocks: RawBlock[] = [];
  const separator = /(?:\r\n|\r|\n)[ \t]*(?:\r\n|\r|\n)/g;
  let from = 0;
  const addChunk = (to: number) => {
    const chunk = source.slice(from, to);
    const lead = chunk.length - chunk.trimStart().length;
    const raw = chunk.trim();
    if (raw === '') return;
    const start = from + lead;
    const builder = new BlockTextBuilder();
    builder.addVerbatim(raw, start);
    const { text, map } = builder.build();
    const singleLine = !/[\r\n]/.test(raw);
    // a single line without closing punctuation is a subhead, or furniture (load/page-structure.ts)
    const kind = singleLine && !endsLikeSentence(raw) ? 'heading' : 'paragraph';
    blocks.push({ kind, text, map, start, end: start + raw.length });
  };
  for (const match of source.matchAll(separator)) {
    addChunk(match.index);
    from = match.index + match[0].length;
  }
  addChunk(source.length);
  markUnmarkedTitle(source, blocks);
  return blocks;
}

/**
 * A first block of one line, short and with no full stop, before others, is the headline though nothing
 * marks it so (copy pasted as plain text, or Markdown without a "#": blind set BU).
 */
export function markUnmarkedTitle(source: string, blocks: RawBlock[], oneSentence = false): void {
  const first = blocks[0];
  // (in Markdown, where a headline is usually marked, only a line of one sentence: "… full of bubbles.
  // NASA/ESA/CSA/J. Lee of NOIRLab" is a paragraph with a credit run in)
  if (oneSentence && /[.!?]["'”’)]*\s+\p{Lu}/u.test(first?.text ?? '')) return;
  if (first && blocks.length > 1 && (first.kind === 'paragraph' || first.kind === 'heading') && !/[\r\n]/.test(source.slice(first.start, first.end).trim()) && words(first.text) <= MAX_TITLE_WORDS && !endsWithFullStop(first.text)) {
    first.kind = 'title';
  }
}

/** Closing punctuation of a sentence, possibly inside closing quotation marks or brackets. */
export function endsLikeSentence(text: string): boolean {
  return /[.!?…][\s"'”’»)\]]*$/.test(text.trim());
}

/** A full stop closing the text, possibly inside quotation marks or brackets; not an ellipsis. */
function endsWithFullStop(text: string): boolean {
  return /(?<!\.)\.[\s"'”’»)\]]*$/.test(text.trim());
}

function words(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}
