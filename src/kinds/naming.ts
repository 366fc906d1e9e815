/**
 * naming — one person named two ways on later reference.
 *
 * What: a given name used as if it were the family name ("Zhengfei" for Ren Zhengfei, whose family
 * name Ren comes first; "Maria" for Maria Okafor when the story calls her "Okafor" elsewhere); a
 * later reference that mixes honorific and bare forms ("Mr. Ren" and "Ren"); a name spelled two ways
 * ("Golodryga" and "Golodriga"), or half of a double-barrelled one ("Morgan" for Rhys-Morgan).
 * Why: news style refers to people by family name after the first mention. A reader meeting
 * "Zhengfei" after "Ren" may take them for two people, and a misspelt name is an error of fact.
 * Not a finding: names inside quotation marks (a speaker's words are not restyled); given names
 * when two people in the story share the family name (the Smiths); the full name repeated.
 * The odd form is the first location; where the article's usual form stands follows.
 */
import type { Analysis } from '../model/analysis.js';
import type { Entity, Mention } from '../model/document.js';
import type { RuleContext, RuleKind } from './kind.js';
import { placeOf } from './describe.js';
import { distance } from '../claims/identity.js';

type Check = 'given-name' | 'honorific' | 'spelling';

interface Options {
  checks?: Check[];
  /** Largest edit distance between two spellings of one name. */
  maxDistance?: number;
}

export const naming: RuleKind = {
  name: 'naming',
  scope: 'article',
  summary: 'One person named two ways on later reference: given name as surname, mixed honorifics, two spellings.',
  message: '{message}',
  optionsSchema: {
    type: 'object',
    additionalProperties: false,
    properties: {
      checks: { type: 'array', items: { enum: ['given-name', 'honorific', 'spelling'] }, uniqueItems: true },
      maxDistance: { type: 'integer', minimum: 1, maximum: 3 },
    },
  },
  examples: {
    ok: [
      'Maria Okafor opened the clinic in 2019.\n\nOkafor said the clinic would stay open.',
      'John Smith and his wife, Mary Smith, run the farm.\n\nMary said the harvest was late.',
      'Democrat Nadia Haskell won the seat on Tuesday.\n\nHaskell thanked her voters.',
    ],
    notOk: [
      'Xi Jinping arrived in Lima on Monday.\n\nXi met the president on Tuesday.\n\nJinping said the talks went well.',
      'Its director of public health, Dr Aled Rhys-Morgan, spoke on Monday.\n\nDr Rhys-Morgan said cases were rising.\n\nThe first case was a child, Dr Morgan said.',
    ],
  },
  check(context: RuleContext) {
    const options = context.rule.options as Options;
    const checks = new Set(options.checks ?? ['given-name', 'honorific', 'spelling']);
    const { analysis } = context;
    const people = analysis.entities.filter((e) => e.type === 'person');
    const usable = (m: Mention) => !m.inQuote && m.form !== 'pronoun' && analysis.sentences[m.sentence]!.kind !== 'related';
    if (checks.has('given-name')) for (const person of people) givenNames(context, person, people, usable);
    if (checks.has('honorific')) for (const person of people) honorifics(context, person, usable);
    if (checks.has('spelling')) {
      spellings(context, people, usable, options.maxDistance ?? 2);
      halfNames(context, people, usable);
    }
  },
};

function where(analysis: Analysis, mention: Mention): string {
  return placeOf(analysis.sentences[mention.sentence]!);
}

function givenNames(context: RuleContext, person: Entity, people: Entity[], usable: (m: Mention) => boolean): void {
  const { analysis } = context;
  if (!person.surname || !person.given) return;
  const mentions = person.mentions.filter(usable);
  const given = mentions.filter((m) => m.form === 'given');
  if (given.length === 0) return;
  // family members share a surname: given names tell them apart
  const surnameShared = people.some((other) => other !== person && (other.surname === person.surname || other.name.split(' ').includes(person.surname!)));
  if (surnameShared) return;
  const bySurname = mentions.filter((m) => m.form === 'surname' || m.form === 'honorific');
  if (bySurname.length === 0 && !person.surnameFirst) return;
  const full = mentions.find((m) => m.form === 'full');
  for (const mention of given) {
    const reference = bySurname[0];
    const order = person.surnameFirst ? ` (the family name, ${person.surname}, comes first)` : '';
    const asIn = reference ? `, as in ${where(analysis, reference)}` : '';
    const message = `“${mention.text}” is ${person.name}'s given name${order}: later references use “${person.surname}”${asIn}`;
    const locations = [{ start: mention.start, end: mention.end, role: 'given-name' }];
    if (full) locations.push({ start: full.start, end: full.end, role: 'full-name' });
    if (reference) locations.push({ start: reference.start, end: reference.end, role: 'surname' });
    context.report({ message, vars: { message }, locations, evidence: { expected: person.surname, actual: mention.text, person: person.name } });
  }
}

