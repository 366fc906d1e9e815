import { h } from 'hastscript';
import { toHtml } from 'hast-util-to-html';
import type { Element, ElementContent, Root } from 'hast';
import type { Finding } from '../model/finding.js';
import type { DiffEntry, JsonReport, PairEntry, SentenceRef } from '../model/report.js';
import { findingsByDiff } from './diff-json.js';
import { excerpt, findingHeader } from './html-finding.js';
import { STYLE } from './html-style.js';

const DIFF_STYLE = `
table.sbs { border-collapse: collapse; width: 100%; table-layout: fixed; margin: .5rem 0 1.5rem; }
table.sbs th, table.sbs td { border-bottom: 1px solid var(--line); padding: .35rem .5rem; vertical-align: top; text-align: left; }
table.sbs th.n, table.sbs td.n { width: 3rem; color: var(--muted); font-size: .8rem; }
table.sbs td.kind { width: 8rem; font-size: .8rem; color: var(--muted); }
table.sbs tr.k-unchanged td.text { color: var(--muted); }
table.sbs tr.k-added td.new { background: #e6f4ea; }
table.sbs tr.k-removed td.old { background: #fce8e6; }
table.sbs tr.k-moved td.kind, table.sbs tr.ghost td { color: #6b4fbb; }
table.sbs tr.ghost td { font-style: italic; font-size: .85rem; }
table.sbs tr:target, table.sbs td:target { box-shadow: inset 0 0 0 3px #6b4fbb55; }
del { background: #fbd5d1; text-decoration: line-through; }
ins { background: #ccebd4; text-decoration: none; }
.refs a { font-size: .7rem; margin-left: .2rem; }
table.history td { vertical-align: top; border-bottom: 1px solid var(--line); padding: .35rem .5rem; }
table.history td.changed { background: #fff1d6; }
`;

/**
 * The HTML report of `copydesk diff`: for each step the two versions side by side, one row per aligned
 * pair, with word-level <del>/<ins>; moved sentences marked at both places and linked; the change
 * findings listed and linked to the old and the new side; a history table when there are more than
 * two versions. Made from the JSON report alone (a merged report renders as the whole run's does);
 * article text only ever enters as text nodes, so it is escaped.
 */
export function formatDiffHtml(report: JsonReport): string {
  const numbered = new Map<Finding, number>();
  report.findings.forEach((finding, k) => numbered.set(finding, k + 1));
  const diffs = report.diffs ?? [];
  const byDiff = findingsByDiff(report);
  const sections = diffs.map((entry, d) => diffSection(entry, byDiff[d]!, d, numbered));
  const tree: Root = {
    type: 'root',
    children: [
      { type: 'doctype' },
      h('html', { lang: 'en' }, [
        h('head', [h('meta', { charset: 'utf-8' }), h('meta', { name: 'viewport', content: 'width=device-width, initial-scale=1' }), h('title', 'copydesk diff report'), h('style', STYLE + DIFF_STYLE)]),
        h('body', [
          h('header.top', [h('h1', 'copydesk diff report'), h('p.summary', `${diffs.length} article${diffs.length === 1 ? '' : 's'} · ${report.summary.error} errors · ${report.summary.warning} warnings · ${report.summary.info} info · copydesk ${report.tool.version}`)]),
          h('main', sections),
        ]),
      ]),
    ],
  };
  return `${toHtml(tree)}\n`;
}

type Step = DiffEntry['steps'][number];

/** The sentences of one side of a step, in file order: where each stands, for anchors and moves. */
function sideSentences(step: Step, side: 'old' | 'new'): SentenceRef[] {
  const seen = new Map<number, SentenceRef>();
  for (const pair of step.pairs) for (const ref of pair[side]) seen.set(ref.start, ref);
  return [...seen.values()].sort((a, b) => a.start - b.start);
}

function diffSection(entry: DiffEntry, findings: Finding[], d: number, numbered: Map<Finding, number>): Element {
  const children: ElementContent[] = [h('h2', [h('span.path', entry.versions.join(' → '))])];
  // the diff's findings are each step's changes in turn, then the newest version's checks
  const stepOf = new Map<Finding, number>();
  let next = 0;
  entry.steps.forEach((step, s) => {
    for (const finding of findings.slice(next, next + step.findings)) stepOf.set(finding, s);
    next += step.findings;
  });
  const last = entry.steps.length - 1;
  entry.steps.forEach((step, s) => {
    children.push(h('h3', `${step.old} → ${step.new}`));
    const shown = findings.filter((f) => stepOf.get(f) === s || (s === last && !stepOf.has(f)));
    children.push(sideBySide(step, `d${d + 1}s${s + 1}`, shown, numbered));
  });
  children.push(h('h3', `Findings (${findings.length})`));
  children.push(
    findings.length === 0
      ? h('p.none', 'No findings.')
      : h(
          'ol.findings-list',
          findings.map((finding) => {
            const s = stepOf.get(finding) ?? last;
            return findingItem(finding, numbered.get(finding)!, entry.steps[s], `d${d + 1}s${s + 1}`);
          }),
        ),
  );
  if (entry.steps.length > 1) children.push(historyTable(entry));
  return h(`section.file#diff-${d + 1}`, children);
}

