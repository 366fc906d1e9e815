/**
 * repetition — the same claim told twice in one article.
 *
 * What: two sentences of the body that state the same event with the same participants and values
 * ("Meng Wanzhou … was recently arrested in Canada" and "Meng Wanzhou was arrested in Canada"), the
 * same kinship or relation, or the same statement in other words (paraphrases through the synonym
 * and alias lexicons: "first U.S. TV interview" ≈ "first American television interview").
 * Why: a restated fact wastes the reader's time and is usually a sign that a story was stitched
 * together from versions; the editor should cut one.
 * Not a repetition: two events with different participants, places, dates or counts (two arrests of two
 * people; 2024 and 2025 profits); a quotation that backs a paraphrase; the headline or standfirst
 * restated in the body; mentions that only refer back ("after her arrest").
 * The later sentence is the first location: that is the one to cut or rewrite.
 */
import type { Analysis, NumberMention, SentenceContext } from '../model/analysis.js';
import type { CompiledLexicon } from '../lexicon/compile.js';
import { modifiersAgree, participants, relationsConflict, valuesCompatible } from '../claims/compare.js';
import { similarity, termKey } from '../claims/similarity.js';
import { FIRST_FORM_TERMS, firstTelling, firstToVerb, noneOf, sameHolder, superlativeFirst, toldExceeded, toldOfNone } from '../claims/firsts.js';
import type { Claim, Sentence, Value } from '../model/document.js';
import { BODY_KINDS } from '../model/document.js';
import { defineKind, type OptionsOf, type OptionsSchema, type RuleContext } from './kind.js';
import type { Evidence } from '../model/finding.js';
import { candidatePairs } from './candidate-pairs.js';
import { earlierCandidates } from './event-candidates.js';
import { occurrenceMarker } from './event-values.js';
import { separateRecords } from './records.js';
import { describeEvent, ledeParagraph, names, placesOf, sentenceSpan } from './describe.js';
import { valueClash } from '../claims/compare.js';
import { datesAgree, YEAR_IN_TEXT } from '../claims/numbers.js';
import { otherThanStory } from '../claims/calendar.js';
import { confidence, entityCertainty, minConfidence } from './confidence.js';
import { pushTo } from '../base/arrays.js';
import { escapeRegExp } from '../base/regexp.js';
import { mostNamed } from '../claims/entities.js';
import { derived, isPersonNoun, synonymous } from '../lexicon/semantics.js';
import { seniorityOf } from '../claims/relations.js';
import { matchTitle } from '../claims/names.js';
import { asksQuestion } from '../text/sentences.js';
import { describedAlike, describedPerson, type Described } from '../claims/unnamed-people.js';
import { votesRetold } from './votes-retold.js';

const OPTIONS = {
  type: 'object',
  additionalProperties: false,
  properties: {
    claims: {
      type: 'array',
      items: { enum: ['event', 'relation', 'statement'] },
      uniqueItems: true,
      default: ['event', 'relation', 'statement'],
      description: 'What is compared: events from the lexicon\'s frames, kinships, and whole statements in other words.',
    },
    threshold: {
      type: 'number',
      minimum: 0,
      maximum: 1,
      default: 0.7,
      description: 'Weighted overlap at which two statements count as one claim restated; chosen on half of MRPC (even ids) for precision of about 0.85.',
    },
    coverage: { type: 'number', minimum: 0, maximum: 1, default: 0.5, description: 'Each statement must have at least this share of its content in the other: one that adds a fact is not a restatement.' },
    minTerms: { type: 'integer', minimum: 1, default: 4, description: 'Statements with fewer content terms than this are not compared: too little to go on.' },
    maxExtra: { type: 'number', minimum: 0, maximum: 1, default: 0.2, description: 'How much longer (in content terms, as a share of the longer) one statement may be; more is a new fact.' },
    minClauseTerms: { type: 'integer', minimum: 1, default: 7, description: 'A clause restated inside a longer sentence counts only from this many content terms (shorter ones are found everywhere).' },
    clauseCoverage: { type: 'number', minimum: 0, maximum: 1, default: 0.85, description: 'Share of such a clause that must stand in the other sentence\'s clause.' },
    minConfidence: minConfidence('Statements restated only just above the threshold, and events no participant names, score lower.'),
  clauseGrowth: { type: 'number', minimum: 1, default: 1.5, description: 'The clause that holds it may be at most this many times as long.' },
  },
} as const satisfies OptionsSchema;

type Options = OptionsOf<typeof OPTIONS>;

