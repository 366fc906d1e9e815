import { closeSync, mkdirSync, openSync, renameSync, rmSync, statSync, writeFileSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { CopydeskError, fsReason } from '../base/errors.js';

/**
 * Writes a report atomically: to a temporary file beside the target, then renamed over it, so a
 * reader never sees half a report and a failed run never destroys the previous one.
 */
export function writeAtomic(path: string, content: string): void {
  writeAllAtomic([{ path, content }]);
}

/** A report to write: where, what, and the name errors give it (the path as the user wrote it). */
export interface ReportFile {
  path: string;
  content: string;
  shownAs?: string;
}

/**
 * Writes several reports as one: every file is staged beside its target before any is renamed
 * into place, so a run that cannot write one of its reports leaves all the previous ones as they were.
 */
export function writeAllAtomic(files: ReportFile[]): void {
  const staged: { temp: string; path: string; shownAs: string }[] = [];
  let current = '';
  try {
    for (const { path, content, shownAs } of files) {
      current = shownAs ?? path;
      // renaming over a directory fails only at the end: refuse it before anything is written
      if (statSync(path, { throwIfNoEntry: false })?.isDirectory()) throw Object.assign(new Error('is a directory'), { code: 'EISDIR' });
      const dir = dirname(path);
      const temp = join(dir, `.${basename(path)}.${process.pid}.tmp`);
      mkdirSync(dir, { recursive: true });
      staged.push({ temp, path, shownAs: shownAs ?? path });
      writeFileSync(temp, content);
    }
    for (const { temp, path, shownAs } of staged) {
      current = shownAs;
      renameSync(temp, path);
    }
  } catch (error) {
    for (const { temp } of staged) rmSync(temp, { force: true });
    throw new CopydeskError(fsReason(error, 'written'), current);
  }
}

/**
 * A report written piece by piece (one too large to hold as one string), still atomically: into a
 * temporary file beside the target, renamed over it by `commit`; `abort` leaves the target as it was.
 */
export function openAtomic(path: string, shownAs = path): { write(text: string): void; commit(): void; abort(): void } {
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  let fd: number | undefined;
  const fail = (error: unknown): never => {
    if (fd !== undefined) closeSync(fd);
    fd = undefined;
    rmSync(temp, { force: true });
    throw new CopydeskError(fsReason(error, 'written'), shownAs);
  };
  try {
    if (statSync(path, { throwIfNoEntry: false })?.isDirectory()) throw Object.assign(new Error('is a directory'), { code: 'EISDIR' });
    mkdirSync(dirname(path), { recursive: true });
    fd = openSync(temp, 'w');
  } catch (error) {
    fail(error);
  }
  return {
    write(text) {
      try {
        writeSync(fd!, text);
      } catch (error) {
        fail(error);
      }
    },
    commit() {
      try {
        closeSync(fd!);
        fd = undefined;
        renameSync(temp, path);
      } catch (error) {
        fail(error);
      }
    },
    abort() {
      if (fd !== undefined) closeSync(fd);
      fd = undefined;
      rmSync(temp, { force: true });
    },
  };
}
