import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core';
import { cli } from '../support/cli.js';
import { tempDir, writeFile } from '../support/fixtures.js';

// The HTML reports as a person sees them, in headless Chromium (Debian's package; .ci/run installs
// it): axe-core's accessibility rules, a 390 px phone, paper, the filters, the keyboard, dismissals,
// and no request leaving the file. One browser for the file; each page in a context of its own.
const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
const available = existsSync(CHROMIUM);
if (!available && process.env['CI']) throw new Error(`Chromium not found at ${CHROMIUM}: .ci/run installs it`);
const skip = !available && 'Chromium is not installed';
// the page's globals, for the callbacks that run in the browser (the project compiles without the DOM library)
declare const document: any; // eslint-disable-line @typescript-eslint/no-explicit-any
declare const getComputedStyle: any; // eslint-disable-line @typescript-eslint/no-explicit-any
declare const CSSMediaRule: any; // eslint-disable-line @typescript-eslint/no-explicit-any
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

const HOSTILE = [
  '# Council <b>vote</b> & "budget"',
  '',
  'The council approved the budget on Monday. <script>window.pwned = true</script>',
  '',
  'Ana Ruiz, the mayor of Porto, was arrested in Lisbon on Monday. <img src=x onerror="window.pwned = true">',
  '',
  'The council met again on [Tuesday](javascript:window.pwned=true). ![chart](https://example.com/chart.png)',
  '',
  'Ruiz was arrested in Lisbon, where she is now held.',
  '',
].join('\n');

let browser: Browser;
const dir = tempDir();
const reports: Record<'check' | 'related' | 'diff', string> = { check: join(dir, 'check.html'), related: join(dir, 'related.html'), diff: join(dir, 'diff.html') };

before(async () => {
  if (!available) return;
  const runs = [
    await cli(['check', 'corpus/01-seed-huawei/article.txt', 'corpus/05-bus-crash-death-toll/article.md', 'corpus/14-tram-two-votes-markdown/article.md', '--format', 'html', '--out', reports.check]),
    await cli(['check', 'corpus/41-night-ae-closure-misquote/article.md', '--related', 'corpus/41-night-ae-closure-misquote/related/valley-gazette.md', '--format', 'html', '--out', reports.related]),
    await cli(['diff', ...['v1', 'v2', 'v3'].map((v) => `corpus/29-landslide-toll-three-versions/${v}.md`), '--format', 'html', '--out', reports.diff]),
  ];
  for (const run of runs) assert.ok(run.status <= 1, run.stderr);
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
});
after(async () => {
  await browser?.close();
});

/** Opens a report in a fresh context; fails the test if the page asks for anything outside the file. */
async function withPage<T>(file: string, body: (page: Page) => Promise<T>, options: BrowserContextOptions = {}): Promise<T> {
  const context = await browser.newContext({ viewport: { width: 1366, height: 900 }, ...options });
  try {
    const page = await context.newPage();
    const requests: string[] = [];
    page.on('request', (request) => {
      if (!request.url().startsWith('file:')) requests.push(request.url());
    });
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    await page.goto(pathToFileURL(file).href);
    const result = await body(page);
    assert.deepEqual(requests, [], 'the report is self-contained: no request leaves the file');
    assert.deepEqual(errors, [], 'no script error and no Content-Security-Policy violation');
    return result;
  } finally {
    await context.close();
  }
}

async function openAllDetails(page: Page): Promise<void> {
  await page.evaluate(() => document.querySelectorAll('details').forEach((d: { open: boolean }) => (d.open = true)));
}

