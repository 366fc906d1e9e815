import { test } from 'node:test';
import assert from 'node:assert/strict';
import { KINDS } from '../src/kinds/registry.js';
import { placeholdersOf, defaultTemplate } from '../src/kinds/messages.js';
import { Session } from '../src/session/session.js';
import { exampleFindings } from './support/examples.js';

// Each kind documents its examples (as remark-lint rules do, with the exact findings as textlint-tester
// writes them); they run here so the documentation cannot drift from the code.
const set = new Session().ruleSetFor({ noConfig: true });

for (const kind of KINDS.values()) {
  test(`${kind.name}: the default pack uses it, and it has examples that stay quiet and examples that are flagged`, () => {
    assert.ok(set.rules.some((rule) => rule.kind === kind.name));
    assert.ok(kind.examples.some((e) => e.findings.length === 0), 'an ok example');
    assert.ok(kind.examples.some((e) => e.findings.length > 0), 'a not-ok example');
  });
  test(`${kind.name}: every message declares the placeholders its templates use`, () => {
    for (const [id, message] of Object.entries(kind.messages)) {
      for (const mode of ['edit', 'source'] as const) {
        const template = defaultTemplate(message, mode);
        if (template !== undefined) assert.deepEqual(placeholdersOf(template).filter((name) => !message.vars.includes(name)), [], `${id} (${mode})`);
      }
    }
  });
  kind.examples.forEach((example, i) => {
    test(`${kind.name}: example ${i + 1} ${example.findings.length ? 'is flagged' : 'gives no finding'}`, () => {
      assert.deepEqual(exampleFindings(kind, example, set), example.findings);
    });
  });
}

test('term-variant: the form used most sets the style; on a tie, the one the article uses first', () => {
  const kind = KINDS.get('variants')!;
  assert.deepEqual(exampleFindings(kind, { text: 'About 30 per cent of faults came from trees.\n\nRoughly 12 percent of schools closed.\n', findings: [] }, set), [
    '3:12 term-variant “percent” is written “per cent” (as in paragraph 1), the form this article uses first: use one form',
  ]);
  assert.deepEqual(exampleFindings(kind, { text: 'About 30 percent of faults came from trees.\n\nRoughly 12 per cent of schools closed, and 5 per cent of roads.\n', findings: [] }, set), [
    '1:10 term-variant “percent” is written “per cent” (as in paragraph 2), the form used most in this article: use one form',
  ]);
});

test('changed-name: a name changed throughout is one finding, where it first shows', () => {
  const before = 'The panels were found in 2022, said the chief curator, Lydia Marchetti.\n\n"Nobody said a word," Marchetti said.\n';
  const after = 'The panels were found in 2022, said the chief curator, Lydia Marchesi.\n\n"Nobody said a word," Marchesi said.\n';
  assert.deepEqual(exampleFindings(KINDS.get('changed-entity')!, { old: before, text: after, findings: [] }, set), [
    '1:56 changed-name Person respelt in paragraph 1: “Lydia Marchetti” became “Lydia Marchesi”',
  ]);
});
