import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { calibrated } from '../src/kinds/calibration.js';
import { CopydeskError } from '../src/base/errors.js';
import { DEFAULT_PACK, loadRuleSet } from '../src/config/packs.js';
import { checkText } from '../src/api.js';
import { cli } from './support/cli.js';
import { tempDir, writeFile } from './support/fixtures.js';

// The confidence model (docs/confidence.md): a pack's per-rule logistic curves over the kinds'
// evidence scores, learned by `npm run train:confidence` from data in the repository.

const PAIR = 'Police arrested Ana Ruiz in Porto on Monday.\n\nThe bridge reopened.\n\nRuiz was arrested in Porto on Monday.\n';
const RULE = '  - id: repeated-claim\n    kind: repetition\n    category: repetition\n    severity: warning\n    description: x\n';

test('a curve turns an evidence score into a probability: the identity curve keeps it, a positive slope keeps the order', () => {
  assert.equal(calibrated(undefined, 0.73), 0.73);
  assert.equal(calibrated({ bias: 0, slope: 1 }, 0.73), 0.73);
  assert.equal(calibrated({ bias: -1.2, slope: 2 }, 0.6), 0.4);
  assert.equal(calibrated({ bias: -1.2, slope: 2 }, 0.85), 0.91);
  // a score of 1 or 0 is held within 0.01-0.99: the curve stays finite
  assert.equal(calibrated({ bias: 0, slope: 1 }, 1), 0.99);
  assert.equal(calibrated({ bias: 0, slope: 1 }, 0), 0.01);
});

test('the default pack\'s model names only its own rules, and a finding\'s confidence is its rule\'s curve at the evidence score', () => {
  const model = JSON.parse(readFileSync('rules/calibration.json', 'utf8')) as { rules: Record<string, { bias: number; slope: number }> };
  const rules = loadRuleSet([DEFAULT_PACK], [], { snapshot: false }).rules;
  assert.deepEqual(Object.keys(model.rules).filter((id) => !rules.some((r) => r.id === id)), []);
  const repeated = rules.find((r) => r.id === 'repeated-claim')!;
  assert.deepEqual(repeated.calibration, { bias: model.rules['repeated-claim']!.bias, slope: model.rules['repeated-claim']!.slope });
  // an arrest of a person named in full (evidence 0.85), told in nearly the same words (0.86): one
  // finding, told as the event, as sure as the surer reading
  const found = checkText(PAIR, { noConfig: true, path: 'a.md' }).findings.filter((f) => f.ruleId === 'repeated-claim');
  assert.deepEqual(found.map((f) => [f.severity, f.confidence, f.message]), [['warning', calibrated(repeated.calibration, 0.86), 'Arrest of Ana Ruiz in Porto (Monday) is reported twice (paragraphs 1 and 3)']]);
});

test('a pack brings its own model: its curve sets the confidence and so the severity; a rule it does not name keeps its evidence score', async () => {
  const dir = tempDir();
  // a newsroom whose repetitions are right one time in ten at evidence 0.86: σ(-4.0 + 1·logit(0.86)) = 0.10
  writeFile(dir, 'model.json', JSON.stringify({ rules: { 'repeated-claim': { bias: -4, slope: 1 } } }));
  const pack = writeFile(dir, 'house.yaml', `name: house\ncalibration: model.json\nrules:\n${RULE}`);
  writeFile(dir, 'a.md', PAIR);
  const run = await cli(['check', 'a.md', '--rules', pack, '--format', 'json'], { cwd: dir });
  assert.equal(run.status, 0, run.stderr);
  const report = JSON.parse(run.stdout) as { findings: { ruleId: string; severity: string; confidence: number; lowConfidence?: boolean }[] };
  assert.deepEqual(report.findings.filter((f) => f.ruleId === 'repeated-claim').map((f) => [f.severity, f.confidence, f.lowConfidence]), [['info', 0.1, true]]);
  // the same rule in a pack with no model: the evidence score
  const bare = writeFile(dir, 'bare.yaml', `name: bare\nrules:\n${RULE}`);
  const plain = JSON.parse((await cli(['check', 'a.md', '--rules', bare, '--format', 'json', '--fail-on', 'never'], { cwd: dir })).stdout) as typeof report;
  assert.deepEqual(plain.findings.filter((f) => f.ruleId === 'repeated-claim').map((f) => [f.severity, f.confidence]), [['warning', 0.86]]);
});

test('a pack whose model is missing or malformed is refused with one line naming the file and the field', async () => {
  const dir = tempDir();
  const missing = writeFile(dir, 'missing.yaml', `name: house\ncalibration: nowhere.json\nrules:\n${RULE}`);
  const run = await cli(['check', 'a.md', '--rules', missing], { cwd: dir });
  assert.equal(run.status, 2);
  assert.match(run.stderr.trim(), /missing\.yaml: line 2: calibration: no such confidence model "nowhere\.json"$/);
  writeFile(dir, 'flat.json', JSON.stringify({ rules: { 'repeated-claim': { bias: 0, slope: 0 } } }));
  const flat = writeFile(dir, 'flat.yaml', `name: house\ncalibration: flat.json\nrules:\n${RULE}`);
  try {
    loadRuleSet([flat]);
    assert.fail('a slope of 0 must be refused');
  } catch (error) {
    assert.ok(error instanceof CopydeskError);
    assert.match(error.line(), /flat\.json: line 1: rules\.repeated-claim\.slope: must be > 0 \(in a copydesk confidence model\)$/);
  }
  // weights for a rule the pack does not have: a typo that would otherwise go unnoticed
  writeFile(dir, 'typo.json', JSON.stringify({ rules: { 'repeated-claims': { bias: 0, slope: 1 } } }));
  const typo = writeFile(dir, 'typo.yaml', `name: house\ncalibration: typo.json\nrules:\n${RULE}`);
  const refused = await cli(['check', 'a.md', '--rules', typo], { cwd: dir });
  assert.equal(refused.status, 2);
  assert.match(refused.stderr.trim(), /typo\.json: line 1: rules\.repeated-claims: the pack has no rule "repeated-claims" \(in a copydesk confidence model\)$/);
});

test('rules/calibration.json is what `npm run train:confidence` makes from the data in the repository', () => {
  const out = execFileSync(process.execPath, ['dist/scripts/train-confidence.js', '--verify'], { encoding: 'utf8' });
  assert.match(out, /rules\/calibration\.json is what the data make\n$/);
});
