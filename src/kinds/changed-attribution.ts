/**
 * changed-attribution — who a claim is attributed to was dropped or changed between versions ("the
 * man was armed, police said" became "the man was armed").
 *
 * Why: an attribution tells the reader whose claim it is; dropping it makes the paper assert the
 * claim itself. Not a finding: the same source named another way, an attribution added (the edit
 * note records it), quotations (quote-speaker); against a related report, "according to" left out
 * (related-hedge covers it).
 */
import type { Analysis, Word } from '../model/analysis.js';
import { BODY_KINDS, type Entity } from '../model/document.js';
import { defineKind, type OptionsOf, type OptionsSchema } from './kind.js';
import { changedPairs, changeLocations, whereNew } from './pairs.js';
import { quotesIn } from './quote-pairs.js';
import { reportsSpeech } from '../claims/attribution.js';
import { nameVariant, sameAcross, sameEntity } from '../claims/identity.js';
import type { CompiledLexicon } from '../lexicon/compile.js';
import { blockWeight, confidence, entityCertainty, minConfidence, nearVerbatim } from './confidence.js';

/** A source worth naming: a person or organisation, or a source noun ("police"), not a place or a stray capital. */
function isSource_(analysis: Analysis, speaker: string): boolean {
  const entity = analysis.entityById.get(speaker);
  if (!entity) return true;
  return entity.type === 'person' || entity.type === 'org';
}

/**
 * How surely a source is one: a typed entity by its certainty; a noun ("police", "the heirs' lawyer")
 * nearly as surely, those the lexicon knows for sources most; a capitalised word no entity was made
 * of, least.
 */
function sourceCertainty(lexicon: CompiledLexicon, analysis: Analysis, speaker: string): number {
  const entity = analysis.entityById.get(speaker);
  if (entity) return entityCertainty(entity);
  const head = speaker.split(' ').pop()!.toLowerCase();
  if (lexicon.sourceNouns.has(head) || lexicon.spokespeople.has(head) || lexicon.organisationNouns.has(head)) return 0.9;
  return /^\p{Lu}/u.test(speaker) ? 0.7 : 0.85;
}

/**
 * "The district attorney announced that …", "the company confirmed": an act made public, which the
 * paper may state as a fact, more often than a claim only its source makes.
 */
function announced(lexicon: CompiledLexicon, verb: string): boolean {
  const lower = verb.toLowerCase();
  return [lower, lower.replace(/d$/, ''), lower.replace(/ed$/, ''), lower.replace(/s$/, '')].some((form) => lexicon.announcingVerbs.has(form));
}

/**
 * "The hacker stated" → "Schwartz stated": a source told by a noun on one side and a named person on
 * the other is as often the same person named at last as another source.
 */
function nounForPerson(analysis: Analysis, speaker: string, other: Analysis, otherSpeaker: string): boolean {
  return !analysis.entityById.get(speaker) && other.entityById.get(otherSpeaker)?.type === 'person';
}

/** Sentences before a pronoun's "it said" that may name what "it" is. */
const PRONOUN_REACH = 2;

/** "Hollins said" and "the chain said" are one source: a story's noun for an organisation it has named. */
function describes(lexicon: CompiledLexicon, speaker: string, entity: Entity | undefined): boolean {
  return entity?.type === 'org' && organisationNoun(lexicon, speaker);
}

/** "the chain", "the supermarket chain": a source named by a noun for an organisation. */
function organisationNoun(lexicon: CompiledLexicon, speaker: string): boolean {
  return lexicon.organisationNouns.has(speaker.split(' ').pop()!);
}

/** "A spokesman for the airline said" then "a spokesman said", or "the airline said": a spokesperson speaks for the organisation. */
function speaksFor(lexicon: CompiledLexicon, a: string, b: string, entityA: Entity | undefined, entityB: Entity | undefined): boolean {
  const spokes = (s: string, e: Entity | undefined) => !e && lexicon.spokespeople.has(s.split(' ').pop()!);
  const organisation = (s: string, e: Entity | undefined) => e?.type === 'org' || (!e && organisationNoun(lexicon, s));
  return (spokes(a, entityA) && (organisation(b, entityB) || spokes(b, entityB))) || (spokes(b, entityB) && organisation(a, entityA));
}

