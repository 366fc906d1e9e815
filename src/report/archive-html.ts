import { h } from 'hastscript';
import { toHtml } from 'hast-util-to-html';
import type { Element, Root } from 'hast';
import type { BatchReport } from '../model/report.js';
import type { StoryResult } from '../model/results.js';
import { excerpt, findingHeader } from './html-finding.js';
import { summarise } from './json.js';
import { STYLE } from './html-style.js';

const ARCHIVE_STYLE = `
table.cases td.n { text-align: right; font-variant-numeric: tabular-nums; }
table.cases tr.clean td { color: var(--muted); }
section.story { padding: 1rem 1.5rem; border-bottom: 1px solid var(--line); max-width: 60rem; }
section.story h2 { font-size: 1.05rem; margin: 0 0 .2rem; }
section.story p.files { font-family: ui-monospace, monospace; font-size: .85rem; color: var(--muted); margin: 0 0 .8rem; }
section.story ol { list-style: none; padding: 0; }
`;

/**
 * The HTML index of an archive run (`batch`, or shards merged): one self-contained page with a row per
 * story (its files and counts) linking to its findings, each with its places and their words. It
 * shows what the results hold and no article in full, so it stays one page for a large archive.
 * Story ids, file names and article text enter as text nodes only: hast escapes them.
 */
export function formatArchiveHtml(report: BatchReport, title = 'copydesk archive report'): string {
  const counts = summarise(report.stories.flatMap((s) => s.findings));
  let n = 0;
  const numbers = report.stories.map((story) => story.findings.map(() => ++n));
  const rows = report.stories.map((story, k) =>
    h(story.findings.length ? 'tr' : 'tr.clean', [
      h('td', story.findings.length ? [h('a', { href: `#story-${k + 1}` }, story.id)] : [story.id]),
      h('td', story.command),
      h('td', story.files.join(story.command === 'diff' ? ' → ' : ', ')),
      h('td.n', String(story.summary.error)),
      h('td.n', String(story.summary.warning)),
      h('td.n', String(story.summary.info)),
    ]),
  );
  const sections = report.stories.flatMap((story, k) => (story.findings.length ? [storySection(story, k, numbers[k]!)] : []));
  const tree: Root = {
    type: 'root',
    children: [
      { type: 'doctype' },
      h('html', { lang: 'en' }, [
        h('head', [h('meta', { charset: 'utf-8' }), h('meta', { name: 'viewport', content: 'width=device-width, initial-scale=1' }), h('title', title), h('style', STYLE + ARCHIVE_STYLE)]),
        h('body', [
          h('header.top', [
            h('h1', title),
            h('p.summary', `${report.stories.length} stor${report.stories.length === 1 ? 'y' : 'ies'} · ${counts.error} error${counts.error === 1 ? '' : 's'} · ${counts.warning} warning${counts.warning === 1 ? '' : 's'} · ${counts.info} info · copydesk ${report.tool.version}`),
          ]),
          h('table.cases', [h('thead', [h('tr', [h('th', 'story'), h('th', 'command'), h('th', 'files'), h('th', 'errors'), h('th', 'warnings'), h('th', 'info')])]), h('tbody', rows)]),
          h('main', sections),
        ]),
      ]),
    ],
  };
  return `${toHtml(tree)}\n`;
}

function storySection(story: StoryResult, k: number, numbers: number[]): Element {
  const items = story.findings.map((finding, f) => {
    const places = finding.locations.map((location, j) =>
      h('li', [`${location.role ?? (j === 0 ? 'here' : 'also')}: ${location.path}, line ${location.start.line}, column ${location.start.column} `, h('span.excerpt', excerpt(location.text, 90))]),
    );
    const children = findingHeader(finding, numbers[f]!);
    if (finding.introduced) children.push(h('span.introduced', ' · introduced by this edit'));
    children.push(h('ul.locations', places));
    return h(`li.finding.sev-${finding.severity}#finding-${numbers[f]}`, { dataRule: finding.ruleId }, children);
  });
  return h(`section.story#story-${k + 1}`, [h('h2', story.id), h('p.files', story.files.join(story.command === 'diff' ? ' → ' : ', ')), h('ol', items)]);
}
