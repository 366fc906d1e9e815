/**
 * Blind cases scored as an editor reads them (docs/accuracy.md): blind authors name the category and
 * the words of each problem, not copydesk's rule or its exact location, so a finding matches an
 * expected one when the categories agree and each expected span overlaps a location of the finding or
 * the sentence it stands in (one holds the other, or, for a span that runs across a sentence's end,
 * one of its parts), in either order: one span the finding's own place, the other any place it points
 * to (a finding that two related reports share points at both). Used by eval-blind (figures) and
 * train-confidence (labels).
 */
import { analyseInput } from '../src/engine/check.js';
import type { Analysis } from '../src/model/analysis.js';
import type { Category, Finding, Location } from '../src/model/finding.js';
import { checkFiles } from '../src/run/check-files.js';
import { diffFiles } from '../src/run/diff-files.js';
import type { Session } from '../src/session/session.js';
import { findingsOf, type CorpusCase, type ExpectedFinding } from '../test/support/corpus.js';

export type CaseKind = 'check' | 'diff' | 'related';
export const kindOf = (item: CorpusCase): CaseKind => (item.versions.length >= 2 ? 'diff' : item.related.length ? 'related' : 'check');

export interface BlindScorer {
  /** Every finding copydesk makes on the case, at every severity. */
  run(item: CorpusCase): Finding[];
  categoryOf(expected: ExpectedFinding): Category;
  matches(expected: ExpectedFinding, actual: Finding): boolean;
}

/** A scorer that runs copydesk with the session's default rules (no config). */
export function blindScorer(session: Session): BlindScorer {
  const rules = session.ruleSetFor({ noConfig: true });
  const categoryOf = (expected: ExpectedFinding): Category => expected.category ?? rules.rules.find((r) => r.id === expected.rule)?.category ?? 'contradiction';
  const normal = (text: string) => text.replace(/\s+/g, ' ').trim().toLowerCase();
  // (a span that runs across a sentence's end, "closed the road overnight. Its driver", overlaps a
  // place holding either of its parts: a location never crosses a sentence)
  const pieces = (span: string) => {
    const parts = span.split(/(?<=[.!?]["”’']?)\s+(?=\S)/).filter((part) => part.length >= 10);
    return parts.length > 1 ? parts : [span];
  };
  const overlaps = (place: string, span: string) => {
    const ys = pieces(normal(span));
    return ys.some((y) => y.length > 0 && place.split('\u0000').some((part) => {
      const x = normal(part);
      return x.length > 0 && (x.includes(y) || y.includes(x));
    }));
  };
  // the text an editor is sent to by a location: its own words and the whole sentence they stand in
  // (a blind author may quote the speaker's name where copydesk points at the quotation)
  const analyses = new Map<string, Analysis | null>();
  const placeText = (location: Location): string => {
    let analysis = analyses.get(location.path);
    if (analysis === undefined) {
      try {
        analysis = analyseInput(session.readInput(location.path), rules.lexicon);
      } catch {
        analysis = null;
      }
      analyses.set(location.path, analysis);
    }
    const around = analysis?.sentences.filter((s) => s.start < location.end.offset && s.end > location.start.offset) ?? [];
    const sentence = around.length ? analysis!.doc.source.slice(around[0]!.start, around[around.length - 1]!.end) : '';
    return `${location.text}\u0000${sentence}`;
  };
  return {
    run: (item) =>
      findingsOf(item, {
        check: (paths, related) => checkFiles(paths, { related, noConfig: true }, session).findings,
        diff: (paths, related) => diffFiles(paths, { related, noConfig: true }, session).findings,
      }),
    categoryOf,
    matches(expected, actual) {
      if (categoryOf(expected) !== actual.category) return false;
      const texts = actual.locations.map(placeText);
      const spans = expected.spans.slice(0, 2);
      // the first span at the finding's own place, the other at any place it points to (a finding two
      // related reports share points at each report's words), or the other way round
      const elsewhere = (span: string) => texts.slice(1).some((text) => overlaps(text, span));
      const inOrder = texts[0] !== undefined && overlaps(texts[0], spans[0]!) && (spans.length < 2 || elsewhere(spans[1]!));
      const swapped = spans.length === 2 && texts.length >= 2 && overlaps(texts[0]!, spans[1]!) && elsewhere(spans[0]!);
      return inOrder || swapped;
    },
  };
}

/**
 * The findings of a case an editor would be shown at warning or above (with `lifted`, also those
 * demoted to info for low confidence), each matched greedily to the first expected finding it fits
 * (of the rule the author named, where one fits).
 */
export function scoreCase(scorer: BlindScorer, item: CorpusCase, found: Finding[], lifted = false): { matched: [ExpectedFinding, Finding][]; missing: ExpectedFinding[]; unmatched: Finding[] } {
  const pool = found.filter((f) => f.severity === 'warning' || f.severity === 'error' || (lifted && f.lowConfidence === true));
  const matched: [ExpectedFinding, Finding][] = [];
  const missing: ExpectedFinding[] = [];
  for (const expected of item.expected.findings) {
    // a finding of the rule the author named is preferred: another rule's finding over the same words
    // (an attribution dropped from the sentence whose date changed) must not take its place
    const named = pool.findIndex((f) => f.ruleId === expected.rule && scorer.matches(expected, f));
    const at = named >= 0 ? named : pool.findIndex((f) => scorer.matches(expected, f));
    if (at < 0) missing.push(expected);
    else matched.push([expected, pool.splice(at, 1)[0]!]);
  }
  return { matched, missing, unmatched: pool };
}
