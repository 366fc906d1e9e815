import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { cli } from '../support/cli.js';
import { tempDir, writeFile } from '../support/fixtures.js';

// The HTML report as a person sees it, in headless Chromium (Debian's package; .ci/run installs it).
const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
const available = existsSync(CHROMIUM);
if (!available && process.env['CI']) throw new Error(`Chromium not found at ${CHROMIUM}: .ci/run installs it`);

const HOSTILE = [
  '# Council <b>vote</b> & "budget"',
  '',
  'The council approved the budget on Monday. <script>window.pwned = true</script>',
  '',
  'Ana Ruiz, the mayor of Porto, was arrested in Lisbon on Monday. <img src=x onerror="window.pwned = true">',
  '',
  'The council met again on Tuesday.',
  '',
  'Ruiz was arrested in Lisbon, where she is now held.',
  '',
].join('\n');

async function withPage<T>(file: string, body: (page: import('playwright-core').Page) => Promise<T>): Promise<T> {
  const browser: Browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const requests: string[] = [];
    page.on('request', (request) => {
      if (!request.url().startsWith('file:')) requests.push(request.url());
    });
    await page.goto(pathToFileURL(file).href);
    const result = await body(page);
    assert.deepEqual(requests, [], 'the report is self-contained: no network');
    return result;
  } finally {
    await browser.close();
  }
}

test('HTML report: highlights link to findings and back, article text is escaped', { skip: !available && 'Chromium is not installed' }, async () => {
  const dir = tempDir();
  const article = writeFile(dir, 'hostile.md', HOSTILE);
  const out = join(dir, 'report.html');
  const run = await cli(['check', article, '--format', 'html', '--out', out]);
  assert.equal(run.status, 0, run.stderr);
  const html = readFileSync(out, 'utf8');
  assert.doesNotMatch(html, /<script>window\.pwned/);
  assert.match(html, /&#x3C;script>window\.pwned = true&#x3C;\/script>|&lt;script&gt;window\.pwned = true&lt;\/script&gt;/);

  await withPage(out, async (page) => {
    assert.equal(await page.evaluate(() => (globalThis as { pwned?: boolean }).pwned), undefined, 'article markup never runs');
    await assert.doesNotReject(page.getByText('<script>window.pwned = true</script>').first().waitFor(), 'the script tag is shown as text');

    const findings = page.locator('li.finding');
    assert.equal(await findings.count(), 1);
    const finding = findings.first();
    assert.match(await finding.locator('.message').innerText(), /Arrest of Ana Ruiz in Lisbon \(Monday\) is reported twice \(paragraphs 2 and 4\)/);
    assert.equal(await finding.locator('.badge.sev-warning').innerText(), 'warning');
    assert.equal(await finding.locator('.badge.category').innerText(), 'repetition');

    // every location of the finding links to an anchor that exists in the article, in order
    const targets = await finding.locator('ul.locations a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    assert.deepEqual(targets, ['#f1-l0', '#f1-l1']);
    for (const target of targets) assert.equal(await page.locator(target).count(), 1);

    // clicking a location scrolls to the highlighted sentence; clicking the highlight returns to the finding
    await finding.locator('ul.locations a').first().click();
    assert.ok(page.url().endsWith('#f1-l0'));
    const highlight = page.locator('a.hl[data-findings="1"]').filter({ hasText: 'Ruiz was arrested in Lisbon, where she is now held.' });
    assert.equal(await highlight.count(), 1);
    assert.ok(await highlight.isVisible());
    await highlight.click();
    assert.ok(page.url().endsWith('#finding-1'));
    assert.equal(await page.locator('a.hl').count(), 2, 'both sentences are highlighted');
    await page.screenshot({ path: join(dir, 'report.png'), fullPage: true });
  });
});

test('HTML report of the seed shows all five findings with their spans', { skip: !available && 'Chromium is not installed' }, async () => {
  const dir = tempDir();
  const out = join(dir, 'seed.html');
  assert.equal((await cli(['check', 'corpus/01-seed-huawei/article.txt', '--format', 'html', '--out', out])).status, 0);
  await withPage(out, async (page) => {
    assert.equal(await page.locator('li.finding').count(), 5);
    const given = page.locator('a.hl', { hasText: /^Zhengfei$/ });
    assert.equal(await given.count(), 2, 'both "Zhengfei" mentions are marked');
    const refs = await page.locator('sup.ref a').evaluateAll((links) => links.map((a) => a.textContent));
    assert.deepEqual(refs, ['1', '2', '3', '4', '5']);
  });
});
