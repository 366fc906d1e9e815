import type { Analysis } from '../model/analysis.js';
import type { DiffResult } from '../model/results.js';
import type { Finding } from '../model/finding.js';
import type { DiffEntry, DiffPart, JsonReport, PairEntry, SentenceRef } from '../model/report.js';
import { ruleEntries, SCHEMA_VERSION, summarise } from './json.js';
import { VERSION } from '../base/version.js';
import type { RuleConfig } from '../model/rules.js';

function sentenceRefs(analysis: Analysis, indices: number[]): SentenceRef[] {
  return indices.map((i) => {
    const s = analysis.sentences[i]!;
    return { start: s.start, end: s.end, text: analysis.doc.source.slice(s.start, s.end) };
  });
}

/** The diff part of a report: versions, the alignment of each step, and the history of changed sentences. */
export function diffEntry(result: DiffResult): DiffEntry {
  return {
    versions: result.versions.map((v) => v.file.path),
    steps: result.steps.map((step) => ({
      old: step.old.doc.path,
      new: step.new.doc.path,
      counts: countKinds(step.alignment.pairs.map((p) => p.kind)),
      findings: step.findings.length,
      pairs: step.alignment.pairs.map(
        (pair): PairEntry => ({
          kind: pair.kind,
          old: sentenceRefs(step.old, pair.old),
          new: sentenceRefs(step.new, pair.new),
          ...(pair.edited ? { edited: true as const } : {}),
          ...(pair.similarity !== undefined ? { similarity: pair.similarity } : {}),
          ...(pair.ops ? { ops: pair.ops } : {}),
        }),
      ),
    })),
    history: result.history.map((lineage) => ({
      versions: lineage.versions.map((indices, k) => (indices ? { path: result.versions[k]!.file.path, sentences: sentenceRefs(result.versions[k]!.analysis, indices) } : null)),
    })),
  };
}

function countKinds(kinds: string[]): Record<string, number> {
  const out: Record<string, number> = { unchanged: 0, edited: 0, moved: 0, split: 0, merged: 0, added: 0, removed: 0 };
  for (const kind of kinds) out[kind] = (out[kind] ?? 0) + 1;
  return out;
}

export function diffPart(result: DiffResult): DiffPart {
  return { entry: diffEntry(result), files: result.versions.map((v) => v.file), findings: result.findings, rules: result.rules };
}

/**
 * The JSON report of `copydesk diff`: the findings (changes, then checks on the newest version) and
 * every diff's alignment. The rules are the first compared file's (`rules`, by default the first part's).
 */
export function diffJsonReport(results: (DiffResult | DiffPart)[], rules?: RuleConfig[]): JsonReport {
  const parts = results.map((r) => ('entry' in r ? r : diffPart(r)));
  const findings: Finding[] = parts.flatMap((p) => p.findings);
  return {
    schemaVersion: SCHEMA_VERSION,
    tool: { name: 'copydesk', version: VERSION },
    command: 'diff',
    rules: ruleEntries(rules ?? parts[0]?.rules ?? []),
    files: parts.flatMap((p) => p.files),
    findings,
    summary: { files: parts.reduce((n, p) => n + p.files.length, 0), findings: findings.length, ...summarise(findings) },
    diffs: parts.map((p) => p.entry),
  };
}

/**
 * A diff report's findings, diff by diff: each finding's first place is in one of its diff's versions
 * (the new text first; a removed sentence in the old version), and no two diffs share a version.
 */
export function findingsByDiff(report: Pick<JsonReport, 'diffs' | 'findings'>): Finding[][] {
  const diffs = report.diffs ?? [];
  const owner = new Map<string, number>();
  diffs.forEach((entry, d) => entry.versions.forEach((path) => owner.set(path, d)));
  const out: Finding[][] = diffs.map(() => []);
  for (const finding of report.findings) {
    const d = owner.get(finding.locations[0]!.path);
    if (d !== undefined) out[d]!.push(finding);
  }
  return out;
}
