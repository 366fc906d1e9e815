import type { Directive } from '../model/document.js';

const DIRECTIVE = /^<!--\s*copydesk-(disable-next-line|disable|enable)\b([^]*?)-->\s*$/;

/** Reads an inline control comment (`<!-- copydesk-disable rule-id -->`); null for any other HTML. */
export function parseDirective(html: string, start: number, end: number, line: number): Directive | null {
  const match = DIRECTIVE.exec(html.trim());
  if (!match) return null;
  const ruleIds = match[2]!
    .split(/[\s,]+/)
    .map((id) => id.trim())
    .filter((id) => id !== '');
  return { kind: match[1] as Directive['kind'], ruleIds, start, end, line };
}
