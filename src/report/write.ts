import { randomBytes } from 'node:crypto';
import { closeSync, fchmodSync, fsyncSync, lstatSync, mkdirSync, openSync, renameSync, rmSync, statSync, writeSync, constants } from 'node:fs';
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

/** Temporary files of writes under way, removed if the process is interrupted (see `removeTemporaries`). */
const pending = new Set<string>();

/** Removes the temporary files of writes under way: for a SIGINT or SIGTERM handler. */
export function removeTemporaries(): void {
  for (const temp of pending) rmSync(temp, { force: true });
  pending.clear();
}

const SIGNALS = [['SIGINT', 130], ['SIGTERM', 143]] as const;
let onSignals = false;
let watching = 0;
const interrupted = (signal: NodeJS.Signals) => {
  removeTemporaries();
  process.exit(SIGNALS.find(([name]) => name === signal)![1]);
};

/**
 * For the executable: an interrupt (Ctrl-C, a CI job cancelled, `timeout`) while a report is written
 * piece by piece (`openAtomic`, between whose pieces the process waits) removes its temporary file
 * before the process ends. The handlers are there only then: a JavaScript handler runs only when the
 * process is idle, so one installed for a whole run would leave a run busy in its analysis
 * unkillable but by SIGKILL, and one could not run during a write made in one go (`writeAllAtomic`)
 * anyway. Without one, the signal ends the process at once.
 */
export function removeTemporariesOnSignals(): void {
  onSignals = true;
}

function watchSignals(on: boolean): void {
  if (!onSignals) return;
  if (on && watching++ === 0) for (const [signal] of SIGNALS) process.on(signal, interrupted);
  if (!on && --watching === 0) for (const [signal] of SIGNALS) process.off(signal, interrupted);
}

/**
 * Where a report goes: a regular file (or a new one) is replaced atomically; a character device
 * (`/dev/null`, `/dev/stdout`, a terminal), a FIFO or a socket is written to directly, never replaced
 * by a file. A symbolic link is replaced by the report, never written through.
 */
function targetKind(path: string): 'file' | 'stream' | 'directory' {
  const entry = lstatSync(path, { throwIfNoEntry: false });
  if (!entry) return 'file';
  if (entry.isSymbolicLink()) {
    // a link to a device (/dev/stdout is one) is written to as the device; any other link is replaced
    const target = statSync(path, { throwIfNoEntry: false });
    return target && (target.isCharacterDevice() || target.isFIFO() || target.isSocket()) ? 'stream' : 'file';
  }
  if (entry.isDirectory()) return 'directory';
  return entry.isCharacterDevice() || entry.isFIFO() || entry.isSocket() ? 'stream' : 'file';
}

/**
 * A temporary file beside the target, created exclusively (it must not exist, so no planted file or
 * symbolic link is opened), with a random name and mode 0600 until it is renamed into place.
 */
function createTemporary(dir: string, name: string): { fd: number; temp: string } {
  for (let attempt = 0; ; attempt++) {
    const temp = join(dir, `.${name}.${randomBytes(8).toString('hex')}.tmp`);
    try {
      const fd = openSync(temp, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | (constants.O_NOFOLLOW ?? 0), 0o600);
      pending.add(temp);
      return { fd, temp };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST' || attempt >= 5) throw error;
    }
  }
}

/**
 * The mode a report ends with: the one of the report it replaces, else what a new file gets (0666 less
 * the umask). The temporary is 0600 only while it is written.
 */
function finalMode(path: string): number {
  const existing = lstatSync(path, { throwIfNoEntry: false });
  if (existing?.isFile()) return existing.mode & 0o777;
  return 0o666 & ~process.umask();
}

/**
 * Opens a device or a pipe for writing. A FIFO no one reads would block the run for ever, so it is
 * opened without blocking: that fails at once when there is no reader (ENXIO). The descriptor is kept
 * (closing it would end the reader's input) and written to with `writeAll`'s wait on a full pipe.
 */
function openStream(path: string): number {
  const fifo = statSync(path).isFIFO();
  return openSync(path, constants.O_WRONLY | constants.O_APPEND | (fifo ? constants.O_NONBLOCK : 0));
}

