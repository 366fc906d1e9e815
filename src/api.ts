/**
 * The library: what the CLI does, as functions. `check` and `diff` return the JSON report as data
 * (typed, the same shape as `--format json`), and `render` turns a report into any output format.
 * Each call reads files through a session of its own (config found above each file, rule packs,
 * lexicons, related reports) unless the caller passes one to share: a long-lived caller sees a config
 * change at its next call either way.
 */
import * as arg from './api-arguments.js';
import { CopydeskError } from './base/errors.js';
import type { Finding, Severity } from './model/finding.js';
import { SEVERITY_RANK } from './model/finding.js';
import type { CheckResult, DiffResult } from './model/results.js';
import { diffJsonReport, diffPart } from './report/diff-json.js';
import { type DiffPart } from './model/report.js';
import { formatJson, jsonReport } from './report/json.js';
import { type JsonReport } from './model/report.js';
import { formatDiffText, formatText } from './report/text.js';
import { runBatch } from './run/batch.js';
import { checkFilesAsync, checkText as checkOne, documentOf } from './run/check-files.js';
import { diffFiles } from './run/diff-files.js';
import { fileSize, runTasks } from './run/dispatch.js';
import { changedSince, existsAtRevision, unsafeLink, verifyRevision, type ChangedFile } from './run/git.js';
import { diffAgainstRevision } from './run/git-diff.js';
import type { DiffOptions, RunOptions } from './run/options.js';
import { inShard } from './run/shard.js';
import type { StoryResult } from './model/results.js';
import type { Task } from './run/tasks.js';
import type { CheckOptions } from './session/options.js';
import { Session } from './session/session.js';

export type Format = 'text' | 'json' | 'html' | 'sarif' | 'github' | 'junit' | 'markdown';
export const FORMATS: readonly Format[] = ['text', 'json', 'html', 'sarif', 'github', 'junit', 'markdown'];

export type { CheckOptions, DiffOptions, JsonReport as Report, Finding, RunOptions, Severity };
export { Session };

/** Options every library call takes: a session to share between calls (default: a new one per call). */
export interface SessionOption {
  session?: Session;
}
export { parseShard } from './run/shard.js';
export type { StoryResult };

/** The options each call takes, checked at the boundary (api-arguments.ts). */
const SHARD = arg.object({ index: arg.wholeNumber(1), count: arg.wholeNumber(1) });
const CHECK_OPTIONS = { ...arg.CHECK_OPTIONS, session: arg.instance(Session, 'a Session') };
const RUN_OPTIONS = { ...CHECK_OPTIONS, jobs: arg.wholeNumber(1), shard: SHARD, cache: arg.path, minParallelWork: arg.wholeNumber(0), onWarning: arg.callback };
const POLICY = { failOn: arg.oneOf(['error', 'warning', 'info', 'never']), maxWarnings: arg.wholeNumber(0) };
const RENDER_OPTIONS = { color: arg.boolean, title: arg.string, link: arg.string };

/** What the HTML report needs beyond the JSON: the documents, kept beside each report. */
const rendering = new WeakMap<JsonReport, { check?: CheckResult; diffs?: () => DiffResult[]; session: Session; options: CheckOptions }>();

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
 * Markdown or text file changed since it when no file is given).
 */
export async function diff(files: string[], given: DiffOptions & Partial<GitOptions> & RunOptions & SessionOption = {}): Promise<JsonReport> {
  arg.paths(files, 'files');
  arg.options(given, 'options', { ...RUN_OPTIONS, newOnly: arg.boolean, git: arg.string });
  const { session = new Session(), ...options } = given;
  if (options.git === undefined) {
    const result = diffVersions(files, options, session);
    const report = diffJsonReport([result]);
    rendering.set(report, { diffs: () => [result], session, options });
    return report;
  }
  const { parts, results, skipped } = await diffGit(options.git, files, options, session);
  const report = diffJsonReport(parts);
  report.git = options.git;
  if (skipped.length) report.unreadable = skipped;
  rendering.set(report, { diffs: results, session, options });
  return report;
}

function diffVersions(files: string[], options: DiffOptions, session: Session): DiffResult {
  if (files.length < 2) throw new CopydeskError(`diff needs at least two versions, oldest first (got ${files.length}); or compare with git`);
  return diffFiles(files, options, session);
}

/**
 * `diff --git`: each changed file (or each one named) against its version at the revision, spread
 * over worker threads with `jobs`, a `shard` of them with `shard`. Workers send back plain report
 * parts; the HTML report, which shows the documents themselves, diffs again in this thread.
 */
