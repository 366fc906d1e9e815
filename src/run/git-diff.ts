import { resolve } from 'node:path';
import { diffInputs } from '../engine/diff.js';
import type { DiffPart } from '../model/report.js';
import type { DiffResult } from '../model/results.js';
import type { RuleConfig } from '../model/rules.js';
import type { ShardMark } from '../model/shard.js';
import { diffPart } from '../report/diff-json.js';
import type { Session } from '../session/session.js';
import { relatedFingerprint, ResultCache, ruleSetFingerprint } from './cache.js';
import { fileSize, runTasks } from './dispatch.js';
import { changedSince, existsAtRevision, readAtRevision, resolveRevision, unsafeLink, verifyRevision, type ChangedFile } from './git.js';
import type { DiffOptions, RunOptions } from './options.js';
import { inShard } from './shard.js';
import { settingsPrint, shardMark } from './shard-mark.js';
import type { Task } from './tasks.js';

/**
 * One file of `diff --git REV`: its text at the revision (under its old name when renamed) against
 * the working tree, or, for a file added since, a check of it with all of it new. Runs here or on a
 * worker thread.
 */
export function diffAgainstRevision(rev: string, target: ChangedFile, options: DiffOptions, session: Session): DiffResult {
  const ruleSet = session.ruleSetFor(options, target.file);
  const sources = session.sources(options.related ?? [], ruleSet);
  const current = session.readInput(target.file);
  const versions = target.before === undefined ? [current] : [readAtRevision(rev, target.before, session.cwd), current];
  return diffInputs(versions, ruleSet, sources, { newOnly: options.newOnly ?? false });
}

/** What `diff --git` puts in its report: a part per compared file, the rules, files not followed, and which shard it is. */
export interface GitDiffRun {
  parts: DiffPart[];
  rules: RuleConfig[];
  /** Links a pull request may plant (to /dev/zero, to a secret outside the repository): named, not followed. */
  skipped: { path: string; message: string }[];
  shard?: ShardMark;
}

/**
 * `diff --git`: each changed file (or each one named) against its version at the revision, a `shard`
 * of them, spread over worker threads with `jobs`, unchanged ones read from the `cache` (keyed by the
 * revision's commit, so a branch name that moves is no stale key).
 */
export async function diffGit(rev: string, files: string[], options: DiffOptions & RunOptions, session: Session): Promise<GitDiffRun> {
  verifyRevision(rev, session.cwd);
  // a file named but added since the revision is compared as all new
  const named: ChangedFile[] = files.map((file) => (existsAtRevision(rev, file, session.cwd) ? { file, before: file } : { file }));
  const changed = files.length ? named : changedSince(rev, session.cwd);
  // every shard names the same links it leaves out: they are found before the files are shared out
  const skipped = changed.flatMap((t) => {
    const reason = unsafeLink(t.file, session.cwd);
    return reason ? [{ path: session.displayPath(t.file), message: reason }] : [];
  });
  const all = changed.filter((t) => !skipped.some((s) => s.path === session.displayPath(t.file)));
  const positions = all.map((_, k) => k).filter((k) => inShard(session.displayPath(all[k]!.file), options.shard));
  const targets = positions.map((k) => all[k]!);
  const related = (options.related ?? []).map((path) => session.readInput(path));
  const cache = options.cache ? new ResultCache(resolve(session.cwd, options.cache), options.cache, options.onWarning) : undefined;
  const slot = (target: ChangedFile) => `git:${session.displayPath(target.file)}`;
  let keys: string[] = [];
  if (cache) {
    const commit = resolveRevision(rev, session.cwd);
    const relatedPrint = relatedFingerprint(related);
    keys = targets.map((target) =>
      ResultCache.keyOf([ruleSetFingerprint(session.ruleSetFor(options, target.file)), relatedPrint, options.newOnly ? 'new-only' : 'all', rev, commit, target.before ?? '(added)', slot(target), session.readInput(target.file).text]),
    );
  }
  const parts: (DiffPart | undefined)[] = targets.map((target, k) => cache?.get<DiffPart>(slot(target), keys[k]!));
  const missing = targets.map((_, k) => k).filter((k) => parts[k] === undefined);
  const work = missing.reduce((n, k) => n + fileSize(targets[k]!.file), 0);
  const tasks: Task[] = missing.map((k) => ({ type: 'git-diff', rev, target: targets[k]! }));
  const done = await runTasks<DiffPart>(tasks, work, options, session, (n, taskOptions) => diffPart(diffAgainstRevision(rev, targets[missing[n]!]!, taskOptions, session)));
  missing.forEach((k, n) => (parts[k] = done[n]!));
  if (cache) {
    for (const k of missing) cache.set(slot(targets[k]!), keys[k]!, parts[k]);
    cache.save();
  }
  // the rules of the first file of the whole run, whichever shard it fell in
  const rules = all.length ? session.ruleSetFor(options, all[0]!.file).rules : [];
  const run: GitDiffRun = { parts: parts as DiffPart[], rules, skipped };
  if (options.shard) {
    const settings = settingsPrint(all.map((target) => session.ruleSetFor(options, target.file)), related, { newOnly: options.newOnly ?? false });
    run.shard = shardMark(options.shard, all.length, positions, settings);
  }
  return run;
}
