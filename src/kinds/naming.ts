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
import type { BlockKind, Entity, Mention } from '../model/document.js';
import { defineKind, type OptionsOf, type OptionsSchema, type RuleContext } from './kind.js';
import { placeOf } from './describe.js';
import { distance, plainName } from '../claims/identity.js';
import { dictionaryWord, knownWord } from '../lexicon/semantics.js';
import { termKey } from '../claims/similarity.js';
import { confidence, entityCertainty, minConfidence } from './confidence.js';
import { pushTo } from '../base/arrays.js';
import { escapeRegExp } from '../base/regexp.js';

/** Blocks that follow a style of their own. */
const FURNITURE: ReadonlySet<BlockKind> = new Set(['related', 'note', 'byline', 'credit', 'dateline', 'kicker']);

/** Prepositions a place's name follows: a word after one is a place's name, not a person's misspelt. */
const PLACE_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'at', 'from', 'near', 'into', 'across']);

/** Nouns before "of" and a place's name: "the people of Ellerby", "the village of Ellerby". */
const PLACE_OF: ReadonlySet<string> = new Set(['people', 'residents', 'village', 'town', 'city', 'county', 'parish', 'borough', 'district', 'outskirts', 'centre', 'center', 'streets', 'suburbs']);

/** Words before "for" and a seat's name: "candidate for Lewes", "MP for Lewes". */
const SEAT_WORDS: ReadonlySet<string> = new Set(['candidate', 'mp', 'member', 'seat', 'standing', 'stand']);

const OPTIONS = {
  type: 'object',
  additionalProperties: false,
  properties: {
    checks: {
      type: 'array',
      items: { enum: ['given-name', 'honorific', 'spelling'] },
      uniqueItems: true,
      default: ['given-name', 'honorific', 'spelling'],
      description: 'A given name used as the family name, mixed honorific and bare forms, and two spellings of one name.',
    },
    maxDistance: { type: 'integer', minimum: 1, maximum: 3, default: 2, description: 'Largest edit distance between two spellings of one name (and at most a quarter of its length).' },
    minSpellingLength: { type: 'integer', minimum: 1, default: 5, description: 'Names shorter than this are not compared for spelling: "Lee" and "Lea" are two people as often as one.' },
    minConfidence: minConfidence('A mix of "Mr Ren" and "Ren" is common in published copy and scores 0.55 (worth a look); a given name for the family name, a name spelt two ways in full, half a double-barrelled name score higher.'),
    minHalfLength: { type: 'integer', minimum: 1, default: 3, description: 'Each half of a double-barrelled name must be this long to be taken for the whole ("Rhys-Morgan" and "Morgan").' },
  },
} as const satisfies OptionsSchema;

type Options = OptionsOf<typeof OPTIONS>;

