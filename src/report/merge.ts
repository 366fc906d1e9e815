/**
 * `copydesk merge`: the reports of a run's shards joined into the whole run's report. The whole run
 * lists files, compared files and stories in input order and sorts check findings by place; each
 * shard's `shard` mark says where its parts stood among the inputs, so the merge puts every part
 * back where it stood and sorts as the whole run did: the merged JSON is the whole run's, byte for
 * byte, and so is every format made from it. Parts of different runs are refused, not joined.
 */
import { CopydeskError } from '../base/errors.js';
import { sortFindings } from '../engine/sort.js';
import type { Finding } from '../model/finding.js';
import type { BatchReport, JsonReport, ProvenanceEntry, ShardMark } from '../model/report.js';
import type { FileSummary } from '../model/results.js';
import { findingsByDiff } from './diff-json.js';
import { summarise } from './json.js';

/** A shard's report as read from a file, named as the user gave the file. */
export interface ShardReport<R extends JsonReport | BatchReport = JsonReport | BatchReport> {
  name: string;
  report: R & { shard: ShardMark };
}

function commandOf(report: JsonReport | BatchReport): 'check' | 'diff' | 'batch' {
  return 'stories' in report ? 'batch' : report.command;
}

/** Refuses parts that are not one run's shards, each once: the one-line error names the files. */
export function checkParts(parts: ShardReport[]): void {
  const [first, ...rest] = parts;
  if (!first) throw new CopydeskError('merge needs the reports of a run\'s shards');
  for (const part of rest) {
    const a = first.report;
    const b = part.report;
    if (commandOf(a) !== commandOf(b)) throw new CopydeskError(`is a ${commandOf(b)} report, but ${first.name} is a ${commandOf(a)} report: merge the shards of one run`, part.name);
    if (a.tool.version !== b.tool.version) throw new CopydeskError(`was made by copydesk ${b.tool.version}, but ${first.name} by ${a.tool.version}: merge the shards of one run`, part.name);
    if (a.shard.count !== b.shard.count) throw new CopydeskError(`is shard ${b.shard.index}/${b.shard.count}, but ${first.name} is shard ${a.shard.index}/${a.shard.count}: merge the shards of one run`, part.name);
    if (a.shard.settings !== b.shard.settings || JSON.stringify(a.rules) !== JSON.stringify(b.rules)) {
      throw new CopydeskError(`was made with other rules or settings than ${first.name} (config, rule packs, options, lexicons, related reports or --new-only): merge the shards of one run`, part.name);
    }
    if ((a as JsonReport).git !== (b as JsonReport).git) throw new CopydeskError(`compared with revision ${(b as JsonReport).git ?? '(none)'}, but ${first.name} with ${(a as JsonReport).git ?? '(none)'}: merge the shards of one run`, part.name);
    if (a.shard.inputs !== b.shard.inputs) throw new CopydeskError(`was made from ${b.shard.inputs} inputs, but ${first.name} from ${a.shard.inputs}: give every shard the same inputs`, part.name);
    if (JSON.stringify((a as JsonReport).ignored ?? []) !== JSON.stringify((b as JsonReport).ignored ?? [])) {
      throw new CopydeskError(`left out other files than ${first.name} (.copydeskignore or a config's ignore): give every shard the same inputs`, part.name);
    }
  }
  const byIndex = new Map<number, string>();
  for (const part of parts) {
    const other = byIndex.get(part.report.shard.index);
    if (other !== undefined) throw new CopydeskError(`is shard ${part.report.shard.index}/${part.report.shard.count}, and so is ${other}: give each shard once`, part.name);
    byIndex.set(part.report.shard.index, part.name);
  }
  const count = first.report.shard.count;
  const missing = Array.from({ length: count }, (_, k) => k + 1).filter((index) => !byIndex.has(index));
  if (missing.length) throw new CopydeskError(`shard${missing.length === 1 ? '' : 's'} ${missing.map((index) => `${index}/${count}`).join(', ')} ${missing.length === 1 ? 'is' : 'are'} missing (merge got ${parts.map((p) => p.name).join(', ')})`);
}

/** Each part's entries with where they stood; two parts claiming one place are of different runs. */
function ordered<T, R extends JsonReport | BatchReport>(parts: ShardReport<R>[], entries: (part: ShardReport<R>) => T[]): T[] {
  const placed: { position: number; entry: T }[] = [];
  const owner = new Map<number, string>();
  for (const part of parts) {
    const list = entries(part);
    const positions = part.report.shard.positions;
    if (positions.length !== list.length) throw new CopydeskError(`its shard mark lists ${positions.length} positions for ${list.length} results: the report was changed after it was written`, part.name);
    list.forEach((entry, k) => {
      const position = positions[k]!;
      const other = owner.get(position);
      if (other !== undefined) throw new CopydeskError(`has input ${position + 1} of the run, and so has ${other}: merge the shards of one run`, part.name);
      owner.set(position, part.name);
      placed.push({ position, entry });
    });
  }
  return placed.sort((a, b) => a.position - b.position).map((p) => p.entry);
}