export const repetition = defineKind<Options>({
  name: 'repetition',
  scope: 'article',
  summary: 'The same event, relation or statement told twice in one article, paraphrases included.',
  optionsSchema: OPTIONS,
  messages: {
    twice: { template: '{claim} is reported twice ({where})', vars: ['claim', 'where'] },
  },
  examples: [
    // two people described one by one are a pair, not "a man" told later (blind set BV)
    { text: 'Two men face robbery charges after a pawnshop was held up at knifepoint on Tuesday morning, police say.\n\nA 24-year-old man and a 31-year-old man, both of Winnipeg, are charged with robbery with a weapon.\n\nIt was the third robbery of a pawnshop in the city since January. In March, a man was charged after a pawnshop on Portage Avenue was robbed.\n', findings: [] },
    // the story's main person told again by a description beside the verb (blind set AF); not by a noun for anyone, nor by one the story uses of someone else
    { text: "A veterinary practice manager stole £212,000 from her employer, a court heard.\n\nMoira Tennant, 46, of Ilkley, denies fraud. Tennant was arrested at her home in March last year.\n\nThe court heard Tennant paid herself extra wages for three years. Tennant told the accountant the figures were right.\n\nDetectives detained the mother-of-two at the property last spring, the court heard.\n", findings: ['7:1 repeated-claim Arrest of Moira Tennant (March) is reported twice (paragraphs 2 and 4)'] },
    { text: "A veterinary practice manager stole £212,000 from her employer, a court heard.\n\nMoira Tennant, 46, of Ilkley, denies fraud. Tennant was arrested at her home in March last year.\n\nThe court heard Tennant paid herself extra wages for three years. Tennant told the accountant the figures were right.\n\nDetectives detained the man at the property last spring, the court heard.\n", findings: [] },
    { text: "A veterinary practice manager stole £212,000 from her employer, a court heard.\n\nMoira Tennant, 46, of Ilkley, denies fraud. Tennant was arrested at her home in March last year.\n\nThe court heard Tennant paid herself extra wages for three years. Tennant told the accountant the figures were right.\n\nDetectives detained the accountant at the property last spring, the court heard.\n", findings: [] },
    // a business told again as "the firm" (its name told without "Ltd" is the same business; review); not where another firm was fined too
    { text: "# Waste operator fined over illegal dumping\n\nRibble Waste Ltd was fined £50,000 at Preston Crown Court on Monday for dumping construction waste on farmland near Longridge.\n\nThe Environment Agency said Ribble Waste had ignored repeated warnings. Ribble Waste tipped more than 2,000 tonnes of rubble over 18 months.\n\nThe firm was fined after the judge described its conduct as \"deliberate and sustained\".\n\nRibble Waste must also pay £22,000 in costs.\n", findings: ['7:1 repeated-claim Fine of Ribble Waste Ltd in Longridge (Monday) is reported twice (paragraphs 1 and 3)'] },
    { text: "# Waste operator fined over illegal dumping\n\nRibble Waste Ltd was fined £50,000 at Preston Crown Court on Monday for dumping construction waste on farmland near Longridge.\n\nIts haulier, Fellside Transport Ltd, was fined £8,000. The Environment Agency said Ribble Waste had ignored repeated warnings. Ribble Waste tipped more than 2,000 tonnes of rubble over 18 months.\n\nThe firm was fined after the judge described its conduct as \"deliberate and sustained\".\n\nRibble Waste must also pay £22,000 in costs.\n", findings: [] },
    // "cut its profit forecast" and "cut the number of sales events" are no job cuts (blind set BG)
    { text: "Hollis & Grant Inc cut its annual profit forecast on Thursday, saying shoppers were waiting for discounts.\n\nThe retailer has 410 stores.\n\nPennington took over in February 2024. Hollis & Grant cut the number of storewide sales events by about a third this year.\n", findings: [] },
    // a death told again at a place the first telling's place lies in (blind set BF); not at another place
    { text: 'Wally Kozak, the longtime icemaker at the Selkirk Curling Club, died Jan. 14 at Selkirk Regional Health Centre in Manitoba. He was 81.\n\nHe made the ice at four national championships.\n\nHe retired in 2009.\n\nKozak passed away at the hospital in Selkirk in mid-January, after a short illness.\n', findings: ['7:1 repeated-claim Death of Wally Kozak in Manitoba (Jan. 14) is reported twice (paragraphs 1 and 4)'] },
    { text: 'Wally Kozak, the longtime icemaker at the Selkirk Curling Club, died Jan. 14 at Selkirk Regional Health Centre in Manitoba. He was 81.\n\nHe made the ice at four national championships.\n\nHe retired in 2009.\n\nKozak passed away at the hospital in Brandon in mid-January, after a short illness.\n', findings: [] },
    // an arrest told again with a separable verb, its object an age that names the man
    { text: 'Police arrested Tom Hale, 41, at the port of Dover on Friday.\n\nHe had been living in Spain.\n\nHis lawyer declined to comment.\n\nOfficers took the 41-year-old into custody at the harbour before he could board a ferry.\n', findings: ['7:1 repeated-claim Arrest of Tom Hale (Friday) is reported twice (paragraphs 1 and 4)'] },
    // a verb of leaving takes its event from its object's own noun: leaving "any decision about … posts" is no resignation (blind set BK)
    { text: "State Sen. Curtis Blanchard has been indicted on federal charges.\n\nSenate Minority Leader Rhonda Pike said that the charges were troubling and that Blanchard should step down from his committee assignments while the case proceeds.\n\nThe lieutenant governor said through a spokesman that he would leave any decision about Blanchard's committee posts to the Democratic caucus for now.\n", findings: [] },
    // a charge told again as the count its subject faces; (facing a long recovery is no charge)
    { text: "Prosecutors charged sheriff's deputy Brent Hale, 44, with assault on Monday.\n\nThe video was shown at a hearing.\n\nHale faces a single misdemeanor assault count.\n", findings: ['5:1 repeated-claim Charges of Brent Hale (Monday) is reported twice (paragraphs 1 and 3)'] },
    { text: "Prosecutors charged sheriff's deputy Brent Hale, 44, with assault on Monday.\n\nThe video was shown at a hearing.\n\nHale faces a long suspension.\n", findings: [] },
    // an arrest of a person named in apposition to the one described, told again by the description
    { text: "Prosecutors on Wednesday detained the mine's operations manager, Arturo Huanca, 47, on suspicion of negligent homicide.\n\nRescuers recovered two more bodies on Thursday.\n\nThe 47-year-old manager was taken into custody by state prosecutors as part of the investigation.\n", findings: ['5:1 repeated-claim Arrest of Arturo Huanca (Wednesday) is reported twice (paragraphs 1 and 3)'] },
    // (another club's manager sacked in October is no rival for this weekend's sacking told again)
    { text: "Kettleby Town have parted company with manager Chidi Okonkwo after Saturday's home defeat.\n\nThe club thanked the 46-year-old for his hard work.\n\nThe club dispensed with the 46-year-old's services less than 24 hours after the final whistle.\n\nAshworth, who sacked their own manager, Phil Teasdale, in October, have won five matches since.\n", findings: ['5:1 repeated-claim Dismissal of Chidi Okonkwo (Saturday) is reported twice (paragraphs 1 and 3)'] },
    // a not-guilty plea told again as the charges denied; one told of a year before and one of this week are two pleas
    { text: 'Denise Harlan, the former director of the food bank, has pleaded not guilty to wire fraud.\n\nThe trial is expected to last two weeks.\n\nHarlan has denied all of the allegations against her.\n', findings: ['5:1 repeated-claim Not-guilty plea of Denise Harlan is reported twice (paragraphs 1 and 3)'] },
    { text: 'Scott White was arrested in Sydney in 2020.\n\nWhite was charged that year and pleaded not guilty to murder.\n\nWhite on Thursday pleaded not guilty to murder and guilty to manslaughter.\n', findings: [] },
    // a verdict told again of the same offence; (verdicts on two offences are two: blind set BN)
    { text: 'Thomas Gillies, 46, was convicted of culpable homicide at the High Court in Paisley on Friday.\n\nThe trial lasted eight days.\n\nA jury found Gillies guilty of culpable homicide after four hours.\n', findings: ['5:1 repeated-claim Conviction of Thomas Gillies in Paisley (Friday) is reported twice (paragraphs 1 and 3)'] },
    { text: 'Thomas Gillies, 46, was cleared of murdering Andrew Kerr at the High Court in Paisley.\n\nThe jury rejected the murder charge by a majority and convicted him of the lesser charge of culpable homicide.\n\nThey found him guilty of attempting to defeat the ends of justice by washing the knife and hiding it in a drain.\n', findings: [] },
    // (a day of this week and an earlier month or year are two occasions)
    { text: 'A police officer who punched a handcuffed man has been dismissed.\n\nA misconduct panel found PC Darren Cole guilty of gross misconduct on Thursday.\n\nCole had been convicted of assault at Bristol Magistrates\' Court in May.\n', findings: [] },
    { text: 'A man wrongly jailed for murder has been freed.\n\nThe Court of Appeal set Peter Hanley free on Wednesday.\n\nHanley had been released on licence once before, in 2015, but was recalled within weeks.\n', findings: [] },
    // a death told again in an idiom whose "his" is whose death it is, after a lede whose long apposition
    // stands between the name and "has died" (and an "army-run" hospital is nothing more done)
    { text: 'Ta Mok, 80, also known as the Butcher, military commander of the regime which terrorised Cambodia in the 1970s, has died in a military hospital in Phnom Penh.\n\nHe was facing trial for genocide.\n\nHe joined the movement in the 1940s.\n\nHe lost a leg to a landmine in 1963.\n\nMedical staff said the former army chief breathed his last shortly before dawn at the army-run hospital in the capital.\n', findings: ['9:1 repeated-claim Death of Ta Mok in Phnom Penh is reported twice (paragraphs 1 and 5)'] },
    // (a separate outage is another; a description in apposition says who, not where)
    { text: 'Thunderstorms knocked out electricity to about 14,000 customers in Ohio on Tuesday.\n\nOn Tuesday night, some 14,000 customers lost power in Ohio in a separate outage caused by a substation fire.\n', findings: [] },
    // a death told in an idiom and plainly, where it happened (a description in apposition says who, not where)
    { text: 'Tomas Brenner, the Austrian actor best known as the detective in Kommissar Lenz, breathed his last on Sunday in Salzburg, his agent said.\n\nBrenner died on Sunday in Salzburg, the agent added.\n', findings: ['3:1 repeated-claim Death of Tomas Brenner in Salzburg (Sunday) is reported twice (paragraphs 1 and 2)'] },
    // a death told again by the noun the headline's apposition gives him, with no article before it
    // (WordNet's "map_maker", written closed up)
    { text: '# Tom Ashby, mapmaker who charted the Pennines, dies at 84\n\nTom Ashby has died at his home in Hebden Bridge, aged 84.\n\nHe drew his first map in 1961.\n\nThe mapmaker passed away peacefully at the Hebden Bridge house he had shared with his wife.\n', findings: ['7:1 repeated-claim Death of Tom Ashby in Hebden Bridge is reported twice (paragraphs 1 and 3)'] },
    // a rescue told again: a count of the owner's crew ("19 of the tanker's crew") pulled from the water, then brought out of the sea
    { text: "Two tugs pulled 19 of the tanker's crew from the water within two hours, the port authority said.\n\nThe search for three engineers went on.\n\nBy mid-afternoon, rescuers had brought nineteen seafarers alive out of the sea, an official said.\n", findings: ['5:1 repeated-claim Rescue is reported twice (paragraphs 1 and 3)'] },
    // a state of emergency told again as emergency rule, over the same count of provinces; (over other provinces, another)
    { text: "The government declared a state of emergency in 11 of the country's 21 provinces on Feb. 14.\n\nHerders have lost millions of animals.\n\nAuthorities put 11 provinces under emergency rule in February, freeing hay reserves.\n", findings: ['5:1 repeated-claim State of emergency (Feb. 14) is reported twice (paragraphs 1 and 3)'] },
    { text: "The government declared a state of emergency in 11 of the country's 21 provinces on Feb. 14.\n\nHerders have lost millions of animals.\n\nAuthorities put four more provinces under emergency rule in March.\n", findings: [] },
    // a resignation told again as the post relinquished; "he" after "said" is the one who said it, whoever an aside brings in
    { text: 'Hal Brandt, 71, whose father founded the resort, said he would step down as chairman when the sale completes.\n\nThe resort has 310 workers.\n\nBrandt will relinquish the chairmanship, the filing said.\n', findings: ['5:1 repeated-claim Resignation of Hal Brandt is reported twice (paragraphs 1 and 3)'] },
    // an apology told again in other words
    { text: 'Dr Ann Lloyd, 58, has resigned as chief executive of the health board.\n\nIn a letter, Dr Lloyd apologised to patients whose treatment had been delayed.\n\nThe board will appoint an interim chief executive next week.\n\nThe 58-year-old said sorry to the patients caught up in the delays.\n', findings: ['7:1 repeated-claim Apology of Ann Lloyd is reported twice (paragraphs 2 and 4)'] },
    // a resignation is one person's in a story: the lede's telling that names no one is the named one's
    {
      text: 'The chair of Eastmoor Parish Council has resigned after a row over the village hall lease.\n\nThe council will choose a new chair in June. Residents had called a public meeting.\n\nMembers voted last month to renew the lease for ten years.\n\nA council spokesman confirmed on Monday that Cllr Peter Dunmore had stepped down as chair with immediate effect.\n',
      findings: ['7:1 repeated-claim Resignation is reported twice (paragraphs 1 and 4)'],
    },
    // (nor where it is someone else's, another title's, or another year's)
    { text: 'Finance director Anne Cole resigned on Monday as Hartley Foods battled a listeria scare.\n\nThe firm recalled 40 products last week.\n\nThe chairman resigned on Monday, the company said.\n', findings: [] },
    { text: 'John Perrin, 52, was convicted of murder at Bristol Crown Court on Friday.\n\nThe trial lasted two weeks.\n\nHis brother was convicted of perverting the course of justice on Friday.\n', findings: [] },
    { text: 'John Perrin, 52, was convicted of murder at Bristol Crown Court on Friday.\n\nThe trial lasted two weeks.\n\nThe jury was not told that the defendant was convicted of manslaughter in 2009.\n', findings: [] },
    // (nor another rank of the office: "deputy leader" is not "Council leader Mark Holloway")
    { text: 'The deputy leader of Harrowby council has resigned over the housing row.\n\nThe council said an interim arrangement would be announced next week.\n\nOpposition members said the decision was overdue.\n\nCouncil leader Mark Holloway has resigned, his office said.\n', findings: [] },
    // the same sentence told again word for word is told twice surely, though the event in it names no one
    { text: 'About 14,000 homes lost power in the storm.\n\nCrews worked through the night.\n\nSchools were closed.\n\nAbout 14,000 homes lost power in the storm.\n', findings: ['7:1 repeated-claim Power cut is reported twice (paragraphs 1 and 4)'] },
    // the lede brings its one person in with "a"; told again by name well after, with its source (whose name is no verb)
    { text: 'A former headteacher has been convicted of stealing £120,000 from her school.\n\nThe money had been set aside for a new sports hall.\n\nGovernors raised the alarm after an audit.\n\nMargaret Grant, 57, was convicted of fraud by abuse of position, the Crown Prosecution Service said.\n', findings: ['7:1 repeated-claim Conviction is reported twice (paragraphs 1 and 4)'] },
    // (nor the paragraph right after a lede that describes before it names: it identifies)
    { text: '# Council leader stands down\n\n**Monday, 10 March 2025**\n\nThe leader of Westbrook Borough Council has stood down with immediate effect, a week after auditors criticised the authority.\n\nCllr Graham Tulley, 63, told colleagues in an email on Monday morning that he was stepping down for personal reasons.\n', findings: [] },
    // a power cut told again with the day the lede gave, its count heading a long subject (no one named, but the same large count)
    {
      text: "A line of thunderstorms raked the valley on Tuesday evening, toppling trees and power poles.\n\nThe storm knocked out electricity to about 14,000 Pacific Power customers, and crews were still working Wednesday.\n\nOrchards lost much of the cherry crop.\n\nGrowers met on Wednesday to count the cost.\n\nSome 14,000 homes and businesses in the utility's service area lost power Tuesday night.\n",
      findings: ['9:1 repeated-claim Power cut is reported twice (paragraphs 2 and 5)'],
    },
    // (not where the unnamed telling counts a group, or brings someone in)
    { text: 'Two directors of Harlow Mills have resigned.\n\nThe company said trading was difficult.\n\nA third director, Ann Price, resigned on Monday.\n', findings: [] },
    { text: 'Police arrested Ana Ruiz in Porto on Monday.\n\nA second suspect, Tomas Vidal, was arrested in Braga on Tuesday.', findings: [] },
    { text: 'The company made a profit of $3 million in 2024.\n\nIt made a profit of $5 million in 2025.', findings: [] },
    // a first interview told again as the first time she has spoken publicly
    { text: "Dr Amira Farouk, the founder of Kestrel Health, gave her first interview since the breach to the Chronicle on Monday.\n\nThe company lost data on 40,000 patients in March.\n\nIt is the first time Farouk has spoken publicly about what happened.\n", findings: ['5:1 repeated-claim Amira Farouk\'s first interview is reported twice (paragraphs 1 and 3)'] },
    // "also" at the verb: another conviction, not the first told again
    { text: "Black, who was born in Canada and holds the title Baron Black of Crossharbour in the United Kingdom, was found guilty in July 2007 of three counts of mail and wire fraud for paying himself and others millions of dollars in illegal bonuses taken from Hollinger holdings. He was also convicted of obstruction of justice, on the strength of surveillance footage showing him moving 13 boxes of documents out of his Toronto office the day after he learned he was under investigation.", findings: [] },
    // a source's own account of the death, in its own words, backs the first telling
    {
      text: 'Tomas Vidal, 31, went on the run on Tuesday after the shooting.\n\nVidal died in a confrontation with police yesterday after officers found him in a forest north of the city.\n\nState police say he was shot and taken to a regional hospital, where he later succumbed to his injuries.',
      findings: [],
    },
    // a source's telling well after the first whose only new verb is in a clause of when it happened ("when
    // the cab hit the ground") retells it (blind set AO); (right after it, "after he punched an officer and
    // ran", the source tells more of it)
    {
      text: 'Craig Hollins, 47, suffered multiple injuries and died at the scene, the inquest was told.\n\nThe crane had been inspected in May.\n\nIts operator had raised no concerns.\n\nParamedics confirmed that the 47-year-old had been killed instantly when the cab hit the ground.\n',
      findings: ['7:1 repeated-claim Death of Craig Hollins is reported twice (paragraphs 1 and 4)'],
    },
    { text: 'Dean Holt, 31, was arrested in Croydon on Friday afternoon.\n\nPolice said Holt had been arrested after he punched a police officer and ran into the Whitgift Centre.\n\nThe officer suffered a broken nose.\n', findings: [] },
    // an opening participle sets the scene; the sentencing is told once
    {
      text: 'Daniel Ferris was sentenced at Northgate Crown Court on Friday.\n\nThe court heard he had been drinking.\n\nSentencing him, Judge Margaret Oduya said Ferris had shown no remorse.',
      findings: [],
    },
    // the day the first sentence gives beside another word ("spoke … on Monday, her first interview") is no new detail
    { text: "Dr. Anita Raman, who leads the study, spoke to the Herald on Monday, her first interview since the pause.\n\nThe trial enrolled 300 patients.\n\nMonday's conversation with the Herald was the first time Raman has spoken publicly about the pause.\n", findings: ["5:1 repeated-claim Anita Raman's first interview is reported twice (paragraphs 1 and 3)"] },
    // "from Alzheimer's" is no place; "his wife, who died in 2005" is her death, not his; "the age of 90" counts no one
    { text: "Karl Hess, the wrestler, has died at the age of 90.\n\nHess ran a shop in Texas with his wife, who died in 2005.\n\nHess passed away after years of suffering from Alzheimer's.\n", findings: ['5:1 repeated-claim Death of Karl Hess is reported twice (paragraphs 1 and 3)'] },
    // "His son, Mark Halvorsen" makes Gary, a man, "the father"; "His brother, Tom Kerr" leaves "the brother" Tom alone
    { text: 'Gary Kerr, 52, runs the family garage in Leeds.\n\nHis brother, Tom Kerr, 49, was convicted of theft in March.\n\nThe brother was convicted in March of stealing cars.\n', findings: ['5:1 repeated-claim Conviction of Tom Kerr (March) is reported twice (paragraphs 2 and 3)'] },
    { text: 'Gary Halvorsen, 69, pleaded guilty in March to one count of wire fraud.\n\nHis son, Mark Halvorsen, 41, pleaded guilty to a lesser charge.\n\nThe father admitted the fraud and tax counts in a plea agreement six months ago.\n', findings: ['5:1 repeated-claim Guilty plea of Gary Halvorsen (March) is reported twice (paragraphs 1 and 3)'] },
    // a first told again as never before; a never-before of another matter is another claim
    { text: 'Dr Helen Marsh was appointed head of the cardiology unit at Wellford Hospital in 1976, the first woman to lead it.\n\nShe trained in Leeds.\n\nNo woman had run the unit before she took charge.\n', findings: ['5:1 repeated-claim The claim “Dr Helen Marsh was appointed head of the …” is reported twice (paragraphs 1 and 3)'] },
    { text: 'A child has died of measles in Pratt County, the first measles death in the county since 1992.\n\nThe clinic opened on Monday.\n\nDr Lena Ames had never treated a measles case before.\n', findings: [] },
    // a story's only first and only never-before are its one record, however worded
    { text: "Riverton beat the Kernels 3-0 on Tuesday. It was the first no-hitter in the club's 27-year history.\n\nThe crowd was 4,211.\n\nBefore Tuesday, no Riverton pitcher had ever held an opponent without a hit for nine innings.\n", findings: ["5:1 repeated-claim The claim “It was the first no-hitter in the club's …” is reported twice (paragraphs 1 and 3)"] },
    // a first in a club's history; one of people in turn ("the first to reach him") is no record
    { text: "Rovers won the league title on Saturday with a 2-0 win at Kinsey Park. It was the first league title in the club's 120-year history.\n\nThe crowd was 4,000.\n\nRovers had never won the league title before Saturday.\n", findings: ['5:1 repeated-claim The claim “It was the first league title in the …” is reported twice (paragraphs 1 and 3)'] },
    { text: "Before Tuesday, no Otters pitcher had ever held an opponent without a hit for nine innings.\n\nCosta, now the Otters' pitching coach, was the first to reach Sandoval in the dugout.\n", findings: [] },
    // a first of people in turn told with another verb, its holder named by one noun on both sides
    { text: 'The study is the first to reconstruct winter precipitation for the whole Great Basin, its authors said.\n\nThe team sampled 41 trees.\n\nNo earlier study had managed to produce an annual precipitation record for the entire basin.\n', findings: ['5:1 repeated-claim The claim “The study is the first to reconstruct winter …” is reported twice (paragraphs 1 and 3)'] },
    { text: 'Smith is the first player to score 100 goals for the club.\n\nThe crowd was 4,000.\n\nNo player had been sent off in a final before Saturday.\n', findings: [] },
    // a first of people in turn told again as never before of the same act; history as a school subject
    { text: 'Reid became the first to win the Golden Boot twice on Sunday.\n\nThe crowd cheered.\n\nNo player had won the Golden Boot twice before Reid.\n', findings: ['5:1 repeated-claim The claim “Reid became the first to win the Golden …” is reported twice (paragraphs 1 and 3)'] },
    { text: 'Pupils at Oakfield School sat the first paper in the new GCSE history exam on Monday.\n\nThe exam lasted two hours.\n\nNo pupils at Oakfield School had sat a GCSE history exam before this year.\n', findings: [] },
    // the first of a sequence is no first-ever
    { text: 'Ellis scored twice in the first half as Rovers beat Dunmore at Kinsey Park.\n\nThe crowd was 4,000.\n\nRovers had not beaten Dunmore at Kinsey Park in nine years.\n', findings: [] },
    // "shut" is "closed"
    { text: 'Highways crews closed the Cressage Bridge on Tuesday because of flooding.\n\nThe river rose all day.\n\nCrews shut the Cressage Bridge on Tuesday.\n', findings: ['5:1 repeated-claim Closure of Cressage Bridge (Tuesday) is reported twice (paragraphs 1 and 3)'] },
    // a name in apposition after a preposition is not the subject, and "Grant" read as a verb is still a name
    { text: 'Derek Ashworth resigned as council leader on Tuesday.\n\nThe review was published on Monday.\n\nIn a letter to the chief executive, Paula Grant, Ashworth formally gave up the leadership.\n', findings: ['5:1 repeated-claim Resignation of Derek Ashworth (Tuesday) is reported twice (paragraphs 1 and 3)'] },
    // a tie told from the other side ("Pell is the brother of …" … "Rudd, Cllr Pell's older sister")
    { text: 'Cllr Gary Pell is the brother of the council leader, Janet Rudd.\n\nThe vote was close.\n\nCllr Rudd, Cllr Pell\'s older sister, said she had declared an interest.\n', findings: ["5:1 repeated-claim That Gary Pell is Janet Rudd's brother is reported twice (paragraphs 1 and 3)"] },
    // a person's death told again with its day, well after the lede; the day right after the lede is an obituary's order
    { text: 'Elspeth Kerr, who has died at her home in Crail, aged 84, made jugs for six decades.\n\nShe trained in Edinburgh.\n\nShe taught in Dundee for a decade.\n\nHer pots sold in London.\n\nShe passed away peacefully on Sunday in the house above the harbour.\n', findings: ['9:1 repeated-claim Death of Elspeth Kerr in Crail is reported twice (paragraphs 1 and 5)'] },
    { text: 'Margit Havel, the ceramicist, has died at her home near Kelso. She was 91.\n\nHer son, Tomas Havel, said she died peacefully on Sunday morning after a short illness.\n\nShe built her first kiln in 1972.\n', findings: [] },
    // told three times, the death is told again against the lede's telling only
    { text: "Margaret Ellison, the first woman to lead the Bristol Port Authority, died on Tuesday. She was 91.\n\nShe died at her home in Clifton, her daughter said.\n\nEllison joined the authority as a clerk in 1952.\n\nShe rose to chief executive in 1981.\n\nEllison died on Tuesday after a short illness.\n", findings: ['9:1 repeated-claim Death of Margaret Ellison (Tuesday) is reported twice (paragraphs 1 and 5)'] },
    // "dad" is "father": one tie told in two registers
    { text: "Imogen Rushworth, 19, who is coached by her father, Martin, set a British record on Friday.\n\nShe swam 2:20.46.\n\nMartin Rushworth, Imogen Rushworth's dad, said he had to sit down.\n", findings: ["5:1 repeated-claim That Martin Rushworth is Imogen Rushworth's father is reported twice (paragraphs 1 and 3)"] },
    // "admitted the counts" is the guilty plea told again; "admitted that …" is not
    { text: 'Dwayne Harlan pleaded guilty in March to wire fraud.\n\nThe scheme ran for a decade.\n\nHarlan admitted both the wire-fraud and the laundering counts this spring.\n', findings: ['5:1 repeated-claim Guilty plea of Dwayne Harlan (March) is reported twice (paragraphs 1 and 3)'] },
    { text: 'Dwayne Harlan pleaded guilty in March to wire fraud.\n\nThe scheme ran for a decade.\n\nHarlan admitted that he had lied to investors.\n', findings: [] },
    // leaving the ministry is the resignation, and the year in the aside on him is not when
    { text: 'David Parker resigned from Cabinet today.\n\nHe was Attorney-General.\n\nParker, who entered Parliament in 2002, has now left the ministry altogether.\n', findings: ['5:1 repeated-claim Resignation of David Parker is reported twice (paragraphs 1 and 3)'] },
    // one sum given, told as a gift from the giver and as the giver's donation
    { text: 'The work was paid for by a £250,000 gift from the Harrow Foundation.\n\nThe theatre reopens in May.\n\nThe Harrow Foundation, which has donated £250,000 towards the work, was set up by a local family.\n', findings: ["5:1 repeated-claim Harrow Foundation's £250,000 gift is reported twice (paragraphs 1 and 3)"] },
    // "the 44-year-old" is the one person the story gave that age, also in what a verdict means
    { text: 'Darren Whitcombe, 44, of Clevedon, was found guilty at Bristol Crown Court of fraud.\n\nThe jury took six hours.\n\nThe verdict means the 44-year-old now stands convicted of fraud.\n', findings: ['5:1 repeated-claim Conviction of Darren Whitcombe is reported twice (paragraphs 1 and 3)'] },
    // "the Kingsford man" is the one person the story gives as from Kingsford; with two, neither
    { text: 'Scott Johnson, 38, of Kingsford, was charged on Wednesday with killing three teenagers.\n\nThe shooting shocked the town.\n\nProsecutors charged the Kingsford man on Wednesday with murder.\n', findings: ['5:1 repeated-claim Charges of Scott Johnson (Wednesday) is reported twice (paragraphs 1 and 3)'] },
    { text: 'Scott Johnson, 38, of Kingsford, was charged on Wednesday with killing three teenagers. His neighbour, Dale Reid, 41, of Kingsford, was charged with perjury.\n\nThe shooting shocked the town.\n\nProsecutors charged the Kingsford man on Wednesday with murder.\n', findings: [] },
    // "the elder Halvorsen" is the older of the two Halvorsens the story gives ages, not the one named last
    { text: 'Gary Halvorsen, 69, was arrested in Oslo on Monday. His son, Mark Halvorsen, 41, was not arrested.\n\nThe court heard that Mark Halvorsen ran the gallery.\n\nPolice arrested the elder Halvorsen in Oslo on Monday morning.\n', findings: ['5:1 repeated-claim Arrest of Gary Halvorsen in Oslo (Monday) is reported twice (paragraphs 1 and 3)'] },
    // "ordered him taken into custody": what befell the causative verb's object
    { text: 'Judge Ellen Marquardt sentenced Gary Halvorsen to four years and ordered him taken into custody at the end of the hearing.\n\nHalvorsen had asked to remain free until March.\n\nAs the hearing ended, deputy marshals handcuffed Halvorsen and led him out of the courtroom.\n', findings: ['5:1 repeated-claim Arrest of Gary Halvorsen is reported twice (paragraphs 1 and 3)'] },
    // two people of that age, both convicted: the description names neither (with one cleared, the
    // conviction is the other's: a conviction is one person's in a story that convicts one)
    { text: 'Darren Whitcombe, 44, of Clevedon, was found guilty at Bristol Crown Court of fraud.\n\nHis partner, Lisa Marsh, 44, was convicted of perjury.\n\nThe verdict means the 44-year-old now stands convicted of fraud.\n', findings: [] },
    { text: 'Darren Whitcombe, 44, of Clevedon, was found guilty at Bristol Crown Court of fraud.\n\nHis partner, Lisa Marsh, 44, was cleared.\n\nThe verdict means the 44-year-old now stands convicted of fraud.\n', findings: ['5:1 repeated-claim Conviction of Darren Whitcombe is reported twice (paragraphs 1 and 3)'] },
    // a defeat conceded, told again in other words; "conceded that …" is speech
    { text: 'Deirdre Harmon conceded the race on Thursday night in a phone call to Luis Ortiz.\n\nThe recount ended on Wednesday.\n\nHarmon admitted defeat late Thursday, telephoning Ortiz.\n', findings: ['5:1 repeated-claim Concession of Deirdre Harmon (Thursday) is reported twice (paragraphs 1 and 3)'] },
    { text: 'Deirdre Harmon conceded the race on Thursday night in a phone call to Luis Ortiz.\n\nThe recount ended on Wednesday.\n\nHarmon conceded that the count had been fair.\n', findings: [] },
    // recruited is appointed
    { text: 'Lumen Therapeutics has appointed Priya Natarajan as its chief scientific officer.\n\nThe post had been vacant since August.\n\nLumen has now recruited Natarajan to take charge of its science.\n', findings: ['5:1 repeated-claim Appointment of Priya Natarajan is reported twice (paragraphs 1 and 3)'] },
    // "the director" is the one person given that title; "is stepping down" is progressive, not passive;
    // the aside "in the post since 2016" neither dates the resignation nor subordinates it
    { text: '# Halvern Museum director Ibáñez resigns\n\nHéctor Ibáñez has resigned, the museum\'s board announced Monday.\n\nThe museum opened in 1904.\n\nIn its statement the board confirmed that the director, in the post since 2016, is stepping down.\n', findings: ['7:1 repeated-claim Resignation of Héctor Ibáñez is reported twice (paragraphs 1 and 3)'] },
    // "He" with no one of his gender named in the sentences before is the man the story names most, and
    // a sentence opening on "He" goes on about the man the sentence before was about (not the son it lists)
    { text: 'Milan Dvořák, the composer, died at his home in Hereford on Sunday.\n\nDvořák wrote nine symphonies. Critics found his music too tonal.\n\n"I write for people who listen," he once said.\n\nThe reviews did not matter.\n\nHe is survived by a son, Pavel, and a daughter, Eva.\n\nHe passed away peacefully in his sleep at the house near the cathedral, his publisher said.\n', findings: ['11:1 repeated-claim Death of Milan Dvořák in Hereford (Sunday) is reported twice (paragraphs 1 and 6)'] },
    // an obituary's survivors are named again by custom
    {
      text: 'Douglas Pettit, the boatbuilder, has died aged 87.\n\nHis daughter, Claire Westley, said the family had been overwhelmed.\n\nHe built 200 boats.\n\nMr Pettit is survived by his daughter Claire, his son Peter, and four grandchildren.\n',
      findings: [],
    },
    // what stands outside a quotation is who said it, not a claim to compare
    {
      text: 'Braxton Bilbrey, 7, swam from Alcatraz to Aquatic Park. "If you were to ask me if a 7-year-old is old enough to do it, I\'d say maybe one out of 10 million, but he\'s that one," said Bilbrey\'s coach, Joe Zemaitis. Zemaitis made the swim along with Bilbrey.\n',
      findings: [],
    },
    // a place before the noun it qualifies is not who was appointed ("former Wales youth international Luis Reyes")
    {
      text: 'Harbridge Town have appointed former Wales youth international Luis Reyes as their new manager.\n\nThe club finished ninth last season.\n\nReyes had been named as Pike\'s permanent successor, the club confirmed.\n',
      findings: ['5:1 repeated-claim Appointment of Luis Reyes is reported twice (paragraphs 1 and 3)'],
    },
    // "cease operations" is a closure, "the Battle Creek facility" says where, and "a second shift" after
    // the comma is no second closure (no participant is named: worth a look)
    {
      text: 'Harvest Mills will close its cereal plant in Battle Creek by December of next year.\n\nThe plant employs 340 people.\n\nUnder the timetable, the Battle Creek facility will cease operations for good in the last quarter of next year, after the Georgia plant adds a second shift.\n',
      findings: ['5:1 repeated-claim Closure in Battle Creek (December) is reported twice (paragraphs 1 and 3)'],
    },
    // an appeal court's ruling told again in other words; the court below is whose decision it was
    {
      text: 'A three-judge panel overturned the decision of the Superior Court on Tuesday in a 3-0 ruling.\n\nThe workers had sued in 2019.\n\nThe decision reversed the ruling of the Superior Court and sent the suit back for trial.\n',
      findings: ['5:1 repeated-claim Overturned ruling of Superior Court (Tuesday) is reported twice (paragraphs 1 and 3)'],
    },
    // a boat that overturned and a decline reversed are no rulings
    { text: 'The ferry overturned in the Mersey on Tuesday.\n\nThe Superior Court will hear the case.\n\nThe new owners reversed the decline of the Superior Court building.\n', findings: [] },
    // a resignation told again as giving up the leadership
    { text: 'Councillor Ruth Gale resigned on Tuesday night after the budget vote.\n\nThe council meets again in March.\n\nGale had given up the leadership on Tuesday evening.\n', findings: ['5:1 repeated-claim Resignation of Ruth Gale (Tuesday) is reported twice (paragraphs 1 and 3)'] },
    // who said it, after the event, does nothing more ("a statement issued by …")
    {
      text: 'The folk singer Ada Merrow died at a hospice in Bangor on Friday evening.\n\nShe recorded eleven albums.\n\nMerrow lost her battle with the illness on Friday night, according to a statement issued by her record label.',
      findings: ['5:1 repeated-claim Death of Ada Merrow in Bangor (Friday) is reported twice (paragraphs 1 and 3)'],
    },
    // a relative time told when; "Officers" is no new participant
    {
      text: 'Karl Brandt went on the run and surrendered the next day.\n\nThe bank reopened on Monday.\n\nBrandt gave himself up on June 3.',
      findings: ['5:1 repeated-claim Surrender of Karl Brandt is reported twice (paragraphs 1 and 3)'],
    },
    // an opening participle's phrase is not the clause ("Prosecuting, Helen Marsh said …")
    {
      text: 'Prosecuting, Helen Marsh said Craig Ellerby, 41, was arrested on 14 March at a scrapyard in Rotherham.\n\nThe lead was worth £40,000.\n\nOfficers detained the 41-year-old at the scrapyard in Rotherham on 14 March as he tried to sell the roofing.\n',
      findings: ['5:1 repeated-claim Arrest of Craig Ellerby in Rotherham (14 March) is reported twice (paragraphs 1 and 3)'],
    },
    // "the former umpire": the noun an apposition gave one person, after a word for what they were
    {
      text: 'Dennis Hedley, the Pudsey-born umpire who stood in 48 Tests, has died aged 81.\n\nHe died on Tuesday at St Michael\'s Hospice in Harrogate after a short illness.\n\nHe joined the umpires\' list in 1975.\n\nThe former umpire passed away peacefully at St Michael\'s on Tuesday.\n',
      findings: ['7:1 repeated-claim Death of Dennis Hedley in Harrogate (Tuesday) is reported twice (paragraphs 2 and 4)'],
    },
    // "the coach" of "who coached the Eagles": a title no one holds by name, the noun for what he does
    {
      text: 'Ray Dunn, who coached the Eagles for 14 seasons, resigned Friday.\n\nDunn won three league titles.\n\nThe coach resigned on Friday after a losing season.\n',
      findings: ['5:1 repeated-claim Resignation of Ray Dunn (Friday) is reported twice (paragraphs 1 and 3)'],
    },
    // (not "the bus driver" of "who drove the car that crashed into the bus": the noun that says what of is not the one told with him)
    { text: 'Olu Ade, who drove the car that crashed into the bus, was arrested Monday.\n\nThe bus driver was arrested Monday too, after failing a breath test.\n', findings: [] },
    // (the death's cause told only later tells more; blind set CB)
    { text: 'Mandla Shabangu, the choral conductor, died at his home on Sunday, 9 February. He was 78.\n\nHis family said he died after a long illness.\n', findings: [] },
    { text: 'Ngozi Adeyemi, the Lagos-born nurse, died in London on Friday. She was 71.\n\nHer son said she died peacefully in her sleep after a short battle with pneumonia.\n', findings: [] },
    // a family's word for the death adds nothing of its own: "following" is "after", no act of theirs
    {
      text: 'Walter Prynne, 84, died at his home in Bridgnorth on Tuesday after a short illness.\n\nHe restored more than 200 turret clocks.\n\nHe married Joan in 1962.\n\nHe passed away peacefully in his own house, following a brief period of ill health, his family said.\n',
      findings: ['7:1 repeated-claim Death of Walter Prynne in Bridgnorth (Tuesday) is reported twice (paragraphs 1 and 4)'],
    },
    // a length of time that tells when ("less than 24 hours after the final whistle") is no new detail of the dismissal
    {
      text: 'Kettleby Town have parted company with manager Chidi Okonkwo after Saturday\'s 3-0 home defeat.\n\nHe was appointed in May 2023.\n\nThe club dispensed with his services less than 24 hours after the final whistle on Saturday.\n',
      findings: ['5:1 repeated-claim Dismissal of Chidi Okonkwo (Saturday) is reported twice (paragraphs 1 and 3)'],
    },
    // no one named, but one person described alike ("A 16-year-old boy" / "a teenager"); a clause the police
    // add with a subject of its own is no act of their account of the arrest (blind set AL); a girl is no boy
    {
      text: 'A 16-year-old boy was arrested on suspicion of arson after the fire at Pen-y-Bryn on Sunday.\n\nMore than 60 firefighters tackled the blaze.\n\nPolice said a teenager had been detained in connection with the fire, and they appealed for witnesses.\n',
      findings: ['5:1 repeated-claim Arrest in Pen-y-Bryn (Sunday) is reported twice (paragraphs 1 and 3)'],
    },
    { text: 'A 15-year-old girl was arrested after the fire at Pen-y-Bryn on Sunday.\n\nMore than 60 firefighters tackled the blaze.\n\nA boy was detained in connection with the fire.\n', findings: [] },
    // holding a person is an arrest ("Officers held a man in his thirties"); holding talks with him is not
    {
      text: 'A 34-year-old man from Wexley was arrested on Sunday on suspicion of robbery.\n\nThe raid lasted four minutes.\n\nOfficers held a man in his thirties at a house in Wexley on Sunday.\n',
      findings: ['5:1 repeated-claim Arrest (Sunday) is reported twice (paragraphs 1 and 3)'],
    },
    { text: "A 34-year-old man from Wexley was arrested on Sunday on suspicion of robbery.\n\nThe raid lasted four minutes.\n\nOfficers held talks with the man's family in Wexley on Sunday.\n", findings: [] },
    // a count that heads its subject past the ages set beside it ("Two boys, aged 14 and 15, were
    // arrested") is the arrest's count (blind set AE); (a later telling that gives the ages tells more)
    {
      text: 'Two boys, aged 14 and 15, were arrested on suspicion of arson after a fire destroyed the pavilion at Thornleigh Cricket Club on Sunday.\n\nThree fire engines were sent.\n\nThe club has 120 members.\n\nPolice detained two teenagers in connection with the blaze on Sunday.\n',
      findings: ['7:1 repeated-claim Arrest (Sunday) is reported twice (paragraphs 1 and 4)'],
    },
    { text: 'Police have found cannabis worth £2.4m in a mill in Dunholme, and two men have been arrested.\n\nOfficers raided the building on Wednesday.\n\nTwo men, aged 24 and 31, were arrested at the scene.\n', findings: [] },
    // (nor a noun alone, the lede told out, nor "a man" brought in again with the same noun: another man) (review)
    { text: 'A man was killed and a woman was injured in a crash on the A6 in Kendal on Friday, police said.\n\nThe man died at the scene. The woman was taken to hospital.\n', findings: [] },
    { text: 'A man in his 20s was arrested on suspicion of assault after the fight in Truro.\n\nA man in his 50s was arrested on suspicion of affray.\n', findings: [] },
    // a place qualifying the noun a preposition takes ("at the Paignton property") is where; no one named: worth a look
    {
      text: 'Police arrested the men at an address in Paignton on Wednesday.\n\nNineteen engines were stolen.\n\nDetectives took the pair into custody at the Paignton property early on Wednesday.\n',
      findings: ['5:1 repeated-claim Arrest in Paignton (Wednesday) is reported twice (paragraphs 1 and 3)'],
    },
    // leaving the company is the resignation told again (how long she stayed, "after 12 years", is no new detail of it)
    {
      text: 'Sunita Raman has resigned as chief executive of Lenswise with immediate effect.\n\nRaman, 52, joined Lenswise in 2013.\n\nThe 52-year-old is leaving the company after 12 years, the retailer said.\n',
      findings: ['5:1 repeated-claim Resignation of Sunita Raman is reported twice (paragraphs 1 and 3)'],
    },
    // "the tow company owner": the noun for what a relative clause said he did ("who owned"), after nouns that say what of
    {
      text: 'Travis Kimbrough, who owned Kimbrough Recovery & Tow, was arrested in March 2023 after a sting.\n\nJurors acquitted him of three counts.\n\nUndercover officers took the tow company owner into custody in the spring of 2023.\n',
      findings: ['5:1 repeated-claim Arrest of Travis Kimbrough (March 2023) is reported twice (paragraphs 1 and 3)'],
    },
    // a retirement, a dismissal and a marriage told again in other words ("retired" read as an adjective
    // after a name is still the verb; "the couple" is the pair the marriage named)
    {
      text: "Dennis Hedley, the Pudsey umpire who stood in 48 Tests, has died aged 81.\n\nHedley retired from the umpires' list at the end of the 2006 season.\n\nHe later trained new officials in Headingley.\n\nHedley bowed out of the first-class game in 2006.\n",
      findings: ['7:1 repeated-claim Retirement of Dennis Hedley (2006) is reported twice (paragraphs 2 and 4)'],
    },
    {
      text: 'Kettleby Town have sacked manager Chidi Okonkwo after a 5-0 defeat on Saturday.\n\nThe club thanked him for his hard work.\n\nKettleby parted company with Okonkwo on Saturday evening, after the final whistle.\n',
      findings: ['5:1 repeated-claim Dismissal of Chidi Okonkwo (Saturday) is reported twice (paragraphs 1 and 3)'],
    },
    {
      text: 'Hal Nordahl, the Duluth weatherman, has died aged 85.\n\nHe married Joan Pettersen, a schoolteacher from Cloquet, in 1962.\n\nHe joined WDIO in 1968.\n\nThe couple had exchanged vows at a church in Cloquet in 1962.\n',
      findings: ['7:1 repeated-claim Marriage of Hal Nordahl and Joan Pettersen in Cloquet (1962) is reported twice (paragraphs 2 and 4)'],
    },
    // (a retirement from another role is another: "from management" … "as a player")
    { text: 'Neil Warnock retired from management on Monday at the age of 75, ending a career that took in 16 clubs.\n\nWarnock won a record eight promotions.\n\nA combative full-back, he retired as a player after a modest career with Rotherham.\n', findings: [] },
    // (a second marriage is another)
    { text: 'Hal Nordahl, the Duluth weatherman, has died aged 85.\n\nHe married Joan Pettersen, a schoolteacher from Cloquet, in 1962.\n\nJoan died in 1995.\n\nThe couple married in Duluth in 1999.\n', findings: [] },
    // a count of ten or more told again with no one named; "second" in both tellings marks the same occurrence
    {
      text: "A gunman killed 32 people on Monday in two attacks on the campus.\n\nAt about 09:15, 30 people were killed in the second shooting, at the Norris Hall classroom building.\n\nStudents said the gunman chained the doors.\n\nIt was in this building, the scene of the morning's second attack, that thirty victims lost their lives.\n",
      findings: ['7:1 repeated-claim Death toll is reported twice (paragraphs 2 and 4)'],
    },
    // a sentence told by its length and then as a term handed to the one named; two lengths are two terms
    {
      text: 'A practice manager who siphoned £86,340 from a surgery has been jailed for three years and four months.\n\nMoira Tennant, 52, admitted fraud at Leeds Crown Court.\n\nThe judge handed the 52-year-old a 40-month prison term.\n',
      findings: ['5:1 repeated-claim Sentence is reported twice (paragraphs 1 and 3)'],
    },
    {
      text: 'A practice manager who siphoned £86,340 from a surgery has been jailed for three years and four months.\n\nMoira Tennant, 52, admitted fraud at Leeds Crown Court.\n\nThe judge handed the 52-year-old a 30-month prison term.\n',
      findings: [],
    },
    // the same sum told again of the same kind of event ("2025 sales": a year, not a count of sales)
    {
      text: 'Danish turbine maker Nordvind Energi said on Thursday it would cut 1,200 jobs, but reaffirmed its full-year guidance for revenue of 4.2 billion euros.\n\nQuarterly revenue rose 4 percent to 1.03 billion euros.\n\nThe company stuck to its outlook for 2025 sales of 4.2 billion euros and an operating margin of 3 to 5 percent.\n',
      findings: ['5:1 repeated-claim Revenue is reported twice (paragraphs 1 and 3)'],
    },
    // against the telling it retells most closely, not the lede's passing mention
    {
      text: 'Ana Ruiz, who has died aged 91, painted birds for sixty years.\n\nShe died on 3 March at her home in Richmond, south-west London.\n\nThe war years marked her.\n\nShe passed away peacefully in the Richmond house where she had worked for half a century.\n',
      findings: ['7:1 repeated-claim Death of Ana Ruiz in Richmond (3 March) is reported twice (paragraphs 2 and 4)'],
    },
    {
      text: 'Lena Hart was arrested at her home in Dunmore.\n\nThe warehouse burned for six hours.\n\nOfficers detained Hart at her Mill Lane address.',
      findings: ['5:1 repeated-claim Arrest of Lena Hart in Dunmore is reported twice (paragraphs 1 and 3)'],
    },
    // the doer named where the first telling said it in a word ("Agents arrested …" … "by HSI officers"), a
    // place told in words ("at the warehouse") and the day the opening paragraphs gave are nothing more told
    {
      text: 'Federal agents raided a warehouse in Linden on Tuesday.\n\nAgents arrested Victor Almanza, 44, of Elizabeth, at the warehouse.\n\nThe bottles were worth $2 million.\n\nVictor Almanza was taken into custody by HSI officers at the Linden Avenue site.\n',
      findings: ['7:1 repeated-claim Arrest of Victor Almanza is reported twice (paragraphs 2 and 4)'],
    },
    {
      text: 'Thousands of bottles of fake vodka were seized from a unit in Stanwick.\n\nPolice raided the unit at about 7am on Thursday, 12 June.\n\nA 44-year-old Stanwick man was arrested at the scene.\n\nInside, officers found a bottling line.\n\nOfficers held the Stanwick man at the unit on Thursday morning.\n',
      findings: ['9:1 repeated-claim Arrest in Stanwick is reported twice (paragraphs 3 and 5)'],
    },
    // (a day of another month the opening gave is another occasion: "In February … walked out" is no strike, nor this week's)
    { text: 'Police raided the unit on Thursday, 12 June.\n\nA 44-year-old Stanwick man was arrested at the scene.\n\nInside, officers found a bottling line.\n\nOfficers held a Stanwick man at the unit on Friday morning.\n', findings: [] },
    // the lede brings one man in unnamed and a later paragraph names him, on the same day; (not another day)
    {
      text: 'A Louisiana man was arrested Tuesday and accused of stealing live crawfish, authorities said.\n\nTravis Guidry, 38, had worked on the farm.\n\nThe farm is near Cecilia.\n\nGuidry was taken into custody at his home on Tuesday morning.\n',
      findings: ['7:1 repeated-claim Arrest in Louisiana (Tuesday) is reported twice (paragraphs 1 and 4)'],
    },
    { text: 'A Louisiana man was arrested Tuesday and accused of stealing live crawfish, authorities said.\n\nTravis Guidry, 38, had worked on the farm.\n\nThe farm is near Cecilia.\n\nGuidry was taken into custody at his home on Wednesday morning.\n', findings: [] },
    // (the paragraph that first names the one the lede brought in names him; "State police" and "FBI agents" are two forces (review))
    { text: 'A Louisiana man was arrested Tuesday in connection with a shooting outside a Lafayette nightclub.\n\nThe shooting left two people wounded early Sunday, police said.\n\nWitnesses said an argument had broken out.\n\nJason Broussard, 29, of Lafayette, was arrested Tuesday and booked on two counts of attempted murder.\n', findings: [] },
    { text: 'State police arrested city councilman Ray Dolan at his office on Wednesday morning.\n\nDolan is accused of accepting $25,000 from a developer.\n\nDolan was taken into custody by FBI agents at his office, according to a court filing.\n', findings: [] },
    { text: 'A prisoner who walked out of HMP Fernmoor on Thursday evening has been caught.\n\nHe was serving four years.\n\nIn February a 29-year-old walked out of the prison and was found two days later.\n', findings: [] },
    // a superlative scoped from when the counting began is a record that a never-before tells again; the
    // first days after a cold snap are no first (blind set AX)
    {
      text: 'The benchmark arabica contract settled at $4.21 per lb, the highest closing price since the contract began trading in 1972.\n\nTraders cheered.\n\nNo arabica contract has ever finished a trading day higher.\n',
      findings: ['5:1 repeated-claim The claim “The benchmark arabica contract settled at $4.21 per …” is reported twice (paragraphs 1 and 3)'],
    },
    { text: 'Brokers said estimates made in the first days after a cold snap tend to be exaggerated, and prices could fall.\n\nTraders cheered.\n\nNo arabica contract has ever finished a trading day higher, exchange records show.\n', findings: [] },
    // (two months' records are two records (review))
    { text: 'This was the wettest June since records began, the Met Office said on Tuesday.\n\nAn average of 142mm of rain fell across England.\n\nJuly 2009 still holds the summer record. No July has ever been wetter, forecasters said.\n', findings: [] },
    // a vote told again by its totals in other words ("endorsed the increase 9-4"; "won the support of nine
    // members, with three against"; "with one dissenting, agreed"); not a second vote of the same split, nor
    // one of those who voted against referred back to
    {
      text: "The committee voted nine to four on Tuesday evening to approve the rise.\n\nTraders were angry.\n\nCommittee members endorsed the increase 9-4, with the four Liberal Democrats voting against.\n",
      findings: ['5:1 repeated-claim The 9-4 vote is reported twice (paragraphs 1 and 3)'],
    },
    {
      text: 'The parochial church council voted nine to three on Tuesday night to approve the project.\n\nThe bells date from 1780.\n\nThe plan won the support of nine PCC members, with three against, at the meeting earlier this week.\n',
      findings: ['5:1 repeated-claim The 9-3 vote is reported twice (paragraphs 1 and 3)'],
    },
    {
      text: 'The City Council voted 6-1 on Tuesday to end the bike-share program.\n\nRidership fell by half.\n\nCouncil members, with one dissenting, agreed Tuesday night to shut the system down.\n',
      findings: ['5:1 repeated-claim The 6-1 vote is reported twice (paragraphs 1 and 3)'],
    },
    { text: 'The committee voted nine to four on Tuesday to approve the rise.\n\nTraders were angry.\n\nIt also voted 9-4 to close the car park on Sundays.\n', findings: [] },
    { text: 'The committee backed the scheme by nine votes to four on Tuesday.\n\nTraders were angry.\n\nCllr Daniel Okafor was one of the four who voted against.\n', findings: [] },
    { text: 'The committee voted 9-4 on Tuesday to approve the rise.\n\nTraders were angry.\n\nThe 9-4 vote came after two hours of debate.\n', findings: [] },
    {
      text: 'Ana Ruiz, the mayor of Porto, was arrested in Lisbon on Monday.\n\nThe council met on Tuesday.\n\nRuiz was arrested in Lisbon, where she is now held.',
      findings: ['5:1 repeated-claim Arrest of Ana Ruiz in Lisbon (Monday) is reported twice (paragraphs 1 and 3)'],
    },
    // a charge told as a case registered against the driver named in apposition, then as charges faced, the
    // second with an aside on the man and a source (blind set BR)
    { text: 'Fourteen people were killed when a bus plunged into a gorge near Dhumakot on Sunday.\n\nPolice have registered a case against the driver, Surender Negi, who suffered minor injuries, for rash driving.\n\nRescuers worked through the night.\n\nThe district magistrate ordered an inquiry.\n\nNegi, who walked away with cuts and bruises, now faces charges of rash driving, a police officer said.\n', findings: ['9:1 repeated-claim Charges of Surender Negi is reported twice (paragraphs 2 and 5)'] },
    // a plea told again as the killing admitted, of the one the earlier sentence named; a sentence is the
    // occasion of the judge's words in "In sentencing, …", not told again (blind set BR)
    { text: 'Bradley Kemmis, 27, was jailed for seven years on Thursday.\n\nKemmis pleaded guilty in June to the manslaughter of Liam Ostrowski.\n\nThe court heard the two men had argued outside a pub.\n\nCCTV showed the punch.\n\nMr Ostrowski\'s mother read a statement.\n\nKemmis admitted unlawfully killing Mr Ostrowski in June, the court heard.\n', findings: ['11:1 repeated-claim Guilty plea of Bradley Kemmis (June) is reported twice (paragraphs 2 and 6)'] },
    { text: 'Bradley Kemmis, 27, was sentenced in the District Court at Beenleigh on Thursday for the manslaughter of Liam Ostrowski.\n\nThe court heard the two men had argued outside a pub.\n\nCCTV showed the punch.\n\nMr Ostrowski\'s mother read a statement.\n\nIn sentencing, Judge Forde said Kemmis had shown remorse.\n', findings: [] },
  ],
  check(context) {
    const { options } = context;
    const kinds = new Set(options.claims);
    const { analysis } = context;
    // one finding a pair of sentences, told as the first reading that found it says (an event's, which
    // says what was told), as sure as the surest: an event told again with no one named is less sure
    // than the same sentence told again word for word
    const found = new Map<string, { earlier: number; later: number; claim: string; evidence: Evidence; sure: number }>();
    const report = (earlier: number, later: number, claim: string, evidence: Evidence, sure: number) => {
      const key = `${earlier}:${later}`;
      const before = found.get(key);
      if (before) before.sure = Math.max(before.sure, sure);
      else found.set(key, { earlier, later, claim, evidence, sure });
    };
    const body = (claim: Claim) => BODY_KINDS.has(analysis.sentences[claim.sentence]!.kind) && claim.quote < 0 && claim.asserted;
    const claims = analysis.claims.filter(body);
    if (kinds.has('event')) {
      const events = claims.filter((c) => c.kind === 'event');
      const story = storyOf(analysis);
      const candidates = earlierCandidates(events, (a, b) => separateRecords(analysis, a.sentence, b.sentence));
      // who it happened to, named surely on both sides, makes one event surer; an event no one is named in least sure
      // (a name the copy does not type, "CalMac", named again by name is still one and the same); once
      // per entity, since a name may have thousands of mentions
      const sureOf = new Map<string, number>();
      const certainty = (id: string) => {
        let sure = sureOf.get(id);
        if (sure === undefined) {
          const entity = analysis.entityById.get(id);
          const named = entity?.mentions.filter((m) => m.form !== 'pronoun').length ?? 0;
          sure = Math.max(entityCertainty(entity), named >= 2 ? 0.8 : 0);
          sureOf.set(id, sure);
        }
        return sure;
      };
      for (const b of events) {
        // against its first telling, the earliest (candidates come nearest first), unless a later telling
        // shares more of its words: "She passed away peacefully in the Richmond house" retells "She died on 3
        // March at her home in Richmond" more than the lede's "Rosalind Achterberg, who has died aged 91"
        const tellings = [...candidates.get(b)!].reverse().filter((x) => sameEvent(context, story, x, b));
        if (!tellings.length) continue;
        const mine = new Set(analysis.terms[b.sentence]!.terms);
        const shared = (x: Claim) => new Set(analysis.terms[x.sentence]!.terms.filter((t) => mine.has(t))).size;
        const a = tellings.reduce((best, x) => (shared(x) > shared(best) ? x : best));
        const frame = context.lexicon.frames[a.frame]!;
        // (a sole frame's telling that names no one is read as the other's participant, a little less surely)
        const named = a.subjects.length ? a.subjects : b.subjects;
        const who = named.length ? Math.min(...named.map(certainty)) * (a.subjects.length && b.subjects.length ? 1 : SOLE) : sameLargeCount(analysis, a, b) ? SAME_COUNT : describedOnce(story, a, b) ? DESCRIBED_ALIKE : NO_PARTICIPANT;
        report(a.sentence, b.sentence, describeEvent(analysis, a, !a.values.count && frame.single ? frame.single : frame.label), { frame: a.frame, expected: spanText(analysis, a.trigger), actual: spanText(analysis, b.trigger) }, confidence(0.85, who));
      }
    }
    if (kinds.has('event')) votesRetold(context, report);
    if (kinds.has('relation')) {
      const relations = claims.filter((c) => c.kind === 'relation' && !c.negated);
      // only the same people in the same relation can repeat it: grouped, not every pair compared
      // (a family tree or a list of next of kin holds hundreds), and the pairs taken in claim order
      const groups = new Map<string, number[]>();
      relations.forEach((r, k) => {
        const key = tieKey(context.lexicon, r);
        pushTo(groups, key, k);
      });
      const pairs: [number, number][] = [];
      for (const members of groups.values()) for (let x = 0; x < members.length; x++) for (let y = x + 1; y < members.length; y++) pairs.push([members[x]!, members[y]!]);
      pairs.sort((p, q) => p[0] - q[0] || p[1] - q[1]);
      for (const [i, j] of pairs) {
        const a = relations[i]!;
        const b = relations[j]!;
        if (a.sentence === b.sentence) continue;
        // "his daughter" … "his son", of the same two people, is a contradiction, not the tie told twice
        if (a.subjects[0] === b.subjects[0] && relationsConflict(context.lexicon, a.values.relation!.key, b.values.relation!.key)) continue;
        // ("younger brother" … "older brother" is the tie told two ways, not told twice)
        const [sa, sb] = [seniorityOf(a), seniorityOf(b)];
        if (sa !== undefined && sb !== undefined && (a.subjects[0] === b.subjects[0] ? sa !== sb : sa === sb)) continue;
        // an obituary's list of survivors names the family again by custom ("His daughter, Claire
        // Westley, said …" … "He is survived by his daughter Claire"): no repetition to cut
        if (SURVIVORS.test(analysis.sentences[a.sentence]!.text) || SURVIVORS.test(analysis.sentences[b.sentence]!.text)) continue;
        const claim = `That ${names(analysis, [a.subjects[0]!])} is ${names(analysis, [a.subjects[1]!])}'s ${a.values.relation!.key}`;
        report(a.sentence, b.sentence, claim, { relation: a.values.relation!.key }, 0.9);
      }
    }
    if (kinds.has('statement')) {
      statements(context, report);
      firsts(context, report);
    }
    // and a sentence told twice once, against its first telling: "She died at her home in Clifton", between
    // the lede's death and "Ellison died on Tuesday", retells it too, but is no first telling
    const firstOf = new Map<number, number>();
    for (const { earlier, later } of found.values()) firstOf.set(later, Math.min(firstOf.get(later) ?? earlier, earlier));
    for (const { earlier, later, claim, evidence, sure } of found.values()) {
      if (firstOf.get(later) !== earlier) continue;
      const first = analysis.sentences[earlier]!;
      const second = analysis.sentences[later]!;
      context.report({
        confidence: sure,
        message: 'twice',
        data: { claim, where: placesOf(first, second) },
        locations: [sentenceSpan(second, 'repeated'), sentenceSpan(first, 'first')],
        evidence,
      });
    }
  },
});

