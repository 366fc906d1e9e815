import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { buildDocument } from '../src/load/document.js';
import { emphasisMarkers, markdownNesting, MAX_NESTING } from '../src/load/nesting.js';
import { icuSentences, sentencesAround } from '../src/text/sentences.js';
import { check, checkText, render } from '../src/api.js';
import { cli } from './support/cli.js';
import { defaultLexicon, tempDir, writeFile } from './support/fixtures.js';

// Stack safety (issue 14): nesting as deep as a file likes ends in a report or in one line naming the
// file, never in "Maximum call stack size exceeded" or a parser left to run for minutes.

const docOf = (path: string, text: string) => buildDocument({ path, text, bom: false }, defaultLexicon());

test('lists, block quotes and both nested 10,000 deep are refused in one line naming the file, the depth and the line', async () => {
  const dir = tempDir();
  writeFile(dir, 'list.md', `# Deep\n\n${'- '.repeat(10_000)}The council met on Monday.\n`);
  writeFile(dir, 'quote.md', `# Deep\n\n${'>'.repeat(10_000)} The council met on Monday.\n`);
  writeFile(dir, 'both.md', `# Deep\n\n${'> - '.repeat(5_000)}The council met on Monday.\n`);
  let indented = '# Deep\n\n';
  for (let i = 0; i < 150; i++) indented += `${' '.repeat(2 * i)}- item ${i}\n`;
  writeFile(dir, 'indented.md', indented);
  for (const [file, depth, line] of [['list.md', '10,000', 3], ['quote.md', '10,000', 3], ['both.md', '10,000', 3], ['indented.md', '150', 152]] as const) {
    const run = await cli(['check', file], { cwd: dir });
    assert.equal(run.status, 2, file);
    assert.equal(run.stderr, `copydesk: ${file}: lists and block quotes nested ${depth} deep (line ${line}); copydesk reads up to 100 levels\n`);
    assert.equal(run.stdout, '');
  }
});

test('a list nested 100 deep is read, every item a block; 101 deep is refused', () => {
  const nested = (depth: number) => {
    let text = '# Deep\n\n';
    for (let i = 0; i < depth; i++) text += `${' '.repeat(2 * i)}- The council met on day ${i + 1}.\n`;
    return text;
  };
  const doc = docOf('deep.md', nested(MAX_NESTING));
  assert.equal(doc.blocks.filter((b) => b.kind === 'list-item').length, 100);
  assert.equal(doc.blocks[100]!.text, 'The council met on day 100.');
  assert.throws(() => docOf('deeper.md', nested(MAX_NESTING + 1)), { message: 'lists and block quotes nested 101 deep (line 103); copydesk reads up to 100 levels' });
});

test('lines nested within the limit but so many that the parser would need gigabytes are refused too', () => {
  const thread = (lines: number) => `# Thread\n\n${'> > > > > The council met on Monday.\n'.repeat(lines)}`;
  assert.equal(docOf('thread.md', thread(1_000)).blocks[1]!.kind, 'blockquote');
  assert.throws(() => docOf('thread.md', thread(100_001)), {
    message: 'lists and block quotes hold 500,005 levels over all their lines (a line nested 3 deep counts 3); copydesk reads up to 500,000',
  });
});

test('the depth is read from the markers at the start of each line, as CommonMark nests them', () => {
  assert.deepEqual(markdownNesting('- a\n- b\n  - c\n    - d\n- e\n'), { depth: 3, line: 4, total: 8 });
  // "- - -" and "* * *" are thematic breaks, not lists
  assert.deepEqual(markdownNesting('- - -\n* * *\n___\n'), { depth: 0, line: 0, total: 0 });
  assert.deepEqual(markdownNesting('1. a\n   2) b\n      3. c\n'), { depth: 3, line: 3, total: 6 });
  // a quotation inside a list item inside a quotation, continued by indentation
  assert.deepEqual(markdownNesting('- a\n\n  > b\n  > - c\n  >   > d\n'), { depth: 4, line: 5, total: 10 });
  // a lazy line keeps the items open: the next item is nested in them
  assert.deepEqual(markdownNesting('- a\nlazy\n  - b\nlazy\n    - c\n'), { depth: 3, line: 5, total: 6 });
  // empty items nested on one line, with no text to end them
  assert.deepEqual(markdownNesting(`${'- + '.repeat(60)}\r\n`), { depth: 120, line: 1, total: 120 });
});

