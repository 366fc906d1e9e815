import type { Finding } from '../model/finding.js';

/** Report order: by file, then where the problem is, then rule: the same for every run on the same input. */
export function sortFindings(findings: Finding[]): Finding[] {
  return [...findings].sort((a, b) => {
    const la = a.locations[0]!;
    const lb = b.locations[0]!;
    return (
      compare(la.path, lb.path) ||
      la.start.offset - lb.start.offset ||
      la.end.offset - lb.end.offset ||
      compare(a.ruleId, b.ruleId) ||
      compare(a.message, b.message)
    );
  });
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
