/**
 * unsupported — a claim of the article that no related report backs.
 *
 * What: with --related, each sentence of the body (four or more content words) that no report
 * restates closely enough to back it. Worth knowing, not a defect (info by default): the article may
 * have its own reporting, but a desk checking copy against the wire wants to see what rests on the
 * article alone.
 */
import { BACKING } from '../align/report-match.js';
import { BODY_KINDS } from '../model/document.js';
import { placeOf } from './describe.js';
import { defineKind, type OptionsOf, type OptionsSchema } from './kind.js';
import { minConfidence } from './confidence.js';

const OPTIONS = {
  type: 'object',
  additionalProperties: false,
  properties: {
    minTerms: { type: 'integer', minimum: 1, default: 4, description: 'Sentences with fewer content terms than this are not claims worth backing ("He agreed.").' },
    minConfidence: minConfidence('A claim no report backs is worth knowing, never a defect: every one scores 0.5 and the default rule reports them as info.', 0),
  minBacking: {
      type: 'number',
      minimum: 0,
      maximum: 1,
      default: BACKING,
      description: 'A report sentence matched at least this closely backs the claim; the report\'s provenance in the JSON report uses the same figure.',
    },
  },
} as const satisfies OptionsSchema;

export const unsupported = defineKind<OptionsOf<typeof OPTIONS>>({
  name: 'unsupported',
  scope: 'related',
  summary: 'A claim of the article that no related report backs (with --related).',
  optionsSchema: OPTIONS,
  messages: {
    unsupported: { template: 'No related report backs the claim in {where}', vars: ['where'] },
  },
  examples: [
    { text: 'The ferry ran aground near Port Calder on Sunday.\n', related: 'The ferry ran aground near Port Calder on Sunday, the coastguard said.\n', findings: [] },
    {
      text: 'The ferry ran aground near Port Calder on Sunday.\n\nThe village hall opened its doors to passengers overnight.\n',
      related: 'The ferry ran aground near Port Calder on Sunday, the coastguard said.\n',
      findings: ['3:1 unsupported-claim No related report backs the claim in paragraph 2'],
    },
  ],
  check(context) {
    const sources = context.sources;
    if (!sources || sources.length === 0) return;
    const { minTerms, minBacking } = context.options;
    const { analysis } = context;
    const backed = new Set(sources.flatMap((s) => s.matches.filter((m) => m.score >= minBacking).map((m) => m.sentence)));
    for (const sentence of analysis.sentences) {
      if (!BODY_KINDS.has(sentence.kind) || backed.has(sentence.index)) continue;
      const terms = analysis.terms[sentence.index]!;
      if (terms.terms.length + terms.quoted.length < minTerms) continue;
      context.report({
        confidence: 0.5,
        message: 'unsupported',
        data: { where: placeOf(sentence) },
        locations: [{ start: sentence.start, end: sentence.end, role: 'unsupported' }],
        evidence: { reports: sources.map((s) => s.analysis.doc.path) },
      });
    }
  },
});