/**
 * One key for a tie told from either side: "she was the elder sister of Duncan Kerr" and "Duncan
 * Kerr was her younger brother" are one sibling tie; "Ren's daughter, Meng" and "her father, Ren"
 * one tie of child and parent. Told from the side whose group sorts first, a tie between equals
 * (siblings, spouses) from the person whose id sorts first.
 */
function tieKey(lexicon: CompiledLexicon, relation: Claim): string {
  const word = relation.values.relation!.key;
  const tie = lexicon.kinship.get(word);
  const [who, of] = relation.subjects as [string, string];
  if (!tie?.converse) return `${who}\0${of}\0${word}`;
  if (tie.group < tie.converse || (tie.group === tie.converse && who <= of)) return `${who}\0${of}\0${tie.group}`;
  return `${of}\0${who}\0${tie.converse}`;
}

/**
 * How sure a telling with no one named is of being the same event: a count or a place alone ("two
 * people on board", "in Shrewsbury") recurs in a story for other reasons as often as it repeats a claim.
 */
const NO_PARTICIPANT = 0.6;

/** How sure a telling with no one named is where both describe one person alike ("A 16-year-old boy" / "a teenager"). */
const DESCRIBED_ALIKE = 0.8;

/**
 * How sure a telling with no one named is where both give one count of ten or more ("about 14,000
 * Pacific Power customers" … "Some 14,000 homes and businesses … lost power", "30 people were killed
 * in the second shooting" … "thirty victims lost their lives"): such a figure told again of the same
 * kind of event, which passed every test of another occasion, is seldom another event's. (Measured
 * with ten rather than a hundred: no finding changed on the 584 external real texts.)
 */
