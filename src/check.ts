import { analyse, type Analysis } from './claims/analyse.js';
import { againstSources, toSource, type Provenance, type Source } from './related/sources.js';
import { displayPath } from './display-path.js';
import { dedupeFindings } from './engine/dedupe.js';
import { applyDirectives } from './engine/directives.js';
import { runRules } from './engine/run-rules.js';
import { sortFindings } from './engine/sort.js';
import { buildDocument } from './load/document.js';
import { decodeInput, readInput, type InputText } from './load/read-input.js';
import type { Finding } from './model.js';
import { configFor, defaultConfig, type Config } from './config/config.js';
import { isIgnored } from './config/ignore.js';
import { ruleSetForConfig } from './config/rule-set.js';
import type { RuleSet } from './rules/load-pack.js';
import { join } from 'node:path';
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
  /** Leave the default pack out. */
  noDefaultRules?: boolean;
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
  analysis: Analysis;
  /** With related reports: which back each sentence. */
  provenance?: Provenance[];
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
  const config = options.noConfig ? defaultConfig() : configFor(file, options.config);
  return options.noDefaultRules ? { ...config, defaultRules: false } : config;
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
export function checkInput(input: InputText, ruleSet: RuleSet, sources: Source[] = [], options: { deferDirectives?: boolean } = {}): FileResult {
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
  const result: FileResult = { file, findings, analysis };
  if (related) result.provenance = related.provenance;
  return result;
}

/** Checks each file as an independent article; all inputs are read before any is analysed. */
export function checkFiles(paths: string[], options: CheckOptions = {}): CheckResult {
  const configs = paths.map((path) => configOf(options, path));
  const ignored = paths.filter((path, k) => isIgnored(path, configs[k]!));
  const kept = paths.filter((path) => !ignored.includes(path));
  const ruleSets = kept.map((path) => ruleSetFor(options, path));
  // every input is read before any is analysed: a bad file stops the run before a report is written
  const inputs = kept.map((path) => readInput(path));
  const sourcesByRules = new Map<RuleSet, Source[]>();
  const sourcesFor = (ruleSet: RuleSet) => {
    let sources = sourcesByRules.get(ruleSet);
    if (!sources) {
      sources = loadSources(options.related ?? [], ruleSet);
      sourcesByRules.set(ruleSet, sources);
    }
    return sources;
  };
  const reference = ruleSets[0] ?? ruleSetFor(options);
  const sources = sourcesFor(reference);
  const files = inputs.map((input, k) => checkInput(input, ruleSets[k]!, sourcesFor(ruleSets[k]!)));
  const rules = [...new Map(ruleSets.flatMap((set) => set.rules).map((rule) => [rule.id, rule])).values()];
  return { files, ignored: ignored.map((p) => displayPath(p)), findings: sortFindings(files.flatMap((f) => f.findings)), rules: rules.length ? rules : reference.rules, sources: sources.map((s) => s.analysis) };
}

/** Checks text in hand (the library API and the remark plugin). */
export function checkText(text: string, path: string, options: CheckOptions = {}): FileResult {
  const ruleSet = ruleSetFor(options);
  return checkInput(decodeInput(path, new TextEncoder().encode(text)), ruleSet, loadSources(options.related ?? [], ruleSet));
}