export const naming = defineKind<Options>({
  name: 'naming',
  scope: 'article',
  summary: 'One person named two ways on later reference: given name as surname, mixed honorifics, two spellings.',
  optionsSchema: OPTIONS,
  messages: {
    'given-name': { template: '“{name}” is {person}\'s given name{order}: later references use “{surname}”{asIn}', vars: ['name', 'person', 'order', 'surname', 'asIn'] },
    honorific: { template: '{person} is “{form}” here but “{usual}” elsewhere ({where}): use one form', vars: ['person', 'form', 'usual', 'where'] },
    spelling: { template: '“{name}” is spelt “{usual}” elsewhere ({where}): check the spelling of {person}', vars: ['name', 'usual', 'where', 'person'] },
    'half-name': { template: '“{name}” is half of {person}\'s family name: later references use “{surname}”, as in {where}', vars: ['name', 'person', 'surname', 'where'] },
  },
  examples: [
    // half a double-barrelled name read as a source's ("According to Adeyemi"), and told once however many of the family share it (blind sets CE, CA)
    { text: 'Mr Kayode Adeyemi-Lawal, the LASEMA director, said the fire was out by 9pm.\n\nThe agency evacuated 43 residents.\n\nAccording to Adeyemi, dozens of people had gathered to scoop fuel.\n', findings: ['5:14 name-form “Adeyemi” is half of Kayode Adeyemi-Lawal\'s family name: later references use “Adeyemi-Lawal”, as in paragraph 1'] },
    // a long vowel romanised two ways is one name misspelt (blind sets BP and CA)
    { text: 'Customs officers arrested Mohammed Shafeeq, 34, a native of Bhatkal.\n\nThe gold was hidden in his luggage.\n\nShafiq told officers he had been paid to carry it.\n', findings: ['5:1 name-form “Shafiq” is spelt “Shafeeq” elsewhere (paragraph 1): check the spelling of Mohammed Shafeeq'] },
    // a lone "McGuire" the copy does not type is the goalkeeper "Maguire" misspelt (blind set BT)
    { text: 'Waterford goalkeeper Sorcha Maguire could only parry the shot.\n\nMcGuire was Waterford\'s best player.\n', findings: ['3:1 name-form “McGuire” is spelt “Maguire” elsewhere (paragraph 1): check the spelling of Sorcha Maguire'] },
    // a person whose family name is a word for a body, told as a person (an age, a label): still a person (review)
    { text: "# Miner's family calls for inquiry\n\nThe family of a miner killed at Kellingley colliery has called for a public inquiry.\n\nPaul Gold, 54, died when a roof collapsed in the mine in 2015.\n\nThe coroner recorded a verdict of accidental death.\n\nPaul Gould had worked at the colliery for 30 years.\n", findings: ['9:1 name-form “Paul Gould” is spelt “Gold” elsewhere (paragraph 2): check the spelling of Paul Gold'] },
    { text: "# Gold wins unfair dismissal claim\n\nA jeweller sacked after 30 years has won his claim for unfair dismissal.\n\nPaul Gold, 61, worked at Harrison's Jewellers in Chester until he was dismissed in May.\n\nPaul told the tribunal he had been given no warning.\n\nThe tribunal awarded him £18,000.\n", findings: ['7:1 name-form “Paul” is Paul Gold\'s given name: later references use “Gold”, as in the headline'] },
    // a city's fire service names no one called Columbus (blind set BG)
    { text: "Forty-one people lost their homes early Sunday when a fire tore through a building at the Briarwood Commons complex, Columbus fire officials said.\n\nFire officials put the damage at $1.63 million.\n\nThe management company said it was working to find vacant apartments for tenants in its other Columbus properties.\n\nColumbus Fire urged residents to use deep, sturdy ashtrays.\n", findings: [] },
    // a miner named for its metal and a club for its nickname name no one (blind sets BC, BD)
    { text: "# Copper climbs as strike spreads at Chilean mines\n\nCopper prices jumped to a three-month high on Tuesday.\n\nWorkers at Andina Copper's La Quebrada mine walked off the job on Tuesday. The union is seeking a 6% pay rise; Andina has offered 3.5%.\n\nAndina said in a statement that it had activated contingency plans.\n", findings: [] },
    { text: "# Raiders forward banned for head check\n\nThe WHL has suspended Moose Jaw Warriors forward Cole Dumont for five games for a check to the head in Saturday's game against the Prince Albert Raiders.\n\nDumont was given a match penalty.\n\nThe Warriors and Raiders meet again Dec. 6 in Prince Albert.\n", findings: [] },
    // a bare surname in a team sheet is another player, not the manager's name misspelt (blind set BE)
    { text: "Brayfield manager Steve Ingham said the penalty had changed the game.\n\nIngham said his side had deserved a point.\n\n**Brayfield United:** Liam Walsh; Kerr, Stokes, Hale, Ingram; Okafor, Doherty, Price; Fielding, Moss, Carver.\n", findings: [] },
    // a bare surname a letter off a person's, though news makes it a frequent word (WordNet has it in no form)
    { text: 'Lieutenant Governor David Paterson will become governor.\n\nThe state faces a deficit.\n\nPatterson, also a Clinton supporter, is expected to take his place.\n', findings: ['5:1 name-form “Patterson” is spelt “Paterson” elsewhere (paragraph 1): check the spelling of David Paterson'] },
    // (nor a place's name the copy puts after a preposition: "the London Borough of Barnet")
    { text: 'Councillor Ann Barnes has been elected mayor of the London Borough of Barnet.\n\nBarnet has more than 400,000 residents.\n\nBarnes, a former teacher, has served since 2010.\n', findings: [] },
    { text: 'Gwen Ellery has run the shop for 30 years.\n\nThe people of Ellerby turned out to thank her.\n', findings: [] },
    // (a word read as no one's name, with another first letter, is another name: "Coyle" in a team list)
    { text: 'Substitute Ryan Doyle scored the winner.\n\n**Ashbridge United:** Coyle; Hart, Ndlovu, Burrows, Pask.\n', findings: [] },
    // a doubled letter typed as another doubled letter is one slip; two people's names are two names
    { text: 'Born Francis Faketty in Chicago, he trained as a lifeguard.\n\nHe joined the Navy in 1942.\n\nFakerry later changed his name to Karl Von Hess.\n', findings: ['5:1 name-form “Fakerry” is spelt “Faketty” elsewhere (paragraph 1): check the spelling of Francis Faketty'] },
    { text: 'Mark Abbott, the club secretary, said the vote was close.\n\nSusan Allott, a member for 20 years, voted against. Mr Abbott said he would stay. Ms Allott said she would not.\n', findings: [] },
    // a vowel dropped from a short name ("Faulk" / "Falk"), and "Passenger" labels Jim Falk, it is no part of his name
    { text: 'Passenger Jim Falk said the crew stayed calm.\n\nThe plane stopped on the runway.\n\nFalk said he wanted to thank the pilot. Faulk added that nobody panicked.\n', findings: ['5:41 name-form “Faulk” is spelt “Falk” elsewhere (paragraph 1): check the spelling of Jim Falk'] },
    { text: 'Ann Lee said the crew stayed calm.\n\nThe plane stopped on the runway.\n\nLee said she wanted to thank the pilot. Lea added that nobody panicked.\n', findings: [] },
    { text: 'Maria Okafor opened the clinic in 2019.\n\nOkafor said the clinic would stay open.', findings: [] },
    { text: 'John Smith and his wife, Mary Smith, run the farm.\n\nMary said the harvest was late.', findings: [] },
    // "Frenchman" says where he is from; "Michaël" is the given name "Michael" with its accent, so "lost
    // to Michaël Llodra" names a person, not a place
    {
      text: 'Raemon Sluiter lost to Frenchman Michaël Llodra on Tuesday.\n\nThe Dutchman was playing his last match.\n\nLodra, a left-hander, waited at the net.\n',
      findings: ['5:1 name-form “Lodra” is spelt “Llodra” elsewhere (paragraph 1): check the spelling of Michaël Llodra'],
    },
    // one person's given name spelt two ways that sound alike; "John" and "Jon" are two brothers
    {
      text: 'She is survived by her sister, Philippa Grant, 81, of Harrogate.\n\nThe funeral is on Friday.\n\nFilippa Grant said her sister had never been bored.\n',
      findings: ['5:1 name-form “Filippa” is spelt “Philippa” elsewhere (paragraph 1): check the spelling of Philippa Grant'],
    },
    { text: 'John Smith and his brother, Jon Smith, run the farm.\n\nJon Smith said the harvest was late.\n', findings: [] },
    // a dog called Dennis is no slip for the editor Dennis Alcock (blind set AT)
    // a maker's name before its product's is no given name ("Brightwater Sable" beside "Brightwater Motors"; blind set AX)
    { text: '# Brightwater recalls Sable, Corvane SUVs over airbags\n\nBrightwater Motors is recalling 241,600 vehicles.\n\nThe recall covers Brightwater Sable and Corvane SUVs from the 2021 model year.\n\nBrightwater said it is not aware of any deaths.\n', findings: [] },
    // a relative named as the family names her, and the child an obituary tells of (blind sets AZ, X)
    { text: 'Janine Hargreaves-Lowe runs Ivory & Lace.\n\nHargreaves-Lowe said she was devastated.\n\nPauline Hargreaves, whose daughter Janine now runs the business, said she was upset.\n', findings: [] },
    { text: 'Gwilym Prosser, who has died aged 88, trained sheepdogs.\n\nHis father died in 1961, when the young Gwilym took over the flock.\n\nProsser won the national title in 1979.\n', findings: [] },
    { text: 'Janine Hargreaves-Lowe runs Ivory & Lace.\n\nHargreaves-Lowe said she was devastated.\n\nThe shop will close, said Harriet Wood, whose friend Janine now runs it.\n', findings: ['5:54 name-form “Janine” is Janine Hargreaves-Lowe\'s given name: later references use “Hargreaves-Lowe”, as in paragraph 2'] },
    { text: "The features editor, Dennis Alcock, bought three cartoons in 1970.\n\nThe strip's family kept a basset hound called Dennis.\n\nAlcock retired in 1985.\n", findings: [] },
    // a car is no person: "Ford Mondeo" has no given name
    { text: "The collision, involving a lorry and a Ford Mondeo, happened at around 01:00 on the A607 near Syston.\n\nThe driver of the Mondeo was a 23-year-old man.\n\nThe driver of the Ford, who was killed, was a 23-year-old man.\n", findings: [] },
    // a short name written without its accent, and a name that opens a sentence after "Born"
    { text: "Westbrook coach Alan Rourke praised Peña, who anchored the relay.\n\nHe held off Lucía Peña by two-tenths of a second.\n\nPena, a junior, said she had gone out too fast.\n", findings: ['5:1 name-form “Pena” is spelt “Peña” elsewhere (paragraph 1): check the spelling of Lucía Peña'] },
    // a family name with its accents dropped, long after a relative's full name: the story's subject's
    { text: 'Milan Dvořák, the Czech-born composer whose choral works drew on the Welsh borders, has died.\n\nDvořák was born in Brno. His father, Josef Dvořák, was a church organist.\n\nHe moved to Hereford in 1970. He taught at the cathedral school. He wrote 40 works.\n\nDvorak left his last work unfinished.\n', findings: ['7:1 name-form “Dvorak” is spelt “Dvořák” elsewhere (paragraph 1): check the spelling of Milan Dvořák'] },
    { text: 'TOM HENDRY scored 187 on Saturday.\n\nHendry batted for five hours.\n', findings: [] },
    // a name the vocabulary knows ("Whitcomb") is still a spelling of one it does not; "Socratic" is a word made from "Socrates"
    { text: 'Judge Teresa Whitcombe ordered him to pay.\n\nWhitcombe said it was a decade of lies.\n\nWhitcomb said she had taken his cooperation into account.\n', findings: ['5:1 name-form “Whitcomb” is spelt “Whitcombe” elsewhere (paragraph 1): check the spelling of Teresa Whitcombe'] },
    // a surname three people share: "Mr Whitcombe" is the husband, not his wife Lisa, and the slip is his
    { text: 'Darren Whitcombe, 41, was found guilty of fraud.\n\nHis wife, Lisa Whitcombe, 38, was cleared.\n\nThe court heard that Mr Whitcombe cold-called at homes.\n\nGiving evidence, Whitcomb insisted he had done the work.\n\nDetective Constable Sam Whitcombe, who is no relation, said the inquiry began in 2022.\n', findings: ['7:18 name-form “Whitcomb” is spelt “Whitcombe” elsewhere (paragraph 1): check the spelling of Darren Whitcombe'] },
    // a short name written with a letter that sounds the same ("ck" / "k"); "Lee" and "Lea" stay two people
    { text: 'Axel Noack, Bishop of Saxony, led the service on Sunday.\n\nThe church was full.\n\n"We must stand together," Noak said.\n', findings: ['5:27 name-form “Noak” is spelt “Noack” elsewhere (paragraph 1): check the spelling of Axel Noack'] },
    // "-ough" said as "-ow": two spellings of one sound, three letters apart (blind set AL)
    { text: 'Rosalind Fairclough taught at the school for 30 years.\n\nShe retired in 2004.\n\nMrs Fairclough chaired the governors.\n\nMrs Fairclow remained a governor until 2012.\n', findings: ['7:5 name-form “Fairclow” is spelt “Fairclough” elsewhere (paragraph 1): check the spelling of Rosalind Fairclough'] },
    { text: 'Ann Lee chaired the meeting.\n\nThe vote was close.\n\nLea said the plan was sound.\n', findings: [] },
    // a doubled last letter is no plural; two letters swapped are one slip
    // a variant read as a place for the "in" before it, a letter off a surname named three times
    { text: 'Teachers backed a motion against Principal Dana Kristensen.\n\nKristensen said she would stay.\n\nThe union said Kristensen had lost their trust.\n\nStaff said they had no confidence in Kristenson.\n', findings: ['7:38 name-form “Kristenson” is spelt “Kristensen” elsewhere (paragraph 1): check the spelling of Dana Kristensen'] },
    // (not a place a letter off a name told once or twice: "Kerry Barnett" … "in Barnet")
    { text: 'Kerry Barnett opened the shop in 2019.\n\nShe now runs three stores in Barnet.\n', findings: [] },
    { text: 'Mark Kipnis was given probation.\n\nKipniss said he was relieved.\n', findings: ['3:1 name-form “Kipniss” is spelt “Kipnis” elsewhere (paragraph 1): check the spelling of Mark Kipnis'] },
    { text: 'Health minister David McGrath defended the ads on Tuesday.\n\nThe campaign cost $2 million.\n\nMr McGarth said the ads would run until June.\n', findings: ['5:4 name-form “McGarth” is spelt “McGrath” elsewhere (paragraph 1): check the spelling of David McGrath'] },
    { text: "Born Francis Faketty, he first trained as a lifeguard.\n\nFakatty legally changed his name to Karl Von Hess.\n", findings: ['3:1 name-form “Fakatty” is spelt “Faketty” elsewhere (paragraph 1): check the spelling of Francis Faketty'] },
    // brothers, one of them first named in a local paper's capitals; and a shop named after its owner
    { text: "TOM HENDRY wrote his name into the history books on Saturday with an unbeaten 187.\n\nHendry batted for five hours. The home side kept taking wickets, and Tom's younger brother, the seamer Joe Hendry, finished with four for 38.", findings: [] },
    { text: "Pharmacy owners in the area said the break-ins had shaken a business that has long depended on trust between pharmacists and their neighbors.\n\n\"We've been here 41 years and never had anything like this,\" said Ruth Ann Pelham, who owns Pelham Family Pharmacy in Taylorville. \"You wonder now who's watching the store.\"\n\nPelham said she has since installed a second alarm system and no longer keeps more than a few days' supply of controlled drugs on hand.", findings: [] },
    { text: 'Democrat Nadia Haskell won the seat on Tuesday.\n\nHaskell thanked her voters.', findings: [] },
    { text: 'Xi Jinping arrived in Lima on Monday.\n\nXi met the president on Tuesday.\n\nJinping said the talks went well.', findings: ['5:1 name-form “Jinping” is Xi Jinping\'s given name (the family name, Xi, comes first): later references use “Xi”, as in paragraph 2'] },
    { text: 'Its director of public health, Dr Aled Rhys-Morgan, spoke on Monday.\n\nDr Rhys-Morgan said cases were rising.\n\nThe first case was a child, Dr Morgan said.', findings: ['5:29 name-form “Dr Morgan” is half of Aled Rhys-Morgan\'s family name: later references use “Rhys-Morgan”, as in paragraph 2'] },
    { text: 'Kwame Osei chairs the board.\n\nMr. Osei said the audit would be published.\n\nOsei thanked the staff.\n\nOsei left at noon.', findings: ['3:1 name-form Kwame Osei is “Mr. Osei” here but “Osei” elsewhere (paragraph 3): use one form'] },
    { text: 'The Kremlin critic Alexei Golodryga spoke on Monday.\n\nGolodryga said he would appeal.\n\nHis sentence is long, Golodriga said.', findings: ['5:23 name-form “Golodriga” is spelt “Golodryga” elsewhere (paragraph 1): check the spelling of Alexei Golodryga'] },
  ],
  check(context) {
    const { options } = context;
    const checks = new Set<string>(options.checks);
    const { analysis } = context;
    const people = analysis.entities.filter((e) => e.type === 'person');
    // names in the article's own text: not in quotations, nor in the page's furniture (a byline, a
    // credit, an editor's note, a related link), which follows its own style
    const usable = (m: Mention) => !m.inQuote && m.form !== 'pronoun' && !FURNITURE.has(analysis.sentences[m.sentence]!.kind);
    if (checks.has('given-name')) for (const person of people) givenNames(context, person, people, usable);
    if (checks.has('honorific')) for (const person of people) honorifics(context, person, usable);
    if (checks.has('spelling')) {
      spellings(context, people, usable);
      givenSpellings(context, people, usable);
      for (const person of people) accentSpellings(context, person, usable);
      // (the half may be read as no one's name of its own: "According to Adeyemi," names a source)
      halfNames(context, people, [...people, ...analysis.entities.filter((e) => e.type === 'other')], usable);
    }
  },
});

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
  // (in any case: "TOM HENDRY", as a local paper's first paragraph sets him, and his brother "Joe Hendry")
  const family = person.surname.toLowerCase();
  // (or half of a double-barrelled one: Pauline Hargreaves is Janine Hargreaves-Lowe's mother)
  const halves = family.split('-');
  const surnameShared = people.some((other) => other !== person && (other.surname?.toLowerCase() === family || other.name.toLowerCase().split(' ').includes(family) || (halves.length > 1 && halves.includes(other.surname?.toLowerCase() ?? ''))));
  if (surnameShared || familyNamed(context, person.surname)) return;
  const bySurname = mentions.filter((m) => m.form === 'surname' || m.form === 'honorific');
  if (bySurname.length === 0 && !person.surnameFirst) return;
  const full = mentions.find((m) => m.form === 'full');
  // a relative named as the family names her ("whose daughter Janine now runs the business", "her son,
  // Gary"), or the child an obituary tells of ("the young Gwilym took over the flock")
  const kin = (mention: Mention) => {
    const before = analysis.tokens[mention.tokenStart - 1];
    const noun = before?.text === ',' ? analysis.tokens[mention.tokenStart - 2] : before;
    return noun !== undefined && (context.lexicon.kinship.has(noun.lemma) || /^(?:young|little)$/.test(before!.lower));
  };
  for (const mention of given.filter((m) => !kin(m))) {
    const reference = bySurname[0];
    const order = person.surnameFirst ? ` (the family name, ${person.surname}, comes first)` : '';
    const asIn = reference ? `, as in ${where(analysis, reference)}` : '';
    const locations = [{ start: mention.start, end: mention.end, role: 'given-name' }];
    if (full) locations.push({ start: full.start, end: full.end, role: 'full-name' });
    if (reference) locations.push({ start: reference.start, end: reference.end, role: 'surname' });
    context.report({ confidence: confidence(0.85, entityCertainty(person)), message: 'given-name', data: { name: mention.text, person: person.name, order, surname: person.surname, asIn }, locations, evidence: { expected: person.surname, actual: mention.text, person: person.name }, fix: { start: mention.start, end: mention.end, wrong: mention.text, right: person.surname } });
  }
}

