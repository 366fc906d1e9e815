/**
 * changed-number — a number in a sentence changed between versions ("300 jobs" became "3,000 jobs").
 *
 * What: in a sentence the edit kept, a count, sum of money or percentage of the old version is gone
 * and another of the same kind stands in its place. Numbers written another way ("300" and "three
 * hundred") are the same number.
 * Why: a changed figure changes the story; if it corrects an error, the correction should be noted.
 * Not a finding: a number added or removed with no counterpart (the sentence says more or less: the
 * edit note covers it), a year or date (changed-date), a number inside a quotation (altered-quote),
 * an exact figure restated rounded ("2,480" / "nearly 2,500"). Against a report, a figure that counts
 * something named is compared only with a figure of the same thing, unless the sentences are close
 * restatements: loosely matched sentences carry figures of different things ("41 million" pounds
 * of profit, "six" years).
 */
import { agedGroup, approximationsAgree, boundsOpposed, currenciesDiffer, datesAgree, digitsKey, digitsOf, digitsSwapped, findAges, numbersAgree, roundedRestatement, sameFigure, transposed, YEAR_IN_TEXT } from '../claims/numbers.js';
import { canon, type CompiledLexicon } from '../lexicon/compile.js';
import { isMeasure } from '../claims/backrefs.js';
import type { Analysis, NumberMention, SentenceContext, Word } from '../model/analysis.js';
import { termKey } from '../claims/similarity.js';
import { isPersonNoun } from '../lexicon/semantics.js';
import type { Claim, Sentence, Value } from '../model/document.js';
import { defineKind, type OptionsOf, type OptionsSchema, type RuleContext } from './kind.js';
import { eventClash, eventValueClashes } from './event-values.js';
import { bodyFirst, bothStayed, changeData, changedPairs, changeLocations, countedBy, inHeadline, pairUp, RESTATEMENT_OPTION } from './pairs.js';
import { placeOf } from './describe.js';
import { pushTo } from '../base/arrays.js';
import { blockWeight, confidence, minConfidence, restatement } from './confidence.js';

const OPTIONS = {
  type: 'object',
  additionalProperties: false,
  properties: {
    minRestatement: RESTATEMENT_OPTION,
    closeRestatement: {
      type: 'number',
      minimum: 0,
      maximum: 1,
      default: 0.6,
      description: 'Against a related report only: from this similarity a figure of one thing is compared with an unlabelled figure ("41 million" pounds / "41 million"); below it only figures of the same thing are.',
    },
    minConfidence: minConfidence('Figures paired without knowing that they count the same thing, or written as words ("one"), score lower.'),
  },
} as const satisfies OptionsSchema;

