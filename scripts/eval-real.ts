/**
 * `npm run eval:real [-- --split tune|frozen|all] [--unjudged FILE]`: copydesk on real published copy
 * (corpus/real/README.md). `check` on every real article (the Wikinews articles in corpus/real/articles
 * and, when ../shared/external or COPYDESK_EXTERNAL holds it, the SummEdits news documents, read in
 * place); `diff` on every Wikinews revision pair in corpus/real/revisions, counting what `diff
 * --new-only` reports (the change findings and the check findings the edit brought in). Prints, for
 * check and diff and for all / tune / frozen: documents, words, warnings and errors per 1,000 words,
 * errors, documents flagged, counts per rule, and precision against corpus/real/judgements.jsonl
 * (TRUE / (TRUE + FALSE), DEBATABLE left out; strict: TRUE / all judged). A finding with no judgement
 * is never counted as true: it is listed for judging with --unjudged.
 */
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { checkInput } from '../src/engine/check.js';
import { diffInputs } from '../src/engine/diff.js';
import type { Analysis } from '../src/model/analysis.js';
import { SEVERITY_RANK, type Finding, type Location } from '../src/model/finding.js';
import type { Alignment, InputText } from '../src/model/results.js';
import { Session } from '../src/session/session.js';
import {
  JUDGEMENTS_FILE,
  REAL_DIR,
  compareIds,
  countWords,
  externalDirIfPresent,
  judgementKeys,
  readJudgements,
  readSplit,
  splitOf,
  summeditsDocuments,
  type Judgement,
  type Mode,
  type Split,
  type Verdict,
} from './real-bench.js';

const started = performance.now();
const args = process.argv.slice(2);
function option(name: string): string | undefined {
  const k = args.indexOf(name);
  if (k < 0) return undefined;
  const value = args[k + 1];
  if (value === undefined || value.startsWith('--')) fail(`${name} needs a value`);
  return value;
}
function fail(message: string): never {
  process.stderr.write(`eval:real: ${message}\n`);
  process.exit(2);
}
for (const arg of args) if (arg.startsWith('--') && arg !== '--split' && arg !== '--unjudged' && arg !== '--list' && arg !== '--lift') fail(`unknown option ${arg} (use --split tune|frozen|all, --unjudged FILE, --list RULE|all)`);
const only = option('--split') ?? 'all';
if (only !== 'all' && only !== 'tune' && only !== 'frozen') fail(`--split must be tune, frozen or all, not ${only}`);
const unjudgedFile = option('--unjudged');
// --list RULE: every finding of that rule (or all) in the split, with its verdict: for tuning on the tune split
const listRule = option('--list');

interface Scored {
  finding: Finding;
  key: string;
  verdict?: Verdict;
  /** The paragraphs around the locations, for judges. */
  context: () => { version?: 'old' | 'new'; line: number; text: string }[];
}

interface Doc {
  id: string;
  mode: Mode;
  split: Split;
  source: 'wikinews' | 'summedits';
  words: number;
  flagged: Scored[];
  /** check: the article; diff: the two versions. */
  paths: string[];
  /** A SummEdits document's text, for a judge's copy outside the repository. */
  text?: string;
}

const split = readSplit();
const judgements = readJudgements();
const byKey = new Map<string, Judgement>();
const conflicting = new Set<string>();
for (const j of judgements) {
  const id = `${j.mode}\0${j.key}`;
  const before = byKey.get(id);
  if (before && before.verdict !== j.verdict) conflicting.add(id);
  byKey.set(id, j); // the latest line for a key wins
}
const session = new Session();
const ruleSet = session.ruleSetFor({ noConfig: true });
// --lift: count the findings demoted to info for low confidence as if at their rule's severity (to choose minConfidence on the tune split)
const lift = args.includes('--lift');
const atWarning = (f: Finding) => SEVERITY_RANK[f.severity] >= SEVERITY_RANK.warning || (lift && f.lowConfidence === true);
const wanted = (id: string) => only === 'all' || splitOf(id, split) === only;

