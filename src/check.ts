import { analyse, type Analysis } from './claims/analyse.js';
import { againstSources, toSource, type Provenance, type Source } from './related/sources.js';
import { displayPath } from './display-path.js';
import { dedupeFindings } from './engine/dedupe.js';
import { runRules } from './engine/run-rules.js';
import { sortFindings } from './engine/sort.js';
import { buildDocument } from './load/document.js';
import { decodeInput, readInput, type InputText } from './load/read-input.js';
import type { Finding } from './model.js';
import { DEFAULT_PACK, loadRuleSet, type RuleSet } from './rules/load-pack.js';
import type { RuleConfig } from './rules/types.js';

export interface CheckOptions {
  /** Rule packs added after the default pack. */
  rules?: string[];
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
  findings: Finding[];
  rules: RuleConfig[];
  /** The related reports the articles were read against. */
  sources: Analysis[];
}

export function ruleSetFor(options: CheckOptions = {}): RuleSet {
  const packs = [...(options.noDefaultRules ? [] : [DEFAULT_PACK]), ...(options.rules ?? [])];
  return loadRuleSet(packs);
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
export function checkInput(input: InputText, ruleSet: RuleSet, sources: Source[] = []): FileResult {
  const analysis = analyseInput(input, ruleSet);
  const doc = analysis.doc;
  const raw = runRules(analysis, ruleSet.rules, ruleSet.lexicon);
  const related = sources.length ? againstSources(analysis, sources, ruleSet) : undefined;
  if (related) raw.push(...related.findings);
  const findings = sortFindings(dedupeFindings(raw));
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
  const ruleSet = ruleSetFor(options);
  const inputs = paths.map((path) => readInput(path));
  const sources = loadSources(options.related ?? [], ruleSet);
  const files = inputs.map((input) => checkInput(input, ruleSet, sources));
  return { files, findings: sortFindings(files.flatMap((f) => f.findings)), rules: ruleSet.rules, sources: sources.map((s) => s.analysis) };
}

/** Checks text in hand (the library API and the remark plugin). */
export function checkText(text: string, path: string, options: CheckOptions = {}): FileResult {
  const ruleSet = ruleSetFor(options);
  return checkInput(decodeInput(path, new TextEncoder().encode(text)), ruleSet, loadSources(options.related ?? [], ruleSet));
}
