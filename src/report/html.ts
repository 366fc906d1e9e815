import { h } from 'hastscript';
import type { Element, ElementContent } from 'hast';
import type { Block, Document } from '../model/document.js';
import type { Finding } from '../model/finding.js';
import type { JsonReport, ProvenanceEntry } from '../model/report.js';
import { findingCard, readingOrder, type CardContext } from './html-finding.js';
import { counts, keyOf, page } from './html-page.js';
import { basename, contextOf, fileSpan, paragraphLabel, piecesToHast, trim, valuesIn, wordDiffPieces, type Library } from './html-place.js';
import { renderArticle, type Highlight, type ValueSpan } from './html-prose.js';
import { STYLE } from './html-style.js';
import { omittedNote } from './omitted.js';

/**
 * The HTML report of `check`: one self-contained file. Each article is shown as prose with every span
 * a finding involves highlighted (the contested words marked within) and numbered in reading order;
 * beside it, the findings as cards, errors and warnings first in view and info folded away. With
 * related reports, each paragraph can unfold the report sentences that back it, word diff included.
 * Everything from the article is added as text nodes, so hast escapes it: article text is never
 * trusted as markup. `related` are the related reports' documents, to name their places by paragraph.
 */
export function formatHtml(report: JsonReport, docs: Document[], title = 'copydesk report', related: Document[] = []): string {
  const library: Library = new Map([...related, ...docs].map((doc) => [doc.path, doc]));
  const index = new Map(docs.map((doc, i) => [doc.path, i]));
  const homes = new Map(report.findings.map((f) => [f, f.locations.map((l) => index.get(l.path)).find((i) => i !== undefined) ?? -1]));
  const home = (finding: Finding) => homes.get(finding) ?? -1;
  const refPlace = (finding: Finding, doc: Document) => finding.locations.findIndex((l) => l.path === doc.path);
  const ordered = readingOrder(report.findings, (finding) => {
    const d = home(finding);
    return d < 0 ? [docs.length] : [d, finding.locations[refPlace(finding, docs[d]!)]!.start.offset];
  });
  const numbers = new Map(ordered.map((finding, i) => [finding, i + 1]));
  const cards: CardContext = {
    library,
    anchor: (location, k, n) => (docs.some((doc) => doc.path === location.path && inBlock(doc, location.start.offset)) ? `#f${n}-l${k}` : undefined),
    rules: report.rules,
    commentable: (path) => /\.(md|markdown)$/i.test(path),
  };
  const sections = docs.map((doc, index) =>
    fileSection(doc, index, ordered.filter((f) => home(f) === index), numbers, { ...cards, home: doc.path }, report.provenance?.find((p) => p.path === doc.path), library, report.files.find((f) => f.path === doc.path)?.omitted),
  );
  const summary: (ElementContent | string)[] = [`${report.summary.files} file${report.summary.files === 1 ? '' : 's'} · `, ...counts(report.summary), ` · copydesk ${report.tool.version}`];
  return page({
    title,
    summary,
    findings: report.findings,
    ...(docs.length > 1 ? { contents: contents(docs, ordered, home) } : {}),
    main: sections,
    style: STYLE,
    reportKey: keyOf('check', ...docs.map((d) => d.path)),
  });
}

function inBlock(doc: Document, offset: number): boolean {
  return doc.blocks.some((b) => b.start <= offset && offset <= b.end);
}

/** Contents of a report of several articles: each with its headline and counts. */
function contents(docs: Document[], findings: Finding[], home: (f: Finding) => number): Element {
  return h('nav.contents', { ariaLabelledby: 'contents-title' }, [
    h('h2#contents-title', 'Contents'),
    h(
      'ol',
      docs.map((doc, index) => {
        const mine = findings.filter((f) => home(f) === index);
        const n = (severity: Finding['severity']) => mine.filter((f) => f.severity === severity).length;
        return h('li', [
          h('a', { href: `#file-${index + 1}` }, headline(doc)),
          h('span.counts', [h('bdi', doc.path), ` · ${n('error')} errors, ${n('warning')} warnings, ${n('info')} info`]),
        ]);
      }),
    ),
  ]);
}

function headline(doc: Document): string {
  return doc.frontMatter.title ?? doc.blocks.find((b) => b.kind === 'title')?.text ?? doc.path;
}