const pause = new Int32Array(new SharedArrayBuffer(4));

function writeAll(fd: number, content: string): void {
  const bytes = Buffer.from(content, 'utf8');
  for (let at = 0; at < bytes.length; ) {
    try {
      at += writeSync(fd, bytes, at, bytes.length - at);
    } catch (error) {
      // a pipe opened without blocking is full: its reader is behind, so wait a moment for it
      if ((error as NodeJS.ErrnoException).code !== 'EAGAIN') throw error;
      Atomics.wait(pause, 0, 0, 5);
    }
  }
}

/**
 * Writes several reports as one: every file is staged beside its target before any is renamed
 * into place, so a run that cannot write one of its reports leaves all the previous ones as they were.
 * Reports to devices and pipes are written after the files, straight to them.
 */
export function writeAllAtomic(files: ReportFile[]): void {
  const staged: { temp: string; path: string; shownAs: string }[] = [];
  const streams: ReportFile[] = [];
  let current = '';
  try {
    for (const file of files) {
      const { path, content, shownAs } = file;
      current = shownAs ?? path;
      const kind = targetKind(path);
      // renaming over a directory fails only at the end: refuse it before anything is written
      if (kind === 'directory') throw Object.assign(new Error('is a directory'), { code: 'EISDIR' });
      if (kind === 'stream') {
        streams.push(file);
        continue;
      }
      const dir = dirname(path);
      mkdirSync(dir, { recursive: true });
      const { fd, temp } = createTemporary(dir, basename(path));
      staged.push({ temp, path, shownAs: shownAs ?? path });
      try {
        writeAll(fd, content);
        fchmodSync(fd, finalMode(path));
        fsyncSync(fd);
      } finally {
        closeSync(fd);
      }
    }
    for (const { temp, path, shownAs } of staged) {
      current = shownAs;
      renameSync(temp, path);
      pending.delete(temp);
    }
    for (const { path, content, shownAs } of streams) {
      current = shownAs ?? path;
      const fd = openStream(path);
      try {
        writeAll(fd, content);
      } finally {
        closeSync(fd);
      }
    }
  } catch (error) {
    for (const { temp } of staged) {
      rmSync(temp, { force: true });
      pending.delete(temp);
    }
    throw new CopydeskError(fsReason(error, 'written'), current);
  }
}

/**
 * A report written piece by piece (one too large to hold as one string), still as `writeAllAtomic`
 * writes: into a temporary file beside the target, renamed over it by `commit` (a device or a pipe is
 * written to directly); `abort` leaves the target as it was.
 */
export function openAtomic(path: string, shownAs = path): { write(text: string): void; commit(): void; abort(): void } {
  let fd: number | undefined;
  let temp: string | undefined;
  const close = () => {
    if (fd !== undefined) closeSync(fd);
    fd = undefined;
    if (temp !== undefined) {
      rmSync(temp, { force: true });
      pending.delete(temp);
      watchSignals(false);
    }
    temp = undefined;
  };
  const guard = (action: () => void) => {
    try {
      action();
    } catch (error) {
      close();
      throw new CopydeskError(fsReason(error, 'written'), shownAs);
    }
  };
  guard(() => {
    const kind = targetKind(path);
    if (kind === 'directory') throw Object.assign(new Error('is a directory'), { code: 'EISDIR' });
    if (kind === 'stream') fd = openSync(path, constants.O_WRONLY | constants.O_APPEND);
    else {
      mkdirSync(dirname(path), { recursive: true });
      ({ fd, temp } = createTemporary(dirname(path), basename(path)));
      watchSignals(true);
    }
  });
  return {
    write: (text) => guard(() => writeAll(fd!, text)),
    commit: () =>
      guard(() => {
        if (temp !== undefined) fsyncSync(fd!);
        closeSync(fd!);
        fd = undefined;
        if (temp !== undefined) {
          renameSync(temp, path);
          pending.delete(temp);
          watchSignals(false);
          temp = undefined;
        }
      }),
    abort: close,
  };
}
