import type { Finding, Location } from '../model/finding.js';
import type { RuleSet } from '../kinds/kind.js';
import { pushTo } from '../base/arrays.js';

/** The rules whose kind gives way to another rule's finding of the same problem. */
export function givingWay(ruleSet: RuleSet): Set<string> {
  return new Set(ruleSet.rules.filter((rule) => ruleSet.kinds.get(rule.kind)?.givesWay).map((rule) => rule.id));
}

/** Drops findings that say the same thing about the same places: the same rule at the same places. */
export function dedupeFindings(findings: Finding[]): Finding[] {
  const seen = new Set<string>();
  return findings.filter((finding) => {
    // built by hand, not joined: a pasted list can make hundreds of thousands of findings
    let key = finding.ruleId;
    for (const l of finding.locations) key += `|${l.path}:${l.start.offset}-${l.end.offset}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * Drops a finding of a rule whose kind gives way (`givesWay`) whose every place lies inside the
 * matching place of another rule's finding of its category that is reported (not info): "$421,650" /
 * "$412,650" as a transposed figure inside the sentences already reported as two sums of one
 * donation. Run after the inline comments: a comment that silences the covering finding leaves the
 * other standing, and a comment that silences the other still silences something.
 */
export function dropGivenWay(findings: Finding[], givesWay: ReadonlySet<string>): Finding[] {
  return givesWay.size && findings.some((f) => givesWay.has(f.ruleId)) ? withoutNested(findings, givesWay) : findings;
}

/** Lines a containing finding's first place may span and still be looked up by line (a sentence or two). */
const MAX_LINES = 20;
/** A line with more reported findings than this is a pasted list, not copy: its findings are not compared (the cost would grow with the square). */
const MAX_PER_LINE = 50;

function withoutNested(findings: Finding[], givesWay: ReadonlySet<string>): Finding[] {
  // the reported findings of two places or more, by category, path and each line their first place covers
  const byLine = new Map<string, Finding[]>();
  for (const g of findings) {
    const first = g.locations[0];
    if (g.severity === 'info' || givesWay.has(g.ruleId) || g.locations.length < 2 || !first || first.end.line - first.start.line > MAX_LINES) continue;
    for (let line = first.start.line; line <= first.end.line; line++) {
      const key = `${g.category}|${first.path}|${line}`;
      pushTo(byLine, key, g);
    }
  }
  if (byLine.size === 0) return findings;
  const inside = (a: Location, b: Location) => a.path === b.path && a.start.offset >= b.start.offset && a.end.offset <= b.end.offset;
  const covers = (g: Finding, f: Finding) => g.locations.length === f.locations.length && f.locations.every((l, k) => inside(l, g.locations[k]!));
  return findings.filter((f) => {
    const first = f.locations[0];
    if (!first || f.locations.length < 2 || !givesWay.has(f.ruleId)) return true;
    const candidates = byLine.get(`${f.category}|${first.path}|${first.start.line}`) ?? [];
    if (candidates.length > MAX_PER_LINE) return true;
    return !candidates.some((g) => covers(g, f));
  });
}
