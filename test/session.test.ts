import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkText, Session } from '../src/api.js';
import { tempDir, writeFile } from './support/fixtures.js';

const STORY = '# Arrest\n\nAna Ruiz was arrested in Porto on Monday.\n\nThe court met on Tuesday.\n\nRuiz was arrested in Porto, police said.\n';

function rules(report: { findings: { ruleId: string; severity: string }[] }): string[] {
  return report.findings.map((f) => `${f.ruleId}:${f.severity}`);
}

test('checkText sees a .copydeskrc created, then changed, between two calls in one process', () => {
  const dir = tempDir();
  const path = join(dir, 'story.md');
  assert.deepEqual(rules(checkText(STORY, { path })), ['repeated-claim:warning']);
  writeFile(dir, '.copydeskrc.yaml', 'rules:\n  repeated-claim: off\n');
  assert.deepEqual(rules(checkText(STORY, { path })), []);
  writeFileSync(join(dir, '.copydeskrc.yaml'), 'rules:\n  repeated-claim: error\n');
  assert.deepEqual(rules(checkText(STORY, { path })), ['repeated-claim:error']);
});

test('a session shared between calls (an editor plugin) also sees the config change, and keeps what did not change', () => {
  const dir = tempDir();
  const path = join(dir, 'story.md');
  const session = new Session({ cwd: dir });
  const first = session.ruleSetFor({}, path);
  assert.equal(session.ruleSetFor({}, path), first, 'unchanged files: the same rule set, not read again');
  assert.deepEqual(rules(checkText(STORY, { path, session })), ['repeated-claim:warning']);
  writeFile(dir, '.copydeskrc.yaml', 'rules:\n  repeated-claim: off\n');
  assert.deepEqual(rules(checkText(STORY, { path, session })), []);
  writeFile(dir, 'house.yaml', 'name: house\nrules:\n  - id: house-repeats\n    kind: repetition\n    category: repetition\n    severity: error\n    description: Repeats.\n');
  writeFileSync(join(dir, '.copydeskrc.yaml'), 'rules:\n  repeated-claim: off\npacks: [house.yaml]\n');
  assert.deepEqual(rules(checkText(STORY, { path, session })), ['house-repeats:error']);
  // a pack edited in place is read again too
  writeFileSync(join(dir, 'house.yaml'), 'name: house\nrules:\n  - id: house-repeats\n    kind: repetition\n    category: repetition\n    severity: info\n    description: Repeats.\n');
  assert.deepEqual(rules(checkText(STORY, { path, session })), ['house-repeats:info']);
});
