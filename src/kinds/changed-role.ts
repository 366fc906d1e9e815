/**
 * changed-role — a person's title or role changed between versions ("Finance Minister Rena Havili"
 * became "Interior Minister Rena Havili", "the CEO" became "the former CEO").
 *
 * Why: a title is a claim about a person; a change is a correction to note or a new error.
 */
import { nameVariant, sameEntity } from '../claims/identity.js';
import { placeOf } from './describe.js';
import { defineKind, type OptionsOf, type OptionsSchema, type RuleContext } from './kind.js';
import { changeData, changedPairs, changeLocations } from './pairs.js';
import { blockWeight, confidence, entityCertainty, minConfidence } from './confidence.js';
import { termKey } from '../claims/similarity.js';
import type { CompiledLexicon } from '../lexicon/compile.js';
import type { Claim, Entity } from '../model/document.js';
import type { SentenceContext } from '../model/analysis.js';
import { isPersonNoun } from '../lexicon/semantics.js';

const OPTIONS = {
  type: 'object',
  additionalProperties: false,
  properties: { minConfidence: minConfidence('A title changed in a headline, or given to someone else by a loosely matched report, scores lower.') },
} as const satisfies OptionsSchema;

export const changedRole = defineKind<OptionsOf<typeof OPTIONS>>({
  name: 'changed-role',
  scope: 'versions',
  summary: 'A person’s title or role changed between versions.',
  optionsSchema: OPTIONS,
  messages: {
    changed: { template: { edit: 'Title of {person} changed in {where}: “{old}” became “{new}”' }, vars: ['person', 'where', 'old', 'new'] },
    differs: {
      template: { source: 'Title in {where} differs from {report}: the article calls {person} “{new}”, the report “{old}”' },
      vars: ['where', 'report', 'person', 'new', 'old'],
    },
    holder: {
      template: { source: 'Title in {where} differs from {report}: the article calls {person} “{new}”, a title the report gives {holder}{theirs}' },
      vars: ['where', 'report', 'person', 'new', 'holder', 'theirs'],
    },
  },
  examples: [
    // a job told in common nouns before the name, no title of the lexicon's (blind sets CD, CE); a word for anyone is no job
    { old: 'MPI veterinarian Ngaire Foss visited the farm on 14 August.\n', text: 'MPI animal welfare inspector Ngaire Foss visited the farm on 14 August.\n', findings: ['1:5 changed-role Title of Ngaire Foss changed in paragraph 1: “veterinarian” became “animal welfare inspector”'] },
    { old: 'The referee assessor, Alhaji Bello Yusuf, said the match could not continue.\n', text: 'The match commissioner, Alhaji Bello Yusuf, said the match could not continue.\n', findings: ['1:5 changed-role Title of Alhaji Bello Yusuf changed in paragraph 1: “referee assessor” became “match commissioner”'] },
    { old: 'Paramedic Tom Reilly said the driver was trapped for an hour.\n', text: 'Firefighter Tom Reilly said the driver was trapped for an hour.\n', findings: ['1:1 changed-role Title of Tom Reilly changed in paragraph 1: “Paramedic” became “Firefighter”'] },
    { old: 'Professor Helen Achterberg will receive £320,000 a year.\n', text: 'Prof Helen Achterberg will receive £320,000 a year.\n', findings: [] },
    { old: 'Local man John Hale said the road flooded every winter.\n', text: 'Father-of-two John Hale said the road flooded every winter.\n', findings: [] },
    // a title with the body it is held at, before the name in apposition (blind set BZ); not the body's town
    { old: 'The Director of Schools Services, Mrs Modupe Akinsola, has set up a five-member panel.\n', text: 'The Permanent Secretary of the Ministry, Mrs Modupe Akinsola, has set up a five-member panel.\n', findings: ['1:5 changed-role Title of Modupe Akinsola changed in paragraph 1: “Director” became “Permanent Secretary”'] },
    { old: 'The state suspended the Principal of Oke-Ajibo High School, Ayetoro, Mr Adewale Sotunde.\n', text: 'The state suspended the Headmaster of Oke-Ajibo High School, Ayetoro, Mr Adewale Sotunde.\n', findings: [] },
    // (past the town to the name: second review)
    { old: 'The Principal of Oke-Ajibo High School, Ayetoro, Mr Adewale Sotunde, on Friday opened the new library.\n', text: 'The Vice-Principal of Oke-Ajibo High School, Ayetoro, Mr Adewale Sotunde, on Friday opened the new library.\n', findings: ['1:5 changed-role Title of Adewale Sotunde changed in paragraph 1: “Principal” became “Vice-Principal”'] },
    // "general manager" is one title, no general (blind set BZ)
    { old: '"We cannot run two shifts," said Dale Fraser, the company\'s vice-president of operations.\n', text: '"We cannot run two shifts," said Dale Fraser, the mill\'s general manager.\n', findings: ['1:58 changed-role Title of Dale Fraser changed in paragraph 1: “vice-president” became “general manager”'] },
    // a hyphenated vice-chair in an apposition (blind set BO)
    { old: 'Coun. Rachel Ambrose, the commission\'s vice-chair, moved the motion.\n', text: 'Coun. Rachel Ambrose, the commission\'s chair, moved the motion.\n', findings: ['1:40 changed-role Title of Rachel Ambrose changed in paragraph 1: “vice-chair” became “chair”'] },
    // "associate" and "assistant" make another office, as "deputy" does (blind set BU)
    { old: 'Dr. Amrita Sandhu, dean of medicine at Northshore, will oversee the campus.\n', text: 'Dr. Amrita Sandhu, associate dean of medicine at Northshore, will oversee the campus.\n', findings: ['1:20 changed-role Title of Amrita Sandhu changed in paragraph 1: “dean” became “associate dean”'] },
    // of two titles, the one changed is reported, not the one kept; a title added beside a kept one is no change (review)
    { old: '"We need these tools," said Prof. Jane Liu, dean of the faculty of medicine.\n', text: '"We need these tools," said Prof. Jane Liu, associate dean of the faculty of medicine.\n', findings: ['1:45 changed-role Title of Jane Liu changed in paragraph 1: “dean” became “associate dean”'] },
    { old: '"We need these tools," said Jane Liu, dean of the faculty of medicine.\n', text: '"We need these tools," said Prof. Jane Liu, dean of the faculty of medicine.\n', findings: [] },
    // a public health authority's officers, and a title before an honorific and the name (blind set BS)
    { related: '"Rabies is almost always fatal once symptoms appear," said Deputy Health Officer Dr. Priya Raman.', text: '"Rabies is almost always fatal once symptoms appear," said the county\'s health officer, Dr. Priya Raman.', findings: ['1:73 related-role Title in paragraph 1 differs from related.md: the article calls Priya Raman “health officer”, the report “Deputy Health Officer”'] },
    { old: 'Committee chairman Cllr Pennington said the plan was sound.\n', text: 'Committee chairman Councillor Joanne Pennington said the plan was sound.\n', findings: [] },
    // fire and rescue ranks, and a US department's second and third offices (blind sets BN, BQ)
    { old: 'Station Commander Alan Moffett said firefighters were called at 11.40pm.\n', text: 'Group Commander Alan Moffett said firefighters were called at 11.40pm.\n', findings: ['1:1 changed-role Title of Alan Moffett changed in paragraph 1: “Station Commander” became “Group Commander”'] },
    { old: 'The Senate confirmed Margaret Ellison, a former deputy secretary of defense, as ambassador.\n', text: 'The Senate confirmed Margaret Ellison, a former undersecretary of defense, as ambassador.\n', findings: ['1:42 changed-role Title of Margaret Ellison changed in paragraph 1: “former deputy secretary” became “former undersecretary”'] },
    // a title the article gives of a body it names after it is that body's, not the report's holder's (blind set BB)
    { related: "Club chairman Richard Halsall said: \"This is the most important day in the club's history.\"", text: "Dave Kenyon, chairman of the Caldermoor Supporters' Trust, welcomed the news.\n\nClub chairman Richard Halsall called it the most important day in the club's history.", findings: [] },
    { old: 'Finance Minister Rena Havili spoke.', text: 'Rena Havili, the finance minister, spoke.', findings: [] },
    { old: 'Finance Minister Rena Havili spoke.', text: 'Interior Minister Rena Havili spoke.', findings: ['1:1 changed-role Title of Rena Havili changed in paragraph 1: “Finance Minister” became “Interior Minister”'] },
    // one head noun narrowed two ways is two jobs; narrowed on one side only, the same job told fuller
    { old: 'Dr Farah Siddiqui, the trust\'s medical director, said the unit would reopen.', text: 'Dr Farah Siddiqui, the trust\'s clinical director, said the unit would reopen.', findings: ['1:32 changed-role Title of Farah Siddiqui changed in paragraph 1: “medical director” became “clinical director”'] },
    { old: 'Dr Farah Siddiqui, the trust\'s director, said the unit would reopen.', text: 'Dr Farah Siddiqui, the trust\'s medical director, said the unit would reopen.', findings: [] },
    // an adjective that makes a kind of title ("artistic director") belongs to it, as a noun does ("finance director")
    { old: "Ruth Caddick, the festival's artistic director, said the shortlist was strong.", text: "Ruth Caddick, the festival's chief executive, said the shortlist was strong.", findings: ['1:30 changed-role Title of Ruth Caddick changed in paragraph 1: “artistic director” became “chief executive”'] },
    // a word narrowing the title opens the sentence, capitalised as every first word is (blind sets AB, AW)
    { old: 'Operations manager Sian Trevithick said the railway would reopen at Easter.', text: 'General manager Sian Trevithick said the railway would reopen at Easter.', findings: ['1:1 changed-role Title of Sian Trevithick changed in paragraph 1: “Operations manager” became “General manager”'] },
    { related: 'Operations director Sian Pritchard said demand had outstripped what the hall could produce.', text: 'Finance director Sian Pritchard said demand had outstripped what the hall could produce.', findings: ['1:1 related-role Title in paragraph 1 differs from related.md: the article calls Sian Pritchard “Finance director”, the report “Operations director”'] },
    // (a word of tenure narrows no title: "Longtime director" is a director, whom "outgoing" qualifies, worth a look (review))
    { old: 'Longtime director Paula Quinn said she was delighted to hand over.', text: 'Outgoing director Paula Quinn said she was delighted to hand over.', findings: ['1:1 changed-role Title of Paula Quinn changed in paragraph 1: “director” became “Outgoing director”'] },
    { related: 'Operations director Sian Pritchard said demand had outstripped what the hall could produce.', text: 'Sian Pritchard, the director, said demand had outstripped what the hall could produce.', findings: [] },
    // a rank word before a title is part of it as written: "Deputy Fire Chief" is not "Fire Chief"
    { old: 'The leak was contained by noon, Deputy Fire Chief Dana Pruett said.', text: 'The leak was contained by noon, Fire Chief Dana Pruett said.', findings: ['1:33 changed-role Title of Dana Pruett changed in paragraph 1: “Deputy Fire Chief” became “Fire Chief”'] },
    // a rank word makes another title ("deputy"), and a number in the organisation's name ("Region 6") hides no speaker
    { related: '"This settlement requires Marrow to fix its flares," said EPA Region 6 Administrator Lucia Ferrante.', text: '"This settlement requires Marrow to fix its flares," said Lucia Ferrante, the EPA\'s deputy regional administrator.', findings: ['1:85 related-role Title in paragraph 1 differs from related.md: the article calls Lucia Ferrante “deputy regional administrator”, the report “Administrator”'] },
    { related: 'The company\'s chief executive, Tom Lane, confirmed the sale on Monday.', text: 'The company\'s chief executive, Sara Obi, confirmed the sale on Monday.', findings: ['1:15 related-role Title in paragraph 1 differs from related.md: the article calls Sara Obi “chief executive”, a title the report gives Tom Lane'] },
    // two titles overlap: "Police Chief Constable" is a chief constable of the police, no "Constable" (review)
    { related: 'West Midlands Police Chief Constable Ruth Hale said the attack on the young man was senseless.', text: 'Chief Constable Ruth Hale said the attack was senseless.', findings: [] },
    // a hospital's director of nursing is no chief operating officer (blind set AL)
    { related: 'Priya Nair, chief operating officer, said the trust had opened 20 extra beds.', text: "Priya Nair, the trust's director of nursing, said 20 extra beds had been opened.", findings: ['1:25 related-role Title in paragraph 1 differs from related.md: the article calls Priya Nair “director of nursing”, the report “chief operating officer”'] },
    { related: 'Priya Nair, chief nursing officer, said the trust had opened 20 extra beds.', text: "Priya Nair, the trust's director of nursing, said 20 extra beds had been opened.", findings: [] },
    // a title the article narrows to another body is another office
    { related: '"This is a difficult decision," said Marc Gélinas, President and Chief Executive Officer.', text: 'Local union president Dave Rioux said members were "angry but not surprised."', findings: [] },
  ],
  check(context) {
    const versions = context.versions;
    if (!versions) return;
    if (versions.mode.name === 'source') return againstReport(context);
    const current = context.analysis;
    for (const pair of changedPairs(context)) {
      const ids = (sentences: number[]) => new Set(sentences);
      const oldIds = ids(pair.pair.old);
      const newIds = ids(pair.pair.new);
      const before = versions.old.claims.filter((c) => c.kind === 'role' && oldIds.has(c.sentence));
      const after = current.claims.filter((c) => c.kind === 'role' && newIds.has(c.sentence));
      // (one title narrowed two ways is two titles: "medical director" / "clinical director")
      const same = (r: Claim, x: Claim) => r.values.role!.key === x.values.role!.key && !narrowedApart(r.values.role!.text, x.values.role!.text);
      const holder = (r: Claim) => versions.old.entityById.get(r.subjects[0]!);
      // (a title the new version keeps is no old one that changed: "Prof. Jane Liu, dean" → "Prof. Jane Liu,
      // associate dean" changed the dean, not the professor; review)
      const kept = (r: Claim) => after.some((x) => same(r, x) && sameEntity(holder(r), current.entityById.get(x.subjects[0]!)));
      for (const b of after) {
        const person = current.entityById.get(b.subjects[0]!);
        if (before.some((r) => same(r, b) && sameEntity(holder(r), person))) continue;
        const a = before.find((r) => sameEntity(holder(r), person) && !kept(r));
        if (!a) continue;
        const person_ = person?.name ?? 'the person';
        context.report({
          confidence: confidence(0.85, refines(context.lexicon, a.values.role!.text, b.values.role!.text, a.values.role!.key, b.values.role!.key) ? 0.6 : 1, blockWeight(pair.newSentences[0])),
          message: 'changed',
          data: { person: person_, ...changeData(context, pair, a.values.role!.text, b.values.role!.text) },
          locations: changeLocations(context, b.values.role!, a.values.role!),
          evidence: { expected: a.values.role!.text, actual: b.values.role!.text, ...(person ? { person: person.name } : {}) },
        });
      }
      // a job told in common nouns right before the name, no title of the lexicon's ("MPI veterinarian
      // Ngaire Foss" → "MPI animal welfare inspector Ngaire Foss", "The referee assessor, Alhaji Bello
      // Yusuf," → "The match commissioner, …"; blind sets CD, CE)
      // (a person given a title of the lexicon's on both sides is compared above)
      const titled = (claims: Claim[], analysis: typeof current, person: Entity) => claims.some((r) => sameEntity(analysis.entityById.get(r.subjects[0]!), person));
      const [was, now] = [jobsBefore(pair.oldContexts), jobsBefore(pair.newContexts)];
      for (const [person, b] of now) {
        const a = [...was].find(([other]) => sameEntity(other, person))?.[1];
        // (a word cut short is the same word: "Professor" / "Prof")
        if (!a || a.head.startsWith(b.head) || b.head.startsWith(a.head) || (titled(before, versions.old, person) && titled(after, current, person))) continue;
        const name = person.name;
        context.report({
          confidence: confidence(0.85, blockWeight(pair.newSentences[0])),
          message: 'changed',
          data: { person: name, ...changeData(context, pair, a.text, b.text) },
          locations: changeLocations(context, b, a),
          evidence: { expected: a.text, actual: b.text, person: name },
        });
      }
    }
  },
});

