import type { BatchReport, FindingsReport } from '../model/report.js';

/**
 * JSON Lines, one story per line in manifest order (schemas/batch-report.schema.json). A shard's
 * output starts with a line naming the shard, the tool and the rules, which `copydesk merge` reads;
 * the whole run's output, and a merged one, is the stories alone.
 */
export function formatBatchJson(report: BatchReport): string {
  const lines = report.stories.map((story) => JSON.stringify(story));
  if (report.shard) lines.unshift(JSON.stringify({ shard: report.shard, tool: report.tool, rules: report.rules }));
  return lines.length ? `${lines.join('\n')}\n` : '';
}

/** An archive run as the formats that list findings read it: every story's files and findings in order. */
export function batchFindings(report: BatchReport): FindingsReport {
  // a story's findings left out past the cap go with its article, or its newest version
  const files = report.stories.flatMap((s) => s.files.map((path, k) => (k === s.files.length - 1 && s.summary.omitted ? { path, omitted: s.summary.omitted } : { path })));
  return { tool: report.tool, rules: report.rules, files, findings: report.stories.flatMap((s) => s.findings) };
}
