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
import type { Entity, Quote } from '../model/document.js';
import { nameVariant, sameEntity } from '../claims/identity.js';
import { defineKind, type OptionsOf, type OptionsSchema } from './kind.js';
import { changeLocations, renamed } from './pairs.js';
import { QUOTE_PAIRING_OPTIONS, quotePairs } from './quote-pairs.js';
import { confidence, entityCertainty, minConfidence } from './confidence.js';

function speakerName(analysis: Analysis, speaker: string): string {
  return analysis.entityById.get(speaker)?.name ?? speaker;
}

const OPTIONS = {
  type: 'object',
  additionalProperties: false,
  properties: {
    ...QUOTE_PAIRING_OPTIONS,
    minConfidence: minConfidence('Both speakers named in full make the surest finding; a speaker read from a lone capitalised word scores lower.'),
  },
} as const satisfies OptionsSchema;

export const quoteSpeaker = defineKind<OptionsOf<typeof OPTIONS>>({
  name: 'quote-speaker',
  scope: 'versions',
  summary: 'A quotation given to a different speaker between versions.',
  optionsSchema: OPTIONS,
  messages: {
    speaker: {
      template: { edit: 'Quotation in {where} is now given to {new}; it was {old}’s', source: 'Quotation in {where} is given to {new}; {report} gives the same words to {old}' },
      vars: ['where', 'new', 'old', 'report'],
    },
  },
  examples: [
    // (not where that sentence calls its subject "he": review)
    { old: '# Market traders angry over rent rise\n\nTraders at Melbourne\'s Preston Market say a planned 20 per cent rent increase will force some of them out of business.\n\nMs Karen Liu, a spokeswoman for the market\'s owners, said the rise reflected rising maintenance costs.\n\n"Half of us won\'t be here by Christmas," said Chidi Okonkwo, who has run a fruit stall at the market for 15 years.\n\nOkonkwo said he had already cut his opening hours.\n', text: '# Market traders angry over rent rise\n\nTraders at Melbourne\'s Preston Market say a planned 20 per cent rent increase will force some of them out of business.\n\nMs Karen Liu, a spokeswoman for the market\'s owners, said the rise reflected rising maintenance costs.\n\nChidi Okonkwo, who has run a fruit stall at the market for 15 years, said he had already cut his opening hours. "Half of us won\'t be here by Christmas," she said.\n', findings: ['7:114 quote-speaker Quotation in paragraph 3 is now given to Karen Liu; it was Chidi Okonkwo’s'] },
    // '…," she said' after a sentence about someone whose gender the copy does not say is that person's, not
    // the one of that gender named before (blind set BS)
    { old: 'The judges praised the gallery.\n\nDirector Ngozi Okafor said the prize money would fund residencies.\n\n"We wanted to make a gallery that belongs to the town," she said.\n\nChair of the judges, the broadcaster Helen Mirrlees, said: "Wetherfield has shown that a small gallery can be ambitious."\n', text: 'The judges praised the gallery.\n\nChair of the judges, the broadcaster Helen Mirrlees, said: "Wetherfield has shown that a small gallery can be ambitious."\n\nDirector Ngozi Okafor said the prize money would fund residencies.\n\n"We wanted to build a gallery that belongs to everyone," she said.\n', findings: [] },
    // a Welsh given name opens a person's name though a long capitalised title stands between it and "said" (review)
    { text: 'A kayaker was rescued off Porthcawl on Sunday.\n\nLifeboat helm Gareth Price said: "He was extremely lucky. Without a lifejacket he would not have survived."\n', related: 'A kayaker was found off Porthcawl on Sunday.\n\nSian Hughes, Senior Coastal Operations Officer for HM Coastguard, said: "He was extremely lucky. Without a lifejacket he would not have survived."\n', findings: ['3:35 misattributed-quote Quotation in paragraph 2 is given to Gareth Price; related.md gives the same words to Sian Hughes'] },
    // two people, one's given name the other's family name, are two speakers: no misread name (review)
    { related: "GMB wins recognition ballot at Northgate Leicester\n\nGMB members at the Northgate distribution centre in Leicester have voted for union recognition, with 401 of the 612 workers balloted voting in favour.\n\n“This is a day that a lot of people here thought would never come,” said Cole Anderson, GMB regional organiser.\n\nAnne Cole, a picker at the site, said colleagues were celebrating.\n\nThe union will now seek talks with management on shift patterns and breaks.\n", text: "# Warehouse workers vote to join union\n\nWorkers at the Northgate distribution centre in Leicester have voted to join the GMB union, in the first successful recognition ballot at the site.\n\nOf the 612 workers balloted, 401 voted in favour, the union said.\n\n“This is a day that a lot of people here thought would never come,” said Anne Cole, a picker who has worked at the site for nine years.\n\nCole Anderson, the GMB's regional organiser, said the union would now seek talks over shift patterns and break times.\n\nNorthgate said it respected the result.\n", findings: ['7:2 misattributed-quote Quotation in paragraph 3 is given to Anne Cole; related.md gives the same words to Cole Anderson'] },
    // a press release's headline run into one name ("Delaney Sues Henderson Solar Company …") shares the
    // speaker's family name: the speakers are not resolved and differ (blind set BA)
    {
      related: "# OFFICE OF THE NEVADA ATTORNEY GENERAL\n## NEWS RELEASE — FOR IMMEDIATE RELEASE\n### September 9, 2025\n\n**Attorney General Delaney Sues Henderson Solar Company Over Deceptive Door-to-Door Sales**\n\nCARSON CITY, Nev. — Nevada Attorney General Marcus Delaney today filed a lawsuit in Clark County District Court against Sunvale Energy LLC, a Henderson-based residential solar installer, and its owner, Brett Kimura, alleging violations of the Nevada Deceptive Trade Practices Act.\n\nThe complaint alleges that Sunvale's door-to-door sales representatives told homeowners that rooftop solar systems would eliminate their monthly NV Energy bills, misrepresented the federal tax credit as a cash rebate that would be paid directly to the homeowner, and in some cases had customers sign financing agreements on a tablet without showing them the loan terms. Many customers allegedly signed 25-year loans at interest rates above 9%.\n\nThe Office of the Attorney General has received more than 1,300 complaints about Sunvale since 2022, most from homeowners in Clark County, with others from Washoe, Nye and Elko counties. The complaint identifies 214 consumers by name.\n\n\"Nevadans were promised free power and a check from the government. What many of them got was a second mortgage on their roof,\" said Attorney General Delaney. \"Solar can be a good investment for a family, but only if the family is told the truth about what it costs.\"",
      text: "Nevada Attorney General Marcus Delaney sued Sunvale Energy on Tuesday.\n\n\"Nevadans were promised free power and a check from the government. What many of them got was a second mortgage on their roof,\" Delaney said in a statement.",
      findings: [],
    },
    { old: '"We will rebuild," Mayor Ana Ruiz said.', text: '"We will rebuild," said Ruiz, the mayor.', findings: [] },
    // the speaker renamed throughout is changed-name's finding
    { old: '"It is the right site," said Councillor Bernadette Oyelaran.', text: '"It is the right site," said Councillor Bernadette Oyelowo.', findings: [] },
    // "she" is the unnamed mother, not the official named before her
    {
      old: '"We will follow the evidence," said Helen Dacre.\n\nThe boy\'s mother, who asked not to be named, said she learnt of it from the hospital. "He went in with a scraped knee," she told the Echo.',
      text: '"We will follow the evidence," said Rachel Amadi.\n\nThe boy\'s mother, who asked not to be named, said she learnt of it from the hospital. "He went in with a scraped knee," she told the Echo.',
      findings: [],
    },
    {
      old: 'Nadia Qureshi told the jury that two of Reade\'s colleagues had complained. "He was told," she said.',
      text: 'Nadia Qureshi told the jury that two of Reade\'s colleagues had complained. "He was told," Qureshi said.',
      findings: [],
    },
    { old: 'Ana Ruiz and Tomas Vidal spoke. "We will rebuild," Ruiz said.', text: 'Ana Ruiz and Tomas Vidal spoke. "We will rebuild," Vidal said.', findings: ['1:34 quote-speaker Quotation in paragraph 1 is now given to Tomas Vidal; it was Ana Ruiz’s'] },
    // the speaker before an apposition that names her employer ("Director of the Ashcombe Gallery")
    {
      related: 'Helen Marchetti, Director of the Ashcombe Gallery, said: "For a gallery of our size, this is a once-in-a-generation acquisition."\n\nDr Samuel Achterberg, Curator of Dutch Art, said: "The handling of the face is much closer to the early 1630s."',
      text: '"For a gallery of our size, this is a once-in-a-generation acquisition," Dr Achterberg said.',
      findings: ['1:2 misattributed-quote Quotation in paragraph 1 is given to Achterberg; related.md gives the same words to Helen Marchetti'],
    },
    // a name before a title is whom the speaker speaks for ("said Rovers manager Steve Bryce"), and a
    // quotation broken by its attribution is told once
    {
      related: '"We showed real character tonight. Getting pegged back like that would have finished us last season," said captain Callum Reid.',
      text: 'Lochmaben Rovers won 2-1.\n\n"We showed real character tonight," said Rovers manager Steve Bryce. "Getting pegged back like that would have finished us last season."',
      findings: ['3:2 misattributed-quote Quotation in paragraph 2 is given to Steve Bryce; related.md gives the same words to Callum Reid'],
    },
    // British ranks written short ("Det Supt Alan Bright") name a person; "she said" carries the chief constable's words on (review)
    {
      related: 'Chief Constable Ruth Hale said the stabbing was "a senseless attack on a young man". Det Supt Alan Bright, leading the inquiry, said: "We will not rest until those responsible are found."',
      text: 'Chief Constable Ruth Hale said: "This was a senseless attack on a young man."\n\n"We will not rest until those responsible are found," she said.',
      findings: ['3:2 misattributed-quote Quotation in paragraph 2 is given to Ruth Hale; related.md gives the same words to Alan Bright'],
    },
    // the quotation finds its sentence even though the old speaker's name and title moved elsewhere
    {
      old: 'Nurses walked out on Tuesday.\n\n"We are walking out for them," said Denise Harlow, president of the union\'s Mercy Valley chapter.',
      text: 'Nurses walked out on Tuesday.\n\n"We are walking out for them," said Tamara Quist, an intensive-care nurse.\n\nDenise Harlow, president of the union\'s Mercy Valley chapter, said nurses were prepared to extend the strike.',
      findings: ['3:2 quote-speaker Quotation in paragraph 2 is now given to Tamara Quist; it was Denise Harlow’s'],
    },
    // a name after "to" is a person's where a noun for one follows it with no article ("Bethan Lloyd,
    // observing coordinator of …"), not a place's (blind set AT)
    {
      old: 'Owain Pritchard found the comet on 1 October.\n\nHe emailed the images to Bethan Lloyd, observing coordinator of the Cambrian Astronomical Society.\n\n"I checked the frames three times before I believed it," Pritchard said.\n',
      text: 'Owain Pritchard found the comet on 1 October.\n\nHe emailed the images to Bethan Lloyd, observing coordinator of the Cambrian Astronomical Society.\n\n"I checked the frames three times before I believed it," Lloyd said.\n',
      findings: ['5:2 quote-speaker Quotation in paragraph 3 is now given to Bethan Lloyd; it was Owain Pritchard’s'],
    },
  ],
  check(context) {
    const versions = context.versions;
    if (!versions) return;
    const current = context.analysis;
    // a quotation broken by its attribution ('"…," said Bryce. "…"') is one quotation: told once per
    // paragraph and pair of speakers
    const told = new Set<string>();
    for (const { quote, other, where } of quotePairs(context, context.options)) {
      if (!quote.speaker || !other.speaker) continue;
      const oldEntity = versions.old.entityById.get(other.speaker);
      const newEntity = current.entityById.get(quote.speaker);
      if (sameEntity(oldEntity, newEntity) || nameVariant(oldEntity, newEntity) || renamed(context, oldEntity, newEntity) || misread(oldEntity, newEntity)) continue;
      // both sides must name a speaker we are sure of: a person or organisation, not a noun ("officials")
      if (!isSpeaker(oldEntity) || !isSpeaker(newEntity)) continue;
      // the speaker read for one side still named in the other's quotation sentence ("Abbott told
      // Wikinews: …" for "Abbott said: …"): the reading of who speaks changed, not the speaker
      if (namedWith(current, quote, oldEntity) || namedWith(versions.old, other, newEntity)) continue;
      const oldName = speakerName(versions.old, other.speaker);
      const newName = speakerName(current, quote.speaker);
      // a speaker named where the quotation stands, or in the sentence just before it ("The MP, Owen
      // Pritchard, said … 'This is …,' he said."), is resolved; one read from further away is a guess
      const named = namedOrCarried(current, quote, newEntity) && namedOrCarried(versions.old, other, oldEntity);
      const block = current.sentences[current.tokens[quote.tokenStart]?.sentence ?? 0]?.block;
      const key = `${block}\0${quote.speaker}\0${other.speaker}`;
      if (told.has(key)) continue;
      told.add(key);
      context.report({
        confidence: confidence(0.95, entityCertainty(oldEntity), entityCertainty(newEntity), named ? 1 : 0.6),
        message: 'speaker',
        data: { where, old: oldName, new: newName, report: versions.old.doc.path },
        locations: changeLocations(context, quote, other),
        evidence: { expected: oldName, actual: newName },
      });
    }
  },
});

