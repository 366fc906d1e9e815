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
    // a device (/dev/zero, /dev/urandom), a FIFO or a socket may never end: refused by its type, unread
    if (!stat.isFile()) throw new CopydeskError('is not a regular file (a device, FIFO or socket), so it is not read', shownAs);
    const limit = maxFileSize();
    if (stat.size > limit) throw new CopydeskError(`is ${megabytes(stat.size)}, more than the ${megabytes(limit)} copydesk reads (COPYDESK_MAX_FILE_SIZE raises it)`, shownAs);
    bytes = readFileSync(path);
  } catch (error) {
    if (error instanceof CopydeskError) throw error;
    throw new CopydeskError(fsReason(error), shownAs);
  }
  return decodeInput(shownAs, bytes);
}

/** The largest file read, in bytes: 10 MB (a long article is 100 KB), or COPYDESK_MAX_FILE_SIZE ("20MB", "500000"). */
export function maxFileSize(env: Record<string, string | undefined> = process.env): number {
  const raw = env['COPYDESK_MAX_FILE_SIZE'];
  const match = raw ? /^\s*(\d+(?:\.\d+)?)\s*(k|kb|m|mb|g|gb)?\s*$/i.exec(raw) : null;
  if (!match) return DEFAULT_MAX_FILE_SIZE;
  const scale = { k: 1e3, kb: 1e3, m: 1e6, mb: 1e6, g: 1e9, gb: 1e9 }[(match[2] ?? '').toLowerCase() as 'k'] ?? 1;
  return Math.floor(Number(match[1]) * scale);
}

const DEFAULT_MAX_FILE_SIZE = 10_000_000;

function megabytes(bytes: number): string {
  return `${(bytes / 1e6).toFixed(bytes < 1e6 ? 2 : 1)} MB`;
}
