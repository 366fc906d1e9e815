import { createHash } from 'node:crypto';
import { h } from 'hastscript';
import { toHtml } from 'hast-util-to-html';
import type { Element, ElementContent, Root } from 'hast';
import type { Finding, Severity } from '../model/finding.js';
import { SCRIPT } from './html-script.js';

/** What a report page is made of; `page()` adds the frame every report shares. */
export interface PageParts {
  title: string;
  summary: (ElementContent | string)[];
  /** The findings the page shows, for the filters' choices; a page without them has no script. */
  findings?: Finding[];
  /** Contents of a report of several articles. */
  contents?: Element;
  main: ElementContent[];
  style: string;
  /** Names the report in the browser's storage, so dismissals are remembered for this report only. */
  reportKey: string;
}

/**
 * The frame of every report: one h1, a skip link, a banner with the summary and the filters, the main
 * landmark. A Content-Security-Policy allows only this page's own style and script (by hash), so
 * nothing is ever fetched, whatever the article holds. The filters are in the page but hidden until
 * the script shows them: without the script, the report is complete and static.
 */
export function page(parts: PageParts): string {
  const csp = [
    "default-src 'none'",
    `style-src '${sha256(parts.style)}'`,
    parts.findings ? `script-src '${sha256(SCRIPT)}'` : "script-src 'none'",
    "img-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
  const tree: Root = {
    type: 'root',
    children: [
      { type: 'doctype' },
      h('html', { lang: 'en', dataReport: parts.reportKey }, [
        h('head', [
          h('meta', { charset: 'utf-8' }),
          h('meta', { httpEquiv: 'Content-Security-Policy', content: csp }),
          h('meta', { name: 'viewport', content: 'width=device-width, initial-scale=1' }),
          h('meta', { name: 'generator', content: 'copydesk' }),
          h('title', parts.title),
          h('style', parts.style),
        ]),
        h('body', [
          h('a.skip', { href: '#main' }, 'Skip to the report'),
          h('header.top', [h('h1', parts.title), h('p.summary', parts.summary), ...(parts.findings ? [filters(parts.findings)] : [])]),
          ...(parts.contents ? [parts.contents] : []),
          h('main#main', { tabIndex: -1 }, parts.main),
          ...(parts.findings ? [h('script', SCRIPT)] : []),
        ]),
      ]),
    ],
  };
  isolateBidi(tree);
  return `${toHtml(tree)}\n`;
}

/** Characters that set or mark a direction (U+202E reverses everything after it up to the paragraph's end). */
const BIDI = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;
const BIDI_ALL = new RegExp(BIDI.source, 'g');
/** Elements whose text is not shown in the page, where an element cannot go, or already isolated. */
const RAW = new Set(['script', 'style', 'title', 'textarea', 'option', 'bdi']);
/** Attributes a person sees (a tooltip) or hears (a screen reader): escaped, as an attribute cannot isolate. */
const SHOWN_ATTRIBUTES = ['title', 'ariaLabel', 'alt', 'placeholder'];

/**
 * Text from the copy and file names may carry direction controls: each text that has one is put in a
 * <bdi>, so it is shown as written but cannot reverse the report's own labels around it. The page title
 * and attributes, which hold no elements, show the controls as escapes ("\u202e").
 */
function isolateBidi(node: Root | Element): void {
  for (const [k, child] of node.children.entries()) {
    if (child.type === 'text' && BIDI.test(child.value) && node.type === 'element' && !RAW.has(node.tagName)) node.children[k] = h('bdi', child.value);
    else if (child.type === 'text' && BIDI.test(child.value) && node.type === 'element' && node.tagName === 'title') child.value = escapeBidi(child.value);
    else if (child.type === 'element') {
      for (const name of SHOWN_ATTRIBUTES) {
        const value = child.properties[name];
        if (typeof value === 'string' && BIDI.test(value)) child.properties[name] = escapeBidi(value);
      }
      isolateBidi(child);
    }
  }
}

function escapeBidi(text: string): string {
  return text.replace(BIDI_ALL, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

function sha256(text: string): string {
  return `sha256-${createHash('sha256').update(text).digest('base64')}`;
}

/** Links a report follows: the web and mail. Text from a file or a rule pack never links anywhere else (`javascript:`, `data:`). */
export function isSafeLink(url: string): boolean {
  return /^(https?:|mailto:)/i.test(url);
}

/** A stable short key: the same finding in a report made again is dismissed still. */
export function keyOf(...parts: string[]): string {
  return createHash('sha256').update(parts.join('\u0000')).digest('hex').slice(0, 16);
}

const SEVERITIES: { value: Severity; label: string }[] = [
  { value: 'error', label: 'errors' },
  { value: 'warning', label: 'warnings' },
  { value: 'info', label: 'info and “worth a look”' },
];

function filters(findings: Finding[]): Element {
  const categories = [...new Set(findings.map((f) => f.category))].sort();
  const rules = [...new Set(findings.map((f) => f.ruleId))].sort();
  const count = (severity: Severity) => findings.filter((f) => f.severity === severity).length;
  return h('form.filters', { ariaLabel: 'Filter findings', hidden: true, dataScript: '' }, [
    h('fieldset', [
      h('legend', 'Show'),
      ...SEVERITIES.map(({ value, label }) => h('label', [h('input', { type: 'checkbox', name: 'severity', value, checked: true }), ` ${label} (${count(value)})`])),
    ]),
    h('label', ['Category ', h('select', { name: 'category' }, [h('option', { value: '' }, 'all'), ...categories.map((c) => h('option', { value: c }, c))])]),
    h('label', ['Rule ', h('select', { name: 'rule' }, [h('option', { value: '' }, 'all'), ...rules.map((r) => h('option', { value: r }, r))])]),
    h('label', [h('input', { type: 'checkbox', name: 'dismissed' }), ' dismissed']),
    h('span.status', { role: 'status' }),
    h('span.keys', ['Keys: ', h('kbd', 'j'), ' next, ', h('kbd', 'k'), ' previous finding']),
    h('span.notice', { role: 'status', tabIndex: -1 }),
  ]);
}

/** "2 errors · 3 warnings · 1 info", each count in its severity's colour. */
export function counts(summary: Record<Severity, number>): (ElementContent | string)[] {
  const part = (severity: Severity, word: string) => h(`strong.sev-${severity}`, `${summary[severity]} ${word}${summary[severity] === 1 || severity === 'info' ? '' : 's'}`);
  return [part('error', 'error'), ' · ', part('warning', 'warning'), ' · ', part('info', 'info')];
}
