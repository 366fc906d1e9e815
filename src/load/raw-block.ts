import type { BlockKind, ListItem } from '../model/document.js';

/** A block before numbering: what the Markdown and text loaders hand to the document builder. */
export interface RawBlock {
  kind: BlockKind;
  text: string;
  map: Int32Array;
  start: number;
  end: number;
  /** In a list: which list of the document and which of its items (each item is a record of its own). */
  item?: ListItem;
}