function sideBySide(step: Step, id: string, findings: Finding[], numbered: Map<Finding, number>): Element {
  const rows: Element[] = [];
  const movedRow = new Map<PairEntry, number>();
  step.pairs.forEach((pair, r) => {
    if (pair.kind === 'moved') movedRow.set(pair, r);
  });
  // where each moved sentence stood in the old version: after the row of its old predecessor
  const olds = sideSentences(step, 'old');
  const ghostsAfter = new Map<number, PairEntry[]>();
  for (const pair of movedRow.keys()) {
    const before = olds[olds.findIndex((ref) => ref.start === pair.old[0]!.start) - 1];
    const row = before ? step.pairs.findIndex((p) => p.old.some((ref) => ref.start === before.start) && p.kind !== 'moved') : -1;
    const list = ghostsAfter.get(row) ?? [];
    list.push(pair);
    ghostsAfter.set(row, list);
  }
  const ghost = (pair: PairEntry) =>
    h(`tr.ghost#${id}-from-${pair.old[0]!.start}`, [
      h('td.n', ''),
      h('td.text.old', [h('a', { href: `#${id}-r${movedRow.get(pair)! + 1}` }, `↪ sentence moved from here to row ${movedRow.get(pair)! + 1}`)]),
      h('td.text.new', ''),
      h('td.kind', 'moved away'),
    ]);
  for (const pair of ghostsAfter.get(-1) ?? []) rows.push(ghost(pair));
  step.pairs.forEach((pair, r) => {
    const refs = (side: 'old' | 'new') => {
      const path = step[side];
      const hits = findings.filter((f) => f.locations.some((l) => l.path === path && pair[side].some((s) => l.start.offset >= s.start && l.start.offset < s.end)));
      return hits.length ? [h('span.refs', hits.map((f) => h(`a.sev-${f.severity}`, { href: `#finding-${numbered.get(f)}` }, `[${numbered.get(f)}]`)))] : [];
    };
    const anchors = (side: 'old' | 'new') => pair[side].map((ref) => h(`span.anchor#${id}-${side}-${ref.start}`));
    const kindLabel: ElementContent[] = [{ type: 'text', value: pair.kind + (pair.edited ? ' + edited' : '') }];
    if (pair.kind === 'moved') kindLabel.push(h('br'), h('a', { href: `#${id}-from-${pair.old[0]!.start}` }, '↩ where it was'));
    rows.push(
      h(`tr.k-${pair.kind}#${id}-r${r + 1}`, [
        h('td.n', String(r + 1)),
        h('td.text.old', [...anchors('old'), ...cell(pair, 'old'), ...refs('old')]),
        h('td.text.new', [...anchors('new'), ...cell(pair, 'new'), ...refs('new')]),
        h('td.kind', kindLabel),
      ]),
    );
    for (const moved of ghostsAfter.get(r) ?? []) rows.push(ghost(moved));
  });
  return h('table.sbs', [h('thead', [h('tr', [h('th.n', '#'), h('th', step.old), h('th', step.new), h('th', 'change')])]), h('tbody', rows)]);
}

/** A side of a row: the sentence text, with the words the edit deleted or inserted marked. */
function cell(pair: PairEntry, side: 'old' | 'new'): ElementContent[] {
  const sentences = pair[side];
  if (sentences.length === 0) return [];
  if (!pair.ops) {
    const text = sentences.map((s) => s.text).join(' ');
    if (pair.kind === 'added' && side === 'new') return [h('ins', text)];
    if (pair.kind === 'removed' && side === 'old') return [h('del', text)];
    return [{ type: 'text', value: text }];
  }
  const out: ElementContent[] = [];
  for (const op of pair.ops) {
    if (op.op === 'equal') out.push({ type: 'text', value: op.text });
    else if (op.op === 'delete' && side === 'old') out.push(h('del', op.text));
    else if (op.op === 'insert' && side === 'new') out.push(h('ins', op.text));
  }
  return out;
}

function findingItem(finding: Finding, n: number, step: Step | undefined, id: string): Element {
  const links = finding.locations.map((location, k) => {
    const side = step && location.path === step.old ? 'old' : 'new';
    const sentence = step && (location.path === step[side] ? sideSentences(step, side).find((s) => location.start.offset >= s.start && location.start.offset < Math.max(s.end, s.start + 1)) : undefined);
    const label = `${location.role ?? (k === 0 ? 'here' : 'also')}: ${location.path}, line ${location.start.line}`;
    return h('li', [sentence ? h('a', { href: `#${id}-${side}-${sentence.start}` }, label) : h('span', label), ' ', h('span.excerpt', excerpt(location.text, 80))]);
  });
  const children = findingHeader(finding, n);
  if (finding.introduced === false) children.push(h('span.rule', ' · already in the old version'));
  children.push(h('ul.locations', links));
  return h(`li.finding.sev-${finding.severity}#finding-${n}`, { dataRule: finding.ruleId }, children);
}

function historyTable(entry: DiffEntry): Element {
  const text = (version: { sentences: SentenceRef[] } | null) => (version ? version.sentences.map((s) => s.text).join(' ') : '—');
  return h('section.history', [
    h('h3', `History of the sentences that changed (${entry.history.length})`),
    h('table.history', [
      h('thead', [h('tr', entry.versions.map((path) => h('th', path)))]),
      h(
        'tbody',
        entry.history.map((lineage) =>
          h(
            'tr',
            lineage.versions.map((version, k) => {
              const changed = k > 0 && text(version) !== text(lineage.versions[k - 1]!);
              return h(changed ? 'td.changed' : 'td', text(version));
            }),
          ),
        ),
      ),
    ]),
  ]);
}
