/**
 * Turns IteraTeR's Wikinews text back into copy as published (corpus/real/README.md, "Detokeniser").
 *
 * IteraTeR stores each article as one line of partly tokenised text: spaces before some punctuation
 * ("Saturday , the", "i.e . don't"), inside parentheses and quotation marks ("( 09:00 )",
 * `" until … resumed "`), before clitics ("Kashmir 's"), LaTeX escapes ("150\%"), leftovers of
 * latexdiff ("%DIFDELCMD < %%%") and the wiki markup of image captions ("200px|Map of the river.",
 * "Image:Seal.svg|Seal … ]]"). Every step here is a fixed rule, applied in a fixed order, so the
 * output depends only on the input: rerunning gives the same corpus. Nothing here uses copydesk's
 * own code, so changing copydesk never changes the benchmark text.
 */

/** One paragraph's token spacing undone (whitespace, escapes, clitics, brackets, quotes, punctuation). */
export function detokenise(text: string): string {
  let t = text;
  // 1. latexdiff residue from the annotation tool: "Slashdot%DIFDELCMD < %DIFDELCMD < %%% states"
  t = t.replace(/(?:%DIF[A-Z]*\s*<?\s*)+%*/g, ' ');
  // 2. LaTeX escapes and Penn Treebank brackets and quotes
  t = t.replace(/\\([%$&#_])/g, '$1');
  t = t.replace(/-LRB-/g, '(').replace(/-RRB-/g, ')').replace(/-LSB-/g, '[').replace(/-RSB-/g, ']').replace(/-LCB-/g, '{').replace(/-RCB-/g, '}');
  t = t.replace(/``|''/g, '"');
  // 3. one space between words; a bare image width left from a caption the dataset dropped ("240px")
  t = t.replace(/\s+/g, ' ').trim();
  t = t.replace(/(?:^| )\d+px(?= |$)/g, '');
  // 4. clitics split from their word: "Kashmir 's" → "Kashmir's", "uncle ' s" → "uncle's", "do n't" → "don't"
  t = t.replace(/(\w) (n['’]t)\b/g, '$1$2');
  t = t.replace(/(\w) (['’]) ?(s|re|ve|ll|d|m)\b/gi, '$1$2$3');
  // 5. spaces inside brackets: "( Taiwan Chapter Chair of ISOC )" → "(Taiwan Chapter Chair of ISOC)"
  t = t.replace(/([([{]) +/g, '$1').replace(/ +([)\]}])/g, '$1');
  // 6. straight double quotation marks standing free ("says " until …"): opening or closing by count
  t = closeQuotes(t);
  // 7. spaces before punctuation: "Saturday , the" → "Saturday, the"; "i.e . don't" → "i.e. don't"
  const after = String.raw`(?=\s|$|["'”’)\]])`;
  t = t.replace(new RegExp(String.raw`(?<=[^\s.]) +([.,!?])(?!\.)${after}`, 'g'), '$1');
  t = t.replace(new RegExp(String.raw`(?<=[^\s\d]) +([;:])${after}`, 'g'), '$1');
  t = t.replace(/(\d) +%/g, '$1%');
  // a comma left twice where the dataset deleted the words between: "president, ," → "president,"
  t = t.replace(/,(?: ?,)+/g, ',');
  // a closing single quotation mark before punctuation: "as 'political patients ' ," → "patients',"
  t = t.replace(/(?<=\w) '(?=[,.;:!?"])/g, "'");
  // a full stop moved onto the next word: "occurred .Image courtesy" → "occurred. Image courtesy"
  t = t.replace(/(?<=[a-z]) \.(?=[A-Z][a-z]+ )/g, '. ');
  // 8. a currency sign set apart from its figure: "$ 1.5 billion" → "$1.5 billion"
  t = t.replace(/([$£€¥]) +(?=\d)/g, '$1');
  return t.replace(/ {2,}/g, ' ').trim();
}

/**
 * A straight double quotation mark with a space on each side opens a quotation when an even number of
 * marks stand before it, and closes one otherwise; the space inside the quotation goes.
 */
function closeQuotes(text: string): string {
  let out = '';
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c !== '"') {
      out += c;
      continue;
    }
    const free = (i === 0 || text[i - 1] === ' ') && (i === text.length - 1 || text[i + 1] === ' ');
    const opening = count % 2 === 0;
    count++;
    if (!free) {
      out += c;
      continue;
    }
    if (opening) {
      out += c;
      if (text[i + 1] === ' ') i++;
    } else {
      out = out.replace(/ $/, '') + c;
    }
  }
  return out;
}

/**
 * Where the dataset lost the end of an image caption (no full stop, no "]]"), the caption's last
 * words, set by hand after reading the article (doc_id → words). Three articles.
 */
export const CAPTION_ENDS: Readonly<Record<string, string>> = {
  '111003': 'Bacillus anthracis bacteria',
  '56794': 'Commander of Indian forces in East Pakistan',
  '7557': 'Source: Caltrans',
};

/** Wiki image markers that open a caption: "200px|", "noicon|", "Image:Seal.svg|". */
const CAPTION_MARK = /(?:^| )(?:\d+px|noicon|(?:Image|File):[^|\]]+)\| ?/;
/** Words a full stop follows that never end a caption sentence. */
const NO_END = /(?:^|[\s(])(?:[A-Z]|Mr|Mrs|Ms|Dr|Prof|Lt|Gen|Col|Capt|Sgt|Gov|Sen|Rep|St|Jr|Sr|Rev|No|vs|[A-Z]\.[A-Z](?:\.[A-Z])*)$/;

/**
 * Blocks of a Wikinews article as the page shows them, from IteraTeR's one line: an opening dateline
 * ("April 7, 2005") and each image caption stand alone, as does a closing "Related Stories" or
 * "Related Wikinews" list; the wiki markup around them goes ("200px|", "Image:…|", "]]",
 * "Category:April 7, 2005"). A caption ends at "]]", at its hand-set last words (CAPTION_ENDS), or at
 * its first full stop, question or exclamation mark followed by a space (not after a title or an
 * initial). Returns the blocks' texts, not yet detokenised.
 */
export function wikinewsBlocks(text: string, docId: string): string[] {
  let rest = text.replace(/\s+/g, ' ').trim();
  rest = rest.replace(/ ?\bCategory:[A-Z][a-z]+ \d{1,2}, \d{4}\b/g, '');
  const blocks: string[] = [];
  const dateline = /^([A-Z][a-z]+ \d{1,2}, \d{4}) (?=\S)/.exec(rest);
  if (dateline) {
    blocks.push(dateline[1]!);
    rest = rest.slice(dateline[0].length);
  }
  let body = '';
  for (let mark = CAPTION_MARK.exec(rest); mark; mark = CAPTION_MARK.exec(rest)) {
    body += rest.slice(0, mark.index);
    const caption = rest.slice(mark.index + mark[0].length);
    const end = captionEnd(caption, docId);
    if (body.trim()) blocks.push(body.trim());
    body = '';
    blocks.push(caption.slice(0, end).replace(/ ?\]\]$/, '').trim());
    rest = caption.slice(end);
  }
  body += rest;
  const related = / (Related (?:Stories|Wikinews|news)\b.*)$/.exec(body);
  if (related && /[.!?"”']\s*$/.test(body.slice(0, related.index))) {
    blocks.push(body.slice(0, related.index).trim(), related[1]!.trim());
  } else {
    blocks.push(body.trim());
  }
  return blocks.filter((b) => b !== '');
}

/** Where a caption ends in the text that follows its marker (an offset into `caption`). */
function captionEnd(caption: string, docId: string): number {
  const close = caption.indexOf(']]');
  const window = close >= 0 ? caption.slice(0, close) : caption;
  if (close >= 0) return close + 2;
  const words = CAPTION_ENDS[docId];
  if (words) {
    const at = window.indexOf(words);
    if (at >= 0) return at + words.length;
  }
  for (const m of window.matchAll(/[.!?]["'”’)]*(?= )/g)) {
    const before = window.slice(0, m.index);
    if (m[0].startsWith('.') && NO_END.test(before)) continue;
    return m.index + m[0].length;
  }
  return window.length;
}

/** A Wikinews text from IteraTeR as published copy: blocks separated by blank lines, a final newline. */
export function wikinewsCopy(text: string, docId: string): string {
  return `${wikinewsBlocks(text, docId).map(detokenise).filter((b) => b !== '').join('\n\n')}\n`;
}