/** Whether a source's name (every word of it, as a whole word) stands in sentences. */
function mentions(texts: string[], name: string): boolean {
  const words = name.toLowerCase().split(/\s+/).filter(Boolean);
  const found = new Set(texts.join(' ').toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);
  return words.length > 0 && words.every((w) => found.has(w));
}

function sourceName(analysis: Analysis, speaker: string): string {
  return analysis.entityById.get(speaker)?.name ?? speaker;
}

const OPTIONS = {
  type: 'object',
  additionalProperties: false,
  properties: {
    minRestatement: {
      type: 'number',
      minimum: 0,
      maximum: 1,
      default: 0.55,
      description: 'Against a related report only: a sentence must restate the report\'s this closely before an attribution it lacks counts; a looser match is another claim.',
    },
    minConfidence: minConfidence('A source read from a noun ("officials") or a lone capitalised word scores lower than a named person or organisation.'),
  },
} as const satisfies OptionsSchema;

export const changedAttribution = defineKind<OptionsOf<typeof OPTIONS>>({
  name: 'changed-attribution',
  scope: 'versions',
  summary: 'An attribution ("police said") dropped or given to another source between versions.',
  optionsSchema: OPTIONS,
  messages: {
    dropped: {
      template: {
        edit: 'Attribution dropped in {where}: the claim was attributed to {old} and now stands unattributed',
        source: 'Claim in {where} stands unattributed; {report} attributes it to {old}',
      },
      vars: ['where', 'old', 'report'],
    },
    changed: { template: { edit: 'Attribution changed in {where}: the claim was attributed to {old} and is now attributed to {new}' }, vars: ['where', 'old', 'new'] },
  },
  examples: [
    // a body reporting its own figures tells a result, no claim to attribute; a reported clause is one (review)
    { related: 'VANCOUVER, B.C. -- Cascadia Logistics Inc. today reported net income of $48.3 million, or $1.12 per diluted share, for the fourth quarter of 2024, compared with $40.1 million a year earlier.\n', text: 'Cascadia Logistics posted higher profits.\n\nNet income was $48.3 million, or $1.12 a share, in the fourth quarter.\n', findings: [] },
    { related: 'Police reported the man was armed with a knife when officers arrived.\n', text: 'The man was armed with a knife when officers arrived.\n', findings: ['1:1 related-attribution Claim in paragraph 1 stands unattributed; related.md attributes it to police'] },
    // a day written before the verb is no source: "today reported" (blind set BZ)
    { related: 'PITTSBURGH, Jan. 21, 2025 -- Tri-River Bancshares, Inc., the holding company for Tri-River Bank, today reported net income of $48.3 million, or $1.36 per diluted share, for the fourth quarter of 2024.\n', text: 'Tri-River Bancshares posted higher profits.\n\nNet income was $48.3 million, or $1.36 a share, in the fourth quarter of 2024.\n', findings: [] },
    // one commander's name changed, the title kept: a name changed (changed-name), not a claim given to another (blind set BY)
    { old: 'Baringo County Police Commander Julius Kiragu said the driver was among those killed.\n', text: 'Baringo County Police Commander Joseph Kirui said the driver was among those killed.\n', findings: [] },
    // "had alleged that …" still reports what its source alleged, whatever the tagger made of "alleged" (blind set AV)
    { old: 'The crew of Sea Shanty has lodged a protest alleging that Moonraker touched the mark off Quesnard Point.', text: 'The crew of Sea Shanty had alleged that Moonraker touched the mark off Quesnard Point, but the jury ruled otherwise.', findings: [] },
    // the source moved to the sentence before: carried on, not dropped; dropped where the sentence before kept its own
    {
      old: 'The district said the people who fell ill had eaten at the diner between Aug. 2 and Aug. 14. Six have been hospitalized.',
      text: 'The number of cases rose from 17 as test results came back, the district said. The people who fell ill had eaten at the diner between Aug. 2 and Aug. 14. Six have been hospitalized.',
      findings: [],
    },
    {
      old: 'Cody Aldrich, 27, was charged with arson, state police said. Aldrich had been seen carrying a gas can onto the bridge, according to a police affidavit.',
      text: 'Cody Aldrich, 27, was charged with arson, state police said. Aldrich had been seen carrying a gas can onto the bridge.',
      findings: ['1:62 changed-attribution Attribution dropped in paragraph 1: the claim was attributed to police and now stands unattributed'],
    },
    { old: 'The man was armed, police said.', text: 'The man was armed, police said on Monday.', findings: [] },
    // the report's source is the subject of the article's sentence: the claim is attributed, as news copy words it
    {
      related: '# Police statement: Body recovered from canal\n\n*Midshire Police — posted 24 February 2025*\n\nAnyone who was on the towpath between 10pm on Sunday and 7.40am on Monday is asked to contact police quoting incident 112.',
      text: 'Police have asked anyone who was on the towpath between 10pm on Sunday and 7.40am on Monday to contact them, quoting incident 112.',
      findings: [],
    },
    // a source renamed throughout is one name changed (changed-name), and a source that now does what it
    // said it would is the claim's subject, not a source dropped
    {
      old: 'The firm was sold to Kerrigan Foods. Staff can apply for roles at the Wigan plant, which Kerrigan says will create 90 jobs.\n\nThe company said it was not ruling out further redundancies.',
      text: 'The firm was sold to Halden Foods. Staff can apply for roles at the Wigan plant, which Halden says will create 90 jobs.\n\nThe company did not rule out further redundancies.',
      findings: [],
    },
    // a speaker's name respelt is a changed name (changed-name says so), not another speaker
    { old: 'Lena Ortiz, the district health officer, said the school would stay open.', text: 'Lena Ortega, the district health officer, said the school would stay open.', findings: [] },
    // what police believe is theirs, not the paper's
    { old: 'Police believe the fire was started deliberately in the early hours of Sunday.', text: 'The fire was started deliberately in the early hours of Sunday.', findings: ['1:1 changed-attribution Attribution dropped in paragraph 1: the claim was attributed to police and now stands unattributed'] },
    // (not where the sentence before names another source: "Network Rail closed the line … it said" (review))
    { old: 'Network Rail closed the line on Sunday after a landslip.\n\nReplacement buses will run until at least Wednesday, it said.', text: 'Network Rail closed the line on Sunday after a landslip.\n\nReplacement buses will run until at least Wednesday, Great Western Railway said.', findings: ['3:1 changed-attribution Attribution changed in paragraph 2: the claim was attributed to it and is now attributed to Great Western Railway'] },
    // the source named where a pronoun stood (blind set AZ)
    { old: 'The flood came from beneath the glacier, the Icelandic Meteorological Office said. There was no sign of an eruption, it said.', text: 'The flood came from beneath the glacier, the Icelandic Meteorological Office said. There was no sign of an eruption, the Icelandic Meteorological Office said.', findings: [] },
    { old: 'Hollins, the supermarket chain, will close 14 stores. Hollins said it would find other roles for staff.', text: 'Hollins, the supermarket chain, will close 14 stores. The chain said it would find other roles for staff.', findings: [] },
    { old: 'A spokesman for the airline said customers would be contacted by email.', text: 'It will lay on coaches, and a spokesman said customers would be contacted by email.', findings: [] },
    {
      old: 'Keith Dallimore, 56, the managing director of Dallimore Access Ltd, denies gross negligence manslaughter over the death of Callum Reade, who fell 14 metres.',
      text: 'Keith Dallimore, 56, is the managing director of Dallimore Access Ltd. He denies gross negligence manslaughter over the death of Callum Reade, who fell 14 metres.',
      findings: [],
    },
    { old: 'The man was armed, police said.', text: 'The man was armed.', findings: ['1:1 changed-attribution Attribution dropped in paragraph 1: the claim was attributed to police and now stands unattributed'] },
    // what is left is the reporter's aside on the buyer, not the sources' claim that it is the buyer (blind set AL)
    { old: 'Industry sources said the buyer was Arden Foods, which owns the Kelso bakery chain and bought Penrose Mills in 2021.', text: 'Arden Foods owns the Kelso bakery chain and bought Penrose Mills in 2021.', findings: [] },
    { old: 'Industry sources said the buyer was Arden Foods, which owns the Kelso bakery chain and bought Penrose Mills in 2021.', text: 'The buyer was Arden Foods, which owns the Kelso bakery chain and bought Penrose Mills in 2021.', findings: ['1:1 changed-attribution Attribution dropped in paragraph 1: the claim was attributed to sources and now stands unattributed'] },
    // "according to police" cut is an attribution dropped too, however the edit's words line up
    {
      old: 'Up to 7,000 people took to the streets of Giessen today, according to police, to protest against the rally.',
      text: 'Up to 7,000 people took to the streets of Giessen today to protest against the rally.',
      findings: ['1:1 changed-attribution Attribution dropped in paragraph 1: the claim was attributed to police and now stands unattributed'],
    },
    { old: 'The painting is worth an estimated $4 million, according to the museum.', text: "The painting is worth an estimated $4 million, according to the heirs' lawyer.", findings: ['1:1 changed-attribution Attribution changed in paragraph 1: the claim was attributed to museum and is now attributed to lawyer'] },
  ],
  check(context) {
    const versions = context.versions;
    if (!versions) return;
    const current = context.analysis;
    const source = versions.mode.name === 'source';
    const pairs = changedPairs(context);
    // article sentences that restate a report sentence with an attribution of their own, by report sentence
    const attributedRestatements = new Map<number, number[]>();
    for (const pair of pairs) {
      if (!pair.pair.new.some((j) => current.attribution.has(j))) continue;
      for (const i of pair.pair.old) attributedRestatements.set(i, [...(attributedRestatements.get(i) ?? []), ...pair.pair.new]);
    }
    for (const pair of pairs) {
      if (source && (!BODY_KINDS.has(pair.newSentences[0]!.kind) || (pair.pair.similarity ?? 0) < context.options.minRestatement)) continue;
      const beforeAt = pair.pair.old.find((i) => {
        const s = versions.old.attribution.get(i);
        return s && (!source || isSource_(versions.old, s.speaker));
      });
      const before = beforeAt === undefined ? undefined : versions.old.attribution.get(beforeAt);
      if (!before) continue;
      // a sentence carrying a quotation is attributed to its speaker
      const quoted = quotesIn(current, pair.newSentences).find((q) => q.speaker);
      const afterAt = pair.pair.new.find((j) => current.attribution.has(j));
      const after = (afterAt === undefined ? undefined : current.attribution.get(afterAt)) ?? (quoted ? { speaker: quoted.speaker!, verb: quoted.verb ?? 'said' } : undefined);
      // against a report, "according to the museum" left out is a hedge the article lost (related-hedge);
      // in an edit it is an attribution dropped like "police said" (changed-hedge leaves it to this rule)
      if (before.verb === 'according to' && !after && source) continue;
      const oldName = sourceName(versions.old, before.speaker);
      const where = whereNew(pair);
      const oldSentence = pair.oldSentences[0]!;
      const newSentence = pair.newSentences[0]!;
      // the article split the report's sentence in two and attributed the half next to this one
      const splitAttributed = source && pair.pair.old.some((i) => (attributedRestatements.get(i) ?? []).some((j) => Math.abs(j - pair.pair.new[0]!) === 1));
      if (!after && splitAttributed) continue;
      // "Hafren Water will impose a ban" for "Hafren Water said it would impose a ban": a source
      // announcing its own act is named in the claim, and the article's words are its
      const sourceEntity = versions.old.entityById.get(before.speaker);
      const namedInClaim = source && sourceEntity && pair.newContexts.some((c) => c.mentionAt.some((m) => m !== undefined && sameAcross(current.entityById.get(m.entity), sourceEntity)));
      if (!after && namedInClaim) continue;
      // "The council has already commissioned a review" for "The council said it had …": a source told by
      // a noun, named in the claim, announces its own act too (and "Police have asked anyone …" for the
      // police statement's "Anyone … is asked to contact police", where the article reads no name)
      const last = (sourceEntity ? oldName : before.speaker).split(' ').pop()!.toLowerCase();
      const nounInClaim = source && pair.newContexts.some((c) => c.words.some((w) => w.lemma === last || w.lower === last));
      if (!after && nounInClaim) continue;
      // between versions too: "The company said it was not ruling out redundancies" → "The company did
      // not rule out redundancies": the source is the subject of what it now does, not a source dropped
      const subjectIsSource = !source && pair.newContexts.some((c) => {
        const verb = c.words.findIndex((w) => w.pos === 'VERB' || w.pos === 'AUX');
        const last = before.speaker.split(' ').pop()!;
        return c.words.slice(0, verb < 0 ? 0 : verb).some((w, k) => (sourceEntity ? c.mentionAt[k] !== undefined && sameAcross(current.entityById.get(c.mentionAt[k]!.entity), sourceEntity) : w.lemma === last || w.lower === last));
      });
      if (!after && subjectIsSource) continue;
      // "Halden owns the Lyle & Stone chain" for "Industry sources said the preferred bidder was Halden,
      // which owns the Lyle & Stone chain": what is left is the reporter's aside, not the source's claim
      // (the attribution's own words, its verb and its source, are no part of either)
      const attributing = new Set([...context.lexicon.speechVerbs, ...oldName.toLowerCase().split(/\s+/), ...before.speaker.toLowerCase().split(/\s+/)]);
      if (!after && !source && pair.oldContexts.some((c) => asideOnly(c.words.filter((w) => !attributing.has(w.lemma) && !attributing.has(w.lower)), pair.newContexts))) continue;
      // "Helen Marsh, chair of Ryedale, said:" introduces the quotation that follows; the claim is there
      if (source && !after && pair.oldSentences.every((s) => /:\s*$/.test(s.text.trim()))) continue;
      // a sentence that still reports speech ("he said he felt trapped") keeps its source, however it is read
      if (!after && !source && pair.newContexts.some((c) => reportsSpeech(context.lexicon, c.words))) continue;
      // the source moved to the sentence before, in the same paragraph ("The number of cases rose …, the
      // district said. The people who fell ill had eaten …"): its attribution carries on, as news copy
      // reads; moved, not dropped, where the new version credits that source as often as the old
      const previous = pair.pair.new[0]! - 1;
      const carried = current.attribution.get(previous);
      const credits = (analysis: Analysis) => [...analysis.attribution.values()].filter((a) => sourceName(analysis, a.speaker) === oldName).length;
      if (!after && !source && carried && current.sentences[previous]?.paragraph === newSentence.paragraph && sourceName(current, carried.speaker) === oldName && credits(current) >= credits(versions.old)) continue;
      if (!after) {
        context.report({ confidence: confidence(0.85, sourceCertainty(context.lexicon, versions.old, before.speaker), blockWeight(newSentence), nearVerbatim(versions.mode, pair.pair.similarity), announced(context.lexicon, before.verb) ? 0.65 : 1), message: 'dropped', data: { where, old: oldName, report: versions.old.doc.path }, locations: changeLocations(context, newSentence, oldSentence), evidence: { expected: oldName, actual: null } });
        continue;
      }
      // another outlet may quote another official for the same fact: only a dropped attribution matters there
      if (source) continue;
      const newName = sourceName(current, after.speaker);
      const oldEntity = versions.old.entityById.get(before.speaker);
      const newEntity = current.entityById.get(after.speaker);
      // "district council" and "Eastvale District Council", "police" and "Halden police"
      const words = (name: string) => name.toLowerCase().split(/\s+/);
      const within = (a: string, b: string) => words(a).every((w) => words(b).includes(w));
      const same = sameEntity(oldEntity, newEntity) || nameVariant(oldEntity, newEntity) || within(oldName, newName) || within(newName, oldName) || describes(context.lexicon, before.speaker, newEntity) || describes(context.lexicon, after.speaker, oldEntity) || speaksFor(context.lexicon, before.speaker, after.speaker, oldEntity, newEntity);
      // the old source still named in the new sentence, or the new one in the old: the words moved
      // ("…, the laboratory said in a statement"), the reading of who speaks changed, not the source
      const newText = (afterAt === undefined ? pair.newSentences : [current.sentences[afterAt]!]).map((s) => s.text);
      // "it said" → "the Icelandic Meteorological Office said": the source named where a pronoun stood, or the
      // reverse, where the sentences before name that source or no one ("Network Rail closed the line … it said"
      // → "Great Western Railway said" is another source)
      const pronoun = (speaker: string) => /^(?:it|he|she|they|we)$/i.test(speaker);
      // (the pronoun's side: its text, the sentence it stands in, and the name the other side gives)
      const side = pronoun(before.speaker) ? { analysis: versions.old, at: beforeAt!, named: newName } : pronoun(after.speaker) ? { analysis: current, at: afterAt ?? pair.pair.new[0]!, named: oldName } : undefined;
      const nearby = side && side.analysis.sentences.slice(Math.max(0, side.at - PRONOUN_REACH), side.at + 1).map((s) => s.text);
      const anyoneNamed = side && side.analysis.entities.some((e) => (e.type === 'org' || e.type === 'person') && e.mentions.some((m) => m.form !== 'pronoun' && m.sentence < side.at && m.sentence >= side.at - PRONOUN_REACH));
      const sameSource = side !== undefined && (mentions(nearby!, side.named) || !anyoneNamed);
      if (same || sameSource || mentions(newText, oldName) || mentions([versions.old.sentences[beforeAt!]!.text], newName)) continue;
      // the edit renamed the source throughout (every "Kerrigan" is now "Halden"): one name changed,
      // which changed-name reports, not a claim given to someone else
      const renamed = oldEntity && newEntity && !current.entities.some((e) => sameAcross(e, oldEntity)) && !versions.old.entities.some((e) => sameAcross(e, newEntity));
      if (renamed) continue;
      context.report({ confidence: confidence(
          0.9,
          sourceCertainty(context.lexicon, versions.old, before.speaker),
          sourceCertainty(context.lexicon, current, after.speaker),
          nounForPerson(versions.old, before.speaker, current, after.speaker) || nounForPerson(current, after.speaker, versions.old, before.speaker) ? 0.6 : 1,
        ),
        message: 'changed', data: { where, old: oldName, new: newName }, locations: changeLocations(context, newSentence, oldSentence), evidence: { expected: oldName, actual: newName } });
    }
  },
});

