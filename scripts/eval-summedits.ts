/**
 * Measures --related on SummEdits news (Laban et al., 2023): each summary is checked as an article
 * with its news document as the related report; a contradiction finding at warning or above means
 * "inconsistent" (label 0). Reports precision on what is flagged and balanced accuracy, overall and
 * per edit type (an inconsistent summary counts under each of its edit types).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkInput } from '../src/engine/check.js';
import { Session } from '../src/session/session.js';
import { SEVERITY_RANK } from '../src/model/finding.js';
import { toSource } from '../src/engine/related.js';
import { type Source } from '../src/model/results.js';
import { analyseInput } from '../src/engine/check.js';
import { add, emptyCounts, externalDir, metrics, type Counts } from './external.js';

interface Row {
  id: string;
  doc: string;
  summary: string;
  label: number;
  edit_types: string[];
}

const rows = JSON.parse(readFileSync(join(externalDir(), 'summedits-news', 'summedits_news.json'), 'utf8')) as Row[];
const ruleSet = new Session().ruleSetFor();
const sources = new Map<string, Source>();
const all = emptyCounts();
const consistent = emptyCounts();
const byType = new Map<string, Counts>();
const byRule = new Map<string, number>();
const verbose = process.argv.includes('--errors');
for (const [k, row] of rows.entries()) {
  let source = sources.get(row.doc);
  if (!source) {
    source = toSource(analyseInput({ path: `doc-${sources.size + 1}.txt`, text: row.doc, bom: false }, ruleSet.lexicon));
    sources.set(row.doc, source);
  }
  const result = checkInput({ path: `summary-${k}.md`, text: `${row.summary.trim()}\n`, bom: false }, ruleSet, [source]);
  const flagged = result.findings.filter((f) => f.category === 'contradiction' && SEVERITY_RANK[f.severity] >= SEVERITY_RANK.warning && f.locations.some((l) => l.path.startsWith('doc-')));
  for (const f of flagged) byRule.set(f.ruleId, (byRule.get(f.ruleId) ?? 0) + 1);
  const inconsistent = row.label === 0;
  add(all, flagged.length > 0, inconsistent);
  if (!inconsistent) add(consistent, flagged.length > 0, false);
  for (const type of row.edit_types) {
    if (!byType.has(type)) byType.set(type, emptyCounts());
    add(byType.get(type)!, flagged.length > 0, true);
  }
  if (verbose && (flagged.length > 0) !== inconsistent) process.stdout.write(`${inconsistent ? `FN ${row.edit_types}` : `FP ${flagged.map((f) => f.message).join(' | ')}`}\n\t${row.summary.trim()}\n`);
}

const f = (x: number) => x.toFixed(3);
const m = metrics(all);
process.stdout.write(`SummEdits news: ${rows.length} summaries over ${sources.size} documents (contradiction at warning+ = inconsistent)\n`);
process.stdout.write(`overall: precision ${f(m.precision)}  recall ${f(m.recall)}  balanced accuracy ${f(m.balancedAccuracy)}  (tp ${all.tp} fp ${all.fp} fn ${all.fn} tn ${all.tn})\n`);
// per edit type: recall on that type's inconsistent summaries, and balanced accuracy against all consistent ones
const specificity = consistent.tn / (consistent.tn + consistent.fp);
for (const [type, c] of [...byType].sort()) {
  const recall = c.tp / (c.tp + c.fn);
  const precision = c.tp / (c.tp + consistent.fp);
  process.stdout.write(`  ${type.padEnd(30)} n=${String(c.tp + c.fn).padEnd(4)} recall ${f(recall)}  precision ${f(precision)}  balanced accuracy ${f((recall + specificity) / 2)}\n`);
}
process.stdout.write(`rules that fired: ${[...byRule].map(([r, n]) => `${r} ${n}`).join(', ')}\n`);
