import type { Root } from 'mdast';
import type { Plugin } from 'unified';
import type { VFile } from 'vfile';
import { VFileMessage } from 'vfile-message';
import { checkText } from './run/check-files.js';
import type { CheckOptions } from './session/options.js';
import { Session } from './session/session.js';
import type { Location } from './model/finding.js';

function place(location: Location) {
  return { start: { ...location.start }, end: { ...location.end } };
}

/**
 * copydesk as a unified plugin: `remark().use(copydesk, options)` checks each file as an article and
 * puts the findings on the vfile as messages, so remark-cli and remark-language-server users see them
 * in their editor. A finding becomes a vfile message with `ruleId`, `source: 'copydesk'`, its first
 * location as `place`, the other place as `cause`, `expected` / `actual` from its evidence, and
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
      const expected = finding.evidence?.['expected'];
      const actual = finding.evidence?.['actual'];
      if (typeof expected === 'string') message.expected = [expected];
      if (typeof actual === 'string') message.actual = actual;
    }
  };
};

export default copydesk;
