import { analyseInput, checkInput } from '../../src/engine/check.js';
import { diffInputs } from '../../src/engine/diff.js';
import { toSource } from '../../src/engine/related.js';
import type { Example, RuleKind, RuleSet } from '../../src/kinds/kind.js';
import type { Finding } from '../../src/model/finding.js';

/** A finding as kind examples write it: "line:column rule-id message". */
export function describeFinding(finding: Finding): string {
  const at = finding.locations[0]!.start;
  return `${at.line}:${at.column} ${finding.ruleId} ${finding.message}`;
}

/**
 * Runs a kind's example as copydesk would: the versions diffed (`old`, then `text`), the article
 * checked against a related report (`related`), or the article checked; the findings of the kind's
 * own rules, in report order.
 */
export function exampleFindings(kind: RuleKind, example: Example, ruleSet: RuleSet): string[] {
  const rules = new Set(ruleSet.rules.filter((rule) => rule.kind === kind.name).map((rule) => rule.id));
  const input = (path: string, text: string) => ({ path, text, bom: false });
  let found: Finding[];
  if (example.old !== undefined) {
    found = diffInputs([input('old.md', example.old), input('new.md', example.text)], ruleSet).findings;
  } else {
    const sources = example.related === undefined ? [] : [toSource(analyseInput(input('related.md', example.related), ruleSet.lexicon))];
    found = checkInput(input('article.md', example.text), ruleSet, sources).findings;
  }
  return found.filter((f) => rules.has(f.ruleId)).map(describeFinding);
}
