import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

/** The installed package's root, where `rules/` and `schemas/` stand (this file is dist/src/base/package-path.js). */
const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

export function packagePath(...parts: string[]): string {
  return join(root, ...parts);
}
