/**
 * changed-attribution — who a claim is attributed to was dropped or changed between versions ("the
 * man was armed, police said" became "the man was armed").
 *
 * Why: an attribution tells the reader whose claim it is; dropping it makes the paper assert the
 * claim itself. Not a finding: the same source named another way, an attribution added (the edit
 * note records it), "according to" (changed-hedge covers it), quotations (quote-speaker).
 */
import type { Analysis } from '../claims/analyse.js';
import type { RuleContext, RuleKind } from '../rules/types.js';
import { changedPairs, changeLocations, isSource, respelt, sameEntity, whereNew } from './version-pairs.js';

function sourceName(analysis: Analysis, speaker: string): string {
  return analysis.entityById.get(speaker)?.name ?? speaker;
}

export const changedAttribution: RuleKind = {
  name: 'changed-attribution',
  scope: 'versions',
  summary: 'An attribution ("police said") dropped or given to another source between versions.',
  message: '{message}',
  optionsSchema: { type: 'object', additionalProperties: false, properties: {} },
  examples: {
    ok: ['The man was armed, police said.\n---\nThe man was armed, police said on Monday.'],
    notOk: ['The man was armed, police said.\n---\nThe man was armed.'],
  },
  check(context: RuleContext) {
    const versions = context.versions;
    if (!versions) return;
    const current = context.analysis;
    for (const pair of changedPairs(context)) {
      const before = pair.pair.old.map((i) => versions.old.attribution.get(i)).find((s) => s && s.verb !== 'according to');
      if (!before) continue;
      const after = pair.pair.new.map((j) => current.attribution.get(j)).find((s) => s !== undefined);
      const oldName = sourceName(versions.old, before.speaker);
      const where = whereNew(pair);
      const oldSentence = pair.oldSentences[0]!;
      const newSentence = pair.newSentences[0]!;
      if (!after) {
        const message = isSource(context)
          ? `Claim in ${where} stands unattributed; ${versions.old.doc.path} attributes it to ${oldName}`
          : `Attribution dropped in ${where}: the claim was attributed to ${oldName} and now stands unattributed`;
        context.report({ message, vars: { message }, locations: changeLocations(context, newSentence, oldSentence), evidence: { expected: oldName, actual: null } });
        continue;
      }
      const newName = sourceName(current, after.speaker);
      const oldEntity = versions.old.entityById.get(before.speaker);
      const newEntity = current.entityById.get(after.speaker);
      const same = sameEntity(oldEntity, newEntity) || respelt(oldEntity, newEntity) || oldName.toLowerCase() === newName.toLowerCase();
      if (same) continue;
      const message = isSource(context)
        ? `Claim in ${where} is attributed to ${newName}; ${versions.old.doc.path} attributes it to ${oldName}`
        : `Attribution changed in ${where}: the claim was attributed to ${oldName} and is now attributed to ${newName}`;
      context.report({ message, vars: { message }, locations: changeLocations(context, newSentence, oldSentence), evidence: { expected: oldName, actual: newName } });
    }
  },
};
