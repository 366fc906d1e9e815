import { analyse, type Analysis } from './claims/analyse.js';
import { againstSources, toSource, type Provenance, type Source } from './related/sources.js';
import { ResultCache, relatedFingerprint, type CachedResult } from './run/cache.js';
import { runTasks } from './run/dispatch.js';
import { inShard, type Shard } from './run/shard.js';
import type { Task } from './run/worker.js';
import { displayPath } from './display-path.js';
import { dedupeFindings } from './engine/dedupe.js';
import { applyDirectives } from './engine/directives.js';
import { runRules } from './engine/run-rules.js';
import { sortFindings } from './engine/sort.js';
import { buildDocument } from './load/document.js';
import { decodeInput, readInput, type InputText } from './load/read-input.js';
import type { Document, Finding } from './model.js';
import { configFor, defaultConfig, type Config } from './config/config.js';
import { isIgnored } from './config/ignore.js';
import { ruleSetForConfig } from './config/rule-set.js';
import type { RuleSet } from './rules/load-pack.js';
import { join, resolve } from 'node:path';
import type { RuleConfig } from './rules/types.js';

export interface CheckOptions {
  /** Rule packs added after the default pack and the config's packs. */
  rules?: string[];
  /** A config file for every input, instead of the nearest .copydeskrc found above each. */
  config?: string;
  /** Use no config file at all. */
  noConfig?: boolean;
  /** Related reports of the same story, each article is read against. */
  related?: string[];
}

export interface FileSummary {
  path: string;
  format: 'markdown' | 'text';
  title?: string;
  paragraphs: number;
  sentences: number;
  claims: number;
  entities: number;
}

export interface FileResult {
  file: FileSummary;
  findings: Finding[];
  /** The analysis, when the file was checked in this thread (not from the cache or a worker). */
  analysis?: Analysis;
  /** With related reports: which back each sentence. */
  provenance?: Provenance[];
}

/** A file checked in this thread, with its analysis. */
export interface AnalysedFile extends FileResult {
  analysis: Analysis;
}

/** The document of a checked file, for the HTML report: its analysis's, or read again (cache, worker). */
export function documentOf(file: FileResult): Document {
  return file.analysis?.doc ?? buildDocument({ ...readInput(file.file.path), path: file.file.path });
}

/** Running a check over many files: threads, a part of the inputs, a cache of unchanged files. */
export interface RunOptions {
  /** Worker threads (default: 1 in the library, all cores on the command line). */
  jobs?: number;
  /** Only this part of the inputs (a CI matrix or a job queue splits an archive by it). */
  shard?: Shard;
  /** A cache file: unchanged inputs (content, rules, config, related reports) are not analysed again. */
  cache?: string;
  /** Characters of text below which the run stays on one thread (default WORKER_THRESHOLD, run/dispatch.ts). */
  minParallelWork?: number;
}

export interface CheckResult {
  files: FileResult[];
  /** Inputs left out by .copydeskignore or a config's `ignore`. */
  ignored: string[];
  findings: Finding[];
  rules: RuleConfig[];
  /** The related reports the articles were read against. */
  sources: Analysis[];
}

/** The config that governs a file under these options. */
export function configOf(options: CheckOptions, file = join(process.cwd(), 'article')): Config {
  return options.noConfig ? defaultConfig() : configFor(file, options.config);
}

/** The rules for a file: its config's, with the command line's packs on top. */
export function ruleSetFor(options: CheckOptions = {}, file?: string): RuleSet {
  return ruleSetForConfig(configOf(options, file), options.rules ?? []);
}

/** Reads a file or text into an analysis. */
export function analyseInput(input: InputText, ruleSet: RuleSet): Analysis {
  return analyse(buildDocument({ ...input, path: displayPath(input.path) }), ruleSet.lexicon);
}

/** Related reports, read and indexed once for all the articles of a run. */
export function loadSources(paths: string[], ruleSet: RuleSet): Source[] {
  return paths.map((path) => toSource(analyseInput(readInput(path), ruleSet)));
}

/** Checks one article already read: the pipeline of DESIGN.md from document to sorted findings. */
export function checkInput(input: InputText, ruleSet: RuleSet, sources: Source[] = [], options: { deferDirectives?: boolean } = {}): AnalysedFile {
  const analysis = analyseInput(input, ruleSet);
  const doc = analysis.doc;
  const raw = runRules(analysis, ruleSet.rules, ruleSet.lexicon);
  const related = sources.length ? againstSources(analysis, sources, ruleSet) : undefined;
  if (related) raw.push(...related.findings);
  const deduped = dedupeFindings(raw);
  // in diff mode the newest version's comments also silence the change findings: applied later, once
  const findings = sortFindings(options.deferDirectives ? deduped : applyDirectives(doc, deduped, ruleSet.rules));
  const file: FileSummary = {
    path: doc.path,
    format: doc.format,
    paragraphs: doc.blocks.filter((b) => b.paragraph > 0).length,
    sentences: analysis.sentences.length,
    claims: analysis.claims.length,
    entities: analysis.entities.length,
  };
  const title = doc.frontMatter.title ?? doc.blocks.find((b) => b.kind === 'title')?.text;
  if (title) file.title = title;
  const checked: AnalysedFile = { file, findings, analysis };
  if (related) checked.provenance = related.provenance;
  return checked;
}

