/**
 * The library: what the CLI does, as functions. `check` and `diff` return the JSON report as data
 * (typed, the same shape as `--format json`), `batch` an archive run's report, `merge` the whole
 * run's report from its shards' reports, and `render` turns any of them into any output format.
 * Each call reads files through a session of its own (config found above each file, rule packs,
 * lexicons, related reports) unless the caller passes one to share: a long-lived caller sees a config
 * change at its next call either way.
 */
import * as arg from './api-arguments.js';
import { CopydeskError } from './base/errors.js';
import type { Finding, Severity } from './model/finding.js';
import { SEVERITY_RANK } from './model/finding.js';
import type { CheckResult } from './model/results.js';
import { diffJsonReport } from './report/diff-json.js';
import { formatJson, jsonReport, summarise } from './report/json.js';
import type { BatchReport, JsonReport } from './model/report.js';
import { formatDiffText, formatText } from './report/text.js';
import { FORMATS, type Format } from './report/formats.js';
import { runBatch } from './run/batch.js';
import { checkFilesAsync, checkText as checkOne, documentOf } from './run/check-files.js';
import { diffFilesPart } from './run/diff-files.js';
import { diffGit } from './run/git-diff.js';
import { mergeBatchLines, mergeFiles } from './run/merge-files.js';
import { checkDocuments, diffLibrary } from './run/report-documents.js';
import type { DiffOptions, RunOptions } from './run/options.js';
import type { StoryResult } from './model/results.js';
import type { CheckOptions } from './session/options.js';
import { Session } from './session/session.js';

export { FORMATS, type Format };

export type { BatchReport, CheckOptions, DiffOptions, JsonReport as Report, Finding, RunOptions, Severity };
export { Session };

/** Options every library call takes: a session to share between calls (default: a new one per call). */
export interface SessionOption {
  session?: Session;
}
export { parseShard, resolveShard, shardFromEnv } from './run/shard.js';
export { terminalProgress } from './run/progress.js';
export type { StoryResult };

/** The options each call takes, checked at the boundary (api-arguments.ts). */
const SHARD = arg.object({ index: arg.wholeNumber(1), count: arg.wholeNumber(1) });
const CHECK_OPTIONS = { ...arg.CHECK_OPTIONS, session: arg.instance(Session, 'a Session') };
const RUN_OPTIONS = { ...CHECK_OPTIONS, jobs: arg.wholeNumber(1), shard: SHARD, cache: arg.path, minParallelWork: arg.wholeNumber(0), onWarning: arg.callback, progress: arg.callback };
const POLICY = { failOn: arg.oneOf(['error', 'warning', 'info', 'never']), maxWarnings: arg.wholeNumber(0) };
const COUNTS = { error: arg.wholeNumber(0), warning: arg.wholeNumber(0), info: arg.wholeNumber(0) };
const RENDER_OPTIONS = { ...CHECK_OPTIONS, color: arg.boolean, title: arg.string, link: arg.string };

/**
 * What the HTML report needs beyond the JSON, kept beside each report made here: for a check, its
 * documents; for a diff, the session and options that read its versions, to read them again.
 */
const rendering = new WeakMap<JsonReport, { check?: CheckResult; session: Session; options: CheckOptions }>();

/**
 * Checks articles (Markdown or text), each on its own, with any related reports; `jobs` spreads the
 * files over worker threads, `shard` takes a part of them, `cache` skips unchanged ones. The report
 * is the same for any number of jobs, with or without the cache.
 */
export async function check(files: string[], given: CheckOptions & RunOptions & SessionOption = {}): Promise<JsonReport> {
  arg.paths(files, 'files');
  arg.options(given, 'options', RUN_OPTIONS);
  const { session = new Session(), ...options } = given;
  const result = await checkFilesAsync(files, options, session);
  const report = jsonReport(result);
  if (result.ignored.length) report.ignored = result.ignored;
  if (result.shard) report.shard = result.shard;
  rendering.set(report, { check: result, session, options });
  return report;
}