function fileSection(doc: Document, index: number, findings: Finding[], numbers: Map<Finding, number>, cards: CardContext, provenance: ProvenanceEntry | undefined, library: Library, omitted?: number): Element {
  const id = `file-${index + 1}`;
  const highlights: Highlight[] = [];
  const values: ValueSpan[] = [];
  for (const finding of findings) {
    const n = numbers.get(finding)!;
    const ref = finding.locations.findIndex((l) => l.path === doc.path);
    finding.locations.forEach((location, k) => {
      if (location.path !== doc.path) return;
      highlights.push({ start: location.start.offset, end: location.end.offset, n, k, severity: finding.severity, ref: k === ref });
      const context = contextOf(library, location);
      for (const span of valuesIn(finding, k, context)) {
        const at = fileSpan(context, span);
        // a value is worth marking only inside a wider place (the "15" of a sentence)
        if (at && (at.start > location.start.offset || at.end < location.end.offset)) values.push(at);
      }
    });
  }
  const hasTitle = doc.blocks.some((b) => b.kind === 'title');
  const article = renderArticle(doc, highlights, values, (block) => backing(block, provenance, library), `${id}-title`);
  const loud = findings.filter((f) => f.severity !== 'info');
  const quiet = findings.filter((f) => f.severity === 'info');
  const list = (items: Finding[]) => h('ol.cards', items.map((f) => findingCard(f, numbers.get(f)!, cards)));
  const panel: ElementContent[] = [h(`h3#${id}-findings`, [`Findings (${findings.length})`, h('span.sr', [' in ', h('bdi', doc.path)])])];
  if (omitted) panel.push(h('p.omitted', omittedNote(omitted)));
  if (findings.length === 0) panel.push(h('p.none', 'No findings.'));
  if (loud.length) panel.push(list(loud));
  else if (quiet.length) panel.push(h('p.none', 'No errors or warnings.'));
  if (quiet.length) panel.push(h('details.notes', [h('summary', [h('span.notes-count', String(quiet.length)), ` info note${quiet.length === 1 ? '' : 's'} and findings worth a look`]), list(quiet)]));
  return h(`section.file#${id}`, { ariaLabelledby: `${id}-title` }, [
    h('p.path', [h('bdi', doc.path), ' · ', h('a', { href: `#${id}-findings` }, `findings (${findings.length})`)]),
    ...(hasTitle ? [] : [h(`h2#${id}-title`, headline(doc))]),
    h('div.layout', [h('article.doc', article), h('section.findings', { ariaLabelledby: `${id}-findings` }, panel)]),
  ]);
}

/**
 * Under a paragraph, with --related: which reports back its sentences, unfolding to each sentence
 * beside the report's (word diff included) and the sentences no report backs. A details element: it
 * opens by keyboard, and print opens it.
 */
function backing(block: Block, provenance: ProvenanceEntry | undefined, library: Library): Element[] {
  if (!provenance || block.paragraph === 0) return [];
  const sentences = provenance.sentences.filter((s) => s.start >= block.start && s.end <= block.end);
  if (sentences.length === 0) return [];
  const sources = [...new Set(sentences.flatMap((s) => s.sources.map((source) => source.path)))];
  const unbacked = sentences.filter((s) => s.sources.length === 0).length;
  const summary: (ElementContent | string)[] = [];
  if (sources.length) summary.push(h('span.ok', `✓ backed by ${sources.map(basename).join(', ')}`));
  if (sources.length && unbacked) summary.push(' · ');
  if (unbacked) summary.push(h('span.unbacked', `${unbacked} sentence${unbacked === 1 ? '' : 's'} no report backs`));
  summary.push(h('span.sr', ` (paragraph ${block.paragraph})`));
  const pairs = sentences.map((sentence) => {
    const source = [...sentence.sources].sort((a, b) => b.score - a.score)[0];
    if (!source) return h('div.pair', [h('div', [h('span.side-label', 'article'), sentence.text]), h('div.unbacked', [h('span.side-label', 'reports'), 'No report backs this sentence.'])]);
    const diff = wordDiffPieces(sentence.text, source.text, 'compare');
    const [left, right] = diff ?? [[{ text: sentence.text, kind: 'plain' as const }], [{ text: source.text, kind: 'plain' as const }]];
    const doc = library.get(source.path);
    const place = doc && { path: source.path, start: doc.lines.point(source.start), end: doc.lines.point(source.end), text: source.text };
    const where = place ? ` ${paragraphLabel(contextOf(library, place), place)}` : '';
    return h('div.pair', [
      h('div', [h('span.side-label', 'article'), ...piecesToHast(trim(left))]),
      h('div', [h('span.side-label', { title: source.path }, [h('bdi', basename(source.path)), where]), ...piecesToHast(trim(right))]),
    ]);
  });
  return [h('details.backing', { dataBlock: String(block.index) }, [h('summary', summary), h('div.pairs', pairs)])];
}
