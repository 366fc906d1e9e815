import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { CopydeskError } from '../base/errors.js';
import { compileLexicon, mergeLexicons } from '../lexicon/compile.js';
import { lexiconPath, readLexicon } from './lexicon-files.js';
import { packagePath } from '../base/package-path.js';
import type { ValidateFunction } from 'ajv';
import { compileSchema, describe, formatPath, pathOf, readDataFile, validateData, type DataFile } from '../schema/validate.js';
import { KINDS } from '../kinds/registry.js';
import { readSnapshot, SNAPSHOT_PATH } from './snapshot.js';
import { messagesIn, modeOf, placeholdersOf } from '../kinds/messages.js';
import type { RuleKind } from '../kinds/kind.js';
import type { RuleConfig, Weights } from '../model/rules.js';
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
  /** The confidence model's weights (schemas/calibration.schema.json), relative to the pack. */
  calibration?: string;
  /** As written: options may be left out, messages given one (`message`) or by id, and the pack is known only once loaded. */
  rules: (Omit<RuleConfig, 'options' | 'pack' | 'messages'> & { options?: Record<string, unknown>; message?: string; messages?: Record<string, string> })[];
}

/**
 * Loads rule packs in order: the rules of a later pack replace same-id rules of an earlier one, and
 * lexicons are merged. Each pack is validated against `schemas/rule-pack.schema.json`, each rule's
 * kind must exist and its options must fit the kind's schema; errors name the file, line and field.
 */
export function loadRuleSet(packPaths: string[], extraLexicons: string[] = [], options: { snapshot?: boolean; shown?: (path: string) => string } = {}): RuleSet {
  const shown = options.shown ?? ((path: string) => path);
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
    const name = shown(packPath);
    const file = readDataFile(resolve(packPath), 'a copydesk rule pack (YAML or JSON)', name);
    file.path = name;
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
          throw new CopydeskError(`${line ? `line ${line}: ` : ''}lexicons[${index}]: no such lexicon file "${entry}"`, name);
        }
        throw error;
      }
    }
    const model = pack.calibration === undefined ? undefined : readCalibration(resolve(packPath), pack.calibration, file, name, pack.rules.map((r) => r.id));
    if (model) files.push(model.path);
    const seen = new Set<string>();
    for (const [index, rule] of pack.rules.entries()) {
      const at = (field: (string | number)[], message: string) => {
        const path = ['rules', index, ...field];
        const line = file.lineOf(path);
        return new CopydeskError(`${line ? `line ${line}: ` : ''}${formatPath(path)}: ${message}`, name);
      };
      if (seen.has(rule.id)) throw at(['id'], `duplicate rule id "${rule.id}"`);
      seen.add(rule.id);
      const kind = KINDS.get(rule.kind);
      if (!kind) throw at(['kind'], `unknown rule kind "${rule.kind}" (known kinds: ${[...KINDS.keys()].sort().join(', ')})`);
      // validating fills in every option the pack leaves out with the kind's default
      const options = structuredClone(rule.options ?? {});
      const problem = optionsProblem(kind, options);
      if (problem) throw at(['options', ...problem.path], problem.message);
      const messages = messagesOf(kind, rule, options, at);
      const config: RuleConfig = {
        id: rule.id,
        kind: rule.kind,
        category: rule.category,
        severity: rule.severity,
        description: rule.description,
        options,
        pack: packPath,
      };
      if (messages) config.messages = messages;
      if (rule.url) config.url = rule.url;
      const weights = model?.rules[rule.id];
      if (weights) config.calibration = { bias: weights.bias, slope: weights.slope };
      rules.set(rule.id, config);
    }
  }
  for (const path of extraLexicons) {
    files.push(resolve(path));
    lexicons.push(readLexicon(path));
  }
  return { rules: [...rules.values()], kinds: KINDS, lexicon: compileLexicon(mergeLexicons(lexicons)), packs: names, files };
}

/**
 * A pack's confidence model, validated; a missing or malformed file is named with the pack line that
 * asks for it, and weights for a rule the pack does not declare (a typo, a rule renamed) are refused.
 */
