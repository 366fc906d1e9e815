import { analyse, type Analysis } from './claims/analyse.js';
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
}

export interface CheckResult {
  files: FileResult[];
  findings: Finding[];
  rules: RuleConfig[];
}

export function ruleSetFor(options: CheckOptions = {}): RuleSet {
  const packs = [...(options.noDefaultRules ? [] : [DEFAULT_PACK]), ...(options.rules ?? [])];
  return loadRuleSet(packs);
}

/** Checks one article already read: the pipeline of DESIGN.md from document to sorted findings. */
export function checkInput(input: InputText, ruleSet: RuleSet): FileResult {
  const doc = buildDocument({ ...input, path: displayPath(input.path) });
  const analysis = analyse(doc, ruleSet.lexicon);
  const findings = sortFindings(dedupeFindings(runRules(analysis, ruleSet.rules, ruleSet.lexicon)));
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
  return { file, findings, analysis };
}

/** Checks each file as an independent article; all inputs are read before any is analysed. */
export function checkFiles(paths: string[], options: CheckOptions = {}): CheckResult {
  const ruleSet = ruleSetFor(options);
  const inputs = paths.map((path) => readInput(path));
  const files = inputs.map((input) => checkInput(input, ruleSet));
  return { files, findings: sortFindings(files.flatMap((f) => f.findings)), rules: ruleSet.rules };
}

/** Checks text in hand (the library API and the remark plugin). */
export function checkText(text: string, path: string, options: CheckOptions = {}): FileResult {
  return checkInput(decodeInput(path, new TextEncoder().encode(text)), ruleSetFor(options));
}
