/**
 * `node dist/scripts/eval-blind.js DIR [--details]`: copydesk on a blind set, cases written by
 * someone who never saw copydesk (docs/accuracy.md). Blind authors name the category and the words of
 * each problem, not copydesk's rule or its exact location, so a finding matches an expected one when
 * the categories agree and each expected span overlaps a location of the finding or the sentence it
 * stands in (one holds the other), in either order. Only findings at warning or above count, as CI sees them; an expected
 * finding copydesk reports only at info is a miss (counted apart). Prints precision and recall by kind
 * of case (check, diff, related) and by category; `--details` lists what differs case by case (for
 * a development set only: the held-out set's figures are read without looking at its cases), and
 * `--scores` each finding's confidence and whether it matched (development sets only, to choose
 * `minConfidence`; demoted findings count as raised).
 */
import { analyseInput } from '../src/engine/check.js';
import type { Analysis } from '../src/model/analysis.js';
import { SEVERITY_RANK, type Category, type Finding, type Location } from '../src/model/finding.js';
import { checkFiles } from '../src/run/check-files.js';
import { diffFiles } from '../src/run/diff-files.js';
import { Session } from '../src/session/session.js';
import { findingsOf, loadCases, type CorpusCase, type ExpectedFinding } from '../test/support/corpus.js';

const dir = process.argv[2];
if (!dir) {
  process.stderr.write('usage: eval-blind DIR [--details]\n');
  process.exit(2);
}
const details = process.argv.includes('--details');
// --scores (development sets only): every finding at warning, or demoted for low confidence, with its
// rule, confidence and whether it matched, to choose minConfidence by
const scores = process.argv.includes('--scores');
const session = new Session();
const rules = session.ruleSetFor({ noConfig: true }).rules;
const categoryOf = (expected: ExpectedFinding): Category => expected.category ?? rules.find((r) => r.id === expected.rule)?.category ?? 'contradiction';
const normal = (text: string) => text.replace(/\s+/g, ' ').trim().toLowerCase();
const overlaps = (place: string, span: string) => {
  const y = normal(span);
  return y.length > 0 && place.split('\u0000').some((part) => {
    const x = normal(part);
    return x.length > 0 && (x.includes(y) || y.includes(x));
  });
};

/**
 * The text an editor is sent to by a location: the location's own words and the whole sentence they
 * stand in (a blind author may quote the speaker's name where copydesk points at the quotation).
 */
const sentencesOf = new Map<string, Analysis | null>();
function placeText(location: Location): string {
  let analysis = sentencesOf.get(location.path);
  if (analysis === undefined) {
    try {
      analysis = analyseInput(session.readInput(location.path), session.ruleSetFor({ noConfig: true }).lexicon);
    } catch {
      analysis = null;
    }
    sentencesOf.set(location.path, analysis);
  }
  const around = analysis?.sentences.filter((s) => s.start < location.end.offset && s.end > location.start.offset) ?? [];
  const sentence = around.length ? analysis!.doc.source.slice(around[0]!.start, around[around.length - 1]!.end) : '';
  return `${location.text}\u0000${sentence}`;
}

function matches(expected: ExpectedFinding, actual: Finding): boolean {
  if (categoryOf(expected) !== actual.category) return false;
  const texts = actual.locations.map(placeText);
  const spans = expected.spans.slice(0, 2);
  const inOrder = spans.every((span, i) => texts[i] !== undefined && overlaps(texts[i]!, span));
  const swapped = spans.length === 2 && texts.length >= 2 && overlaps(texts[0]!, spans[1]!) && overlaps(texts[1]!, spans[0]!);
  return inOrder || swapped;
}

type Kind = 'check' | 'diff' | 'related';
const kindOf = (item: CorpusCase): Kind => (item.versions.length >= 2 ? 'diff' : item.related.length ? 'related' : 'check');
const blank = () => ({ tp: 0, fp: 0, fn: 0, info: 0 });
const byKind = new Map<string, ReturnType<typeof blank>>();
const byCategory = new Map<string, ReturnType<typeof blank>>();
const count = (map: Map<string, ReturnType<typeof blank>>, key: string) => {
  let entry = map.get(key);
  if (!entry) map.set(key, (entry = blank()));
  return entry;
};
const run = {
  check: (paths: string[], related: string[]) => checkFiles(paths, { related, noConfig: true }, session).findings,
  diff: (paths: string[], related: string[]) => diffFiles(paths, { related, noConfig: true }, session).findings,
};
const lines: string[] = [];
const cases = loadCases(dir);
for (const item of cases) {
  const kind = kindOf(item);
  const found = findingsOf(item, run);
  const warnings = found.filter((f) => SEVERITY_RANK[f.severity] >= SEVERITY_RANK.warning || (scores && f.lowConfidence));
  const pool = [...warnings];
  const missing: ExpectedFinding[] = [];
  for (const expected of item.expected.findings) {
    const at = pool.findIndex((f) => matches(expected, f));
    const category = categoryOf(expected);
    if (at >= 0) {
      if (scores) lines.push(`TP ${pool[at]!.ruleId} ${pool[at]!.confidence} ${item.name}`);
      pool.splice(at, 1);
      count(byKind, kind).tp++;
      count(byCategory, category).tp++;
    } else {
      count(byKind, kind).fn++;
      count(byCategory, category).fn++;
      if (found.some((f) => f.severity === 'info' && matches(expected, f))) {
        count(byKind, kind).info++;
        count(byCategory, category).info++;
      }
      missing.push(expected);
    }
  }
  for (const f of pool) {
    if (scores) lines.push(`FP ${f.ruleId} ${f.confidence} ${item.name}`);
    count(byKind, kind).fp++;
    count(byCategory, f.category).fp++;
  }
  if (details && (missing.length || pool.length)) {
    lines.push(`${item.name} (${kind}):`);
    for (const m of missing) lines.push(`  missed ${categoryOf(m)}${m.rule ? ` (${m.rule})` : ''}: ${m.spans.map((s) => JSON.stringify(s)).join(' / ')}`);
    for (const f of pool) lines.push(`  false ${f.ruleId} ${f.severity} ${f.locations[0]!.start.line}:${f.locations[0]!.start.column}: ${f.message}`);
  }
}
const f3 = (x: number) => (Number.isFinite(x) ? x.toFixed(3) : '  -  ');
const table = (title: string, map: Map<string, ReturnType<typeof blank>>) => {
  const out = [`${title.padEnd(15)}   tp   fp   fn  precision  recall  (missed but at info)`];
  const total = blank();
  for (const [key, c] of [...map].sort()) {
    total.tp += c.tp;
    total.fp += c.fp;
    total.fn += c.fn;
    total.info += c.info;
    out.push(`${key.padEnd(15)} ${String(c.tp).padStart(4)} ${String(c.fp).padStart(4)} ${String(c.fn).padStart(4)}  ${f3(c.tp / (c.tp + c.fp)).padStart(9)}  ${f3(c.tp / (c.tp + c.fn)).padStart(6)}  ${c.info}`);
  }
  out.push(`${'all'.padEnd(15)} ${String(total.tp).padStart(4)} ${String(total.fp).padStart(4)} ${String(total.fn).padStart(4)}  ${f3(total.tp / (total.tp + total.fp)).padStart(9)}  ${f3(total.tp / (total.tp + total.fn)).padStart(6)}  ${total.info}`);
  return out.join('\n');
};
process.stdout.write(`copydesk on the blind set ${dir}: ${cases.length} cases\n${table('kind of case', byKind)}\n\n${table('category', byCategory)}\n`);
if (lines.length) process.stdout.write(`\n${lines.join('\n')}\n`);
