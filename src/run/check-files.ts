/**
 * `check` over files: which inputs a run takes (ignored and other shards' files left out), reading
 * them through the session, the cache of unchanged files, and worker threads. Each file is one
 * article, checked by the kernel (engine/check.ts).
 */
import { resolve } from 'node:path';
import { checkInput } from '../engine/check.js';
import { sortFindings } from '../engine/sort.js';
import type { RuleSet } from '../kinds/kind.js';
import { buildDocument } from '../load/document.js';
import { decodeInput } from '../load/decode.js';
import { CopydeskError } from '../base/errors.js';
import type { Document } from '../model/document.js';
import type { AnalysedFile, CachedResult, CheckResult, FileResult, InputText } from '../model/results.js';
import type { CheckOptions } from '../session/options.js';
import { Session } from '../session/session.js';
import { ResultCache, relatedFingerprint } from './cache.js';
import { runTasks } from './dispatch.js';
import type { RunOptions } from './options.js';
import { inShard } from './shard.js';
import { settingsPrint, shardMark } from './shard-mark.js';
import type { Task } from './tasks.js';

/** The document of a checked file, for the HTML report: its analysis's, or read again (cache, worker). */
export function documentOf(file: FileResult, session: Session, options: CheckOptions = {}): Document {
  return file.analysis?.doc ?? buildDocument({ ...session.readInput(file.file.path), path: file.file.path }, session.ruleSetFor(options, file.file.path).lexicon);
}

/** The inputs of a run: ignored and other shards' files left out, the rest read, with their rules. */
interface Plan {
  unreadable: { path: string; message: string }[];
  kept: string[];
  /** Where each kept file, then each unreadable input, stands among the inputs (a shard's report says so, for merging). */
  positions: number[];
  inputs: number;
  ignored: string[];
  ruleSets: RuleSet[];
  texts: InputText[];
  /** The rule sets of every input not ignored, this shard's or not. */
  allRuleSets: RuleSet[];
  reference: RuleSet;
}

function plan(session: Session, given: string[], options: CheckOptions & RunOptions): Plan {
  // one file named twice ("a.md ./a.md", or by a shell glob and by name) is one article
  const paths = [...new Map(given.map((path) => [resolve(session.cwd, path), path])).values()];
  const configs = paths.map((path) => session.configOf(options, path));
  const isIgnored = paths.map((path, k) => session.isIgnored(path, configs[k]!));
  const ignored = paths.filter((_, k) => isIgnored[k]);
  const candidates = paths.map((_, k) => k).filter((k) => !isIgnored[k] && inShard(session.displayPath(paths[k]!), options.shard));
  // every input is read before any is analysed; one that cannot be read is reported and left out, and
  // the others are still checked (the command exits 2 at the end)
  const unreadable: { path: string; message: string }[] = [];
  const unreadablePositions: number[] = [];
  const positions: number[] = [];
  const texts: InputText[] = [];
  for (const k of candidates) {
    try {
      texts.push(session.readInput(paths[k]!));
      positions.push(k);
    } catch (error) {
      if (!(error instanceof CopydeskError)) throw error;
      unreadable.push({ path: error.file ?? session.displayPath(paths[k]!), message: error.message });
      unreadablePositions.push(k);
    }
  }
  const kept = positions.map((k) => paths[k]!);
  // the report lists the rules of every input not ignored (read or not, this shard's or not), so that
  // every shard of a run lists the same rules
  const allRuleSets = session.ruleSetsFor(options, paths.filter((_, k) => !isIgnored[k]));
  const ruleSets = session.ruleSetsFor(options, kept);
  return { kept, positions: [...positions, ...unreadablePositions], inputs: paths.length, ignored, ruleSets, texts, unreadable, allRuleSets, reference: allRuleSets[0] ?? session.ruleSetFor(options) };
}

