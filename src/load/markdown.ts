import type { Heading, Nodes, Paragraph, PhrasingContent, Root, RootContent } from 'mdast';
import { unified, type Processor } from 'unified';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';
import { tomlLib, yamlLib } from '../base/lazy.js';
import { CopydeskError, parseReason } from '../base/errors.js';
import type { BlockKind, Directive, FrontMatter, ListItem } from '../model/document.js';
import { BlockTextBuilder } from './block-text.js';
import { parseDirective } from './directives.js';
import { markUnmarkedTitle } from './plain-text.js';
import { emphasisMarkers, MAX_EMPHASIS_MARKERS, MAX_NESTED_LEVELS, MAX_NESTING, markdownNesting } from './nesting.js';
import type { LineIndex } from './positions.js';
import type { RawBlock } from './raw-block.js';
import type { CompiledLexicon } from '../lexicon/compile.js';

const parser = unified().use(remarkParse).use(remarkFrontmatter, ['yaml', 'toml']);

/** The same parser with emphasis turned off (micromark's `attention`): `*` and `_` are characters. */
const withoutEmphasis = unified()
  .use(remarkParse)
  .use(remarkFrontmatter, ['yaml', 'toml'])
  .use(function noEmphasis(this: Processor) {
    const data = this.data();
    (data.micromarkExtensions ??= []).push({ disable: { null: ['attention'] } });
  });

/** Where a block stands: the container its paragraphs take their kind from. */
type Container = 'root' | 'blockquote' | 'list-item';

export interface MarkdownParts {
  mdast: Root;
  frontMatter: FrontMatter;
  blocks: RawBlock[];
  directives: Directive[];
}


export function parseMarkdown(lexicon: CompiledLexicon, path: string, source: string, lines: LineIndex): MarkdownParts {
  refuseDeepNesting(path, source);
  // micromark drops a leading U+FEFF and counts offsets without it: one more in front is dropped instead,
  // so a BOM left in the text (a file saved with two) is a character and every offset stays the file's
  const text = source.charCodeAt(0) === 0xfeff ? `\ufeff${source}` : source;
  // a paragraph of thousands of emphasis markers would take the parser minutes (load/nesting.ts)
  const mdast = (emphasisMarkers(source) > MAX_EMPHASIS_MARKERS ? withoutEmphasis : parser).parse(text) as Root;
  const blocks: RawBlock[] = [];
  const directives: Directive[] = [];
  let frontMatter: FrontMatter = {};
  let inRelated = false;
  let titleSeen = false;

  const collectHtml = (value: string, start: number, end: number) => {
    const directive = parseDirective(value, start, end, lines.point(start).line);
    if (directive) directives.push(directive);
  };

  const addBlock = (kind: BlockKind, node: Paragraph | Heading, item?: ListItem) => {
    const builder = new BlockTextBuilder();
    addInline(builder, node.children, source, collectHtml);
    const { text, map } = builder.build();
    if (text.trim() === '') return;
    blocks.push({ kind, text, map, start: node.position!.start.offset!, end: node.position!.end.offset!, ...(item ? { item } : {}) });
  };

  const visit = (node: RootContent, container: Container, previous: RootContent | undefined, item?: ListItem) => {
    // remark-frontmatter's TOML node is not in mdast's types
    const toml = node as unknown as { type: string; value: string; position?: { start: { line: number } } };
    if (toml.type === 'toml') {
      frontMatter = readTomlFrontMatter(path, toml.value, toml.position?.start.line ?? 1);
      return;
    }
    switch (node.type) {
      case 'yaml':
        frontMatter = readFrontMatter(path, node.value, node.position!.start.line);
        return;

      case 'heading': {
        inRelated = lexicon.relatedHeadings.test(plainText(node));
        const kind: BlockKind = !titleSeen && node.depth === 1 ? 'title' : inRelated ? 'related' : 'heading';
        if (kind === 'title') titleSeen = true;
        addBlock(kind, node);
        return;
      }
      case 'paragraph': {
        const kind: BlockKind = inRelated
          ? 'related'
          : captionOf(node, previous)
            ? 'caption'
          : container === 'blockquote'
            ? 'blockquote'
            : container === 'list-item'
              ? 'list-item'
              : 'paragraph';
        addBlock(kind, node, container === 'list-item' ? item : undefined);
        return;
      }
      case 'html':
        collectHtml(node.value, node.position!.start.offset!, node.position!.end.offset!);
        return;
      default:
        // code, tables, thematic breaks, definitions: not prose an editor writes as narrative
        return;
    }
  };
  // in document order with a stack, not recursion: quotations and lists nest as deep as the file does
  const stack: { node: RootContent; container: Container; previous: RootContent | undefined; item?: ListItem }[] = [];
  for (let k = mdast.children.length - 1; k >= 0; k--) stack.push({ node: mdast.children[k]!, container: 'root', previous: mdast.children[k - 1] });
  let lists = 0;
  while (stack.length > 0) {
    const { node, container, previous, item } = stack.pop()!;
    // a caption is read against the block before it at the top level, wherever it stands
    let inside: { child: RootContent; container: Container; item?: ListItem }[] | undefined;
    if (node.type === 'blockquote') inside = node.children.map((child) => ({ child, container: 'blockquote' as const, ...(item ? { item } : {}) }));
    else if (node.type === 'list') {
      const list = lists++;
      inside = node.children.flatMap((entry, k) => entry.children.map((child) => ({ child, container: 'list-item' as const, item: { list, item: k } })));
    }
    if (!inside) {
      visit(node, container, previous, item);
      continue;
    }
    for (let k = inside.length - 1; k >= 0; k--) stack.push({ node: inside[k]!.child, container: inside[k]!.container, previous, ...(inside[k]!.item ? { item: inside[k]!.item } : {}) });
  }
  if (!blocks.some((block) => block.kind === 'title')) markUnmarkedTitle(source, blocks, true);
  markStandfirst(mdast, blocks);
  return { mdast, frontMatter, blocks, directives };
}

