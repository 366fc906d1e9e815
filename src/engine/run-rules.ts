import type { Analysis } from '../model/analysis.js';
import type { Finding } from '../model/finding.js';
import type { Report, RuleContext, RuleKind, SourceMatches, VersionsContext } from '../kinds/kind.js';
import type { RuleConfig } from '../model/rules.js';
import { toLocation } from './locations.js';
import type { RuleSet } from '../kinds/kind.js';

export interface RuleRunOptions {
  /** Which rules run: article checks, version comparisons, or comparisons with related reports. */
  scope: 'article' | 'versions' | 'related';
  versions?: VersionsContext;
  sources?: SourceMatches[];
}

/** Runs the rules of one scope over an analysed document. */
export function runRules(analysis: Analysis, ruleSet: RuleSet, options: RuleRunOptions = { scope: 'article' }): Finding[] {
  const { rules, lexicon } = ruleSet;
  const findings: Finding[] = [];
  for (const rule of rules) {
    const kind = ruleSet.kinds.get(rule.kind)!;
    if (!runsIn(kind.scope, rule, options.scope, options.versions !== undefined)) continue;
    const context: RuleContext = {
      rule,
      analysis,
      lexicon,
      report(report: Report) {
        const finding: Finding = {
          ruleId: rule.id,
          category: rule.category,
          severity: rule.severity,
          message: fillMessage(rule.message, report),
          locations: report.locations.map((span) => toLocation(analysis, span)),
        };
        if (report.evidence) finding.evidence = report.evidence;
        if (rule.url) finding.url = rule.url;
        findings.push(finding);
      },
    };
    if (options.versions) context.versions = options.versions;
    if (options.sources) context.sources = options.sources;
    kind.check(context);
  }
  return findings;
}

/** A rule's own template when it has one and every placeholder can be filled, else the kind's message. */
function fillMessage(template: string | undefined, report: Report): string {
  if (!template || !report.vars) return report.message;
  let complete = true;
  const text = template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = report.vars![name];
    if (value === undefined) complete = false;
    return value ?? whole;
  });
  return complete ? text : report.message;
}

/**
 * Rules of kinds that compare two texts run in diff mode, or (with `against: related`) once per related
 * report; kinds that read all the reports at once run once, without a pair of texts.
 */
export function runsIn(kindScope: RuleKind['scope'], rule: RuleConfig, scope: RuleRunOptions['scope'], paired: boolean): boolean {
  const against = rule.options['against'] ?? 'previous';
  if (kindScope === 'versions') return scope === 'versions' ? against === 'previous' : scope === 'related' && paired && against === 'related';
  return kindScope === scope && !(scope === 'related' && paired);
}
