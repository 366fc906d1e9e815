import { resolve } from 'node:path';
import { CopydeskError } from '../base/errors.js';
import { DEFAULT_PACK, loadRuleSet, optionsProblem } from './packs.js';
import { type RuleSet } from '../kinds/kind.js';
import { formatPath } from '../schema/validate.js';
import type { Config } from './config.js';

/**
 * The rules a config asks for: the default pack (unless turned off), the config's packs and the
 * command line's, then each rule's level and options from the config. "off" removes a rule; options
 * are laid over the pack's and checked against the kind's schema.
 */
export function ruleSetForConfig(config: Config, extraPacks: string[] = [], shown?: (path: string) => string): RuleSet {
  const packs = [...(config.defaultRules ? [DEFAULT_PACK] : []), ...config.packs, ...extraPacks];
  const base = loadRuleSet(packs, config.lexicons, shown ? { shown } : {});
  const rules = [];
  const known = new Set(base.rules.map((r) => r.id));
  const at = (id: string, field: (string | number)[], message: string) => {
    const line = config.lineOfRule(id);
    return new CopydeskError(`${line ? `line ${line}: ` : ''}${formatPath(['rules', id, ...field])}: ${message}`, config.path);
  };
  for (const id of config.rules.keys()) {
    if (!known.has(id)) throw at(id, [], `unknown rule id (copydesk rules lists them)`);
  }
  for (const rule of base.rules) {
    const setting = config.rules.get(rule.id);
    if (!setting) {
      rules.push(rule);
      continue;
    }
    if (setting.level === 'off') continue;
    const options = setting.options ? { ...rule.options, ...setting.options } : rule.options;
    if (setting.options) {
      const problem = optionsProblem(base.kinds.get(rule.kind)!, options);
      if (problem) throw at(rule.id, [1, ...problem.path], problem.message);
    }
    rules.push({ ...rule, severity: setting.level, options });
  }
  return { ...base, rules, files: config.path ? [...base.files, resolve(config.path)] : base.files };
}