/** A paragraph's or heading's words, in order; emphasis and links are walked with a stack, however deep they nest. */
function addInline(
  builder: BlockTextBuilder,
  nodes: PhrasingContent[],
  source: string,
  onHtml: (value: string, start: number, end: number) => void,
): void {
  const stack = [...nodes].reverse();
  while (stack.length > 0) {
    const node = stack.pop()!;
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (start === undefined || end === undefined) continue;
    switch (node.type) {
      case 'text': {
        const raw = source.slice(start, end);
        if (raw === node.value) builder.addVerbatim(node.value, start);
        else builder.addAligned(node.value, raw, start);
        break;
      }
      case 'inlineCode': {
        const raw = source.slice(start, end);
        const at = raw.indexOf(node.value);
        builder.addVerbatim(node.value, start + Math.max(at, 0));
        break;
      }
      case 'break':
        builder.addSpace(start);
        break;
      case 'html':
        onHtml(node.value, start, end);
        break;
      case 'emphasis':
      case 'strong':
      case 'delete':
      case 'link':
      case 'linkReference':
        for (let k = node.children.length - 1; k >= 0; k--) stack.push(node.children[k]!);
        break;
      default:
        // images and footnote references carry no prose of the article
        break;
    }
  }
}

/** A paragraph of nothing but images (and the spaces between them). */
function imageOnly(node: RootContent | undefined): boolean {
  return node?.type === 'paragraph' && node.children.some(isImage) && node.children.every((child) => isImage(child) || (child.type === 'text' && child.value.trim() === ''));
}

function isImage(node: PhrasingContent): boolean {
  return node.type === 'image' || node.type === 'imageReference';
}

/**
 * A photo's caption: the words set with an image in its paragraph ("![Hurd](hurd.jpg)" then
 * "*HP chief executive Mark Hurd …*" on the next line), or a paragraph wholly in emphasis right
 * under an image of its own.
 */
function captionOf(node: Paragraph, previous: RootContent | undefined): boolean {
  const content = node.children.filter((child) => !(child.type === 'text' && child.value.trim() === '') && child.type !== 'break');
  if (content.some(isImage)) return content.some((child) => !isImage(child));
  return imageOnly(previous) && content.length === 1 && (content[0]!.type === 'emphasis' || content[0]!.type === 'strong');
}

