import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { CopydeskError } from '../errors.js';

/**
 * Writes a report atomically: to a temporary file beside the target, then renamed over it, so a
 * reader never sees half a report and a failed run never destroys the previous one.
 */
export function writeAtomic(path: string, content: string): void {
  const dir = dirname(path);
  const temp = join(dir, `.${basename(path)}.${process.pid}.tmp`);
  try {
    mkdirSync(dir, { recursive: true });
    writeFileSync(temp, content);
    renameSync(temp, path);
  } catch (error) {
    rmSync(temp, { force: true });
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === 'EISDIR' ? 'is a directory' : code === 'EACCES' || code === 'EPERM' ? 'permission denied' : code === 'ENOTDIR' ? 'a parent is not a directory' : `cannot be written (${code ?? String(error)})`;
    throw new CopydeskError(reason, path);
  }
}
