/**
 * `npm run eval [-- DIR]`: precision and recall of copydesk over the bundled corpus (or any folder of
 * cases laid out the same way, such as a held-out set), per category. A finding
 * at warning or above that a case expects is a true positive; one it does not expect is a false
 * positive; an expected finding that is missing is a false negative.
 */
import { checkFiles } from '../src/run/check-files.js';
import { diffFiles } from '../src/run/diff-files.js';
import type { Category } from '../src/model/finding.js';
import { CORPUS_DIR, compare, findingsOf, loadCases } from '../test/support/corpus.js';

const categories: Category[] = ['repetition', 'contradiction', 'change', 'consistency'];
const counts = new Map(categories.map((c) => [c, { tp: 0, fp: 0, fn: 0 }]));
const failing: string[] = [];
let cases = 0;
const rules = checkFiles([]).rules;
const run = {
  check: (paths: string[], related: string[]) => checkFiles(paths, { related }).findings,
  diff: (paths: string[], related: string[]) => diffFiles(paths, { related }).findings,
};
const root = process.argv[2] ?? CORPUS_DIR;
const all = loadCases(root);
for (const item of all) {
  cases++;
  const comparison = compare(item.expected.findings, findingsOf(item, run));
  for (const { actual } of comparison.matched) counts.get(actual.category)!.tp++;
  for (const finding of comparison.unexpected) counts.get(finding.category)!.fp++;
  for (const missing of comparison.missing) counts.get(missing.category ?? categoryOfRule(rules, missing.rule))!.fn++;
  if (comparison.missing.length || comparison.unexpected.length) failing.push(item.name);
}

function categoryOfRule(rules: { id: string; category: Category }[], id: string | undefined): Category {
  return rules.find((r) => r.id === id)?.category ?? 'repetition';
}

const f = (x: number) => (Number.isNaN(x) ? '  -  ' : x.toFixed(3));
process.stdout.write(`copydesk on ${root}: ${cases} cases\n`);
process.stdout.write(`${'category'.padEnd(15)}${'tp'.padStart(5)}${'fp'.padStart(5)}${'fn'.padStart(5)}  precision  recall\n`);
const total = { tp: 0, fp: 0, fn: 0 };
for (const [category, c] of counts) {
  total.tp += c.tp;
  total.fp += c.fp;
  total.fn += c.fn;
  if (c.tp + c.fp + c.fn === 0) continue;
  process.stdout.write(`${category.padEnd(15)}${String(c.tp).padStart(5)}${String(c.fp).padStart(5)}${String(c.fn).padStart(5)}  ${f(c.tp / (c.tp + c.fp)).padStart(9)}  ${f(c.tp / (c.tp + c.fn)).padStart(6)}\n`);
}
process.stdout.write(`${'all'.padEnd(15)}${String(total.tp).padStart(5)}${String(total.fp).padStart(5)}${String(total.fn).padStart(5)}  ${f(total.tp / (total.tp + total.fp)).padStart(9)}  ${f(total.tp / (total.tp + total.fn)).padStart(6)}\n`);
if (failing.length) process.stdout.write(`cases with differences: ${failing.join(', ')}\n`);
const missed = all.reduce((n, c) => n + c.expected.findings.filter((f) => f.missed).length, 0);
const knownFalse = all.reduce((n, c) => n + (c.expected.knownFalse?.length ?? 0), 0);
if (missed || knownFalse) process.stdout.write(`of these, marked in the cases: ${missed} known misses, ${knownFalse} known false positives (each says why)\n`);
