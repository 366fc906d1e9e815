/**
 * Code actions: a finding's exact fix (the one word or name that is wrong, replaced), and silencing
 * its rule on its line with copydesk's inline comment. Nothing else: a contradiction or a repetition
 * is a question for the writer, and no action rewrites a sentence.
 */
import { CodeActionKind, type CodeAction, type Diagnostic, type Position, type Range, type TextEdit } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { DIRECTIVE_RULE, lineAfter } from '../engine/directives.js';
import type { Document } from '../model/document.js';
import type { Finding, Replacement } from '../model/finding.js';

/** A finding of the document's last check, with the diagnostic it was published as. */
export interface Published {
  finding: Finding;
  diagnostic: Diagnostic;
}

/** An edit in the checked text's offsets (a byte-order mark not counted). */
export interface Insertion {
  offset: number;
  text: string;
}

/** What a code action needs of the document's last check. */
export interface CheckedText {
  published: Published[];
  /** The document as copydesk read it: Markdown takes inline comments, plain text has none. */
  source?: Document;
  /** Offset of the checked text in the editor's (1 when the editor keeps a byte-order mark). */
  shift: number;
}

function before(a: Position, b: Position): boolean {
  return a.line < b.line || (a.line === b.line && a.character < b.character);
}

/** Whether two ranges touch: a cursor at either end of a word is on it. */
function touches(a: Range, b: Range): boolean {
  return !before(a.end, b.start) && !before(b.end, a.start);
}

/** The actions for the diagnostics the range touches, fixes first. */
export function codeActions(checked: CheckedText, document: TextDocument, range: Range): CodeAction[] {
  const fixes: CodeAction[] = [];
  const disables = new Map<string, CodeAction>();
  for (const { finding, diagnostic } of checked.published) {
    if (!touches(diagnostic.range, range)) continue;
    for (const fix of finding.fixes ?? []) {
      const edits = fixEdits(finding, fix.replacements, document, checked.shift);
      if (edits) fixes.push({ title: fix.description, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], isPreferred: true, edit: { changes: { [document.uri]: edits } } });
    }
    const line = finding.locations[0]!.start.line;
    const key = `${finding.ruleId}\0${line}`;
    if (checked.source?.format !== 'markdown' || finding.ruleId === DIRECTIVE_RULE || disables.has(key)) continue;
    const insertion = disableComment(checked.source, finding.ruleId, line);
    const at = document.positionAt(insertion.offset + checked.shift);
    disables.set(key, {
      title: `Disable ${finding.ruleId} for this line`,
      kind: CodeActionKind.QuickFix,
      diagnostics: [diagnostic],
      edit: { changes: { [document.uri]: [{ range: { start: at, end: at }, newText: insertion.text }] } },
    });
  }
  return [...fixes, ...disables.values()];
}

/**
 * A fix's replacements as edits of the document, or none when one of them is not where the check
 * saw it (another file, or text that is no longer there): an exact fix or nothing.
 */
function fixEdits(finding: Finding, replacements: Replacement[], document: TextDocument, shift: number): TextEdit[] | undefined {
  const path = finding.locations[0]!.path;
  const edits: TextEdit[] = [];
  for (const replacement of replacements) {
    const range = { start: document.positionAt(replacement.start.offset + shift), end: document.positionAt(replacement.end.offset + shift) };
    if (replacement.path !== path || document.getText(range) !== replacement.text) return undefined;
    edits.push({ range, newText: replacement.replacement });
  }
  return edits;
}

/**
 * The comment that silences a rule on one line of a Markdown document: `<!-- copydesk-disable-next-line
 * rule -->` (docs/ci.md), placed so that the line is the first with text after it and the document
 * keeps its blocks:
 * - a comment already silencing other rules on that line takes this one too (a second comment
 *   after it would become the line the first one silences);
 * - inside a paragraph (the line before is part of the same block of text) it goes at the end of
 *   the line before, as inline HTML: a comment on a line of its own would split the paragraph;
 * - otherwise on a line of its own before the line, after the line's indentation and quote markers
 *   so that it stays in the same blockquote or list item.
 */
export function disableComment(doc: Document, ruleId: string, line: number): Insertion {
  const source = doc.source;
  const existing = doc.directives.find((d) => d.kind === 'disable-next-line' && d.ruleIds.length > 0 && lineAfter(doc, d) === line);
  if (existing) {
    const close = source.lastIndexOf('-->', existing.end - 1);
    return { offset: close, text: /\s/.test(source[close - 1] ?? '') ? `${ruleId} ` : ` ${ruleId} ` };
  }
  const comment = `<!-- copydesk-disable-next-line ${ruleId} -->`;
  const starts = lineStarts(source);
  const start = starts[line - 1]!;
  const previous = line > 1 ? source.slice(starts[line - 2]!, start).replace(/(\r\n|\r|\n)$/, '') : '';
  const previousEnd = start - (source.slice(0, start).match(/(\r\n|\r|\n)$/)?.[0].length ?? 0);
  const setextUnderline = /^ {0,3}(=+|-+)[ \t]*$/.test(previous);
  if (previous.trim() !== '' && !setextUnderline && doc.blocks.some((b) => b.start < previousEnd && previousEnd <= b.end)) {
    return { offset: previousEnd, text: ` ${comment}` };
  }
  const text = source.slice(start, starts[line] ?? source.length);
  const indent = /^(?:[ \t]*>)*[ \t]*/.exec(text)![0];
  const eol = /\r\n|\r|\n/.exec(source)?.[0] ?? '\n';
  return { offset: start, text: `${indent}${comment}${eol}` };
}

/** The offset where each line starts; lines end at `\n`, `\r\n` or a lone `\r`, as copydesk counts them. */
function lineStarts(source: string): number[] {
  const starts = [0];
  for (const match of source.matchAll(/\r\n|\r|\n/g)) starts.push(match.index + match[0].length);
  return starts;
}
