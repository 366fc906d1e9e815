import type { Analysis } from '../model/analysis.js';
import type { Finding } from '../model/finding.js';
import type { Report, RuleContext, RuleKind, RuleSet, SourceMatches, VersionsContext } from '../kinds/kind.js';
import { defaultTemplate, fillTemplate, modeOf } from '../kinds/messages.js';
import type { RuleConfig } from '../model/rules.js';
import { toFix } from './fixes.js';
import { toLocation } from './locations.js';
import { calibrated } from '../kinds/calibration.js';

export interface RuleRunOptions {
  /** Which rules run: article checks, version comparisons, or comparisons with related reports. */
  scope: 'article' | 'versions' | 'related';
  versions?: VersionsContext;
  sources?: SourceMatches[];
}

/** Runs the rules of one scope over an analysed document, each with the kind the rule set binds it to. */
export function runRules(analysis: Analysis, ruleSet: RuleSet, options: RuleRunOptions = { scope: 'article' }): Finding[] {
  const findings: Finding[] = [];
  const patterns = new Map<string, RegExp>();
  for (const rule of ruleSet.rules) {
    const kind = ruleSet.kinds.get(rule.kind)!;
    if (!runsIn(kind.scope, rule, options.scope, options.versions !== undefined)) continue;
    const context: RuleContext = {
      rule,
      options: rule.options,
      analysis,
      lexicon: ruleSet.lexicon,
      report(report: Report) {
        // the kind's evidence score, as the pack's model says how often findings like it are right;
        // a finding that is not sure enough is worth a look, not a warning or an error
        const confidence = calibrated(rule.calibration, report.confidence);
        const unsure = confidence < ((rule.options['minConfidence'] as number | undefined) ?? 0);
        const finding: Finding = {
          ruleId: rule.id,
          category: rule.category,
          severity: unsure ? 'info' : rule.severity,
          message: messageOf(rule, kind, report),
          locations: report.locations.map((span) => toLocation(analysis, span)),
          confidence,
        };
        if (rule.calibration) finding.evidenceScore = report.confidence;
        if (unsure && rule.severity !== 'info') finding.lowConfidence = true;
        if (report.evidence) finding.evidence = report.evidence;
        if (rule.url) finding.url = rule.url;
        const fix = report.fix && toFix(analysis, report.fix, patterns);
        if (fix) finding.fixes = [fix];
        findings.push(finding);
      },
    };
    if (options.versions) context.versions = options.versions;
    if (options.sources) context.sources = options.sources;
    kind.check(context);
  }
  return findings;
}

/** A finding's words: the rule's own template for the message when its pack gives one, else the kind's. */
export function messageOf(rule: RuleConfig, kind: RuleKind, report: Pick<Report, 'message' | 'data'>): string {
  const declared = kind.messages[report.message];
  const template = rule.messages?.[report.message] ?? (declared ? defaultTemplate(declared, modeOf(rule.options)) : undefined);
  if (template === undefined) throw new Error(`kind ${kind.name} has no message "${report.message}" for rule ${rule.id}`);
  return fillTemplate(template, report.data);
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