/** "the Tate brothers", "the Smiths": the story speaks of a family, whose members its given names tell apart. */
function familyNamed(context: RuleContext, surname: string): boolean {
  const escaped = escapeRegExp(surname);
  const words = [...context.lexicon.familyWords].join('|');
  return new RegExp(`\\b(${escaped}\\s+(${words})|the\\s+${escaped}s)\\b`, 'i').test(context.analysis.doc.source);
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
    context.report({
      // "Ms Tully" and "Tully" mixed is common in published copy, and judged a style point: worth a look
      confidence: 0.55,
      message: 'honorific',
      data: { person: person.name, form, usual: usualForm, where: where(analysis, usual) },
      locations: [
        { start: mention.outerStart ?? mention.start, end: mention.end, role: 'minority-form' },
        { start: usual.outerStart ?? usual.start, end: usual.end, role: 'usual-form' },
      ],
      evidence: { expected: usualForm, actual: form },
      fix: { start: mention.outerStart ?? mention.start, end: mention.end, wrong: form, right: usualForm },
    });
  }
}

/** Two spellings of one name: entities whose names differ by a letter or two, the rarer spelling flagged. */
function spellings(context: RuleContext<Options>, people: Entity[], usable: (m: Mention) => boolean): void {
  const { analysis } = context;
  const { maxDistance, minSpellingLength } = context.options;
  const surnameOf = (e: Entity) => e.surname ?? (e.name.includes(' ') ? undefined : e.name);
  // a lone capitalised word the copy does not type ("Kachinski did not respond") may be a person's
  // name misspelt, when it is no English word: it is compared with the people's names too
  // (or a word that is a person's name with its accents dropped: "Dvorak" beside "Milan Dvořák")
  const accented = new Set(people.map(surnameOf).filter((n): n is string => n !== undefined && plainName(n) !== n.toLowerCase()).map(plainName));
  // (not a word the copy puts after a preposition of place, "in Barnet", after "of" following a name or
  // a place's people, "the London Borough of Barnet", "the people of Ellerby", or after "for" following
  // a seat's candidate, "candidate for Lewes"; "supporters of Marcheti", "a budget for Pinedo" are people's)
  const placed = (e: Entity) =>
    e.mentions.some((m) => {
      const [before, by] = [analysis.tokens[m.tokenStart - 1], analysis.tokens[m.tokenStart - 2]];
      if (m.tokenStart <= 0 || !before) return false;
      if (before.lower === 'of') return by !== undefined && (/^\p{Lu}/u.test(by.text) || PLACE_OF.has(by.lower));
      if (before.lower === 'for') return by !== undefined && SEAT_WORDS.has(by.lower);
      return PLACE_PREPOSITIONS.has(before.lower);
    });
  // (or a lone word read as a place for the "in" before it, that no gazetteer knows, once: "the staff
  // had lost confidence in Kristenson" is "Principal Dana Kristensen" misspelt; reported only a letter
  // off a surname the story gives three times or more)
  const guessedPlace = (e: Entity) => e.type === 'place' && e.mentions.length === 1 && !context.lexicon.places.has(e.name.toLowerCase());
  // ("McGuire", "MacLeod": a second capital after Mc or Mac; blind set BT)
  const strays = analysis.entities.filter((e) => (e.type === 'other' || guessedPlace(e)) && !e.name.includes(' ') && /^(?:\p{Lu}\p{Ll}+|Ma?c\p{Lu}\p{Ll}+)$/u.test(e.name) && (!dictionaryWord(e.name.toLowerCase()) || accented.has(plainName(e.name))) && (guessedPlace(e) || !placed(e)));
  const candidates = [...people, ...strays];
  const index = spellingIndex(candidates.map(surnameOf), maxDistance);
  const found = new Map<number, { usual: number; finding: Parameters<typeof context.report>[0] }>();
  // the people of each surname, for a variant of one several people share
  const bySurname = new Map<string, Entity[]>();
  for (const p of people) {
    const surname = surnameOf(p);
    if (surname === undefined) continue;
    pushTo(bySurname, surname, p);
  }
  // a letter or two apart (at most a quarter of the shorter), or "Dvořák" and "Dvorak": the same letters with and without their accents
  // (or two spellings of one sound, "Ainscough" / "Ainscow")
  const close = (x: string, y: string) => plainName(x) === plainName(y) || soundKey(x) === soundKey(y) || distance(x.toLowerCase(), y.toLowerCase()) <= Math.min(maxDistance, Math.floor(Math.min(x.length, y.length) / 4)) || doubledSwap(x.toLowerCase(), y.toLowerCase());
  for (let i = 0; i < people.length; i++) {
    const own = surnameOf(people[i]!);
    // a misspelling is a rare variant of one name; a name with more look-alikes than that stands in a
    // list of different people (a casualty or court list): no spelling of it is reported, and a list of
    // thousands costs no more than its look-alikes
    const lookalike = (j: number) => {
      const other = surnameOf(candidates[j]!);
      return own !== undefined && other !== undefined && other !== own && close(own, other);
    };
    if (index.crowded(own, MAX_LOOKALIKES, lookalike)) continue;
    for (const j of index.near(own)) {
      const a = people[i]!;
      const b = candidates[j]!;
      if (a === b) continue;
      const sa = surnameOf(a);
      const sb = surnameOf(b);
      // (short names are compared only for their accents: "Pena" for "Peña" is one name written two ways)
      if (!sa || !sb || sa === sb) continue;
      // (or for a vowel dropped beside another, "Faulk" / "Falk", or, from four letters, a letter that
      // sounds the same, "Noak" / "Noack", where "Lee" / "Lea" and "Kay" / "Kai" stay two names)
      if ((sa.length < minSpellingLength || sb.length < minSpellingLength) && plainName(sa) !== plainName(sb) && !vowelDropped(sa, sb) && !(Math.min(sa.length, sb.length) >= 4 && soundKey(sa) === soundKey(sb))) continue;
      if (a.given && b.given && a.given !== b.given) continue;
      // "Democrats" and "Democratic", "Kurd" and "Kurds": two forms of one word, not a name spelt two ways
      // "the Toppans" is the Toppan family, not a spelling
      // ("Kipniss" is no plural of "Kipnis": that would be "Kipnises")
      const plural = (x: string, y: string) => (y === `${x}s` && !x.endsWith('s')) || y === `${x}es`;
      if (plural(sa, sb) || plural(sb, sa)) continue;
      // ("Kachinsky" and "Kachinski" share a stem too, but no dictionary knows either: a name; and
      // "Whitcombe" is no English ending on "Whitcomb", where "Socratic" is on "Socrates")
      if (termKey(sa.toLowerCase()) === termKey(sb.toLowerCase()) && (knownWord(sa.toLowerCase()) || knownWord(sb.toLowerCase())) && byEndings(sa.toLowerCase(), sb.toLowerCase())) continue;
      if (!close(sa, sb)) continue;
      // (a word read as no one's name is a person's misspelt only from the same first letter: a first
      // letter is seldom mistyped, and "Coyle" in a team list is another player, not "Doyle")
      if (b.type !== 'person' && sa[0]!.toLowerCase() !== sb[0]!.toLowerCase() && soundKey(sa) !== soundKey(sb)) continue;
      if (b.type === 'place' && (a.mentions.filter(usable).length < 3 || distance(sa.toLowerCase(), sb.toLowerCase()) > 1)) continue;
      const ma = a.mentions.filter(usable);
      const mb = b.mentions.filter(usable);
      // b is the rarer spelling (ties: the later one); a stray word is never the usual spelling
      if (b.type === 'person' && (mb.length > ma.length || (mb.length === ma.length && (mb[0]?.start ?? 0) < (ma[0]?.start ?? 0)))) continue;
      if (ma.length === 0 || mb.length === 0) continue;
      // a name given in full with its given name is no slip of a bare surname the copy uses once
      // ("Sam Whitcombe" is not "Whitcomb" misspelt); and a bare variant of a surname two people in
      // the story share ("Darren Whitcombe", "his wife, Lisa Whitcombe" … "Whitcomb") is one whose
      // person cannot be told: left to the editor's eye
      if (b.given && !a.given) continue;
      // a bare surname that stands only in a list of surnames (a team sheet, "Kerr, Stokes, Hale, Ingram;
      // Okafor …") is another of the many people listed, not a slip (blind set BE)
      if (!b.given && mb.every((m) => inRoster(analysis, m))) continue;
      const sharers = (bySurname.get(sa) ?? []).filter((p) => p !== b).map((p) => p.mentions.filter(usable).length).sort((x, y) => y - x);
      if (!b.given && sharers.length >= 2 && sharers[0]! < 2 * sharers[1]!) continue;
      // a spelling the copy uses twice in full, beside another it uses as often or more, is another
      // person's name ("Ana Kowalski … Ana Kowalsky … Ana Kowalsky did not speak"), not a slip
      if (mb.filter((m) => m.form === 'full').length >= 2) continue;
      for (const mention of mb) {
        // a variant near two people's names (father and son) is reported once, for the one named more
        const earlier = found.get(mention.start);
        if (earlier && earlier.usual >= ma.length) continue;
        found.set(mention.start, { usual: ma.length, finding: {
          // the same given name in full on both sides makes one person surer than a bare family name; a
          // lone word a letter off a well-established name is that name misspelt, so the surer of the two counts
          confidence: confidence(0.9, a.given && b.given && a.given === b.given ? 1 : 0.85, Math.max(entityCertainty(a), entityCertainty(b))),
          message: 'spelling',
          data: { name: mention.text, usual: sa, where: where(analysis, ma[0]!), person: a.name },
          locations: [
            { start: mention.start, end: mention.end, role: 'variant' },
            { start: ma[0]!.start, end: ma[0]!.end, role: 'usual-spelling' },
          ],
          evidence: { expected: sa, actual: sb },
          fix: { start: mention.start, end: mention.end, wrong: sb, right: sa },
        } });
      }
    }
  }
  for (const { finding } of found.values()) context.report(finding);
}

