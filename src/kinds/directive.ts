/**
 * directive — reports inline control comments that name an unknown rule or silence nothing.
 *
 * The work is done by the engine when it applies the comments (src/engine/directives.ts), after every
 * other rule has run; this kind gives the rule its messages and a place in packs and config, so it
 * can be reworded, set to another level or turned off like any rule.
 */
import { defineKind, NO_OPTIONS } from './kind.js';

export const directive = defineKind({
  name: 'directive',
  scope: 'article',
  summary: 'An inline control comment naming an unknown rule or silencing nothing.',
  optionsSchema: NO_OPTIONS,
  messages: {
    'unknown-rule': { template: 'Unknown rule “{rule}” in copydesk-{directive} (copydesk rules lists them)', vars: ['rule', 'directive'] },
    unused: { template: 'copydesk-{directive} ({rules}) silences nothing: remove it', vars: ['directive', 'rules'] },
  },
  examples: [
    { text: '<!-- copydesk-disable term-variant -->\n\nReaders can email the desk.\n\nThe e-mail address is on the website.\n\n<!-- copydesk-enable term-variant -->\n', findings: [] },
    { text: '<!-- copydesk-disable repeated-claim -->\n\nThe bridge reopened on Monday.\n', findings: ['1:1 copydesk-directive copydesk-disable (repeated-claim) silences nothing: remove it'] },
    { text: '<!-- copydesk-disable-next-line no-such-rule -->\nThe bridge reopened on Monday.\n', findings: ['1:1 copydesk-directive Unknown rule “no-such-rule” in copydesk-disable-next-line (copydesk rules lists them)'] },
  ],
  check() {
    // applied with the comments themselves, after the other rules: see applyDirectives
  },
});
