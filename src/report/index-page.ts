import { h } from 'hastscript';
import { toHtml } from 'hast-util-to-html';
import type { Root } from 'hast';
import { STYLE } from './html-style.js';

export interface IndexEntry {
  name: string;
  href: string;
  title: string;
  description: string;
  error: number;
  warning: number;
  info: number;
}

/** reports/index.html: one row per corpus case, linking its report. */
export function formatIndex(entries: IndexEntry[], heading: string): string {
  const tree: Root = {
    type: 'root',
    children: [
      { type: 'doctype' },
      h('html', { lang: 'en' }, [
        h('head', [h('meta', { charset: 'utf-8' }), h('title', heading), h('style', STYLE)]),
        h('body', [
          h('header.top', [h('h1', heading), h('p.summary', `${entries.length} cases`)]),
          h('table.cases', [
            h('thead', [h('tr', [h('th', 'case'), h('th', 'article'), h('th', 'errors'), h('th', 'warnings'), h('th', 'info'), h('th', 'what it tests')])]),
            h(
              'tbody',
              entries.map((entry) =>
                h('tr', [
                  h('td', [h('a', { href: entry.href }, entry.name)]),
                  h('td', entry.title),
                  h('td', String(entry.error)),
                  h('td', String(entry.warning)),
                  h('td', String(entry.info)),
                  h('td', entry.description),
                ]),
              ),
            ),
          ]),
        ]),
      ]),
    ],
  };
  return `${toHtml(tree)}\n`;
}
