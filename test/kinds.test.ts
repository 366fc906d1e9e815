import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkInput } from '../src/engine/check.js';
import { Session } from '../src/session/session.js';
import { diffInputs } from '../src/engine/diff.js';
import { KINDS } from '../src/kinds/registry.js';
import type { Finding } from '../src/model/finding.js';

// Each kind's header documents ok and not-ok examples (as remark-lint rules do); they run here so the
// documentation cannot drift from the code. Examples of kinds that compare versions are written
// "old version\n---\nnew version".
const set = new Session().ruleSetFor();

function findings(kind: string, text: string, name: string): Finding[] {
  if (KINDS.get(kind)!.scope === 'versions') {
    const [before, after] = text.split('\n---\n');
    const result = diffInputs(
      [
        { path: `${name}-old.md`, text: before!, bom: false },
        { path: `${name}-new.md`, text: after!, bom: false },
      ],
      set,
    );
    return result.steps[0]!.findings;
  }
  return checkInput({ path: `${name}.md`, text, bom: false }, set).findings;
}

for (const kind of KINDS.values()) {
  const rules = set.rules.filter((rule) => rule.kind === kind.name).map((rule) => rule.id);
  test(`${kind.name}: the default pack uses it`, () => assert.ok(rules.length > 0));
  kind.examples.ok.forEach((text, i) => {
    test(`${kind.name}: ok example ${i + 1} gives no finding`, () => {
      const found = findings(kind.name, text, `ok-${i}`).filter((f) => rules.includes(f.ruleId));
      // the edit note reports every edit by design; its ok example has none
      assert.deepEqual(found.map((f) => f.message), []);
    });
  });
  kind.examples.notOk.forEach((text, i) => {
    test(`${kind.name}: not-ok example ${i + 1} is flagged`, () => {
      const found = findings(kind.name, text, `not-ok-${i}`).filter((f) => rules.includes(f.ruleId));
      assert.ok(found.length > 0, `no ${kind.name} finding on:\n${text}`);
    });
  });
}

test('term-variant: the form used most sets the style; on a tie, the one the article uses first', () => {
  const flagged = (text: string) => findings('variants', text, 'tie').filter((f) => f.ruleId === 'term-variant').map((f) => [f.locations[0]!.text, f.message]);
  assert.deepEqual(flagged('About 30 per cent of faults came from trees.\n\nRoughly 12 percent of schools closed.\n'), [['percent', '“percent” is written “per cent” (as in paragraph 1), the form this article uses first: use one form']]);
  assert.deepEqual(flagged('About 30 percent of faults came from trees.\n\nRoughly 12 per cent of schools closed, and 5 per cent of roads.\n'), [['percent', '“percent” is written “per cent” (as in paragraph 2), the form used most in this article: use one form']]);
});

test('changed-name: a name changed throughout is one finding, where it first shows', () => {
  const before = 'The panels were found in 2022, said the chief curator, Lydia Marchetti.\n\n"Nobody said a word," Marchetti said.\n';
  const after = 'The panels were found in 2022, said the chief curator, Lydia Marchesi.\n\n"Nobody said a word," Marchesi said.\n';
  const found = findings('changed-entity', `${before}\n---\n${after}`, 'renamed').filter((f) => f.severity !== 'info');
  assert.deepEqual(found.map((f) => [f.ruleId, f.locations[0]!.text, f.locations[1]!.text]), [['changed-name', 'Lydia Marchesi', 'Lydia Marchetti']]);
});