/** Common nouns for anyone, which say who someone is to the story, not the job they hold. */
const ANYONE = new Set(['man', 'woman', 'boy', 'girl', 'person', 'resident', 'local', 'father', 'mother', 'son', 'daughter', 'husband', 'wife', 'brother', 'sister', 'friend', 'neighbour', 'neighbor', 'victim', 'teenager', 'child', 'pensioner', 'grandmother', 'grandfather', 'partner', 'widow', 'owner']);

/**
 * The job each person fully named in the sentences is given in common nouns right before the name
 * ("veterinarian Ngaire Foss") or as the subject the name stands in apposition to ("The referee
 * assessor, Alhaji Bello Yusuf,"): the words, lower-case nouns and adjectives, and the head noun, a
 * word for a person that is no word for anyone.
 */
function jobsBefore(contexts: readonly SentenceContext[]): Map<Entity, { text: string; start: number; end: number; head: string }> {
  const out = new Map<Entity, { text: string; start: number; end: number; head: string }>();
  for (const ctx of contexts) {
    const { words, mentionAt } = ctx;
    // (lower-case, or capitalised as a sentence's first word is: "Paramedic Tom Reilly said …"; review)
    const common = (j: number) => /^\p{Ll}/u.test(words[j]!.text) || j === 0;
    for (let k = 1; k < words.length; k++) {
      const mention = mentionAt[k];
      if (!mention || mention.form !== 'full' || mentionAt[k - 1] === mention || ctx.entities.get(mention.entity)?.type !== 'person') continue;
      // ("The referee assessor, Alhaji …": the apposition's comma after "The … assessor" opening the sentence)
      let end = k - 1;
      if (words[end]!.text === ',') end--;
      const head = words[end];
      if (!head || !/^(?:NOUN|PROPN)$/.test(head.pos) || !common(end) || !isPersonNoun(head.lemma.toLowerCase()) || ANYONE.has(head.lemma.toLowerCase()) || ctx.lexicon.honorifics.has(head.lower.replace(/\.$/, '')) || head.quote >= 0) continue;
      let start = end;
      while (start > 0 && end - start < 3 && /^(?:NOUN|ADJ)$/.test(words[start - 1]!.pos) && common(start - 1) && !mentionAt[start - 1]) start--;
      if (words[end + 1]!.text === ',' && !/^(?:the|a|an)$/i.test(words[start - 1]?.text ?? '')) continue;
      out.set(ctx.entities.get(mention.entity)!, { text: words.slice(start, end + 1).map((w) => w.text).join(' '), start: words[start]!.start, end: head.end, head: head.lemma.toLowerCase() });
    }
  }
  return out;
}

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
    // (one head noun narrowed two ways is two jobs: "Finance director" / "Operations director")
    const apart = forPerson.find((c) => c.values.role!.key === key && narrowedApart(c.values.role!.text, claim.values.role!.text));
    if (!apart && forPerson.some((c) => c.values.role!.key === key)) continue;
    // the report giving the title to someone else contradicts the article when one person holds it at a
    // time ("chief executive", not "director"), or when the report gives this person another title
    // (a unique title's holder: not one the article narrows to another body, "Local union president Dave
    // Rioux", against the company's "President and Chief Executive Officer", where the report gives
    // Rioux no title of its own)
    // (and a title the article gives of a body it names after it, "Dave Kenyon, chairman of the Caldermoor
    // Supporters' Trust", against the club's "Club chairman Richard Halsall": two bodies' chairs; blind set BB)
    const ofBody = /^\s*(?:of|at)\s+(?:the\s+)?\p{Lu}/u.test(article.doc.source.slice(claim.values.role!.end, claim.values.role!.end + 40));
    const otherBody = (c: (typeof theirs)[number]) => ofBody || titleWords(claim.values.role!.text).slice(0, -1).some((w) => !titleWords(c.values.role!.text).includes(w));
    const holder = uniqueTitles.has(key) || forPerson.length > 0 ? theirs.find((c) => c.values.role!.key === key && !samePerson(c) && (forPerson.length > 0 || !otherBody(c))) : undefined;
    const group = claim.modifiers.find((m) => m.startsWith('group:'));
    const exclusive = forPerson.find((c) => group && c.modifiers.includes(group));
    const other = apart ?? (holder ? forPerson[0] ?? holder : exclusive);
    if (!other || seen.has(`${claim.subjects[0]}:${key}`)) continue;
    // "Sgt." for "Detective Sergeant": the same title told shorter agrees with the report
    if (!holder && !apart && refines(context.lexicon, claim.values.role!.text, other.values.role!.text, key, other.values.role!.key)) continue;
    seen.add(`${claim.subjects[0]}:${key}`);
    const where = placeOf(article.sentences[claim.sentence]!);
    const name = person?.name ?? 'this person';
    const theirTitle = (apart ?? forPerson[0])?.values.role!.text;
    const holderName = holder ? report.entityById.get(holder.subjects[0]!)?.name : undefined;
    const data = { where, report: report.doc.path, person: name, new: claim.values.role!.text };
    context.report({
      // another holder of a unique title is a clash only if the two are surely two people
      confidence: confidence(0.85, holder ? 0.85 : 1, entityCertainty(person), blockWeight(article.sentences[claim.sentence])),
      message: holder ? 'holder' : 'differs',
      data: holder ? { ...data, holder: holderName ?? '', theirs: theirTitle ? ` (it calls ${name} “${theirTitle}”)` : '' } : { ...data, old: theirTitle ?? '' },
      locations: changeLocations(context, claim.values.role!, other.values.role!),
      evidence: { expected: theirTitle ?? null, actual: claim.values.role!.text, person: name, ...(holderName ? { holder: holderName } : {}) },
    });
  }
}

