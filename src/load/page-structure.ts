/**
 * The furniture of a news page (docs/page-structure.md): a dateline, a byline, photo captions and
 * credits, "Related:" and "Read more" lines, promotions, kickers, pull quotes, fact boxes, editor's
 * notes and corrections. They are not the article's own narrative: the rules that compare claims read only
 * the body (model/document.ts, BODY_KINDS), so a caption restating the body is no repetition. Each
 * block the loaders hand over is given its kind here, in Markdown and plain text alike, from the
 * lexicon's page words (rules/lexicons/page.yaml) and the shape of the line.
 */
import type { CompiledLexicon } from '../lexicon/compile.js';
import type { BlockKind } from '../model/document.js';
import { endsLikeSentence } from './plain-text.js';
import type { RawBlock } from './raw-block.js';

/** Single lines longer than this are paragraphs, whatever they open with. */
const MAX_LINE_WORDS = 25;
/** A line in capitals this short is a kicker ("EXCLUSIVE", "WORLD NEWS"). */
const MAX_KICKER_WORDS = 6;
/** A pull quote repeats this much of a quotation in the body, word for word. */
const MIN_PULL_QUOTE_WORDS = 5;

/**
 * "SKERRA, March 3 (Wire) — …", "TILBROOK, Oct 10 (Coastline News) -", "LONDON —": a place in
 * capitals, maybe a date and an agency in brackets, then a dash; or, as Indian agencies write it, no
 * dash after the agency ("DHUBRI (Assam), Oct 17 (PTI) The death toll …"; blind set CA).
 */
