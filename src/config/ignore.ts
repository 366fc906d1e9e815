import { existsSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import ignore, { type Ignore } from 'ignore';
import { displayPath } from '../base/display-path.js';
import { CopydeskError, fsReason } from '../base/errors.js';
import type { Config } from './config.js';

/** The ignore file read from the working directory, in .gitignore syntax. */
export const IGNORE_FILE = '.copydeskignore';

/** The patterns of the working directory's .copydeskignore, or null when there is none. */
export function readIgnoreFile(cwd: string): Ignore | null {
  const path = join(cwd, IGNORE_FILE);
  try {
    return existsSync(path) ? ignore().add(readFileSync(path, 'utf8')) : null;
  } catch (error) {
    throw new CopydeskError(`${fsReason(error)} (expected ignore patterns, one per line)`, displayPath(path, cwd));
  }
}

/** Whether a file is left out: by .copydeskignore in the working directory (`fromFile`), or by its config's `ignore`. */
export function isIgnored(file: string, config: Config, fromFile: Ignore | null, cwd: string): boolean {
  const absolute = resolve(cwd, file);
  const fromCwd = relative(cwd, absolute).split('\\').join('/');
  if (fromFile && !fromCwd.startsWith('..') && fromCwd !== '' && fromFile.ignores(fromCwd)) return true;
  if (config.ignore.length === 0) return false;
  const fromConfig = relative(config.base, absolute).split('\\').join('/');
  return !fromConfig.startsWith('..') && fromConfig !== '' && ignore().add(config.ignore).ignores(fromConfig);
}
