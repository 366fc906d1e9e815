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
  const doc = n.readDoc(block.text);
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
    let at = block.text.indexOf(value, cursor);
    // wink never rewrites text, but guard against a value it normalised: keep the cursor moving.
    if (at < 0) at = cursor;
    const token: BlockToken = { text: value, start: at, end: at + value.length, pos: tags[i] ?? 'X', lemma: lemmas[i] ?? value };
    if (entityTypes[i]) token.entityType = entityTypes[i];
    tokens.push(token);
    cursor = at + value.length;
  }
  return tokens;
}

/** Lower-cases and folds typographic apostrophes so "n’t" and "n't" compare equal. */
export function fold(text: string): string {
  return text.toLowerCase().replace(/[’‘`]/g, "'");
}