/**
 * "medical director" / "clinical director", "creative director" / "managing director": one head noun,
 * each side narrowed by a word the other lacks. Two jobs, however the lexicon files them.
 */
function narrowedApart(a: string, b: string): boolean {
  const [wa, wb] = [titleWords(a), titleWords(b)];
  if (wa.length < 2 || wb.length < 2 || wa[wa.length - 1] !== wb[wb.length - 1]) return false;
  const [sa, sb] = [new Set(wa.map(termKey)), new Set(wb.map(termKey))];
  return [...sa].some((w) => !sb.has(w)) && [...sb].some((w) => !sa.has(w));
}

/**
 * "manager" → "Managing Director", "minister" → "foreign minister": the words of one title all stand
 * in the other, a title made exact more often than changed ("Deputy Chief Constable" → "Assistant
 * Chief Constable" is a change).
 */
function refines(lexicon: CompiledLexicon, a: string, b: string, keyA?: string, keyB?: string): boolean {
  if (narrowedApart(a, b)) return false;
  // the words the longer adds may not change the rank ("Detective Inspector" / "Detective Chief Inspector")
  // (rank words compared as the words are, stemmed: "deputy" is "deputi")
  const ranks = new Set([...lexicon.rankWords].flatMap((w) => [w, termKey(w)]));
  const within = (x: Set<string>, y: Set<string>) => {
    const [small, large] = x.size <= y.size ? [x, y] : [y, x];
    return [...small].every((s) => large.has(s)) && ![...large].some((s) => !small.has(s) && ranks.has(s));
  };
  const stems = (text: string) => new Set(titleWords(text).map(termKey));
  // the lexicon's titles by their ids: "sgt." is "sergeant", which "detective-sergeant" holds
  const parts = (key: string) => new Set(key.split('-'));
  return within(stems(a), stems(b)) || (keyA !== undefined && keyB !== undefined && within(parts(keyA), parts(keyB)));
}

/** A title's words as written, lower-cased, without punctuation ("Det. Sgt." → det, sgt). */
function titleWords(text: string): string[] {
  return text.toLowerCase().split(/[^\p{L}]+/u).filter(Boolean);
}