/** axe-core's serious and critical violations, with every folded part of the page open. */
async function axeViolations(page: Page): Promise<string[]> {
  await openAllDetails(page);
  await page.evaluate(AXE);
  const violations = await page.evaluate(async () => {
    const axe = (globalThis as unknown as { axe: { run: (context: unknown, options: object) => Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }> } }).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, targets: v.nodes.slice(0, 3).map((n) => n.target.join(' ')) }));
  });
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id} (${v.impact}): ${v.targets.join(', ')}`);
}

/** How far the page reaches sideways at a phone's width, every folded part open. */
async function phoneWidth(page: Page): Promise<{ scroll: number; widest: string[] }> {
  await page.setViewportSize({ width: 390, height: 844 });
  await openAllDetails(page);
  return page.evaluate(() => ({
    scroll: document.documentElement.scrollWidth,
    widest: [...document.querySelectorAll('body *')]
      // text for screen readers only (.sr) is clipped to nothing on screen
      .filter((el) => el.getBoundingClientRect().right > 390.5 && el.getClientRects().length > 0 && !el.closest('.sr'))
      .slice(0, 5)
      .map((el) => `${el.tagName.toLowerCase()}.${el.className}`),
  }));
}

/** Texts holding a direction control (U+202E …) that no <bdi> or U+2068 … U+2069 isolate contains. */
async function directionLeaks(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const walker = document.createTreeWalker(document.body, 4);
    const found: string[] = [];
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.data.search(/[\u202a-\u202e\u2066-\u2069]/);
      if (at < 0 || node.parentElement.closest('bdi, script')) continue;
      // isolated in the text itself: the control sits inside U+2068 … U+2069
      const before = node.data.slice(0, at);
      if (before.lastIndexOf('\u2068') > before.lastIndexOf('\u2069')) continue;
      found.push(node.data.slice(0, 80));
    }
    return found;
  });
}

async function severityFilter(page: Page): Promise<void> {
  const cards = page.locator('li.finding');
  const total = await cards.count();
  // the first severity the report has beside others: hide it
  const severities = { info: /info and “worth a look”/, error: /errors/, warning: /warnings/ };
  let severity: keyof typeof severities | undefined;
  let some = 0;
  for (const s of Object.keys(severities) as (keyof typeof severities)[]) {
    some = await page.locator(`li.finding[data-severity="${s}"]`).count();
    if (some > 0 && some < total) {
      severity = s;
      break;
    }
  }
  assert.ok(severity, 'the report has findings of two severities');
  assert.equal(await page.locator('form.filters .status').innerText(), `Showing ${total} of ${total} findings`);
  await page.getByLabel(severities[severity]).uncheck();
  assert.equal(await page.locator('form.filters .status').innerText(), `Showing ${total - some} of ${total} findings`);
  assert.equal(await page.locator(`li.finding[data-severity="${severity}"]:not([hidden])`).count(), 0, `${severity} cards are hidden`);
  assert.equal(await page.locator(`li.finding:not([data-severity="${severity}"])[hidden]`).count(), 0, 'the others stay');
  const shown = await page.locator('[data-findings]:not(.off)').evaluateAll((els) => els.map((el) => el.getAttribute('data-findings')));
  const hidden = new Set(await page.locator(`li.finding[data-severity="${severity}"]`).evaluateAll((els) => els.map((el) => el.getAttribute('data-n'))));
  assert.ok(shown.every((ids) => ids!.split(' ').some((n: string) => !hidden.has(n))), 'no place of a hidden finding stays marked');
  assert.ok((await page.locator('[data-findings].off').count()) > 0, 'the hidden findings\' places are unmarked');
  await page.getByLabel(severities[severity]).check();
  assert.equal(await page.locator('li.finding[hidden]').count(), 0);
}

async function printStyles(page: Page): Promise<void> {
  const rules = await page.evaluate(() => [...document.styleSheets].flatMap((s) => [...s.cssRules]).filter((r) => r instanceof CSSMediaRule && r.media.mediaText === 'print').length);
  assert.ok(rules >= 1, 'a print stylesheet');
  await page.emulateMedia({ media: 'print' });
  assert.equal(await page.locator('form.filters').isVisible(), false, 'no controls on paper');
  const paper = await page.evaluate(() => {
    const styleOf = (selector: string) => {
      const el = document.querySelector(selector);
      return el ? getComputedStyle(el) : null;
    };
    const mark = styleOf('.hl, del, ins');
    return { background: mark?.backgroundColor, line: mark?.textDecorationLine, badge: styleOf('.badge')?.backgroundColor };
  });
  assert.equal(paper.background, 'rgba(0, 0, 0, 0)', 'no fills on paper');
  assert.match(paper.line ?? '', /underline|line-through/, 'marked by lines');
  assert.equal(paper.badge, 'rgba(0, 0, 0, 0)', 'badges as outlined words');
  await page.emulateMedia({ media: 'screen' });
}

for (const kind of ['check', 'related', 'diff'] as const) {
  test(`${kind} report: no serious accessibility violation, fits a phone, prints, stays in the file, filters by severity`, { skip }, async () => {
    await withPage(reports[kind], async (page) => {
      assert.match((await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content')) ?? '', /default-src 'none'/);
      assert.equal(await page.locator('h1').count(), 1, 'one h1');
      assert.equal(await page.locator('a.skip').getAttribute('href'), '#main');
      assert.equal(await page.locator('main#main').count(), 1);
      await severityFilter(page);
      await printStyles(page);
      assert.deepEqual(await axeViolations(page), []);
      const phone = await phoneWidth(page);
      assert.deepEqual(phone.widest, [], 'nothing wider than the phone');
      assert.ok(phone.scroll <= 390, `page is ${phone.scroll} px wide at 390 px`);
    });
  });
}

test('check report: the card shows both places by paragraph with the two numbers marked; the article marks them too', { skip }, async () => {
  await withPage(reports.check, async (page) => {
    const card = page.locator('li.finding[data-rule="contradicted-number"]');
    assert.equal(await card.locator('.badge.sev-error').innerText(), 'error');
    assert.deepEqual(await card.locator('.place .where').allInnerTexts(), ['¶1 · said first here', '¶7 · contradicted here']);
    assert.deepEqual(await card.locator('.place mark.value').allInnerTexts(), ['17', '15']);
    assert.match(await card.locator('.place').nth(0).innerText(), /killing 17 people, including four children/);
    const n = await card.getAttribute('data-n');
    assert.deepEqual(await page.locator(`#file-2 .hl[data-findings="${n}"] mark.value`).allInnerTexts(), ['17', '15']);
    // the place links back to its highlight, which links to the card
    await card.locator('.place .where a').nth(1).click();
    assert.ok(page.url().endsWith(`#f${n}-l0`));
    await page.locator(`a.hl[data-findings="${n}"]`).last().click();
    assert.ok(page.url().endsWith(`#finding-${n}`));
    // the rule's description is a click away
    await card.locator('details.rule-doc summary').click();
    assert.match(await card.locator('details.rule-doc').innerText(), /contradicted-number\s+One event given two counts/);
  });
});

