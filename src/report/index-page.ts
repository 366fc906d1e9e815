import { h } from 'hastscript';
import type { ElementContent } from 'hast';
import { keyOf, page } from './html-page.js';
import { INDEX_STYLE } from './html-style.js';

export interface IndexEntry {
  name: string;
  href: string;
  title: string;
  description: string;
  error: number;
  warning: number;
  info: number;
  /** For a corpus case: whether the findings are what its expected.yaml says, and what it admits. */
  verdict?: { pass: boolean; notes: string[] };
}

/**
 * reports/index.html: one row per report (a corpus case) with its counts and, for the corpus, whether
 * it passes against its expected findings; totals at the foot. On a phone each row is a card.
 */
export function formatIndex(entries: IndexEntry[], heading: string): string {
  const sum = (key: 'error' | 'warning' | 'info') => entries.reduce((n, e) => n + e[key], 0);
  const judged = entries.filter((e) => e.verdict);
  const passed = judged.filter((e) => e.verdict!.pass).length;
  const hasVerdicts = judged.length > 0;
  const summary: (ElementContent | string)[] = [`${entries.length} reports · ${sum('error')} errors · ${sum('warning')} warnings · ${sum('info')} info`];
  if (hasVerdicts) summary.push(` · ${passed} of ${judged.length} cases pass against expected.yaml`);
  const cell = (label: string, content: (ElementContent | string)[] | string, cls = '') => h(`td${cls}`, { dataLabel: label }, content);
  const rows = entries.map((entry) =>
    h('tr', [
      cell('report', [h('a', { href: entry.href }, entry.name)]),
      cell('article', entry.title),
      cell('errors', String(entry.error), '.num'),
      cell('warnings', String(entry.warning), '.num'),
      cell('info', String(entry.info), '.num'),
      ...(hasVerdicts
        ? [
            cell('expected', entry.verdict ? [h(entry.verdict.pass ? 'span.pass' : 'span.fail', entry.verdict.pass ? '✓ pass' : '✗ fail'), ...entry.verdict.notes.map((note) => h('span.why', note))] : '—', '.verdict'),
          ]
        : []),
      cell('what it tests', entry.description),
    ]),
  );
  const table = h('table.cases', [
    h('caption.sr', heading),
    h('thead', [
      h('tr', [
        h('th', { scope: 'col' }, 'report'),
        h('th', { scope: 'col' }, 'article'),
        h('th.num', { scope: 'col' }, 'errors'),
        h('th.num', { scope: 'col' }, 'warnings'),
        h('th.num', { scope: 'col' }, 'info'),
        ...(hasVerdicts ? [h('th', { scope: 'col' }, 'expected')] : []),
        h('th', { scope: 'col' }, 'what it tests'),
      ]),
    ]),
    h('tbody', rows),
    h('tfoot', [
      h('tr', [
        cell('total', `${entries.length} reports`),
        cell('', ''),
        cell('errors', String(sum('error')), '.num'),
        cell('warnings', String(sum('warning')), '.num'),
        cell('info', String(sum('info')), '.num'),
        ...(hasVerdicts ? [cell('expected', `${passed} of ${judged.length} pass`)] : []),
        cell('', ''),
      ]),
    ]),
  ]);
  return page({ title: heading, summary, main: [table], style: INDEX_STYLE, reportKey: keyOf('index', ...entries.map((e) => e.name)) });
}
