import { resolve } from 'node:path';
import { CopydeskError } from '../base/errors.js';
import { compileLexicon, mergeLexicons } from '../lexicon/compile.js';
import { lexiconPath, readLexicon } from './lexicon-files.js';
import { packagePath } from '../base/package-path.js';
import type { ValidateFunction } from 'ajv';
import { compileSchema, describe, formatPath, pathOf, readDataFile, validateData } from '../schema/validate.js';
import { KINDS } from '../kinds/registry.js';
import { readSnapshot, SNAPSHOT_PATH } from './snapshot.js';
import type { RuleKind } from '../kinds/kind.js';
import type { RuleConfig } from '../model/rules.js';
import type { RuleSet } from '../kinds/kind.js';

export const DEFAULT_PACK = packagePath('rules', 'default.yaml');

/**
 * The English every rule set reads with, loaded before any pack's lexicons: abbreviations, negation,
 * numbers and dates, how names are written (english.yaml), and page furniture (page.yaml). A pack
 * that leaves out the default rules still reads English; a lexicon of its own adds to these.
 */
export const BASE_LEXICONS = [packagePath('rules', 'lexicons', 'english.yaml'), packagePath('rules', 'lexicons', 'page.yaml')];

interface PackFile {
  name: string;
  lexicons?: string[];
  /** As written: options may be left out, and the pack is known only once loaded. */
  rules: (Omit<RuleConfig, 'options' | 'pack'> & { options?: Record<string, unknown> })[];
}

/**
 * Loads rule packs in order: the rules of a later pack replace same-id rules of an earlier one, and
 * lexicons are merged. Each pack is validated against `schemas/rule-pack.schema.json`, each rule's
 * kind must exist and its options must fit the kind's schema; errors name the file, line and field.
 */
export function loadRuleSet(packPaths: string[], extraLexicons: string[] = [], options: { snapshot?: boolean } = {}): RuleSet {
  // the default pack alone: the build's validated snapshot, when it matches the rule files
  if (options.snapshot !== false && packPaths.length === 1 && resolve(packPaths[0]!) === DEFAULT_PACK && extraLexicons.length === 0) {
    const snapshot = readSnapshot();
    if (snapshot) {
      return { rules: snapshot.rules.map((r) => ({ ...r, pack: packPaths[0]! })), kinds: KINDS, lexicon: compileLexicon(snapshot.lexicon), packs: snapshot.packs, files: [SNAPSHOT_PATH, ...snapshot.files.map((f) => packagePath(f))] };
    }
  }
  const rules = new Map<string, RuleConfig>();
  const lexicons = BASE_LEXICONS.map((path) => readLexicon(path));
  const names: string[] = [];
  const files: string[] = [...BASE_LEXICONS];
  for (const packPath of packPaths) {
    files.push(resolve(packPath));
    const file = readDataFile(resolve(packPath), 'a copydesk rule pack (YAML or JSON)');
    file.path = packPath;
    validateData('rule-pack', file, 'a copydesk rule pack');
    const pack = file.data as PackFile;
    names.push(pack.name);
    for (const [index, entry] of (pack.lexicons ?? []).entries()) {
      try {
        files.push(lexiconPath(resolve(packPath), entry));
        lexicons.push(readLexicon(lexiconPath(resolve(packPath), entry)));
      } catch (error) {
        if (error instanceof CopydeskError && error.file === lexiconPath(resolve(packPath), entry) && /^no such file/.test(error.message)) {
          const line = file.lineOf(['lexicons', index]);
          throw new CopydeskError(`${line ? `line ${line}: ` : ''}lexicons[${index}]: no such lexicon file "${entry}"`, packPath);
        }
        throw error;
      }
    }
    const seen = new Set<string>();
    for (const [index, rule] of pack.rules.entries()) {
      const at = (field: (string | number)[], message: string) => {
        const path = ['rules', index, ...field];
        const line = file.lineOf(path);
        return new CopydeskError(`${line ? `line ${line}: ` : ''}${formatPath(path)}: ${message}`, packPath);
      };
      if (seen.has(rule.id)) throw at(['id'], `duplicate rule id "${rule.id}"`);
      seen.add(rule.id);
      const kind = KINDS.get(rule.kind);
      if (!kind) throw at(['kind'], `unknown rule kind "${rule.kind}" (known kinds: ${[...KINDS.keys()].sort().join(', ')})`);
      const options = rule.options ?? {};
      const problem = optionsProblem(kind, options);
      if (problem) throw at(['options', ...problem.path], problem.message);
      const config: RuleConfig = {
        id: rule.id,
        kind: rule.kind,
        category: rule.category,
        severity: rule.severity,
        description: rule.description,
        options,
        pack: packPath,
      };
      if (rule.message) config.message = rule.message;
      if (rule.url) config.url = rule.url;
      rules.set(rule.id, config);
    }
  }
  for (const path of extraLexicons) {
    files.push(resolve(path));
    lexicons.push(readLexicon(path));
  }
  return { rules: [...rules.values()], kinds: KINDS, lexicon: compileLexicon(mergeLexicons(lexicons)), packs: names, files };
}

/** Kinds that compare two texts take `against`: the previous version (diff) or related reports. */
function withAgainst(kind: RuleKind): Record<string, unknown> {
  if (kind.scope !== 'versions') return kind.optionsSchema;
  const properties = (kind.optionsSchema['properties'] as Record<string, unknown> | undefined) ?? {};
  return { ...kind.optionsSchema, properties: { ...properties, against: { enum: ['previous', 'related'] } } };
}

/** What is wrong with a rule's options for its kind, if anything: the field's path and the words. */
export function optionsProblem(kind: RuleKind, options: Record<string, unknown>): { path: (string | number)[]; message: string } | undefined {
  const validate = optionsValidator(kind.name, withAgainst(kind));
  if (validate(options)) return undefined;
  const error = validate.errors![0]!;
  return { path: pathOf(error), message: describe(error) };
}

const optionValidators = new Map<string, ValidateFunction>();

/** The kind's options schema, compiled once per kind. */
function optionsValidator(kind: string, schema: Record<string, unknown>): ValidateFunction {
  let validate = optionValidators.get(kind);
  if (!validate) {
    validate = compileSchema(schema);
    optionValidators.set(kind, validate);
  }
  return validate;
}
