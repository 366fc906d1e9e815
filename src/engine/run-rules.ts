import type { Analysis } from '../claims/analyse.js';
import type { CompiledLexicon } from '../claims/lexicon.js';
import { KINDS } from '../kinds/index.js';
import type { Finding } from '../model.js';
import type { Report, RuleConfig, RuleContext, VersionsContext } from '../rules/types.js';
import { toLocation } from './locations.js';

export interface RunOptions {
  /** Which kinds run: those that check an article, or those that compare two versions. */
  scope: 'article' | 'versions';
  versions?: VersionsContext;
  related?: Analysis[];
}

/** Runs the rules of one scope over an analysed document. */
export function runRules(analysis: Analysis, rules: RuleConfig[], lexicon: CompiledLexicon, options: RunOptions = { scope: 'article' }): Finding[] {
  const findings: Finding[] = [];
  for (const rule of rules) {
    const kind = KINDS.get(rule.kind)!;
    if (kind.scope !== options.scope) continue;
    const context: RuleContext = {
      rule,
      analysis,
      lexicon,
      related: options.related ?? [],
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
