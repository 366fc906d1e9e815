/**
 * HTML articles: a CMS export or a saved page, parsed with rehype-parse. Blocks come from the HTML
 * structure (the first h1 is the headline, other headings are subheadings, p, blockquote, li and
 * figcaption are paragraphs, quotations, list items and captions), with every character's offset
 * exact into the HTML file (character references such as `&amp;` are aligned to their source). What
 * is not the article is skipped: scripts, styles, navigation, headers, footers, asides, forms,
 * templates and embedded media. The page's <title> and its publication date (an `article:published_time`
 * or `date` meta tag, or the first <time datetime>) stand in for front matter.
 *
 * parse5 builds the page without recursion, and copydesk walks it with a stack; hast-util-from-parse5,
 * which turns it into a hast tree with positions, recurses once per level (three calls), so a page
 * whose elements nest deeper than `MAX_HTML_NESTING` is refused with its depth before that step: no
 * page nests 500 elements deep, and 2,000 already overflows Node's stack.
 */
import type { Element, Nodes, Root, Text } from 'hast';
import type { DefaultTreeAdapterTypes } from 'parse5';
import { CopydeskError } from '../base/errors.js';
import { htmlParserLib } from '../base/lazy.js';
import type { BlockKind, FrontMatter } from '../model/document.js';
import { BlockTextBuilder } from './block-text.js';
import type { RawBlock } from './raw-block.js';

/** The deepest elements may nest in an HTML article. */
export const MAX_HTML_NESTING = 500;

/** Elements whose content is not the article's text. */
const SKIPPED = new Set(['script', 'style', 'noscript', 'template', 'nav', 'header', 'footer', 'aside', 'form', 'button', 'select', 'textarea', 'svg', 'iframe', 'object', 'video', 'audio', 'canvas']);

/** Block elements and the kind of block each makes. */
const BLOCKS: Record<string, BlockKind> = {
  h1: 'heading', h2: 'heading', h3: 'heading', h4: 'heading', h5: 'heading', h6: 'heading',
  p: 'paragraph', li: 'list-item', figcaption: 'caption', dd: 'paragraph', dt: 'paragraph', td: 'paragraph', th: 'paragraph',
};

export interface HtmlParts {
  frontMatter: FrontMatter;
  blocks: RawBlock[];
}

export function parseHtml(path: string, source: string): HtmlParts {
  // as rehype-parse reads a page (hast-util-from-html), with the depth checked in between
  const { parse, fromParse5, VFile } = htmlParserLib();
  const page = parse(source, { sourceCodeLocationInfo: true, scriptingEnabled: false });
  const { depth, line } = deepestElement(page);
  if (depth > MAX_HTML_NESTING) throw new CopydeskError(`elements nested ${depth.toLocaleString('en-US')} deep (line ${line}); copydesk reads up to ${MAX_HTML_NESTING} levels`, path);
  const tree = fromParse5(page, { file: new VFile(source) }) as Root;
  const blocks: RawBlock[] = [];
  const frontMatter: FrontMatter = {};
  let titleSeen = false;
  // depth-first, in document order, with the container each node stands in
  const stack: { node: Nodes; quote: boolean }[] = [{ node: tree, quote: false }];
  while (stack.length > 0) {
    const { node, quote } = stack.pop()!;
    if (node.type !== 'element' && node.type !== 'root') continue;
    if (node.type === 'element') {
      const name = node.tagName;
      if (name === 'title' && frontMatter.title === undefined) frontMatter.title = textOf(node).trim();
      if (name === 'meta') readMeta(node, frontMatter);
      if (name === 'time' && frontMatter.date === undefined && typeof node.properties['dateTime'] === 'string') frontMatter.date = node.properties['dateTime'];
      if (SKIPPED.has(name) || node.properties['hidden'] !== undefined) continue;
      const kind = BLOCKS[name];
      if (kind) {
        const block = blockOf(source, node, name === 'h1' && !titleSeen ? 'title' : quote && kind === 'paragraph' ? 'blockquote' : kind);
        if (name === 'h1') titleSeen = true;
        if (block) blocks.push(block);
        continue;
      }
    }
    const inQuote = quote || (node.type === 'element' && node.tagName === 'blockquote');
    for (let k = node.children.length - 1; k >= 0; k--) stack.push({ node: node.children[k] as Nodes, quote: inQuote });
  }
  return { frontMatter, blocks };
}

