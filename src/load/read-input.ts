import { readFileSync, statSync } from 'node:fs';
import { CopydeskError, fsReason } from '../errors.js';

/** A text file as read: decoded UTF-8 with the byte-order mark removed. */
export interface InputText {
  path: string;
  text: string;
  /** The file began with a UTF-8 byte-order mark; offsets count from the character after it, as editors do. */
  bom: boolean;
}

/** How much of the start of a file is inspected for NUL bytes, the mark of a binary file (as git does). */
const BINARY_PROBE = 8000;

/**
 * Reads one article or report. Every way a file can be unusable gets its own plain message, so the
 * user knows what to fix without a stack trace.
 */
export function readInput(path: string): InputText {
  let bytes: Buffer;
  try {
    const stat = statSync(path);
    if (stat.isDirectory()) throw new CopydeskError('is a directory, expected a Markdown or text file', path);
    bytes = readFileSync(path);
  } catch (error) {
    if (error instanceof CopydeskError) throw error;
    throw new CopydeskError(fsReason(error), path);
  }
  return decodeInput(path, bytes);
}

/** Decodes bytes already in hand (git blobs, the library API) with the same checks as a file. */
export function decodeInput(path: string, bytes: Uint8Array): InputText {
  const probe = bytes.subarray(0, BINARY_PROBE);
  if (probe.includes(0)) throw new CopydeskError('is a binary file (it contains NUL bytes), expected text', path);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    throw new CopydeskError(`is not valid UTF-8 (first bad byte at offset ${firstInvalidByte(bytes)})`, path);
  }
  const bom = text.charCodeAt(0) === 0xfeff;
  if (bom) text = text.slice(1);
  if (text.trim() === '') throw new CopydeskError('is empty, expected an article', path);
  return { path, text, bom };
}

/** Finds the offset of the first byte that breaks UTF-8, so the message can point at it. */
function firstInvalidByte(bytes: Uint8Array): number {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let low = 0;
  let high = bytes.length;
  // The shortest invalid prefix, found by bisection; a cut inside a valid multi-byte sequence is
  // also "invalid", so the answer is refined by retrying with up to three more bytes.
  while (low < high) {
    const mid = (low + high) >> 1;
    if (decodes(decoder, bytes, mid + 1)) low = mid + 1;
    else high = mid;
  }
  return low;
}

function decodes(decoder: InstanceType<typeof TextDecoder>, bytes: Uint8Array, length: number): boolean {
  for (let extra = 0; extra <= 3 && length + extra <= bytes.length; extra++) {
    try {
      decoder.decode(bytes.subarray(0, length + extra));
      return true;
    } catch {
      // try a longer prefix: the cut may have split a character
    }
  }
  return false;
}
