import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import type { Lexicon } from '../lexicon/compile.js';
import { packagePath } from '../base/package-path.js';
import type { RuleConfig } from '../model/rules.js';

/**
 * The default rule set, validated and merged at build time (`npm run build` writes it), so a run
 * that uses only the default pack skips reading YAML, compiling schemas and validating: most of
 * copydesk's start-up. It records a hash of the files it was made from; if they have changed since,
 * it is not used.
 */
export interface RulesSnapshot {
  hash: string;
  files: string[];
  packs: string[];
  rules: RuleConfig[];
  lexicon: Lexicon;
}

export const SNAPSHOT_PATH = packagePath('dist', 'default-rules.json');

/**
 * The files the default pack is made from, relative to the package: the pack, its confidence model and every lexicon
 * under rules/lexicons (all of them, not only those the pack names today, so no edit goes unseen).
 */
function defaultFiles(): string[] {
  const lexicons = readdirSync(packagePath('rules', 'lexicons'))
    .filter((name) => /\.(ya?ml|json)$/.test(name))
    .sort()
    .map((name) => `rules/lexicons/${name}`);
  return ['rules/default.yaml', 'rules/calibration.json', ...lexicons];
}

function hashOf(files: string[]): string {
  const hash = createHash('sha256');
  for (const file of files) hash.update(file).update('\0').update(readFileSync(packagePath(file))).update('\0');
  return hash.digest('hex');
}

/** The snapshot, if it exists and matches the rule files as they are now. */
export function readSnapshot(): RulesSnapshot | undefined {
  if (!existsSync(SNAPSHOT_PATH)) return undefined;
  try {
    const snapshot = JSON.parse(readFileSync(SNAPSHOT_PATH, 'utf8')) as RulesSnapshot;
    const files = defaultFiles();
    if (files.join('\0') !== snapshot.files.join('\0') || hashOf(files) !== snapshot.hash) return undefined;
    return snapshot;
  } catch {
    return undefined;
  }
}

/** Writes the snapshot from a rule set loaded the long way (validated). */
export function writeSnapshot(rules: RuleConfig[], lexicon: Lexicon, packs: string[]): void {
  const files = defaultFiles();
  const snapshot: RulesSnapshot = { hash: hashOf(files), files, packs, rules: rules.map((r) => ({ ...r, pack: 'rules/default.yaml' })), lexicon };
  writeFileSync(SNAPSHOT_PATH, `${JSON.stringify(snapshot)}\n`);
}