/**
 * One person's given name spelt two ways beside the same family name ("Philippa Grant, 81" …
 * "Filippa Grant said"; "Steven Doyle" / "Stephen Doyle"): two spellings that sound alike (ph and f,
 * v and f, y and i, c and k, doubled letters) are one name. The spelling the copy uses most is the
 * usual one; each other is flagged (ties: the later). People are grouped by family name and sound,
 * so a list of many people sharing a family name costs no pairs.
 */
function givenSpellings(context: RuleContext<Options>, people: Entity[], usable: (m: Mention) => boolean): void {
  const groups = new Map<string, Entity[]>();
  for (const p of people) {
    if (!p.given || !p.surname || p.given.length < context.options.minSpellingLength) continue;
    const key = `${p.surname}\0${soundKey(p.given)}`;
    pushTo(groups, key, p);
  }
  for (const list of groups.values()) {
    const spellings = new Set(list.map((p) => p.given));
    if (spellings.size < 2) continue;
    const named = new Map(list.map((p) => [p, p.mentions.filter(usable)]));
    // the usual spelling: named most, first on a tie
    const usual = [...list].sort((a, b) => named.get(b)!.length - named.get(a)!.length || (named.get(a)![0]?.start ?? 0) - (named.get(b)![0]?.start ?? 0))[0]!;
    const ma = named.get(usual)!;
    if (ma.length === 0) continue;
    for (const b of list) {
      if (b.given === usual.given) continue;
      for (const mention of named.get(b)!.filter((m) => m.form === 'full' && m.text.startsWith(b.given!))) {
        context.report({
          confidence: confidence(0.8, entityCertainty(usual)),
          message: 'spelling',
          data: { name: b.given!, usual: usual.given!, where: where(context.analysis, ma[0]!), person: usual.name },
          locations: [
            { start: mention.start, end: mention.start + b.given!.length, role: 'variant' },
            { start: ma[0]!.start, end: ma[0]!.end, role: 'usual-spelling' },
          ],
          evidence: { expected: usual.given!, actual: b.given! },
          fix: { start: mention.start, end: mention.start + b.given!.length, wrong: b.given!, right: usual.given! },
        });
      }
    }
  }
}

