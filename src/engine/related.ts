import { SOURCE } from '../kinds/mode.js';
import type { Analysis } from '../model/analysis.js';
import { runRules } from './run-rules.js';
import type { Finding } from '../model/finding.js';
import type { RuleSet } from '../kinds/kind.js';
import type { SourceMatches } from '../kinds/kind.js';
import { BACKING, indexSource, matchesAsAlignment, matchSource } from '../align/report-match.js';
import type { Provenance, Source } from '../model/results.js';
import { append } from '../base/arrays.js';

export function toSource(analysis: Analysis): Source {
  return { analysis, index: indexSource(analysis) };
}

/**
 * Reads an article against its related reports: the comparison rules run once per report on the
 * sentences matched to it, the rules that read all reports at once run after, and each article
 * sentence learns which reports back it.
 */
export function againstSources(article: Analysis, sources: Source[], ruleSet: RuleSet): { findings: Finding[]; provenance: Provenance[] } {
  const matched: SourceMatches[] = sources.map((source) => ({ analysis: source.analysis, matches: matchSource(ruleSet.lexicon, article, source.index) }));
  const findings: Finding[] = [];
  for (const { analysis, matches } of matched) {
    const alignment = matchesAsAlignment(article, analysis, matches);
    append(findings, runRules(article, ruleSet, { scope: 'related', versions: { old: analysis, alignment, mode: SOURCE }, sources: matched }));
  }
  append(findings, runRules(article, ruleSet, { scope: 'related', sources: matched }));
  const merged = oncePerDisagreement(findings);
  return { findings: merged, provenance: provenance(article, matched, merged) };
}

/**
 * Two reports that say the same thing ("five years and nine months" in the wire and the statement)
 * make one disagreement with the article, not two: one finding, pointing at each report's words.
 */
function oncePerDisagreement(findings: Finding[]): Finding[] {
  const first = new Map<string, Finding>();
  const out: Finding[] = [];
  for (const finding of findings) {
    const [here, theirs] = finding.locations;
    if (!here || !theirs || theirs.path === here.path) {
      out.push(finding);
      continue;
    }
    const key = `${finding.ruleId}|${here.start.offset}|${here.end.offset}`;
    const kept = first.get(key);
    if (!kept) {
      first.set(key, finding);
      out.push(finding);
    } else if (!kept.locations.some((l) => l.path === theirs.path)) kept.locations.push(theirs);
  }
  return out;
}

/** Backing: a match strong enough, from a report that does not contradict the sentence. */
function provenance(article: Analysis, matched: SourceMatches[], findings: Finding[]): Provenance[] {
  const disputed = new Set<string>();
  for (const finding of findings) {
    if (finding.severity === 'info' || finding.locations.length < 2) continue;
    disputed.add(`${finding.locations[0]!.start.offset}|${finding.locations[1]!.path}`);
  }
  const text = (analysis: Analysis, start: number, end: number) => analysis.doc.source.slice(start, end);
  return article.sentences.map((sentence) => ({
    start: sentence.start,
    end: sentence.end,
    text: text(article, sentence.start, sentence.end),
    sources: matched
      .flatMap(({ analysis, matches }) => matches.filter((m) => m.sentence === sentence.index && m.score >= BACKING).map((m) => ({ analysis, match: m })))
      .filter(({ analysis }) => ![...disputed].some((key) => {
        const [offset, path] = key.split('|');
        return path === analysis.doc.path && Number(offset) >= sentence.start && Number(offset) < sentence.end;
      }))
      .map(({ analysis, match }) => {
        const first = analysis.sentences[match.related[0]!]!;
        const last = analysis.sentences[match.related[match.related.length - 1]!]!;
        return { path: analysis.doc.path, start: first.start, end: last.end, text: text(analysis, first.start, last.end), score: Math.round(match.score * 1000) / 1000 };
      }),
  }));
}