const SAME_COUNT = 0.85;

/**
 * Both tellings count the same figure of ten or more, or give the same sum ("revenue of 4.2 billion
 * euros" … "2025 sales of 4.2 billion euros"); not where their sentences give two years ("for 2024" …
 * "In 2023"), nor where the later one points at another telling ("Twelve people were injured in that
 * crash", after a second crash).
 */
function sameLargeCount(analysis: Analysis, a: Claim, b: Claim): boolean {
  const [x, y] = [a.values.count, b.values.count];
  const [m, n] = [a.values.money, b.values.money];
  const figure = (x !== undefined && y !== undefined && x.key === y.key && Number(x.key) >= 10) || (m !== undefined && n !== undefined && m.key === n.key && m.unit === n.unit && Number(m.key) >= 10);
  if (!figure) return false;
  const years = (c: Claim) => new Set(analysis.sentences[c.sentence]!.text.match(new RegExp(YEAR_IN_TEXT, 'g')) ?? []);
  const [ya, yb] = [years(a), years(b)];
  if (ya.size > 0 && yb.size > 0 && ![...ya].some((year) => yb.has(year))) return false;
  return !POINTS_AT_ANOTHER.test(analysis.sentences[b.sentence]!.text);
}

/** Words that point at a telling just before, not at the first: "in that crash", "the other attack", "the latter". */
const POINTS_AT_ANOTHER = /\b(?:that|this|the other|the latter)\s+(?:\p{L}+\s+)?(?:crash|collision|accident|attack|shooting|fire|blaze|incident|explosion|blast|storm|quake|earthquake|raid|case|vote|deal|sale|one)\b|\bthe latter\b/iu;

