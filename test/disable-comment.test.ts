import { test } from 'node:test';
import assert from 'node:assert/strict';
import { disableComment } from '../src/lsp/code-actions.js';
import { checkText } from '../src/run/check-files.js';
import { Session } from '../src/session/session.js';

// The language server's "disable for this line": where copydesk's comment goes so that it silences
// the line and leaves the document's blocks as they were. Each case applies the edit and checks again.

const session = new Session();

/** The comment inserted to silence `ruleId` on `line`, and the findings (rule and line) of the text with it. */
function silence(text: string, ruleId: string, line: number) {
  const doc = checkText(text, 'story.md', { noConfig: true }, session).analysis.doc;
  const { offset, text: inserted } = disableComment(doc, ruleId, line);
  const edited = text.slice(0, offset) + inserted + text.slice(offset);
  const findings = checkText(edited, 'story.md', { noConfig: true }, session).findings.map((f) => `${f.locations[0]!.start.line} ${f.ruleId} ${f.message}`);
  return { edited, findings };
}

const NAMED = 'Xi Jinping arrived in Lima on Monday.\n\nXi met the president on Tuesday.\n\n';
const GIVEN = '“Jinping” is Xi Jinping\'s given name (the family name, Xi, comes first): later references use “Xi”, as in paragraph 2';

test('a quotation: the comment goes on a line of its own inside the blockquote', () => {
  const { edited, findings } = silence(`${NAMED}> Jinping said the talks went well.\n`, 'name-form', 5);
  assert.equal(edited, `${NAMED}> <!-- copydesk-disable-next-line name-form -->\n> Jinping said the talks went well.\n`);
  assert.deepEqual(findings, []);
});

test('a list item after another: the comment ends the item before, so the list stays one list', () => {
  const { edited, findings } = silence(`${NAMED}- The visit lasted two days.\n- Jinping left on Wednesday.\n\nJinping flew home.\n`, 'name-form', 6);
  assert.equal(edited, `${NAMED}- The visit lasted two days. <!-- copydesk-disable-next-line name-form -->\n- Jinping left on Wednesday.\n\nJinping flew home.\n`);
  // only that line is silenced: the same finding further down stands
  assert.deepEqual(findings, [`8 name-form ${GIVEN}`]);
});

test('a comment already silencing another rule on the line takes this one too', () => {
  const text = `${NAMED}<!-- copydesk-disable-next-line term-variant -->\nJinping said readers can e-mail the desk.\n\nEach email is read, and the email address is on the website.\n`;
  const { edited, findings } = silence(text, 'name-form', 6);
  assert.equal(edited, text.replace('term-variant -->', 'term-variant name-form -->'));
  assert.deepEqual(findings, []);
});

test('a CRLF file gets a CRLF line, and the first line of a file a comment above it', () => {
  const text = 'Jinping arrived in Lima on Monday.\r\n\r\nXi Jinping met the president.\r\n\r\nXi said the talks went well.\r\n';
  const before = checkText(text, 'story.md', { noConfig: true }, session).findings.map((f) => `${f.locations[0]!.start.line} ${f.ruleId}`);
  assert.deepEqual(before, ['1 name-form']);
  const { edited, findings } = silence(text, 'name-form', 1);
  assert.equal(edited, `<!-- copydesk-disable-next-line name-form -->\r\n${text}`);
  assert.deepEqual(findings, []);
});
