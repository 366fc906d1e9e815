import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/** The versions of a diff case: v1.md, v2.md … (or .txt), oldest first. */
export function versionFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => /^v\d+\.(md|txt)$/.test(name))
    .sort((a, b) => Number(a.slice(1).split('.')[0]) - Number(b.slice(1).split('.')[0]))
    .map((name) => join(dir, name));
}

/** The related reports of a case: related/*.md and .txt, by name. */
export function relatedFiles(dir: string): string[] {
  const folder = join(dir, 'related');
  if (!existsSync(folder)) return [];
  return readdirSync(folder)
    .filter((name) => /\.(md|txt)$/.test(name))
    .sort()
    .map((name) => join(folder, name));
}
