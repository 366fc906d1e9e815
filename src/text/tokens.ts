import type { Block, Pos } from '../model/document.js';
import { nlp } from './wink.js';

/** A token found in a block's text, before it is placed in the document. */
export interface BlockToken {
  text: string;
  /** Offsets into the block text. */
  start: number;
  end: number;
  pos: Pos;
  lemma: string;
  /** wink's number and date spans: "CARDINAL", "DATE", "MONEY", … on each token they cover. */
  entityType?: string;
}

/** Tokens of one block, with offsets into its text. */
export function tokenizeBlock(block: Pick<Block, 'text'>): BlockToken[] {
  const n = nlp();
  const its = n.its;
  // wink splits words at letters beyond Latin-1 ("Vučić" → "Vu" "č" "i" "ć"): it reads a shadow of
  // the text with those letters as their base letters, one for one, and the tokens keep the real ones
  const shadow = breakLongRuns(latinShadow(block.text));
  const doc = n.readDoc(shadow);
  const values = doc.tokens().out(its.value) as string[];
  const tags = doc.tokens().out(its.pos) as Pos[];
  // wink's typings declare the lemma helper with an addon signature `out` does not accept
  const lemmas = doc.tokens().out(its.lemma as unknown as typeof its.value) as string[];
  const entityTypes: (string | undefined)[] = new Array(values.length).fill(undefined);
  const spans = doc.entities().out(its.span) as unknown as [number, number][];
  const details = doc.entities().out(its.detail) as unknown as { type: string }[];
  spans.forEach(([first, last], k) => {
    for (let t = first; t <= last; t++) entityTypes[t] = details[k]!.type;
  });
  const tokens: BlockToken[] = [];
  let cursor = 0;
  for (let i = 0; i < values.length; i++) {
    const value = values[i]!;
    let at = shadow.indexOf(value, cursor);
    // wink never rewrites text, but guard against a value it normalised: keep the cursor moving.
    if (at < 0) at = cursor;
    const text = shadow === block.text ? value : block.text.slice(at, at + value.length);
    let lemma = text === value ? (lemmas[i] ?? value) : text.toLowerCase();
    // "to found a company", "helped found": after an infinitive's "to" or a bare infinitive's modal,
    // "found" is the verb found, not the past of find
    if (lemma === 'find' && value.toLowerCase() === 'found' && /^(to|will|would|could|can|shall|should|may|might|must|help|helped)$/i.test(values[i - 1] ?? '')) lemma = 'found';
    const token: BlockToken = { text, start: at, end: at + value.length, pos: afterModal(values, tags, i) ? 'VERB' : (tags[i] ?? 'X'), lemma };
    if (entityTypes[i]) token.entityType = entityTypes[i];
    tokens.push(token);
    cursor = at + value.length;
  }
  return mendClockTimes(splitGluedCurrency(tokens, block.text), block.text);
}

/**
 * A currency's letters written onto a sum, as African and South Asian copy writes it ("N27.4 billion",
 * "R5.2 million", "Rs4.7 crore", "Ksh2.5 billion"; blind set BZ; with its scale, "R1.2bn", "R12bn", blind
 * set CG): wink reads "N27" "." "4", and the sum is lost. The letters become a symbol of their own and
 * the figure one number, as "£27.4" reads. Only a sum: a decimal, grouped thousands or a scale after it
 * ("N500 million"), never a road's number ("the N3 near Pietermaritzburg", "the R44").
 */
function splitGluedCurrency(tokens: BlockToken[], text: string): BlockToken[] {
  const out: BlockToken[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    const glued = GLUED_CURRENCY.exec(token.text);
    if (!glued) {
      out.push(token);
      continue;
    }
    // ("R12bn": the scale written onto the figure too)
    if (glued[3]) {
      const [figureAt, scaleAt] = [token.start + glued[1]!.length, token.end - glued[3].length];
      out.push(...symbolFigureScale(text, token.start, figureAt, scaleAt, token.end));
      continue;
    }
    // (wink splits the rest off too: "N12" "," "500", "N27" "." "4")
    let last = i;
    const follows = (mark: string, digits: RegExp) => {
      const [sign, figure] = [tokens[last + 1], tokens[last + 2]];
      const ok = sign?.text === mark && sign.start === tokens[last]!.end && figure !== undefined && figure.start === sign.end && digits.test(figure.text);
      if (ok) last += 2;
      return ok;
    };
    let grouped = false;
    while (follows(',', /^\d{3}(?:,\d{3})*(?:\.\d+)?$/)) grouped = true;
    // ("R1.2bn" comes as "R1" "." "2bn")
    const decimal = follows('.', /^\d+(?:bn|m)?$/);
    const after = tokens[last + 1];
    if (!decimal && !grouped && !(after && SCALES.test(after.text))) {
      out.push(token);
      continue;
    }
    const end = tokens[last]!.end;
    const scale = /(?:bn|m)$/.exec(tokens[last]!.text);
    out.push(...symbolFigureScale(text, token.start, token.start + glued[1]!.length, scale ? end - scale[0].length : end, end));
    i = last;
  }
  return out;
}

/** A sum's symbol, figure and (from `scaleAt` to `end`, when there is one) scale, as tokens of their own. */
function symbolFigureScale(text: string, start: number, figureAt: number, scaleAt: number, end: number): BlockToken[] {
  const [symbol, figure, scale] = [text.slice(start, figureAt), text.slice(figureAt, scaleAt), text.slice(scaleAt, end)];
  const out: BlockToken[] = [
    { text: symbol, start, end: figureAt, pos: 'SYM', lemma: symbol.toLowerCase() },
    { text: figure, start: figureAt, end: scaleAt, pos: 'NUM', lemma: figure },
  ];
  if (scale) out.push({ text: scale, start: scaleAt, end, pos: 'NOUN', lemma: scale.toLowerCase() });
  return out;
}

