/**
 * The library's arguments checked where they come in. A JavaScript caller (or one that casts) can pass
 * anything: `checkText(null)` must not check the text "null", a misspelt option must not be dropped
 * without a word, a path with an unpaired surrogate must not end in a URIError deep inside. Each
 * problem is a CopydeskError of one line, worded as the command line words the same problem.
 */
import { CopydeskError } from './base/errors.js';
import { hasLoneSurrogate } from './base/printable.js';

type Check = (value: unknown, name: string) => void;

const describe = (value: unknown): string =>
  value === null ? 'null' : Array.isArray(value) ? 'an array' : typeof value === 'string' ? `the string ${JSON.stringify(value.slice(0, 40))}` : typeof value === 'object' ? 'an object' : `${typeof value} ${String(value)}`;

const fail = (name: string, expected: string, value: unknown): never => {
  throw new CopydeskError(`${name} must be ${expected} (got ${describe(value)})`);
};

export const string: Check = (value, name) => {
  if (typeof value !== 'string') fail(name, 'a string', value);
};

/** A file name: a string JavaScript can turn into bytes for the file system (no unpaired surrogate). */
export const path: Check = (value, name) => {
  if (typeof value !== 'string' || value === '') fail(name, 'a file name (a non-empty string)', value);
  if (hasLoneSurrogate(value as string)) throw new CopydeskError(`${name} has an unpaired surrogate (a broken character), so it cannot name a file`);
};

export const paths: Check = (value, name) => {
  if (!Array.isArray(value)) return fail(name, 'an array of file names', value);
  value.forEach((item, k) => path(item, `${name}[${k}]`));
};

export const boolean: Check = (value, name) => {
  if (typeof value !== 'boolean') fail(name, 'true or false', value);
};

export const callback: Check = (value, name) => {
  if (typeof value !== 'function') fail(name, 'a function', value);
};

export const wholeNumber =
  (least: number): Check =>
  (value, name) => {
    if (typeof value !== 'number' || !Number.isInteger(value) || value < least) fail(name, `a whole number of at least ${least}`, value);
  };

export const oneOf =
  (choices: readonly string[]): Check =>
  (value, name) => {
    if (typeof value !== 'string' || !choices.includes(value)) fail(name, `one of ${choices.map((c) => JSON.stringify(c)).join(', ')}`, value);
  };

export const instance =
  (type: abstract new (...args: never[]) => unknown, what: string): Check =>
  (value, name) => {
    if (!(value instanceof type)) fail(name, what, value);
  };

export const object =
  (fields: Record<string, Check>): Check =>
  (value, name) => {
    if (value === null || typeof value !== 'object' || Array.isArray(value)) return fail(name, 'an object', value);
    for (const [key, given] of Object.entries(value)) {
      if (!Object.hasOwn(fields, key)) throw new CopydeskError(`${name} has an unknown option "${key}" (known: ${Object.keys(fields).join(', ')})`);
      if (given !== undefined) fields[key]!(given, `${name}.${key}`);
    }
  };

/** What CheckOptions (session/options.ts) holds, for the library and the remark plugin. */
export const CHECK_OPTIONS: Record<string, Check> = { rules: paths, config: path, noConfig: boolean, related: paths };

/** Options left out are fine; given, they must be an object of known options of the right types. */
export function options(value: unknown, name: string, fields: Record<string, Check>): void {
  if (value !== undefined) object(fields)(value, name);
}

/**
 * A report from check(), diff(), batch() or merge() (or read back from --format json): its shape, not
 * every field, so a render stays cheap on an archive's report; a wrong value is named instead of
 * failing inside a format.
 */
export const report: Check = (value, name) => {
  const what = 'a report from check(), diff(), batch() or merge()';
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return fail(name, what, value);
  const given = value as Record<string, unknown>;
  const fields = 'stories' in given ? ['stories', 'rules'] : ['files', 'findings', 'rules'];
  if (!('stories' in given)) oneOf(['check', 'diff'])(given['command'], `${name}.command`);
  for (const field of fields) if (!Array.isArray(given[field])) fail(`${name}.${field}`, 'an array', given[field]);
};
