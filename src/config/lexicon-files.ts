import { dirname, resolve } from 'node:path';
import { emptyLexicon, type Lexicon } from '../lexicon/types.js';
import { readDataFile, validateData } from '../schema/validate.js';

/** Reads and validates one lexicon file; the session keeps what it has read for as long as the file is unchanged. */
export function readLexicon(path: string): Lexicon {
  const file = readDataFile(resolve(path), 'a copydesk lexicon (YAML or JSON)');
  validateData('lexicon', file, 'a copydesk lexicon');
  return { ...emptyLexicon(), ...(file.data as Partial<Lexicon>) };
}

/** A lexicon named in a pack, relative to the pack. */
export function lexiconPath(packFile: string, entry: string): string {
  return resolve(dirname(packFile), entry);
}
