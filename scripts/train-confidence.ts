/**
 * `npm run train:confidence [-- --check]`: learns the confidence model (docs/confidence.md,
 * src/kinds/calibration.ts) and writes rules/calibration.json.
 *
 * Training data, all of it the repository's own:
 * - the corpus (corpus/*): every finding copydesk raises on its cases, labelled as below;
 * - the development blind sets (corpus/blind): every finding copydesk raises on them, at warning or
 *   demoted to info for low confidence, labelled right when it matches an expected finding and wrong
 *   otherwise (scripts/blind-cases.ts);
 * - the Wikinews articles and revisions of the tune part of the judged real-copy benchmark
 *   (corpus/real): every such finding a judge has called TRUE (right) or FALSE (wrong); DEBATABLE and
 *   unjudged findings are left out. The frozen part is never read here, nor the SummEdits documents,
 *   which are not in the repository: the model is made from the repository alone, so anyone can make
 *   it again and `--verify` can check the committed one.
 * Never MRPC (its licence allows measuring only), never a blind set not yet measured.
 *
 * The model is one logistic curve per rule over the logit of the kind's evidence score, the rules'
 * weights pulled towards shared ones by an L2 penalty so a rule with few findings borrows from the
 * rest. The script prints, for each warning threshold, the precision and recall of leave-one-group-out
 * predictions (each corpus case, each blind set and each third of the real documents, predicted by a
 * model that never saw it) beside the rules' scores as they are: the threshold (every kind's `minConfidence` default)
 * is chosen from that table, never on a set reported as held out. `--check` fits and prints without
 * writing; `--verify` exits 1 unless rules/calibration.json is what the data make.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkInput } from '../src/engine/check.js';
import { diffInputs } from '../src/engine/diff.js';
import { logit, sigmoid } from '../src/kinds/calibration.js';
import type { Weights } from '../src/model/rules.js';
import type { Finding } from '../src/model/finding.js';
import { Session } from '../src/session/session.js';
import { loadCases, type CorpusCase } from '../test/support/corpus.js';
import { blindScorer, scoreCase } from './blind-cases.js';
import { compareIds, judgementKeys, readJudgements, readSplit, REAL_DIR, splitOf } from './real-bench.js';

const OUT = join('rules', 'calibration.json');
const BLIND_DIR = join('corpus', 'blind');
/** How strongly a rule's own weights are pulled towards the shared ones (chosen by the cross-validation below). */
const REGULARISATION = 1;
/**
 * How much one finding of each source counts. Real published copy is the judge (a warning there is a
 * claim an editor will check), and the tune part holds few judged findings beside hundreds on the
 * blind sets: each counts three times, so a rule the real copy shows wrong is not raised on the
 * strength of invented cases alone.
 */
const WEIGHT: Record<Example['data'], number> = { corpus: 1, blind: 1, real: 3 };

interface Example {
  rule: string;
  score: number;
  right: boolean;
  /** Held out together in cross-validation: a blind set, or a third of the real documents. */
  group: string;
  data: 'corpus' | 'blind' | 'real';
}

const session = new Session();
const ruleSet = session.ruleSetFor({ noConfig: true });
// the evidence scores, not the model's probabilities: the session keeps this rule set, so every run
// below reads the rules as they are here
const current = new Map(ruleSet.rules.map((r) => [r.id, r]));
for (const rule of ruleSet.rules) delete rule.calibration;
const raised = (f: Finding) => f.severity === 'warning' || f.severity === 'error' || f.lowConfidence === true;

const examples: Example[] = [];

const scorer = blindScorer(session);
const scored = (item: CorpusCase, group: string, data: Example['data']) => {
  const { matched, unmatched } = scoreCase(scorer, item, scorer.run(item), true);
  for (const [, f] of matched) examples.push({ rule: f.ruleId, score: f.confidence, right: true, group, data });
  for (const f of unmatched) examples.push({ rule: f.ruleId, score: f.confidence, right: false, group, data });
};
// the corpus's cases (corpus/*): what copydesk is built to find, each its own group
for (const item of loadCases()) scored(item, `corpus-${item.name}`, 'corpus');
for (const set of readdirSync(BLIND_DIR, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name).sort()) {
  for (const item of loadCases(join(BLIND_DIR, set))) scored(item, set, 'blind');
}

