import { h } from 'hastscript';
import type { Element, ElementContent } from 'hast';
import type { Nodes } from 'mdast';
import type { Block, Document } from '../model/document.js';
import type { Severity } from '../model/finding.js';
import { SEVERITY_RANK } from '../model/finding.js';
import { isSafeLink } from './html-page.js';
import { MAX_NESTING } from '../load/nesting.js';
import { append, partitionPoint } from '../base/arrays.js';

/** A span of the article a finding involves: place `k` of finding `n`. */
export interface Highlight {
  start: number;
  end: number;
  n: number;
  k: number;
  severity: Severity;
  /** Put the finding's numbered reference after this span (the problem's place). */
  ref: boolean;
}

/** The contested words inside a highlight (the two numbers, the two names, the "not"), by file offset. */
export interface ValueSpan {
  start: number;
  end: number;
}

/** Inline Markdown shown as prose: emphasis, strong, struck-out text, code and links. */
interface Format {
  start: number;
  end: number;
  tag: 'em' | 'strong' | 'del' | 'code' | 'a';
  href?: string;
}

/** What stands in the file but not in a block's words: inline HTML and images, shown as what they are. */
interface Insert {
  at: number;
  node: ElementContent;
}

/**
 * The article as prose: headings, paragraphs, lists and quotations, with Markdown's inline markup
 * rendered (never its syntax: no "# ", no "[name](url)"), and every span a finding involves
 * highlighted, numbered and linked to its card. Text is taken from each block's words (markup
 * removed, every character mapped to its file offset), so highlights placed by file offsets land on
 * the words. Everything from the article enters as text nodes or attribute values, so it is escaped;
 * link targets are kept only for http(s) and mailto.
 */
export function renderArticle(doc: Document, highlights: Highlight[], values: ValueSpan[], after: (block: Block) => ElementContent[], titleId: string): ElementContent[] {
  const formats: Format[] = [];
  const inserts: Insert[] = [];
  if (doc.mdast) collectInline(doc.mdast, doc.source, formats, inserts);
  const out: ElementContent[] = [];
  let list: Element | null = null;
  let quote: Element | null = null;
  for (const block of doc.blocks) {
    const element = renderBlock(doc, block, highlights, values, formats, inserts, titleId);
    if (block.kind === 'list-item') {
      quote = null;
      if (!list) out.push((list = h('ul.list', [])));
      list.children.push(h('li', [element]));
    } else if (block.kind === 'blockquote') {
      list = null;
      if (!quote) out.push((quote = h('blockquote', [])));
      quote.children.push(element);
    } else {
      list = quote = null;
      out.push(element);
    }
    const notes = after(block);
    if (notes.length) {
      list = quote = null;
      out.push(...notes);
    }
  }
  return out;
}

const TAGS: Partial<Record<Block['kind'], string>> = { title: 'h2', heading: 'h3' };

function renderBlock(doc: Document, block: Block, highlights: Highlight[], values: ValueSpan[], formats: Format[], inserts: Insert[], titleId: string): Element {
  const within = (s: { start: number; end: number }) => s.start < block.end && (s.end > block.start || (s.start === s.end && s.start >= block.start));
  const marks = highlights.filter(within);
  const valueSpans = values.filter(within);
  const blockFormats = formats.filter((f) => f.start >= block.start && f.end <= block.end);
  const blockInserts = inserts.filter((i) => i.at >= block.start && i.at < block.end);
  const children: ElementContent[] = [];
  if (block.paragraph > 0) children.push(h('span.para-no', [h('span.sr', 'paragraph '), `¶${block.paragraph}`]));
  append(children, inline(block, marks, valueSpans, blockFormats, blockInserts));
  const tag = TAGS[block.kind] ?? 'p';
  const properties: Record<string, string> = { dataBlock: String(block.index) };
  if (block.kind === 'title' && !doc.blocks.slice(0, block.index).some((b) => b.kind === 'title')) properties['id'] = titleId;
  return h(`${tag}.block.kind-${block.kind}`, properties, children);
}

/** One stretch of a block's words with the same markup, highlights and contested value. */
interface Run {
  from: number;
  to: number;
  formats: Format[];
  marks: Highlight[];
  value: boolean;
}