/**
 * Two tellings of an event told for a length of time ("jailed for three years and four months" … "a
 * 40-month prison term") that give two lengths, in months, tell two terms, not one twice.
 */
function lengthsDiffer(analysis: Analysis, a: Claim, b: Claim): boolean {
  if (!LENGTHS_OF_TIME.has(a.values.count?.unit ?? '') && !LENGTHS_OF_TIME.has(b.values.count?.unit ?? '')) return false;
  // (the lengths told at the event's words: after its verb, or written onto its noun, "a 40-month prison
  // term"; not "where she had worked for 17 years" before it)
  const own = (c: Claim, n: NumberMention) => (n.start >= c.trigger.start && n.end <= c.end) || (n.attributive === true && n.end <= c.trigger.start && c.trigger.start - n.end <= 3);
  const months = (c: Claim) => analysis.contexts[c.sentence]!.numbers.filter((n) => own(c, n)).reduce((sum, n) => sum + (n.unit === 'year' ? 12 * Number(n.key) : n.unit === 'month' ? Number(n.key) : 0), 0);
  const [x, y] = [months(a), months(b)];
  return x > 0 && y > 0 && x !== y;
}

/** A count's unit and a word that makes it a time told from another: "(24) hours after", "(three) days later". */
const TIME_AFTER = /^\s*(?:minutes?|hours?|days?|weeks?|months?|years?)\s+(?:after|before|later|earlier|ago)\b/i;

