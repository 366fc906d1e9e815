import { extname } from 'node:path';
import type { Block, Document } from '../model/document.js';
import { BODY_KINDS } from '../model/document.js';
import { LineIndex } from './positions.js';
import { parseMarkdown } from './markdown.js';
import { isHtmlPath, parseHtml } from './html.js';
import { classifyFurniture } from './page-structure.js';
import { endsLikeSentence, parsePlainText } from './plain-text.js';
import type { InputText } from '../model/results.js';
import type { RawBlock } from './raw-block.js';
import type { CompiledLexicon } from '../lexicon/compile.js';

const MARKDOWN_EXTENSIONS = new Set(['.md', '.markdown', '.mdown', '.mkd', '.mdx']);


export function isMarkdownPath(path: string): boolean {
  return MARKDOWN_EXTENSIONS.has(extname(path).toLowerCase());
}

/** Loads an article or report from its text: blocks with offsets into the original file. */
export function buildDocument(input: InputText, lexicon: CompiledLexicon): Document {
  const lines = new LineIndex(input.text);
  const base = { path: input.path, source: input.text, lines };
  if (isMarkdownPath(input.path)) {
    const parts = parseMarkdown(lexicon, input.path, input.text, lines);
    return {
      ...base,
      format: 'markdown',
      frontMatter: parts.frontMatter,
      mdast: parts.mdast,
      blocks: numberBlocks(markRelated(lexicon, classifyFurniture(lexicon, parts.blocks))),
      directives: parts.directives,
    };
  }
  if (isHtmlPath(input.path)) {
    const parts = parseHtml(input.path, input.text);
    return { ...base, format: 'html', frontMatter: parts.frontMatter, blocks: numberBlocks(markRelated(lexicon, classifyFurniture(lexicon, parts.blocks))), directives: [] };
  }
  return { ...base, format: 'text', frontMatter: {}, blocks: numberBlocks(markRelated(lexicon, classifyFurniture(lexicon, parsePlainText(input.text)))), directives: [] };
}

/**
 * Trailing headline-like lines (no closing punctuation) and "Related:" lines name other reports;
 * counting them as the article's claims would report a story's own related links as repetitions.
 */
function markRelated(lexicon: CompiledLexicon, blocks: RawBlock[]): RawBlock[] {
  for (const block of blocks) if (lexicon.relatedLabels.test(block.text)) block.kind = 'related';
  for (let i = blocks.length - 1; i > 0; i--) {
    const block = blocks[i]!;
    if (block.kind === 'related') continue;
    const headlineLike = (block.kind === 'paragraph' || block.kind === 'heading' || block.kind === 'list-item') && !endsLikeSentence(block.text);
    if (!headlineLike) break;
    block.kind = 'related';
  }
  return blocks;
}

function numberBlocks(raw: RawBlock[]): Block[] {
  let paragraph = 0;
  return raw.map((block, index) => ({
    ...block,
    index,
    paragraph: BODY_KINDS.has(block.kind) ? ++paragraph : 0,
  }));
}
