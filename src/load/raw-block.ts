import type { BlockKind } from '../model/document.js';

/** A block before numbering: what the Markdown and text loaders hand to the document builder. */
export interface RawBlock {
  kind: BlockKind;
  text: string;
  map: Int32Array;
  start: number;
  end: number;
}