/** Units of a count that measure time, not people. */
const LENGTHS_OF_TIME: ReadonlySet<string> = new Set(['year', 'month', 'week', 'day', 'hour', 'minute']);

/** How surely a sole frame's telling that names no one is the named one's participant's. */
const SOLE = 0.9;

/** The sentence of an obituary that lists who survives the dead. */
const SURVIVORS = /\b(?:is|was|are) survived by\b|\bsurvivors include\b|\b(?:he|she) leaves (?:a |his |her )?(?:wife|husband|partner|widow|widower|children|daughters?|sons?)\b/i;

/** The doer of an arrest told by a word for any force's officers, opening the telling: "Agents arrested …", "Officers detained …". */
const GENERAL_DOERS = /^\s*(?:agents|officers|detectives|investigators|authorities)\s+$/i;

/** One day told alike, or a weekday and the date told with it ("Thursday, 12 June"): not a weekday and a month, which the calendar cannot part. */
function sameDay(told: Value, value: Value): boolean {
  return told.key === value.key || (value.key.startsWith('weekday-') && told.text.toLowerCase().includes(value.key.slice('weekday-'.length)));
}

/** Paragraphs after the lede whose days anchor an event told in them without one. */
const OPENING_PARAGRAPHS = 2;

/** A place told by a common noun after the event's word: "at the warehouse", "at the scene", "outside his home". */
const PLACE_IN_WORDS = /\b(?:at|outside|inside|near)\s+(?:the|a|an|his|her|their|its)\s+(?!(?:time|end|start|age|moment|height|weekend|request|hands?)\b)\p{L}{3,}/iu;

/** Paragraphs after its first telling from which a person's death told again with its day is told twice. */
const DEATH_RETOLD_PARAGRAPHS = 3;

/** Below this share of its words in the first telling, a sourced second telling is the source's own account. */
const SOURCED_ACCOUNT_COVERAGE = 0.5;

/** What the event comparison reads of the whole story, once rather than for every pair of tellings. */
interface Story {
  contexts: ReadonlyMap<number, SentenceContext>;
  /** The lede (the first body paragraph) and the dates it gives: the story's day. */
  lede: { paragraph: number | undefined; dates: Value[] };
  /** By frame, everyone its body tellings name, the denied ones left out. */
  named: ReadonlyMap<string, ReadonlySet<string>>;
}

function storyOf(analysis: Analysis): Story {
  const contexts = new Map(analysis.contexts.map((c) => [c.sentence.index, c]));
  const paragraph = ledeParagraph(analysis);
  const dates = analysis.sentences.filter((s) => paragraph !== undefined && s.paragraph === paragraph).flatMap((s) => contexts.get(s.index)?.dates ?? []);
  const named = new Map<string, Set<string>>();
  for (const c of analysis.claims) {
    // (nor the one it befell on an occasion told by its month or year, not the story's: "Ashworth, who
    // sacked their own manager, Phil Teasdale, in October" is no rival for this week's sacking)
    if (c.negated || !BODY_KINDS.has(analysis.sentences[c.sentence]!.kind) || anotherMonth(analysis, c)) continue;
    let set = named.get(c.frame);
    if (!set) named.set(c.frame, (set = new Set()));
    for (const id of c.subjects) set.add(id);
  }
  return { contexts, lede: { paragraph, dates }, named };
}

/** An event told "in October" or "in 2019" where the story is not dated then: an occasion before the story's. */
function anotherMonth(analysis: Analysis, c: Claim): boolean {
  const time = c.values.time;
  return time !== undefined && /\bin\s+$/i.test(analysis.doc.source.slice(Math.max(0, time.start - 4), time.start)) && otherThanStory(analysis.anchor, time);
}

/**
 * Both tellings of an event no one is named in are told of one person or group described alike ("A
 * 16-year-old boy was arrested" … "a teenager had been detained"; "the men, aged 34 and 41" … "the
 * pair"). A second such person is told as one ("a second teenager"), which occurrenceMarker reads.
 */
function describedOnce(story: Story, a: Claim, b: Claim): boolean {
  const [da, db] = [described(story, a), described(story, b)];
  if (da === undefined || db === undefined) return false;
  // (a noun alone, "a woman" … "the woman", may be the lede's summary told out: one side must say how
  // old, or how many; "A man in his 30s … A man in his 60s" are two men)
  const told = [da, db].some((d) => d.years !== undefined || d.range !== undefined || d.group !== undefined);
  return told && !agesAdded(da, db) && describedAlike(da, db);
}

/** The person or group a telling names no one in describes, if it describes one. */
function described(story: Story, c: Claim): Described | undefined {
  const ctx = story.contexts.get(c.sentence);
  return ctx && describedPerson(ctx, c.start, c.end);
}

/**
 * A later telling that gives the ages tells more: "two men have been arrested" … "Two men, aged 24 and
 * 31, were arrested at the scene".
 */
function agesAdded(da: Described | undefined, db: Described | undefined): boolean {
  if (da === undefined || db === undefined) return false;
  return (db.years !== undefined && da.years === undefined) || (db.range !== undefined && da.range === undefined && da.years === undefined) || (db.ages !== undefined && da.ages === undefined);
}

function sameEvent(context: RuleContext, story: Story, a: Claim, b: Claim): boolean {
  if (a.sentence === b.sentence || a.frame !== b.frame || a.negated !== b.negated || a.updated || b.updated) return false;
  const told = participants(a, b);
  const match = told === 'unknown' && (soleParticipant(context, story, a, b) || introducedThenNamed(context, story, a, b) || describedMain(context, story, a, b)) ? 'same' : told;
  if (match === 'different' || match === 'unknown') return false;
  // (an incident a story reports, told with no one named, is anchored by its day too: "derailed near
  // Lviv early on Tuesday" … "At dawn on Tuesday, wagons left the rails")
  const incident = context.lexicon.frames[a.frame]!.incident === true && match === 'none';
  if (match === 'none' && !(a.values.place && b.values.place) && !(a.values.count && b.values.count) && !(a.values.money && b.values.money) && !(incident && a.values.time && b.values.time) && !describedOnce(story, a, b)) return false;
  if (!valuesCompatible(...withoutNestedPlace(context.analysis, a, b)) || !modifiersAgree(a, b) || occasionsApart(context.analysis, a, b) || lengthsDiffer(context.analysis, a, b)) return false;
  // a later mention that adds what the first did not say (where, when, how many, to whom) tells more
  // of the event, it does not repeat it ("Hunter died on Monday" … "He died in a hospice in Huddersfield")
  // (the participant a sole frame's unnamed telling was read as is no detail the named one adds)
  if (addsDetail(context.analysis, story, a, b, context.lexicon.relativeTimes, told === 'unknown')) return false;
  // (an official's account of the incident itself is the incident told again: no one's own story to tell)
  if (!incident && sourcedAccount(context, a, b)) return false;
  // (a marker the first telling carries too tells the same occurrence: "30 people were killed in the second
  // shooting" … "the scene of the morning's second attack, … thirty victims lost their lives")
  const marker = occurrenceMarker(context.analysis, context.lexicon, b);
  return marker === undefined || (marker !== 'also' && occurrenceMarker(context.analysis, context.lexicon, a) === marker);
}

/**
 * Two places where one lies in the other as the copy told it: "died … at Selkirk Regional Health
 * Centre in Manitoba" and "passed away at the hospital in Selkirk" (blind set BF). A telling's place is
 * the last it names; the other's place written as a word of that telling's place phrase (from its verb
 * to its place) is the same place told less fully, so the pair is compared without them.
 */
function withoutNestedPlace(analysis: Analysis, a: Claim, b: Claim): [Claim, Claim] {
  const pa = a.values.place;
  const pb = b.values.place;
  if (!pa || !pb || pa.key === pb.key) return [a, b];
  const phrase = (c: Claim, place: Value) => analysis.doc.source.slice(Math.min(c.trigger.end, place.start), place.end);
  const within = (c: Claim, place: Value, other: Value) => new RegExp(`\\b${escapeRegExp(other.text)}\\b`, 'i').test(phrase(c, place));
  if (!within(a, pa, pb) && !within(b, pb, pa)) return [a, b];
  const { place: _a, ...restA } = a.values;
  const { place: _b, ...restB } = b.values;
  return [{ ...a, values: restA }, { ...b, values: restB }];
}

/**
 * Of two tellings of a `sole` frame, one naming its participant and one naming no one: the same
 * participant's, where no telling of the frame in the story names anyone else and the unnamed one
 * counts no group and brings no one in ("A second director resigned", "two men were convicted"), is
 * told of no one else's ("His brother was convicted", "Her deputy resigned"), and gives no title the
 * named one is not given: a title that is another's ("The chairman resigned" beside "Finance director
 * Anne Cole resigned"), or, told after the named telling, one the story never gave that person (a lede
 * may describe before it names: "The leader of the council has resigned … Cllr Holloway"). Nor where
 * it is told on a day or in a year the named telling does not share ("resigned in 2016").
 */
function soleParticipant(context: RuleContext, story: Story, a: Claim, b: Claim): boolean {
  const { analysis, lexicon } = context;
  if (lexicon.frames[a.frame]?.sole !== true) return false;
  const [named, unnamed] = a.subjects.length ? [a, b] : [b, a];
  // (a length of time is no group: "jailed for three years and four months")
  if (unnamed.values.count && !LENGTHS_OF_TIME.has(unnamed.values.count.unit ?? '')) return false;
  // (a lede that describes before it names is answered by the paragraph right after it, which names
  // the one it described: "The leader of the council has stood down … Cllr Graham Tulley told colleagues
  // he was stepping down" identifies, it does not retell)
  const gap = analysis.sentences[named.sentence]!.paragraph - analysis.sentences[unnamed.sentence]!.paragraph;
  if (gap > 0 && gap < NAMING_PARAGRAPHS) return false;
  const before = analysis.doc.source.slice(unnamed.start, unnamed.trigger.start);
  // (the lede brings its one person in with "a": "A former headteacher has been convicted …" is the
  // story's conviction, which a later paragraph tells by name)
  const introduced = unnamed.sentence < named.sentence && analysis.sentences[unnamed.sentence]!.paragraph === story.lede.paragraph;
  if ((INDEFINITE.test(before) && !introduced) || lexicon.repeatMarkers.test(before) || SOMEONE_ELSES.test(before)) return false;
  const [tn, tu] = [named.values.time, unnamed.values.time];
  // (a year against a weekday agrees by the calendar, but tells another occasion: "convicted of
  // manslaughter in 2009" beside "convicted of murder on Friday")
  const grain = (v: Value) => (v.key.startsWith('weekday-') ? 'weekday' : v.kind);
  if (tu && !(tn && grain(tn) === grain(tu) && datesAgree(tn, tu))) return false;
  const person = analysis.entityById.get(named.subjects[0]!);
  const ctx = story.contexts.get(unnamed.sentence);
  if (ctx) {
    const titles = new Set(person?.titles ?? []);
    for (let k = 0; k < ctx.words.length && ctx.words[k]!.start < unnamed.trigger.start; k++) {
      if (ctx.words[k]!.start < unnamed.start) continue;
      const title = matchTitle(lexicon, ctx.words, k);
      if (!title) continue;
      // ("The deputy leader of Harrowby council" is another office than "Council leader Mark Holloway")
      const rank = ctx.words[k - 1];
      const ranked = rank !== undefined && lexicon.rankWords.has(rank.lower) && !analysis.sentences[named.sentence]!.text.toLowerCase().includes(`${rank.lower} ${ctx.words[k]!.lower}`);
      if (ranked) return false;
      if (titles.has(title.title.id)) continue;
      if (titles.size > 0 || unnamed.sentence > named.sentence) return false;
    }
  }
  return [...(story.named.get(a.frame) ?? [])].every((id) => named.subjects.includes(id));
}

/**
 * The lede brings in one person unnamed and a later paragraph names the one it befell, on the same
 * day: "A Louisiana man was arrested Tuesday …" … "Guidry was taken into custody at his Cecilia
 * residence on Tuesday morning". One person's event told twice where the story names no one else for it
 * (frames told of their patient, which a story may tell of several, need the day to agree exactly; the
 * paragraph right after the lede identifies rather than retells, as for `sole` frames).
 */
