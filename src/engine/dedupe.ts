import type { Finding } from '../model/finding.js';

/** Drops findings that say the same thing about the same places (two kinds may see one problem). */
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
