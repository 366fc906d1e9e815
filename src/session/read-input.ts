import { readFileSync, statSync } from 'node:fs';
import { CopydeskError, fsReason } from '../base/errors.js';
import { decodeInput } from '../load/decode.js';
import type { InputText } from '../model/results.js';

/**
 * Reads one article or report. Every way a file can be unusable gets its own plain message, so the
 * user knows what to fix without a stack trace. Errors name the file as the user did (`shownAs`).
 */
export function readInput(path: string, shownAs = path): InputText {
  let bytes: Buffer;
  try {
    const stat = statSync(path);
    if (stat.isDirectory()) throw new CopydeskError('is a directory, expected a Markdown or text file', shownAs);
    bytes = readFileSync(path);
  } catch (error) {
    if (error instanceof CopydeskError) throw error;
    throw new CopydeskError(fsReason(error), shownAs);
  }
  return decodeInput(shownAs, bytes);
}