/**
 * A clock time wink cuts apart: "9.15am" comes as "9" "." "15am", "5.30pm." as "5.3" "0pm." (the
 * sentence's full stop glued on), and the pieces read as stray counts ("9", "5.3"). The pieces become
 * one time again, as "9:15am" reads, and a full stop glued onto a time is a token of its own.
 */
function mendClockTimes(tokens: BlockToken[], text: string): BlockToken[] {
  const out: BlockToken[] = [];
  const touching = (k: number) => tokens[k + 1] !== undefined && tokens[k + 1]!.start === tokens[k]!.end;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    let last = -1;
    if (/^\d{1,2}$/.test(token.text) && touching(i) && tokens[i + 1]!.text === '.' && touching(i + 1) && /^\d{2}[ap]m\.?$/i.test(tokens[i + 2]!.text)) last = i + 2;
    else if (/^\d{1,2}\.\d$/.test(token.text) && touching(i) && /^\d[ap]m\.?$/i.test(tokens[i + 1]!.text)) last = i + 1;
    else if (/^\d{1,2}(?:[.:]\d{2})?[ap]m\.$/i.test(token.text)) last = i;
    if (last < 0) {
      out.push(token);
      continue;
    }
    const end = tokens[last]!.end;
    const stop = text[end - 1] === '.' ? end - 1 : end;
    const time = text.slice(token.start, stop);
    out.push({ text: time, start: token.start, end: stop, pos: 'SYM', lemma: time.toLowerCase(), entityType: 'TIME' });
    if (stop < end) out.push({ text: '.', start: stop, end, pos: 'PUNCT', lemma: '.' });
    i = last;
  }
  return out;
}

/** Currency letters written onto a figure: naira, rand, rupees, shillings. */
const GLUED_CURRENCY = /^(N|R|Rs|Ksh|KSh|KShs|Sh|USh|TSh)(\d+)(bn|m)?$/;
/** Scales written after a sum. */
const SCALES = /^(?:million|billion|trillion|m|bn|crore|lakh|lakhs|crores)$/i;

const MODALS = /^(?:will|would|can|could|shall|should|may|might|must)$/i;

/**
 * Whether the word at `i`, which wink tags as an adjective or a noun, stands where only a verb can: right
 * after a modal auxiliary, or after one and its negation or an adverb ("will close its depot", "would
 * not open", "will likely close"): wink reads "close" and "open" after "will" as adjectives, and a
 * clause loses its verb. Not after a modal that opens a question ("Could residents face …?", where the
 * noun is its subject).
 */
function afterModal(values: string[], tags: Pos[], i: number): boolean {
  if (tags[i] !== 'ADJ' && tags[i] !== 'NOUN') return false;
  const between = /^(?:not|n't|never)$/i.test(values[i - 1] ?? '') || tags[i - 1] === 'ADV';
  const modal = between ? i - 2 : i - 1;
  if (modal < 0 || tags[modal] !== 'AUX' || !MODALS.test(values[modal] ?? '')) return false;
  return modal > 0 && !/^[.?!:;"“‘(]$/.test(values[modal - 1] ?? '');
}

/** Letters without a decomposition to a Latin-1 base letter. */
const BASE_LETTERS = new Map(Object.entries({ Ł: 'L', ł: 'l', Đ: 'D', đ: 'd', Ħ: 'H', ħ: 'h', ı: 'i', Ŧ: 'T', ŧ: 't', Ŋ: 'N', ŋ: 'n', Œ: 'O', œ: 'o', Ə: 'E', ə: 'e' }));

/** The text with each Latin letter beyond Latin-1 replaced by its base letter, one UTF-16 unit for one. */
export function latinShadow(text: string): string {
  if (!/[\u0100-\u024f\u1e00-\u1eff]/.test(text)) return text;
  return text.replace(/[\u0100-\u024f\u1e00-\u1eff]/g, (ch) => {
    const base = BASE_LETTERS.get(ch) ?? ch.normalize('NFD')[0]!;
    return base.length === 1 && base.charCodeAt(0) <= 0xff ? base : 'x';
  });
}

/** The longest run of non-space characters wink reads whole. */
export const LONGEST_RUN = 256;

/**
 * The text with a space in place of every LONGEST_RUN-th character of a longer run, one for one.
 * wink's model tests each token with a regular expression that costs the square of its length, so a
 * 200,000-character "word" (a pasted hash, base64 image, a key held down) took a minute; no word or
 * address in copy is that long, and its pieces are still tokens with their real text.
 */
export function breakLongRuns(text: string): string {
  return text.replace(LONG_RUNS, (run) => {
    const chars = run.split('');
    // a space every LONGEST_RUN characters, never inside a surrogate pair
    for (let k = LONGEST_RUN, last = 0; k < chars.length - 2; k++) {
      if (k - last < LONGEST_RUN || /[\udc00-\udfff]/.test(chars[k]!)) continue;
      chars[k] = ' ';
      if (/[\udc00-\udfff]/.test(chars[k + 1]!)) chars[++k] = ' ';
      last = k;
    }
    return chars.join('');
  });
}

const LONG_RUNS = new RegExp(`\\S{${LONGEST_RUN + 1},}`, 'g');

/** Lower-cases and folds typographic apostrophes so "n’t" and "n't" compare equal. */
export function fold(text: string): string {
  return text.toLowerCase().replace(/[’‘`]/g, "'");
}

