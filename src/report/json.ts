import type { JsonReport, ProvenanceEntry } from '../model/report.js';
import type { CheckResult, FileResult } from '../model/results.js';
import type { Analysis } from '../model/analysis.js';
import type { Finding } from '../model/finding.js';
import type { RuleConfig } from '../model/rules.js';
import { VERSION } from '../base/version.js';


/** Bumped on any change to the report's shape; documented in schemas/report.schema.json. */
export const SCHEMA_VERSION = '1.3.0';

/** The provenance of an article's sentences, as the report shows it. */
export function provenanceEntry(file: FileResult, sources: Analysis[]): ProvenanceEntry | undefined {
  if (!file.provenance) return undefined;
  return { path: file.file.path, related: sources.map((s) => s.doc.path), sentences: file.provenance };
}

export function summarise(findings: Finding[]): { error: number; warning: number; info: number } {
  const counts = { error: 0, warning: 0, info: 0 };
  for (const finding of findings) counts[finding.severity]++;
  return counts;
}

export function ruleEntries(rules: RuleConfig[]): JsonReport['rules'] {
  return rules.map((r) => ({ id: r.id, kind: r.kind, category: r.category, severity: r.severity, description: r.description }));
}

/** The JSON report: deterministic (no clock, no absolute paths), so the same input gives the same bytes. */
export function jsonReport(result: CheckResult): JsonReport {
  const provenance = result.files.map((f) => provenanceEntry(f, result.sources)).filter((p): p is ProvenanceEntry => p !== undefined);
  return {
    schemaVersion: SCHEMA_VERSION,
    tool: { name: 'copydesk', version: VERSION },
    command: 'check',
    rules: ruleEntries(result.rules),
    files: result.files.map((f) => f.file),
    findings: result.findings,
    summary: { files: result.files.length, findings: result.findings.length, ...summarise(result.findings) },
    ...(provenance.length ? { provenance } : {}),
    ...(result.unreadable?.length ? { unreadable: result.unreadable } : {}),
  };
}

/** The report's members in the order of the schema, however the report was put together (run, CLI, merge). */
const MEMBERS: (keyof JsonReport)[] = ['schemaVersion', 'tool', 'command', 'rules', 'files', 'findings', 'summary', 'diffs', 'provenance', 'ignored', 'git', 'unreadable', 'shard'];

export function formatJson(report: JsonReport): string {
  const ordered = Object.fromEntries([...MEMBERS.filter((key) => key in report), ...Object.keys(report).filter((key) => !MEMBERS.includes(key as keyof JsonReport))].map((key) => [key, report[key as keyof JsonReport]]));
  return `${JSON.stringify(ordered, null, 2)}\n`;
}