/** The block (paragraph, caption, title …) holding each offset, as the file has it, with its first line. */
function blocksAt(analysis: Analysis, offsets: number[]): { line: number; text: string }[] {
  const doc = analysis.doc;
  const seen = new Set<number>();
  const out: { line: number; text: string }[] = [];
  for (const offset of offsets) {
    const block = doc.blocks.find((b) => offset >= b.start && offset < b.end) ?? doc.blocks.find((b) => offset <= b.end);
    if (!block || seen.has(block.index)) continue;
    seen.add(block.index);
    out.push({ line: doc.lines.point(block.start).line, text: doc.source.slice(block.start, block.end) });
  }
  return out;
}

function score(doc: Omit<Doc, 'flagged'>, findings: Finding[], context: (finding: Finding) => Scored['context']): Doc {
  const flagged = findings.filter(atWarning);
  const keys = judgementKeys(doc.id, flagged);
  return {
    ...doc,
    flagged: flagged.map((finding, k) => {
      const judgement = byKey.get(`${doc.mode}\0${keys[k]!}`);
      return { finding, key: keys[k]!, ...(judgement ? { verdict: judgement.verdict } : {}), context: context(finding) };
    }),
  };
}

const docs: Doc[] = [];

// check: every real article
const articleDir = join(REAL_DIR, 'articles');
const articles: { id: string; input: InputText; source: Doc['source'] }[] = readdirSync(articleDir)
  .filter((name) => name.endsWith('.txt'))
  .map((name) => ({ id: basename(name, '.txt'), input: session.readInput(join(articleDir, name)), source: 'wikinews' as const }))
  .sort((a, b) => compareIds(a.id, b.id));
const summedits = summeditsDocuments(externalDirIfPresent());
if (summedits) for (const d of summedits) articles.push({ id: d.id, input: { path: `summedits/${d.id}.txt`, text: d.text, bom: false }, source: 'summedits' });
for (const article of articles) {
  if (!wanted(article.id)) continue;
  const checked = checkInput(article.input, ruleSet);
  const base = {
    id: article.id,
    mode: 'check' as const,
    split: splitOf(article.id, split),
    source: article.source,
    words: countWords(article.input.text),
    paths: [article.input.path],
    ...(article.source === 'summedits' ? { text: article.input.text } : {}),
  };
  docs.push(score(base, checked.findings, (finding) => () => blocksAt(checked.analysis, finding.locations.map((l) => l.start.offset))));
}

// diff: every revision pair, as `diff --new-only` reports it
const revisionDir = join(REAL_DIR, 'revisions');
const pairs = readdirSync(revisionDir).sort(compareIds);
for (const id of pairs) {
  if (!wanted(id)) continue;
  const paths = ['v1.txt', 'v2.txt'].map((name) => join(revisionDir, id, name));
  const inputs = paths.map((path) => session.readInput(path));
  const result = diffInputs(inputs, ruleSet, [], { newOnly: true });
  const step = result.steps[0]!;
  const base = { id, mode: 'diff' as const, split: splitOf(id, split), source: 'wikinews' as const, words: countWords(inputs[1]!.text), paths };
  docs.push(score(base, result.findings, (finding) => () => diffContext(step.old, step.new, step.alignment, finding.locations)));
}

/** For a diff finding: the paragraphs of its locations in their version, and the aligned paragraphs in the other. */
function diffContext(old: Analysis, current: Analysis, alignment: Alignment, locations: Location[]): { version: 'old' | 'new'; line: number; text: string }[] {
  const offsets = { old: new Set<number>(), new: new Set<number>() };
  for (const location of locations) {
    const version = location.path === old.doc.path && location.path !== current.doc.path ? 'old' : 'new';
    const analysis = version === 'old' ? old : current;
    offsets[version].add(location.start.offset);
    const hit = analysis.sentences.filter((s) => s.start < location.end.offset && s.end > location.start.offset).map((s) => s.index);
    for (const pair of alignment.pairs) {
      const mine = version === 'old' ? pair.old : pair.new;
      if (!mine.some((i) => hit.includes(i))) continue;
      const other = version === 'old' ? pair.new : pair.old;
      const otherAnalysis = version === 'old' ? current : old;
      for (const i of other) offsets[version === 'old' ? 'new' : 'old'].add(otherAnalysis.sentences[i]!.start);
    }
  }
  return [
    ...blocksAt(old, [...offsets.old].sort((a, b) => a - b)).map((b) => ({ version: 'old' as const, ...b })),
    ...blocksAt(current, [...offsets.new].sort((a, b) => a - b)).map((b) => ({ version: 'new' as const, ...b })),
  ];
}

