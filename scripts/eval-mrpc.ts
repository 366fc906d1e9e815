/**
 * Measures repetition on MRPC (Dolan & Brockett 2005): each test pair becomes a two-paragraph
 * article, and a repetition finding means "paraphrase". Thresholds were chosen on the pairs with an
 * even first ID and are reported on the odd ones (held out) as well as on all pairs.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkInput } from '../src/engine/check.js';
import { Session } from '../src/session/session.js';
import { add, emptyCounts, externalDir, formatMetrics } from './external.js';

const file = join(externalDir(), 'mrpc', 'msr_paraphrase_test.txt');
const rows = readFileSync(file, 'utf8')
  .replace(/^\uFEFF/, '')
  .split('\n')
  .slice(1)
  .filter((line) => line.trim() !== '')
  .map((line) => line.split('\t'))
  .map(([quality, id1, id2, s1, s2]) => ({ label: quality === '1', id1: Number(id1), id2: Number(id2), s1: s1!, s2: s2! }));

const ruleSet = new Session().ruleSetFor();
const all = emptyCounts();
const tune = emptyCounts();
const held = emptyCounts();
const verbose = process.argv.includes('--errors');
for (const row of rows) {
  const text = `${row.s1}\n\n${row.s2}\n`;
  const result = checkInput({ path: `mrpc-${row.id1}-${row.id2}.md`, text, bom: false }, ruleSet);
  const predicted = result.findings.some((f) => f.category === 'repetition');
  add(all, predicted, row.label);
  add(row.id1 % 2 === 0 ? tune : held, predicted, row.label);
  if (verbose && predicted !== row.label) process.stdout.write(`${predicted ? 'FP' : 'FN'}\t${row.s1}\n\t${row.s2}\n`);
}
process.stdout.write(`MRPC test pairs as two-paragraph articles (repetition finding = paraphrase)\n`);
process.stdout.write(`${formatMetrics('all pairs', all)}\n${formatMetrics('tuning half (even id)', tune)}\n${formatMetrics('held-out half (odd id)', held)}\n`);
