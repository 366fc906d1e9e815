import { createReadStream, readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { CopydeskError, fsReason } from '../base/errors.js';
import { VERSION } from '../base/version.js';
import type { BatchReport, JsonReport, ShardMark } from '../model/report.js';
import type { StoryResult } from '../model/results.js';
import { checkParts, mergeReports, type ShardReport } from '../report/merge.js';
import { definitionValidator, validateData, validator } from '../schema/validate.js';

/**
 * Reading the reports of a run's shards for `copydesk merge`: the JSON report of `check --shard` or
 * `diff --git --shard`, or the JSON Lines of `batch --shard` (a line naming the shard, then a line
 * per story). Anything else, a report of another copydesk version or a whole run's report, is
 * refused with the file's name. Batch outputs are read a line at a time: an archive's can be large.
 */

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

/** A shard's report is a regular file: a device or FIFO (/dev/zero) could be read for ever. */
function regularFile(path: string, cwd: string): string {
  const absolute = resolve(cwd, path);
  let regular: boolean;
  try {
    regular = statSync(absolute).isFile();
  } catch (error) {
    throw new CopydeskError(`${fsReason(error)} (expected a shard's report)`, path);
  }
  if (!regular) throw new CopydeskError("is not a regular file (a folder, device, FIFO or socket), so it is not read (expected a shard's report)", path);
  return absolute;
}

/** Each line of a file with its number, parsed as JSON (`undefined` for a line that is not). */
async function* jsonLines(path: string, cwd: string): AsyncGenerator<{ data: unknown; line: number }> {
  const stream = createReadStream(regularFile(path, cwd));
  try {
    await new Promise((opened, failed) => stream.once('open', opened).once('error', failed));
  } catch (error) {
    throw new CopydeskError(`${fsReason(error)} (expected a shard's report)`, path);
  }
  let line = 0;
  try {
    for await (const text of createInterface({ input: stream, crlfDelay: Infinity })) {
      line++;
      if (text.trim() === '') continue;
      let data: unknown;
      try {
        data = JSON.parse(text);
      } catch {
        data = undefined;
      }
      yield { data, line };
    }
  } catch (error) {
    throw error instanceof CopydeskError ? error : new CopydeskError(`${fsReason(error)} (expected a shard's report)`, path);
  } finally {
    // a reader stopped early (the first line was enough) lets go of the file
    stream.destroy();
  }
}

/** Whether a file is batch JSON Lines: its first line is a shard line or a story on its own. */
async function isBatchOutput(path: string, cwd: string): Promise<boolean> {
  const lines = jsonLines(path, cwd);
  try {
    const first = (await lines.next()).value as { data: unknown } | undefined;
    return isObject(first?.data) && !('schemaVersion' in first.data) && ('shard' in first.data || 'id' in first.data);
  } catch {
    // not readable: reading it as a JSON report says why
    return false;
  } finally {
    await lines.return(undefined);
  }
}

/**
 * Reads batch JSON Lines: the shard line, checked, and the stories, each checked against the schema
 * (kept when `keep`, else only counted by severity).
 */
async function readBatch(path: string, cwd: string, keep: boolean): Promise<{ part: ShardReport<BatchReport>; counts: { error: number; warning: number; info: number } }> {
  // the batch schema refers to the report schema's findings: ajv must know that one first
  validator('report');
  let head: (BatchReport & { shard: ShardMark }) | undefined;
  let stories = 0;
  const counts = { error: 0, warning: 0, info: 0 };
  for await (const { data, line } of jsonLines(path, cwd)) {
    if (data === undefined) throw new CopydeskError(`line ${line}: not valid JSON (expected a copydesk JSON report, or batch JSON Lines)`, path);
    const first = head === undefined && stories === 0;
    if (first && isObject(data)) sameVersion(path, data['tool']);
    const kind = first && isObject(data) && 'shard' in data ? 'header' : 'story';
    validateData(definitionValidator('batch-report', `#/definitions/${kind}`), { path, data, lineOf: () => line }, 'a copydesk batch report line');
    if (kind === 'header') {
      const shard = data as { shard: ShardMark; tool: BatchReport['tool']; rules: BatchReport['rules'] };
      head = { tool: shard.tool, rules: shard.rules, stories: [], shard: shard.shard };
      continue;
    }
    if (!head) throw notShard(path, 'a whole batch report');
    const story = data as StoryResult;
    stories++;
    for (const finding of story.findings) counts[finding.severity]++;
    if (keep) head.stories.push(story);
  }
  if (!head) throw notShard(path, 'an empty file');
  if (stories !== head.shard.positions.length) throw new CopydeskError(`its shard line lists ${head.shard.positions.length} positions for ${stories} results: the report was changed after it was written`, path);
  return { part: { name: path, report: head }, counts };
}

function readJsonReport(path: string, cwd: string): ShardReport {
  let text: string;
  try {
    text = readFileSync(regularFile(path, cwd), 'utf8');
  } catch (error) {
    if (error instanceof CopydeskError) throw error;
    throw new CopydeskError(`${fsReason(error)} (expected a shard's report)`, path);
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    data = undefined;
  }
  if (!isObject(data) || !('schemaVersion' in data)) throw new CopydeskError("is neither a copydesk JSON report nor batch JSON Lines (expected a shard's report)", path);
  sameVersion(path, data['tool']);
  // validated as parsed: reading a large report again as YAML, for line numbers, would cost more than the merge
  validateData('report', { path, data, lineOf: () => undefined }, 'a copydesk JSON report');
  const report = data as unknown as JsonReport;
  if (!report.shard) throw notShard(path, `a whole ${report.command} report`);
  return { name: path, report: report as JsonReport & { shard: ShardMark } };
}

/** `copydesk merge`: the shards' reports read, checked to be one run's, and joined. */
export async function mergeFiles(paths: string[], cwd: string): Promise<JsonReport | BatchReport> {
  const parts: ShardReport[] = [];
  for (const path of paths) parts.push((await isBatchOutput(path, cwd)) ? (await readBatch(path, cwd, true)).part : readJsonReport(path, cwd));
  return mergeReports(parts);
}

/**
 * `copydesk merge` of batch shard outputs to JSON Lines, a story at a time: memory holds one story
 * per shard, not the archive (a million stories' results are gigabytes). A first pass checks every
 * line, so nothing is written from parts that would be refused; the second writes each story where
 * it stood in the manifest, through what `open` gives. Returns the count of findings of each
 * severity, for the exit code; undefined when the first file is not batch JSON Lines.
 */
export async function mergeBatchLines(paths: string[], cwd: string, open: () => (text: string) => void): Promise<{ error: number; warning: number; info: number } | undefined> {
  if (!paths[0] || !(await isBatchOutput(paths[0], cwd))) return undefined;
  const parts: ShardReport[] = [];
  const counts = { error: 0, warning: 0, info: 0 };
  for (const path of paths) {
    const read = await readBatch(path, cwd, false);
    parts.push(read.part);
    for (const severity of ['error', 'warning', 'info'] as const) counts[severity] += read.counts[severity];
  }
  checkParts(parts);
  const owner = new Map<number, number>();
  parts.forEach((part, p) =>
    part.report.shard.positions.forEach((position) => {
      const other = owner.get(position);
      if (other !== undefined) throw new CopydeskError(`has input ${position + 1} of the run, and so has ${parts[other]!.name}: merge the shards of one run`, part.name);
      owner.set(position, p);
    }),
  );
  // each shard's stories come in manifest order: the next of the shard that owns a place is that place's story
  const readers = paths.map((path) => jsonLines(path, cwd));
  for (const reader of readers) await reader.next();
  const write = open();
  for (const position of [...owner.keys()].sort((a, b) => a - b)) {
    const next = (await readers[owner.get(position)!]!.next()).value as { data: unknown };
    write(`${JSON.stringify(next.data)}\n`);
  }
  for (const reader of readers) await reader.return(undefined);
  return counts;
}
