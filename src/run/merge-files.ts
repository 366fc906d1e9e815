import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { CopydeskError, fsReason } from '../base/errors.js';
import { VERSION } from '../base/version.js';
import type { BatchReport, JsonReport, ShardMark } from '../model/report.js';
import type { StoryResult } from '../model/results.js';
import { mergeReports, type ShardReport } from '../report/merge.js';
import { validateData, validator } from '../schema/validate.js';

/**
 * Reads a shard's report: the JSON report of `check --shard` or `diff --git --shard`, or the JSON
 * Lines of `batch --shard` (a line naming the shard, then a line per story). Anything else, a report
 * of another copydesk version or a whole run's report, is refused with the file's name.
 */
export function readShardReport(path: string, cwd: string): ShardReport {
  let text: string;
  try {
    text = readFileSync(resolve(cwd, path), 'utf8');
  } catch (error) {
    throw new CopydeskError(`${fsReason(error)} (expected a shard's report)`, path);
  }
  let whole: unknown;
  try {
    whole = JSON.parse(text);
  } catch {
    // JSON Lines: a batch's output
  }
  if (isObject(whole) && 'schemaVersion' in whole) return readJsonReport(path, whole);
  if (whole !== undefined && !(isObject(whole) && ('shard' in whole || 'id' in whole))) throw new CopydeskError("is neither a copydesk JSON report nor batch JSON Lines (expected a shard's report)", path);
  return readBatchReport(path, text);
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A report of another version may have another shape: say so before the schema says why. */
function sameVersion(path: string, tool: unknown): void {
  const version = isObject(tool) ? tool['version'] : undefined;
  if (typeof version === 'string' && version !== VERSION) throw new CopydeskError(`was made by copydesk ${version}; this is copydesk ${VERSION}: merge with the version that made the shards`, path);
}

function notShard(path: string, what: string): CopydeskError {
  return new CopydeskError(`is ${what} made without --shard, not a shard's: there is nothing to merge it with`, path);
}

function readJsonReport(path: string, data: Record<string, unknown>): ShardReport {
  sameVersion(path, data['tool']);
  // validated as parsed: reading a large report again as YAML, for line numbers, would cost more than the merge
  validateData('report', { path, data, lineOf: () => undefined }, 'a copydesk JSON report');
  const report = data as unknown as JsonReport;
  if (!report.shard) throw notShard(path, `a whole ${report.command} report`);
  return { name: path, report: report as JsonReport & { shard: ShardMark } };
}

function readBatchReport(path: string, text: string): ShardReport {
  // the batch schema refers to the report schema's findings: ajv must know that one first
  validator('report');
  const lines: unknown[] = [];
  text.split(/\r?\n/).forEach((line, k) => {
    if (line.trim() === '') return;
    try {
      lines.push(JSON.parse(line));
    } catch {
      throw new CopydeskError(`line ${k + 1}: not valid JSON (expected a copydesk JSON report, or batch JSON Lines)`, path);
    }
    const data = lines[lines.length - 1];
    if (lines.length === 1 && isObject(data)) sameVersion(path, data['tool']);
    validateData('batch-report', { path, data, lineOf: () => k + 1 }, 'a copydesk batch report line');
  });
  const [head, ...stories] = lines as ({ shard?: ShardMark; tool?: BatchReport['tool']; rules?: BatchReport['rules'] } & Partial<StoryResult>)[];
  if (!head?.shard) throw notShard(path, lines.length ? 'a whole batch report' : 'an empty file');
  if (stories.some((story) => story.shard)) throw new CopydeskError('has more than one shard line: give each shard its own file', path);
  const report: BatchReport & { shard: ShardMark } = { tool: head.tool!, rules: head.rules!, stories: stories as StoryResult[], shard: head.shard };
  return { name: path, report };
}

/** `copydesk merge`: the shards' reports read, checked to be one run's, and joined. */
export function mergeFiles(paths: string[], cwd: string): JsonReport | BatchReport {
  return mergeReports(paths.map((path) => readShardReport(path, cwd)));
}
