import { isAbsolute, relative, sep } from 'node:path';

/**
 * The path shown in reports: relative to the working directory with forward slashes, so the same run
 * gives the same report on any machine and CI annotations point at repository paths.
 */
export function displayPath(path: string, cwd = process.cwd()): string {
  const shown = isAbsolute(path) ? relative(cwd, path) || path : path;
  return shown.split(sep).join('/').replace(/^\.\//, '');
}
