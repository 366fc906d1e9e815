/**
 * edit-summary — what an edit did to each sentence that changed: added, removed, moved, split,
 * merged or reworded. Always worth knowing, never a defect by itself (info by default).
 *
 * A reworded sentence whose claims changed is reported by the change rules instead; the note for it
 * is dropped so each sentence is reported once for what matters most. A sentence that gained content
 * (three or more new content words, and at least twice as many as it lost) "now says more": new
 * information to verify, told apart from a rewording in the note and its evidence (`edit: extended`).
 */
import type { AlignedPair } from '../model/results.js';
import type { Analysis } from '../model/analysis.js';
import { termKey } from '../claims/similarity.js';
import type { RuleContext, RuleKind } from './kind.js';
import { placeOf } from './describe.js';

export const editSummary: RuleKind = {
  name: 'edit-summary',
  scope: 'versions',
  summary: 'Sentences added, removed, moved, split, merged or reworded between versions.',
  message: '{message}',
  optionsSchema: {
    type: 'object',
    additionalProperties: false,
    properties: { kinds: { type: 'array', items: { enum: ['added', 'removed', 'moved', 'split', 'merged', 'edited'] }, uniqueItems: true } },
  },
  examples: {
    ok: ['The bridge closed on Monday.\n---\nThe bridge closed on Monday.'],
    notOk: ['The bridge closed on Monday.\n---\nThe bridge closed on Monday. Traffic was diverted.'],
  },
  check(context: RuleContext) {
    const versions = context.versions;
    if (!versions) return;
    const kinds = new Set((context.rule.options as { kinds?: string[] }).kinds ?? ['added', 'removed', 'moved', 'split', 'merged', 'edited']);
    const current = context.analysis;
    const extended = new Map<AlignedPair, string[]>();
    for (const pair of versions.alignment.pairs) {
      if (pair.kind === 'unchanged' || !kinds.has(pair.kind)) continue;
      const oldSentences = pair.old.map((i) => versions.old.sentences[i]!);
      const newSentences = pair.new.map((j) => current.sentences[j]!);
      const span = (list: typeof oldSentences) => ({ start: list[0]!.start, end: list[list.length - 1]!.end });
      const newPlace = newSentences[0] ? placeOf(newSentences[0]) : '';
      const oldPlace = oldSentences[0] ? placeOf(oldSentences[0]) : '';
      let message: string;
      switch (pair.kind) {
        case 'added':
          message = `Sentence added in ${newPlace}`;
          break;
        case 'removed':
          message = `Sentence removed from ${oldPlace} of the old version`;
          break;
        case 'moved':
          message = `Sentence moved from ${oldPlace} to ${newPlace}${pair.edited ? ' and reworded' : ''}`;
          break;
        case 'split':
          message = `Sentence in ${oldPlace} split into ${newSentences.length} in ${newPlace}`;
          break;
        case 'merged':
          message = `${oldSentences.length} sentences merged into one in ${newPlace}`;
          break;
        default: {
          const added = addedDetail(versions.old, pair.old, current, pair.new);
          message = added.length ? `Sentence in ${newPlace} now says more: “${added.slice(0, 6).join('”, “')}” added` : `Sentence reworded in ${newPlace}`;
          if (added.length) extended.set(pair, added);
        }
      }
      const locations = [];
      if (newSentences.length) locations.push({ ...span(newSentences), role: 'new' });
      if (oldSentences.length) locations.push({ ...span(oldSentences), role: 'old', analysis: versions.old });
      const evidence: Record<string, unknown> = { edit: extended.has(pair) ? 'extended' : pair.kind };
      if (extended.has(pair)) evidence['added'] = extended.get(pair);
      if (pair.similarity !== undefined) evidence['similarity'] = pair.similarity;
      context.report({ message, vars: { message }, locations, evidence });
    }
  },
};

/** Content the new side has that the old had in no form (stems, synonyms and names compared). */
function addedDetail(oldA: Analysis, old: number[], newA: Analysis, current: number[]): string[] {
  const termsOf = (analysis: Analysis, indices: number[]) => indices.flatMap((i) => [...analysis.terms[i]!.terms, ...analysis.terms[i]!.quoted]);
  const name = (analysis: Analysis, term: string) => (term.startsWith('@') ? (analysis.entityById.get(term.slice(1))?.name ?? term).toLowerCase() : termKey(term));
  const before = new Set(termsOf(oldA, old).map((t) => name(oldA, t)));
  const afterTerms = termsOf(newA, current);
  const after = new Set(afterTerms.map((t) => name(newA, t)));
  const added = afterTerms.filter((t) => !before.has(name(newA, t)));
  const removed = [...before].filter((t) => !after.has(t));
  const unique = [...new Set(added.map((t) => (t.startsWith('@') ? newA.entityById.get(t.slice(1))?.name ?? t : t.replace(/^#/, '').replace(/^(year|date):/, ''))))];
  return unique.length >= 3 && unique.length >= 2 * removed.length ? unique : [];
}
