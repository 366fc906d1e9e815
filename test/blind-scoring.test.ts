import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Session } from '../src/session/session.js';
import { loadCases } from './support/corpus.js';
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