function inline(block: Block, marks: Highlight[], values: ValueSpan[], formats: Format[], inserts: Insert[]): ElementContent[] {
  const text = block.text;
  const offset = (i: number) => block.map[i]!;
  const stateAt = (i: number) => {
    const at = offset(i);
    return {
      formats: formats.filter((f) => f.start <= at && at < f.end).sort((a, b) => a.start - b.start || b.end - a.end),
      marks: marks.filter((m) => m.start <= at && at < m.end),
      value: values.some((v) => v.start <= at && at < v.end),
    };
  };
  // a run breaks wherever its state changes, where a place begins (its anchor) or something is inserted
  const breaks = new Set<number>([0, text.length]);
  // the first character at or after a file offset (a block's map rises with its text)
  const firstIndexAt = (fileOffset: number) => partitionPoint(text.length, (k) => offset(k) < fileOffset);
  for (const m of marks) {
    breaks.add(firstIndexAt(m.start));
    breaks.add(firstIndexAt(m.end));
  }
  for (const v of values) {
    breaks.add(firstIndexAt(v.start));
    breaks.add(firstIndexAt(v.end));
  }
  for (const f of formats) {
    breaks.add(firstIndexAt(f.start));
    breaks.add(firstIndexAt(f.end));
  }
  for (const item of inserts) breaks.add(firstIndexAt(item.at));
  const points = [...breaks].sort((a, b) => a - b);
  const runs: Run[] = [];
  for (let p = 0; p + 1 < points.length; p++) runs.push({ from: points[p]!, to: points[p + 1]!, ...stateAt(points[p]!) });

  const root: ElementContent[] = [];
  const stack: { format: Format; element: Element }[] = [];
  const target = () => (stack.length ? stack[stack.length - 1]!.element.children : root);
  const insideLink = () => stack.some((s) => s.format.tag === 'a');
  // a place spread over two blocks has its anchor in the first and its number after the last
  const begins = marks.filter((m) => m.start >= block.start);
  const anchorsAt = (i: number) => begins.filter((m) => firstIndexAt(m.start) === i).map((m) => h(`span.anchor#f${m.n}-l${m.k}`));
  const refsEndingAt = (i: number) =>
    marks
      .filter((m) => m.ref && m.end <= block.end && firstIndexAt(m.end) === i)
      .map((m) => h('sup.ref', { dataN: String(m.n) }, [h(`a.sev-${m.severity}`, { href: `#finding-${m.n}` }, [h('span.sr', `${m.severity} `), String(m.n)])]));
  let inserted = 0;
  const sortedInserts = [...inserts].sort((a, b) => a.at - b.at);
  const flushInserts = (until: number) => {
    while (inserted < sortedInserts.length && sortedInserts[inserted]!.at < until) target().push(sortedInserts[inserted++]!.node);
  };
  for (const run of runs) {
    // close formats this run is not in, open the ones it is in (Markdown's inline nodes nest)
    while (stack.length && !run.formats.includes(stack[stack.length - 1]!.format)) stack.pop();
    flushInserts(offset(run.from) + 1);
    for (const format of run.formats) {
      if (stack.some((s) => s.format === format)) continue;
      const element = format.tag === 'a' ? h('a', { href: format.href, rel: 'nofollow noopener noreferrer' }) : h(format.tag);
      target().push(element);
      stack.push({ format, element });
    }
    append(target(), anchorsAt(run.from));
    let content: ElementContent = { type: 'text', value: text.slice(run.from, run.to) };
    if (run.value) content = h('mark.value', [content]);
    if (run.marks.length) {
      const top = [...run.marks].sort((a, b) => SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity] || a.n - b.n)[0]!;
      const ids = [...new Set(run.marks.map((m) => m.n))];
      const properties = { dataFindings: ids.join(' '), title: `Finding ${ids.map((n) => `#${n}`).join(', ')}` };
      // a highlight inside a Markdown link cannot be a link itself
      content = insideLink() ? h(`span.hl.sev-${top.severity}`, properties, [content]) : h(`a.hl.sev-${top.severity}`, { href: `#finding-${top.n}`, ...properties }, [content]);
    }
    target().push(content, ...refsEndingAt(run.to));
  }
  stack.length = 0;
  flushInserts(Infinity);
  // zero-length places at the very end of the block
  append(root, begins.filter((m) => firstIndexAt(m.start) === text.length).map((m) => h(`span.anchor#f${m.n}-l${m.k}`)));
  return root;
}

/**
 * The inline markup of the article by file offset, walked with a stack however deep it nests. Markup
 * nested deeper than `MAX_NESTING` levels is shown as plain text: the page stays as shallow as a
 * browser (and hast-util-to-html, which recurses) can take.
 */
function collectInline(root: Nodes, source: string, formats: Format[], inserts: Insert[]): void {
  const stack: { node: Nodes; depth: number }[] = [{ node: root, depth: 0 }];
  while (stack.length > 0) {
    const { node, depth } = stack.pop()!;
    if (!('children' in node)) continue;
    const children = node.children as Nodes[];
    for (let k = children.length - 1; k >= 0; k--) {
      const child = children[k]!;
      const start = child.position?.start.offset;
      const end = child.position?.end.offset;
      if (start === undefined || end === undefined) continue;
      const format = formatOf(child, start, end);
      if (format && depth < MAX_NESTING) formats.push(format);
      if (child.type === 'html') {
        // only inline HTML falls inside a block; a block of HTML is no block of the article
        inserts.push({ at: start, node: h('code.raw', { title: 'HTML in the copy' }, source.slice(start, end)) });
      }
      if (child.type === 'image') inserts.push({ at: start, node: h('span.image', `[image${child.alt ? `: ${child.alt}` : ''}]`) });
      stack.push({ node: child, depth: format ? depth + 1 : depth });
    }
  }
  // in document order, outer before inner, as the recursive walk gave them
  formats.sort((a, b) => a.start - b.start || b.end - a.end);
  inserts.sort((a, b) => a.at - b.at);
}

function formatOf(node: Nodes, start: number, end: number): Format | undefined {
  switch (node.type) {
    case 'emphasis':
      return { start, end, tag: 'em' };
    case 'strong':
      return { start, end, tag: 'strong' };
    case 'delete':
      return { start, end, tag: 'del' };
    case 'inlineCode':
      return { start, end, tag: 'code' };
    case 'link':
      return isSafeLink(node.url) ? { start, end, tag: 'a', href: node.url } : undefined;
    default:
      return undefined;
  }
}
