/**
 * altered-quote — words inside quotation marks changed between versions.
 *
 * What: a quotation of the old version whose words differ in the new one (compared word by word,
 * ignoring case and punctuation: a full stop that becomes a comma before "she said" is not a change).
 * Why: a quotation must be what the speaker said, verbatim. Changing its words, even to fix grammar,
 * misquotes; the fix is to paraphrase outside the marks or to note the correction. Hence an error.
 * Not a finding: a quotation added or removed whole, or only its punctuation or capitals changed.
 */
import { diffArrays } from 'diff';
import { isTitle } from '../claims/attribution.js';
import { distance, sameEntity } from '../claims/identity.js';
import { defineKind, type OptionsOf, type OptionsSchema } from './kind.js';
import { changeLocations } from './pairs.js';
import { QUOTE_PAIRING_OPTIONS, quotePairs, quoteWords } from './quote-pairs.js';
import { confidence, minConfidence } from './confidence.js';

const OPTIONS = {
  type: 'object',
  additionalProperties: false,
  properties: {
    ...QUOTE_PAIRING_OPTIONS,
    minConfidence: minConfidence('A quotation whose only changes are spelling fixes ("temperatue" / "temperature") scores 0.55.'),
    sameQuotationOverlap: {
      type: 'number',
      minimum: 0,
      maximum: 1,
      default: 0.8,
      description: 'Against a related report only: a quotation sharing less than this with the report\'s, and given to another speaker there, is another quotation, not a misquote.',
    },
  },
} as const satisfies OptionsSchema;

export const alteredQuote = defineKind<OptionsOf<typeof OPTIONS>>({
  name: 'altered-quote',
  scope: 'versions',
  summary: 'Words inside quotation marks changed between versions (quotations are verbatim).',
  optionsSchema: OPTIONS,
  messages: {
    changed: {
      template: {
        edit: 'Quotation changed in {where}: “{old}” became “{new}” ({changes})',
        source: 'Misquote in {where}: “{new}” differs from the words {report} quotes, “{old}” ({changes})',
      },
      vars: ['where', 'old', 'new', 'changes', 'report'],
    },
  },
  examples: [
    { old: '"We will rebuild." Ruiz said it twice.', text: '"We will rebuild," Ruiz said.', findings: [] },
    // against a report, a word left out unmarked is a misquote; an ellipsis marks what was left out
    { related: '"We will spot a new blaze within 20 minutes of ignition, not hours later," said Jonah Pereira.', text: '"We will spot a new blaze within minutes of ignition, not hours later," said Jonah Pereira.', findings: ['1:2 misquote Misquote in paragraph 1: “We will spot a new blaze within minutes of ignition, not hours later,” differs from the words related.md quotes, “We will spot a new blaze within 20 minutes of ignition, not hours later,” (−20)'] },
    { related: '"Joan and I were given a great deal by this college when we had very little. We wanted to give something back," said Tom Hale.', text: '"Joan and I were given a great deal by this college ... We wanted to give something back," said Tom Hale.', findings: [] },
    { old: '"We will rebuild the bridge," Ruiz said.', text: '"We will rebuild the bridges," Ruiz said.', findings: ['1:2 altered-quote Quotation changed in paragraph 1: “We will rebuild the bridge,” became “We will rebuild the bridges,” (−bridge, +bridges)'] },
  ],
  check(context) {
    const versions = context.versions;
    if (!versions) return;
    const source = versions.mode.name === 'source';
    for (const { quote, other, overlap, where } of quotePairs(context, context.options)) {
      // a name in quotation marks ("Career Match-up") is no one's words; all of a quotation's words found in
      // the other's are the same quotation only where an ellipsis marks what was left out ("within minutes"
      // from "within 20 minutes" left out a word unmarked)
      if ((overlap === 1 && ELLIPSIS.test(quote.text)) || isTitle(context.lexicon, quote.text)) continue;
      const words = quoteWords(quote.text);
      const oldWords = quoteWords(other.text);
      // a shorter quotation taken word for word from the longer one is a partial quotation, not a change
      // "R AW" → "RAW": a stray space fixed changes no word
      if (oldWords.join('') === words.join('') || contiguous(words, oldWords) || contiguous(oldWords, words)) continue;
      // against a report, a quotation only half the same and given to another speaker is another quotation
      if (source && overlap < context.options.sameQuotationOverlap && other.speaker && quote.speaker && !sameEntity(versions.old.entityById.get(other.speaker), context.analysis.entityById.get(quote.speaker))) continue;
      const parts = diffArrays(oldWords, words);
      const changes = parts
        .filter((part) => part.added || part.removed)
        .map((part) => `${part.added ? '+' : '−'}${part.value.join(' ')}`);
      context.report({
        confidence: confidence(spellingOnly(parts) ? 0.55 : 0.95),
        message: 'changed',
        data: { where, old: other.text, new: quote.text, changes: changes.join(', '), report: versions.old.doc.path },
        locations: changeLocations(context, quote, other),
        evidence: { expected: other.text, actual: quote.text, changes },
      });
    }
  },
});

/** Words left out of a quotation, marked. */
const ELLIPSIS = /\.\.\.|…/;

/** Whether `part` stands word for word, in order and unbroken, inside `whole`. */
function contiguous(part: string[], whole: string[]): boolean {
  if (part.length === 0 || part.length > whole.length) return false;
  outer: for (let i = 0; i + part.length <= whole.length; i++) {
    for (let k = 0; k < part.length; k++) if (whole[i + k] !== part[k]) continue outer;
    return true;
  }
  return false;
}

/**
 * Whether every change is a word respelt ("temperatue" → "temperature"): each removed run paired with
 * an added one of as many words, each word a letter or two from its counterpart. Likely a typo fixed.
 */
function spellingOnly(parts: { added?: boolean; removed?: boolean; value: string[] }[]): boolean {
  let pairs = 0;
  for (let k = 0; k < parts.length; k++) {
    const part = parts[k]!;
    if (!part.removed) {
      if (part.added) return false;
      continue;
    }
    const next = parts[k + 1];
    if (!next?.added) return false;
    // word for word ("temperatue" / "temperature"), or run for run when a hyphen or space moved ("co operating" / "cooperating")
    const respelt = next.value.length === part.value.length && part.value.every((w, i) => w.length >= 4 && distance(w, next.value[i]!) <= 2);
    const joined = [part.value.join(''), next.value.join('')] as const;
    if (!respelt && !(joined[0].length >= 6 && distance(joined[0], joined[1]) <= 1)) return false;
    pairs++;
    k++;
  }
  return pairs > 0;
}
