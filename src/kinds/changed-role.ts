/**
 * changed-role — a person's title or role changed between versions ("Finance Minister Rena Havili"
 * became "Interior Minister Rena Havili", "the CEO" became "the former CEO").
 *
 * Why: a title is a claim about a person; a change is a correction to note or a new error.
 */
import type { RuleContext, RuleKind } from './kind.js';
import { placeOf } from './describe.js';
import { changedPairs, changeLocations, isSource, reportChange, supported } from './version-pairs.js';
import { nameVariant, sameEntity } from '../claims/identity.js';

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
    if (isSource(context)) return againstReport(context);
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
        reportChange(context, pair, `Title of ${person?.name ?? 'the person'}`, a.values.role!, b.values.role!, { person: person?.name });
      }
    }
  },
};

/**
 * Against a report, titles are compared person by person over the whole texts (a title and the name
 * it belongs to are often in different sentences of the two): a title the report gives someone else,
 * or one of a group that excludes the report's title for the same person (finance / interior minister).
 */
function againstReport(context: RuleContext): void {
  const report = context.versions!.old;
  const article = context.analysis;
  const roles = (analysis: typeof article) => analysis.claims.filter((c) => c.kind === 'role' && c.values.role && !c.values.role.key.includes(' '));
  const theirs = roles(report);
  const uniqueTitles = new Set([...context.lexicon.titles.values()].flat().filter((t) => t.title.unique).map((t) => t.title.id));
  const seen = new Set<string>();
  for (const claim of roles(article)) {
    const person = article.entityById.get(claim.subjects[0]!);
    const key = claim.values.role!.key;
    // a name the report spells otherwise is still this person (related-name reports the name)
    const samePerson = (c: (typeof theirs)[number]) => sameEntity(report.entityById.get(c.subjects[0]!), person) || nameVariant(report.entityById.get(c.subjects[0]!), person);
    const forPerson = theirs.filter(samePerson);
    if (forPerson.some((c) => c.values.role!.key === key)) continue;
    // the report giving the title to someone else contradicts the article when one person holds it at a
    // time ("chief executive", not "director"), or when the report gives this person another title
    const holder = uniqueTitles.has(key) || forPerson.length > 0 ? theirs.find((c) => c.values.role!.key === key && !samePerson(c)) : undefined;
    const group = claim.modifiers.find((m) => m.startsWith('group:'));
    const exclusive = forPerson.find((c) => group && c.modifiers.includes(group));
    const other = holder ? forPerson[0] ?? holder : exclusive;
    if (!other || seen.has(`${claim.subjects[0]}:${key}`)) continue;
    seen.add(`${claim.subjects[0]}:${key}`);
    const where = placeOf(article.sentences[claim.sentence]!);
    const name = person?.name ?? 'this person';
    const theirTitle = forPerson[0]?.values.role!.text;
    const holderName = holder ? report.entityById.get(holder.subjects[0]!)?.name : undefined;
    const message = holder
      ? `Title in ${where} differs from ${report.doc.path}: the article calls ${name} “${claim.values.role!.text}”, a title the report gives ${holderName}${theirTitle ? ` (it calls ${name} “${theirTitle}”)` : ''}`
      : `Title in ${where} differs from ${report.doc.path}: the article calls ${name} “${claim.values.role!.text}”, the report “${theirTitle}”`;
    context.report({
      message,
      vars: { message },
      locations: changeLocations(context, claim.values.role!, other.values.role!),
      evidence: { expected: theirTitle ?? null, actual: claim.values.role!.text, person: name, ...(holderName ? { holder: holderName } : {}) },
    });
  }
}
