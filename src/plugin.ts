import type { Root } from 'mdast';
import type { Plugin } from 'unified';
import type { VFile } from 'vfile';
import { VFileMessage } from 'vfile-message';
import { checkText } from './run/check-files.js';
import type { CheckOptions } from './session/options.js';
import { Session } from './session/session.js';
import type { Finding, Location } from './model/finding.js';

function place(location: Location) {
  return { start: { ...location.start }, end: { ...location.end } };
}

/**
 * What the message's place should read, for a finding with an exact fix inside it: editors
 * (vscode-remark, unified-language-server) offer `expected` as a quick fix that replaces the whole
 * place, so it is the place's own text with only the wrong word replaced. Nothing for any other
 * finding: a contradiction's "expected" value is a question for the editor, not a correction.
 */
function exactFix(finding: Finding, first: Location): string | undefined {
  const edits = finding.fixes?.[0]?.replacements ?? [];
  const edit = edits.length === 1 ? edits[0]! : undefined;
  if (!edit || edit.path !== first.path || edit.start.offset < first.start.offset || edit.end.offset > first.end.offset) return undefined;
  const from = edit.start.offset - first.start.offset;
  return first.text.slice(0, from) + edit.replacement + first.text.slice(from + edit.text.length);
}

/**
 * copydesk as a unified plugin: `remark().use(copydesk, options)` checks each file as an article and
 * puts the findings on the vfile as messages, so remark-cli and remark-language-server users see them
 * in their editor. A finding becomes a vfile message with `ruleId`, `source: 'copydesk'`, its first
 * location as `place`, the other place as `cause`, `expected` / `actual` only where the fix is exact, and
 * `fatal` true for errors, false for warnings, unset for info (vfile's convention).
 */
const copydesk: Plugin<[CheckOptions?], Root> = function (options: CheckOptions = {}) {
  // one session per plugin instance: an editor's language server keeps the instance, and the session
  // re-reads a config or pack the moment it changes on disk
  const session = new Session();
  return (_tree: Root, file: VFile) => {
    // a new, empty file in the editor is not an error, just nothing to check yet
    if (String(file.value).trim() === '') return;
    const path = file.path || 'article.md';
    const result = checkText(String(file.value), path, options, session);
    for (const finding of result.findings) {
      const [first, second] = finding.locations;
      const cause = second ? new VFileMessage(second.role ? `${second.role}: “${second.text}”` : `“${second.text}”`, { place: place(second), source: 'copydesk' }) : undefined;
      const message = file.message(finding.message, { place: place(first!), ruleId: finding.ruleId, source: 'copydesk', ...(cause ? { cause } : {}) });
      message.fatal = finding.severity === 'error' ? true : finding.severity === 'warning' ? false : undefined;
      if (finding.url) message.url = finding.url;
      const fixed = exactFix(finding, first!);
      if (fixed) {
        message.actual = first!.text;
        message.expected = [fixed];
      }
    }
  };
};

export default copydesk;