// ---- figures

interface Figures {
  documents: number;
  words: number;
  warnings: number;
  errors: number;
  flaggedDocs: number;
  verdicts: Record<Verdict, number>;
  unjudged: number;
}

function figures(set: Doc[]): Figures {
  const out: Figures = { documents: set.length, words: 0, warnings: 0, errors: 0, flaggedDocs: 0, verdicts: { TRUE: 0, DEBATABLE: 0, FALSE: 0 }, unjudged: 0 };
  for (const doc of set) {
    out.words += doc.words;
    if (doc.flagged.length) out.flaggedDocs++;
    for (const s of doc.flagged) {
      if (s.finding.severity === 'error') out.errors++;
      else out.warnings++;
      if (s.verdict) out.verdicts[s.verdict]++;
      else out.unjudged++;
    }
  }
  return out;
}

const fixed = (x: number, digits = 3) => (Number.isFinite(x) ? x.toFixed(digits) : '-');
const ratio = (a: number, b: number) => (b === 0 ? '-' : fixed(a / b));
const thousands = (n: number) => n.toLocaleString('en-GB');

function row(label: string, f: Figures): string {
  const v = f.verdicts;
  const judged = v.TRUE + v.DEBATABLE + v.FALSE;
  const cells = [
    label.padEnd(16),
    String(f.documents).padStart(5),
    thousands(f.words).padStart(8),
    fixed(f.words ? (1000 * (f.warnings + f.errors)) / f.words : NaN, 2).padStart(8),
    String(f.warnings + f.errors).padStart(6),
    String(f.errors).padStart(6),
    String(f.flaggedDocs).padStart(7),
    `${v.TRUE}/${v.DEBATABLE}/${v.FALSE}`.padStart(10),
    String(f.unjudged).padStart(8),
    ratio(v.TRUE, v.TRUE + v.FALSE).padStart(9),
    ratio(v.TRUE, judged).padStart(7),
  ];
  return cells.join(' ');
}

const parts: ('all' | Split)[] = only === 'all' ? ['all', 'tune', 'frozen'] : [only];
const inPart = (part: 'all' | Split) => (d: Doc) => part === 'all' || d.split === part;
const out: string[] = [];
const external = externalDirIfPresent();
out.push(`copydesk on real published copy (${REAL_DIR}; split ${only})`);
out.push(summedits ? `SummEdits news: ${summedits.length} documents read from ${external}/summedits-news (not in the repository)` : 'SummEdits news: not found in ../shared/external or COPYDESK_EXTERNAL, skipped');
const header = ['', 'docs', 'words', 'w+e/1k', 'w+e', 'errors', 'flagged', 'T/D/F', 'unjudged', 'precision', 'strict'];
const widths = [16, 5, 8, 8, 6, 6, 7, 10, 8, 9, 7];
for (const mode of ['check', 'diff'] as Mode[]) {
  const ofMode = docs.filter((d) => d.mode === mode);
  out.push('');
  out.push(mode === 'check' ? 'check: each article on its own; warnings and errors' : 'diff: each revision pair v1 → v2, what --new-only reports; warnings and errors; words of v2');
  out.push(header.map((h, k) => (k === 0 ? h.padEnd(widths[k]!) : h.padStart(widths[k]!))).join(' '));
  for (const part of parts) {
    out.push(row(part, figures(ofMode.filter(inPart(part)))));
    if (mode === 'check' && summedits) for (const source of ['wikinews', 'summedits'] as const) out.push(row(`  ${source}`, figures(ofMode.filter(inPart(part)).filter((d) => d.source === source))));
  }
  const rules = new Map<string, Map<string, Scored[]>>();
  for (const doc of ofMode) {
    for (const s of doc.flagged) {
      const byPart = rules.get(s.finding.ruleId) ?? new Map<string, Scored[]>();
      rules.set(s.finding.ruleId, byPart);
      for (const part of parts) if (inPart(part)(doc)) byPart.set(part, [...(byPart.get(part) ?? []), s]);
    }
  }
  out.push(`  per rule (${parts.join(' | ')}; errors; T/D/F judged over ${parts[0]}):`);
  for (const [rule, byPart] of [...rules].sort((a, b) => (b[1].get(parts[0]!)?.length ?? 0) - (a[1].get(parts[0]!)?.length ?? 0) || (a[0] < b[0] ? -1 : 1))) {
    const first = byPart.get(parts[0]!) ?? [];
    const t = (v: Verdict) => first.filter((s) => s.verdict === v).length;
    const errors = first.filter((s) => s.finding.severity === 'error').length;
    out.push(`    ${rule.padEnd(22)} ${parts.map((p) => String(byPart.get(p)?.length ?? 0)).join(' | ').padEnd(14)} errors ${String(errors).padEnd(3)} ${t('TRUE')}/${t('DEBATABLE')}/${t('FALSE')}`);
  }
  if (rules.size === 0) out.push('    (none)');
}

