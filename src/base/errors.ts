/**
 * Errors a user can act on. The CLI prints `copydesk: <file>: <message>` on one line and exits 2;
 * anything else reaching the top is an internal error, also exit 2 and one line, never a stack trace.
 */
export class CopydeskError extends Error {
  /** The file the problem is in, when there is one. */
  readonly file: string | undefined;

  constructor(message: string, file?: string) {
    super(message);
    this.name = 'CopydeskError';
    this.file = file;
  }

  /** The one line the CLI prints. */
  line(): string {
    return this.file ? `${this.file}: ${this.message}` : this.message;
  }
}

/**
 * A parser's complaint as a phrase for a one-line error: its first line, without the position it
 * repeats (the caller gives the file's own line), and a stack overflow said as what it is.
 */
export function parseReason(error: unknown): string {
  if (error instanceof RangeError && /call stack/i.test(error.message)) return 'nested too deeply';
  const message = error instanceof Error ? error.message : String(error);
  if (/Maximum call stack size exceeded/.test(message)) return 'nested too deeply';
  return message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
}

/** What went wrong reading or writing a file, in words ("no such file", "permission denied"). */
export function fsReason(error: unknown, verb: 'read' | 'written' = 'read'): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT':
      return 'no such file';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'is a directory';
    case 'ENOTDIR':
      return 'a parent is not a directory';
    case 'ENXIO':
      return 'is a pipe no one reads';
    case 'ENOSPC':
      return 'the disk is full';
    default:
      return `cannot be ${verb} (${code ?? String(error)})`;
  }
}
