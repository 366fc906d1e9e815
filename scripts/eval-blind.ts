/**
 * `node dist/scripts/eval-blind.js DIR [--details]`: copydesk on a blind set, cases written by
 * someone who never saw copydesk (docs/accuracy.md), matched as blind-cases.ts says. Only findings
 * at warning or above count, as CI sees them; an expected
 * finding copydesk reports only at info is a miss (counted apart). Prints precision and recall by kind
 * of case (check, diff, related) and by category; `--details` lists what differs case by case (for
 * a development set only: the held-out set's figures are read without looking at its cases), and
 * `--scores` each finding's confidence and whether it matched (development sets only, to choose
 * `minConfidence`; demoted findings count as raised).
 */
import { Session } from '../src/session/session.js';
import { loadCases } from '../test/support/corpus.js';
import { blindScorer, kindOf, scoreCase } from './blind-cases.js';

const dir = process.argv[2];
if (!dir) {
  process.stderr.write('usage: eval-blind DIR [--details] [--scores]\n');
  process.exit(2);
}
const details = process.argv.includes('--details');
// --scores (development sets only): every finding at warning, or demoted for low confidence, with its
// rule, confidence and whether it matched
const scores = process.argv.includes('--scores');
const scorer = blindScorer(new Session());
const blank = () => ({ tp: 0, fp: 0, fn: 0, info: 0 });
const byKind = new Map<string, ReturnType<typeof blank>>();
const byCategory = new Map<string, ReturnType<typeof blank>>();
const count = (map: Map<string, ReturnType<typeof blank>>, key: string) => {
  let entry = map.get(key);
  if (!entry) map.set(key, (entry = blank()));
  return entry;
};
const lines: string[] = [];
const cases = loadCases(dir);
for (const item of cases) {
  const kind = kindOf(item);
  const found = scorer.run(item);
  const { matched, missing, unmatched } = scoreCase(scorer, item, found, scores);
  for (const [expected, finding] of matched) {
    if (scores) lines.push(`TP ${finding.ruleId} ${finding.confidence} ${item.name}`);
    count(byKind, kind).tp++;
    count(byCategory, scorer.categoryOf(expected)).tp++;
  }
  for (const expected of missing) {
    const category = scorer.categoryOf(expected);
    count(byKind, kind).fn++;
    count(byCategory, category).fn++;
    if (found.some((f) => f.severity === 'info' && scorer.matches(expected, f))) {
      count(byKind, kind).info++;
      count(byCategory, category).info++;
    }
  }
  for (const f of unmatched) {
    if (scores) lines.push(`FP ${f.ruleId} ${f.confidence} ${item.name}`);
    count(byKind, kind).fp++;
    count(byCategory, f.category).fp++;
  }
  if (details && (missing.length || unmatched.length)) {
    lines.push(`${item.name} (${kind}):`);
    for (const m of missing) lines.push(`  missed ${scorer.categoryOf(m)}${m.rule ? ` (${m.rule})` : ''}: ${m.spans.map((s) => JSON.stringify(s)).join(' / ')}`);
    for (const f of unmatched) lines.push(`  false ${f.ruleId} ${f.severity} ${f.locations[0]!.start.line}:${f.locations[0]!.start.column}: ${f.message}`);
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
