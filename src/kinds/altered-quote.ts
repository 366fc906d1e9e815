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
import type { RuleContext, RuleKind } from '../rules/types.js';
import { changedPairs, changeLocations, isSource, quotesIn, quoteWords, sameEntity, whereNew } from './version-pairs.js';

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
    const seen = new Set<number>();
    for (const pair of changedPairs(context)) {
      const before = quotesIn(versions.old, pair.oldSentences);
      const after = quotesIn(context.analysis, pair.newSentences);
      for (const quote of after) {
        // a name in quotation marks ("Career Match-up") is no one's words
        if (seen.has(quote.index) || isTitle(quote.text)) continue;
        const words = quoteWords(quote.text);
        // the old quotation this one continues: the one sharing most words
        let best: { quote: (typeof before)[number]; overlap: number } | undefined;
        for (const candidate of before) {
          const other = quoteWords(candidate.text);
          const shared = diffArrays(other, words).filter((part) => !part.added && !part.removed).reduce((n, part) => n + part.count!, 0);
          const overlap = (2 * shared) / (other.length + words.length || 1);
          if (overlap >= 0.5 && (!best || overlap > best.overlap)) best = { quote: candidate, overlap };
        }
        if (!best || best.overlap === 1) continue;
        const oldWords = quoteWords(best.quote.text);
        // a shorter quotation taken word for word from the longer one is a partial quotation, not a change
        if (contiguous(words, oldWords) || contiguous(oldWords, words)) continue;
        // against a report, a quotation only half the same and given to another speaker is another quotation
        if (isSource(context) && best.overlap < 0.8 && best.quote.speaker && quote.speaker && !sameEntity(versions.old.entityById.get(best.quote.speaker), context.analysis.entityById.get(quote.speaker))) continue;
        seen.add(quote.index);
        const changes = diffArrays(oldWords, words)
          .filter((part) => part.added || part.removed)
          .map((part) => `${part.added ? '+' : '−'}${part.value.join(' ')}`);
        const where = whereNew(pair);
        const message = isSource(context)
          ? `Misquote in ${where}: “${quote.text}” differs from the words ${versions.old.doc.path} quotes, “${best.quote.text}” (${changes.join(', ')})`
          : `Quotation changed in ${where}: “${best.quote.text}” became “${quote.text}” (${changes.join(', ')})`;
        context.report({
          message,
          vars: { where, old: `“${best.quote.text}”`, new: `“${quote.text}”` },
          locations: changeLocations(context, quote, best.quote),
          evidence: { expected: best.quote.text, actual: quote.text, changes },
        });
      }
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
