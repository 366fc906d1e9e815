import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildDocument } from '../src/load/document.js';
import { decodeInput } from '../src/load/decode.js';
import { analyseText, defaultLexicon } from './support/fixtures.js';

function docOf(path: string, text: string) {
  return buildDocument(decodeInput(path, new TextEncoder().encode(text)), defaultLexicon());
}

test('Markdown blocks map every character of their text back to the file', () => {
  const source = '---\ntitle: Bridge closes\ndate: 2026-03-01\n---\n# Bridge closes\n\nThe *old* bridge at [Harlow](https://example.com) closed on **Monday**, officials said.\n\n> Repairs will take a year.\n\n- Traffic is diverted.\n';
  const doc = docOf('a.md', source);
  assert.equal(doc.frontMatter.title, 'Bridge closes');
  assert.equal(doc.frontMatter.date, '2026-03-01');
  assert.deepEqual(doc.blocks.map((b) => b.kind), ['title', 'paragraph', 'blockquote', 'list-item']);
  const paragraph = doc.blocks[1]!;
  assert.equal(paragraph.text, 'The old bridge at Harlow closed on Monday, officials said.');
  for (let i = 0; i < paragraph.text.length; i++) assert.equal(source[paragraph.map[i]!], paragraph.text[i], `character ${i}`);
  assert.equal(doc.blocks[2]!.text, 'Repairs will take a year.');
  assert.equal(doc.blocks[3]!.paragraph, 3);
});

test('CRLF line endings, a BOM and non-ASCII text keep offsets, lines and columns exact', () => {
  const text = '# Café reopens\r\n\r\nJosé Núñez — the owner — said “we’re back” on Monday.\r\nThe café had been shut since 2024.\r\n';
  const bytes = new TextEncoder().encode(`\uFEFF${text}`);
  const input = decodeInput('crlf.md', bytes);
  assert.equal(input.bom, true);
  assert.equal(input.text, text);
  const analysis = analyseText(text);
  const sentences = analysis.sentences.filter((s) => s.kind === 'paragraph');
  assert.equal(sentences.length, 2);
  for (const sentence of sentences) assert.equal(text.slice(sentence.start, sentence.end), sentence.text);
  const second = sentences[1]!;
  assert.deepEqual(analysis.doc.lines.point(second.start), { line: 4, column: 1, offset: second.start });
  const jose = analysis.mentions.find((m) => m.text === 'José Núñez')!;
  assert.equal(text.slice(jose.start, jose.end), 'José Núñez');
  assert.deepEqual(analysis.doc.lines.point(jose.start), { line: 3, column: 1, offset: jose.start });
});

test('astral characters count as two UTF-16 code units, as the report promises', () => {
  const text = 'Fans 🎉 cheered as Ana Ruiz won. Ruiz thanked them.\n';
  const analysis = analyseText(text);
  const ruiz = analysis.mentions.filter((m) => m.text === 'Ruiz');
  assert.equal(ruiz.length, 1);
  assert.equal(text.slice(ruiz[0]!.start, ruiz[0]!.end), 'Ruiz');
  assert.equal(analysis.doc.lines.point(ruiz[0]!.start).column, ruiz[0]!.start + 1);
});

test('plain text: first line is the headline, credits and trailing related headlines are not body', () => {
  const text = 'Storm hits coast: thousands without power?\n\nA storm cut power to 5,000 homes on Tuesday.\n\nFrom Wire Staff\n\nCrews worked through the night.\n\nMore storms forecast for the weekend\n\nRelated: How to prepare for a storm\n';
  const doc = docOf('a.txt', text);
  assert.deepEqual(doc.blocks.map((b) => b.kind), ['title', 'paragraph', 'byline', 'paragraph', 'related', 'related']);
  assert.deepEqual(doc.blocks.map((b) => b.paragraph), [0, 1, 0, 2, 0, 0]);
});

test('plain text: a one-sentence first paragraph ending in a full stop is the lede, not a headline', () => {
  const doc = docOf('a.txt', 'An open pit mine collapsed in Inner Mongolia on Wednesday, killing at least two people.\n\nState media said more than 50 were missing.\n');
  assert.deepEqual(doc.blocks.map((b) => b.kind), ['paragraph', 'paragraph']);
  const headline = docOf('b.txt', 'Mine collapse in Inner Mongolia kills two...\n\nState media said more than 50 were missing.\n');
  assert.deepEqual(headline.blocks.map((b) => b.kind), ['title', 'paragraph']);
});

test('Markdown: an italic paragraph after the headline is the standfirst; a Related section is not body', () => {
  const doc = docOf('a.md', '# Fire at mill\n\n*A fire destroyed the Ashby mill on Sunday.*\n\nThe fire started at noon.\n\n## Related\n\n- [Mill owner speaks](x.md)\n');
  assert.deepEqual(doc.blocks.map((b) => b.kind), ['title', 'standfirst', 'paragraph', 'related', 'related']);
});

