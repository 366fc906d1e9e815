import { h } from 'hastscript';
import { toHtml } from 'hast-util-to-html';
import type { Element, ElementContent, Root } from 'hast';
import type { Document } from '../model/document.js';
import type { Finding, Severity } from '../model/finding.js';
import { SEVERITY_RANK } from '../model/finding.js';
import type { Block } from '../model/document.js';
import type { JsonReport, ProvenanceEntry } from '../model/report.js';
import { excerpt, findingHeader } from './html-finding.js';
import { STYLE } from './html-style.js';

/**
 * The HTML report: one self-contained file. Each article is shown block by block with every span a
 * finding involves highlighted; each highlight links to its finding, and each finding lists all its
 * places, linked back to them. Everything from the article is added as text nodes, so hast escapes it:
 * article text is never trusted as markup.
 */
export function formatHtml(report: JsonReport, docs: Document[], title = 'copydesk report'): string {
  const numbered = report.findings.map((finding, index) => ({ finding, n: index + 1 }));
  const sections = docs.map((doc, index) =>
    fileSection(doc, index, numbered.filter(({ finding }) => finding.locations.some((l) => l.path === doc.path)), report.provenance?.find((p) => p.path === doc.path)),
  );
  const tree: Root = {
    type: 'root',
    children: [
      { type: 'doctype' },
      h('html', { lang: 'en' }, [
        h('head', [h('meta', { charset: 'utf-8' }), h('meta', { name: 'viewport', content: 'width=device-width, initial-scale=1' }), h('title', title), h('style', STYLE)]),
        h('body', [
          h('header.top', [h('h1', title), h('p.summary', summaryText(report))]),
          h('main', sections),
        ]),
      ]),
    ],
  };
  return `${toHtml(tree)}\n`;
}

function summaryText(report: JsonReport): string {
  const s = report.summary;
  return `${s.files} file${s.files === 1 ? '' : 's'} · ${s.error} error${s.error === 1 ? '' : 's'} · ${s.warning} warning${s.warning === 1 ? '' : 's'} · ${s.info} info · copydesk ${report.tool.version}`;
}

interface Numbered {
  finding: Finding;
  n: number;
}

function fileSection(doc: Document, index: number, findings: Numbered[], provenance?: ProvenanceEntry): Element {
  const heading = doc.frontMatter.title ?? doc.blocks.find((b) => b.kind === 'title')?.text ?? doc.path;
  return h(`section.file#file-${index + 1}`, [
    h('h2', [h('span.path', doc.path), heading]),
    h('div.layout', [
      h('article.doc', { 'aria-label': `Article ${doc.path}` }, doc.blocks.flatMap((block) => [renderBlock(doc, block.index, findings), ...provenanceNote(block, provenance)])),
      h('aside.findings', { 'aria-label': 'Findings' }, [
        h('h3', `Findings (${findings.length})`),
        findings.length === 0 ? h('p.none', 'No findings.') : h('ol', findings.map((item) => renderFinding(item, doc.path))),
      ]),
    ]),
  ]);
}

interface Mark {
  start: number;
  end: number;
  n: number;
  k: number;
  severity: Severity;
}

function renderBlock(doc: Document, blockIndex: number, findings: Numbered[]): Element {
  const block = doc.blocks[blockIndex]!;
  const marks: Mark[] = [];
  for (const { finding, n } of findings) {
    finding.locations.forEach((location, k) => {
      if (location.path !== doc.path) return;
      const start = Math.max(location.start.offset, block.start);
      const end = Math.min(location.end.offset, block.end);
      if (start < end || (start === end && location.start.offset >= block.start && location.start.offset < block.end)) {
        marks.push({ start, end, n, k, severity: finding.severity });
      }
    });
  }
  const cuts = new Set<number>([block.start, block.end]);
  for (const mark of marks) {
    cuts.add(mark.start);
    cuts.add(mark.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const children: ElementContent[] = [];
  if (block.paragraph > 0) children.push(h('span.para-no', { 'aria-hidden': 'true' }, `¶${block.paragraph}`));
  for (let p = 0; p < points.length; p++) {
    const at = points[p]!;
    for (const mark of marks.filter((m) => m.start === at)) children.push(h(`span.anchor#f${mark.n}-l${mark.k}`));
    const next = points[p + 1];
    if (next === undefined) break;
    const text = doc.source.slice(at, next);
    const covering = marks.filter((m) => m.start <= at && m.end >= next && m.end > m.start);
    if (covering.length === 0) children.push({ type: 'text', value: text });
    else {
      const top = [...covering].sort((a, b) => SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity] || a.n - b.n)[0]!;
      const label = covering.map((m) => `#${m.n}`).join(', ');
      children.push(h(`a.hl.sev-${top.severity}`, { href: `#finding-${top.n}`, title: `Finding ${label}`, dataFindings: covering.map((m) => m.n).join(' ') }, text));
    }
    for (const mark of marks.filter((m) => m.end === next && m.k === 0)) {
      children.push(h('sup.ref', [h(`a.sev-${mark.severity}`, { href: `#finding-${mark.n}`, 'aria-label': `finding ${mark.n}` }, String(mark.n))]));
    }
  }
  const tag = block.kind === 'title' ? 'h1' : block.kind === 'heading' ? 'h2' : block.kind === 'blockquote' ? 'blockquote' : 'p';
  return h(`${tag}.block.kind-${block.kind}`, { dataBlock: String(block.index) }, children);
}

function renderFinding({ finding, n }: Numbered, path: string): Element {
  const items = finding.locations.map((location, k) => {
    const where = `line ${location.start.line}, column ${location.start.column}${location.role ? ` (${location.role})` : ''}`;
    const link = location.path === path ? h('a', { href: `#f${n}-l${k}` }, where) : h('span', `${location.path}, ${where}`);
    return h('li', [link, ' ', h('span.excerpt', excerpt(location.text, 90))]);
  });
  const children = findingHeader(finding, n);
  if (finding.introduced) children.push(h('span.introduced', ' · introduced by this edit'));
  children.push(h('ul.locations', items));
  return h(`li.finding.sev-${finding.severity}#finding-${n}`, { dataRule: finding.ruleId, dataCategory: finding.category }, children);
}

/**
 * The margin note under a paragraph, with --related: which reports back its sentences (each source a
 * link-free label with the report's words on hover), and how many of its sentences no report backs.
 */
function provenanceNote(block: Block, provenance: ProvenanceEntry | undefined): Element[] {
  if (!provenance || block.paragraph === 0) return [];
  const sentences = provenance.sentences.filter((s) => s.start >= block.start && s.end <= block.end);
  if (sentences.length === 0) return [];
  const sources = new Map<string, string[]>();
  for (const sentence of sentences) for (const source of sentence.sources) sources.set(source.path, [...(sources.get(source.path) ?? []), source.text]);
  const unbacked = sentences.filter((s) => s.sources.length === 0).length;
  const items: ElementContent[] = [...sources].map(([path, texts]) => h('span.source', { title: texts.join(' … ') }, `✓ ${path}`));
  if (unbacked) items.push(h('span.unbacked', `${unbacked} sentence${unbacked === 1 ? '' : 's'} no report backs`));
  return [h('p.provenance', { dataBlock: String(block.index) }, items)];
}