function readCalibration(packPath: string, entry: string, pack: DataFile, packName: string, ruleIds: string[]): { path: string; rules: Record<string, Weights> } {
  const path = resolve(dirname(packPath), entry);
  if (!existsSync(path)) {
    const line = pack.lineOf(['calibration']);
    throw new CopydeskError(`${line ? `line ${line}: ` : ''}calibration: no such confidence model "${entry}"`, packName);
  }
  const file = readDataFile(path, 'a copydesk confidence model (JSON)');
  validateData('calibration', file, 'a copydesk confidence model');
  const rules = (file.data as { rules: Record<string, Weights> }).rules;
  const stray = Object.keys(rules).find((id) => !ruleIds.includes(id));
  if (stray !== undefined) {
    const line = file.lineOf(['rules', stray]);
    throw new CopydeskError(`${line ? `line ${line}: ` : ''}rules.${stray}: the pack has no rule "${stray}" (in a copydesk confidence model)`, path);
  }
  return { path, rules };
}

/**
 * A rule's own wording of its kind's messages, by id: `message` for a kind with one message, or
 * `messages`. Each template may use only the placeholders its message declares; anything else (a
 * typo, a placeholder of another message) is refused, naming the rule, the placeholder and those
 * available.
 */
function messagesOf(kind: RuleKind, rule: PackFile['rules'][number], options: Record<string, unknown>, at: (field: (string | number)[], message: string) => CopydeskError): Record<string, string> | undefined {
  const available = messagesIn(kind, modeOf(options));
  const ids = available.map(([id]) => id);
  const given: [string, string, (string | number)[]][] = Object.entries(rule.messages ?? {}).map(([id, template]) => [id, template, ['messages', id]]);
  if (rule.message !== undefined) {
    if (available.length !== 1) throw at(['message'], `kind ${kind.name} has ${available.length} messages (${ids.join(', ')}): give rule ${rule.id}'s wording under messages, by id`);
    given.push([ids[0]!, rule.message, ['message']]);
  }
  if (given.length === 0) return undefined;
  const out: Record<string, string> = {};
  for (const [id, template, field] of given) {
    const declared = available.find(([known]) => known === id)?.[1];
    if (!declared) throw at(field, `kind ${kind.name} has no message "${id}" (its messages: ${ids.join(', ')})`);
    const unknown = placeholdersOf(template).filter((name) => !declared.vars.includes(name));
    if (unknown.length) {
      const list = (names: readonly string[]) => names.map((name) => `{${name}}`).join(', ');
      throw at(field, `unknown placeholder ${list(unknown)} in rule ${rule.id}'s template (message "${id}" of kind ${kind.name} has ${list(declared.vars)})`);
    }
    out[id] = template;
  }
  return out;
}

/** Kinds that compare two texts take `against`: the previous version (diff) or related reports. */
function withAgainst(kind: RuleKind): object {
  if (kind.scope !== 'versions') return kind.optionsSchema;
  const against = { enum: ['previous', 'related'], default: 'previous', description: 'What the rule compares the article with: its previous version (copydesk diff) or related reports (--related).' };
  return { ...kind.optionsSchema, properties: { ...kind.optionsSchema.properties, against } };
}

/** What is wrong with a rule's options for its kind, if anything: the field's path and the words. */
export function optionsProblem(kind: RuleKind, options: Record<string, unknown>): { path: (string | number)[]; message: string } | undefined {
  const validate = optionsValidator(kind.name, withAgainst(kind));
  if (validate(options)) return undefined;
  const error = validate.errors![0]!;
  return { path: pathOf(error), message: describe(error) };
}

const optionValidators = new Map<string, ValidateFunction>();

/** The kind's options schema, compiled once per kind (kinds are code: the schema never changes in a process). */
function optionsValidator(kind: string, schema: object): ValidateFunction {
  let validate = optionValidators.get(kind);
  if (!validate) {
    validate = compileSchema(schema, { useDefaults: true });
    optionValidators.set(kind, validate);
  }
  return validate;
}