test('inline control comments are read from Markdown', () => {
  const doc = docOf('a.md', 'Text here.\n\n<!-- copydesk-disable-next-line repeated-claim, name-form -->\nMore text.\n');
  assert.deepEqual(doc.directives.map((d) => [d.kind, d.ruleIds, d.line]), [['disable-next-line', ['repeated-claim', 'name-form'], 3]]);
});

test('invalid front matter is a clear error naming the file and line', () => {
  assert.throws(() => docOf('bad.md', '---\ntitle: [unclosed\n---\nText.\n'), (error: Error) => /^front matter is not valid YAML \(line \d+\): [^:]*[^:\s]$/.test(error.message) && !/ at line /.test(error.message));
  assert.throws(() => docOf('nested.md', '---\ntitle:\n  nested: x\n---\nText.\n'), /front matter \(line 1\): title must be text or a number, not a mapping/);
});

/** The file's text under a snippet of a block's text: where the block says those characters stand. */
function sourceOf(path: string, text: string, snippet: string): string {
  const doc = buildDocument({ path, text, bom: false }, defaultLexicon());
  const block = doc.blocks.find((b) => b.text.includes(snippet));
  assert.ok(block, `no block holds ${JSON.stringify(snippet)}: ${JSON.stringify(doc.blocks.map((b) => b.text))}`);
  const at = block.text.indexOf(snippet);
  return text.slice(block.map[at]!, block.map[at + snippet.length - 1]! + 1);
}

// Counterexamples the property tests found (test/properties-load.test.ts), each shrunk by fast-check:
// block text whose offsets pointed at other characters than its own.
test('offsets stay exact past wrapped and indented HTML, references, NUL and a BOM left in the text', () => {
  const cases: [string, string, string, string][] = [
    // a line break in HTML: the collapsed space was looked for ahead and found a later one
    ['a.html', '<p>“never ) did?” Ruiz said.\n"rebuild plan | over over is," Okafor\'s asked.</p>', 'said. "rebuild plan', 'said.\n"rebuild plan'],
    ['a.html', '<p>The storm\n                    killed 14 people.</p>', 'storm killed 14 people.', 'storm\n                    killed 14 people.'],
    ['a.html', '<ul><li>S&amp;\r\nhares of Huawei rose.</li></ul>', 'S& hares of', 'S&amp;\r\nhares of'],
    ['a.html', '<p>&eacute;&#x1F600;Ana Ruiz is the daughter of Ana Ruiz.</p>', 'é😀Ana Ruiz', '&eacute;&#x1F600;Ana Ruiz'],
    ['a.html', '<p>Ana Ruiz, 4\u0000\n1, the chief executive, declined to comment.</p>', '4 1, the chief', '4\u0000\n1, the chief'],
    // a reference followed by the character it stands for
    ['a.md', '&#x1F600;😀 and more.', '😀😀 and', '&#x1F600;😀 and'],
    ['a.md', '> S\r\n> &#x1F600;hares of Huawei rose.', 'S  😀hares of', 'S\r\n> &#x1F600;hares of'],
    ['a.md', '\u0000"&amp; we," said Ana Ruiz.', '\ufffd"& we," said', '\u0000"&amp; we," said'],
    // U+FEFF is white space to JavaScript, not to Markdown
    ['a.md', '"\r\n \ufeff we," said Ana Ruiz.', '\ufeff we," said', '\ufeff we," said'],
    // micromark drops a leading BOM and counted every offset without it
    ['a.md', '\ufeff> Ana Ruiz, 41, the chief executive, declined to comment.', 'declined to comment.', 'declined to comment.'],
  ];
  for (const [path, text, snippet, expected] of cases) assert.equal(sourceOf(path, text, snippet), expected, JSON.stringify(text));
});

test('a BOM left in Markdown text keeps inline control comments where they are', () => {
  const text = '\ufeff<!-- copydesk-disable  -->\n\n*Huawei* approved the plan on Monday.';
  const doc = buildDocument({ path: 'a.md', text, bom: false }, defaultLexicon());
  assert.deepEqual(doc.directives.map((d) => text.slice(d.start, d.end)), ['<!-- copydesk-disable  -->']);
});

test('an HTML comment left open at the end of the file ends its block inside the file', () => {
  const text = '<p>“<!--?” she said.</p>\n<figure><img src="a.jpg"><figcaption>Ana Ruiz is the daughter of Ana Ruiz.</figcaption></figure>';
  const doc = buildDocument({ path: 'a.html', text, bom: false }, defaultLexicon());
  assert.deepEqual(doc.blocks.map((b) => [b.text, b.start, b.end]), [['“', 0, text.length]]);
});
