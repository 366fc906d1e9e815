/**
 * Keeps a report readable and its size bounded, whatever the article holds. A pasted list or a
 * sentence copied 16,000 times can make hundreds of thousands of findings: more than anyone reads,
 * and more text than Node can hold as one string. Two bounds, applied after inline comments:
 *
 * - **Folding**: the findings of one rule about the same words (the same places' text, with the same
 *   roles and severity) are one problem told again. Up to `FOLD_AFTER` of them are reported as they
 *   are (each with its own place and fix); more are folded into the first, which lists the problem
 *   places of the first `FOLDED_PLACES` (each once), says "… and 15,998 more like it" and counts them in `folded`.
 * - **Capping**: a file reports at most `MAX_FINDINGS` findings, the most severe first, then in
 *   report order; how many were left out is the file's `omitted`, which every format shows.
 */
import type { Finding, Location } from '../model/finding.js';
import { SEVERITY_RANK } from '../model/finding.js';
import { pushTo } from '../base/arrays.js';

/** Findings of one rule about the same words reported one by one; more are folded into one. */
export const FOLD_AFTER = 10;

/** Findings whose problem place a folded finding lists. */
export const FOLDED_PLACES = 10;

/** The most findings one file reports. */
export const MAX_FINDINGS = 1000;

/** Findings in report order, folded and capped; `omitted` is how many the cap left out. */
export function foldAndCap(findings: Finding[], max = MAX_FINDINGS): { findings: Finding[]; omitted: number } {
  const folded = foldRepeats(findings);
  if (folded.length <= max) return { findings: folded, omitted: 0 };
  // the most severe first, then the earliest: a stable sort keeps report order within a severity
  const kept = new Set(folded.map((finding, order) => ({ finding, order })).sort((a, b) => SEVERITY_RANK[b.finding.severity] - SEVERITY_RANK[a.finding.severity] || a.order - b.order).slice(0, max).map((entry) => entry.finding));
  return { findings: folded.filter((finding) => kept.has(finding)), omitted: folded.length - max };
}

/** Folds each group of more than `FOLD_AFTER` findings about the same words into its first, in place of the group. */
export function foldRepeats(findings: Finding[]): Finding[] {
  const texts = new Map<string, number>();
  const keys = findings.map((finding) => sameWords(finding, texts));
  const groups = new Map<string, Finding[]>();
  findings.forEach((finding, k) => {
    pushTo(groups, keys[k]!, finding);
  });
  if (groups.size === findings.length) return findings;
  const out: Finding[] = [];
  findings.forEach((finding, k) => {
    const group = groups.get(keys[k]!)!;
    if (group.length <= FOLD_AFTER) out.push(finding);
    else if (group[0] === finding) out.push(fold(group));
  });
  return out;
}

function fold(group: Finding[]): Finding {
  const [first, ...rest] = group as [Finding, ...Finding[]];
  // the problem places of the next findings, each once (one sentence repeats several earlier ones)
  const at = (location: Location) => `${location.path}\u0000${location.start.offset}\u0000${location.end.offset}`;
  const seen = new Set(first.locations.map(at));
  const places: Location[] = [];
  for (const finding of rest) {
    if (places.length >= FOLDED_PLACES - 1) break;
    const place = finding.locations[0]!;
    if (seen.has(at(place))) continue;
    seen.add(at(place));
    places.push(place);
  }
  return {
    ...first,
    message: `${first.message} … and ${rest.length.toLocaleString('en-US')} more like it`,
    locations: [...first.locations, ...places],
    folded: rest.length,
  };
}

/**
 * What makes two findings the same problem told again: the rule, the severity, and each place's role
 * and words. The words are numbered as they come (`texts`), so keys stay short however long the sentences.
 */
function sameWords(finding: Finding, texts: Map<string, number>): string {
  let key = `${finding.ruleId}\u0000${finding.severity}`;
  for (const location of finding.locations) {
    let id = texts.get(location.text);
    if (id === undefined) texts.set(location.text, (id = texts.size));
    key += `\u0000${location.role ?? ''}\u0001${id}`;
  }
  return key;
}