/** One name is the other with a vowel left out next to another vowel ("Faulk" / "Falk", "Reid" / "Red" not: three letters). */
function vowelDropped(a: string, b: string): boolean {
  const [short, long] = a.length < b.length ? [plainName(a), plainName(b)] : [plainName(b), plainName(a)];
  if (short.length < 4 || long.length !== short.length + 1) return false;
  for (let k = 1; k < long.length; k++) {
    if (!/[aeiou]/.test(long[k]!) || !/[aeiou]/.test(long[k - 1]! + (long[k + 1] ?? ''))) continue;
    if (long.slice(0, k) + long.slice(k + 1) === short) return true;
  }
  return false;
}

/** How a name sounds, roughly: "Philippa" and "Filippa", "Steven" and "Stephen", "Lindsey" and "Lyndsey", "Noack" and "Noak", "Ainscough" and "Ainscow" meet. */
function soundKey(name: string): string {
  return plainName(name)
    .replace(/ough$/, 'ow')
    .replace(/ph/g, 'f')
    .replace(/v/g, 'f')
    .replace(/y/g, 'i')
    .replace(/c(?=[^eiy]|$)/g, 'k')
    // (a long vowel romanised two ways: "Shafeeq" / "Shafiq", "Rafeeq" / "Rafiq", "Mahmood" / "Mahmud"; blind set CA)
    .replace(/ee|ie/g, 'i')
    .replace(/oo/g, 'u')
    .replace(/([a-z])\1+/g, '$1');
}

