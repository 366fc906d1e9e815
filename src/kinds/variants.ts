/**
 * variants — a word or name written two ways in one article.
 *
 * What: forms from the `variants` lexicon mixed in the body ("email" and "e-mail", "U.S." and "US",
 * "Kyiv" and "Kiev"). The form the article uses less is flagged, as proselint's consistency check
 * does; where the lexicon names a `preferred` form, every other form is flagged.
 * Why: house style is one spelling; mixed forms look careless and can make a search miss a story.
 * Not a finding: headlines and related links (headline style differs: "US" in a headline, "U.S." in
 * the text is AP style), words inside code.
 */
import type { VariantDef } from '../claims/lexicon-types.js';
import type { RuleContext, RuleKind } from '../rules/types.js';
import { placeOf } from './describe.js';
import { BODY_KINDS } from '../model.js';

interface Options {
  /** Also flag a non-preferred form when it is the only form used. */
  enforcePreferred?: boolean;
}

export const variants: RuleKind = {
  name: 'variants',
  scope: 'article',
  summary: 'A word or name written two ways in one article (email / e-mail, U.S. / US, Kyiv / Kiev).',
  message: '{message}',
  optionsSchema: {
    type: 'object',
    additionalProperties: false,
    properties: { enforcePreferred: { type: 'boolean' } },
  },
  examples: {
    ok: ['Readers can email the desk.\n\nThe email address is on the website.'],
    notOk: ['Readers can email the desk.\n\nThe e-mail address is on the website, and each email is read.'],
  },
  check(context: RuleContext) {
    const options = context.rule.options as Options;
    const { analysis } = context;
    const body = analysis.sentences.filter((s) => BODY_KINDS.has(s.kind) || s.kind === 'standfirst');
    for (const variant of context.lexicon.variants) {
      const hits = new Map<string, { start: number; end: number; sentence: number }[]>();
      for (const form of variant.forms) hits.set(form, []);
      for (const sentence of body) {
        for (const form of variant.forms) {
          for (const match of sentence.text.matchAll(pattern(form, variant))) {
            const start = fileOffset(analysis, sentence.index, match.index);
            hits.get(form)!.push({ start, end: start + form.length, sentence: sentence.index });
          }
        }
      }
      const used = variant.forms.filter((form) => hits.get(form)!.length > 0);
      const preferred = variant.preferred;
      if (used.length < 2 && !(options.enforcePreferred && preferred && used.length === 1 && used[0] !== preferred)) continue;
      const usual = preferred ?? [...used].sort((a, b) => hits.get(b)!.length - hits.get(a)!.length || variant.forms.indexOf(a) - variant.forms.indexOf(b))[0]!;
      const usualHit = hits.get(usual)![0];
      for (const form of used) {
        if (form === usual) continue;
        for (const hit of hits.get(form)!) {
          const elsewhere = usualHit ? ` (as in ${placeOf(analysis.sentences[usualHit.sentence]!)})` : '';
          const reason = preferred ? 'house style' : 'the form used most in this article';
          const message = `“${form}” is written “${usual}”${elsewhere}, ${reason}: use one form`;
          const locations = [{ start: hit.start, end: hit.end, role: 'variant' }];
          if (usualHit) locations.push({ start: usualHit.start, end: usualHit.end, role: 'usual-form' });
          context.report({ message, vars: { message }, locations, evidence: { expected: usual, actual: form } });
        }
      }
    }
  },
};

const patterns = new Map<string, RegExp>();

function pattern(form: string, variant: VariantDef): RegExp {
  const key = `${variant.caseSensitive ? 's' : 'i'}:${form}`;
  let regex = patterns.get(key);
  if (!regex) {
    const escaped = form.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    // whole words only: "US" is not the start of "USA", nor "U.S." inside "U.S.-made" a different token
    regex = new RegExp(`(?<![\\p{L}\\p{N}.])${escaped}(?![\\p{L}\\p{N}]|\\.[\\p{L}])`, variant.caseSensitive ? 'gu' : 'giu');
    patterns.set(key, regex);
  }
  regex.lastIndex = 0;
  return regex;
}

/** File offset of a character of a sentence's text. */
function fileOffset(analysis: RuleContext['analysis'], sentence: number, index: number): number {
  const s = analysis.sentences[sentence]!;
  const block = analysis.doc.blocks[s.block]!;
  return block.map[s.textStart + index]!;
}
