import type { Analysis } from '../model/analysis.js';

/**
 * Whether two sentences stand in different items of one list. A list's items are records (the dead
 * named one by one, results by region, a court list): "3 people died in Kenton" and "5 people died in
 * Orsby" are different things, not one toll told twice. Rows of one list are not compared with each
 * other for repetition or contradiction; each item is still compared with the prose around it.
 */
export function separateRecords(analysis: Analysis, a: number, b: number): boolean {
  const first = analysis.doc.blocks[analysis.sentences[a]!.block]!.item;
  const second = analysis.doc.blocks[analysis.sentences[b]!.block]!.item;
  return first !== undefined && second !== undefined && first.list === second.list && first.item !== second.item;
}
