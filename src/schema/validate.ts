import { readFileSync } from 'node:fs';
import type { Ajv, ErrorObject, ValidateFunction } from 'ajv';
import type { LineCounter, Node as YamlNode } from 'yaml';
import { ajvLib, yamlLib } from '../base/lazy.js';
import { CopydeskError, fsReason, parseReason } from '../base/errors.js';
import { packagePath } from '../base/package-path.js';

/**
 * Every schema copydesk reads or writes lives in `schemas/` and is checked with ajv. Errors become one
 * line that names the file, the line when the file is YAML, the field's path and what was expected,
 * in words rather than ajv's keywords.
 */
let ajvInstance: Ajv | undefined;
function ajv(): Ajv {
  ajvInstance ??= new (ajvLib().Ajv)({ allErrors: true, strict: false });
  return ajvInstance;
}
const compiled = new Map<string, ValidateFunction>();

export function validator(schema: string): ValidateFunction {
  let validate = compiled.get(schema);
  if (!validate) {
    validate = ajv().compile(JSON.parse(readFileSync(packagePath('schemas', `${schema}.schema.json`), 'utf8')));
    compiled.set(schema, validate);
  }
  return validate;
}

/** A definition inside a named schema ("batch-report", "#/definitions/story"), for data that is one of its kinds. */
export function definitionValidator(schema: string, pointer: string): ValidateFunction {
  const key = `${schema}${pointer}`;
  let validate = compiled.get(key);
  if (!validate) {
    const id = (validator(schema).schema as { $id: string }).$id;
    validate = ajv().getSchema(`${id}${pointer}`)!;
    compiled.set(key, validate);
  }
  return validate;
}

let ajvWithDefaults: Ajv | undefined;

/**
 * Compiles a schema that lives in code (a rule kind's options, the lexicon's sections). With
 * `useDefaults`, validating fills in every property the data leaves out with the schema's default.
 */
export function compileSchema(schema: object, options: { useDefaults?: boolean } = {}): ValidateFunction {
  if (!options.useDefaults) return ajv().compile(schema);
  ajvWithDefaults ??= new (ajvLib().Ajv)({ allErrors: false, strict: false, useDefaults: true });
  return ajvWithDefaults.compile(schema);
}

/** A data file read as YAML (JSON is YAML too), keeping the positions needed to point at a field. */
export interface DataFile {
  path: string;
  data: unknown;
  /** Line of a field, from its path of keys and indexes. */
  lineOf(path: (string | number)[]): number | undefined;
}

export function readDataFile(path: string, what: string, shownAs = path): DataFile {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new CopydeskError(`${fsReason(error)} (expected ${what})`, shownAs);
  }
  return parseDataFile(shownAs, text, what);
}

/** YAML aliases a data file may expand: packs, lexicons and configs need a handful. */
const ALIAS_LIMIT = 100;

export function parseDataFile(path: string, text: string, what: string): DataFile {
  const { LineCounter: Counter, parseDocument, isMap, isSeq } = yamlLib();
  const counter = new Counter();
  // warnings (an unknown tag) are not printed by the library: the first one is an error of the file
  const doc = parseDocument(text, { lineCounter: counter, prettyErrors: true, logLevel: 'silent' });
  const problem = doc.errors[0] ?? doc.warnings[0];
  if (problem) {
    const line = problem.linePos?.[0]?.line;
    throw new CopydeskError(`${line ? `line ${line}: ` : ''}not valid YAML or JSON (${parseReason(problem)}), expected ${what}`, path);
  }
  let data: unknown;
  try {
    // an alias bomb (a few lines that expand to billions of nodes) is stopped at ALIAS_LIMIT aliases
    data = doc.toJS({ maxAliasCount: ALIAS_LIMIT });
  } catch (error) {
    throw new CopydeskError(`not valid YAML or JSON (${parseReason(error)}), expected ${what}`, path);
  }
  return {
    path,
    data,
    lineOf(fieldPath) {
      let node: unknown = doc.contents;
      let line: number | undefined = lineAt(node, counter);
      for (const key of fieldPath) {
        if (isMap(node)) {
          // a field is where its key is written, not where its value starts on the next line
          const pair = node.items.find((item) => String((item.key as { value?: unknown })?.value ?? item.key) === String(key));
          line = lineAt(pair?.key, counter) ?? line;
          node = pair?.value;
          continue;
        }
        if (isSeq(node)) node = node.items[Number(key)];
        else break;
        line = lineAt(node, counter) ?? line;
      }
      return line;
    },
  };
}

function lineAt(node: unknown, counter: LineCounter): number | undefined {
  const range = (node as YamlNode | undefined)?.range;
  return range ? counter.linePos(range[0]).line : undefined;
}

/** Validates data against a named schema (or one compiled from code) and throws a readable one-line error for the first problem. */
export function validateData(schema: string | ValidateFunction, file: DataFile, what: string): void {
  const validate = typeof schema === 'string' ? validator(schema) : schema;
  if (validate(file.data)) return;
  const error = mostUseful(validate.errors ?? []);
  const fieldPath = pathOf(error);
  const line = file.lineOf(fieldPath);
  const field = fieldPath.length ? `${formatPath(fieldPath)}: ` : '';
  throw new CopydeskError(`${line ? `line ${line}: ` : ''}${field}${describe(error)} (in ${what})`, file.path);
}

export function pathOf(error: ErrorObject): (string | number)[] {
  const parts = error.instancePath
    .split('/')
    .slice(1)
    .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((part) => (/^\d+$/.test(part) ? Number(part) : part));
  if (error.keyword === 'additionalProperties') parts.push(String(error.params['additionalProperty']));
  return parts;
}

export function formatPath(path: (string | number)[]): string {
  return path.map((part, i) => (typeof part === 'number' ? `[${part}]` : i === 0 ? part : `.${part}`)).join('');
}

/** ajv reports every branch of an anyOf; the deepest error is the one a person can act on. */
function mostUseful(errors: ErrorObject[]): ErrorObject {
  const concrete = errors.filter((error) => error.keyword !== 'anyOf' && error.keyword !== 'oneOf' && error.keyword !== 'if');
  const pool = concrete.length ? concrete : errors;
  return pool.reduce((best, error) => (error.instancePath.length > best.instancePath.length ? error : best), pool[0]!);
}

export function describe(error: ErrorObject): string {
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'required':
      return `is missing the required field "${String(params['missingProperty'])}"`;
    case 'additionalProperties':
      return 'is not a known field';
    case 'enum':
      return `must be one of ${(params['allowedValues'] as unknown[]).map((v) => JSON.stringify(v)).join(', ')}`;
    case 'const':
      return `must be ${JSON.stringify(params['allowedValue'])}`;
    case 'type':
      return `must be ${article(String(params['type']))}`;
    case 'minItems':
      return `must have at least ${String(params['limit'])} item${params['limit'] === 1 ? '' : 's'}`;
    case 'maxItems':
      return `must have at most ${String(params['limit'])} items`;
    case 'minLength':
      return 'must not be empty';
    case 'minimum':
      return `must be at least ${String(params['limit'])}`;
    case 'maximum':
      return `must be at most ${String(params['limit'])}`;
    case 'pattern':
      return `must match the pattern ${String(params['pattern'])}`;
    case 'uniqueItems':
      return 'must not repeat an item';
    default:
      return error.message ?? 'is not valid';
  }
}

function article(type: string): string {
  const words = type.split(',').map((t) => (t === 'array' ? 'a list' : t === 'object' ? 'a mapping' : t === 'integer' ? 'a whole number' : `a ${t}`));
  return words.join(' or ');
}
