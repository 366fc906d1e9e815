import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { CopydeskError } from './base/errors.js';
import { DEFAULT_PACK, loadRuleSet } from './config/packs.js';
import { writeAtomic } from './report/write.js';
import { CONFIG_NAMES } from './config/config.js';

/** `copydesk init`: a starter .copydeskrc.yaml listing every rule at its default level, commented. */
export function starterConfig(): string {
  const rules = loadRuleSet([DEFAULT_PACK]).rules;
  const width = Math.max(...rules.map((r) => r.id.length)) + 1;
  const lines = [
    '# copydesk configuration. copydesk finds it by walking up from each file it checks;',
    '# `copydesk check --print-config FILE` shows what applies to a file.',
    '# Schema: https://copydesk.dev/schemas/config.schema.json (schemas/config.schema.json in the package)',
    '',
    '# Extra rule packs and lexicons, relative to this file:',
    '# packs: [house-rules.yaml]',
    '# lexicons: [newsroom-words.yaml]',
    '',
    '# Files not to check (.gitignore patterns, relative to this file):',
    '# ignore: ["drafts/**"]',
    '',
    '# Each rule: off | info | warning | error, or [level, {options}]. Shown at their defaults:',
    'rules:',
    ...rules.map((r) => `  # ${`${r.id}:`.padEnd(width)} ${r.severity.padEnd(7)}  # ${r.description}`),
    '  # Examples:',
    '  # term-variant: off',
    '  # repeated-claim: [error, { claims: [event, relation] }]',
    '',
  ];
  return lines.join('\n');
}

/**
 * Writes the starter config; with `force`, over the YAML config already there (keeping its name). A
 * JSON config is never replaced by YAML beside it: two configs in one folder would leave the user
 * guessing which one applies.
 */
export function writeInit(dir: string, force: boolean): string {
  const existing = CONFIG_NAMES.map((name) => join(dir, name)).find((path) => existsSync(path));
  if (existing && !force) throw new CopydeskError('already exists (use --force to replace it)', existing);
  if (existing?.endsWith('.json')) throw new CopydeskError('already exists, and init writes YAML: remove it first to start again', existing);
  const path = existing ?? join(dir, '.copydeskrc.yaml');
  writeAtomic(path, starterConfig());
  return path;
}
