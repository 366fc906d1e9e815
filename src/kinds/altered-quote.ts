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
import type { RuleContext, RuleKind } from './kind.js';
import { changeLocations, isSource, quotePairs, quoteWords } from './version-pairs.js';
import { sameEntity } from '../claims/identity.js';

export const alteredQuote: RuleKind = {
  name: 'altered-quote',
  scope: 'versions',
  summary: 'Words inside quotation marks changed between versions (quotations are verbatim).',
  message: 'Quotation changed in {where}: {old} became {new}',
  optionsSchema: { type: 'object', additionalProperties: false, properties: {} },
  examples: {
    ok: ['"We will rebuild." Ruiz said it twice.\n---\n"We will rebuild," Ruiz said.'],
    notOk: ['"We will rebuild the bridge," Ruiz said.\n---\n"We will rebuild the bridges," Ruiz said.'],
  },
  check(context: RuleContext) {
    const versions = context.versions;
    if (!versions) return;
    for (const { quote, other, overlap, where } of quotePairs(context)) {
      // a name in quotation marks ("Career Match-up") is no one's words
      if (overlap === 1 || isTitle(context.lexicon, quote.text)) continue;
      const words = quoteWords(quote.text);
      const oldWords = quoteWords(other.text);
      // a shorter quotation taken word for word from the longer one is a partial quotation, not a change
      if (oldWords.join(' ') === words.join(' ') || contiguous(words, oldWords) || contiguous(oldWords, words)) continue;
      // against a report, a quotation only half the same and given to another speaker is another quotation
      if (isSource(context) && overlap < 0.8 && other.speaker && quote.speaker && !sameEntity(versions.old.entityById.get(other.speaker), context.analysis.entityById.get(quote.speaker))) continue;
      const changes = diffArrays(oldWords, words)
        .filter((part) => part.added || part.removed)
        .map((part) => `${part.added ? '+' : '−'}${part.value.join(' ')}`);
      const message = isSource(context)
        ? `Misquote in ${where}: “${quote.text}” differs from the words ${versions.old.doc.path} quotes, “${other.text}” (${changes.join(', ')})`
        : `Quotation changed in ${where}: “${other.text}” became “${quote.text}” (${changes.join(', ')})`;
      context.report({
        message,
        vars: { where, old: `“${other.text}”`, new: `“${quote.text}”` },
        locations: changeLocations(context, quote, other),
        evidence: { expected: other.text, actual: quote.text, changes },
      });
    }
  },
};

/** Whether `part` stands word for word, in order and unbroken, inside `whole`. */
function contiguous(part: string[], whole: string[]): boolean {
  if (part.length === 0 || part.length > whole.length) return false;
  outer: for (let i = 0; i + part.length <= whole.length; i++) {
    for (let k = 0; k < part.length; k++) if (whole[i + k] !== part[k]) continue outer;
    return true;
  }
  return false;
}
