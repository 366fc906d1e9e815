import { execFileSync } from 'node:child_process';
import { existsSync, lstatSync, realpathSync, statSync } from 'node:fs';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { CopydeskError } from '../base/errors.js';
import { decodeInput } from '../load/decode.js';
import { type InputText } from '../model/results.js';

const TEXT_FILE = /\.(md|markdown|mdown|mkd|mdx|txt|text)$/i;

function git(args: string[], cwd: string): Buffer {
  return execFileSync('git', args, { cwd, stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 256 * 1024 * 1024 });
}

function gitError(error: unknown): string {
  const stderr = (error as { stderr?: Buffer }).stderr?.toString().trim().split('\n')[0];
  return stderr || (error instanceof Error ? error.message.split('\n')[0]! : String(error));
}

/** The repository's top folder, from the working directory. */
function topLevel(cwd: string): string {
  try {
    return git(['rev-parse', '--show-toplevel'], cwd).toString().trim();
  } catch {
    throw new CopydeskError('not inside a git repository (--git needs one)', cwd);
  }
}

/** Checks the revision exists; "HEAD~1", a tag, a branch or a commit id. */
export function verifyRevision(rev: string, cwd = process.cwd()): void {
  topLevel(cwd);
  try {
    git(['rev-parse', '--verify', '--quiet', `${rev}^{commit}`], cwd);
  } catch {
    // a CI checkout is often shallow: the base is simply not fetched
    let shallow = false;
    try {
      shallow = git(['rev-parse', '--is-shallow-repository'], cwd).toString().trim() === 'true';
    } catch {
      shallow = false;
    }
    throw new CopydeskError(`unknown git revision "${rev}"${shallow ? ' (this clone is shallow: fetch the history, e.g. actions/checkout with fetch-depth: 0, or git fetch --unshallow)' : ''}`);
  }
}

/** The commit a revision names now ("origin/main" moves; its commit does not). */
export function resolveRevision(rev: string, cwd = process.cwd()): string {
  verifyRevision(rev, cwd);
  return git(['rev-parse', '--verify', '--quiet', `${rev}^{commit}`], cwd).toString().trim();
}

/** Whether a file (relative to cwd) is in a revision: a file added since is not. */
export function existsAtRevision(rev: string, file: string, cwd = process.cwd()): boolean {
  const top = topLevel(cwd);
  const inRepo = relative(top, resolve(cwd, file)).split(sep).join('/');
  if (inRepo.startsWith('..')) return false;
  try {
    git(['cat-file', '-e', `${rev}:${inRepo}`], top);
    return true;
  } catch {
    return false;
  }
}

/**
 * Why a working-tree file of a pull request is not read, if it is not: a symbolic link that leads out
 * of the repository, or to anything but a regular file (a link to /dev/zero, to ../secret.txt).
 */
export function unsafeLink(file: string, cwd = process.cwd()): string | undefined {
  const path = resolve(cwd, file);
  if (!lstatSync(path, { throwIfNoEntry: false })?.isSymbolicLink()) return undefined;
  let target: string;
  try {
    target = realpathSync(path);
  } catch {
    return 'is a symbolic link to nothing: not followed';
  }
  const top = realpathSync(topLevel(cwd));
  if (relative(top, target).startsWith('..') || isAbsolute(relative(top, target))) return 'is a symbolic link out of the repository: not followed';
  if (!statSync(target).isFile()) return 'is a symbolic link to something other than a file: not followed';
  return undefined;
}

/** A file's text at a revision (`git show REV:path`), named REV:path in reports. */
export function readAtRevision(rev: string, file: string, cwd = process.cwd()): InputText {
  const top = topLevel(cwd);
  const inRepo = relative(top, resolve(cwd, file)).split(sep).join('/');
  if (inRepo.startsWith('..')) throw new CopydeskError('is outside the git repository', file);
  let bytes: Buffer;
  try {
    bytes = git(['show', `${rev}:${inRepo}`], top);
  } catch (error) {
    const reason = gitError(error);
    if (/does not exist|exists on disk, but not in/.test(reason)) throw new CopydeskError(`is not in git revision ${rev}`, file);
    throw new CopydeskError(`cannot be read from git revision ${rev} (${reason})`, file);
  }
  return decodeInput(`${rev}:${relative(cwd, resolve(top, inRepo)).split(sep).join('/')}`, bytes);
}

/** A Markdown or text file changed since a revision: its path now and, unless added, its path then. */
export interface ChangedFile {
  file: string;
  /** Its path at the revision: the same file, or the old name of a renamed one; absent when added. */
  before?: string;
}

/** Markdown and text files changed since a revision (modified, renamed or added in the working tree), relative to cwd. */
export function changedSince(rev: string, cwd = process.cwd()): ChangedFile[] {
  const top = topLevel(cwd);
  const here = (name: string) => relative(cwd, resolve(top, name)).split(sep).join('/');
  let lines: string[];
  try {
    // --name-status -M reports a rename as "R<score>\told\tnew", so a renamed article is compared with its old self
    lines = git(['diff', '--name-status', '-M', '--diff-filter=AMR', '-z', rev, '--'], top).toString().split('\0');
  } catch (error) {
    throw new CopydeskError(`git diff failed: ${gitError(error)}`);
  }
  const out: ChangedFile[] = [];
  for (let k = 0; k < lines.length && lines[k]; ) {
    const status = lines[k++]!;
    const before = status.startsWith('R') ? lines[k++]! : status === 'A' ? undefined : lines[k]!;
    const after = lines[k++]!;
    if (!TEXT_FILE.test(after) || !existsSync(resolve(top, after))) continue;
    out.push(before === undefined ? { file: here(after) } : { file: here(after), before: here(before) });
  }
  return out.sort((a, b) => Number(!a.before) - Number(!b.before) || (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
}