const split = readSplit();
const verdicts = new Map(readJudgements().map((j) => [`${j.mode}\0${j.key}`, j.verdict]));
let realDocs = 0;
const judged = (id: string, mode: 'check' | 'diff', findings: Finding[]) => {
  const flagged = findings.filter(raised);
  const keys = judgementKeys(id, flagged);
  const group = `real-${realDocs++ % 3}`;
  flagged.forEach((f, k) => {
    const verdict = verdicts.get(`${mode}\0${keys[k]!}`);
    if (verdict === 'TRUE' || verdict === 'FALSE') examples.push({ rule: f.ruleId, score: f.confidence, right: verdict === 'TRUE', group, data: 'real' });
  });
};
const articleDir = join(REAL_DIR, 'articles');
for (const name of readdirSync(articleDir).filter((n) => n.endsWith('.txt')).sort(compareIds)) {
  const id = name.slice(0, -'.txt'.length);
  if (splitOf(id, split) === 'tune') judged(id, 'check', checkInput(session.readInput(join(articleDir, name)), ruleSet).findings);
}
const revisionDir = join(REAL_DIR, 'revisions');
for (const id of readdirSync(revisionDir).sort(compareIds)) {
  if (splitOf(id, split) !== 'tune') continue;
  const inputs = ['v1.txt', 'v2.txt'].map((name) => session.readInput(join(revisionDir, id, name)));
  judged(id, 'diff', diffInputs(inputs, ruleSet, [], { newOnly: true }).findings);
}

interface Model {
  shared: Weights;
  rules: Map<string, Weights>;
}

/**
 * L2-penalised logistic regression by gradient descent: shared weights, and each rule's own as
 * offsets from them. Deterministic (fixed start, step and number of steps), so the file it writes
 * changes only when the data do.
 */
function fit(data: Example[], lambda = REGULARISATION): Model {
  const rules = [...new Set(data.map((e) => e.rule))].sort();
  const xs = data.map((e) => logit(e.score));
  let bias = 0;
  let slope = 1;
  const offsets = new Map(rules.map((r) => [r, { bias: 0, slope: 0 }]));
  const step = 0.5;
  for (let iteration = 0; iteration < 4000; iteration++) {
    let gBias = 0;
    // a weak pull of the shared slope towards 1: without it, a set with no wrong findings at high scores would send it to infinity
    let gSlope = 0.01 * (slope - 1) * data.length;
    const grads = new Map(rules.map((r) => [r, { bias: lambda * offsets.get(r)!.bias, slope: lambda * offsets.get(r)!.slope }]));
    data.forEach((e, k) => {
      const own = offsets.get(e.rule)!;
      const error = (sigmoid(bias + own.bias + (slope + own.slope) * xs[k]!) - (e.right ? 1 : 0)) * WEIGHT[e.data];
      gBias += error;
      gSlope += error * xs[k]!;
      const g = grads.get(e.rule)!;
      g.bias += error;
      g.slope += error * xs[k]!;
    });
    const n = data.length;
    bias -= (step * gBias) / n;
    slope -= (step * gSlope) / n;
    for (const r of rules) {
      const own = offsets.get(r)!;
      const g = grads.get(r)!;
      own.bias -= (step * g.bias) / n;
      own.slope -= (step * g.slope) / n;
    }
  }
  const round = (x: number) => Math.round(x * 1000) / 1000;
  // a positive slope, so that a surer score never makes a finding less likely to be right
  const weights = (b: number, s: number): Weights => ({ bias: round(b), slope: round(Math.max(0.05, s)) });
  return { shared: weights(bias, slope), rules: new Map(rules.map((r) => [r, weights(bias + offsets.get(r)!.bias, slope + offsets.get(r)!.slope)])) };
}

// as copydesk runs: a rule the model has no weights for keeps its evidence score
const predict = (model: Model, e: Example) => {
  const w = model.rules.get(e.rule);
  return w ? sigmoid(w.bias + w.slope * logit(e.score)) : e.score;
};
const of = (data: Example['data']) => examples.filter((e) => e.data === data);
const verify = process.argv.includes('--verify');

