import { existsSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { CopydeskError } from '../base/errors.js';
import { formatPath, readDataFile, validateData, type DataFile } from '../schema/validate.js';

/** The names a config file may have, in the order they are looked for in each folder. */
export const CONFIG_NAMES = ['.copydeskrc.yaml', '.copydeskrc.yml', '.copydeskrc.json'];

export type Level = 'off' | 'info' | 'warning' | 'error';

export interface Config {
  /** The file it was read from; undefined for the defaults. */
  path?: string;
  defaultRules: boolean;
  packs: string[];
  lexicons: string[];
  /** Rule settings by id; a Map, so `__proto__` or `constructor` is an id like any other (and unknown). */
  rules: ReadonlyMap<string, { level: Level; options?: Record<string, unknown> }>;
  ignore: string[];
  /** Where `ignore` patterns are relative to. */
  base: string;
  /** Line of each rule setting, for errors about ids only known after the packs load. */
  lineOfRule(id: string): number | undefined;
}

interface RawConfig {
  defaultRules?: boolean;
  packs?: string[];
  lexicons?: string[];
  rules?: Record<string, Level | [Level, Record<string, unknown>?]>;
  ignore?: string[];
}

const LEVELS = new Set(['off', 'info', 'warning', 'error']);

export function defaultConfig(base = process.cwd()): Config {
  return { defaultRules: true, packs: [], lexicons: [], rules: new Map(), ignore: [], base, lineOfRule: () => undefined };
}

/** Reads and validates a config file; paths in it become absolute. */
export function readConfig(path: string, shownAs = path): Config {
  const file = readDataFile(resolve(path), 'a copydesk config (YAML or JSON)');
  file.path = shownAs;
  if (file.data === null || file.data === undefined) return { ...defaultConfig(dirname(resolve(path))), path };
  // a key left with only commented-out entries under it ("rules:" in the starter config) is empty, not wrong
  if (typeof file.data === 'object' && !Array.isArray(file.data)) {
    for (const [key, value] of Object.entries(file.data as Record<string, unknown>)) if (value === null) delete (file.data as Record<string, unknown>)[key];
  }
  rulesShape(file);
  validateData('config', file, 'a copydesk config');
  const raw = file.data as RawConfig;
  const dir = dirname(resolve(path));
  const rules = new Map<string, { level: Level; options?: Record<string, unknown> }>();
  for (const [id, value] of Object.entries(raw.rules ?? {})) {
    const [level, options] = Array.isArray(value) ? value : [value];
    rules.set(id, options ? { level: level, options } : { level: level });
  }
  const relative = (p: string) => resolve(dir, p);
  return {
    path,
    defaultRules: raw.defaultRules ?? true,
    packs: (raw.packs ?? []).map(relative),
    lexicons: (raw.lexicons ?? []).map(relative),
    rules,
    ignore: raw.ignore ?? [],
    base: dir,
    lineOfRule: (id) => file.lineOf(['rules', id]),
  };
}

/**
 * Rule settings get their own message: the schema's "anyOf" would say only that the value matches
 * neither form, where a user needs to hear both forms.
 */
function rulesShape(file: DataFile): void {
  const rules = (file.data as RawConfig | undefined)?.rules;
  if (!rules || typeof rules !== 'object' || Array.isArray(rules)) return;
  for (const [id, value] of Object.entries(rules)) {
    const level = Array.isArray(value) ? value[0] : value;
    const optionsOk = !Array.isArray(value) || (value.length >= 1 && value.length <= 2 && (value[1] === undefined || (typeof value[1] === 'object' && value[1] !== null && !Array.isArray(value[1]))));
    if (typeof level === 'string' && LEVELS.has(level) && optionsOk) continue;
    const line = file.lineOf(['rules', id]);
    throw new CopydeskError(
      `${line ? `line ${line}: ` : ''}${formatPath(['rules', id])}: must be "off", "info", "warning" or "error", or [level, {options}] (got ${JSON.stringify(value)})`,
      file.path,
    );
  }
}

/** The nearest config file above a file (its own folder first), or null. Looked for on every call: a config created or removed meanwhile counts. */
export function findConfig(file: string): string | null {
  for (let dir = dirname(resolve(file)); ; dir = dirname(dir)) {
    for (const name of CONFIG_NAMES) {
      const candidate = join(dir, name);
      if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
    }
    if (dirname(dir) === dir) return null;
  }
}