function resultOf(session: Session, run: Plan, files: FileResult[], related: string[], options: CheckOptions & RunOptions): CheckResult {
  const rules = [...new Map(run.allRuleSets.flatMap((set) => set.rules).map((rule) => [rule.id, rule])).values()];
  const sources = session.sources(related, run.reference);
  return {
    files,
    ignored: run.ignored.map((p) => session.displayPath(p)),
    findings: sortFindings(files.flatMap((f) => f.findings)),
    rules: rules.length ? rules : run.reference.rules,
    sources: sources.map((s) => s.analysis),
    ...(run.unreadable.length ? { unreadable: run.unreadable } : {}),
    ...(options.shard ? { shard: shardMark(options.shard, run.inputs, run.positions, settingsPrint(run.allRuleSets, related.map((path) => session.readInput(path)), {})) } : {}),
  };
}

/** Checks each file as an independent article, in this thread; all inputs are read before any is analysed. */
export function checkFiles(paths: string[], options: CheckOptions = {}, session = new Session()): CheckResult {
  const run = plan(session, paths, options);
  const related = options.related ?? [];
  return resultOf(session, run, run.texts.map((input, k) => checkInput(input, run.ruleSets[k]!, session.sources(related, run.ruleSets[k]!))), related, options);
}

/** One file's result without its analysis: what a worker sends back and the cache keeps. */
export function checkPathResult(path: string, options: CheckOptions, session: Session): CachedResult {
  const ruleSet = session.ruleSetFor(options, path);
  const checked = checkInput(session.readInput(path), ruleSet, session.sources(options.related ?? [], ruleSet));
  return { file: checked.file, findings: checked.findings, ...(checked.provenance ? { provenance: checked.provenance } : {}) };
}

/**
 * Checks many files with the run options: ignored files and other shards' files are left out; every
 * kept input is read before any is analysed; cached results are reused; the rest are checked here or
 * on worker threads. Results come in input order, so the report is the same for any number of jobs,
 * with or without the cache.
 */
export async function checkFilesAsync(paths: string[], options: CheckOptions & RunOptions = {}, session = new Session()): Promise<CheckResult> {
  const run = plan(session, paths, options);
  const { kept, ruleSets, texts } = run;
  const related = options.related ?? [];
  const cache = options.cache ? new ResultCache(resolve(session.cwd, options.cache), options.cache, options.onWarning) : undefined;
  const relatedPrint = cache ? relatedFingerprint(related.map((path) => ({ path, text: session.readInput(path).text }))) : '';
  const keys = kept.map((path, k) => (cache ? ResultCache.key(texts[k]!.text, session.displayPath(path), ruleSets[k]!, relatedPrint) : ''));
  const results: (FileResult | undefined)[] = kept.map((path, k) => cache?.get(session.displayPath(path), keys[k]!));
  const missing = kept.map((_, k) => k).filter((k) => results[k] === undefined);
  const work = missing.reduce((n, k) => n + texts[k]!.text.length, 0);
  const tasks: Task[] = missing.map((k) => ({ type: 'file', path: kept[k]! }));
  // text given in hand (standard input) exists only in this thread's session
  const inHand = missing.some((k) => session.isProvided(kept[k]!));
  const done = await runTasks<FileResult>(tasks, work, inHand ? { ...options, jobs: 1 } : options, session, (n) => checkInput(texts[missing[n]!]!, ruleSets[missing[n]!]!, session.sources(related, ruleSets[missing[n]!]!)));
  missing.forEach((k, n) => (results[k] = done[n]!));
  if (cache) {
    for (const k of missing) {
      const found = results[k]!;
      cache.set(session.displayPath(kept[k]!), keys[k]!, { file: found.file, findings: found.findings, ...(found.provenance ? { provenance: found.provenance } : {}) });
    }
    cache.save();
  }
  return resultOf(session, run, results as FileResult[], related, options);
}

/** Checks text in hand (the library API and the remark plugin): `path` names it and finds its config. */
export function checkText(text: string, path: string, options: CheckOptions = {}, session = new Session()): AnalysedFile {
  // the config that applies is the one nearest the file, as on the command line
  const ruleSet = session.ruleSetFor(options, resolve(session.cwd, path));
  const input = decodeInput(session.displayPath(path), new TextEncoder().encode(text));
  return checkInput(input, ruleSet, session.sources(options.related ?? [], ruleSet));
}
