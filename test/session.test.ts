import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { batch, checkText, Session } from '../src/api.js';
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

test('an archive run lets go of each story\'s related reports, so memory does not grow with the archive', async () => {
  const dir = tempDir('copydesk-forget-');
  const lines: string[] = [];
  for (let k = 0; k < 3; k++) {
    writeFile(dir, `story-${k}.md`, STORY);
    writeFile(dir, `wire-${k}.md`, '# Arrest\n\nAna Ruiz was detained in Porto on Monday, police said.\n');
    lines.push(JSON.stringify({ id: `s${k}`, article: `story-${k}.md`, related: [`wire-${k}.md`] }));
  }
  const session = new Session({ cwd: dir });
  const report = await batch(writeFile(dir, 'stories.jsonl', lines.join('\n')), { noConfig: true, session });
  assert.equal(report.stories.length, 3);
  const kept = [...(session as unknown as { kept: Map<string, unknown> }).kept.keys()];
  assert.deepEqual(kept.filter((key) => key.startsWith('sources')), []);
  assert.ok(kept.some((key) => key.startsWith('rules')), 'the rules are kept for the next story');
});
