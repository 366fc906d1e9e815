/**
 * unsupported — a claim of the article that no related report backs.
 *
 * What: with --related, each sentence of the body (four or more content words) that no report
 * restates closely enough to back it. Worth knowing, not a defect (info by default): the article may
 * have its own reporting, but a desk checking copy against the wire wants to see what rests on the
 * article alone.
 */
import { BODY_KINDS } from '../model/document.js';
import { BACKING } from '../align/report-match.js';
import type { RuleContext, RuleKind } from './kind.js';
import { placeOf } from './describe.js';

export const unsupported: RuleKind = {
  name: 'unsupported',
  scope: 'related',
  summary: 'A claim of the article that no related report backs (with --related).',
  message: '{message}',
  optionsSchema: { type: 'object', additionalProperties: false, properties: { minTerms: { type: 'integer', minimum: 1 } } },
  examples: { ok: [], notOk: [] },
  check(context: RuleContext) {
    const sources = context.sources;
    if (!sources || sources.length === 0) return;
    const minTerms = (context.rule.options as { minTerms?: number }).minTerms ?? 4;
    const { analysis } = context;
    const backed = new Set(sources.flatMap((s) => s.matches.filter((m) => m.score >= BACKING).map((m) => m.sentence)));
    for (const sentence of analysis.sentences) {
      if (!BODY_KINDS.has(sentence.kind) || backed.has(sentence.index)) continue;
      const terms = analysis.terms[sentence.index]!;
      if (terms.terms.length + terms.quoted.length < minTerms) continue;
      const message = `No related report backs the claim in ${placeOf(sentence)}`;
      context.report({ message, vars: { message }, locations: [{ start: sentence.start, end: sentence.end, role: 'unsupported' }], evidence: { reports: sources.map((s) => s.analysis.doc.path) } });
    }
  },
};