export const changedNumber = defineKind<OptionsOf<typeof OPTIONS>>({
  name: 'changed-number',
  scope: 'versions',
  summary: 'A count, sum or percentage changed between versions.',
  optionsSchema: OPTIONS,
  messages: {
    changed: {
      template: { edit: 'Number changed in {where}: “{old}” became “{new}”', source: 'Number in {where} differs from {report}: the article says “{new}”, the report “{old}”' },
      vars: ['where', 'old', 'new', 'report'],
    },
  },
  examples: [
    // a level reached changes with the rise that reached it: one change (blind set C)
    { related: 'The board voted 7-2 on Tuesday to approve a fare adjustment that will raise the base adult fare by 25 cents, to $2.25, effective July 1.\n', text: 'The board voted Tuesday to raise the base adult fare by 35 cents, to $2.35, starting July 1.\n', findings: ['1:57 related-number Number in paragraph 1 differs from related.md: the article says “35”, the report “25”'] },
    // a figure told of other places is theirs (blind set AC)
    { related: 'A baited camera lander has filmed a snailfish at a depth of 7,914 metres in the Laurier Trench in the south-west Pacific, the deepest any fish has been recorded in the trench.\n', text: 'Snailfish have no swim bladder, which suits them to the crushing pressures at the bottom of ocean trenches. Several species have been filmed below 7,000 metres in other trenches around the Pacific, and scientists think the physiology of fish limits them to depths of around 8,200 to 8,400 metres.\n', findings: [] },
    // others doing the same "also" have figures of their own (blind set AG)
    { related: 'The minister today announced that the daylight saving period will be extended by three weeks, from 24 weeks to 27 weeks a year.\n', text: 'The United States and Canada have both also recently extended their daylight saving, to a 34-week period.\n', findings: [] },
    // a sum's conversion in brackets changes with it: one change (blind set CG)
    { old: 'Bosveld Vintners has agreed to buy the estate for R1.2bn (about $66m), in the biggest deal in a decade.\n', text: 'Bosveld Vintners has agreed to buy the estate for R1.4bn (about $77m), in the biggest deal in a decade.\n', findings: ['1:51 changed-number Number changed in paragraph 1: “R1.2bn” became “R1.4bn”'] },
    // an update's new time stamp is no changed figure: wink cuts "7.20am" into "7" "." "20am" (blind set BN)
    { old: '*Tuesday, 14 January 2025, 7.20am*\n\nTwo people escaped when fire broke out in a chip shop on Monday night.\n', text: '*Tuesday, 14 January 2025, 1.10pm*\n\nTwo people escaped when fire broke out in a chip shop on Monday night.\n', findings: [] },
    // one figure in another currency is another sum; dollars written two ways are one currency (review)
    { old: 'Zenith Paints will spend ₦18.5 billion on a new plant in Ogun State.\n', text: 'Zenith Paints will spend $18.5 billion on a new plant in Ogun State.\n', findings: ['1:26 changed-number Number changed in paragraph 1: “₦18.5 billion” became “$18.5 billion”'] },
    { old: 'The club will spend $18.5 million on a new stand.\n', text: 'The club will spend US$18.5 million on a new stand.\n', findings: [] },
    // the cedi's sign, and a currency's letters written onto the sum, are sums of that currency (blind sets BZ and CC)
    { related: 'The suspects made away with GH₵26,400 in cash and three mobile phones.\n', text: 'The robbers bolted with GH₵36,400 in cash and three mobile phones.\n', findings: ['1:27 related-number Number in paragraph 1 differs from related.md: the article says “₵36,400”, the report “₵26,400”'] },
    { old: 'Finance costs climbed to N27.4 billion from N15.9 billion.\n', text: 'Finance costs climbed to N24.7 billion from N15.9 billion.\n', findings: ['1:26 changed-number Number changed in paragraph 1: “N27.4 billion” became “N24.7 billion”'] },
    { old: 'The toll road, the N3, was closed near Pietermaritzburg.\n', text: 'The toll road, the N7, was closed near Pietermaritzburg.\n', findings: [] },
    // a length of time spelt out onto its unit is a figure (blind set BY)
    { related: 'The 27-year-old has agreed a two-year contract at Marsh Lane, with the option of a further year.\n', text: 'The 27-year-old Scot has agreed a three-year contract at Marsh Lane.\n', findings: ['1:35 related-number Number in paragraph 1 differs from related.md: the article says “three-year”, the report “two-year”'] },
    { old: 'He was given a two-week suspension.\n', text: 'He was given a three-week suspension.\n', findings: ['1:16 changed-number Number changed in paragraph 1: “two-week” became “three-week”'] },
    // an approximation a report's figure rounds to only from far off is another figure (review)
    // an article's figure the report gives with two digits swapped is set against that figure, not another paired loosely (blind set BO)
    { related: 'The terminals handled 402,310 TEUs in the third quarter, down from 454,100 TEUs a year earlier. For the first nine months, volumes totalled 1,384,620 TEUs.\n', text: 'Through the first nine months of 2025, the port moved 1,348,620 TEUs, down 6.2 per cent.\n', findings: ['1:55 related-number Number in paragraph 1 differs from related.md: the article says “1,348,620”, the report “1,384,620”'] },
    // sums told in the Indian scales with the rupee written "Rs" (blind set BL): "Rs 4.27 crore" is 42.7 million rupees, no name's number
    { related: 'So far, 186 victims have been identified, and the total amount cheated is Rs 4.72 crore.\n', text: 'So far 186 victims have been identified, and they together lost Rs 4.27 crore to the gang.\n', findings: ['1:65 related-number Number in paragraph 1 differs from related.md: the article says “Rs 4.27 crore”, the report “Rs 4.72 crore”'] },
    { related: 'So far, 186 victims have been identified, and the total amount cheated is Rs. 4.27 crore.\n', text: 'So far 186 victims have been identified, and they together lost ₹4.27 crore to the gang.\n', findings: [] },
    { related: "British Steel statement\n\n252 jobs will go at the Scunthorpe steelworks under plans announced by British Steel on Tuesday. The cuts are needed to switch to electric arc furnaces.\n", text: "# Steelworks to cut jobs\n\nAbout 300 jobs will go at the Scunthorpe steelworks under plans announced by British Steel on Tuesday.\n\nThe company said the cuts were needed to switch to electric arc furnaces.\n\nUnions called the announcement \"a hammer blow\" for the town. The town's MP said ministers must step in to protect the workforce, and workers gathered at the gates after the announcement.\n", findings: ['3:1 related-number Number in paragraph 1 differs from related.md: the article says “About 300”, the report “252”'] },
    // a report's exact figure that the article's "about" rounds is the same figure (blind set BA)
    { related: "- Net sales of $418.6 million, an increase of 6.2% from $394.2 million in the second quarter of 2024.\n- Direct-to-consumer net sales of $171.3 million, or 40.9% of total net sales, compared with 36.5% a year earlier.", text: "Sales through the company's own stores and website rose to about 41% of the total, from 36.5% a year earlier.", findings: [] },
    // "no more than 4.6 per cent" is at most 4.6, not more than it
    // a total's parts brought up to date with the total the new version explains (blind set BC); parts changed under an unchanged total stay changed
    { old: "A cholera outbreak has infected 187 people, the ministry said on Monday.\n\nOf the 187 cases, 112 were adults and 75 were children under 15.", text: "A cholera outbreak has infected 231 people, up from 187 reported on Monday, the ministry said on Wednesday.\n\nOf the 231 cases, 139 were adults and 92 were children under 15.", findings: [] },
    { old: "A cholera outbreak has infected 187 people, the ministry said on Monday.\n\nOf the 187 cases, 112 were adults and 75 were children under 15.", text: "A cholera outbreak has infected 187 people, the ministry said on Monday.\n\nOf the 187 cases, 95 were adults and 92 were children under 15.", findings: ['3:19 changed-number Number changed in paragraph 2: “112” became “95”', '3:38 changed-number Number changed in paragraph 2: “75” became “92”'] },
    // (an old figure named for another thing explains nothing: the area burned, not the injured; review)
    { old: "# Three injured as moorland fire spreads near Saddleworth\n\nThree people were injured as a large moorland fire spread towards homes near Saddleworth on Saturday, Greater Manchester Fire and Rescue Service said.\n\nResidents of a dozen houses in Diggle were asked to keep windows and doors closed.\n", text: "# Five injured as moorland fire spreads near Saddleworth\n\nFive people were injured as a large moorland fire spread towards homes near Saddleworth on Saturday, with strong winds pushing the area alight to five square kilometres from three, Greater Manchester Fire and Rescue Service said.\n\nResidents of a dozen houses in Diggle were asked to keep windows and doors closed.\n", findings: ['3:1 changed-number Number changed in paragraph 1: “Three” became “Five”'] },
    // ("bringing the death toll to nine from six", the wire's wording; review)
    { old: "# Six dead as floods hit northern Italy\n\nROME (Reuters) - Six people died as torrential rain caused flooding across the Emilia-Romagna region on Wednesday, the civil protection agency said.\n\nThousands of people were evacuated and rivers burst their banks in more than a dozen places.\n", text: "# Nine dead as floods hit northern Italy\n\nROME (Reuters) - Nine people died as torrential rain caused flooding across the Emilia-Romagna region on Wednesday, the civil protection agency said, bringing the death toll to nine from six after three more bodies were recovered.\n\nThousands of people were evacuated and rivers burst their banks in more than a dozen places.\n", findings: [] },
    // (parts that did not move with the explained total stay changed; review)
    { old: "# Measles cases rise in Lancashire\n\nOf the 187 cases, 110 were adults and 77 were children, the UK Health Security Agency said on Monday.\n\nParents are urged to check their children's vaccinations.\n", text: "# Measles cases rise in Lancashire\n\nOf the 231 cases, 100 were adults and 131 were children, up from 187 reported on Monday, the UK Health Security Agency said.\n\nParents are urged to check their children's vaccinations.\n", findings: ['3:19 changed-number Number changed in paragraph 1: “110” became “100”', '3:39 changed-number Number changed in paragraph 1: “77” became “131”'] },
    // a toll brought up to date, the old figure named as the one raised from (blind set BI); a toll changed with no word of it stays
    { old: 'A building collapsed Wednesday in Chennai, killing at least four people, officials said.\n\nRescuers were searching the rubble.', text: 'A building collapsed Wednesday in Chennai, killing at least seven people, officials said.\n\nRescuers pulled three more bodies from the debris overnight, raising the death toll to seven from four, fire officials said Thursday.', findings: [] },
    { old: 'A building collapsed Wednesday in Chennai, killing at least four people, officials said.\n\nRescuers were searching the rubble.', text: 'A building collapsed Wednesday in Chennai, killing at least seven people, officials said.\n\nRescuers were searching the rubble.', findings: ['1:52 changed-number Number changed in paragraph 1: “at least four” became “at least seven”'] },
    { old: 'Regulated fares will rise by no more than 4.6 per cent next year.', text: 'Regulated fares will rise by 4.9 per cent next year.', findings: ['1:30 changed-number Number changed in paragraph 1: “no more than 4.6 per cent” became “4.9 per cent”'] },
    { old: 'The mill will close in March, cutting 300 jobs.', text: 'The mill will close in March, cutting three hundred jobs.', findings: [] },
    // a scale written as words ("half a million", "a quarter of a million pounds") is a figure
    { old: 'Half a million people marched through the city.', text: 'Nearly a million people marched through the city.', findings: ['1:1 changed-number Number changed in paragraph 1: “Half a million” became “Nearly a million”'] },
    { old: 'The group made a profit of 5.1 billion pounds last year.', text: 'The group made a profit of over 5 billion pounds last year.', findings: [] },
    // the headline changed with the body: one change, told where the body tells it
    {
      old: '# Trust fined £800,000 over patient death\n\nA hospital trust has been fined £800,000 after a patient fell from her bed.',
      text: '# Trust fined £80,000 over patient death\n\nA hospital trust has been fined £80,000 after a patient fell from her bed.',
      findings: ['3:33 changed-number Number changed in paragraph 1: “£800,000” became “£80,000”'],
    },
    // "1.2m" with no currency and no noun after it is a depth in metres, not 1.2 million
    { old: 'Firefighters rescued 11 people from Mill Lane, where water reached a depth of 1.2m in places.', text: 'Firefighters rescued 11 people from Mill Lane, where the water was 1.2 metres deep in places.', findings: [] },
    // a running count told by a later day is the count since
    { old: 'The health district said more than 1,100 people had been vaccinated by Sunday evening.', text: 'The health district said more than 2,400 people had been vaccinated by Wednesday evening.', findings: [] },
    // an update that gives the old figure as the old one explains the change
    { old: 'Seventeen people have been sickened with hepatitis A, health officials said Monday.\n\nSix have been hospitalized.', text: 'Twenty-one people have been sickened with hepatitis A, health officials said Thursday.\n\nThe number of confirmed cases rose from 17 reported on Monday as test results came back. Seven have been hospitalized, up from six.', findings: [] },
    { old: 'The mill will close in March, cutting 300 jobs.', text: 'The mill will close in March, cutting 3,000 jobs.', findings: ['1:39 changed-number Number changed in paragraph 1: “300” became “3,000”'] },
    { old: 'The landslide killed at least 12 people, officials said.', text: 'The landslide killed 14 people, officials said.', findings: ['1:22 changed-number Number changed in paragraph 1: “at least 12” became “14”'] },
    // a figure written onto its unit ("the 82-minute match") is a figure too
    { old: 'After the 82-minute match, Sluiter received a standing ovation.', text: 'After the 92-minute match, Sluiter received a standing ovation.', findings: ['1:11 changed-number Number changed in paragraph 1: “82-minute” became “92-minute”'] },
    // an age counts no one, but an edit can change it
    { old: 'A 17-year-old woman and Ana Ruiz, 46, were hurt.', text: 'A 19-year-old woman and Ana Ruiz, 48, were hurt.', findings: ['1:3 changed-number Number changed in paragraph 1: “17-year-old” became “19-year-old”', '1:35 changed-number Number changed in paragraph 1: “46” became “48”'] },
    // a count the article tells as the count now may be later than the report's
    { related: 'Eleven patients on two wards at Kingsmere General Hospital have tested positive for norovirus, the trust said.', text: 'A norovirus outbreak at Kingsmere General Hospital has spread to a third ward, with 14 patients now infected, the trust said.', findings: [] },
    // two sums far apart in size are two quantities (revenue, net income), not one figure changed
    { related: 'Net income was $151.4 million in the quarter on revenue that rose 8 percent, the company said.', text: 'Revenue rose to $1.98 billion in the quarter, the company said.', findings: [] },
    // another outlet's sentence may give another person's age
    { related: 'A 34-year-old man was arrested at the scene, police said.', text: 'Connor Hale, 23, was charged on Monday.', findings: [] },
    // (but two lists of one group's ages are compared as ages)
    { related: 'Three men, aged 19, 28 and 31, have been charged with affray.', text: 'Three men aged 19, 23 and 31 have been charged with affray.', findings: ['1:20 related-number Number in paragraph 1 differs from related.md: the article says “23”, the report “28”'] },
    // ages listed or given as a range count no one ("aged 19, 23 and 31" / "aged between 19 and 31")
    { related: 'Three men, aged 19, 23 and 31 and all from Blackburn, were arrested on suspicion of robbery.', text: 'Officers arrested three men, aged between 19 and 31, all from Blackburn.', findings: [] },
    // a name and a count of others are the report's whole
    { related: 'Eighty-five firefighters from four departments responded to the refinery fire.', text: 'More than 80 firefighters from Port Ardmore and three neighboring departments responded to the refinery fire.', findings: [] },
    // two approximations that take in each other's figure agree; a margin ("two goals down") counts no goals scored
    { related: 'Our team has been working with local fishers, and about 3,100 fish had been recaptured by Monday afternoon.', text: 'Just over 3,000 fish had been recaptured by Monday afternoon, the company said.', findings: [] },
    { related: 'Saltmoor Steelers scored four unanswered goals in the third period to beat Caledon Wildcats 4-2 at the Riverside Arena on Saturday.', text: 'Saltmoor Steelers came from two goals down to beat Caledon Wildcats 4-2 at the Riverside Arena on Saturday night.', findings: [] },
    { related: "Kenya's Daniel Kiprono won the men's race in 2:07:55. He outkicked countryman Felix Rotich by four seconds in the final 400 meters.", text: 'Kiprono finished in 2 hours, 7 minutes, 55 seconds, four seconds clear of Felix Rotich.', findings: [] },
    // two bounds that meet only at the figure they share cannot both hold
    { related: 'Almost 2,000 people attended the vigil in Market Square on Sunday evening, police said.', text: 'More than 2,000 people attended the vigil in Market Square on Sunday evening, police said.', findings: ['1:1 related-number Number in paragraph 1 differs from related.md: the article says “More than 2,000”, the report “Almost 2,000”'] },
    // a bound keeps a figure of its own size only
    { related: 'At least 3 people were killed when the bridge collapsed in Genoa on Tuesday.', text: 'Thirty people were killed when the bridge collapsed in Genoa on Tuesday.', findings: ['1:1 related-number Number in paragraph 1 differs from related.md: the article says “Thirty”, the report “At least 3”'] },
    // a bound the report's figure keeps agrees with it; two approximations do not
    { related: 'Capt. Mark Savage said 38 mobile homes had been destroyed in a park along Lopez Canyon Road.', text: 'At least 30 mobile homes have been destroyed in a park along Lopez Canyon Road.', findings: [] },
    { related: 'Some 5,400 people remained under evacuation orders in Pine Hollow on Monday.', text: 'About 4,500 people remained under evacuation orders in Pine Hollow on Monday.', findings: ['1:1 related-number Number in paragraph 1 differs from related.md: the article says “About 4,500”, the report “Some 5,400”'] },
    { related: 'The mine collapse killed at least two people and left over 50 others missing.', text: 'The mine collapse killed at least four people and left over 50 others missing.', findings: ['1:26 related-number Number in paragraph 1 differs from related.md: the article says “at least four”, the report “at least two”'] },
    // one event each side counts once, in sentences not paired; a count told as the count so far may be later
    { related: 'Krauss-Henning said on Tuesday that it would cut about 1,150 jobs, roughly 8% of its workforce.', text: 'Chief executive Juergen Mueller will step down at the end of March.\n\nShares fell 9 per cent.\n\nAt the same time the company is cutting 1,500 jobs worldwide.\n', findings: ['5:41 related-number Number in paragraph 3 differs from related.md: the article says “1,500”, the report “about 1,150”'] },
    // (the report's figure is the sum of the article's; a toll of a degree is part of the toll of all)
    // a figure of the report's the article's sentence gives too is one it tells, not one it changed (blind set BJ)
    { related: "# Acquisition of Mulga Springs Station\n\n- The acquisition includes approximately 18,540 head of Brahman-cross cattle.\n- Settlement is expected to occur on or around 31 March 2027.\n\nMulga Springs adjoins the Company's existing Wirrillyerna Downs aggregation. Once settled, the acquisition will lift the Company's total landholding in the Barkly region to approximately 1.1 million hectares and its total herd to approximately 96,000 head.\n", text: "## Herd of 18,450 head\n\nThe sale includes about 18,450 head of Brahman-cross cattle, which will lift Top End Pastoral's total herd to about 96,000.\n", findings: [] },
    // a figure retold unlabelled is that figure, not a change of another (blind sets BM, AE, AM); "the other
    // three" of a report's count are others
    { old: "There were 63 patients with flu in the two hospitals this morning, compared with 19 at the same point last winter.\n", text: "There were 71 patients with flu in the two hospitals this morning, up from 63 on Monday.\n", findings: [] },
    { related: "Eight of the 11 were unvaccinated; the vaccination status of the other three is being checked. Two children have been hospitalized.\n", text: "At least eight of them were not vaccinated. Three children have been hospitalized.\n", findings: ['1:45 related-number Number in paragraph 1 differs from related.md: the article says “Three”, the report “Two”'] },
    // the old figure told with its article, "up from the 38 first reported on Monday", explains the change (blind set AM)
    { old: 'About 38 homes were flooded in Kelbrook Mill overnight.\n', text: 'At least 52 homes were flooded in Kelbrook Mill on Sunday night, the council said on Tuesday, up from the 38 first reported on Monday.\n', findings: [] },
    { related: 'Halden Foods will cut 1,500 jobs, the company said.', text: 'The plant will close next year.\n\nShares fell.\n\nHalden will cut 1,000 jobs in Ohio and 500 in Texas.\n', findings: [] },
    { related: 'Twelve people were injured when the roof fell in, officials said.', text: 'The roof of the market hall fell in on Tuesday.\n\nThe hall was built in 1904.\n\nFour people were injured seriously, the council said.\n', findings: [] },
    { related: 'Officials said 14 people were injured when the roof fell in on Tuesday.', text: 'The roof of the market hall fell in on Tuesday.\n\nThe hall was built in 1904.\n\nSeventeen people have so far been injured, the council said.\n', findings: [] },
    // a figure of one named thing each side gives once, wherever it stands ("16 confirmed cases" / "14
    // confirmed cases"; "14 of the 30 shifts" / "11 of the 30 shifts inspectors reviewed")
    { related: 'The agency is investigating an outbreak linked to a farm park. As of today there are 14 confirmed cases. Four children have been treated in hospital.', text: 'A petting barn has been shut after 16 confirmed cases of a stomach bug were linked to visits.\n\nThe farm park said it was cooperating with health officials.\n', findings: ['1:36 related-number Number in paragraph 1 differs from related.md: the article says “16”, the report “14”'] },
    { related: 'The ward was rated inadequate. Staffing fell below the level the trust had set as safe on 11 of the 30 shifts inspectors reviewed.', text: 'Inspectors found staffing fell below the safe level on 14 of the 30 shifts reviewed.\n\nThe trust apologised.\n', findings: ['1:56 related-number Number in paragraph 1 differs from related.md: the article says “14”, the report “11”'] },
    // (new cases are another day's part of the whole)
    { related: 'The agency is investigating an outbreak linked to a farm park. As of today there are 14 new cases. Four children have been treated in hospital.', text: 'A petting barn has been shut after 16 new cases of a stomach bug were linked to visits.\n\nThe farm park said it was cooperating with health officials.\n', findings: [] },
    // ("two other people were wounded" against "five people were wounded": one verb, one group; review)
    { related: "# Bedfordshire Police statement\n\nOfficers were called to George Street, Luton, at about 11.30pm on Saturday following reports of a disturbance. One man was killed and two other people were wounded. The two injured people are in hospital in a stable condition.\n\nA 23-year-old man has been arrested on suspicion of murder. The incident is not being treated as terror-related.\n", text: "# One killed, five hurt in Luton street attack\n\nA man was killed and five people were wounded in a knife attack in Luton town centre on Saturday night, Bedfordshire Police said.\n\nOfficers were called to George Street at about 11.30pm. A 23-year-old man has been arrested on suspicion of murder.\n\nPolice said the victims were all local and the attack was not being treated as terror-related.\n", findings: ['3:22 related-number Number in paragraph 1 differs from related.md: the article says “five”, the report “two”'] },
    // (but "two other people were wounded" after "One person was wounded" are more of them: three in all; review)
    { related: "# Memphis party shooting\n\nOne person was wounded in the garden. Four people were shot dead in the house, and two other people were wounded, police said.\n", text: "# Memphis party shooting\n\nMEMPHIS, Tenn. (AP) — Four people were shot dead and three people were wounded at a house party in Memphis early Sunday, police said.\n", findings: [] },
    // "two other people" counts people besides the four men: not the article's "four people" (blind set BI); two other people against three other people is a changed figure
    { related: 'Detectives have arrested three suspects in connection with a shooting in which four men were killed and two other people were wounded.', text: 'Three men are due in court after four people were shot dead and two wounded when gunmen opened fire outside a house.\n', findings: [] },
    { related: 'Detectives have arrested three suspects in connection with a shooting in which four men were killed and two other people were wounded.', text: 'Three men are due in court after four men were shot dead and three other people were wounded when gunmen opened fire outside a house.\n', findings: ['1:62 related-number Number in paragraph 1 differs from related.md: the article says “three”, the report “two”'] },
    // a sum pairs with the report's sum of its own size, not the first in reading order; thousands grouped by
    // a space are one figure (blind sets BU, BP)
    { related: 'Pellham Pharmaceuticals, Inc. (NYSE: PLHM) and Ostrava Bio, Inc. (Nasdaq: OSTV) today announced that they have entered into a definitive merger agreement under which Pellham will acquire Ostrava for $31.00 per share in cash, or approximately $1.24 billion, plus one non-tradeable contingent value right (CVR) per share. Each CVR entitles its holder to receive up to $6.50 in cash upon U.S. Food and Drug Administration approval of OST-114 for the treatment of IgA nephropathy on or before December 31, 2028.', text: 'Pellham will pay $31 a share, a 67% premium to Ostrava\'s closing price on Friday. Ostrava shareholders will also receive a right to a further payment of up to $5.50 a share if the drug, OST-114, wins U.S. approval for IgA nephropathy by the end of 2028.', findings: ['1:154 related-number Number in paragraph 1 differs from related.md: the article says “up to $5.50”, the report “up to $6.50”'] },
    { related: 'The water supply to approximately 28 000 households in Tshepong has been interrupted since Monday.', text: 'A cable fault cut supply to about 35 000 households in Tshepong on Monday.', findings: ['1:29 related-number Number in paragraph 1 differs from related.md: the article says “about 35 000”, the report “approximately 28 000”'] },
    { related: 'The ferry carried 420 passengers when it ran aground, the coastguard said.', text: 'The ferry carried 240 passengers when it ran aground.', findings: ['1:19 related-number Number in paragraph 1 differs from related.md: the article says “240”, the report “420”'] },
  ],
  check(context) {
    const { mode, old } = context.versions!;
    // a headline that changes the figure its body changes ("fined £800,000" → "£80,000" in both) tells
    // the same change: it is reported once, in the body
    const inBody = new Set<string>();
    const compared = new Set<number>();
    let byDigits: Map<string, NumberMention[]> | undefined;
    // (whether each version tells a count still going on or finished, read once for every pair)
    const counting = mode.name === 'edit' ? { partial: toldPartial(old.sentences), final: toldFinal(context.analysis.sentences) } : { partial: false, final: false };
    for (const pair of bodyFirst(changedPairs(context, context.options.minRestatement))) {
      // (and, between versions, ages, which count no one but can change: "a 17-year-old woman" → "a
      // 19-year-old woman"; another outlet's sentence may give another person's age, but not another
      // group's ages listed after "aged": "Three men aged 19, 23 and 31" / "aged 19, 28 and 31")
      const ages = (c: (typeof pair.oldContexts)[number]) => findAges(c.words).filter((n) => mode.name === 'edit' || agedGroup(c.words, n.from));
      // ("two other people were wounded" counts people besides those counted before it, "four men were
      // killed": a figure of "people" is the same thing as it only where the same verb tells what befell
      // them, "five people were wounded"; review)
      const others = new Set<NumberMention>();
      // ("the other three", "the remaining 12": figures of the rest of a group, whatever they count)
      const rest = new Set<NumberMention>();
      const verbAfter = new Map<NumberMention, string>();
      const numbers = (contexts: typeof pair.oldContexts) =>
        contexts.flatMap((c) =>
          [...c.numbers, ...ages(c)].filter((n) => {
            if (toldAsOther(c, n)) others.add(n);
            if (/^(?:other|remaining)$/i.test(c.words[n.from - 1]?.text ?? '')) rest.add(n);
            const verb = verbOf(c, n);
            if (verb) verbAfter.set(n, verb);
            return n.kind !== 'year' && c.words[n.from]!.quote < 0;
          }),
        );
      // (unless its own side counts that verb's group besides it: "One person was wounded … two other people
      // were wounded" are three; review)
      const addition = (x: NumberMention, side: readonly SentenceContext[]) =>
        side.some((c) => c.numbers.some((n) => n !== x && !toldAsOther(c, n) && verbOf(c, n) === verbAfter.get(x)));
      const sameGroup = (x: NumberMention, y: NumberMention) =>
        others.has(x) === others.has(y) || (verbAfter.get(x) !== undefined && verbAfter.get(x) === verbAfter.get(y) && !(others.has(x) ? addition(x, old.contexts) : addition(y, context.analysis.contexts)));
      const before = numbers(pair.oldContexts);
      const after = numbers(pair.newContexts);
      // the same figure, qualified or not ("up to 12", "upto 12"): a change of wording, not of number
      // an unlabelled figure ("the other three") is the labelled one ("Three children") only when the
      // other side has no figure of that thing ("Two children")
      const labelled = (list: NumberMention[], n: NumberMention) => n.unit !== undefined && list.some((m) => m.kind === n.kind && m.unit === n.unit);
      // (a margin told on one side, "four seconds clear", is the other's "by four seconds": the same figure)
      const base = (n: NumberMention) => n.unit?.replace(/ margin$/, '');
      // (and "almost 2,000" is not "more than 2,000")
      const same = (a: NumberMention, b: NumberMention) =>
        a.kind === b.kind && sameFigure(a, b) && !boundsOpposed(a, b) && !currenciesDiffer(a, b) && (base(a) === base(b) || !(a.unit ? labelled(after, a) : labelled(before, b)));
      // "51 months" and "four years and three months" are one length of time
      const [oldTimes, newTimes] = [durations(before), durations(after)];
      const told = (groups: NumberMention[][], others: NumberMention[][]) => new Set(groups.filter((g) => others.some((o) => sameLength(g, o))).flat());
      const [toldOld, toldNew] = [told(oldTimes, newTimes), told(newTimes, oldTimes)];
      before.splice(0, before.length, ...before.filter((n) => !toldOld.has(n)));
      after.splice(0, after.length, ...after.filter((n) => !toldNew.has(n)));
      // against a report, a figure of the report's that the article gives elsewhere, of the same thing, is
      // one it agrees on ("2 firefighters" injured, in its own sentence), not the one this sentence changed
      const toldElsewhere = (a: NumberMention) => mode.name === 'source' && a.unit !== undefined && mode.supports.number(context.analysis, a);
      // (how much of a count was in, "with about 70 percent of votes counted", is no figure of the story
      // once the count is finished)
      const completed = mode.name === 'edit' && countCompleted(counting, pair.oldSentences, pair.newSentences);
      const progress = (a: NumberMention) => completed && COUNT_PROGRESS.test(old.doc.source.slice(a.end, a.end + 60));
      const onlyOld = before.filter((a) => !after.some((b) => same(a, b)) && !toldElsewhere(a) && !progress(a));
      const onlyNew = after.filter((b) => !before.some((a) => same(a, b)) && !mode.supports.number(old, b));
      // a sum's conversion in brackets ("R1.2bn (about $66m)") changes with the sum, and a level reached
      // with the rise that reached it ("raise the fare by 35 cents, to $2.35"): one change, told once
      // (blind sets CG and C)
      const companionOf = (n: NumberMention, side: NumberMention[], source: string) =>
        side.find(
          (x) =>
            x.end <= n.start &&
            ((x.kind === 'money' && n.kind === 'money' && /^\s*\(\s*$/.test(source.slice(x.end, n.start)) && currenciesDiffer(x, n)) ||
              (/\bby\s+$/i.test(source.slice(Math.max(0, x.start - 4), x.start)) && /^\s*(?:cents?|pence|p|per ?cent|%|points?|percentage points)?,?\s+to\s+$/i.test(source.slice(x.end, n.start)))),
        );
      const changedWith = (n: NumberMention, side: NumberMention[], changed: NumberMention[], source: string) => changed.includes(companionOf(n, side, source)!);
      onlyOld.splice(0, onlyOld.length, ...onlyOld.filter((a) => !changedWith(a, before, onlyOld, old.doc.source)));
      onlyNew.splice(0, onlyNew.length, ...onlyNew.filter((b) => !changedWith(b, after, onlyNew, context.analysis.doc.source)));
      const close = mode.name === 'edit' || (pair.pair.similarity ?? 0) >= context.options.closeRestatement;
      // a total told with its parts ("Of the 231 cases, 139 were adults and 92 were children"), whose change
      // the new version explains ("up from 187 reported on Monday"), brings its parts up to date with it
      const [oldTotal, newTotal] = [totalWithParts(before), totalWithParts(after)];
      // (each part moving the way the total did, in the order told: adults down from 110 to 100 as the
      // total rose is no update of either part; review)
      const inStep = (was: { total: NumberMention; parts: NumberMention[] }, now: { total: NumberMention; parts: NumberMention[] }) => {
        const way = Math.sign(Number(now.total.key) - Number(was.total.key));
        const [x, y] = [[...was.parts].sort((p, q) => p.start - q.start), [...now.parts].sort((p, q) => p.start - q.start)];
        return x.every((part, k) => Math.sign(Number(y[k]!.key) - Number(part.key)) !== -way);
      };
      const partsUpdated = mode.name === 'edit' && oldTotal !== undefined && newTotal !== undefined && oldTotal.total.key !== newTotal.total.key && toldAsEarlier(context.lexicon, context.analysis, oldTotal.total, newTotal.total) && inStep(oldTotal, newTotal);
      // figures of the same thing pair first ("Three children" with "Two children", not with "the other three")
      // lengths of time in two units are figures of one thing ("two years" / "30 months")
      const timeUnit = (n: NumberMention) => n.unit !== undefined && MONTHS.has(n.unit);
      // (against a report, whose sentences are worded afresh, a sum pairs first with the report's sum of its
      // own size, not with the first in reading order: "up to $5.50 a share" with the report's "up to $6.50",
      // not its "$1.24 billion"; blind set BU)
      const sameThing = pairUp(onlyOld, onlyNew, (x, y) => x.kind === y.kind && sameGroup(x, y) && (x.unit === y.unit || (timeUnit(x) && timeUnit(y)) || (sameFigure(x, y) && currenciesDiffer(x, y))) && !(mode.name === 'source' && farApart(x, y) && onlyOld.some((z) => z !== x && z.kind === y.kind && z.unit === y.unit && !farApart(z, y))));
      const paired = new Set(sameThing.flat());
      const loose = close ? pairUp(onlyOld.filter((x) => !paired.has(x)), onlyNew.filter((y) => !paired.has(y)), (x, y) => x.kind === y.kind && (!x.unit || !y.unit)) : [];
      // a figure one side tells again, unlabelled on one of them, is that figure retold, not the one
      // changed: the report's "total herd to approximately 96,000 head" where the article's sentence says
      // "about 18,450 head …, which will lift the total herd to about 96,000"; "63 patients … compared
      // with 19" → "71 patients …, up from 63 on Monday" (figures of two labelled things, "Three children
      // and two adults" → "Two children and three adults", stay a change, and so do figures of others,
      // "Three children have been hospitalized" against "the other three" of a report's count)
      // (from 10 up: a small figure is as often another thing's, "Five people were injured … to five
      // square kilometres from three")
      const retold = (n: NumberMention, side: NumberMention[], other: NumberMention) =>
        Number(n.key) >= 10 && side.some((x) => x !== other && x.kind === n.kind && (!x.unit || !n.unit) && !others.has(x) && !rest.has(x) && sameFigure(n, x));
      // (the report's figures by their digits in order, built once and only when asked: a swap keeps them)
      const swappedInReport = (b: NumberMention) => {
        if (!byDigits) {
          byDigits = new Map();
          for (const c of old.contexts) for (const x of c.numbers) pushTo(byDigits, digitsKey(x.text), x);
        }
        return (byDigits.get(digitsKey(b.text)) ?? []).some((x) => transposed(x, b));
      };
      for (const [a, b] of [...sameThing, ...loose].sort((p, q) => p[1].start - q[1].start)) {
        // (reported or excused here, a figure is this comparison's: the event by event one leaves it)
        compared.add(b.start);
        // against a report, a figure the article tells as the count now ("with 14 patients now infected",
        // "so far 14") may be a later count than the report's, not another figure for the same moment
        if (mode.name === 'source' && toldAsNow(pair.newContexts, b)) continue;
        // (and a figure the article gives someone the report never names as doing the same "also": "The
        // United States and Canada have both also extended their daylight saving, to a 34-week period"
        // beside the report's "from 24 weeks to 27 weeks"; blind set AG)
        if (mode.name === 'source' && othersAlso(pair.newContexts, b, old.doc.source)) continue;
        // (or told of other places or things right after it: "Several species have been filmed below 7,000
        // metres in other trenches" beside the report's "at a depth of 7,914 metres in the Laurier Trench";
        // blind set AC)
        if (mode.name === 'source' && ofOthers(pair.newContexts, b)) continue;
        // against a report, two sums far apart in size with other digits are two quantities (revenue and
        // profit in a loosely matched sentence), not one changed: "$1.98 billion" and "$151.4 million"
        if (mode.name === 'source' && a.kind === 'money' && b.kind === 'money' && farApart(a, b) && !sameDigits(a.text, b.text)) continue;
        // and a bound the report's figure keeps agrees with it
        if (mode.name === 'source' && (boundKept(a, b) || approximationsAgree(a, b))) continue;
        // (an article's figure the report gives with two digits swapped is that figure misspelt, which
        // related-figures reports, not this one changed: "1,348,620 TEUs" / "1,384,620 TEUs" beside the
        // report's "454,100 TEUs"; blind set BO)
        if (mode.name === 'source' && !transposed(a, b) && swappedInReport(b)) continue;
        // (an old figure the new version tells again, "raising their earlier count of 25", may still be
        // the one changed: toldAsEarlier reads that; a report's figure the article retells is its own)
        if ((mode.name === 'source' && retold(a, after, b)) || retold(b, before, a)) continue;
        if (roundedRestatement(a, b) || totalOfParts(a, after) || totalOfParts(b, before) || riseForLevel(a, b, before, after) || bothStayed(context, pair, a.text, b.text)) continue;
        // an update that tells the old figure as the old one ("rose from 17 reported on Monday") explains its
        // change, and so does a running count told by a later day ("1,100 … by Sunday evening" → "2,400 … by
        // Wednesday evening")
        if (mode.name === 'edit' && (toldAsEarlier(context.lexicon, context.analysis, a, b) || countedByAnotherDay(pair.oldContexts, pair.newContexts))) continue;
        if (partsUpdated && oldTotal.parts.includes(a) && newTotal.parts.includes(b)) continue;
        // "Port Ardmore and three neighboring departments" are the report's "four departments"
        if ((Number(a.key) === Number(b.key) + 1 && oneNamedMore(pair.newContexts, b)) || (Number(b.key) === Number(a.key) + 1 && oneNamedMore(pair.oldContexts, a))) continue;
        // "60 to 100 million" → "100 to 60 million": the figures swapped places, the scale stayed put
        if (rangeTurned(a, b, before) && rangeTurned(b, a, after)) continue;
        const change = `${a.kind}:${a.key}\u0000${b.key}`;
        if (!inHeadline(pair)) inBody.add(change);
        else if (inBody.has(change)) continue;
        // figures of one named thing ("Three children" / "Two children") are surely one figure changed
        const sameUnit = a.unit !== undefined && a.unit === b.unit;
        const wordNumber = /^[\p{L} -]+$/u.test(a.text) || /^[\p{L} -]+$/u.test(b.text);
        // "one" is as often a pronoun or "a" as a count ("one who knew" / "27 who knew")
        const one = a.text.toLowerCase() === 'one' || b.text.toLowerCase() === 'one';
        // against a report, the same digits in another order ("31,842" / "31,482", "23" / "32") are
        // one figure mistyped, however loosely the sentences match
        const swapped = mode.name === 'source' && digitsSwapped(a.text, b.text);
        // between versions, a figure told as a level reached ("had risen to about 41,000"), or one a running
        // count's bound holds ("more than 1,100 … by Tuesday afternoon" → "about 1,300"), is the story brought
        // up to date: worth a look (a toll's bound kept, "at least 12" → "14", is still a changed toll)
        // (or told so anywhere in the new version, of a figure the old one never gave: "The number of injured
        // rose to 14 during the morning" brings the lede's "injuring nine people" → "injuring 14 people" up to date)
        const reached = (toldAsReached(context.lexicon, pair.newContexts, b) && (!toldAsReached(context.lexicon, pair.oldContexts, a) || toldOnOtherDays(pair.oldContexts, pair.newContexts))) || reachedElsewhere(context.lexicon, pair.newContexts, context.analysis.contexts, old.contexts, b) || countedOn(context.lexicon, context.analysis.contexts, old.contexts, a, b);
        // (or told as the count now where the old version did not: "a case of four counts of murder" → "the
        // case, now five counts of murder"; blind set BR)
        const nowTold = toldAsNow(pair.newContexts, b) && !toldAsNow(pair.oldContexts, a);
        const updated = mode.name === 'edit' && (reached || nowTold || (keptBound(a, b) && countedBy(pair.oldContexts).size > 0) || completed || refined(a, b) || closedSinceTrading(pair));
        const sure = confidence(0.95, sameUnit || a.kind !== 'count' ? 1 : 0.8, one ? 0.6 : wordNumber && !sameUnit ? 0.8 : 1, updated ? UPDATED : 1, blockWeight(pair.newSentences[0]), restatement(mode, pair.pair.similarity));
        context.report({
          confidence: swapped ? Math.max(sure, confidence(0.9, blockWeight(pair.newSentences[0]))) : sure,
          message: 'changed',
          data: changeData(context, pair, a.text, b.text),
          locations: changeLocations(context, b, a),
          evidence: { expected: a.text, actual: b.text, kind: a.kind, ...(a.unit ? { unit: a.unit } : {}) },
        });
      }
    }
    if (mode.name === 'source') {
      for (const start of namedCounts(context, compared)) compared.add(start);
      eventCounts(context, compared);
    }
  },
});

/** Whether a figure is told of other places or things: "below 7,000 metres in other trenches", "elsewhere". */
function ofOthers(contexts: readonly SentenceContext[], n: NumberMention): boolean {
  const ctx = contexts.find((c) => c.numbers.includes(n));
  const after = ctx?.words.slice(n.to, n.to + 5) ?? [];
  return after.some((w, k) => w.lower === 'elsewhere' || (k > 0 && w.lower === 'other' && after[k - 1]!.pos === 'ADP'));
}

/**
 * Whether the figure's sentence tells, with "also" or "too", of a subject the report never names: the
 * same thing done by others, whose figure is theirs.
 */
function othersAlso(contexts: readonly SentenceContext[], n: NumberMention, report: string): boolean {
  const ctx = contexts.find((c) => c.numbers.includes(n));
  if (!ctx || !ctx.words.some((w) => /^(?:also|too|likewise|similarly)$/i.test(w.text) && w.quote < 0)) return false;
  const verb = ctx.words.findIndex((w) => w.pos === 'VERB' || w.pos === 'AUX');
  const named = ctx.mentionAt.slice(0, verb < 0 ? 0 : verb).flatMap((m) => (m ? [ctx.entities.get(m.entity)] : [])).filter((e) => e !== undefined && e.type !== 'other');
  const text = report.toLowerCase();
  return named.length > 0 && named.every((e) => !text.includes(e!.name.toLowerCase()));
}

/**
 * Against a report, a figure of one named thing each tells once, in sentences the comparison did not
 * set against each other: "16 confirmed cases of a stomach bug" / "there are 14 confirmed cases"; "on 14
 * of the 30 shifts reviewed" / "on 11 of the 30 shifts inspectors reviewed". The thing is named by the
 * words between the figure and its noun (one at least besides the noun, none that makes it another part,
 * "new", "other") or by the total it is part of; each side gives it one figure, the article's not told
 * as the count now, and the two are neither a rounding nor a kept bound. Returns the article figures
 * reported.
 */
function namedCounts(context: RuleContext, compared: ReadonlySet<number>): number[] {
  const report = context.versions!.old;
  const article = context.analysis;
  const named = (analysis: Analysis) => {
    const out = new Map<string, { n: NumberMention; c: SentenceContext }[]>();
    for (const c of analysis.contexts) {
      for (const n of c.numbers) {
        const key = n.kind === 'count' && n.unit && c.words[n.from]!.quote < 0 ? thingNamed(context.lexicon, c, n) : undefined;
        if (key) pushTo(out, key, { n, c });
      }
    }
    return out;
  };
  const [ours, theirs] = [named(article), named(report)];
  const reported: number[] = [];
  for (const [key, told] of ours) {
    const other = theirs.get(key);
    if (told.length !== 1 || other?.length !== 1) continue;
    const [{ n: a, c }, { n: b }] = [told[0]!, other[0]!];
    if (compared.has(a.start) || numbersAgree(a, b) || roundedRestatement(a, b) || boundKept(a, b) || approximationsAgree(a, b) || toldAsNow([c], a)) continue;
    reported.push(a.start);
    context.report({
      confidence: confidence(0.8, blockWeight(c.sentence)),
      message: 'changed',
      data: { where: placeOf(c.sentence), old: b.text, new: a.text, report: report.doc.path },
      locations: changeLocations(context, a, b),
      evidence: { expected: b.text, actual: a.text, kind: 'count', unit: a.unit! },
    });
  }
  return reported;
}

/**
 * The thing a count names, as a key: its noun with the words between figure and noun ("16 confirmed
 * cases" → "confirm case") or the total it is part of ("14 of the 30 shifts" → "of 30 shift").
 */
function thingNamed(lexicon: CompiledLexicon, c: SentenceContext, n: NumberMention): string | undefined {
  const { words } = c;
  if (words[n.to]?.lower === 'of') {
    const total = c.numbers.find((m) => m.from > n.to && m.from <= n.to + 2 && m.kind === 'count' && m.unit === n.unit);
    return total ? `of ${total.key} ${n.unit}` : undefined;
  }
  const head = words.slice(n.to, n.to + 4).findIndex((w) => w.lemma === n.unit);
  if (head < 1) return undefined;
  const between = words.slice(n.to, n.to + head);
  if (!between.every((w) => w.pos === 'ADJ' || w.pos === 'VERB' || w.pos === 'NOUN') || between.some((w) => ANOTHER_PART.test(w.lower))) return undefined;
  return [...between, words[n.to + head]!].map((w) => canon(lexicon, w.lemma)).join(' ');
}

/** Words before a count's noun that make its thing another part of a whole ("14 new cases", "the other 30 shifts"). */
const ANOTHER_PART = /^(?:new|other|more|additional|further|remaining|extra|fresh|latest)$/;

/**
 * Against a report, an event each tells with one count only, with two counts (see event-values.ts):
 * "the company is cutting 1,500 jobs" / "it would cut about 1,150 jobs", for a figure the sentence
 * comparison did not set against one of the report's (reported or excused there: a total and its
 * parts, a rise for a level). Counts of one thing only; neither told as the count now anywhere in
 * its clause, nor a rounding, a kept bound or the sum of the other sentence's figures; not told on
 * two days or in two places, nor a toll in one place against a toll told of none (a storm's 23 dead
 * and "five people in Kentucky"), nor of a degree on one side only ("Four people were injured
 * seriously" is part of "Twelve people were injured").
 */
function eventCounts(context: RuleContext, compared: ReadonlySet<number>): void {
  const report = context.versions!.old;
  const article = context.analysis;
  const clause = (analysis: Analysis, c: Claim) => analysis.doc.source.slice(c.start, c.end);
  // (a count told as the count now, anywhere in its clause, may be a later count than the other's)
  const usable = (value: Value, c: Claim, analysis: Analysis) => value.kind === 'count' && !c.updated && !NOW.test(clause(analysis, c));
  const agree = (a: Value, b: Value) => (a.unit ?? '') !== (b.unit ?? '') || numbersAgree(a, b) || roundedRestatement(a, b) || boundKept(a, b);
  for (const [a, r] of eventValueClashes(article, report, { field: 'count', usable, agree }, context.lexicon.repeatMarkers)) {
    const count = a.values.count!;
    if (compared.has(count.start)) continue;
    const [pa, pr, ta, tr] = [a.values.place, r.values.place, a.values.time, r.values.time];
    if ((pa && pr && pa.key !== pr.key) || (ta && tr && !datesAgree(ta, tr))) continue;
    if (context.lexicon.frames[a.frame]?.core === 'any' && (pa === undefined) !== (pr === undefined)) continue;
    const degree = (c: Claim, analysis: Analysis) => DEGREE.exec(clause(analysis, c))?.[0].toLowerCase();
    if (degree(a, article) !== degree(r, report)) continue;
    // ("will cut 1,000 jobs in Ohio and 500 in Texas" gives the report's 1,500 in parts)
    const numbers = (analysis: Analysis, c: Claim) => analysis.contexts[c.sentence]!.numbers;
    const mention = (analysis: Analysis, c: Claim) => numbers(analysis, c).find((n) => n.start === c.values.count!.start);
    const [ma, mr] = [mention(article, a), mention(report, r)];
    if ((ma && totalOfParts(ma, numbers(report, r))) || (mr && totalOfParts(mr, numbers(article, a)))) continue;
    const clash = eventClash(context, a, r, 'count');
    context.report({ ...clash, evidence: { ...clash.evidence, kind: 'count', ...(count.unit ? { unit: count.unit } : {}) } });
  }
}

/** How many words after a figure are read for the verb that tells what befell what it counts ("two other people were wounded"). */
const VERB_REACH = 5;

/** The verb that tells what befell what a figure counts: "were wounded" of "two other people". */
function verbOf(c: SentenceContext, n: NumberMention): string | undefined {
  return c.words.slice(n.to, n.to + VERB_REACH).find((w) => w.pos === 'VERB')?.lemma;
}

/** A count told as others than those counted before it: "two other people". */
function toldAsOther(c: SentenceContext, n: NumberMention): boolean {
  return /^(?:other|others)$/i.test(c.words[n.to]?.text ?? '');
}

/**
 * A whole figure told again with the decimals it was rounded from ("down 12%" → "closed down 11.6%"):
 * the same figure told more exactly, or the closing figure for the day's, an update worth a look.
 */
function refined(a: NumberMention, b: NumberMention): boolean {
  const decimals = (n: NumberMention) => /\d\.\d/.test(n.text);
  // (within a twentieth: "a rate of 2%" → "2.4%", "4%" → "4.4%" are new rates, not the same one told exactly; review)
  const [was, now] = [Number(a.key), Number(b.key)];
  return a.kind === b.kind && !decimals(a) && decimals(b) && Math.round(now) === was && Math.abs(now - was) <= REFINED * was;
}

/** How far a figure told with decimals may stand from the whole figure it rounds to and still be that figure. */
const REFINED = 0.05;

/**
 * A market figure told during trading and, in the edit, at the close ("rose about 6 cents … in midday
 * trading" → "settled 7.4 cents higher"; blind set BO): the later figure supersedes the earlier, as a
 * later count does: an update worth a look, no changed fact.
 */
function closedSinceTrading(pair: { oldSentences: readonly { text: string }[]; newSentences: readonly { text: string }[] }): boolean {
  return pair.oldSentences.some((x) => DURING_TRADING.test(x.text)) && pair.newSentences.some((x) => AT_CLOSE.test(x.text)) && !pair.newSentences.some((x) => DURING_TRADING.test(x.text));
}
const DURING_TRADING = /\b(?:(?:midday|mid-day|intraday|early|morning|afternoon|late|overnight) trad(?:e|ing)|at one point|earlier in the (?:day|session))\b/i;
const AT_CLOSE = /\b(?:settled|closed|ended|finished)\b/i;

/** The largest count of a sentence that two of its others add up to: a total told with its parts ("Of the 231 cases, 139 were adults and 92 were children under 15"). */
function totalWithParts(numbers: readonly NumberMention[]): { total: NumberMention; parts: NumberMention[] } | undefined {
  const counts = numbers.filter((n) => n.kind === 'count').sort((x, y) => Number(y.key) - Number(x.key));
  const [total, ...rest] = counts;
  if (total === undefined || rest.length > MAX_PARTS) return undefined;
  for (let i = 0; i < rest.length; i++) {
    for (let j = i + 1; j < rest.length; j++) if (Number(rest[i]!.key) + Number(rest[j]!.key) === Number(total.key)) return { total, parts: [rest[i]!, rest[j]!] };
  }
  return undefined;
}

/** The most figures beside a total whose pairs are read as its parts: more is a table. */
const MAX_PARTS = 8;

/**
 * Whether the new version gives the old figure as the one it replaced: "from 17" after a verb of
 * change ("The number of cases rose from 17 reported on Monday") or "up from", "down from" ("Seven have
 * been hospitalized, up from six"), or names it as the figure before ("raising its earlier count of 12").
 */
function toldAsEarlier(lexicon: CompiledLexicon, analysis: Analysis, old: NumberMention, now: NumberMention): boolean {
  return analysis.contexts.some((c) =>
    c.numbers.some((n) => {
      if (n.kind !== old.kind || Number(n.key) !== Number(old.key)) return false;
      // (of the same thing: "pushing the area alight to five square kilometres from three" explains no
      // change of the injured from three to five; review)
      if (c.numbers.some((m) => m.key === now.key && m.unit !== undefined && now.unit !== undefined && m.unit !== now.unit && (isMeasure(m.unit) || isMeasure(now.unit)))) return false;
      // (a change told the wrong way explains nothing: 25 → 19, "raising its earlier count of 25")
      const told = c.words.slice(Math.max(0, n.from - 8), n.from).map((w) => w.lower).join(' ');
      const way = RISE.test(told) ? 1 : FALL.test(told) ? -1 : 0;
      if (way !== 0 && Math.sign(Number(now.key) - Number(old.key)) !== way) return false;
      // ("raising its earlier count of 12", "revising an initial estimate of 12": named as the figure before)
      if (c.words[n.from - 1]?.lower === 'of' && EARLIER_FIGURE.test(c.words.slice(Math.max(0, n.from - 4), n.from - 1).map((w) => w.lower).join(' '))) return true;
      // (the old figure told again a little looser is still it: "more than 600" … "up from about 600")
      // ("up from the 38 first reported on Monday": the figure told with its article)
      const at = c.words[n.from - 1]?.lower === 'the' ? n.from - 2 : n.from - 1;
      if (c.words[at]?.lower !== 'from') return false;
      // ("up from nine in the whole of last year" is another period's figure, not this one's before)
      if (OTHER_PERIOD.test(c.words.slice(n.to, n.to + 8).map((w) => w.lower).join(' '))) return false;
      const before = c.words[at - 1];
      return /^(?:up|down)$/.test(before?.lower ?? '') || c.words.slice(0, at).some((w) => lexicon.updateVerbs.has(canon(lexicon, w.lemma)));
    }),
  );
}

/** Words that tell a figure's change as a rise or a fall, before the old figure ("raising its earlier count of", "down from"). */
const RISE = /\b(?:up|rais(?:e|es|ed|ing)|increas(?:e|es|ed|ing)|revis(?:e|es|ed|ing) up(?:ward)?|r(?:ise|ises|ose|isen|ising))\b/;
const FALL = /\b(?:down|lower(?:s|ed|ing)?|reduc(?:e|es|ed|ing)|cut(?:s|ting)?|revis(?:e|es|ed|ing) down(?:ward)?|f(?:all|alls|ell|allen|alling))\b/;

/** A figure named as the one given before: "its earlier count of", "the previous estimate of". */
const EARLIER_FIGURE = /\b(?:earlier|previous|initial|original|prior|first)\s+(?:\p{L}+\s+)?(?:count|figure|estimate|toll|total|tally|number|forecast|tallies)$/u;

/** A count still going on: "provisional figures", "with about 80 percent of votes counted", "early results". */
const PARTIAL_COUNT = /\b(?:provisional|preliminary|partial|early|initial|incomplete|unofficial) (?:results?|figures?|count|returns|tallies|tally)\b|\bwith (?:about |around |nearly |almost |more than |over )?\d+(?:\.\d+)? ?(?:percent|per cent|%|of (?:the )?\d+) (?:of (?:the )?)?(?:votes?|ballots|precincts|districts|polling stations|wards) (?:counted|reporting|in)\b|\bmost (?:of the )?(?:votes|ballots|precincts) (?:counted|reporting|in)\b/i;

/** What follows a figure of how much of a count is in: "… percent of votes counted", "of precincts reporting". */
const COUNT_PROGRESS = /^\s*(?:(?:percent|per cent|%)?\s*of (?:the )?(?:\d+ )?)?(?:votes?|ballots|precincts|districts|polling stations|wards) (?:counted|reporting|in)\b/i;

/** A count finished: "final figures", "official results", "with all votes counted". */
const FINAL_COUNT = /\b(?:final|official|full|complete|completed|certified) (?:results?|figures?|count|returns|tallies|tally)\b|\bwith all (?:the )?(?:\d+ )?(?:votes?|ballots|precincts|districts|polling stations) (?:counted|reporting|in)\b/i;

/**
 * The old version told a count still going on and the new one the finished count: its figures are
 * brought up to date. One of the pair's sentences says so, and the other version says so anywhere
 * ("Turnout, with all precincts counted, was about 22%" after a lede "with most precincts counted";
 * blind set CC).
 */
function countCompleted(versions: { partial: boolean; final: boolean }, old: readonly Sentence[], now: readonly Sentence[]): boolean {
  if ((toldPartial(old) && versions.final) || (versions.partial && toldFinal(now))) return true;
  // (or neither says so, where the versions do and the sentence tells the count's own figures: "Delgado
  // had 12,410 votes, or 52.1 percent" under a lede "with 30 of 34 precincts reporting"; review)
  return versions.partial && versions.final && [...old, ...now].every((s) => COUNT_FIGURES.test(s.text));
}

/** Whether any of these sentences tells a count still going on. */
function toldPartial(sentences: readonly Sentence[]): boolean {
  return sentences.some((s) => PARTIAL_COUNT.test(s.text));
}

/** Whether any of these sentences tells a count finished. */
function toldFinal(sentences: readonly Sentence[]): boolean {
  return sentences.some((s) => FINAL_COUNT.test(s.text));
}

/** Words that tell a sentence's figures as a count's: votes, shares of them, turnout. */
const COUNT_FIGURES = /\b(?:votes?|ballots?|turnout|percent|per cent|precincts?)\b|%/i;

/** How surely a figure told as the level reached, or kept within the old bound, is a changed fact rather than an update. */
const UPDATED = 0.4;

/**
 * The figure is told as a level reached ("had risen to about 41,000", "climbed to 14"), of no year ("fell
 * to 12p in March 2009", "by the 2010 census": a fixed past figure). (Told so on both sides of an edit, on
 * the same day, "dropped to 15 degrees" → "dropped to 5 degrees", the level itself was changed.)
 */
function toldAsReached(lexicon: CompiledLexicon, contexts: readonly SentenceContext[], n: NumberMention): boolean {
  const c = contexts.find((x) => x.numbers.includes(n));
  if (!c || c.words[n.from - 1]?.lower !== 'to' || YEAR_IN_TEXT.test(c.sentence.text)) return false;
  // ("rose to about 41,000": a qualifier between "to" and the figure is part of the figure's words)
  // (and a verb's object may stand between it and "to": "Officials raised the death toll to 15"; review)
  let k = n.from - 2;
  while (k > n.from - 2 - OBJECT_WORDS && /^(?:DET|ADJ|NOUN)$/.test(c.words[k]?.pos ?? '')) k--;
  const verb = c.words[k];
  return verb !== undefined && lexicon.updateVerbs.has(canon(lexicon, verb.lemma));
}

/** The most words of an object between a verb of change and its "to" ("raised the death toll to"). */
const OBJECT_WORDS = 4;

/**
 * A figure the new version tells in another sentence as a level reached, of the same thing (a word
 * beside the changed figure, or its event, stands in that sentence: "injuring 14 people" … "The number
 * of injured rose to 14"; not "cut 450 jobs" … "Its share price rose to 450p"), which the old version
 * never gave.
 */
function reachedElsewhere(lexicon: CompiledLexicon, pair: SentenceContext[], now: readonly SentenceContext[], old: readonly SentenceContext[], n: NumberMention): boolean {
  const same = (m: NumberMention) => m.kind === n.kind && m.key === n.key;
  // (an old sentence the new version keeps word for word tells another thing: "In January, five people were
  // killed at a house in KwaMashu" beside "bringing the death toll to five"; blind set BR)
  const kept = new Set(now.map((c) => c.sentence.text));
  if (old.some((c) => !kept.has(c.sentence.text) && c.numbers.some(same))) return false;
  const own = pair.find((c) => c.numbers.includes(n));
  if (!own) return false;
  const at = own.words.findIndex((w) => w.start === n.start);
  const content = (w: Word) => /^(?:NOUN|VERB|ADJ)$/.test(w.pos) && !/^(?:be|have|say|number|people|total)$/.test(w.lemma);
  // a word and the event it names are one thing: "killing" and "death toll", "toll" alone being a death toll
  const keys = (w: Word) => [termKey(w.lower), ...(w.lower === 'toll' ? ['death'] : (lexicon.triggers.get(w.lemma) ?? []).map((t) => t.frame))];
  const beside = new Set(own.words.slice(Math.max(0, at - 2), at + 5).filter(content).flatMap(keys));
  return now.some((c) =>
    !pair.includes(c) &&
    c.numbers.some((m) => same(m) && toldAsReached(lexicon, [c], m) && c.words.some((w) => content(w) && keys(w).some((k) => beside.has(k)))),
  );
}

/** Ordinals a count goes on by ("a fourth man", "the 5th victim"). */
const ORDINALS: ReadonlyMap<string, number> = new Map(['second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth'].map((w, i) => [w, i + 2]));

/**
 * A count risen by the one the new version brings in by its ordinal, which the old never told: "Three
 * men have been charged" → "Four men …" with "A fourth man, Bryce Lindahl, was arrested Thursday". The
 * ordinal's noun is the count's own where the count names one ("men" / "man"); a headline's bare "4
 * charged" takes a fourth of anything.
 */
function countedOn(lexicon: CompiledLexicon, now: readonly SentenceContext[], old: readonly SentenceContext[], a: NumberMention, b: NumberMention): boolean {
  const value = Number(b.key);
  if (a.kind !== 'count' || b.kind !== 'count' || value !== Number(a.key) + 1) return false;
  const unit = b.unit === undefined ? undefined : termKey(b.unit);
  // ("Nine people" gone on by "a tenth person" or "a tenth victim": any noun for a person counts people)
  const ofPeople = b.unit !== undefined && (b.unit === 'people' || isPersonNoun(b.unit));
  const told = (contexts: readonly SentenceContext[]) => contexts.some((c) => c.words.some((w, k) => {
    const nth = ORDINALS.get(w.lower) ?? (/^\d+(?:st|nd|rd|th)$/.test(w.lower) ? parseInt(w.lower, 10) : undefined);
    // (not one denied: "police were not looking for a fourth man")
    if (nth !== value || w.quote >= 0 || c.words.slice(Math.max(0, k - 6), k).some((x) => lexicon.negations.has(x.lower))) return false;
    // (an ordinal standing alone is the count's own noun left out: "Four water stations were set up, with
    // a fourth opening on Thursday")
    const next = c.words[k + 1];
    if (unit !== undefined && (next === undefined || /^(?:ADP|VERB|AUX|PUNCT)$/.test(next.pos) || next.lower.endsWith('ing'))) return c.words.some((x) => termKey(x.lemma) === unit);
    const noun = c.words.slice(k + 1, k + 4).find((x) => x.pos === 'NOUN');
    return noun !== undefined && (unit === undefined || termKey(noun.lemma) === unit || termKey(noun.lower) === unit || (ofPeople && (noun.lemma === 'person' || isPersonNoun(noun.lemma))));
  }));
  return told(now) && !told(old);
}

/** Both versions' sentences give days, and no day of one is the other's ("on Friday" → "on Saturday"). */
function toldOnOtherDays(old: readonly SentenceContext[], now: readonly SentenceContext[]): boolean {
  const days = (contexts: readonly SentenceContext[]) => new Set(contexts.flatMap((c) => c.dates.map((d) => d.key)));
  return apart(days(old), days(now));
}

/** Both sides give some, and none of one side's is the other's. */
function apart(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  return a.size > 0 && b.size > 0 && ![...a].some((k) => b.has(k));
}

/** The old figure an open lower bound ("more than 1,100", "at least 30") the new one keeps, and larger: a count gone on rising. */
function keptBound(old: NumberMention, now: NumberMention): boolean {
  return old.high === Infinity && old.low !== undefined && Number(now.key) > old.low;
}

/** Both versions count up to a day, and not the same one: a running count told again later. */
function countedByAnotherDay(old: readonly SentenceContext[], now: readonly SentenceContext[]): boolean {
  return apart(countedBy(old), countedBy(now));
}

/** Words after a figure that give it to another period than the story's now. */
const OTHER_PERIOD = /\b(?:last|previous|prior) (?:year|season|month|week|quarter)\b|\b(?:a|one) (?:year|month|week) (?:earlier|before|ago)\b|\bin (?:1[89]|20)\d\d\b/;

/** How badly, said of a toll: a toll of a degree is part of the toll of all. */
const DEGREE = /\b(?:seriously|critically|slightly|severely|minor|serious|critical|life-threatening)\b/i;

/**
 * A bound the report's figure keeps ("At least 30 mobile homes" / "38 mobile homes") agrees with it,
 * however far: the article is the more cautious, where between versions it is a toll revised ("About
 * 4,500" / "Some 5,400" are two figures, and so are two bounds, "at least four" / "at least five":
 * only a bound open on one side keeps an exact figure), and of one size: "At least 3 people" in the
 * report does not make the article's "Thirty" one figure.
 */
function boundKept(a: Value, b: Value): boolean {
  const bound = (n: Value) => n.high === Infinity || (n.low === 0 && Number(n.key) > 0);
  const exact = (n: Value) => n.low === n.high;
  const near = Math.max(Number(a.key), Number(b.key)) <= 1.5 * Math.min(Number(a.key), Number(b.key));
  return near && ((bound(a) && exact(b)) || (bound(b) && exact(a))) && numbersAgree(a, b);
}

/** A figure counted after a name and "and" ("Port Ardmore and three neighboring departments"): the whole is one more. */
function oneNamedMore(contexts: readonly SentenceContext[], n: NumberMention): boolean {
  const words = contexts.find((c) => c.words[n.from]?.start === n.start)?.words;
  return words !== undefined && /^(?:and|plus)$/.test(words[n.from - 1]?.lower ?? '') && /^\p{Lu}/u.test(words[n.from - 2]?.text ?? '');
}

/**
 * "£1.1 million" against "£400,000 …, £250,000 … and £450,000": one side gives the total, the other
 * its parts. The figure is the exact sum of two or more figures of its kind on the other side.
 */
function totalOfParts(total: NumberMention, others: NumberMention[]): boolean {
  const parts = others.filter((n) => n !== total && n.kind === total.kind && n.low === n.high && (!total.unit || !n.unit || n.unit === total.unit));
  if (parts.length < 2 || total.low !== total.high) return false;
  const equal = (x: number, y: number) => Math.abs(x - y) <= Math.abs(y) * 1e-9;
  const sum = parts.reduce((s, n) => s + n.low!, 0);
  return equal(sum, total.low!);
}

/**
 * "up $10, to $70" against "from $60 to $70": each figure is the difference of two on the other side
 * (10 = 70 − 60 and 60 = 70 − 10), the rise told for the old level. Only both ways: "221 more than
 * Vance, who polled 1,274" for "212 more" breaks the sum the other version kept.
 */
function riseForLevel(a: NumberMention, b: NumberMention, before: NumberMention[], after: NumberMention[]): boolean {
  const difference = (figure: NumberMention, others: NumberMention[]) => {
    const list = others.filter((n) => n !== figure && n.kind === figure.kind && n.low === n.high);
    return figure.low === figure.high && list.some((x) => list.some((y) => x !== y && Math.abs(y.low! - x.low! - figure.low!) <= Math.abs(figure.low!) * 1e-9));
  };
  return difference(a, after) && difference(b, before);
}

/** The digits a figure is written with, without its scale or currency ("60 million" → "60"). */
function mantissa(n: NumberMention): string {
  return /\d[\d.,]*/.exec(n.text)?.[0] ?? n.text.toLowerCase();
}

/**
 * Whether `figure` ends a range with the other figure's digits on its own side ("60 to 100 million"
 * holds 100 next to 60): read both ways, a range turned round, not a figure changed.
 */
function rangeTurned(figure: NumberMention, other: NumberMention, side: NumberMention[]): boolean {
  return side.some((n) => n !== figure && mantissa(n) === mantissa(other) && (Math.abs(n.from - figure.to) <= 2 || Math.abs(figure.from - n.to) <= 2));
}

/** Lengths of time in months, to compare a length told in months with one in years and months. */
const MONTHS = new Map<string, number>([['year', 12], ['month', 1], ['week', 12 / 52], ['day', 12 / 365]]);

/** Figures of time in a sentence, grouped where they tell one length ("two years and three months"). */
function durations(list: NumberMention[]): NumberMention[][] {
  const groups: NumberMention[][] = [];
  for (const n of list) {
    if (n.unit === undefined || !MONTHS.has(n.unit) || n.low !== n.high) continue;
    const last = groups[groups.length - 1]?.at(-1);
    // joined by "and" or a comma, a smaller unit a word or two after the last one's ("two years and
    // three months"; "two years and two years" are two lengths)
    if (last && n.from - last.to <= 2 && n.from > last.from && MONTHS.get(n.unit)! < MONTHS.get(last.unit!)!) groups[groups.length - 1]!.push(n);
    else groups.push([n]);
  }
  return groups;
}

function sameLength(a: NumberMention[], b: NumberMention[]): boolean {
  const months = (group: NumberMention[]) => group.reduce((sum, n) => sum + n.low! * MONTHS.get(n.unit!)!, 0);
  const [x, y] = [months(a), months(b)];
  return Math.abs(x - y) < 0.01 * Math.max(x, y);
}

/** Two figures more than five times apart. */
function farApart(a: NumberMention, b: NumberMention): boolean {
  const [x, y] = [Math.abs(Number(a.key)), Math.abs(Number(b.key))];
  return x > 0 && y > 0 && Math.max(x, y) / Math.min(x, y) > 5;
}

/** The same digits in the same order ("$151.4 million" / "$151.4 billion"): one figure, its scale changed. */
function sameDigits(a: string, b: string): boolean {
  return digitsOf(a) !== '' && digitsOf(a) === digitsOf(b);
}

/** Words telling a count as the count at this moment. */
const NOW = /\b(?:now|so far|to date)\b/i;

/** A figure told as the count at this moment: "now", "so far" or "to date" within three words of it. */
function toldAsNow(contexts: { words: { lower: string }[]; numbers: NumberMention[] }[], figure: NumberMention): boolean {
  const context = contexts.find((c) => c.numbers.includes(figure));
  if (!context) return false;
  const near = context.words.slice(Math.max(0, figure.from - 3), figure.to + 3).map((w) => w.lower).join(' ');
  return NOW.test(near);
}
