import { h } from 'hastscript';
import type { Element, ElementContent } from 'hast';
import type { Finding } from '../model/finding.js';
import type { BatchReport } from '../model/report.js';
import type { StoryResult } from '../model/results.js';
import { findingCard, type CardContext } from './html-finding.js';
import { counts, keyOf, page } from './html-page.js';
import { INDEX_STYLE } from './html-style.js';
import { summarise } from './json.js';
import { omittedNote } from './omitted.js';

const ARCHIVE_STYLE = `
table.cases tr.clean td { color: var(--muted); }
section.story { padding: 1rem 0; border-bottom: 1px solid var(--line); max-width: 60rem; }
section.story h2 { font-size: 1.05rem; margin: 0 0 .2rem; }
section.story p.files { font-family: ui-monospace, monospace; font-size: .85rem; color: var(--muted); margin: 0 0 .8rem; overflow-wrap: anywhere; }
`;

/**
 * The HTML index of an archive run (`batch`, or its shards merged): one self-contained page with a
 * row per story (its files and counts) linking to its findings, each a card with its places and
 * their words. It shows what the results hold and no article in full, so it stays one page for a
 * large archive and needs nothing but the report. Story ids, file names and article text enter as
 * text nodes only: hast escapes them.
 */
export function formatArchiveHtml(report: BatchReport, title = 'copydesk archive report'): string {
  const findings = report.stories.flatMap((s) => s.findings);
  let n = 0;
  const numbers = report.stories.map((story) => story.findings.map(() => ++n));
  const cell = (label: string, content: (ElementContent | string)[] | string, cls = '') => h(`td${cls}`, { dataLabel: label }, content);
  const files = (story: StoryResult) => story.files.join(story.command === 'diff' ? ' → ' : ', ');
  const rows = report.stories.map((story, k) =>
    h(story.findings.length ? 'tr' : 'tr.clean', [
      cell('story', story.findings.length ? [h('a', { href: `#story-${k + 1}` }, story.id)] : story.id),
      cell('command', story.command),
      cell('files', files(story)),
      cell('errors', String(story.summary.error), '.num'),
      cell('warnings', String(story.summary.warning), '.num'),
      cell('info', String(story.summary.info), '.num'),
    ]),
  );
  const table = h('table.cases', [
    h('caption.sr', 'Stories'),
    h('thead', [
      h('tr', [
        h('th', { scope: 'col' }, 'story'),
        h('th', { scope: 'col' }, 'command'),
        h('th', { scope: 'col' }, 'files'),
        h('th.num', { scope: 'col' }, 'errors'),
        h('th.num', { scope: 'col' }, 'warnings'),
        h('th.num', { scope: 'col' }, 'info'),
      ]),
    ]),
    h('tbody', rows),
  ]);
  // the cards show each place's own words: the articles are not read again for an archive
  const cards: CardContext = { library: new Map(), rules: report.rules, anchor: () => undefined, commentable: () => false };
  const sections = report.stories.flatMap((story, k) => (story.findings.length ? [storySection(story, k, numbers[k]!, cards, files(story))] : []));
  const stories = report.stories.length;
  return page({
    title,
    summary: [`${stories} ${stories === 1 ? 'story' : 'stories'} · `, ...counts(summarise(findings)), ` · copydesk ${report.tool.version}`],
    findings,
    main: [table, ...sections],
    style: INDEX_STYLE + ARCHIVE_STYLE,
    reportKey: keyOf('batch', ...report.stories.map((s) => s.id)),
  });
}

function storySection(story: StoryResult, k: number, numbers: number[], cards: CardContext, files: string): Element {
  const list = story.findings.map((finding: Finding, f) => findingCard(finding, numbers[f]!, cards));
  const omitted = story.summary.omitted ? [h('p.omitted', omittedNote(story.summary.omitted))] : [];
  return h(`section.story#story-${k + 1}`, { ariaLabelledby: `story-${k + 1}-title` }, [h(`h2#story-${k + 1}-title`, story.id), h('p.files', files), ...omitted, h('ol.cards', list)]);
}