test('check report of several articles: contents, numbering in reading order, Markdown as prose', { skip }, async () => {
  await withPage(reports.check, async (page) => {
    assert.deepEqual(await page.locator('nav.contents li a').allInnerTexts(), [
      "Huawei president Ren Zhengfei: We won't spy on US even if Chinese law requires us to, what backdoors?",
      'Pilgrim bus plunges into ravine near Vradel Pass',
      'Calder Heath council approves tram extension at second attempt',
    ]);
    assert.match(await page.locator('nav.contents li').nth(1).innerText(), /1 errors, 0 warnings, 0 info/);
    const refs = await page.locator('sup.ref').evaluateAll((els) => els.map((el) => el.getAttribute('data-n')));
    assert.deepEqual(refs, ['1', '2', '3', '4', '5', '6'], 'numbers in the article run in reading order');
    const cards = await page.locator('li.finding').evaluateAll((els) => els.map((el) => el.getAttribute('data-n')));
    assert.deepEqual(cards, ['1', '2', '3', '4', '5', '6'], 'cards in the same order');
    const tram = page.locator('#file-3');
    assert.equal(await tram.locator('h2').first().innerText(), 'Calder Heath council approves tram extension at second attempt');
    assert.equal(await tram.locator('a[href="https://news.example.com/people/priya-ashcombe"]').innerText(), 'Priya Ashcombe');
    assert.deepEqual(await tram.locator('article em').allInnerTexts(), [
      'Councillors backed a 94 million pound line to Brookfold Green on Thursday, three days after rejecting an earlier version of the plan.',
      'not',
      'not',
      'quieter',
    ]);
    assert.equal(await tram.locator('article ul.list li').count(), 3);
    assert.equal(await tram.locator('article blockquote').count(), 1);
    assert.doesNotMatch(await tram.locator('article').innerText(), /^# |\]\(http/m, 'no Markdown syntax shows');
  });
});

test('keyboard: j and k move between findings in reading order and mark their places', { skip }, async () => {
  await withPage(reports.check, async (page) => {
    await page.keyboard.press('j');
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'finding-1');
    await page.keyboard.press('j');
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'finding-2');
    assert.ok((await page.locator('.hl.current').count()) > 0);
    assert.ok((await page.locator('.hl.current').evaluateAll((els) => els.every((el) => el.getAttribute('data-findings')!.split(' ').includes('2')))));
    await page.keyboard.press('k');
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'finding-1');
    // typing in a control is not navigation
    await page.locator('select[name="rule"]').focus();
    await page.keyboard.press('j');
    assert.equal(await page.evaluate(() => document.activeElement?.tagName), 'SELECT');
  });
});