const DATELINE = /^[\p{Lu}][\p{Lu}.'’ -]{1,40}(?:,\s*[\p{Lu}][\p{L}.'’ -]{1,30})?(?:,?\s+[\p{L}.]+\.?\s+\d{1,2}(?:,\s*\d{4})?|,?\s+\d{1,2}\s+[\p{L}]+\.?(?:\s+\d{4})?)?\s*(?:\([^)]{1,60}\))?\s*(?:—|–|--|-)\s+/u;
const AGENCY_DATELINE = /^[\p{Lu}][\p{Lu}.'’ -]{1,40}(?:\s*\([\p{L} ]{1,30}\))?,\s+[\p{L}]{3,5}\.?\s+\d{1,2}\s+\((?:PTI|ANI|IANS|UNI)\)\s+(?=\p{Lu})/u;

export function classifyFurniture(lexicon: CompiledLexicon, blocks: RawBlock[]): RawBlock[] {
  const out: RawBlock[] = [];
  let bodySeen = false;
  // a kicker above the headline ("EXCLUSIVE", then the headline): the line after it is the headline
  const [first, second] = blocks;
  if (first?.kind === 'title' && second?.kind === 'heading' && kicker(first.text)) {
    first.kind = 'kicker';
    second.kind = 'title';
  }
  for (const block of blocks) {
    if (block.kind === 'paragraph' || block.kind === 'heading' || block.kind === 'caption' || block.kind === 'standfirst') {
      const kind = lineKind(lexicon, block, bodySeen);
      if (kind) block.kind = kind;
    }
    if (!bodySeen && block.kind === 'paragraph') {
      const [dateline, rest] = splitDateline(block);
      if (dateline) out.push(dateline);
      out.push(rest);
    } else out.push(block);
    if (block.kind === 'paragraph' && !endsShort(block)) bodySeen = true;
  }
  markPullQuotes(out);
  markBoxes(lexicon, out);
  return out;
}

/** A credit run into a paragraph has at most this many words. */
const MAX_CREDIT_WORDS = 12;

/**
 * Furniture run into a paragraph of the body, as scraped pages give it, by sentence: a cross-reference
 * wholly in brackets ("(Also see "Gilead CAR-T Joins …" - Scrip, 2 Feb, 2023.)") is a related line; a
 * photo credit after its caption ("… double star-forming rings. NASA/ESA/CSA/J. Lee of NOIRLab/A.
 * Pagan of STScI") is a credit: names joined by slashes, no word of a sentence in lower case but a
 * joining one, and so is what is left of it after an initial ends a sentence ("Lee of NOIRLab").
 * Undefined: the sentence is its block's kind.
 */
export function runInFurniture(lexicon: CompiledLexicon, sentence: string, afterCredit: boolean): BlockKind | undefined {
  const text = sentence.trim();
  const bracketed = /^\((.+)\)[.]?$/su.exec(text)?.[1];
  if (bracketed && (lexicon.promoLabels.test(bracketed) || lexicon.relatedLabels.test(bracketed) || /^(?:see also|also see|read more|see)\b/i.test(bracketed))) return 'related';
  // (every body sentence passes here: the slash is looked for before the words are split)
  if (!afterCredit && !/\p{Lu}[\p{L}.]*\/\p{Lu}/u.test(text)) return undefined;
  const words = text.split(/\s+/);
  return words.length <= MAX_CREDIT_WORDS && words.every((w) => !/^\p{Ll}/u.test(w) || /^(?:of|and|for|via|the|de|van|von)$/.test(w)) ? 'credit' : undefined;
}

/** Words in a fact box's label line: "AT A GLANCE", "Key facts:". */
const MAX_BOX_LABEL_WORDS = 6;
/** And characters: a block longer than this is no label, and is not split into words to find out. */
const MAX_BOX_LABEL_CHARS = 120;

/**
 * A fact box: a short label line ("AT A GLANCE", a heading "Key facts") and the list items or quoted
 * lines right under it, up to the first block of another kind.
 */
function markBoxes(lexicon: CompiledLexicon, blocks: RawBlock[]): void {
  for (let k = 0; k < blocks.length; k++) {
    const label = blocks[k]!;
    const text = label.text.trim();
    if (label.kind === 'title' || text.length > MAX_BOX_LABEL_CHARS) continue;
    const words = text.split(/\s+/);
    if (words.length > MAX_BOX_LABEL_WORDS || endsLikeSentence(text)) continue;
    // (the label may close the line too: "Demerit point limits at a glance", "The strike in numbers")
    if (!lexicon.boxLabels.test(text) && !words.some((_, at) => closes(lexicon.boxLabels, words.slice(at).join(' ').replace(/[:.]$/, '')))) continue;
    let j = k + 1;
    while (j < blocks.length && (blocks[j]!.kind === 'list-item' || blocks[j]!.kind === 'blockquote')) j++;
    if (j === k + 1) continue;
    for (let m = k; m < j; m++) blocks[m]!.kind = 'box';
    k = j - 1;
  }
}

/** Whether a label pattern matches the whole of a line's tail. */
function closes(label: RegExp, tail: string): boolean {
  return label.exec(tail)?.[0].length === tail.length;
}

/** A single line's kind by what it opens with or how it is set; undefined: the loader's reading stands. */
function lineKind(lexicon: CompiledLexicon, block: RawBlock, bodySeen: boolean): BlockKind | undefined {
  const text = block.text.trim();
  const words = text.split(/\s+/).length;
  if (lexicon.noteLabels.test(text)) return 'note';
  // "Picture caption: Watch manager Steven Doyle, whose crew …" describes the picture, however long:
  // a caption, whose names are the story's people, where "Picture: Getty" credits it
  if (!/[\r\n]/.test(text) && /^(?:(?:picture|photo|image)\s+)?caption\s*:/i.test(text)) return 'caption';
  if (/[\r\n]/.test(text) || words > MAX_LINE_WORDS) return undefined;
  if (lexicon.relatedLabels.test(text) || lexicon.promoLabels.test(text)) return 'related';
  if (lexicon.creditLabels.test(text) || /^\(?(photo|image|picture|video)s?\b/i.test(text)) return 'credit';
  if (lexicon.bylineLabels.test(text) && words <= 8 && !endsLikeSentence(text)) return 'byline';
  // a line of a date alone, or of two ("14 June 1946 – 9 February 2025", an obituary's life under its
  // name): a date line, which the calendar reads (review)
  if (DATE_ONLY.test(text.replace(/[*_]/g, '').trim())) return 'dateline';
  if (!bodySeen && kicker(text)) return 'kicker';
  if (block.kind === 'paragraph' && titleCase(text)) return 'heading';
  return undefined;
}

/** A date written in full ("Monday, 9 February 2025", "June 14, 1946"), alone or as a span of two. */
const FULL_DATE = String.raw`(?:\p{L}+,?\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+\p{L}+\.?,?\s+\d{4}|\p{L}+\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4})`;
const DATE_ONLY = new RegExp(`^(?:born\\s+)?${FULL_DATE}(?:\\s*[–—-]\\s*(?:died\\s+)?${FULL_DATE})?$`, 'iu');

/** Words a headline in Title Case may leave in lower case. */
const HEADLINE_SMALL_WORDS = /^(?:a|an|the|and|or|but|nor|of|in|on|at|to|for|by|with|from|as|into|over|after|vs?\.?|per|amid|off|out|up)$/;
/** Words a Title Case line must have to be a headline, not a short sentence ("Police Said So"). */
const MIN_HEADLINE_WORDS = 4;

/**
 * A paragraph set as a headline, as a press release or a scraped page prints one ("**Attorney General
 * Delaney Sues Henderson Solar Company Over Deceptive Door-to-Door Sales**", a subhead "Record Crowds
 * Expected"): every word but the small ones capitalised, and no closing punctuation. Read as a heading,
 * its capitals are no names (claims/analyse.ts HEADLINE_KINDS) and it is no claim of the body.
 */
function titleCase(text: string): boolean {
  // (a byline or a date line in capitals, "By Hannah Croft, Health Correspondent — Saturday 12 July
  // 2025", is furniture the calendar reads: not this)
  // (nor a line of names or a label's list, "Present: Cllr Raman, Cllr Patel"; review)
  if (endsLikeSentence(text) || /\d|^by\b|[|—–,;:]/i.test(text)) return false;
  const words = text.replace(/[*_"“”'‘’()]/g, '').split(/\s+/).filter((w) => /\p{L}/u.test(w));
  if (words.length < MIN_HEADLINE_WORDS || text === text.toUpperCase()) return false;
  return words.every((w) => /^[\p{Lu}\d]/u.test(w) || HEADLINE_SMALL_WORDS.test(w.toLowerCase()) && w === w.toLowerCase()) && words.filter((w) => /^\p{Lu}/u.test(w)).length >= MIN_HEADLINE_WORDS;
}

/** A few words in capitals, no sentence: "EXCLUSIVE", "WORLD NEWS". */
function kicker(text: string): boolean {
  const trimmed = text.trim();
  return trimmed.split(/\s+/).length <= MAX_KICKER_WORDS && /\p{Lu}/u.test(trimmed) && trimmed === trimmed.toUpperCase() && !/[.!?]$/.test(trimmed);
}

/** A one-line block that ends without closing punctuation: a headline-like line, not a paragraph of the body. */
function endsShort(block: RawBlock): boolean {
  return !/[\r\n]/.test(block.text.trim()) && !endsLikeSentence(block.text);
}

/** The dateline at the head of the first paragraph, as a block of its own, and the rest of the paragraph. */
function splitDateline(block: RawBlock): [RawBlock | undefined, RawBlock] {
  const match = DATELINE.exec(block.text) ?? AGENCY_DATELINE.exec(block.text);
  // the words in capitals must be a place, not a sentence in capitals ("NO DEAL IS A BAD DEAL - …")
  if (!match || match[0].trim().split(/\s+/).length > 12 || match[0].length >= block.text.length - 1) return [undefined, block];
  const cut = match[0].length;
  const head = match[0].trimEnd();
  const dateline: RawBlock = { kind: 'dateline', text: head, map: block.map.slice(0, head.length), start: block.map[0]!, end: block.map[head.length - 1]! + 1 };
  const rest: RawBlock = { kind: block.kind, text: block.text.slice(cut), map: block.map.slice(cut), start: block.map[cut]!, end: block.end };
  return [dateline, rest];
}

/**
 * A block that is a quotation whose words the body gives word for word elsewhere ("Diane Abbott:
 * 'Post offices are central …'", a Markdown blockquote set apart, perhaps with "— Name" after it):
 * a pull quote, furniture.
 */
function markPullQuotes(blocks: RawBlock[]): void {
  const words = (text: string) => text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  for (const block of blocks) {
    if (block.kind !== 'paragraph' && block.kind !== 'blockquote' && block.kind !== 'caption') continue;
    // (a credit may follow it: "… keep her sight." — Priya Natarajan)
    const quoted = /^(?:[\p{L}.' -]{2,40}:\s*)?["“‘'](.+)["”’'](?:\s*[—–-]\s*[\p{L}.' -]{2,40})?\s*$/su.exec(block.text.trim())?.[1];
    if (!quoted) continue;
    const own = words(quoted);
    if (own.length < MIN_PULL_QUOTE_WORDS) continue;
    const needle = own.join(' ');
    const elsewhere = blocks.some((other) => other !== block && other.kind === 'paragraph' && words(other.text).join(' ').includes(needle));
    if (elsewhere) block.kind = 'pull-quote';
  }
}
