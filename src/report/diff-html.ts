import { h } from 'hastscript';
import { toHtml } from 'hast-util-to-html';
import type { Element, ElementContent, Root } from 'hast';
import type { Analysis } from '../model/analysis.js';
import type { DiffResult, DiffStep } from '../model/results.js';
import type { Finding } from '../model/finding.js';
import type { AlignedPair } from '../model/results.js';
import type { JsonReport } from '../model/report.js';
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
 * two versions. Article text only ever enters as text nodes, so it is escaped.
 */
export function formatDiffHtml(report: JsonReport, results: DiffResult[]): string {
  let n = 0;
  const numbered = new Map<Finding, number>();
  for (const finding of report.findings) numbered.set(finding, ++n);
  const sections = results.map((result, d) => diffSection(result, d, numbered));
  const tree: Root = {
    type: 'root',
    children: [
      { type: 'doctype' },
      h('html', { lang: 'en' }, [
        h('head', [h('meta', { charset: 'utf-8' }), h('meta', { name: 'viewport', content: 'width=device-width, initial-scale=1' }), h('title', 'copydesk diff report'), h('style', STYLE + DIFF_STYLE)]),
        h('body', [
          h('header.top', [h('h1', 'copydesk diff report'), h('p.summary', `${results.length} article${results.length === 1 ? '' : 's'} · ${report.summary.error} errors · ${report.summary.warning} warnings · ${report.summary.info} info · copydesk ${report.tool.version}`)]),
          h('main', sections),
        ]),
      ]),
    ],
  };
  return `${toHtml(tree)}\n`;
}

function diffSection(result: DiffResult, d: number, numbered: Map<Finding, number>): Element {
  const children: ElementContent[] = [h('h2', [h('span.path', result.versions.map((v) => v.file.path).join(' → '))])];
  result.steps.forEach((step, s) => {
    const id = `d${d + 1}s${s + 1}`;
    children.push(h('h3', `${step.old.doc.path} → ${step.new.doc.path}`));
    const checks = s === result.steps.length - 1 ? result.findings.filter((f) => !result.steps.some((st) => st.findings.includes(f))) : [];
    children.push(sideBySide(step, id, [...step.findings, ...checks], numbered));
  });
  children.push(h('h3', `Findings (${result.findings.length})`));
  const lastStep = result.steps[result.steps.length - 1];
  children.push(
    result.findings.length === 0
      ? h('p.none', 'No findings.')
      : h(
          'ol.findings-list',
          result.findings.map((finding) => {
            const step = result.steps.findIndex((st) => st.findings.includes(finding));
            return findingItem(finding, numbered.get(finding)!, step >= 0 ? result.steps[step]! : lastStep, `d${d + 1}s${(step >= 0 ? step : result.steps.length - 1) + 1}`);
          }),
        ),
  );
  if (result.steps.length > 1) children.push(historyTable(result));
  return h(`section.file#diff-${d + 1}`, children);
}