const current = new Set(docs.flatMap((d) => d.flagged.map((s) => `${d.mode}\0${s.key}`)));
const covered = new Set(docs.map((d) => `${d.mode}\0${d.id}`));
const stale = [...byKey.entries()].filter(([k, j]) => !current.has(k) && covered.has(`${j.mode}\0${j.id}`)).length;
out.push('');
out.push(
  `judgements: ${byKey.size} judged findings in ${JUDGEMENTS_FILE}` +
    (stale ? `; ${stale} of them no longer reported (kept: they count again if the finding returns)` : '') +
    (conflicting.size ? `; ${conflicting.size} judged differently on different lines (the last line counts)` : ''),
);
out.push('precision = TRUE / (TRUE + FALSE), DEBATABLE left out; strict = TRUE / judged; unjudged findings are never counted as true');

if (unjudgedFile) {
  const lines: string[] = [];
  const copies = join(dirname(unjudgedFile), `${basename(unjudgedFile).replace(/\.jsonl?$/, '')}-summedits`);
  let copied = 0;
  for (const doc of docs) {
    const unjudged = doc.flagged.filter((s) => !s.verdict);
    if (unjudged.length === 0) continue;
    let paths = doc.paths;
    if (doc.text !== undefined) {
      mkdirSync(copies, { recursive: true });
      const copy = join(copies, `${doc.id}.txt`);
      writeFileSync(copy, doc.text);
      copied++;
      paths = [copy];
    }
    for (const s of unjudged) {
      const f = s.finding;
      const locations = f.locations.map((l) => ({ role: l.role ?? null, text: l.text, line: l.start.line, ...(doc.mode === 'diff' ? { version: l.path.endsWith('v1.txt') ? 'old' : 'new' } : {}) }));
      const where = doc.mode === 'check' ? { article: paths[0] } : { versions: paths };
      lines.push(JSON.stringify({ id: doc.id, mode: doc.mode, split: doc.split, rule: f.ruleId, key: s.key, severity: f.severity, message: f.message, locations, context: s.context(), ...where }));
    }
  }
  mkdirSync(dirname(unjudgedFile), { recursive: true });
  writeFileSync(unjudgedFile, lines.length ? `${lines.join('\n')}\n` : '');
  out.push(`unjudged findings at warning or above: ${lines.length}, written to ${unjudgedFile}` + (copied ? ` (SummEdits texts for judges in ${copies}: keep them out of the repository)` : ''));
}
if (listRule) {
  for (const doc of docs) {
    for (const s of doc.flagged) {
      if (listRule !== 'all' && s.finding.ruleId !== listRule) continue;
      const at = s.finding.locations.map((l) => JSON.stringify(l.text.slice(0, 70))).join(' / ');
      out.push(`${s.verdict ?? 'UNJUDGED'} ${doc.id} ${s.finding.ruleId} ${s.finding.severity} ${s.finding.confidence}: ${s.finding.message.slice(0, 160)}\n      ${at}`);
    }
  }
}
out.push(`took ${((performance.now() - started) / 1000).toFixed(1)} s`);
process.stdout.write(`${out.join('\n')}\n`);
