/**
 * Quotations in a block: the spans between quotation marks. Curly marks say which way they face;
 * straight double quotes alternate. A quotation left open at the end of a paragraph continues into
 * the next one, which news style opens again with a mark ("…carry that big weight.\n\n"And I …").
 */
export interface QuoteSpan {
  /** Offsets of the words inside the marks, into the block text. */
  start: number;
  end: number;
  /** Offsets including the marks. */
  outerStart: number;
  outerEnd: number;
  /** The paragraph ended before the closing mark. */
  open: boolean;
}

export function findQuotes(text: string): QuoteSpan[] {
  const quotes: QuoteSpan[] = [];
  let openAt = -1;
  let openMark = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (openAt < 0) {
      if (ch === '“' || ch === '«' || ch === '„') {
        openAt = i;
        openMark = ch;
      } else if (ch === '"' && !inchMark(text, i)) {
        openAt = i;
        openMark = ch;
      } else if (ch === '‘' && /[\p{L}\p{N}]/u.test(text[i + 1] ?? '') && !/[\p{L}\p{N}]/u.test(text[i - 1] ?? ' ')) {
        openAt = i;
        openMark = ch;
      }
      continue;
    }
    if (closes(openMark, ch, text, i)) {
      quotes.push({ start: openAt + 1, end: i, outerStart: openAt, outerEnd: i + 1, open: false });
      openAt = -1;
    }
  }
  if (openAt >= 0) quotes.push({ start: openAt + 1, end: text.length, outerStart: openAt, outerEnd: text.length, open: true });
  return quotes.filter((quote) => quote.end > quote.start);
}

function closes(openMark: string, ch: string, text: string, i: number): boolean {
  switch (openMark) {
    case '“':
    case '„':
      return ch === '”';
    case '«':
      return ch === '»';
    case '"':
      return ch === '"';
    case '‘':
      // an apostrophe inside a word ("don’t") is not a closing mark
      return ch === '’' && !/[\p{L}]/u.test(text[i + 1] ?? '');
    default:
      return false;
  }
}

/**
 * A straight double mark written onto a figure where no quotation is open ("a 16" gun") is inches:
 * a quotation opens after a space or a bracket, not straight after a digit.
 */
function inchMark(text: string, i: number): boolean {
  return /\d/.test(text[i - 1] ?? '');
}
