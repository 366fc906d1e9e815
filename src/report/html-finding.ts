import { h } from 'hastscript';
import type { ElementContent } from 'hast';
import type { Finding } from '../model/finding.js';

/**
 * The head of a finding in both HTML reports: number, severity, category, message, rule and how sure
 * copydesk is. A finding its rule was not sure enough of to raise is labelled "worth a look".
 */
export function findingHeader(finding: Finding, n: number): ElementContent[] {
  return [
    h('span.number', `#${n}`),
    h(`span.badge.sev-${finding.severity}`, finding.lowConfidence ? 'worth a look' : finding.severity),
    h('span.badge.category', finding.category),
    h('p.message', finding.message),
    h('span.rule', finding.ruleId),
    h('span.confidence', { title: 'How sure copydesk is of this finding (docs/confidence.md)' }, `confidence ${Math.round(finding.confidence * 100)}%`),
  ];
}

/** A location's text as a short quotation, cut at `max` characters. */
export function excerpt(text: string, max: number): string {
  return `“${text.length > max ? `${text.slice(0, max - 3)}…` : text}”`;
}