function introducedThenNamed(context: RuleContext, story: Story, a: Claim, b: Claim): boolean {
  const { analysis, lexicon } = context;
  if (lexicon.frames[a.frame]?.core !== 'patient' || a.subjects.length || b.subjects.length !== 1) return false;
  if (analysis.sentences[a.sentence]!.paragraph !== story.lede.paragraph) return false;
  if (analysis.sentences[b.sentence]!.paragraph - analysis.sentences[a.sentence]!.paragraph < NAMING_PARAGRAPHS) return false;
  const person = analysis.entityById.get(b.subjects[0]!);
  if (person?.type !== 'person') return false;
  // (nor the paragraph that names the person first: "Jason Broussard, 29, of Lafayette, was arrested
  // Tuesday" names the one the lede brought in)
  if (!person.mentions.some((m) => m.form !== 'pronoun' && m.sentence < b.sentence)) return false;
  const [ta, tb] = [a.values.time, b.values.time];
  if (!ta || !tb || ta.key !== tb.key) return false;
  const one = described(story, a);
  if (!one?.head || one.group !== undefined || !INDEFINITE.test(analysis.doc.source.slice(a.start, a.trigger.start))) return false;
  return [...(story.named.get(a.frame) ?? [])].every((id) => id === b.subjects[0]);
}

/**
 * Of two tellings, one naming its participant and one telling it by a description right beside its
 * verb ("The shop shut its doors", "The firm will also have to find £38,000", "The film-maker passed
 * away", "detained the mother-of-two"): the named one's, where that is the story's main person or
 * organisation (named most, three times or more, more than any other of its kind), the description
 * suits it (a noun for a person, or the lexicon's `organisationNouns`), no other participant of that
 * event is named in the story, and the story uses the noun of no one else (blind set AF; review).
 */
function describedMain(context: RuleContext, story: Story, a: Claim, b: Claim): boolean {
  const { analysis } = context;
  const [named, unnamed] = a.subjects.length ? [a, b] : [b, a];
  if (named.subjects.length !== 1 || unnamed.subjects.length > 0 || unnamed.objects.length > 0) return false;
  const entity = analysis.entityById.get(named.subjects[0]!);
  if (!entity || (entity.type !== 'person' && entity.type !== 'org') || mostNamed(analysis.entities, entity.type)?.id !== entity.id) return false;
  if (![...(story.named.get(a.frame) ?? [])].every((id) => id === entity.id)) return false;
  const head = descriptionBeside(analysis, unnamed);
  if (head === undefined) return false;
  const suits = entity.type === 'org' ? context.lexicon.organisationNouns.has(head.lemma) : !ANYONE.has(head.lemma) && (isPersonNoun(head.lemma) || /^\p{L}+-of-\p{L}+$/u.test(head.lemma));
  if (!suits) return false;
  // (a noun the story uses of anyone else is no description of one: "Tennant told the accountant" …
  // "Detectives detained the accountant"; one set before the entity's name or after it past a comma,
  // "documentary film-maker Nuala Keaveney", "Keaveney, a film-maker,", is its description)
  const tokens = analysis.tokens;
  const beside = (k: number) => entity.mentions.some((m) => (k < m.tokenStart && k >= m.tokenStart - 2) || (tokens[m.tokenEnd]?.text === ',' && k > m.tokenEnd && k <= m.tokenEnd + 4));
  return !tokens.some((t, k) => k !== head.at && t.lemma.toLowerCase() === head.lemma && !beside(k));
}

/** Nouns for anyone at all, which a story uses of many people: no description of one. */
const ANYONE: ReadonlySet<string> = new Set(['man', 'woman', 'boy', 'girl', 'person', 'child', 'teenager', 'people', 'suspect', 'victim', 'driver', 'passenger', 'resident', 'officer', 'defendant', 'accused', 'pair', 'couple']);

/**
 * The head noun of a definite description right beside a claim's verb (its lemma and token): before it, past
 * auxiliaries and adverbs ("The firm will also have to find"), or after it ("detained the
 * mother-of-two"); none where a name stands there.
 */
function descriptionBeside(analysis: Analysis, claim: Claim): { lemma: string; at: number } | undefined {
  const tokens = analysis.tokens;
  const s = analysis.sentences[claim.sentence]!;
  const within = (i: number) => i >= s.tokenStart && i < s.tokenEnd;
  let k = s.tokenStart;
  while (within(k) && tokens[k]!.start !== claim.trigger.start) k++;
  if (!within(k)) return undefined;
  let j = k - 1;
  while (within(j) && (tokens[j]!.pos === 'AUX' || tokens[j]!.pos === 'ADV' || tokens[j]!.pos === 'PART' || /^(?:have|has|had|to)$/i.test(tokens[j]!.text))) j--;
  if (within(j) && tokens[j]!.pos === 'NOUN') {
    const head = j;
    while (within(j - 1) && (tokens[j - 1]!.pos === 'ADJ' || tokens[j - 1]!.pos === 'NOUN')) j--;
    if (tokens[j - 1]?.lower === 'the' && within(j - 1)) return { lemma: tokens[head]!.lemma.toLowerCase(), at: head };
  }
  if (tokens[k + 1]?.lower === 'the' && within(k + 1)) {
    let h = k + 2;
    while (within(h + 1) && (tokens[h]!.pos === 'ADJ' || (tokens[h]!.pos === 'NOUN' && tokens[h + 1]!.pos === 'NOUN'))) h++;
    if (within(h) && tokens[h]!.pos === 'NOUN') return { lemma: tokens[h]!.lemma.toLowerCase(), at: h };
  }
  return undefined;
}

/**
 * A day of the week and a year, or a month told in the past perfect, tell two occasions ("set Peter
 * Hanley free on Wednesday" … "released on licence in 2015"; "found guilty of gross misconduct on
 * Thursday" … "had been convicted of assault in May"): the calendar cannot say the weekday is not in
 * that year or month, but news tells a day of this week by its name and an earlier one by its year or
 * month (not where the story is dated then).
 */
function occasionsApart(analysis: Analysis, a: Claim, b: Claim): boolean {
  const [ta, tb] = [a.values.time, b.values.time];
  // (a year told back to, "was arrested in Sydney that year and pleaded not guilty", is not this week's
  // "on Thursday pleaded not guilty")
  const weekdayOnly = (x: Value | undefined, y: Value | undefined, other: Claim) => x?.key.startsWith('weekday-') === true && !y && PAST_YEAR.test(analysis.sentences[other.sentence]!.text);
  if (weekdayOnly(ta, tb, b) || weekdayOnly(tb, ta, a)) return true;
  if (!ta || !tb) return false;
  const weekday = (v: Value) => v.key.startsWith('weekday-');
  const other = weekday(ta) ? tb : weekday(tb) ? ta : undefined;
  // (told as when it happened, "in 2015", "in May": not "a contract until the summer of 2027")
  if (!other || weekday(other) || !/\b(?:in|during)\s+(?:early\s+|late\s+|mid-)?$/i.test(analysis.doc.source.slice(Math.max(0, other.start - 16), other.start))) return false;
  const anchor = analysis.anchor;
  if (other.kind === 'year') return String(anchor?.year) !== other.key.slice(0, 4);
  // (a month is another occasion only told in the past perfect, "had been convicted … in May": an
  // undated story's "released in August" may be this week's release told again)
  const month = /^month-(\d\d)$/.exec(other.key)?.[1];
  const earlier = [a, b].some((c) => /\bhad\b/i.test(analysis.doc.source.slice(c.start, c.trigger.start)));
  return month !== undefined && earlier && anchor?.month !== Number(month);
}

/** A year told by reference to one told before, or counted back from now: another occasion than this week's. */
const PAST_YEAR = /\b(?:that |the (?:same|following|next|previous) )year\b|\b(?:a|one|two|three|\d+) years? (?:earlier|later|before|ago)\b/i;

/** Paragraphs after a description's telling within which a telling by name identifies the one described: the next one. */
const NAMING_PARAGRAPHS = 2;

/** A person told as someone's ("his brother", "her deputy", "their lawyer"): someone else than the one named. */
const SOMEONE_ELSES = /\b(?:his|her|their|my|our|your)\s+\p{L}/iu;

/** Words that bring in someone not met before: "a man", "another director", "two of the accused". */
const INDEFINITE = /\b(?:an?|another|one|two|three|four|five|several|some|many|other)\b/i;

/**
 * A later telling on a source's word the first did not cite, in mostly new words and with something
 * more done in it, is that source's account of the event ("He died in a confrontation with police" …
 * "Military Police say he was shot and taken to a regional hospital but later succumbed"). The same
 * words with a source added ("…resigned on Monday, the authority said") still repeat it, as does the
 * event retold in an idiom that adds nothing ("Friends said he had lost his fight with the illness on
 * Monday night"); a participant speaking of himself is no outside source ("In his first interview,
 * Ren says …").
 */
function sourcedAccount(context: RuleContext, a: Claim, b: Claim): boolean {
  const told = b.attribution;
  if (told === undefined || told === a.attribution || b.subjects.includes(told) || b.objects.includes(told)) return false;
  const { analysis, lexicon } = context;
  const terms = (sentence: number) => analysis.terms[sentence]!.terms;
  const names = (id: string) => analysis.entityById.get(id)?.name;
  if (similarity(lexicon, terms(a.sentence), terms(b.sentence), names, true).coverageB >= SOURCED_ACCOUNT_COVERAGE) return false;
  const sentenceTokens = (index: number) => {
    const s = analysis.sentences[index]!;
    return analysis.tokens.slice(s.tokenStart, s.tokenEnd);
  };
  const earlier = new Set(sentenceTokens(a.sentence).map((t) => t.lemma));
  const later = sentenceTokens(b.sentence);
  // what follows the attribution after the event ("…, according to a statement issued by his
  // management company"; "…, his publisher said in a statement released today") tells who said it,
  // not anything more done
  const marker = later.findIndex((t, k) => t.start >= b.trigger.end && t.quote < 0 && ((lexicon.speechVerbs.has(t.lemma) && (t.pos === 'VERB' || t.pos === 'AUX')) || (t.lower === 'according' && later[k + 1]?.lower === 'to')));
  // (nor does a clause joined after it with a subject of its own: "…, and they appealed for witnesses")
  const joined = later.findIndex((t, k) => t.start >= b.trigger.end && t.text === ',' && later[k + 1]?.pos === 'CCONJ' && ['PRON', 'PROPN', 'DET', 'NOUN'].includes(later[k + 2]?.pos ?? ''));
  const cut = [marker, joined].filter((k) => k >= 0);
  const account = cut.length ? later.slice(0, Math.min(...cut)) : later;
  // (a word of a name is no verb, whatever the tagger made of it: "Margaret Grant, 57, was convicted")
  const named = analysis.mentions.filter((m) => m.sentence === b.sentence);
  const inName = (t: (typeof later)[number]) => named.some((m) => m.start <= t.start && t.end <= m.end);
  // (nor is the end of a compound: "at the army-run hospital")
  const compound = (k: number) => later[k - 1]?.text === '-' && !later[k]!.spaced;
  // (nor a verb of a clause after the event that tells when it happened: "had been killed instantly
  // when the cab hit the ground", "will relinquish the chairmanship once the transaction is finalized")
  // (told well after the first, DEATH_RETOLD_PARAGRAPHS on: a source's account right after it, "Police
  // said Holt had been arrested after he punched an officer", tells more of it)
  const far = analysis.sentences[b.sentence]!.paragraph - analysis.sentences[a.sentence]!.paragraph >= DEATH_RETOLD_PARAGRAPHS;
  const when = far ? account.findIndex((t) => t.start >= b.trigger.end && lexicon.subordinators.has(t.lower) && !lexicon.conditionals.has(t.lower)) : -1;
  const timing = (k: number) => when >= 0 && k > when && !account.slice(when, k).some((t) => /^[,;:]$/.test(t.text));
  // (nor a verb of an aside on someone, "Negi, who walked away with cuts and bruises, now faces charges",
  // which tells of the person, not of the event; blind set BR)
  const aside = new Set<number>();
  account.forEach((t, k) => {
    if (!/^(?:who|whose)$/.test(t.lower) || account[k - 1]?.text !== ',') return;
    for (let j = k; j < account.length && account[j]!.text !== ','; j++) aside.add(j);
  });
  // (nor a subordinator the tagger reads as a verb: "following a brief period of ill health" is "after")
  return account.some(
    (t, k) => t.pos === 'VERB' && !aside.has(k) && !inName(t) && !compound(k) && !timing(k) && t.quote < 0 && (t.end <= b.trigger.start || t.start >= b.trigger.end) && !earlier.has(t.lemma) && !lexicon.speechVerbs.has(t.lemma) && !lexicon.subordinators.has(t.lower),
  );
}

/**
 * Whether the later claim gives a value or a participant the earlier does not. An earlier telling
 * with a relative time ("surrendered the next day") has told when; a participant is a person or an
 * organisation named (not "Officers detained him", not the place in "a Chicago jury").
 */
