/**
 * quote-speaker — a quotation given to a different speaker between versions.
 *
 * What: the same quotation (most of its words shared) attributed to one person in the old version
 * and to another in the new ("… ," Ruiz said → "… ," Vidal said).
 * Why: putting words in the wrong mouth is among the worst errors a story can make. An error.
 * Not a finding: the same speaker named another way ("Ren" for "Ren Zhengfei", "she" for Ruiz), a
 * speaker renamed throughout (changed-name reports it), or a quotation whose speaker one version does
 * not name.
 */
import type { Analysis } from '../model/analysis.js';
import type { RuleContext, RuleKind } from './kind.js';
import { changeLocations, isSource, quotePairs, renamed } from './version-pairs.js';
import { nameVariant, sameEntity } from '../claims/identity.js';

function speakerName(analysis: Analysis, speaker: string): string {
  return analysis.entityById.get(speaker)?.name ?? speaker;
}

export const quoteSpeaker: RuleKind = {
  name: 'quote-speaker',
  scope: 'versions',
  summary: 'A quotation given to a different speaker between versions.',
  message: 'Quotation in {where} is now given to {new}; it was {old}’s',
  optionsSchema: { type: 'object', additionalProperties: false, properties: {} },
  examples: {
    ok: [
      '"We will rebuild," Mayor Ana Ruiz said.\n---\n"We will rebuild," said Ruiz, the mayor.',
      // the speaker renamed throughout is changed-name's finding
      '"It is the right site," said Councillor Bernadette Oyelaran.\n---\n"It is the right site," said Councillor Bernadette Oyelowo.',
      // "she" is the unnamed mother, not the official named before her
      '"We will follow the evidence," said Helen Dacre.\n\nThe boy\'s mother, who asked not to be named, said she learnt of it from the hospital. "He went in with a scraped knee," she told the Echo.\n---\n"We will follow the evidence," said Rachel Amadi.\n\nThe boy\'s mother, who asked not to be named, said she learnt of it from the hospital. "He went in with a scraped knee," she told the Echo.',
      'Nadia Qureshi told the jury that two of Reade\'s colleagues had complained. "He was told," she said.\n---\nNadia Qureshi told the jury that two of Reade\'s colleagues had complained. "He was told," Qureshi said.',
    ],
    notOk: [
      'Ana Ruiz and Tomas Vidal spoke. "We will rebuild," Ruiz said.\n---\nAna Ruiz and Tomas Vidal spoke. "We will rebuild," Vidal said.',
      // the quotation finds its sentence even though the old speaker's name and title moved elsewhere
      'Nurses walked out on Tuesday.\n\n"We are walking out for them," said Denise Harlow, president of the union\'s Mercy Valley chapter.\n---\nNurses walked out on Tuesday.\n\n"We are walking out for them," said Tamara Quist, an intensive-care nurse.\n\nDenise Harlow, president of the union\'s Mercy Valley chapter, said nurses were prepared to extend the strike.',
    ],
  },
  check(context: RuleContext) {
    const versions = context.versions;
    if (!versions) return;
    const current = context.analysis;
    for (const { quote, other, where } of quotePairs(context)) {
      if (!quote.speaker || !other.speaker) continue;
      const oldEntity = versions.old.entityById.get(other.speaker);
      const newEntity = current.entityById.get(quote.speaker);
      if (sameEntity(oldEntity, newEntity) || nameVariant(oldEntity, newEntity) || renamed(context, oldEntity, newEntity) || (!oldEntity && !newEntity && other.speaker === quote.speaker)) continue;
      // against a report, both sides must name a speaker we are sure of
      if (isSource(context) && !(isSpeaker(oldEntity) && isSpeaker(newEntity))) continue;
      const oldName = speakerName(versions.old, other.speaker);
      const newName = speakerName(current, quote.speaker);
      const message = isSource(context)
        ? `Quotation in ${where} is given to ${newName}; ${versions.old.doc.path} gives the same words to ${oldName}`
        : `Quotation in ${where} is now given to ${newName}; it was ${oldName}’s`;
      context.report({ message, vars: { where, old: oldName, new: newName }, locations: changeLocations(context, quote, other), evidence: { expected: oldName, actual: newName } });
    }
  },
};

function isSpeaker(entity: { type: string } | undefined): boolean {
  return entity?.type === 'person' || entity?.type === 'org';
}