/** "Mr. Ren" in one paragraph, "Ren" in the next: the form used less often is flagged. */
function honorifics(context: RuleContext, person: Entity, usable: (m: Mention) => boolean): void {
  const { analysis } = context;
  const later = person.mentions.filter((m) => usable(m) && (m.form === 'surname' || m.form === 'honorific'));
  const withTitle = later.filter((m) => m.form === 'honorific');
  const bare = later.filter((m) => m.form === 'surname');
  if (withTitle.length === 0 || bare.length === 0) return;
  const [minority, majority] = withTitle.length < bare.length ? [withTitle, bare] : [bare, withTitle];
  const usual = majority[0]!;
  const usualForm = usual.form === 'honorific' ? `${usual.honorific} ${person.surname}` : person.surname!;
  for (const mention of minority) {
    const form = mention.form === 'honorific' ? `${mention.honorific} ${mention.text}` : mention.text;
    const message = `${person.name} is “${form}” here but “${usualForm}” elsewhere (${where(analysis, usual)}): use one form`;
    context.report({
      message,
      vars: { message },
      locations: [
        { start: mention.outerStart ?? mention.start, end: mention.end, role: 'minority-form' },
        { start: usual.outerStart ?? usual.start, end: usual.end, role: 'usual-form' },
      ],
      evidence: { expected: usualForm, actual: form },
    });
  }
}

/** Two spellings of one name: entities whose names differ by a letter or two, the rarer spelling flagged. */
function spellings(context: RuleContext, people: Entity[], usable: (m: Mention) => boolean, maxDistance: number): void {
  const { analysis } = context;
  const surnameOf = (e: Entity) => e.surname ?? (e.name.includes(' ') ? undefined : e.name);
  for (let i = 0; i < people.length; i++) {
    for (let j = 0; j < people.length; j++) {
      if (i === j) continue;
      const a = people[i]!;
      const b = people[j]!;
      const sa = surnameOf(a);
      const sb = surnameOf(b);
      if (!sa || !sb || sa === sb || sa.length < 5 || sb.length < 5) continue;
      if (a.given && b.given && a.given !== b.given) continue;
      if (distance(sa.toLowerCase(), sb.toLowerCase()) > Math.min(maxDistance, Math.floor(Math.min(sa.length, sb.length) / 4))) continue;
      const ma = a.mentions.filter(usable);
      const mb = b.mentions.filter(usable);
      // b is the rarer spelling (ties: the later one)
      if (mb.length > ma.length || (mb.length === ma.length && (mb[0]?.start ?? 0) < (ma[0]?.start ?? 0))) continue;
      if (ma.length === 0 || mb.length === 0) continue;
      for (const mention of mb) {
        const message = `“${mention.text}” is spelt “${sa}” elsewhere (${where(analysis, ma[0]!)}): check the spelling of ${a.name}`;
        context.report({
          message,
          vars: { message },
          locations: [
            { start: mention.start, end: mention.end, role: 'variant' },
            { start: ma[0]!.start, end: ma[0]!.end, role: 'usual-spelling' },
          ],
          evidence: { expected: sa, actual: sb },
        });
      }
    }
  }
}

/**
 * Half of a double-barrelled family name on later reference ("Dr Morgan" for Dr Aled Rhys-Morgan,
 * who is "Dr Rhys-Morgan" elsewhere): the story seems to name another person. Not when someone of
 * that shorter name is named in full.
 */
function halfNames(context: RuleContext, people: Entity[], usable: (m: Mention) => boolean): void {
  const { analysis } = context;
  for (const person of people) {
    const parts = person.surname?.split('-') ?? [];
    if (parts.length !== 2 || parts.some((p) => p.length < 3)) continue;
    const full = person.mentions.filter(usable)[0];
    if (!full) continue;
    for (const other of people) {
      if (other === person || other.name.includes(' ') || !parts.includes(other.name)) continue;
      if (people.some((p) => p !== other && p !== person && p.surname === other.name)) continue;
      for (const mention of other.mentions.filter(usable)) {
        const form = mention.honorific ? `${mention.honorific} ${mention.text}` : mention.text;
        const message = `“${form}” is half of ${person.name}'s family name: later references use “${person.surname}”, as in ${where(analysis, full)}`;
        context.report({
          message,
          vars: { message },
          locations: [
            { start: mention.outerStart ?? mention.start, end: mention.end, role: 'variant' },
            { start: full.start, end: full.end, role: 'full-name' },
          ],
          evidence: { expected: person.surname, actual: mention.text },
        });
      }
    }
  }
}

