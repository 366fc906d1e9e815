/**
 * changed-detail — one word of a restated sentence swapped for another that the other text never
 * uses ("a loss of propulsion" where the report says "a loss of navigation", "glowing paths" where it
 * says "dark paths").
 *
 * What: in a sentence that closely restates one of the other text's (most of its content shared), a
 * hunk of the word diff replaces one or two content words of one kind (noun for noun, adjective for
 * adjective, verb for verb) with words that appear nowhere in the other text, even as a synonym or
 * another form of the same word. Names and numbers are left to changed-entity and changed-number.
 * Why: against a report, a detail the report does not support is either a paraphrase gone wrong or
 * an error of fact; the editor should look. In diff mode the same swap is a rewording to note.
 * Not a finding: synonyms from the lexicon, the same stem ("unveiled" / "unveiling"), a word the
 * other text uses elsewhere, longer rewordings (one phrase for another) where no single fact moved.
 */
import { canon, type CompiledLexicon } from '../lexicon/compile.js';
import { termKey } from '../claims/similarity.js';
import type { Analysis } from '../model/analysis.js';
import type { Token } from '../model/document.js';
import { defineKind, type OptionsOf, type OptionsSchema, type RuleContext } from './kind.js';
import { changeData, changedPairs, changeLocations, hunks, tokensIn } from './pairs.js';
import { minConfidence } from './confidence.js';

const CONTENT = new Set(['NOUN', 'ADJ', 'VERB', 'ADV']);

const OPTIONS = {
  type: 'object',
  additionalProperties: false,
  properties: {
    minSimilarity: {
      type: 'number',
      minimum: 0,
      maximum: 1,
      default: 0.6,
      description: 'Least share of content the two sentences must share for a swapped word to be one detail changed, not a sentence rewritten.',
    },
    minConfidence: minConfidence('One word swapped says little on its own: every finding scores 0.5, and the default rules report them as info anyway.'),
    maxWords: { type: 'integer', minimum: 1, default: 2, description: 'A swap of more content words than this on either side is a rewording of a phrase, where no single fact moved.' },
  },
} as const satisfies OptionsSchema;

export const changedDetail = defineKind<OptionsOf<typeof OPTIONS>>({
  name: 'changed-detail',
  scope: 'versions',
  summary: 'One word of a restated sentence swapped for one the other text never uses.',
  optionsSchema: OPTIONS,
  messages: {
    swapped: {
      template: { edit: 'Detail changed in {where}: “{old}” became “{new}”', source: 'Detail in {where} differs from {report}: the article says “{new}”, the report “{old}”' },
      vars: ['where', 'old', 'new', 'report'],
    },
  },
  examples: [
    // a month of a release's dateline is no word of the detail (review)
    { related: 'Nakuru, 6 May – The County Government of Nakuru has allocated KSh2.4 million to provide food and shelter to families displaced by flooding in Mai Mahiu.\n', text: '# Nakuru sets aside KSh2.4m for families displaced by Mai Mahiu floods\n\nGovernor Susan Kihika said the money would pay for food.\n', findings: [] },
    { old: 'The recall covers a loss of propulsion while driving.', text: 'The recall covers a loss of propulsion when driving.', findings: [] },
    { old: 'The recall covers a loss of propulsion while driving.', text: 'The recall covers a loss of navigation while driving.', findings: ['1:29 changed-detail Detail changed in paragraph 1: “propulsion” became “navigation”'] },
  ],
  check(context) {
    const versions = context.versions;
    if (!versions) return;
    const { minSimilarity, maxWords } = context.options;
    const vocabulary = vocabularyOf(context, versions.old);
    for (const pair of changedPairs(context)) {
      if ((pair.pair.similarity ?? 0) < minSimilarity) continue;
      for (const hunk of hunks(pair)) {
        const oldWords = content(context.lexicon, tokensIn(versions.old, hunk.oldSpan));
        const newWords = content(context.lexicon, tokensIn(context.analysis, hunk.newSpan));
        if (oldWords.length === 0 || newWords.length === 0 || oldWords.length > maxWords || newWords.length > maxWords) continue;
        const unsupported = newWords.filter((t) => !vocabulary.has(key(context, t)));
        if (unsupported.length === 0) continue;
        // like for like: a noun for a noun, an adjective for an adjective
        if (!unsupported.some((t) => oldWords.some((o) => o.pos === t.pos))) continue;
        const before = oldWords.map((t) => t.text).join(' ');
        const after = newWords.map((t) => t.text).join(' ');
        const span = (list: Token[]) => ({ start: list[0]!.start, end: list[list.length - 1]!.end });
        context.report({ confidence: 0.5, message: 'swapped', data: changeData(context, pair, before, after), locations: changeLocations(context, span(newWords), span(oldWords)), evidence: { expected: before, actual: after } });
      }
    }
  },
});

/** The words of a detail: not a month or a day of the week, which dates (changed-date's) say ("Nakuru, 6 May – …"). */
function content(lexicon: CompiledLexicon, tokens: Token[]): Token[] {
  return tokens.filter((t) => t.quote < 0 && CONTENT.has(t.pos) && /\p{L}/u.test(t.text) && !/^(be|have|do|say)$/.test(t.lemma) && !(/^\p{Lu}/u.test(t.text) && (lexicon.months.has(t.lower) || lexicon.weekdays.includes(t.lower))));
}

function key(context: RuleContext, token: Token): string {
  return termKey(canon(context.lexicon, token.lemma));
}

/** Every content word of a text, by stem and synonym, to tell a new word from a reworded one. */
function vocabularyOf(context: RuleContext, analysis: Analysis): Set<string> {
  const out = new Set<string>();
  for (const token of analysis.tokens) {
    out.add(key(context, token));
    out.add(termKey(token.lower));
  }
  return out;
}
