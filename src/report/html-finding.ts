import { h } from 'hastscript';
import type { ElementContent } from 'hast';
import type { Finding } from '../model/finding.js';

/** The head of a finding in both HTML reports: number, severity, category, message and rule. */
export function findingHeader(finding: Finding, n: number): ElementContent[] {
  return [
    h('span.number', `#${n}`),
    h(`span.badge.sev-${finding.severity}`, finding.severity),
    h('span.badge.category', finding.category),
    h('p.message', finding.message),
    h('span.rule', finding.ruleId),
  ];
}

/** A location's text as a short quotation, cut at `max` characters. */
export function excerpt(text: string, max: number): string {
  return `“${text.length > max ? `${text.slice(0, max - 3)}…` : text}”`;
}