test('an HTML page nested 10,000 elements deep is refused in one line; 400 deep is read', async () => {
  const dir = tempDir();
  writeFile(dir, 'divs.html', `<html><body>${'<div>'.repeat(10_000)}<p>The council met on Monday.</p>${'</div>'.repeat(10_000)}</body></html>`);
  writeFile(dir, 'bold.html', `<html><body><p>${'<b><i>'.repeat(5_000)}The council met on Monday.</p></body></html>`);
  for (const file of ['divs.html', 'bold.html']) {
    const run = await cli(['check', file], { cwd: dir });
    assert.equal(run.status, 2);
    assert.equal(run.stderr, `copydesk: ${file}: elements nested 10,004 deep (line 1); copydesk reads up to 500 levels\n`);
  }
  const doc = docOf('deep.html', `<html><body>${'<div>'.repeat(400)}<h1>Council</h1><p>The council met on Monday.</p>${'</div>'.repeat(400)}</body></html>`);
  assert.deepEqual(doc.blocks.map((b) => [b.kind, b.text]), [['title', 'Council'], ['paragraph', 'The council met on Monday.']]);
});

test('emphasis nested 10,000 deep is read with its markers as characters; 500 deep is emphasis, shown 100 deep in HTML', async () => {
  const nested = (levels: number) => {
    const open: string[] = [];
    const close: string[] = [];
    for (let i = 0; i < levels; i++) {
      const marker = i % 2 ? '_' : '*';
      open.push(`${marker}a `);
      close.unshift(` a${marker}`);
    }
    return `${open.join('')}The council met on Monday.${close.join('')}`;
  };
  assert.equal(emphasisMarkers(`# Deep\n\n${nested(10_000)}\n`), 20_000);
  assert.equal(emphasisMarkers('a *b* and **c** and _d_\n\n*e*\n'), 6);
  const deep = docOf('deep.md', `# Deep\n\n${nested(10_000)}\n`);
  assert.equal(deep.blocks[1]!.text.slice(0, 12), '*a _a *a _a ');
  const readable = docOf('readable.md', `# Deep\n\n${nested(500)}\n`);
  assert.equal(readable.blocks[1]!.text.slice(0, 8), 'a a a a ');
  const dir = tempDir();
  writeFile(dir, 'readable.md', `# Deep\n\n${nested(500)}\n\nThe council met on Monday, police said.\n`);
  const html = await render(await check([join(dir, 'readable.md')]), 'html');
  assert.equal(html.match(/<em>/g)?.length, 100);
});

test('a number followed by 20,000 "of the" is read like any other sentence', () => {
  const text = `# Crash\n\nThe crash killed 14 people.\n\nPolice said 12 ${'of the '.repeat(20_000)}officers were hurt.\n\nThe death toll of 12 made it the worst crash in a decade.\n`;
  assert.deepEqual(checkText(text, { path: 'crash.md' }).findings.map((f) => `${f.locations[0]!.start.line}:${f.locations[0]!.start.column} ${f.ruleId} ${f.message}`), [
    '7:1 contradicted-number Death toll: paragraph 3 says “12”, but paragraph 1 says “14”',
  ]);
});

test('long paragraphs are split into sentences in windows, with the breaks ICU finds in the whole text, and so are the sentences around a place', () => {
  const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });
  const text = [
    'Dr. Ana Ruiz, 41, said on Monday. "Why?" she asked. The U.S. team won 3.5 million votes… ',
    'It rained! 10 people came; “We left,” he said. e.g. this one. ',
    `${'A sentence with no end '.repeat(400)}. `,
    '   Spaces   between.  ',
  ].join('').repeat(60);
  const whole = [...segmenter.segment(text)].map((s) => [s.index, s.segment]);
  assert.ok(text.length > 4096 * 10);
  assert.deepEqual([...icuSentences(text)].map((s) => [s.index, s.segment]), whole);
  // the sentences around a place (the HTML report's cards), read in a window about it
  for (let from = 0; from < text.length; from += 97) {
    const to = Math.min(text.length, from + (from % 300));
    let start = 0;
    let end = text.length;
    for (const [index, segment] of whole as [number, string][]) {
      if (index <= from) start = index;
      if (index + segment.length >= Math.max(to, from + 1)) {
        end = index + segment.length;
        break;
      }
    }
    assert.deepEqual(sentencesAround(text, from, to), { start, end }, `around ${from}-${to}`);
  }
});
