/**
 * flipped-polarity — an edit turned a statement into its opposite ("did not approve" became
 * "approved", "approved" became "rejected").
 *
 * What: a negation (not, never, no …) deleted or inserted by the edit, or a word swapped for its
 * antonym from the lexicon, outside quotation marks.
 * Why: the story now says the opposite. If that corrects an error the correction must be noted; if
 * not, it is the worst kind of slip.
 * Not a finding: a negation moved within the sentence, negations inside quotations (altered-quote).
 */
import { canon } from '../claims/lexicon.js';
import type { Token } from '../model.js';
import type { RuleContext, RuleKind } from '../rules/types.js';
import { changedPairs, changeLocations, hunks, tokensIn, visibleSpan, whereNew } from './version-pairs.js';

const NEGATION = /^(not|n't|never|no|neither|nor|none|nobody|nothing|cannot)$/;

export const flippedPolarity: RuleKind = {
  name: 'flipped-polarity',
  scope: 'versions',
  summary: 'A statement turned into its opposite: a negation added or removed, or an antonym swapped in.',
  message: '{message}',
  optionsSchema: { type: 'object', additionalProperties: false, properties: {} },
  examples: {
    ok: ['The council did not approve the plan on Monday.\n---\nOn Monday, the council did not approve the plan.'],
    notOk: ['The council did not approve the plan.\n---\nThe council approved the plan.', 'The council approved the plan.\n---\nThe council rejected the plan.'],
  },
  check(context: RuleContext) {
    const versions = context.versions;
    if (!versions) return;
    for (const pair of changedPairs(context)) {
      // "has not yet set a date" → "No date has been set": the negation moved, the sentence still denies
      const sideNegations = (analysis: typeof versions.old, sentences: typeof pair.oldSentences) => negationCount(sentences.flatMap((s) => analysis.tokens.slice(s.tokenStart, s.tokenEnd).filter((t) => t.quote < 0)));
      const pairFlipped = sideNegations(versions.old, pair.oldSentences) !== sideNegations(context.analysis, pair.newSentences);
      for (const hunk of hunks(pair)) {
        const oldTokens = tokensIn(versions.old, hunk.oldSpan).filter((t) => t.quote < 0);
        const newTokens = tokensIn(context.analysis, hunk.newSpan).filter((t) => t.quote < 0);
        const negations = negationCount;
        const flipped = pairFlipped && negations(oldTokens) !== negations(newTokens) && !prefixNegation(oldTokens.map((t) => t.lower), newTokens.map((t) => t.lower));
        const lemmas = (tokens: typeof oldTokens) => tokens.map((t) => canon(context.lexicon, t.lemma));
        const oldLemmas = lemmas(oldTokens);
        const antonym = lemmas(newTokens).find((n) => oldLemmas.some((o) => context.lexicon.antonyms.get(o)?.has(n)));
        if (!flipped && !antonym) continue;
        const where = whereNew(pair);
        const before = hunk.deleted.trim() || '(nothing)';
        const after = hunk.inserted.trim() || '(nothing)';
        const what = flipped ? (negations(newTokens) > negations(oldTokens) ? 'negation added' : 'negation removed') : 'antonym swapped in';
        const message = `Statement reversed in ${where} (${what}): “${before}” became “${after}”`;
        context.report({
          message,
          vars: { message },
          locations: changeLocations(context, visibleSpan(hunk.newSpan, pair.newSentences), visibleSpan(hunk.oldSpan, pair.oldSentences)),
          evidence: { expected: before, actual: after, change: what },
        });
      }
    }
  },
};

/** "insufficient" became "not sufficient" (or back): the same statement, the negation moved into a word. */
function prefixNegation(before: string[], after: string[]): boolean {
  const negated = (word: string) => /^(un|in|im|il|ir|non-?|dis)(.{4,})$/.exec(word)?.[2];
  return before.some((w) => after.includes(negated(w) ?? '\0')) || after.some((w) => before.includes(negated(w) ?? '\0'));
}

/** Negations among tokens; "not only" adds, it does not deny. */
function negationCount(tokens: Token[]): number {
  return tokens.filter((t, k) => NEGATION.test(t.lower) && !(t.lower === 'not' && tokens[k + 1]?.lower === 'only')).length;
}
