import type { Finding } from '../model/finding.js';

/** Drops findings that say the same thing about the same places (two kinds may see one problem). */
export function dedupeFindings(findings: Finding[]): Finding[] {
  const seen = new Set<string>();
  return findings.filter((finding) => {
    const key = [
      finding.ruleId,
      ...finding.locations.map((l) => `${l.path}:${l.start.offset}-${l.end.offset}`),
    ].join('|');
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
