/**
 * changed-role — a person's title or role changed between versions ("Finance Minister Rena Havili"
 * became "Interior Minister Rena Havili", "the CEO" became "the former CEO").
 *
 * Why: a title is a claim about a person; a change is a correction to note or a new error.
 */
import type { RuleContext, RuleKind } from '../rules/types.js';
import { changedPairs, changeLocations, differenceMessage, sameEntity, supported, whereNew } from './version-pairs.js';

export const changedRole: RuleKind = {
  name: 'changed-role',
  scope: 'versions',
  summary: 'A person’s title or role changed between versions.',
  message: 'Title changed in {where}: {old} became {new}',
  optionsSchema: { type: 'object', additionalProperties: false, properties: {} },
  examples: {
    ok: ['Finance Minister Rena Havili spoke.\n---\nRena Havili, the finance minister, spoke.'],
    notOk: ['Finance Minister Rena Havili spoke.\n---\nInterior Minister Rena Havili spoke.'],
  },
  check(context: RuleContext) {
    const versions = context.versions;
    if (!versions) return;
    const current = context.analysis;
    for (const pair of changedPairs(context)) {
      const ids = (sentences: number[]) => new Set(sentences);
      const oldIds = ids(pair.pair.old);
      const newIds = ids(pair.pair.new);
      const before = versions.old.claims.filter((c) => c.kind === 'role' && oldIds.has(c.sentence));
      const after = current.claims.filter((c) => c.kind === 'role' && newIds.has(c.sentence));
      for (const b of after) {
        const person = current.entityById.get(b.subjects[0]!);
        const a = before.find((r) => sameEntity(versions.old.entityById.get(r.subjects[0]!), person));
        if (!a || a.values.role!.key === b.values.role!.key) continue;
        if (before.some((r) => r.values.role!.key === b.values.role!.key && sameEntity(versions.old.entityById.get(r.subjects[0]!), person))) continue;
        if (supported.role(context, person, b.values.role!.key)) continue;
        const where = whereNew(pair);
        const message = differenceMessage(context, pair, `Title of ${person?.name ?? 'the person'}`, `“${a.values.role!.text}”`, `“${b.values.role!.text}”`);
        context.report({ message, vars: { where, old: `“${a.values.role!.text}”`, new: `“${b.values.role!.text}”` }, locations: changeLocations(context, b.values.role!, a.values.role!), evidence: { expected: a.values.role!.text, actual: b.values.role!.text, person: person?.name } });
      }
    }
  },
};
