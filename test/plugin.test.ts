import { test } from 'node:test';
import assert from 'node:assert/strict';
import { remark } from 'remark';
import { VFile } from 'vfile';
import { join } from 'node:path';
import copydesk from '../src/index.js';
import { tempDir, writeFile } from './support/fixtures.js';

test('as a remark plugin, findings become vfile messages with rule, place, cause and fatal; a contradiction has no expected value', async () => {
  const file = new VFile({ path: 'story.md', value: '# Crash\n\nThe crash killed 14 people in Harlow on Sunday.\n\nThe court met on Monday.\n\nThe death toll of 12 made it the worst crash in a decade.\n' });
  await remark().use(copydesk, { noConfig: true }).process(file);
  const messages = file.messages.map((m) => ({ ruleId: m.ruleId, source: m.source, line: m.line, column: m.column, fatal: m.fatal, expected: m.expected, actual: m.actual, cause: (m.cause as { place?: { start: { line: number } } } | undefined)?.place?.start.line }));
  // an editor offers `expected` as a replacement of the whole place: a sentence here, so none
  assert.deepEqual(messages, [{ ruleId: 'contradicted-number', source: 'copydesk', line: 7, column: 1, fatal: true, expected: undefined, actual: undefined, cause: 3 }]);
  assert.match(file.messages[0]!.reason, /Death toll: paragraph 3 says “12”, but paragraph 1 says “14”/);
});

test('the plugin reads the config nearest the file, and an empty file is nothing to report', async () => {
  const dir = tempDir('copydesk-plugin-');
  writeFile(dir, '.copydeskrc.yaml', 'rules:\n  contradicted-number: off\n');
  const file = new VFile({ path: join(dir, 'story.md'), value: '# Crash\n\nThe crash killed 14 people in Harlow on Sunday.\n\nThe court met on Monday.\n\nThe death toll of 12 made it the worst crash in a decade.\n' });
  await remark().use(copydesk).process(file);
  assert.deepEqual(file.messages.map((m) => m.ruleId), []);
  const empty = new VFile({ path: join(dir, 'new.md'), value: '\n' });
  await remark().use(copydesk).process(empty);
  assert.deepEqual(empty.messages, []);
});
