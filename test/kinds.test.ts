import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkInput, ruleSetFor } from '../src/check.js';
import { KINDS } from '../src/kinds/index.js';

// Each kind's header documents an ok and a not-ok example (as remark-lint rules do); they are run here
// so the documentation cannot drift from what the code does.
const set = ruleSetFor();
for (const kind of KINDS.values()) {
  const rules = set.rules.filter((rule) => rule.kind === kind.name).map((rule) => rule.id);
  assert.ok(rules.length > 0, `the default pack uses ${kind.name}`);
  kind.examples.ok.forEach((text, i) => {
    test(`${kind.name}: ok example ${i + 1} gives no finding`, () => {
      const result = checkInput({ path: `ok-${i}.md`, text, bom: false }, set);
      const found = result.findings.filter((f) => rules.includes(f.ruleId));
      assert.deepEqual(found.map((f) => f.message), []);
    });
  });
  kind.examples.notOk.forEach((text, i) => {
    test(`${kind.name}: not-ok example ${i + 1} is flagged`, () => {
      const result = checkInput({ path: `not-ok-${i}.md`, text, bom: false }, set);
      const found = result.findings.filter((f) => rules.includes(f.ruleId));
      assert.ok(found.length > 0, `no ${kind.name} finding on:\n${text}`);
    });
  });
}