const sourcesByRules = new WeakMap<RuleSet, Map<string, Source[]>>();

/** Related reports for a rule set, read once per process (and per worker). */
function sourcesOf(ruleSet: RuleSet, related: string[]): Source[] {
  const key = related.join('\0');
  let byKey = sourcesByRules.get(ruleSet);
  if (!byKey) {
    byKey = new Map();
    sourcesByRules.set(ruleSet, byKey);
  }
  let sources = byKey.get(key);
  if (!sources) {
    sources = loadSources(related, ruleSet);
    byKey.set(key, sources);
  }
  return sources;
}

/** The inputs of a run: ignored and other shards' files left out, the rest read, with their rules. */
interface Plan {
  kept: string[];
  ignored: string[];
  ruleSets: RuleSet[];
  texts: InputText[];
  reference: RuleSet;
}

function plan(given: string[], options: CheckOptions & RunOptions): Plan {
  // one file named twice ("a.md ./a.md", or by a shell glob and by name) is one article
  const paths = [...new Map(given.map((path) => [resolve(path), path])).values()];
  const configs = paths.map((path) => configOf(options, path));
  const ignored = paths.filter((path, k) => isIgnored(path, configs[k]!));
  const kept = paths.filter((path) => !ignored.includes(path) && inShard(displayPath(path), options.shard));
  const ruleSets = kept.map((path) => ruleSetFor(options, path));
  // every input is read before any is analysed: a bad file stops the run before a report is written
  const texts = kept.map((path) => readInput(path));
  return { kept, ignored, ruleSets, texts, reference: ruleSets[0] ?? ruleSetFor(options) };
}

function resultOf(run: Plan, files: FileResult[], related: string[]): CheckResult {
  const rules = [...new Map(run.ruleSets.flatMap((set) => set.rules).map((rule) => [rule.id, rule])).values()];
  return {
    files,
    ignored: run.ignored.map((p) => displayPath(p)),
    findings: sortFindings(files.flatMap((f) => f.findings)),
    rules: rules.length ? rules : run.reference.rules,
    sources: sourcesOf(run.reference, related).map((s) => s.analysis),
  };
}

/** Checks each file as an independent article, in this thread; all inputs are read before any is analysed. */
export function checkFiles(paths: string[], options: CheckOptions = {}): CheckResult {
  const run = plan(paths, options);
  const related = options.related ?? [];
  return resultOf(run, run.texts.map((input, k) => checkInput(input, run.ruleSets[k]!, sourcesOf(run.ruleSets[k]!, related))), related);
}

/** One file's result without its analysis: what a worker sends back and the cache keeps. */
export function checkPathResult(path: string, options: CheckOptions): CachedResult {
  const ruleSet = ruleSetFor(options, path);
  const checked = checkInput(readInput(path), ruleSet, sourcesOf(ruleSet, options.related ?? []));
  return { file: checked.file, findings: checked.findings, ...(checked.provenance ? { provenance: checked.provenance } : {}) };
}

/**
 * Checks many files with the run options: ignored files and other shards' files are left out; every
 * kept input is read before any is analysed; cached results are reused; the rest are checked here or
 * on worker threads. Results come in input order, so the report is the same for any number of jobs,
 * with or without the cache.
 */
export async function checkFilesAsync(paths: string[], options: CheckOptions & RunOptions = {}): Promise<CheckResult> {
  const run = plan(paths, options);
  const { kept, ruleSets, texts } = run;
  const related = options.related ?? [];
  const cache = options.cache ? new ResultCache(options.cache) : undefined;
  const relatedPrint = cache ? relatedFingerprint(related.map((path) => ({ path, text: readInput(path).text }))) : '';
  const keys = kept.map((path, k) => (cache ? ResultCache.key(texts[k]!.text, displayPath(path), ruleSets[k]!, relatedPrint) : ''));
  const results: (FileResult | undefined)[] = kept.map((path, k) => cache?.get(displayPath(path), keys[k]!));
  const missing = kept.map((_, k) => k).filter((k) => results[k] === undefined);
  const work = missing.reduce((n, k) => n + texts[k]!.text.length, 0);
  const tasks: Task[] = missing.map((k) => ({ type: 'file', path: kept[k]! }));
  const done = await runTasks<FileResult>(tasks, work, options, (n) => checkInput(texts[missing[n]!]!, ruleSets[missing[n]!]!, sourcesOf(ruleSets[missing[n]!]!, related)));
  missing.forEach((k, n) => (results[k] = done[n]!));
  if (cache) {
    for (const k of missing) {
      const found = results[k]!;
      cache.set(displayPath(kept[k]!), keys[k]!, { file: found.file, findings: found.findings, ...(found.provenance ? { provenance: found.provenance } : {}) });
    }
    cache.save();
  }
  return resultOf(run, results as FileResult[], related);
}

/** Checks text in hand (the library API and the remark plugin). */
export function checkText(text: string, path: string, options: CheckOptions = {}): AnalysedFile {
  // the config that applies is the one nearest the file, as on the command line
  const ruleSet = ruleSetFor(options, resolve(path));
  return checkInput(decodeInput(path, new TextEncoder().encode(text)), ruleSet, sourcesOf(ruleSet, options.related ?? []));
}
