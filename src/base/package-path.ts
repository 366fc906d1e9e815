import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

/**
 * The installed package's root, where `rules/`, `schemas/` and `data/` stand: the nearest folder
 * above this code that holds a package.json. The code runs from dist/src/base/package-path.js (the
 * library, the tests) and from the executable's bundle in dist/bin/ (scripts/bundle.ts), at different
 * depths; dist/ itself has no package.json.
 */
function findRoot(): string {
  const here = dirname(fileURLToPath(import.meta.url));
  for (let dir = here; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json'))) return dir;
    if (dirname(dir) === dir) throw new Error(`copydesk: no package.json above ${here}`);
  }
}

const root = findRoot();

export function packagePath(...parts: string[]): string {
  return join(root, ...parts);
}
