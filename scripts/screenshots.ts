/**
 * `npm run screenshots`: the README's pictures of each report kind, taken in headless Chromium from
 * real runs of copydesk on corpus cases (a check, a check against a related report, a diff of three
 * versions, and the check report on a 390 px phone). The reports go to reports/ (not committed), the
 * PNGs to docs/screenshots/ (committed: review pictures, not golden files; no test compares them).
 * Chromium: Debian's package, or CHROMIUM_PATH.
 */
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Page } from 'playwright-core';
import { check, diff, render } from '../src/api.js';
import { writeAtomic } from '../src/report/write.js';

const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
const reports = resolve('reports');
const pictures = resolve('docs', 'screenshots');
mkdirSync(pictures, { recursive: true });

interface Shot {
  name: string;
  report: () => Promise<string>;
  viewport: { width: number; height: number };
  /** What to show before the picture is taken: a finding in view, a fold opened. */
  prepare?: (page: Page) => Promise<void>;
}

const corpus = (path: string) => join('corpus', path);
const shots: Shot[] = [
  {
    name: 'check',
    report: async () => render(await check([corpus('05-bus-crash-death-toll/article.md')], { noConfig: true }), 'html', { title: 'copydesk: bus crash' }),
    viewport: { width: 1000, height: 620 },
  },
  {
    name: 'related',
    report: async () => render(await check([corpus('41-night-ae-closure-misquote/article.md')], { noConfig: true, related: [corpus('41-night-ae-closure-misquote/related/valley-gazette.md')] }), 'html', { title: 'copydesk: against a related report' }),
    viewport: { width: 1000, height: 700 },
    prepare: async (page) => {
      await page.locator('details.backing').nth(2).evaluate((el) => el.setAttribute('open', ''));
      await page.locator('section.file').evaluate((el) => el.scrollIntoView());
    },
  },
  {
    name: 'diff',
    report: async () => render(await diff(['v1', 'v2', 'v3'].map((v) => corpus(`29-landslide-toll-three-versions/${v}.md`)), { noConfig: true }), 'html'),
    viewport: { width: 1000, height: 640 },
  },
  {
    name: 'diff-rows',
    report: async () => render(await diff(['v1', 'v2', 'v3'].map((v) => corpus(`29-landslide-toll-three-versions/${v}.md`)), { noConfig: true }), 'html'),
    viewport: { width: 1000, height: 640 },
    prepare: async (page) => {
      await page.locator('#d1s2').evaluate((el) => el.scrollIntoView());
    },
  },
  {
    name: 'phone',
    report: async () => render(await check([corpus('05-bus-crash-death-toll/article.md')], { noConfig: true }), 'html', { title: 'copydesk: bus crash' }),
    viewport: { width: 390, height: 700 },
    prepare: async (page) => {
      await page.locator('li.finding').first().evaluate((el) => el.scrollIntoView());
    },
  },
];

const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'] });
try {
  for (const shot of shots) {
    const file = join(reports, `screenshot-${shot.name}.html`);
    writeAtomic(file, await shot.report());
    const page = await browser.newPage({ viewport: shot.viewport });
    await page.goto(pathToFileURL(file).href);
    await shot.prepare?.(page);
    const out = join(pictures, `${shot.name}.png`);
    await page.screenshot({ path: out });
    await page.close();
    process.stdout.write(`wrote ${out}\n`);
  }
} finally {
  await browser.close();
}
