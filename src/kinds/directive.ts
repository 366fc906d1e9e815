/**
 * directive — reports inline control comments that name an unknown rule or silence nothing.
 *
 * The work is done by the engine when it applies the comments (src/engine/directives.ts), after every
 * other rule has run; this kind only gives the rule a place in packs and config, so it can be set to
 * another level or turned off like any rule.
 */
import type { RuleKind } from './kind.js';

export const directive: RuleKind = {
  name: 'directive',
  scope: 'article',
  summary: 'An inline control comment naming an unknown rule or silencing nothing.',
  message: '{message}',
  optionsSchema: { type: 'object', additionalProperties: false, properties: {} },
  examples: { ok: [], notOk: [] },
  check() {
    // applied with the comments themselves, after the other rules: see applyDirectives
  },
};