type Parse5Node = DefaultTreeAdapterTypes.Node;

/** The deepest element of a parse5 document and the line it starts on, found with a stack. */
function deepestElement(page: DefaultTreeAdapterTypes.Document): { depth: number; line: number } {
  let deepest = { depth: 0, line: 0 };
  const stack: { node: Parse5Node; depth: number }[] = [{ node: page, depth: 0 }];
  while (stack.length > 0) {
    const { node, depth } = stack.pop()!;
    if (depth > deepest.depth) deepest = { depth, line: ('sourceCodeLocation' in node && node.sourceCodeLocation?.startLine) || 0 };
    // a <template>'s content is a fragment of its own, also converted
    const children = [...('childNodes' in node ? node.childNodes : []), ...('content' in node ? [node.content] : [])];
    for (const child of children) stack.push({ node: child, depth: depth + 1 });
  }
  return deepest;
}

function readMeta(node: Element, frontMatter: FrontMatter): void {
  const key = String(node.properties['property'] ?? node.properties['name'] ?? '').toLowerCase();
  const content = node.properties['content'];
  if (typeof content !== 'string') return;
  if ((key === 'article:published_time' || key === 'date' || key === 'dc.date') && frontMatter.date === undefined) frontMatter.date = content;
  if (key === 'og:title' && frontMatter.title === undefined) frontMatter.title = content;
}

/** The text of an element's inline content, with offsets; nested blocks and skipped elements left out. */
function blockOf(source: string, element: Element, kind: BlockKind): RawBlock | undefined {
  const builder = new BlockTextBuilder();
  const stack: Nodes[] = [element];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type === 'text') addText(builder, source, node);
    else if (node.type === 'element') {
      if (node !== element && (SKIPPED.has(node.tagName) || node.properties['hidden'] !== undefined)) continue;
      if (node.tagName === 'br' || (node !== element && BLOCKS[node.tagName])) {
        const at = node.position?.start.offset;
        if (at !== undefined) builder.addSpace(at);
        if (node.tagName === 'br') continue;
      }
      for (let k = node.children.length - 1; k >= 0; k--) stack.push(node.children[k] as Nodes);
    }
  }
  const { text, map } = builder.build();
  const start = element.position?.start.offset;
  const end = element.position?.end.offset;
  if (text.trim() === '' || start === undefined || end === undefined) return undefined;
  // parse5 ends a comment left open at the end of the file one past the end (`<p>a<!--b`): kept inside
  return { kind, text, map, start, end: Math.min(end, source.length) };
}

function addText(builder: BlockTextBuilder, source: string, node: Text): void {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  if (start === undefined || end === undefined) return;
  // runs of white space in HTML are one space
  const raw = source.slice(start, end);
  const value = node.value.replace(/\s+/g, ' ');
  if (raw === value) builder.addVerbatim(value, start);
  else builder.addAligned(value, raw, start);
}

function textOf(node: Nodes): string {
  if (node.type === 'text') return node.value;
  if (node.type !== 'element' && node.type !== 'root') return '';
  let out = '';
  const stack: Nodes[] = [node];
  while (stack.length > 0) {
    const n = stack.pop()!;
    if (n.type === 'text') out += n.value;
    else if (n.type === 'element' || n.type === 'root') for (let k = n.children.length - 1; k >= 0; k--) stack.push(n.children[k] as Nodes);
  }
  return out;
}

export function isHtmlPath(path: string): boolean {
  return /\.(x?html?)$/i.test(path);
}