/**
 * Whether an entity (of the other text) is named, as someone who could be speaking, in the sentences
 * that hold a quotation: not in a possessive or before a noun it qualifies ("the Haskell campaign").
 */
function namedWith(analysis: Analysis, quote: Quote, entity: Entity, before = 0): boolean {
  const opening = analysis.tokens[quote.tokenStart]?.sentence ?? -1;
  // the sentences before it in its paragraph, as far back as asked
  let first = opening;
  while (first > 0 && opening - first < before && analysis.sentences[first - 1]!.block === analysis.sentences[opening]!.block) first--;
  const last = analysis.tokens[quote.tokenEnd - 1]?.sentence ?? -1;
  return analysis.mentions.some(
    (m) =>
      m.sentence >= first &&
      m.sentence <= last &&
      m.form !== 'pronoun' &&
      !m.possessive &&
      analysis.tokens[m.tokenEnd]?.pos !== 'NOUN' &&
      sameEntity(analysis.entityById.get(m.entity), entity),
  );
}

/**
 * Named with the quotation or carried on from the paragraph before, whose quotation the same
 * speaker is named with ('"…," said Laura Beaulieu.' then '"…," she said.'): news copy's way of
 * running one speaker's words over paragraphs.
 */
function namedOrCarried(analysis: Analysis, quote: Quote, entity: Entity): boolean {
  if (namedWith(analysis, quote, entity, 1)) return true;
  // (not where the quotation's own paragraph names another person first: "he" may be him)
  const another = analysis.mentions.some((m) => m.start < quote.start && analysis.sentences[m.sentence]?.block === quote.block && m.entity !== quote.speaker && analysis.entityById.get(m.entity)?.type === 'person');
  return !another && analysis.quotes.some((q) => q.block === quote.block - 1 && q.speaker === quote.speaker && namedWith(analysis, q, entity, 1));
}

