import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { CodeAction, Range, TextEdit } from 'vscode-languageserver/node';
import { LspClient, type Published } from '../support/lsp-client.js';
import { tempDir } from '../support/fixtures.js';

// `copydesk lsp` driven as an editor drives it: the built executable spawned, the protocol spoken
// over its standard input and output, every diagnostic and edit compared whole.

const ARTICLE = [
  '# Bus crash',
  '',
  'The crash killed 14 people in Harlow on Sunday, police said.',
  'Xi Jinping sent his condolences.',
  '',
  'Xi said the country mourned with Harlow.',
  '',
  'The death toll of 12 made it the worst crash in a decade.',
  'Jinping asked for an inquiry.',
  '',
  'Readers can email the desk, and each email is read.',
  'E-mail addresses for families are on the council website.',
  '',
].join('\n');

const RULES_DOC = `${pathToFileURL(resolve('README.md')).href}#rules`;

function range(startLine: number, startCharacter: number, endLine: number, endCharacter: number): Range {
  return { start: { line: startLine, character: startCharacter }, end: { line: endLine, character: endCharacter } };
}

/** The diagnostics the article gets, in the document at `uri`. */
function articleDiagnostics(uri: string) {
  return [
    {
      range: range(7, 0, 7, 57),
      severity: 1,
      code: 'contradicted-number',
      codeDescription: { href: RULES_DOC },
      source: 'copydesk',
      message: 'Death toll: paragraph 3 says “12”, but paragraph 1 says “14”',
      relatedInformation: [{ location: { uri, range: range(2, 0, 2, 60) }, message: 'contradicted: “The crash killed 14 people in Harlow on Sunday, police said.”' }],
    },
    {
      range: range(8, 0, 8, 7),
      severity: 2,
      code: 'name-form',
      codeDescription: { href: RULES_DOC },
      source: 'copydesk',
      message: '“Jinping” is Xi Jinping\'s given name (the family name, Xi, comes first): later references use “Xi”, as in paragraph 2',
      relatedInformation: [
        { location: { uri, range: range(3, 0, 3, 10) }, message: 'full-name: “Xi Jinping”' },
        { location: { uri, range: range(5, 0, 5, 2) }, message: 'surname: “Xi”' },
      ],
    },
    {
      range: range(11, 0, 11, 6),
      severity: 2,
      code: 'term-variant',
      codeDescription: { href: RULES_DOC },
      source: 'copydesk',
      message: '“e-mail” is written “email” (as in paragraph 4), the form used most in this article: use one form',
      relatedInformation: [{ location: { uri, range: range(10, 12, 10, 17) }, message: 'usual-form: “email”' }],
    },
  ];
}

/** An action as the test compares it: title, kind, preferred, the codes it fixes and its edits. */
function summary(action: CodeAction) {
  return { title: action.title, kind: action.kind, isPreferred: action.isPreferred, codes: action.diagnostics?.map((d) => d.code), edits: action.edit?.changes };
}