/** Checks text in hand; `path` names it in the report and decides Markdown (.md) or plain text. */
export function checkText(text: string, given: CheckOptions & SessionOption & { path?: string } = {}): JsonReport {
  arg.string(text, 'text');
  arg.options(given, 'options', { ...CHECK_OPTIONS, path: arg.path });
  const { session = new Session(), ...options } = given;
  const file = checkOne(text, options.path ?? 'article.md', options, session);
  const result: CheckResult = { files: [file], ignored: [], findings: file.findings, rules: session.ruleSetFor(options).rules, sources: [] };
  const report = jsonReport(result);
  rendering.set(report, { check: result, session, options });
  return report;
}

export interface GitOptions {
  /** Compare with the files at this revision ("HEAD~1", "origin/main"). */
  git: string;
}

/**
 * Compares versions, oldest first; or, with `git`, each file with its version at that revision (every
 * Markdown or text file changed since it when no file is given), over worker threads with `jobs`, a
 * `shard` of the files. With `cache`, a diff nothing of which changed is read back, not run again.
 */
export async function diff(files: string[], given: DiffOptions & Partial<GitOptions> & RunOptions & SessionOption = {}): Promise<JsonReport> {
  arg.paths(files, 'files');
  arg.options(given, 'options', { ...RUN_OPTIONS, newOnly: arg.boolean, git: arg.string });
  const { session = new Session(), ...options } = given;
  if (options.git === undefined) {
    if (files.length < 2) throw new CopydeskError(`diff needs at least two versions, oldest first (got ${files.length}); or compare with git`);
    const report = diffJsonReport([diffFilesPart(files, options, session)]);
    rendering.set(report, { session, options });
    return report;
  }
  const run = await diffGit(options.git, files, options, session);
  const report = diffJsonReport(run.parts, run.rules);
  report.git = options.git;
  if (run.skipped.length) report.unreadable = run.skipped;
  if (run.shard) report.shard = run.shard;
  rendering.set(report, { session, options });
  return report;
}

/**
 * Options of `render`: colour for text, a title for HTML, the full report's address for a capped
 * Markdown report, and, for the HTML of check and diff reports, how to read the articles again.
 */
export interface RenderOptions extends CheckOptions, SessionOption {
  color?: boolean;
  title?: string;
  link?: string;
}

/**
 * A report in one of the output formats: a check or diff report, or an archive run's (`batch`). Text
 * is coloured only when asked (`color`). Each format's code loads when first used, so a run that
 * prints text does not load the HTML or XML builders. Every format is made from the report's data,
 * but the HTML of check and diff also shows the articles: a check made here has them; otherwise
 * (a diff, a report merged from shards) they are read again, through `session`, with the config
 * found as the run found it, so a merged report renders as the whole run's.
 */
export async function render(report: JsonReport | BatchReport, format: Format, options: RenderOptions = {}): Promise<string> {
  arg.report(report, 'report');
  arg.oneOf(FORMATS)(format, 'format');
  arg.options(options, 'options', RENDER_OPTIONS);
  if ('stories' in report) return renderBatch(report, format, options);
  switch (format) {
    case 'json':
      return formatJson(report);
    case 'sarif':
      return (await import('./report/sarif.js')).formatSarif(report);
    case 'github':
      return (await import('./report/github.js')).formatGithub(report);
    case 'junit':
      return (await import('./report/junit.js')).formatJunit(report);
    case 'markdown':
      return (await import('./report/markdown.js')).formatMarkdown(report, options.link !== undefined ? { link: options.link } : {});
    case 'html': {
      const made = rendering.get(report);
      const session = made?.session ?? options.session ?? new Session();
      const reading = made?.options ?? options;
      if (report.command === 'diff') return (await import('./report/diff-html.js')).formatDiffHtml(report, diffLibrary(report, session, reading));
      const check = made?.check;
      const { articles, sources } = check
        ? { articles: check.files.map((file) => documentOf(file, session, reading)), sources: check.sources.map((source) => source.doc) }
        : checkDocuments(report, session, reading);
      return (await import('./report/html.js')).formatHtml(report, articles, options.title, sources);
    }
    case 'text': {
      const color = options.color ?? false;
      return report.diffs ? formatDiffText(report.diffs.flatMap((d) => d.steps), report.findings, report.files, { color }) : formatText(report.findings, report.files, { color });
    }
  }
}