/** The most words a person's name runs to ("Maria de los Angeles Ruiz" is five: rare). */
const MAX_NAME_WORDS = 4;

/**
 * Two names that share a word standing in another place in each ("Marcus Delaney" and "Delaney Sues
 * Henderson Solar Company", a press release's headline run into one name, longer than any person's):
 * one of them is misread, so the speakers are not resolved and differ. Two people who share a family
 * name ("Anne Cole", "Tom Cole"), or one's given name the other's family name ("Rhys Thomas", "Paul
 * Rhys"), stay two speakers.
 */
function misread(a: Entity | undefined, b: Entity | undefined): boolean {
  if (!a || !b) return false;
  const [x, y] = [a.name.toLowerCase().split(/\s+/), b.name.toLowerCase().split(/\s+/)];
  // (only where one of them is longer than a person's name runs: "Anne Cole" and "Cole Anderson", "Rhys
  // Thomas" and "Paul Rhys" are two people; review)
  if (Math.max(x.length, y.length) <= MAX_NAME_WORDS) return false;
  return x.some((w, i) => w.length > 3 && y.includes(w) && (i !== x.length - 1 || y.indexOf(w) !== y.length - 1));
}

function isSpeaker(entity: { type: string } | undefined): entity is Entity {
  return entity?.type === 'person' || entity?.type === 'org';
}