// ---- leave-one-group-out figures: for each threshold, what warnings would have been right
// (not for --verify, which only compares the model with the committed one)
const line = (label: string, keep: (e: Example) => boolean) => {
  const cells = (['corpus', 'blind', 'real'] as const).map((data) => {
    const kept = of(data).filter(keep);
    const right = kept.filter((e) => e.right).length;
    const all = of(data).filter((e) => e.right).length;
    return `${String(right).padStart(4)} ${String(kept.length - right).padStart(4)}  ${(right / Math.max(1, kept.length)).toFixed(3)}  ${(right / Math.max(1, all)).toFixed(3)}`;
  });
  return `${label.padEnd(30)} ${cells.join('   ')}`;
};
const out: string[] = [];
const right = examples.filter((e) => e.right).length;
const counted = (data: Example['data']) => `${of(data).length} (${of(data).filter((e) => e.right).length} right)`;
out.push(`training findings: ${examples.length} (${right} right): corpus ${counted('corpus')}, blind ${counted('blind')}, real tune ${counted('real')}`);
if (!verify) {
  const heldOut = new Map<Example, number>();
  for (const group of new Set(examples.map((e) => e.group))) {
    const model = fit(examples.filter((e) => e.group !== group));
    for (const e of examples.filter((x) => x.group === group)) heldOut.set(e, predict(model, e));
  }
  out.push(`${''.padEnd(30)}     corpus: right wrong  prec.  kept    blind sets: right wrong  prec.  kept     real tune: right wrong  prec.  kept`);
  const minConfidenceOf = (rule: string) => (current.get(rule)?.options['minConfidence'] as number | undefined) ?? 0;
  out.push(line('evidence score ≥ minConfidence', (e) => e.score >= minConfidenceOf(e.rule)));
  for (const threshold of [0.5, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85]) out.push(line(`model (held out) ≥ ${threshold}`, (e) => heldOut.get(e)! >= threshold));
}
process.stdout.write(`${out.join('\n')}\n`);

// ---- the model from all the data
const model = fit(examples);
const count = (rule: string) => ({ findings: examples.filter((e) => e.rule === rule).length, right: examples.filter((e) => e.rule === rule && e.right).length });
// a rule the data say nothing of (no finding, or reported at info anyway) keeps its evidence score
const rules: Record<string, Weights & { findings: number; right: number }> = {};
for (const rule of [...current.values()].sort((a, b) => (a.id < b.id ? -1 : 1))) {
  const weights = model.rules.get(rule.id);
  if (weights && rule.severity !== 'info') rules[rule.id] = { ...weights, ...count(rule.id) };
}
const file = {
  $schema: '../schemas/calibration.schema.json',
  description:
    'How often findings of each rule are right at each evidence score: p = 1 / (1 + exp(-(bias + slope * logit(score)))). Learned by `npm run train:confidence` (scripts/train-confidence.ts); see docs/confidence.md.',
  trainedOn: [
    {
      data: 'corpus: the cases in corpus/*, findings matched to the expected ones',
      licence: 'written for copydesk (repository licence)',
      findings: of('corpus').length,
      right: of('corpus').filter((e) => e.right).length,
    },
    {
      data: 'corpus/blind: every development blind set, findings matched to the expected ones',
      licence: 'written for copydesk (repository licence); cases built on Wikinews text are CC BY 2.5, attributed in each case',
      findings: of('blind').length,
      right: of('blind').filter((e) => e.right).length,
    },
    {
      data: 'corpus/real, tune part, Wikinews articles and revisions: findings judged TRUE or FALSE (corpus/real/judgements.jsonl)',
      licence: 'Wikinews text CC BY 2.5 (corpus/real/SOURCE.md); judgements written for copydesk',
      findings: of('real').length,
      right: of('real').filter((e) => e.right).length,
    },
  ],
  regularisation: REGULARISATION,
  shared: model.shared,
  rules,
};
const text = `${JSON.stringify(file, null, 2)}\n`;
if (verify) {
  const same = existsSync(OUT) && readFileSync(OUT, 'utf8') === text;
  process.stdout.write(same ? `${OUT} is what the data make\n` : `${OUT} is not what the data make: run npm run train:confidence\n`);
  process.exit(same ? 0 : 1);
}
if (!process.argv.includes('--check')) {
  writeFileSync(OUT, text);
  process.stdout.write(`wrote ${OUT}: ${Object.keys(rules).length} rules (rebuild to use it: npm run build)\n`);
}