/** Content words, by lemma. */
function contentLemmas(words: readonly Word[]): string[] {
  return words.filter((w) => CONTENT_POS.has(w.pos)).map((w) => w.lemma);
}

const CONTENT_POS = new Set(['NOUN', 'PROPN', 'VERB', 'ADJ', 'NUM']);

/**
 * Whether the new sentences tell what a relative clause of the old one told (", which owns …"), and
 * little of the rest: at least most of the aside's content words, less than half of the main clause's.
 */
function asideOnly(old: readonly Word[], now: readonly { words: readonly Word[] }[]): boolean {
  const open = old.findIndex((w, k) => k > 0 && old[k - 1]!.text === ',' && /^(?:which|who)$/.test(w.lower));
  if (open < 0) return false;
  const close = old.findIndex((w, k) => k > open && w.text === ',');
  const end = close < 0 ? old.length : close;
  const aside = contentLemmas(old.slice(open, end));
  // (the name the aside is about stands in both: "Arden Foods, which owns …")
  let from = open - 1;
  while (from > 0 && (old[from - 1]!.pos === 'PROPN' || old[from - 1]!.pos === 'NOUN')) from--;
  const main = contentLemmas([...old.slice(0, from), ...old.slice(end)]);
  const told = new Set(now.flatMap((c) => contentLemmas(c.words)));
  const share = (list: string[]) => list.filter((w) => told.has(w)).length / (list.length || 1);
  return aside.length >= 3 && share(aside) >= 0.7 && share(main) < 0.5;
}