function header(first: JsonReport, command: 'check' | 'diff', files: FileSummary[], findings: Finding[]): JsonReport {
  return {
    schemaVersion: first.schemaVersion,
    tool: first.tool,
    command,
    rules: first.rules,
    files,
    findings,
    summary: { files: files.length, findings: findings.length, ...summarise(findings) },
  };
}

type Unreadable = NonNullable<JsonReport['unreadable']>[number];

/**
 * A part's inputs that could not be read: those every shard names (found before the inputs were
 * shared out: a missing file given by name, a link a pull request planted), then its own, whose
 * places follow its entries' in its shard mark.
 */
function unreadableOf(part: ShardReport<JsonReport>, entries: number): { common: Unreadable[]; own: Unreadable[] } {
  const list = part.report.unreadable ?? [];
  const own = part.report.shard.positions.length - entries;
  if (own < 0 || own > list.length) throw new CopydeskError(`its shard mark lists ${part.report.shard.positions.length} positions for ${entries} results: the report was changed after it was written`, part.name);
  return { common: list.slice(0, list.length - own), own: list.slice(list.length - own) };
}

/** Entries of each part in the whole run's order, and the inputs the run could not read, in its order too. */
function orderedWithUnreadable<T>(parts: ShardReport<JsonReport>[], entries: (part: ShardReport<JsonReport>) => T[]): { entries: T[]; unreadable: Unreadable[] } {
  const common = unreadableOf(parts[0]!, entries(parts[0]!).length).common;
  const placed = ordered(parts, (part) => {
    const list = entries(part);
    const found = unreadableOf(part, list.length);
    if (JSON.stringify(found.common) !== JSON.stringify(common)) throw new CopydeskError(`could not read other inputs than ${parts[0]!.name}: give every shard the same inputs`, part.name);
    return [...list.map((entry) => ({ entry })), ...found.own.map((unreadable) => ({ unreadable }))];
  });
  return {
    entries: placed.flatMap((p) => ('entry' in p ? [p.entry] : [])),
    unreadable: [...common, ...placed.flatMap((p) => ('unreadable' in p ? [p.unreadable] : []))],
  };
}

function mergeCheck(parts: ShardReport<JsonReport>[]): JsonReport {
  const { entries: files, unreadable } = orderedWithUnreadable(parts, (part) => part.report.files);
  // a file's findings are all in its shard, in the whole run's order: sorting them all by place, as
  // the whole run does, gives the whole run's list
  const report = header(parts[0]!.report, 'check', files, sortFindings(parts.flatMap((part) => part.report.findings)));
  const at = new Map(files.map((file, k) => [file.path, k]));
  const provenance: ProvenanceEntry[] = parts.flatMap((part) => part.report.provenance ?? []).sort((a, b) => at.get(a.path)! - at.get(b.path)!);
  if (provenance.length) report.provenance = provenance;
  const ignored = parts[0]!.report.ignored;
  if (ignored?.length) report.ignored = ignored;
  if (unreadable.length) report.unreadable = unreadable;
  return report;
}

function mergeDiff(parts: ShardReport<JsonReport>[]): JsonReport {
  const { entries: diffs, unreadable } = orderedWithUnreadable(parts, (part) => {
    const byDiff = findingsByDiff(part.report);
    if (byDiff.reduce((n, list) => n + list.length, 0) !== part.report.findings.length) throw new CopydeskError('has findings outside its compared files: the report was changed after it was written', part.name);
    let file = 0;
    return (part.report.diffs ?? []).map((entry, d) => {
      const files = part.report.files.slice(file, (file += entry.versions.length));
      return { entry, files, findings: byDiff[d]! };
    });
  });
  const report = header(
    parts[0]!.report,
    'diff',
    diffs.flatMap((d) => d.files),
    diffs.flatMap((d) => d.findings),
  );
  report.diffs = diffs.map((d) => d.entry);
  const git = parts[0]!.report.git;
  if (git !== undefined) report.git = git;
  if (unreadable.length) report.unreadable = unreadable;
  return report;
}

function mergeBatch(parts: ShardReport<BatchReport>[]): BatchReport {
  const first = parts[0]!.report;
  return { tool: first.tool, rules: first.rules, stories: ordered(parts, (part) => part.report.stories) };
}

/** The whole run's report from its shards' reports, in any order. */
export function mergeReports(parts: ShardReport[]): JsonReport | BatchReport {
  checkParts(parts);
  const command = commandOf(parts[0]!.report);
  if (command === 'batch') return mergeBatch(parts as ShardReport<BatchReport>[]);
  return command === 'check' ? mergeCheck(parts as ShardReport<JsonReport>[]) : mergeDiff(parts as ShardReport<JsonReport>[]);
}
