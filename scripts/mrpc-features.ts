// Exploration aid (not shipped in reports): dumps similarity features of each MRPC pair as JSON lines.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyse } from '../src/claims/analyse.js';
import { similarity } from '../src/claims/similarity.js';
import { ruleSetFor } from '../src/check.js';
import { buildDocument } from '../src/load/document.js';
import { externalDir } from './external.js';

const rows = readFileSync(join(externalDir(), 'mrpc', 'msr_paraphrase_test.txt'), 'utf8').replace(/^\uFEFF/, '').split('\n').slice(1).filter(Boolean).map((l) => l.split('\t'));
const set = ruleSetFor();
for (const [q, id1, , s1, s2] of rows) {
  const doc = buildDocument({ path: 'x.md', text: `${s1}\n\n${s2}\n`, bom: false });
  const a = analyse(doc, set.lexicon);
  const firstBlock = a.sentences.filter((s) => s.block === 0).map((s) => s.index);
  const secondBlock = a.sentences.filter((s) => s.block === 1).map((s) => s.index);
  const terms = (ids: number[]) => ids.flatMap((i) => [...a.terms[i]!.terms, ...a.terms[i]!.quoted]);
  const ta = terms(firstBlock);
  const tb = terms(secondBlock);
  const sim = similarity(ta, tb, (id) => a.entityById.get(id)?.name);
  const neg = (ids: number[]) => ids.reduce((n, i) => n + a.terms[i]!.negations, 0);
  process.stdout.write(JSON.stringify({ label: Number(q), id: Number(id1), score: sim.score, ca: sim.coverageA, cb: sim.coverageB, onlyA: sim.onlyA, onlyB: sim.onlyB, shared: sim.shared.length, na: ta.length, nb: tb.length, negA: neg(firstBlock), negB: neg(secondBlock) }) + '\n');
}
