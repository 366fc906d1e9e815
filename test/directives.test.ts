import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkText } from '../src/api.js';

const base = (between: string, after = '') =>
  `# T\n\nAna Ruiz was arrested in Porto on Monday.\n\nThe court met on Tuesday.\n\n${between}Ruiz was arrested in Porto, police said.\n${after}`;

const ids = (text: string) => checkText(text, { path: 'a.md', noConfig: true }).findings.map((f) => f.ruleId);

test('without a comment the repetition is reported', () => {
  assert.deepEqual(ids(base('')), ['repeated-claim']);
});

test('disable-next-line silences the rule it names on the next line with text', () => {
  assert.deepEqual(ids(base('<!-- copydesk-disable-next-line repeated-claim -->\n')), []);
  assert.deepEqual(ids(base('<!-- copydesk-disable-next-line -->\n\n')), [], 'no id: every rule; a blank line between is fine');
});

test('disable … enable silences a stretch, and only the named rules', () => {
  assert.deepEqual(ids(base('<!-- copydesk-disable repeated-claim -->\n\n')), []);
  // enabled again before the repetition: it is reported, and the disable that silenced nothing too
  assert.deepEqual(ids(base('<!-- copydesk-disable repeated-claim -->\n\n<!-- copydesk-enable repeated-claim -->\n\n')).sort(), ['copydesk-directive', 'repeated-claim']);
  assert.deepEqual(ids(base('<!-- copydesk-disable name-form -->\n\n')).sort(), ['copydesk-directive', 'repeated-claim']);
});

test('a comment naming an unknown rule, or silencing nothing, is itself reported', () => {
  const findings = checkText(base('<!-- copydesk-disable-next-line repeted-claim -->\n'), { path: 'a.md', noConfig: true }).findings;
  assert.deepEqual(findings.map((f) => [f.ruleId, f.message]), [
    ['copydesk-directive', 'Unknown rule “repeted-claim” in copydesk-disable-next-line (copydesk rules lists them)'],
    ['repeated-claim', 'Arrest of Ana Ruiz in Porto (Monday) is reported twice (paragraphs 1 and 3)'],
  ]);
  const unused = checkText('# T\n\n<!-- copydesk-disable-next-line term-variant -->\nThe court met.\n', { path: 'a.md', noConfig: true }).findings;
  assert.deepEqual(unused.map((f) => [f.ruleId, f.message, f.locations[0]!.start.line]), [['copydesk-directive', 'copydesk-disable-next-line (term-variant) silences nothing: remove it', 3]]);
});
