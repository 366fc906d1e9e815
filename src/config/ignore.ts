import { existsSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import ignore, { type Ignore } from 'ignore';
import { displayPath } from '../display-path.js';
import { CopydeskError, fsReason } from '../errors.js';
import type { Config } from './config.js';

/** The ignore file read from the working directory, in .gitignore syntax. */
export const IGNORE_FILE = '.copydeskignore';

const fromFile = new Map<string, Ignore | null>();

function ignoreFile(cwd: string): Ignore | null {
  let matcher = fromFile.get(cwd);
  if (matcher === undefined) {
    const path = join(cwd, IGNORE_FILE);
    try {
      matcher = existsSync(path) ? ignore().add(readFileSync(path, 'utf8')) : null;
    } catch (error) {
      throw new CopydeskError(`${fsReason(error)} (expected ignore patterns, one per line)`, displayPath(path));
    }
    fromFile.set(cwd, matcher);
  }
  return matcher;
}

/** Whether a file is left out: by .copydeskignore in the working directory, or by its config's `ignore`. */
export function isIgnored(file: string, config: Config, cwd = process.cwd()): boolean {
  const absolute = resolve(file);
  const fromCwd = relative(cwd, absolute).split('\\').join('/');
  const matcher = ignoreFile(cwd);
  if (matcher && !fromCwd.startsWith('..') && fromCwd !== '' && matcher.ignores(fromCwd)) return true;
  if (config.ignore.length === 0) return false;
  const fromConfig = relative(config.base, absolute).split('\\').join('/');
  return !fromConfig.startsWith('..') && fromConfig !== '' && ignore().add(config.ignore).ignores(fromConfig);
}