async function diffGit(rev: string, files: string[], options: DiffOptions & RunOptions, session: Session): Promise<{ parts: DiffPart[]; results: () => DiffResult[]; skipped: { path: string; message: string }[] }> {
  verifyRevision(rev, session.cwd);
  // a file named but added since the revision is compared as all new
  const named: ChangedFile[] = files.map((file) => (existsAtRevision(rev, file, session.cwd) ? { file, before: file } : { file }));
  const changed = files.length ? named : changedSince(rev, session.cwd);
  // a pull request may plant links to /dev/zero or to a secret outside the repository: not followed
  const skipped = changed.flatMap((t) => {
    const reason = unsafeLink(t.file, session.cwd);
    return reason ? [{ path: session.displayPath(t.file), message: reason }] : [];
  });
  const all = changed.filter((t) => !skipped.some((s) => s.path === session.displayPath(t.file)));
  const targets = all.filter((t) => inShard(session.displayPath(t.file), options.shard));
  const work = targets.reduce((n, t) => n + fileSize(t.file), 0);
  const tasks: Task[] = targets.map((target) => ({ type: 'git-diff', rev, target }));
  let local: DiffResult[] | undefined;
  const parts = await runTasks<DiffPart>(tasks, work, options, session, (k, taskOptions) => {
    local ??= [];
    local[k] = diffAgainstRevision(rev, targets[k]!, taskOptions, session);
    return diffPart(local[k]);
  });
  const results = () => (local && local.length === targets.length ? local : targets.map((t) => diffAgainstRevision(rev, t, options, session)));
  return { parts, results, skipped };
}

/**
 * A report in one of the output formats. Text is coloured only when asked (`color`). Each format's
 * code loads when first used, so a run that prints text does not load the HTML or XML builders.
 */
export async function render(report: JsonReport, format: Format, options: { color?: boolean; title?: string; link?: string } = {}): Promise<string> {
  arg.report(report, 'report');
  arg.oneOf(FORMATS)(format, 'format');
  arg.options(options, 'options', RENDER_OPTIONS);
  const extra = rendering.get(report);
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
    case 'html':
      if (extra?.diffs) return (await import('./report/diff-html.js')).formatDiffHtml(report, extra.diffs());
      if (extra?.check) {
        const docs = extra.check.files.map((file) => documentOf(file, extra.session, extra.options));
        return (await import('./report/html.js')).formatHtml(report, docs, options.title, extra.check.sources.map((source) => source.doc));
      }
      throw new CopydeskError('the HTML format needs a report made by check() or diff() in this process');
    case 'text': {
      const paths = report.files.map((f) => f.path);
      const color = options.color ?? false;
      return report.diffs ? formatDiffText(report.diffs.flatMap((d) => d.steps), report.findings, paths, { color }) : formatText(report.findings, paths, { color });
    }
  }
}

/**
 * An archive run: every story of a JSON Lines manifest (`{"id", "article" | "versions", "related"?}`)
 * checked or diffed, over worker threads with `jobs`, a `shard` of the stories, a `cache`.
 */
export async function batch(manifest: string, given: CheckOptions & RunOptions & SessionOption = {}): Promise<StoryResult[]> {
  arg.path(manifest, 'manifest');
  arg.options(given, 'options', RUN_OPTIONS);
  const { session = new Session(), ...options } = given;
  return runBatch(manifest, options, session);
}

export interface ExitPolicy {
  /** Fail on findings at or above this severity ("never": do not fail on findings). Default: error. */
  failOn?: Severity | 'never';
  /** Fail when there are more warnings than this (as eslint and Vale do). */
  maxWarnings?: number;
}

/** The exit code a CI run should take: 1 when the findings break the policy, else 0. */
export function exitCode(findings: Finding[], policy: ExitPolicy = {}): 0 | 1 {
  if (!Array.isArray(findings)) throw new CopydeskError(`findings must be an array of findings (got ${findings === null ? 'null' : typeof findings})`);
  arg.options(policy, 'policy', POLICY);
  const failOn = policy.failOn ?? 'error';
  if (failOn !== 'never' && findings.some((f) => SEVERITY_RANK[f.severity] >= SEVERITY_RANK[failOn])) return 1;
  if (policy.maxWarnings !== undefined && findings.filter((f) => f.severity === 'warning').length > policy.maxWarnings) return 1;
  return 0;
}
