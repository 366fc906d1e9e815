import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { relative, resolve, sep } from 'node:path';
import { CopydeskError } from './errors.js';
import { decodeInput, type InputText } from './load/read-input.js';

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
    throw new CopydeskError(`unknown git revision "${rev}"`);
  }
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

/** Markdown and text files changed since a revision (modified or renamed in the working tree), relative to cwd. */
export function changedSince(rev: string, cwd = process.cwd()): { modified: string[]; added: string[] } {
  const top = topLevel(cwd);
  const list = (filter: string) =>
    git(['diff', '--name-only', `--diff-filter=${filter}`, rev, '--'], top)
      .toString()
      .split('\n')
      .filter((name) => TEXT_FILE.test(name))
      .map((name) => relative(cwd, resolve(top, name)).split(sep).join('/'))
      .filter((path) => existsSync(resolve(cwd, path)))
      .sort();
  try {
    return { modified: list('MR'), added: list('A') };
  } catch (error) {
    throw new CopydeskError(`git diff failed: ${gitError(error)}`);
  }
}

