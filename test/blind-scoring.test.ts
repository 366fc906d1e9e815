import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Session } from '../src/session/session.js';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadCases } from './support/corpus.js';
import { tempDir } from './support/fixtures.js';
import { blindScorer, scoreCase } from '../scripts/blind-cases.js';

// A quotation two related reports give to another speaker is one finding pointing at both reports'
// words; a blind author who quotes the second report's words is told about it all the same.
test('blind scoring: an expected finding matches a merged finding at any place it points to', () => {
  const scorer = blindScorer(new Session());
  const item = loadCases('corpus/blind/setB').find((c) => c.name === '18-rovers-cup-semi')!;
  const found = scorer.run(item);
  const merged = found.find((f) => f.ruleId === 'misattributed-quote')!;
  assert.deepEqual(
    merged.locations.map((l) => l.path.replace(/^.*\//, '')),
    ['article.md', 'club-statement.md', 'wire.md'],
  );
  const expected = item.expected.findings.find((e) => e.rule === 'misattributed-quote')!;
  assert.deepEqual(expected.spans, ['"We showed real character tonight," said Rovers manager Steve Bryce', 'said captain Callum Reid']);
  assert.equal(scorer.matches(expected, merged), true);
  // the second report's words alone do not stand in for the article's own place
  assert.equal(scorer.matches({ ...expected, spans: ['said captain Callum Reid', 'said captain Callum Reid'] }, merged), false);
  const { matched, unmatched } = scoreCase(scorer, item, found);
  assert.ok(matched.some(([e, f]) => e === expected && f === merged));
  assert.ok(!unmatched.includes(merged));
});

// Two findings over one sentence: the attribution dropped and the date changed. The author named the
// date; scored greedily in place order, the attribution finding took the date's place and the date
// finding was counted false.
test('blind scoring: a finding of the rule the author named is matched before another rule\'s over the same words', () => {
  const scorer = blindScorer(new Session());
  const dir = tempDir('copydesk-scoring-');
  writeFileSync(join(dir, 'v1.md'), 'The district said the people had eaten at the diner between Aug. 2 and Aug. 14.\n');
  writeFileSync(join(dir, 'v2.md'), 'The people had eaten at the diner between Aug. 2 and Aug. 24.\n');
  const item = { ...loadCases('corpus/blind/setAB').find((c) => c.name === '10-hepatitis-a-restaurant')!, dir, versions: [join(dir, 'v1.md'), join(dir, 'v2.md')] };
  const found = scorer.run(item);
  assert.deepEqual(found.filter((f) => f.severity !== 'info').map((f) => `${f.ruleId} ${f.locations[0]!.text}`), [
    'changed-attribution The people had eaten at the diner between Aug. 2 and Aug. 24.',
    'changed-date Aug. 24',
  ]);
  const expected = { category: 'change' as const, rule: 'changed-date', file: 'v2.md', spans: ['between Aug. 2 and Aug. 24', 'between Aug. 2 and Aug. 14'] };
  const { matched, unmatched } = scoreCase(scorer, { ...item, expected: { ...item.expected, findings: [expected] } }, found);
  assert.deepEqual(matched.map(([, f]) => f.ruleId), ['changed-date']);
  assert.deepEqual(unmatched.map((f) => f.ruleId), ['changed-attribution']);
});
