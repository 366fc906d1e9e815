import type { Directive, Document } from '../model/document.js';
import type { Finding, Severity } from '../model/finding.js';
import type { RuleSet } from '../kinds/kind.js';
import { messageOf } from './run-rules.js';

/** The rule that reports directives themselves: unknown rule ids, and disables that silence nothing. */
export const DIRECTIVE_RULE = 'copydesk-directive';

/**
 * Inline control (docs/architecture.md): `<!-- copydesk-disable id -->` … `<!-- copydesk-enable id -->`, and
 * `<!-- copydesk-disable-next-line id -->`; no id means every rule. A finding is silenced where its
 * first location is. Like eslint's --report-unused-disable-directives, a directive that names an
 * unknown rule or silences nothing is itself reported, so stale comments do not pile up.
 */
export function applyDirectives(doc: Document, findings: Finding[], ruleSet: RuleSet): Finding[] {
  if (doc.directives.length === 0) return findings;
  const known = new Set([...ruleSet.rules.map((r) => r.id), DIRECTIVE_RULE]);
  const meta = ruleSet.rules.find((r) => r.id === DIRECTIVE_RULE);
  const kind = meta ? ruleSet.kinds.get(meta.kind) : undefined;
  const directives = [...doc.directives].sort((a, b) => a.start - b.start);
  const used = new Set<Directive>();
  // looked up per finding: ranges in order, and next-line directives by the line they silence, so a
  // file of thousands of comments costs each finding its own line, not every comment
  const ranges = directives.filter((d) => d.kind !== 'disable-next-line');
  const byLine = new Map<number, Directive[]>();
  for (const directive of directives) {
    if (directive.kind !== 'disable-next-line') continue;
    const line = lineAfter(doc, directive);
    byLine.set(line, [...(byLine.get(line) ?? []), directive]);
  }

  const kept = findings.filter((finding) => {
    const first = finding.locations[0]!;
    if (first.path !== doc.path) return true;
    const silencer = silencedBy(ranges, byLine, finding.ruleId, first.start.offset, first.start.line);
    if (!silencer) return true;
    used.add(silencer);
    return false;
  });
  if (!meta || !kind) return kept;
  const report = (directive: Directive, message: string, data: Record<string, string>): Finding => ({
    ruleId: DIRECTIVE_RULE,
    category: meta.category,
    severity: meta.severity as Severity,
    message: messageOf(meta, kind, { message, data }),
    confidence: 1,
    locations: [{ path: doc.path, start: doc.lines.point(directive.start), end: doc.lines.point(directive.end), text: doc.source.slice(directive.start, directive.end) }],
  });
  for (const directive of directives) {
    for (const id of directive.ruleIds) {
      if (!known.has(id)) kept.push(report(directive, 'unknown-rule', { rule: id, directive: directive.kind }));
    }
    if (directive.kind !== 'enable' && !used.has(directive) && directive.ruleIds.every((id) => known.has(id))) {
      const what = directive.ruleIds.length ? directive.ruleIds.join(', ') : 'every rule';
      kept.push(report(directive, 'unused', { directive: directive.kind, rules: what }));
    }
  }
  return kept;
}

function applies(directive: Directive, ruleId: string): boolean {
  return directive.ruleIds.length === 0 || directive.ruleIds.includes(ruleId);
}

/** The directive that silences a finding of this rule at this place, if one does. */
function silencedBy(ranges: Directive[], byLine: Map<number, Directive[]>, ruleId: string, offset: number, line: number): Directive | undefined {
  let disabledBy: Directive | undefined;
  for (const directive of ranges) {
    if (directive.start > offset) break;
    if (!applies(directive, ruleId)) continue;
    if (directive.kind === 'disable') disabledBy = directive;
    else if (directive.kind === 'enable') disabledBy = undefined;
  }
  if (disabledBy) return disabledBy;
  return byLine.get(line)?.find((d) => applies(d, ruleId));
}

/** The first line after a directive that has text: a comment often stands alone before a blank line. */
export function lineAfter(doc: Document, directive: Directive): number {
  const last = doc.lines.point(directive.end).line;
  for (let line = last + 1; line <= doc.lines.count; line++) if (doc.lines.lineText(line).trim() !== '') return line;
  return last + 1;
}