describe('copydesk lsp over stdio', () => {
  let client: LspClient;
  let dir: string;

  before(async () => {
    dir = tempDir('copydesk-lsp-');
    client = new LspClient(dir);
    const init = (await client.initialize(pathToFileURL(dir).href)) as { capabilities: { textDocumentSync: number; codeActionProvider: unknown } };
    assert.deepEqual(init.capabilities, { textDocumentSync: 2, codeActionProvider: { codeActionKinds: ['quickfix'] } });
  });

  after(async () => {
    assert.equal(await client.stop(), 0, 'shutdown then exit ends the server with 0');
  });

  test('publishes diagnostics on open: range, severity, code with its docs, message, every related place', async () => {
    // the document exists only in the editor: its unsaved text is what is checked
    const uri = pathToFileURL(join(dir, 'story.md')).href;
    const published = await client.open(uri, 'markdown', ARTICLE);
    assert.deepEqual(published, { uri, version: 1, diagnostics: articleDiagnostics(uri) });
  });

  test('code actions: the exact fix replaces only the wrong word; "disable for this line" inserts the inline comment', async () => {
    const uri = pathToFileURL(join(dir, 'story.md')).href;
    // the cursor inside "Jinping", on the second line of its paragraph: the comment ends the line before
    assert.deepEqual((await client.codeActions(uri, range(8, 3, 8, 3))).map(summary), [
      { title: 'Replace “Jinping” with “Xi”', kind: 'quickfix', isPreferred: true, codes: ['name-form'], edits: { [uri]: [{ range: range(8, 0, 8, 7), newText: 'Xi' }] } },
      { title: 'Disable name-form for this line', kind: 'quickfix', isPreferred: undefined, codes: ['name-form'], edits: { [uri]: [{ range: range(7, 57, 7, 57), newText: ' <!-- copydesk-disable-next-line name-form -->' }] } },
    ]);
    // a contradiction has no fix a tool could make; the first line of a paragraph takes the comment on a line of its own
    assert.deepEqual((await client.codeActions(uri, range(7, 5, 7, 9))).map(summary), [
      { title: 'Disable contradicted-number for this line', kind: 'quickfix', isPreferred: undefined, codes: ['contradicted-number'], edits: { [uri]: [{ range: range(7, 0, 7, 0), newText: '<!-- copydesk-disable-next-line contradicted-number -->\n' }] } },
    ]);
    // a variant at the start of a sentence keeps its capital
    assert.deepEqual((await client.codeActions(uri, range(11, 6, 11, 6))).map(summary)[0], {
      title: 'Replace “E-mail” with “Email”',
      kind: 'quickfix',
      isPreferred: true,
      codes: ['term-variant'],
      edits: { [uri]: [{ range: range(11, 0, 11, 6), newText: 'Email' }] },
    });
    assert.deepEqual(await client.codeActions(uri, range(0, 0, 0, 3)), [], 'nothing where there is no finding');
  });

  test('edits are checked once the writer pauses (debounced): the fixes applied, their findings go', async () => {
    const uri = pathToFileURL(join(dir, 'story.md')).href;
    const since = client.published.length;
    const fixes = [...(await client.codeActions(uri, range(8, 3, 8, 3))), ...(await client.codeActions(uri, range(11, 0, 11, 0)))].filter((a) => a.isPreferred);
    // two edits in quick succession, as typing sends them: one check, of the second
    await client.change(uri, 2, editsOf(fixes[0]!, uri).map((e) => ({ range: e.range, text: e.newText })));
    await client.change(uri, 3, editsOf(fixes[1]!, uri).map((e) => ({ range: e.range, text: e.newText })));
    const published = await client.diagnostics(uri, (p) => p.version === 3, since);
    assert.deepEqual(published.diagnostics, articleDiagnostics(uri).slice(0, 1));
    assert.deepEqual(client.published.slice(since).map((p) => p.version), [3], 'the edit before it was never checked on its own');
  });

  test('"disable for this line" applied: the inline comment is honoured and the diagnostic goes', async () => {
    const uri = pathToFileURL(join(dir, 'story.md')).href;
    const [disable] = await client.codeActions(uri, range(7, 5, 7, 5));
    assert.equal(disable!.title, 'Disable contradicted-number for this line');
    const since = client.published.length;
    await client.change(uri, 4, editsOf(disable!, uri).map((e) => ({ range: e.range, text: e.newText })));
    assert.deepEqual(await client.diagnostics(uri, (p) => p.version === 4, since), { uri, version: 4, diagnostics: [] });
    const closed = client.diagnostics(uri, (p) => p.version === undefined);
    await client.close(uri);
    assert.deepEqual(await closed, { uri, diagnostics: [] }, 'closing a document clears its diagnostics');
  });

  test('a plain-text document: the same diagnostics, the fixes, no comment (plain text has no comment syntax)', async () => {
    const uri = pathToFileURL(join(dir, 'notes.txt')).href;
    const published = await client.open(uri, 'plaintext', ARTICLE);
    assert.deepEqual(published.diagnostics, articleDiagnostics(uri));
    assert.deepEqual((await client.codeActions(uri, range(8, 0, 8, 0))).map((a) => a.title), ['Replace “Jinping” with “Xi”']);
    await client.close(uri);
  });

  test('an untitled buffer is checked too, as if it stood in the workspace folder; other languages are not', async () => {
    const uri = 'untitled:Untitled-1';
    assert.deepEqual(await client.open(uri, 'markdown', ARTICLE), { uri, version: 1, diagnostics: articleDiagnostics(uri) });
    const closed = client.diagnostics(uri, (p) => p.version === undefined);
    await client.close(uri);
    await closed;
    // a YAML file opened before a Markdown one: only the Markdown one gets diagnostics
    const since = client.published.length;
    const next = pathToFileURL(join(dir, 'next.md')).href;
    await client.send(pathToFileURL(join(dir, 'settings.yaml')).href, 'yaml', 'rules:\n  name-form: off\n');
    await client.open(next, 'markdown', 'The council met on Monday.\n');
    assert.deepEqual(client.published.slice(since), [{ uri: next, version: 1, diagnostics: [] }]);
  });

  test('the project config counts, and is read again when it changes on disk, with no edit of the document', async () => {
    const uri = pathToFileURL(join(dir, 'config.md')).href;
    const config = join(dir, '.copydeskrc.yaml');
    const codes = (p: Published) => p.diagnostics.map((d) => d.code).join(' ');
    writeFileSync(config, 'rules:\n  name-form: off\n');
    const first = await client.open(uri, 'markdown', ARTICLE);
    assert.equal(codes(first), 'contradicted-number term-variant');

    // each change is waited for by what it must bring: a check started by an earlier write may land first
    let since = client.published.length;
    writeFileSync(config, 'rules:\n  term-variant: off\n');
    const second = await client.diagnostics(uri, (p) => codes(p) === 'contradicted-number name-form', since);
    assert.equal(second.version, 1, 'the same text, checked again for the new config');

    since = client.published.length;
    writeFileSync(config, 'rules:\n  name-form: loud\n');
    const broken = await client.diagnostics(uri, (p) => p.diagnostics.length === 1 && p.diagnostics[0]!.code === undefined, since);
    // a broken config is said where the writer looks, in the CLI's words, until it is fixed
    assert.deepEqual(broken.diagnostics, [
      { range: range(0, 0, 0, 0), severity: 1, source: 'copydesk', message: `copydesk: ${config}: line 2: rules.name-form: must be "off", "info", "warning" or "error", or [level, {options}] (got "loud")` },
    ]);

    since = client.published.length;
    rmSync(config);
    const restored = await client.diagnostics(uri, (p) => p.diagnostics.length === 3, since);
    assert.deepEqual(restored.diagnostics, articleDiagnostics(uri), 'no config: the default rules again');
    await client.close(uri);
  });
});

function editsOf(action: CodeAction, uri: string): TextEdit[] {
  return action.edit!.changes![uri]!;
}
