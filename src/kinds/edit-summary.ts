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
import type { Evidence } from '../model/finding.js';
import { defineKind, type OptionsOf, type OptionsSchema } from './kind.js';
import { placeOf } from './describe.js';
import { minConfidence } from './confidence.js';

const OPTIONS = {
  type: 'object',
  additionalProperties: false,
  properties: {
    kinds: {
      type: 'array',
      items: { enum: ['added', 'removed', 'moved', 'split', 'merged', 'edited'] },
      uniqueItems: true,
      default: ['added', 'removed', 'moved', 'split', 'merged', 'edited'],
      description: 'Which edits are noted.',
    },
    minAdded: { type: 'integer', minimum: 1, default: 3, description: 'A sentence "now says more" when it gained at least this many content terms …' },
    minConfidence: minConfidence('Edit notes are what the edit did, always sure; the default rule reports them as info.', 0),
    addedRatio: { type: 'number', minimum: 0, default: 2, description: '… and at least this many times as many as it lost (else it was reworded).' },
  },
} as const satisfies OptionsSchema;

export const editSummary = defineKind<OptionsOf<typeof OPTIONS>>({
  name: 'edit-summary',
  scope: 'versions',
  summary: 'Sentences added, removed, moved, split, merged or reworded between versions.',
  optionsSchema: OPTIONS,
  messages: {
    added: { template: { edit: 'Sentence added in {where}' }, vars: ['where'] },
    removed: { template: { edit: 'Sentence removed from {from} of the old version' }, vars: ['from'] },
    moved: { template: { edit: 'Sentence moved from {from} to {where}{reworded}' }, vars: ['from', 'where', 'reworded'] },
    split: { template: { edit: 'Sentence in {from} split into {count} in {where}' }, vars: ['from', 'count', 'where'] },
    merged: { template: { edit: '{count} sentences merged into one in {where}' }, vars: ['count', 'where'] },
    extended: { template: { edit: 'Sentence in {where} now says more: “{added}” added' }, vars: ['where', 'added'] },
    reworded: { template: { edit: 'Sentence reworded in {where}' }, vars: ['where'] },
  },
  examples: [
    { old: 'The bridge closed on Monday.', text: 'The bridge closed on Monday.', findings: [] },
    { old: 'The bridge closed on Monday.', text: 'The bridge closed on Monday. Traffic was diverted.', findings: ['1:30 edit-note Sentence added in paragraph 1'] },
    { old: 'The bridge closed on Monday.', text: 'The bridge closed on Monday for repairs to its deck and railings.', findings: ['1:1 edit-note Sentence in paragraph 1 now says more: “fix”, “deck”, “railing” added'] },
  ],
  check(context) {
    const versions = context.versions;
    if (!versions) return;
    const { options } = context;
    const kinds = new Set<string>(options.kinds);
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
      let data: Record<string, string>;
      switch (pair.kind) {
        case 'added':
          [message, data] = ['added', { where: newPlace }];
          break;
        case 'removed':
          [message, data] = ['removed', { from: oldPlace }];
          break;
        case 'moved':
          [message, data] = ['moved', { from: oldPlace, where: newPlace, reworded: pair.edited ? ' and reworded' : '' }];
          break;
        case 'split':
          [message, data] = ['split', { from: oldPlace, count: String(newSentences.length), where: newPlace }];
          break;
        case 'merged':
          [message, data] = ['merged', { count: String(oldSentences.length), where: newPlace }];
          break;
        default: {
          const added = addedDetail(versions.old, pair.old, current, pair.new, options);
          [message, data] = added.length ? ['extended', { where: newPlace, added: added.slice(0, 6).join('”, “') }] : ['reworded', { where: newPlace }];
          if (added.length) extended.set(pair, added);
        }
      }
      const locations = [];
      if (newSentences.length) locations.push({ ...span(newSentences), role: 'new' });
      if (oldSentences.length) locations.push({ ...span(oldSentences), role: 'old', analysis: versions.old });
      const evidence: Evidence = { edit: extended.has(pair) ? 'extended' : pair.kind };
      if (extended.has(pair)) evidence.added = extended.get(pair)!;
      if (pair.similarity !== undefined) evidence.similarity = pair.similarity;
      context.report({ confidence: 1, message, data, locations, evidence });
    }
  },
});

/** Content the new side has that the old had in no form (stems, synonyms and names compared). */
function addedDetail(oldA: Analysis, old: number[], newA: Analysis, current: number[], cut: { minAdded: number; addedRatio: number }): string[] {
  const termsOf = (analysis: Analysis, indices: number[]) => indices.flatMap((i) => [...analysis.terms[i]!.terms, ...analysis.terms[i]!.quoted]);
  const name = (analysis: Analysis, term: string) => (term.startsWith('@') ? (analysis.entityById.get(term.slice(1))?.name ?? term).toLowerCase() : termKey(term));
  const before = new Set(termsOf(oldA, old).map((t) => name(oldA, t)));
  const afterTerms = termsOf(newA, current);
  const after = new Set(afterTerms.map((t) => name(newA, t)));
  const added = afterTerms.filter((t) => !before.has(name(newA, t)));
  const removed = [...before].filter((t) => !after.has(t));
  const unique = [...new Set(added.map((t) => (t.startsWith('@') ? newA.entityById.get(t.slice(1))?.name ?? t : t.replace(/^#/, '').replace(/^(year|date):/, ''))))];
  return unique.length >= cut.minAdded && unique.length >= cut.addedRatio * removed.length ? unique : [];
}
