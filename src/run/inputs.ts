/**
 * What the command line's file arguments stand for: files as named, folders walked for articles
 * (honouring each folder's .gitignore; the config's .copydeskignore is applied later, per file, as for
 * any input), quoted globs expanded in copydesk's own, shell-independent way, and `-` for standard
 * input. A walk follows no symbolic link (a link may point anywhere, out of the folder); a file named
 * on its own may be one.
 */
import { lstatSync, readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import ignore, { type Ignore } from 'ignore';
import { append } from '../base/arrays.js';
import { globLib } from '../base/lazy.js';

/** Extensions of the articles a folder walk or a glob takes. */
export const ARTICLE_EXTENSIONS = ['.md', '.markdown', '.mdown', '.mkd', '.mdx', '.txt', '.html', '.htm', '.xhtml'];

const GLOB = /[*?[\]{}]/;

export interface ExpandedInputs {
  /** Paths to check, as the user would name them (relative to the folder the run started in). */
  paths: string[];
  /** Whether `-` was given: standard input is one of the articles. */
  stdin: boolean;
  /** Arguments that named nothing to check (a folder without articles, a glob that matches nothing). */
  problems: { path: string; message: string }[];
  /** Links a folder walk met where an article would be, and did not follow: said, not failed. */
  skipped: string[];
}

/** Expands the arguments in order; a folder's files and a glob's matches are sorted, duplicates kept once. */
export function expandInputs(cwd: string, args: string[]): ExpandedInputs {
  const paths: string[] = [];
  const problems: { path: string; message: string }[] = [];
  const skipped: string[] = [];
  let stdin = false;
  for (const arg of args) {
    if (arg === '-') {
      stdin = true;
      continue;
    }
    const absolute = resolve(cwd, arg);
    if (existsSync(absolute) && lstatSync(absolute).isDirectory()) {
      const links: string[] = [];
      const found = walk(absolute, links).map((file) => relative(cwd, file) || file);
      append(skipped, links.map((file) => relative(cwd, file) || file));
      if (found.length === 0) problems.push({ path: arg, message: `is a folder with no articles in it (${ARTICLE_EXTENSIONS.join(', ')})` });
      append(paths, found);
    } else if (!existsSync(absolute) && GLOB.test(arg)) {
      const found = globLib().globSync(arg, { cwd, onlyFiles: true, followSymbolicLinks: false, expandDirectories: false }).sort();
      if (found.length === 0) problems.push({ path: arg, message: 'no file matches this pattern' });
      append(paths, found);
    } else paths.push(arg);
  }
  return { paths: [...new Set(paths)], stdin, problems, skipped };
}

/** Every article under a folder, in sorted order: hidden folders, node_modules and .gitignore'd paths left out. */
function walk(root: string, links: string[]): string[] {
  const out: string[] = [];
  const ignored: Ignore = ignore();
  const stack = [root];
  while (stack.length > 0) {
    const dir = stack.pop()!;
    addGitignore(ignored, root, dir);
    const entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? 1 : a.name > b.name ? -1 : 0));
    for (const entry of entries) {
      const path = join(dir, entry.name);
      const rel = relative(root, path);
      if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
      if (entry.isDirectory()) {
        if (!ignored.ignores(`${rel}/`)) stack.push(path);
      } else if (!ARTICLE_EXTENSIONS.some((ext) => entry.name.toLowerCase().endsWith(ext)) || ignored.ignores(rel)) continue;
      else if (entry.isFile()) out.push(path);
      // a link may lead out of the folder (to a secret, to /dev/zero): named, not followed
      else if (entry.isSymbolicLink()) links.push(path);
    }
  }
  return out.sort();
}

/** A folder's .gitignore patterns, taken relative to the walk's root. */
function addGitignore(ignored: Ignore, root: string, dir: string): void {
  const file = join(dir, '.gitignore');
  if (!existsSync(file)) return;
  const prefix = relative(root, dir).split('\\').join('/');
  for (const raw of readFileSync(file, 'utf8').split(/\r?\n/)) {
    const line = raw.trim();
    if (!line || line.startsWith('#')) continue;
    if (!prefix) {
      ignored.add(line);
      continue;
    }
    const negated = line.startsWith('!');
    const pattern = negated ? line.slice(1) : line;
    const scoped = pattern.startsWith('/') ? `${prefix}${pattern}` : `${prefix}/**/${pattern}`;
    ignored.add(negated ? `!${scoped}` : scoped);
  }
}