test('dismiss hides a finding, gives the comment that silences it, and is remembered for the report', { skip }, async () => {
  await withPage(reports.check, async (page) => {
    const card = page.locator('li.finding[data-rule="contradicted-number"]');
    assert.equal(await card.locator('.silence code').textContent(), '<!-- copydesk-disable-next-line contradicted-number -->');
    await card.getByRole('button', { name: 'Dismiss' }).click();
    assert.ok(await card.isHidden());
    assert.match(await page.locator('.notice').innerText(), /Dismissed #\d+\. .*<!-- copydesk-disable-next-line contradicted-number -->/);
    assert.equal(await page.locator('form.filters .status').innerText(), 'Showing 5 of 6 findings');
    await page.reload();
    assert.ok(await card.isHidden(), 'remembered after reloading');
    await page.getByLabel('dismissed').check();
    assert.ok(await card.isVisible());
    await card.getByRole('button', { name: 'Restore' }).click();
    await page.getByLabel('dismissed').uncheck();
    assert.ok(await card.isVisible());
    // a plain-text article cannot hold a comment: the card gives the config line
    assert.equal(await page.locator('#file-1 li.finding .silence code').first().textContent(), '  repeated-claim: off');
  });
});

test('without its script the report is whole: every finding shown, no dead controls', { skip }, async () => {
  await withPage(
    reports.related,
    async (page) => {
      assert.equal(await page.locator('form.filters').isVisible(), false);
      assert.equal(await page.locator('button.dismiss:visible').count(), 0);
      assert.equal(await page.locator('li.finding').count(), 11);
      assert.ok(await page.locator('li.finding[data-rule="misquote"]').isVisible());
      await page.locator('details.notes > summary').click();
      assert.equal(await page.locator('li.finding:visible').count(), 11);
    },
    { javaScriptEnabled: false },
  );
});

test('related report: errors first, info folded; the misquote as a word diff; backing sentences by keyboard and on paper', { skip }, async () => {
  await withPage(reports.related, async (page) => {
    assert.equal(await page.locator('section.findings > ol.cards > li.finding').count(), 1, 'the error stands alone');
    assert.equal(await page.locator('details.notes').getAttribute('open'), null, 'info notes folded');
    assert.match(await page.locator('details.notes > summary').innerText(), /^10 info notes/);
    const misquote = page.locator('li.finding[data-rule="misquote"]');
    assert.deepEqual(await misquote.locator('.place .where').allInnerTexts(), ['¶3 · in the article', 'valley-gazette.md ¶2 · in the report']);
    assert.deepEqual(await misquote.locator('.place').nth(0).locator('mark.diff').allInnerTexts(), ['right', ',']);
    assert.ok((await misquote.locator('.place').nth(1).locator('mark.diff').allInnerTexts()).includes('safe'));
    // the report's sentence beside the article's: a summary reached by Tab, opened by Enter
    const backing = page.locator('details.backing').nth(1);
    assert.match(await backing.locator('summary').innerText(), /backed by valley-gazette\.md/);
    await backing.locator('summary').focus();
    await page.keyboard.press('Enter');
    assert.equal(await backing.getAttribute('open'), '');
    const pair = backing.locator('.pair').first();
    assert.match(await pair.innerText(), /^article\n.*\nvalley-gazette\.md ¶\d/s);
    await page.keyboard.press('Enter');
    await page.emulateMedia({ media: 'print' });
    assert.equal(await backing.getAttribute('open'), null);
    assert.ok(await pair.isVisible(), 'printed even when folded');
  });
});

test('diff report: timeline, findings before the text, folded unchanged runs, coloured rows, words whole, history with word diffs', { skip }, async () => {
  await withPage(reports.diff, async (page) => {
    assert.deepEqual(await page.locator('ol.timeline li.version').allInnerTexts(), ['v1.md\n2025-11-09', 'v2.md\n2025-11-09', 'v3.md\n2025-11-09']);
    assert.deepEqual(await page.locator('ol.timeline li.step').allInnerTexts(), ['→ 2 edited, 2 added, 1 warning →', '→ 5 edited, 1 split, 2 warnings →']);
    const findingsTop = await page.locator('section.findings-list').evaluate((el) => el.getBoundingClientRect().top);
    assert.ok(findingsTop < 500, `findings start ${findingsTop} px down`);
    const loud = await page.locator('section.findings-list > ol.cards > li.finding').evaluateAll((els) => els.map((el) => el.getAttribute('data-rule')));
    assert.deepEqual(loud, ['changed-number', 'changed-name', 'changed-place']);
    const number = page.locator('li.finding[data-rule="changed-number"]');
    assert.deepEqual(await number.locator('.place .where').allInnerTexts(), ['v1.md ¶1 · old version', 'v2.md ¶1 · new version']);
    assert.deepEqual(await number.locator('.place del').allInnerTexts(), ['at least 12']);
    assert.deepEqual(await number.locator('.place ins').allInnerTexts(), ['14']);
    // the extended sentence's added words are whole words, not stems
    const extended = page.locator('li.finding[data-rule="edit-note"]').filter({ hasText: 'now says more' });
    assert.equal(await extended.locator('.place ins').textContent(), ', and the bodies of two more victims were recovered in the evening');
    const runs = await page.locator('details.run > summary').allInnerTexts();
    assert.ok(runs.length >= 2 && runs.every((r) => /^\d+ unchanged sentences$/.test(r)), runs.join(' | '));
    assert.equal(await page.locator('details.run[open]').count(), 0);
    const flagged = page.locator('#d1s2 .row.sev-warning');
    assert.equal(await flagged.count(), 2);
    assert.deepEqual(await flagged.locator('.flag').allInnerTexts(), [`warning #${await page.locator('li.finding[data-rule="changed-name"]').getAttribute('data-n')}`, `warning #${await page.locator('li.finding[data-rule="changed-place"]').getAttribute('data-n')}`]);
    const history = page.locator('section.history .lineage:not(.head)');
    assert.equal(await history.count(), 7);
    const first = history.first();
    assert.deepEqual(await first.locator('del').allInnerTexts(), ['at least 12', ',']);
    assert.deepEqual(await first.locator('ins').allInnerTexts(), ['14']);
    assert.ok((await first.locator('.refs a').count()) >= 1, 'history links to findings');
  });
});

test('hostile article: markup shown as text, no script of its own runs, no link to javascript:', { skip }, async () => {
  const article = writeFile(dir, 'hostile.md', HOSTILE);
  const out = join(dir, 'hostile.html');
  const run = await cli(['check', article, '--format', 'html', '--out', out]);
  assert.equal(run.status, 0, run.stderr);
  const html = readFileSync(out, 'utf8');
  assert.doesNotMatch(html, /<script>window\.pwned/);
  assert.doesNotMatch(html, /href="javascript:/i);
  await withPage(out, async (page) => {
    assert.equal(await page.evaluate(() => (globalThis as { pwned?: boolean }).pwned), undefined, 'article markup never runs');
    assert.deepEqual(await page.locator('article code.raw').allInnerTexts(), ['<b>', '</b>', '<script>', '</script>', '<img src=x onerror="window.pwned = true">'], 'HTML in the copy is shown as text');
    assert.ok(await page.locator('span.image', { hasText: '[image: chart]' }).isVisible(), 'an image is named, never fetched');
    assert.equal(await page.locator('article a[href^="javascript"]').count(), 0);
    const finding = page.locator('li.finding');
    assert.equal(await finding.count(), 1);
    assert.match(await finding.locator('.message').innerText(), /Arrest of Ana Ruiz in Lisbon \(Monday\) is reported twice \(paragraphs 2 and 3\)/);
    assert.deepEqual(await finding.locator('.place .where').allInnerTexts(), ['¶2 · first told here', '¶3 · told again here']);
    assert.deepEqual(await finding.locator('.place mark.value').allInnerTexts(), ['arrested', 'arrested']);
  });
});

test('hostile names and words: a U+202E in a file name or the copy turns only itself; a 3,000-letter word wraps', { skip }, async () => {
  const rlo = '\u202e';
  const long = 'x'.repeat(3000);
  const article = writeFile(dir, `evil${rlo}dm.md`, `# Storm ${rlo}gnorw\n\nThe storm killed 14 people on Monday, police said. ${long}\n\nThe storm killed 12 people on Monday, officials said.\n`);
  const related = writeFile(dir, `report${rlo}dm.md`, '# Storm\n\nThe storm killed 15 people on Monday, police said.\n');
  const out = join(dir, 'bidi.html');
  const run = await cli(['check', article, '--related', related, '--format', 'html', '--out', out]);
  assert.equal(run.status, 1, run.stderr);
  await withPage(out, async (page) => {
    assert.deepEqual(await directionLeaks(page), [], 'no direction control outside an isolate');
    const counts = (await page.locator('p.path').first().innerText()).split(' · ')[1];
    assert.equal(counts, 'findings (4)', 'the label after the file name reads as written');
    assert.equal(await page.locator('p.path bdi').first().innerText(), relative(process.cwd(), article));
    const messages = await page.locator('li.finding .message').allInnerTexts();
    assert.ok(messages.includes(`Number in paragraph 1 differs from \u2068${relative(process.cwd(), related)}\u202c\u2069: the article says “14”, the report “15”`), messages.join('\n'));
    const wide = await page.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(wide <= 1366, `page is ${wide} px wide at 1366 px`);
    const phone = await phoneWidth(page);
    assert.deepEqual(phone.widest, [], 'nothing wider than the phone');
  });
  const diffOut = join(dir, 'bidi-diff.html');
  const diffRun = await cli(['diff', related, article, '--format', 'html', '--out', diffOut]);
  assert.equal(diffRun.status, 1, diffRun.stderr);
  await withPage(diffOut, async (page) => {
    assert.deepEqual(await directionLeaks(page), [], 'no direction control outside an isolate in the diff report');
    assert.equal(await page.locator('h3 bdi').count(), 2, 'both versions\' names isolated in the step heading');
    const phone = await phoneWidth(page);
    assert.deepEqual(phone.widest, [], 'nothing wider than the phone');
  });
});

test('index page: totals, verdicts against expected findings, landmarks, fits a phone', { skip }, async () => {
  const { formatIndex } = await import('../../src/report/index-page.js');
  const out = join(dir, 'index.html');
  writeFile(dir, 'index.html', formatIndex([
    { name: '05-bus-crash-death-toll', href: 'check.html', title: 'Pilgrim bus plunges into ravine near Vradel Pass', description: 'One toll told two ways.', error: 1, warning: 0, info: 0, verdict: { pass: true, notes: [] } },
    { name: '29-landslide-toll-three-versions', href: 'diff.html', title: 'Landslide buries homes in hill village of San Teodoro', description: 'Three versions.', error: 0, warning: 3, info: 7, verdict: { pass: false, notes: ['missing changed-number ["14"]'] } },
  ], 'copydesk: corpus reports'));
  await withPage(out, async (page) => {
    assert.equal(await page.locator('meta[name="viewport"]').count(), 1);
    assert.equal(await page.locator('main').count(), 1);
    assert.match(await page.locator('.summary').innerText(), /2 reports · 1 errors · 3 warnings · 7 info · 1 of 2 cases pass against expected\.yaml/);
    assert.deepEqual(await page.locator('tbody td.verdict').allInnerTexts(), ['✓ pass', '✗ fail\nmissing changed-number ["14"]']);
    assert.deepEqual(await page.locator('tfoot td.num').allInnerTexts(), ['1', '3', '7']);
    assert.deepEqual(await axeViolations(page), []);
    const phone = await phoneWidth(page);
    assert.ok(phone.scroll <= 390 && phone.widest.length === 0, `${phone.scroll} px: ${phone.widest.join(', ')}`);
  });
});

test('hostile rule pack: markup, </style>, quotes and javascript: links in its wording are shown as text, never run', { skip }, async () => {
  const pack = writeFile(dir, 'hostile-pack.yaml', [
    'name: house',
    'description: "Pack </style><script>window.pwned = 1</script>"',
    'rules:',
    '  - id: house-repeat',
    '    kind: repetition',
    '    category: repetition',
    '    severity: error',
    `    description: 'Told twice </style><script>window.pwned = 2</script> "double" ''single'' <img src=x onerror="window.pwned = 3">'`,
    `    message: '{claim} <script>window.pwned = 4</script> told twice ({where}) </title></style><a href="javascript:window.pwned = 5">x</a>'`,
    '    url: "javascript:window.pwned = 6"',
    '',
  ].join('\n'));
  const article = writeFile(dir, 'pack-story.md', '# Arrest\n\nAna Ruiz was arrested in Porto on Monday.\n\nThe court met on Tuesday.\n\nRuiz was arrested in Porto, police said.\n');
  const out = join(dir, 'hostile-pack.html');
  const run = await cli(['check', article, '--rules', pack, '--format', 'html', '--out', out]);
  assert.equal(run.status, 1, run.stderr);
  await withPage(out, async (page) => {
    const card = page.locator('li.finding[data-rule="house-repeat"]');
    assert.equal(await card.locator('.message').innerText(), 'Arrest of Ana Ruiz in Porto (Monday) <script>window.pwned = 4</script> told twice (paragraphs 1 and 3) </title></style><a href="javascript:window.pwned = 5">x</a>');
    await card.locator('details.rule-doc summary').click();
    const doc = await card.locator('details.rule-doc').innerText();
    assert.match(doc, /Told twice <\/style><script>window\.pwned = 2<\/script> "double" 'single' <img src=x onerror="window\.pwned = 3">/);
    assert.match(doc, /More on this rule: javascript:window\.pwned = 6/, 'a link that is not http(s) or mailto is shown, not followed');
    assert.equal(await page.locator('a[href^="javascript"], [onerror], img').count(), 0, 'no link to javascript: and no element from the pack');
    assert.equal(await page.locator('script').count(), 1, 'only the page\'s own script');
    for (const link of await card.locator('a').all()) await link.click();
    assert.equal(await page.evaluate(() => (globalThis as { pwned?: number }).pwned), undefined, 'nothing from the pack ran');
    assert.notEqual(await card.evaluate((el) => getComputedStyle(el).display), 'inline', 'the page\'s styles still apply after a </style> in the text');
  });
});