function sideBySide(step: DiffStep, id: string, findings: Finding[], numbered: Map<Finding, number>): Element {
  const rows: Element[] = [];
  const movedRow = new Map<AlignedPair, number>();
  step.alignment.pairs.forEach((pair, r) => {
    if (pair.kind === 'moved') movedRow.set(pair, r);
  });
  // where each moved sentence stood in the old version: after the row of its old predecessor
  const ghostsAfter = new Map<number, AlignedPair[]>();
  for (const pair of movedRow.keys()) {
    const before = pair.old[0]! - 1;
    const row = step.alignment.pairs.findIndex((p) => p.old.includes(before) && p.kind !== 'moved');
    const list = ghostsAfter.get(row) ?? [];
    list.push(pair);
    ghostsAfter.set(row, list);
  }
  const ghost = (pair: AlignedPair) =>
    h(`tr.ghost#${id}-from-${pair.old[0]}`, [
      h('td.n', ''),
      h('td.text.old', [h('a', { href: `#${id}-r${movedRow.get(pair)! + 1}` }, `↪ sentence moved from here to row ${movedRow.get(pair)! + 1}`)]),
      h('td.text.new', ''),
      h('td.kind', 'moved away'),
    ]);
  for (const pair of ghostsAfter.get(-1) ?? []) rows.push(ghost(pair));
  step.alignment.pairs.forEach((pair, r) => {
    const refs = (side: 'old' | 'new') => {
      const analysis = side === 'old' ? step.old : step.new;
      const spans = (side === 'old' ? pair.old : pair.new).map((i) => analysis.sentences[i]!);
      const hits = findings.filter((f) => f.locations.some((l) => l.path === analysis.doc.path && spans.some((s) => l.start.offset >= s.start && l.start.offset < s.end)));
      return hits.length ? [h('span.refs', hits.map((f) => h(`a.sev-${f.severity}`, { href: `#finding-${numbered.get(f)}` }, `[${numbered.get(f)}]`)))] : [];
    };
    const anchors = (side: 'old' | 'new') => (side === 'old' ? pair.old : pair.new).map((i) => h(`span.anchor#${id}-${side}-${i}`));
    const kindLabel: ElementContent[] = [{ type: 'text', value: pair.kind + (pair.edited ? ' + edited' : '') }];
    if (pair.kind === 'moved') kindLabel.push(h('br'), h('a', { href: `#${id}-from-${pair.old[0]}` }, '↩ where it was'));
    rows.push(
      h(`tr.k-${pair.kind}#${id}-r${r + 1}`, [
        h('td.n', String(r + 1)),
        h('td.text.old', [...anchors('old'), ...cell(step.old, pair, 'old'), ...refs('old')]),
        h('td.text.new', [...anchors('new'), ...cell(step.new, pair, 'new'), ...refs('new')]),
        h('td.kind', kindLabel),
      ]),
    );
    for (const moved of ghostsAfter.get(r) ?? []) rows.push(ghost(moved));
  });
  return h('table.sbs', [h('thead', [h('tr', [h('th.n', '#'), h('th', step.old.doc.path), h('th', step.new.doc.path), h('th', 'change')])]), h('tbody', rows)]);
}

/** A side of a row: the sentence text, with the words the edit deleted or inserted marked. */
function cell(analysis: Analysis, pair: AlignedPair, side: 'old' | 'new'): ElementContent[] {
  const indices = side === 'old' ? pair.old : pair.new;
  if (indices.length === 0) return [];
  if (!pair.ops) {
    const text = indices.map((i) => analysis.sentences[i]!.text).join(' ');
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

function findingItem(finding: Finding, n: number, step: DiffStep | undefined, id: string): Element {
  const links = finding.locations.map((location, k) => {
    const side = step && location.path === step.old.doc.path ? 'old' : 'new';
    const analysis = step ? (side === 'old' ? step.old : step.new) : undefined;
    const sentence = analysis?.sentences.find((s) => location.start.offset >= s.start && location.start.offset < Math.max(s.end, s.start + 1));
    const label = `${location.role ?? (k === 0 ? 'here' : 'also')}: ${location.path}, line ${location.start.line}`;
    return h('li', [sentence ? h('a', { href: `#${id}-${side}-${sentence.index}` }, label) : h('span', label), ' ', h('span.excerpt', excerpt(location.text, 80))]);
  });
  const children = findingHeader(finding, n);
  if (finding.introduced === false) children.push(h('span.rule', ' · already in the old version'));
  children.push(h('ul.locations', links));
  return h(`li.finding.sev-${finding.severity}#finding-${n}`, { dataRule: finding.ruleId }, children);
}

function historyTable(result: DiffResult): Element {
  const versions = result.versions;
  const text = (k: number, indices: number[] | null) => (indices ? indices.map((i) => versions[k]!.analysis.sentences[i]!.text).join(' ') : '—');
  return h('section.history', [
    h('h3', `History of the sentences that changed (${result.history.length})`),
    h('table.history', [
      h('thead', [h('tr', versions.map((v) => h('th', v.file.path)))]),
      h(
        'tbody',
        result.history.map((lineage) =>
          h(
            'tr',
            lineage.versions.map((indices, k) => {
              const changed = k > 0 && text(k, indices) !== text(k - 1, lineage.versions[k - 1]!);
              return h(changed ? 'td.changed' : 'td', text(k, indices));
            }),
          ),
        ),
      ),
    ]),
  ]);
}