async function renderBatch(report: BatchReport, format: Format, options: RenderOptions): Promise<string> {
  const { batchFindings, formatBatchJson } = await import('./report/batch-json.js');
  switch (format) {
    case 'json':
      return formatBatchJson(report);
    case 'html':
      return (await import('./report/archive-html.js')).formatArchiveHtml(report, options.title);
    case 'markdown':
      return (await import('./report/markdown.js')).formatBatchMarkdown(report);
    case 'junit':
      return (await import('./report/junit.js')).formatBatchJunit(report);
    case 'sarif':
      return (await import('./report/sarif.js')).formatSarif(batchFindings(report));
    case 'github':
      return (await import('./report/github.js')).formatGithub(batchFindings(report));
    case 'text': {
      const view = batchFindings(report);
      return formatText(view.findings, view.files, { color: options.color ?? false });
    }
  }
}

/**
 * An archive run: every story of a JSON Lines manifest (`{"id", "article" | "versions", "related"?}`)
 * checked or diffed, over worker threads with `jobs`, a `shard` of the stories, a `cache`. The report
 * holds a result per story, in manifest order (`render` gives it in any format).
 */
export async function batch(manifest: string, given: CheckOptions & RunOptions & SessionOption = {}): Promise<BatchReport> {
  arg.path(manifest, 'manifest');
  arg.options(given, 'options', RUN_OPTIONS);
  const { session = new Session(), ...options } = given;
  return runBatch(manifest, options, session);
}

/**
 * The whole run's report from the reports of its shards (`check`, `diff --git` or `batch` with
 * `shard`), read from these files in any order: the same as the unsharded run's, in every format.
 * Parts of different runs, copydesk versions or rules, or a missing or doubled shard, are refused.
 */
export async function merge(files: string[], given: SessionOption = {}): Promise<JsonReport | BatchReport> {
  arg.paths(files, 'files');
  arg.options(given, 'options', { session: CHECK_OPTIONS.session });
  const { session = new Session() } = given;
  return mergeFiles(files, session.cwd);
}

/**
 * The merge of batch shard outputs straight to JSON Lines, a story at a time: the same bytes as
 * `render(await merge(files), 'json')`, without holding the archive's results in memory. `open` is
 * called once the files are known to be batch outputs and gives where the text goes. Returns how
 * many findings of each severity there are (`exitCode` takes that too), or undefined when the files
 * are not batch outputs (merge them with `merge`).
 */
export async function mergeJsonLines(files: string[], open: () => (text: string) => void, given: SessionOption = {}): Promise<Counts | undefined> {
  arg.paths(files, 'files');
  arg.callback(open, 'open');
  arg.options(given, 'options', { session: CHECK_OPTIONS.session });
  const { session = new Session() } = given;
  return mergeBatchLines(files, session.cwd, open);
}

/** How many findings of each severity. */
export type Counts = { error: number; warning: number; info: number };

export interface ExitPolicy {
  /** Fail on findings at or above this severity ("never": do not fail on findings). Default: error. */
  failOn?: Severity | 'never';
  /** Fail when there are more warnings than this (as eslint and Vale do). */
  maxWarnings?: number;
}

/** The exit code a CI run should take: 1 when the findings (or their counts by severity) break the policy, else 0. */
export function exitCode(findings: Finding[] | Counts, policy: ExitPolicy = {}): 0 | 1 {
  if (findings === null || typeof findings !== 'object') throw new CopydeskError(`findings must be an array of findings or counts by severity (got ${findings === null ? 'null' : typeof findings})`);
  arg.options(policy, 'policy', POLICY);
  if (!Array.isArray(findings)) arg.object(COUNTS)(findings, 'findings');
  const counts = Array.isArray(findings) ? summarise(findings) : findings;
  const failOn = policy.failOn ?? 'error';
  if (failOn !== 'never' && (Object.keys(counts) as Severity[]).some((severity) => counts[severity] > 0 && SEVERITY_RANK[severity] >= SEVERITY_RANK[failOn])) return 1;
  // a folded finding is itself and every finding folded into it
  const warnings = Array.isArray(findings) ? findings.reduce((n, f) => n + (f.severity === 'warning' ? 1 + (f.folded ?? 0) : 0), 0) : counts.warning;
  if (policy.maxWarnings !== undefined && warnings > policy.maxWarnings) return 1;
  return 0;
}
