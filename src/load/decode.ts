import { CopydeskError } from '../base/errors.js';
import type { InputText } from '../model/results.js';
import { partitionPoint } from '../base/arrays.js';

/** How much of the start of a file is inspected for NUL bytes, the mark of a binary file (as git does). */
const BINARY_PROBE = 8000;

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
  // The shortest invalid prefix, found by bisection; a cut inside a valid multi-byte sequence is
  // also "invalid", so the answer is refined by retrying with up to three more bytes.
  return partitionPoint(bytes.length, (k) => decodes(decoder, bytes, k + 1));
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