/**
 * One person's family name written with and without its accents ("Branimir Glavaš" … "Glavas"): the
 * mentions joined one person, so the spelling is read from each mention's own letters; the rarer
 * spelling is flagged (ties: the later).
 */
function accentSpellings(context: RuleContext<Options>, person: Entity, usable: (m: Mention) => boolean): void {
  if (!person.surname) return;
  const { analysis } = context;
  const surname = plainName(person.surname);
  const written = (m: Mention) => m.text.split(/\s+/).pop()!.replace(/['’]s$/, '');
  const mentions = person.mentions.filter((m) => usable(m) && (m.form === 'full' || m.form === 'surname' || m.form === 'honorific') && plainName(written(m)) === surname);
  // (a name set in capitals, "TOM HENDRY", is the same spelling)
  const bySpelling = new Map<string, Mention[]>();
  for (const m of mentions) bySpelling.set(written(m).toLowerCase(), [...(bySpelling.get(written(m).toLowerCase()) ?? []), m]);
  if (bySpelling.size < 2) return;
  const ranked = [...bySpelling].sort((a, b) => b[1].length - a[1].length || a[1][0]!.start - b[1][0]!.start);
  const first = ranked[0]![1][0]!;
  const usual = written(first);
  for (const [, variants] of ranked.slice(1)) {
    for (const mention of variants) {
      const spelling = written(mention);
      const at = mention.text.lastIndexOf(spelling);
      const start = mention.start + at;
      context.report({
        // (scored as a spelling of another entity's name is: no given name on the variant's side)
        confidence: confidence(0.9, 0.85, entityCertainty(person)),
        message: 'spelling',
        data: { name: spelling, usual, where: where(analysis, first), person: person.name },
        locations: [
          { start, end: start + spelling.length, role: 'variant' },
          { start: first.start, end: first.end, role: 'usual-spelling' },
        ],
        evidence: { expected: usual, actual: spelling },
        fix: { start, end: start + spelling.length, wrong: spelling, right: usual },
      });
    }
  }
}

/** Endings that make another word of a word ("Democrat" / "Democratic", "Socrates" / "Socratic"). */
const WORD_ENDINGS = new Set(['s', 'es', 'ic', 'ics', 'ical', 'ian', 'ians', 'an', 'ans', 'ish', 'ese', 'ism', 'ist', 'ists', 'ite', 'ites', 'al', 'ed', 'ing', 'er', 'ers', 'y']);

/** Whether two words differ only in such endings after what they share. */
function byEndings(a: string, b: string): boolean {
  let k = 0;
  while (k < a.length && k < b.length && a[k] === b[k]) k++;
  return [a.slice(k), b.slice(k)].every((tail) => tail === '' || WORD_ENDINGS.has(tail));
}

/** Names a letter or two from one name, beyond which they are a list of people, not a misspelling. */
export const MAX_LOOKALIKES = 5;

/**
 * A doubled letter typed as another doubled letter, a key away ("Faketty" / "Fakerry"): one slip of
 * the hand that edit distance counts as two. Names of six letters or more, the same but for that pair.
 */
function doubledSwap(a: string, b: string): boolean {
  if (a.length !== b.length || a.length < 6) return false;
  const diff = [...a].flatMap((c, k) => (c === b[k] ? [] : [k]));
  const [k] = diff;
  return diff.length === 2 && diff[1] === k! + 1 && a[k!] === a[k! + 1] && b[k!] === b[k! + 1] && neighbours(a[k!]!, b[k!]!);
}

/** Keys next to each other on a keyboard's letter rows: "r" and "t" are, "b" and "l" ("Abbott" / "Allott", two names) are not. */
const ROWS = ['qwertyuiop', 'asdfghjkl', 'zxcvbnm'];
function neighbours(x: string, y: string): boolean {
  return ROWS.some((row) => Math.abs(row.indexOf(x) - row.indexOf(y)) === 1 && row.includes(x) && row.includes(y));
}

/** A name's forms with one doubled letter blanked ("faketty" → "fake**y"), which a doubled-letter swap keeps. */
function doubledBlanks(lower: string): string[] {
  const out: string[] = [];
  if (lower.length < 6) return out;
  for (let k = 0; k + 1 < lower.length; k++) if (lower[k] === lower[k + 1]) out.push(`${lower.slice(0, k)}**${lower.slice(k + 2)}`);
  return out;
}

/**
 * The candidates whose surname may be a spelling of a given one, in candidates' order: those of the
 * same letters without accents, and those sharing a form with up to `maxDistance` letters deleted
 * (two names within that edit distance always do). Comparing every name with every other cost the
 * square of the cast: a list of 16,000 names took most of a check.
 */
function spellingIndex(surnames: (string | undefined)[], maxDistance: number) {
  const index = new Map<string, number[]>();
  const add = (key: string, k: number) => {
    const list = index.get(key);
    if (!list) index.set(key, [k]);
    else if (list[list.length - 1] !== k) list.push(k);
  };
  // every surname asked about is a candidate's: its keys are made once, for the index
  const keys = new Map<string, string[]>();
  const keysOf = (surname: string) => {
    const known = keys.get(surname);
    if (known) return known;
    const lower = surname.toLowerCase();
    // a pair is a spelling only within a quarter of the shorter name's length
    const reach = Math.min(maxDistance, Math.floor(lower.length / 4));
    const made = [`plain:${plainName(surname)}`, `sound:${soundKey(surname)}`, ...[...deletions(lower, reach)].map((form) => `del:${form}`), ...doubledBlanks(lower).map((form) => `dbl:${form}`)];
    keys.set(surname, made);
    return made;
  };
  surnames.forEach((surname, k) => surname && keysOf(surname).forEach((key) => add(key, k)));
  return {
    /** Every candidate that may be a spelling of `surname`, in candidates' order. */
    near(surname: string | undefined): number[] {
      if (!surname) return [];
      const found = new Set<number>();
      for (const key of keysOf(surname)) for (const k of index.get(key) ?? []) found.add(k);
      return [...found].sort((a, b) => a - b);
    },
    /** Whether more than `limit` candidates pass `close`: stops at the first one over. */
    crowded(surname: string | undefined, limit: number, close: (k: number) => boolean): boolean {
      if (!surname) return false;
      const seen = new Set<number>();
      let count = 0;
      for (const key of keysOf(surname)) {
        for (const k of index.get(key) ?? []) {
          if (seen.has(k)) continue;
          seen.add(k);
          if (close(k) && ++count > limit) return true;
        }
      }
      return false;
    },
  };
}

/** The word and every form of it with up to `count` letters deleted. */
function deletions(word: string, count: number): Set<string> {
  const forms = new Set([word]);
  let frontier = [word];
  for (let step = 0; step < count; step++) {
    const next: string[] = [];
    for (const form of frontier) {
      for (let k = 0; k < form.length; k++) {
        const shorter = form.slice(0, k) + form.slice(k + 1);
        if (!forms.has(shorter)) {
          forms.add(shorter);
          next.push(shorter);
        }
      }
    }
    frontier = next;
  }
  return forms;
}

/**
 * Half of a double-barrelled family name on later reference ("Dr Morgan" for Dr Aled Rhys-Morgan,
 * who is "Dr Rhys-Morgan" elsewhere): the story seems to name another person. Not when someone of
 * that shorter name is named in full.
 */
function halfNames(context: RuleContext<Options>, people: Entity[], names: Entity[], usable: (m: Mention) => boolean): void {
  const { analysis } = context;
  const { minHalfLength } = context.options;
  // (one finding a half name, however many of the family share the whole: the first named, the story's own)
  const told = new Set<number>();
  for (const person of people) {
    const parts = person.surname?.split('-') ?? [];
    if (parts.length !== 2 || parts.some((p) => p.length < minHalfLength)) continue;
    const full = person.mentions.filter(usable)[0];
    if (!full) continue;
    for (const other of names) {
      if (other === person || other.name.includes(' ') || !parts.includes(other.name)) continue;
      if (people.some((p) => p !== other && p !== person && p.surname === other.name)) continue;
      for (const mention of other.mentions.filter(usable)) {
        if (told.has(mention.start)) continue;
        told.add(mention.start);
        const form = mention.honorific ? `${mention.honorific} ${mention.text}` : mention.text;
        // (shown beside the nearest later reference that uses the whole family name, where there is one:
        // that is what the message says later references use)
        const reference = person.mentions.filter((m) => usable(m) && (m.form === 'surname' || m.form === 'honorific') && m.start < mention.start).pop() ?? full;
        context.report({
          confidence: 0.85,
          message: 'half-name',
          data: { name: form, person: person.name, surname: person.surname!, where: where(analysis, reference) },
          locations: [
            { start: mention.outerStart ?? mention.start, end: mention.end, role: 'variant' },
            { start: reference.start, end: reference.end, role: 'full-name' },
          ],
          evidence: { expected: person.surname, actual: mention.text },
          fix: { start: mention.start, end: mention.end, wrong: mention.text, right: person.surname! },
        });
      }
    }
  }
}

/** A name between commas or semicolons beside other capitalised names: one of a list of people ("Kerr, Stokes, Hale, Ingram; Okafor"). */
function inRoster(analysis: Analysis, mention: Mention): boolean {
  const t = analysis.tokens;
  const sep = (k: number) => /^[,;]$/.test(t[k]?.text ?? '');
  const name = (k: number) => /^\p{Lu}/u.test(t[k]?.text ?? '');
  return (sep(mention.tokenStart - 1) && name(mention.tokenStart - 2)) || (sep(mention.tokenEnd) && name(mention.tokenEnd + 1));
}