function addsDetail(analysis: Analysis, story: Story, earlier: Claim, later: Claim, relativeTimes: RegExp, sole = false): boolean {
  const fields = ['place', 'time', 'count', 'money', 'percent'] as const;
  // (a person's death told again with its day, well after the lede, is told twice: a person dies once;
  // the day given in the paragraphs right after the lede is an obituary's usual order)
  const apart = analysis.sentences[later.sentence]!.paragraph - analysis.sentences[earlier.sentence]!.paragraph >= DEATH_RETOLD_PARAGRAPHS;
  // (and against the lede's telling only: the obituary's own second paragraph, "She died at her home in
  // Clifton", is no first telling to set a later one against)
  const personal =
    apart &&
    earlier.frame === 'death' &&
    earlier.subjects.length === 1 &&
    later.subjects.length === 1 &&
    earlier.subjects[0] === later.subjects[0] &&
    analysis.entityById.get(earlier.subjects[0]!)?.type === 'person' &&
    !analysis.claims.some((c) => c.frame === 'death' && c.sentence < earlier.sentence && c.subjects[0] === earlier.subjects[0]);
  const timed = (field: (typeof fields)[number]) => field === 'time' && (personal || relativeTimes.test(analysis.sentences[earlier.sentence]!.text));
  // (the earlier sentence may give it beside another word: "spoke to the Herald on Monday, her first
  // interview" has told the interview's Monday)
  const context = story.contexts.get(earlier.sentence);
  // (or the lede may have told it: "A line of thunderstorms raked the valley on Tuesday evening …
  // The storm knocked out electricity to 14,000 customers … Some 14,000 homes lost power Tuesday night")
  // (or the opening paragraphs, before the earlier telling, told the day it happened on: "raided the unit …
  // on Thursday, 12 June. A 44-year-old Stanwick man was arrested at the scene")
  const opening = analysis.sentences[earlier.sentence]!.paragraph <= (story.lede.paragraph ?? -1) + OPENING_PARAGRAPHS;
  const toldBefore = (value: Value) => opening && analysis.contexts.slice(0, earlier.sentence).some((c) => BODY_KINDS.has(c.sentence.kind) && c.dates.some((d) => sameDay(d, value)));
  const toldBeside = (field: (typeof fields)[number]) => {
    const value = later.values[field]!;
    if (field === 'time') return context?.dates.some((d) => datesAgree(d, value)) === true || story.lede.dates.some((d) => datesAgree(d, value)) || toldBefore(value);
    // (a place told in words is told: "arrested … at the warehouse", "at the scene")
    if (field === 'place') return context?.mentionAt.some((m) => m?.entity === value.key) === true || PLACE_IN_WORDS.test(analysis.doc.source.slice(earlier.trigger.end, earlier.end));
    return false;
  };
  // (nor is a length of time that tells when, "less than 24 hours after the final whistle": a count of no one)
  // (or how long before it, "is leaving the company after 12 years")
  const howLongAfter = (field: (typeof fields)[number]) => {
    if (field !== 'count') return false;
    const { start, end, unit } = later.values.count!;
    return TIME_AFTER.test(analysis.doc.source.slice(end, end + 24)) || (LENGTHS_OF_TIME.has(unit ?? '') && /\bafter\s+$/i.test(analysis.doc.source.slice(Math.max(0, start - 8), start)));
  };
  if (fields.some((field) => later.values[field] && !earlier.values[field] && !timed(field) && !toldBeside(field) && !howLongAfter(field))) return true;
  // (a death's cause told only later tells more: "died at his home on Sunday" … "His family said he died
  // peacefully after a long illness"; blind set CB)
  if (earlier.frame === 'death' && !apart && DEATH_CAUSE.test(analysis.sentences[later.sentence]!.text) && !DEATH_CAUSE.test(analysis.sentences[earlier.sentence]!.text)) return true;
  // (of tellings that name no one, the ages are who it befell: told only later, they tell more)
  if (!earlier.subjects.length && !later.subjects.length && agesAdded(described(story, earlier), described(story, later))) return true;
  // (someone the earlier sentence names elsewhere is no one new: "pleaded guilty … to the manslaughter of
  // Liam Ostrowski" … "admitted unlawfully killing Mr Ostrowski")
  const known = new Set([...earlier.subjects, ...earlier.objects, ...(context?.mentionAt ?? []).flatMap((m) => (m ? [m.entity] : []))]);
  const participant = (id: string) => {
    const type = analysis.entityById.get(id)?.type;
    return type === 'person' || type === 'org';
  };
  // (the doer named where the earlier telling said who did it in a word: "Agents arrested Victor Almanza"
  // … "Victor Almanza was taken into custody by HSI officers")
  // (told by a word for any force's officers: "State police arrested" … "by FBI agents" are two forces)
  const doerTold = GENERAL_DOERS.test(analysis.doc.source.slice(earlier.start, earlier.trigger.start));
  const byDoer = (id: string) => {
    const ctx = story.contexts.get(later.sentence);
    return ctx !== undefined && ctx.mentionAt.some((m, k) => m?.entity === id && ctx.words[k - 1]?.lower === 'by' && ctx.mentionAt[k - 1] !== m);
  };
  return !sole && [...later.objects, ...later.subjects].some((id) => !known.has(id) && participant(id) && !(doerTold && byDoer(id)));
}

/** What a death came of, told as news ("after a long illness", "of cancer"; "the illness" is one told before). */
const DEATH_CAUSE = /\b(?:after|following|from|of)\s+(?!the\b)(?:[\p{L}-]+\s+){0,4}?(?:illness|ill health|cancer|stroke|heart attack|heart failure|disease|dementia|pneumonia|complications|natural causes|injuries|wounds)\b/iu;

/** Paraphrase: two body sentences whose content mostly coincides, outside quotation marks. */
function statements(context: RuleContext<Options>, report: (earlier: number, later: number, claim: string, evidence: Evidence, sure: number) => void): void {
  const { analysis } = context;
  const { threshold, coverage, minTerms, maxExtra, clauseCoverage, clauseGrowth } = context.options;
  const minClause = Math.max(minTerms, context.options.minClauseTerms);
  const names = (id: string) => analysis.entityById.get(id)?.name;
  const all = (s: Sentence) => [...analysis.terms[s.index]!.terms, ...analysis.terms[s.index]!.quoted];
  const candidates = analysis.sentences.filter((s) => BODY_KINDS.has(s.kind) && all(s).length >= minTerms && !asksQuestion(s.text));
  for (const [first, second] of candidatePairs(analysis, candidates, all)) {
    if (separateRecords(analysis, first.index, second.index)) continue;
    const a = analysis.terms[first.index]!;
    const b = analysis.terms[second.index]!;
    // Two quotations are compared whole (the same quotation used twice); a paraphrase is compared
    // without the quotation that may follow it, so a quote backing a paraphrase is no repetition.
    const bothQuote = a.quoted.length >= minTerms && b.quoted.length >= minTerms;
    const termsA = bothQuote ? all(first) : a.terms;
    const termsB = bothQuote ? all(second) : b.terms;
    if (termsA.length < minTerms || termsB.length < minTerms) continue;
    // outside a quotation, "…," said Bilbrey's coach, Joe Zemaitis" says who spoke, not a claim of its own
    const onlySpeaker = (t: typeof a) => t.quoted.length >= minTerms && t.terms.filter((term) => !context.lexicon.speechVerbs.has(term)).length < minTerms;
    if (!bothQuote && (onlySpeaker(a) || onlySpeaker(b))) continue;
    if ((a.negations > 0) !== (b.negations > 0)) continue;
    const restated = (x: string[], y: string[]) => {
      const sim = similarity(context.lexicon, x, y, names, true);
      if (sim.score < threshold || Math.min(sim.coverageA, sim.coverageB) < coverage) return false;
      if (Math.abs(x.length - y.length) / Math.max(x.length, y.length) > maxExtra) return false;
      return !valueClash(sim.onlyA, sim.onlyB);
    };
    // a restatement may be one clause of a longer sentence ("…, when officers searched the town hall"):
    // a long clause found almost whole in a clause of the other sentence
    const contained = (x: string[], y: string[]) => {
      const [small, large] = x.length <= y.length ? [x, y] : [y, x];
      if (small.length < minClause || large.length > small.length * clauseGrowth) return false;
      const sim = similarity(context.lexicon, small, large, names, true);
      return sim.coverageA >= clauseCoverage && !valueClash(sim.onlyA, sim.onlyB);
    };
    const clauseRestated = () => !bothQuote && a.clauses.some((x) => b.clauses.some((y) => contained(x.terms, y.terms)));
    if (!restated(termsA, termsB) && !clauseRestated()) continue;
    const what = bothQuote ? 'The quotation' : 'The claim';
    const score = similarity(context.lexicon, termsA, termsB, names, true).score;
    // from 0.5 at the threshold to 1 for the same words; a long clause found whole in another sentence
    // (seven content terms or more, nearly all of them) is a surer restatement than a bare pass
    const above = Math.max(0, (score - threshold) / (1 - threshold));
    const sure = Math.max(0.5 + 0.5 * above, restated(termsA, termsB) ? 0 : 0.7);
    report(first.index, second.index, `${what} “${excerpt(first.text)}”`, { similarity: Math.round(score * 100) / 100 }, confidence(sure, bothQuote ? 0.9 : 1));
  }
}

/** The most sentences of each telling of a first compared: a pasted list of "firsts" is no story's claim. */
const MAX_FIRSTS = 100;

/**
 * How much of its matter each telling of a first must share with the other (beyond the words of the
 * telling itself): the smaller share and the larger. Chosen on the development sets (corpus/blind A–S),
 * midway between the four firsts told again there (least 0.23, most 0.40 and up) and the other pairs
 * of a first and a never-before (least 0.21 at most, most 0.29 at most).
 */
const FIRST_LEAST = 0.22;
const FIRST_MOST = 0.34;

/** How sure a first told as never before is the same first. */
const FIRST_SURE = 0.8;

/**
 * A first told once as a first and once as never before (claims/firsts.ts): "the first woman to lead
 * it" … "No woman had run the unit before she took charge". Two firsts told as firsts are left to the
 * statements and the events ("her first interview"): stories tell many firsts.
 */
function firsts(context: RuleContext<Options>, report: (earlier: number, later: number, claim: string, evidence: Evidence, sure: number) => void): void {
  const { analysis } = context;
  const told = { first: [] as Sentence[], never: [] as Sentence[] };
  // a first of people in turn, by the lemma of its act: a record only beside a never-before of that act
  const actOf = new Map<Sentence, string>();
  for (const sentence of analysis.sentences) {
    if (!BODY_KINDS.has(sentence.kind)) continue;
    const how = firstTelling(sentence.text);
    const verb = how ? undefined : firstToVerb(sentence.text);
    const act = verb && analysis.tokens.slice(sentence.tokenStart, sentence.tokenEnd).find((t) => t.lower === verb)?.lemma;
    if (act && told.first.length < MAX_FIRSTS) {
      actOf.set(sentence, act);
      told.first.push(sentence);
    } else if (how && told[how].length < MAX_FIRSTS) told[how].push(sentence);
  }
  const tellsAct = (never: Sentence, act: string) => analysis.tokens.slice(never.tokenStart, never.tokenEnd).some((t) => t.lemma === act);
  const names = (id: string) => analysis.entityById.get(id)?.name;
  const matter = (s: Sentence) => analysis.terms[s.index]!.terms.filter((t) => !FIRST_FORM_TERMS.has(t));
  const peopleNamed = (s: Sentence) =>
    analysis.mentions.filter((m) => m.sentence === s.index && m.form !== 'pronoun' && analysis.entityById.get(m.entity)?.type === 'person').map((m) => m.entity);
  for (const first of told.first) {
    for (const never of told.never) {
      const act = actOf.get(first);
      // (told with another verb, a first of people in turn is the never-before's record where both name
      // its holder with one noun and the never-before is of no one: "The study is the first to
      // reconstruct …" / "No earlier study had managed to produce …")
      const holderNamed = act !== undefined && toldOfNone(never.text) && sameHolder(first.text, never.text);
      if (separateRecords(analysis, first.index, never.index) || (act !== undefined && !tellsAct(never, act) && !holderNamed)) continue;
      const sim = similarity(context.lexicon, matter(first), matter(never), names, true);
      const least = Math.min(sim.coverageA, sim.coverageB);
      const most = Math.max(sim.coverageA, sim.coverageB);
      // (counts may differ: the span since the last is told in other units, "since 1992" / "in more than
      // three decades", and a first's sentence gives other figures; so may days, the day it was told
      // and the day it happened, "officials said Wednesday" / "Before Tuesday"; two years are two firsts)
      const years = (terms: string[]) => terms.filter((t) => t.startsWith('year:'));
      if (valueClash(years(sim.onlyA), years(sim.onlyB))) continue;
      // (nor two months: "the wettest June since records began" / "No July has ever been wetter")
      const months = (terms: string[]) => new Set(terms.flatMap((t) => /^date:(?:month-|\d{4}-)(\d\d)$/.exec(t)?.[1] ?? []));
      const [ma, mb] = [months(matter(first)), months(matter(never))];
      if (ma.size > 0 && mb.size > 0 && ![...ma].some((m) => mb.has(m))) continue;
      // a story's only first and only never-before are its record told twice, however worded ("the
      // first no-hitter in the club's 27-year history" / "no Otters pitcher had ever held an opponent
      // without a hit"): of 584 real published articles none tells both, and in the development sets
      // every story that tells one of each tells one record. Not a first of people in turn ("the first
      // to reach Sandoval in the dugout"); the two must share a word or a derivation ("no-hitter" /
      // "hit", "gift" / "give"); and the never-before is of no one ("No one before him had"), not
      // someone's own ("She had never held office before", "Dr Ames had never treated a case before")
      const alone =
        told.never.length === 1 &&
        told.first.filter((s) => !actOf.has(s) || s === first).length === 1 &&
        (!act || holderNamed) &&
        // (the kind of holder alone is no record: "the first player to score 100 goals" / "No player had been sent off")
        (sim.shared.some((t) => termKey(t) !== termKey(noneOf(never.text) ?? '')) || related(matter(first), matter(never))) &&
        !peopleNamed(never).some((id) => !peopleNamed(first).includes(id)) &&
        toldOfNone(never.text);
      if (!alone && (sim.shared.length < 2 || least < FIRST_LEAST || most < FIRST_MOST)) continue;
      // (a superlative is a record only against a never-before that none exceeded it: "the fastest goal
      // in the league's history" and "Moran had never scored against Everton before" are two claims)
      if (superlativeFirst(first.text) && !(toldOfNone(never.text) && toldExceeded(never.text))) continue;
      const [earlier, later] = first.index < never.index ? [first, never] : [never, first];
      report(earlier.index, later.index, `The claim “${excerpt(earlier.text)}”`, { similarity: Math.round(sim.score * 100) / 100 }, FIRST_SURE);
    }
  }
}

/** Whether two lists of terms hold words one derives from or means the other, hyphenated words by their parts. */
function related(a: string[], b: string[]): boolean {
  const words = (terms: string[]) => terms.filter((t) => /^\p{Ll}/u.test(t)).flatMap((t) => t.split('-')).filter((w) => w.length > 2);
  const other = words(b);
  return words(a).some((x) => other.some((y) => x !== y && (derived(x, y) || synonymous(x, y))));
}

/** The first words of a sentence, for a message. */
function excerpt(text: string, words = 8): string {
  const parts = text.replace(/^[“"‘']+/, '').split(/\s+/);
  return parts.length <= words ? parts.join(' ').replace(/[.!?]+["”’']*$/, '') : `${parts.slice(0, words).join(' ')} …`;
}

function spanText(analysis: Analysis, span: { start: number; end: number }): string {
  return analysis.doc.source.slice(span.start, span.end);
}

