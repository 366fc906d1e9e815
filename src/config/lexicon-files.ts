import { dirname, resolve } from 'node:path';
import type { ValidateFunction } from 'ajv';
import { emptyLexicon, lexiconSchema, type Lexicon } from '../lexicon/compile.js';
import { compileSchema, readDataFile, validateData } from '../schema/validate.js';

let validateLexicon: ValidateFunction | undefined;

/** Reads and validates one lexicon file against the sections' schema; the session keeps what it has read while the file is unchanged. */
export function readLexicon(path: string): Lexicon {
  const file = readDataFile(resolve(path), 'a copydesk lexicon (YAML or JSON)');
  // compiled once: the schema is made from code, the same for every file
  validateLexicon ??= compileSchema(lexiconSchema());
  validateData(validateLexicon, file, 'a copydesk lexicon');
  return { ...emptyLexicon(), ...(file.data as Partial<Lexicon>) };
}

/** A lexicon named in a pack, relative to the pack. */
export function lexiconPath(packFile: string, entry: string): string {
  return resolve(dirname(packFile), entry);
}