/** The standfirst: a paragraph right after the title set wholly in emphasis, as news Markdown marks it. */
function markStandfirst(mdast: Root, blocks: RawBlock[]): void {
  const titleIndex = blocks.findIndex((block) => block.kind === 'title');
  const candidate = blocks[titleIndex + 1];
  if (titleIndex < 0 || !candidate || candidate.kind !== 'paragraph') return;
  const node = mdast.children.find(
    (child): child is Paragraph => child.type === 'paragraph' && child.position?.start.offset === candidate.start,
  );
  const only = node?.children.filter((child) => !(child.type === 'text' && child.value.trim() === ''));
  if (only?.length === 1 && (only[0]!.type === 'emphasis' || only[0]!.type === 'strong')) candidate.kind = 'standfirst';
}

function plainText(node: Nodes): string {
  let out = '';
  const stack: Nodes[] = [node];
  while (stack.length > 0) {
    const next = stack.pop()!;
    if ('value' in next && typeof next.value === 'string') out += next.value;
    else if ('children' in next) for (let k = next.children.length - 1; k >= 0; k--) stack.push(next.children[k] as Nodes);
  }
  return out;
}

/**
 * Lists and block quotes nested deeper, or over more lines, than the parser can read in time and
 * memory are refused before it starts (load/nesting.ts says why), in one sentence.
 */
function refuseDeepNesting(path: string, source: string): void {
  const { depth, line, total } = markdownNesting(source);
  const n = (count: number) => count.toLocaleString('en-US');
  if (depth > MAX_NESTING) throw new CopydeskError(`lists and block quotes nested ${n(depth)} deep (line ${line}); copydesk reads up to ${MAX_NESTING} levels`, path);
  if (total > MAX_NESTED_LEVELS) throw new CopydeskError(`lists and block quotes hold ${n(total)} levels over all their lines (a line nested 3 deep counts 3); copydesk reads up to ${n(MAX_NESTED_LEVELS)}`, path);
}

/** Hugo's TOML front matter (`+++` … `+++`), read with smol-toml into the same fields as YAML's. */
function readTomlFrontMatter(path: string, value: string, line: number): FrontMatter {
  const toml = tomlLib();
  let data: Record<string, unknown>;
  try {
    data = toml.parse(value) as Record<string, unknown>;
  } catch (error) {
    const where = error instanceof toml.TomlError ? line + error.line : line;
    const reason = error instanceof Error ? error.message.split('\n')[0]! : String(error);
    throw new CopydeskError(`front matter is not valid TOML (line ${where}): ${reason}`, path);
  }
  // a TOML date is a date object: the report shows it as written in ISO form
  for (const [key, field] of Object.entries(data)) if (field instanceof Date) data[key] = field.toISOString().slice(0, 10);
  return frontMatterFields(path, data, line);
}

function readFrontMatter(path: string, value: string, line: number): FrontMatter {
  try {
    // warnings go into the one-line error, not to the console; aliases are capped (an alias bomb)
    const doc = yamlLib().parseDocument(value, { logLevel: 'silent' });
    const problem = doc.errors[0] ?? doc.warnings[0];
    if (problem) throw problem;
    const data: unknown = doc.toJS({ maxAliasCount: 100 });
    if (data === null || data === undefined) return {};
    if (typeof data !== 'object' || Array.isArray(data)) {
      throw new CopydeskError(`front matter (line ${line}) must be a mapping of fields such as title and date`, path);
    }
    return frontMatterFields(path, data as Record<string, unknown>, line);
  } catch (error) {
    if (error instanceof CopydeskError) throw error;
    const { YAMLParseError } = yamlLib();
    const at = (error as { linePos?: { line: number }[] } | undefined)?.linePos?.[0]?.line;
    const where = error instanceof YAMLParseError || at !== undefined ? line + (at ?? 0) : line;
    // yaml's own message repeats a position relative to the front matter: the line above is the file's
    throw new CopydeskError(`front matter is not valid YAML (line ${where}): ${parseReason(error)}`, path);
  }
}

/** The fields reports show must be plain values: a list or mapping there is a mistake in the file. */
function frontMatterFields(path: string, fields: Record<string, unknown>, line: number): FrontMatter {
  const out: FrontMatter = { ...fields };
  for (const key of ['title', 'date', 'version', 'source'] as const) {
    const field = Object.hasOwn(fields, key) ? fields[key] : undefined;
    if (field === undefined || field === null) delete out[key];
    else if (typeof field === 'object') throw new CopydeskError(`front matter (line ${line}): ${key} must be text or a number, not a ${Array.isArray(field) ? 'list' : 'mapping'}`, path);
    else out[key] = String(field);
  }
  return out;
}
