/**
 * contradiction — two claims in one article that cannot both be true.
 *
 * What: the same event with different counts ("killed 14" / "a death toll of 12"), places or, for
 * events that happen once (founded, born), dates; the same person given two titles that exclude each
 * other (CFO / CEO of one company); two kinships between the same people (daughter / niece); the same
 * proposition affirmed and denied ("will not raise taxes" / "will raise taxes", or an antonym).
 * Why: one of the two is wrong, and a reader who notices stops trusting both.
 * Not a contradiction: numbers that count different things ("14 dead, including 3 children"), a count
 * reported as changing ("the toll rose to 14"), wording that allows both ("at least 12" and 14), events
 * at different times, a former title beside a current one, anything inside quotation marks.
 * The later claim is the first location.
 */
import type { Analysis, NumberMention } from '../model/analysis.js';
import { canon, type CompiledLexicon } from '../lexicon/compile.js';
import { conflicts, modifiersAgree, participants, relationsConflict } from '../claims/compare.js';
import { talliesOf } from '../claims/tallies.js';
import { datesAgree, sameDate, digitsKey, digitsOf, digitsSwapped, onDay } from '../claims/numbers.js';
import { similarity } from '../claims/similarity.js';
import { firstTelling } from '../claims/firsts.js';
import { seniorityOf } from '../claims/relations.js';
import { calendarDate, otherThanStory } from '../claims/calendar.js';
import type { Terms } from '../model/analysis.js';
import { placesOfTwoSizes, valueClash } from '../claims/compare.js';
import { BODY_KINDS, type Claim, type Sentence, type Token, type Value } from '../model/document.js';
import { isPersonNoun } from '../lexicon/semantics.js';
import { defineKind, type OptionsOf, type OptionsSchema, type RuleContext } from './kind.js';
import { candidatePairs } from './candidate-pairs.js';
import { earlierCandidates } from './event-candidates.js';
import { occurrenceMarker } from './event-values.js';
import { separateRecords } from './records.js';
import { leadingSwap, sameActNear, toldAsWhole, type Figure } from './figures.js';
import { DEFINITE } from '../claims/backrefs.js';
import { capitalise, ledeParagraph, names, placeOf } from './describe.js';
import { blockWeight, confidence, minConfidence } from './confidence.js';
import { least, partitionPoint, pushTo } from '../base/arrays.js';
import { asksQuestion } from '../text/sentences.js';

const IN_SCOPE = new Set(['title', 'standfirst', 'paragraph', 'blockquote', 'list-item', 'box']);

const OPTIONS = {
  type: 'object',
  additionalProperties: false,
  properties: {
    compare: {
      type: 'array',
      items: { enum: ['count', 'money', 'percent', 'place', 'time', 'role', 'relation', 'polarity'] },
      uniqueItems: true,
      default: ['count', 'money', 'percent', 'place', 'time', 'role', 'relation', 'polarity'],
      description: 'Which values are compared: counts, sums and shares of one event, its place and (for once-only events) date, titles, kinships, and statements affirmed and denied.',
    },
    polaritySimilarity: {
      type: 'number',
      minimum: 0,
      maximum: 1,
      default: 0.85,
      description: 'Share of the smaller clause that must stand in the other before one negated and one not count as the same statement affirmed and denied.',
    },
    polarityMaxExtra: { type: 'integer', minimum: 0, default: 5, description: 'How many terms the larger clause may add: more, and it says something else.' },
    minConfidence: minConfidence('Counts of an event no participant names, values of which only one says what it counts, and statements affirmed and denied in clauses score lower.'),
    minClauseTerms: { type: 'integer', minimum: 1, default: 3, description: 'Clauses (and sentences) with fewer content terms than this are not compared for polarity: "It was not." matches anything.' },
  },
} as const satisfies OptionsSchema;

type Options = OptionsOf<typeof OPTIONS>;

export const contradiction = defineKind<Options>({
  name: 'contradiction',
  scope: 'article',
  summary: 'Two claims in one article that cannot both be true: counts, places, dates, roles, kinship, affirmed and denied.',
  optionsSchema: OPTIONS,
  messages: {
    differs: { template: '{what}: {later} says {actual}, but {earlier} says {expected}', vars: ['what', 'later', 'earlier', 'expected', 'actual'] },
  },
  examples: [
    // a count of those who voted is no count of a candidate's votes (blind set BQ); two counts of voters are
    { text: 'Liberal Daniel Okoro was third with 1,702 votes.\n\nNearly 4,000 people voted at advance polls before election day.\n', findings: [] },
    { text: 'About 4,000 people voted at advance polls on Saturday.\n\nTurnout was high.\n\nSome 2,500 people voted at advance polls on Saturday, officials said.\n', findings: ['5:1 contradicted-number Vote: paragraph 3 says “Some 2,500”, but paragraph 1 says “About 4,000”'] },
    // "no plans to close any of its manufacturing plants" denies the closure of each (blind set BK); not in another year
    { text: "Harlan Coach said it would cut 600 jobs.\n\nThe company said it had no plans to close any of its manufacturing plants and would instead reduce shifts at several of its Indiana factories.\n\nSales fell 12%.\n\nChief Financial Officer Alicia Moran said the company will close its towable plant in Nappanee, Indiana, by the end of the year.\n", findings: ['7:1 affirmed-and-denied Closure: paragraph 4 says it happened, but paragraph 2 says it did not happen'] },
    { text: "Harlan Coach said it would cut 600 jobs.\n\nThe company said it had no plans to close any of its manufacturing plants this year.\n\nSales fell 12%.\n\nChief Financial Officer Alicia Moran said the company will close its towable plant in Nappanee, Indiana, in 2027.\n", findings: [] },
    // ("no intention of resigning" too, past its "of"; review)
    { text: "Council leader Ann Meredith has no intention of resigning, her office said on Monday.\n\nThe budget vote is on Thursday.\n\nMeredith will resign at the end of the month, the council confirmed on Wednesday.\n", findings: ['5:1 affirmed-and-denied Resignation of Ann Meredith: paragraph 3 says it happened, but paragraph 1 says it did not happen'] },
    // a denial narrowed to one kind ("any crime related to his legislative votes") denies no other (blind set BK)
    { text: "A Georgia state senator has been indicted.\n\nBlanchard is not the first Georgia lawmaker to face federal charges in recent years.\n\nBlanchard chairs the Senate's Higher Education Committee.\n\nBlanchard has not been charged with any crime related to his legislative votes.\n", findings: [] },
    { text: "A Georgia state senator has been indicted.\n\nBlanchard is not the first Georgia lawmaker to face federal charges in recent years.\n\nBlanchard chairs the Senate's Higher Education Committee.\n\nBlanchard has not been charged with any crime.\n", findings: ['7:1 affirmed-and-denied Charges of Blanchard: paragraph 4 says it did not happen, but paragraph 2 says it happened'] },
    // a record denied whole and told, in an aside or by a noun, of one person (blind set BJ); a record of a
    // kind denied ("for violence") denies no other conviction
    { text: "Kieran Tuhiwai, 44, was sentenced to six months of home detention on Friday.\n\nTuhiwai, who had no previous convictions, believed the stand had been promised to him.\n\nThe court heard the two men had argued for years.\n\nHis previous conviction, for assault in 2019, was taken into account, the judge said.\n", findings: ['7:1 affirmed-and-denied Conviction of Kieran Tuhiwai: paragraph 4 says it happened, but paragraph 2 says it did not happen'] },
    { text: "Kieran Tuhiwai, 44, was sentenced to six months of home detention on Friday.\n\nTuhiwai, who had no previous convictions for violence, believed the stand had been promised to him.\n\nThe court heard the two men had argued for years.\n\nHis previous conviction, for drink-driving in 2019, was taken into account, the judge said.\n", findings: [] },
    // "stay open" denies a closure; one definite thing named alike ties the tellings (blind set BB); two days are two occasions
    { text: "The footbridge will stay open throughout the remaining work, Network Rail said, with staff on hand to help passengers.\n\nThe lifts will open in March.\n\nIn the new year the footbridge will be closed to passengers while the lift towers are craned into place.\n", findings: ['5:1 affirmed-and-denied Closure: paragraph 3 says it happened, but paragraph 1 says it did not happen'] },
    { text: "The footbridge will stay open on Saturday, Network Rail said, with staff on hand to help passengers.\n\nThe lifts will open in March.\n\nThe footbridge will be closed to passengers on Sunday while the lift towers are craned into place.\n", findings: [] },
    // an event told in a relative aside takes its place from the aside alone (blind set BB)
    { text: "Geoffrey Tallis, who has died aged 76, was the farrier most people in Upper Wensleydale called first.\n\nHe shod his first horse at 15. Tallis ran the forge for 40 years.\n\nHe died peacefully at the Friarage Hospital in Northallerton on 2 October.\n", findings: [] },
    // "also" at the verb tells another such event, with its own figure
    { text: 'The city council approved a $48.7 million upgrade of the Eastside water plant on Tuesday.\n\nIt also approved a $47.8 million upgrade of the sewer network.\n', findings: [] },
    // a smaller count in one place is a part of the storm's whole
    { text: 'Storm Darragh knocked out electricity to 40,000 homes on Saturday.\n\nTrees blocked roads across the county.\n\nAbout 3,000 homes in Truro lost power on Saturday after a substation flooded.\n', findings: [] },
    { text: 'The explosion killed at least 12 people.\n\nOfficials said 14 people were killed, including three children.', findings: [] },
    // "and 14 injured" counts the injured; a year's deaths are another figure than one blast's
    { text: "Eight miners were killed and 14 injured in an explosion at the Kriel mine on Tuesday.\n\nRescuers worked through the night.\n\nSouth Africa's mines recorded 42 deaths last year.\n", findings: [] },
    // "the 180-home plan" describes the plan; it counts no approval
    { text: 'The 180-home plan, which councillors approved on Tuesday, was the largest in years.\n\nResidents objected.\n\nA smaller scheme of 45 homes was approved by the same committee in 2021.\n', findings: [] },
    // "the Harbour Street library" is Harbour Street, past the aside; denied and then affirmed
    { text: 'The council will close three of its seven libraries.\n\nBut the Harbour Street library, which had been earmarked for closure in November, will not close.\n\nCampaigners at Harbour Street, which will close along with the other branches in the spring, said they would fight on.\n', findings: ['5:1 affirmed-and-denied Closure: paragraph 3 says it happened, but paragraph 2 says it did not happen'] },
    // a date in the article's year is the calendar's day of the week: 5 March 2025 was a Wednesday, 4 March a Tuesday
    { text: '---\ndate: 2025-03-07\n---\nA freight train carrying yellow phosphorus derailed near Lviv early on Tuesday.\n\nFire crews worked for hours.\n\nSince the cars left the rails on March 5, emergency workers have been taking samples.\n', findings: ['8:1 contradicted-fact Derailment: paragraph 3 says “March 5”, but paragraph 1 says “Tuesday”'] },
    { text: '---\ndate: 2025-03-07\n---\nA freight train carrying yellow phosphorus derailed near Lviv early on Tuesday.\n\nFire crews worked for hours.\n\nSince the cars left the rails on March 4, emergency workers have been taking samples.\n', findings: [] },
    // the one derailment a story reports, told on two days
    { text: 'A freight train carrying yellow phosphorus derailed near Lviv early on Tuesday.\n\nFire crews worked for hours.\n\nSince the cars left the rails on Monday, emergency workers have been taking samples.\n', findings: ['5:1 contradicted-fact Derailment: paragraph 3 says “Monday”, but paragraph 1 says “Tuesday”'] },
    { text: 'A freight train carrying yellow phosphorus derailed near Lviv early on Tuesday.\n\nFire crews worked for hours.\n\nAnother train left the rails on Monday near Kyiv.\n', findings: [] },
    // a noun naming the incident as the subject of a verb of happening is told at that verb's time,
    // even as a sentence's capitalised first word
    { text: 'Fires started Sunday in the hills above Sylmar.\n\nResidents fled.\n\nCrews have been on the lines since the blazes broke out on Saturday afternoon, the fire inspector said.\n', findings: ['5:1 contradicted-fact Fire: paragraph 3 says “Saturday”, but paragraph 1 says “Sunday”'] },
    // (where a complaint was unsealed, after a trailing ", according to", is no place of the arrest) (blind
    // set AT); an attribution set mid-sentence leaves the place after it the arrest's (review)
    { text: 'Marco Ruiz, 38, was arrested, according to police, in Newark on Thursday evening.\n\nHe is accused of shooting a store clerk during a robbery last month.\n\nRuiz was arrested in Trenton after a brief car chase.\n', findings: ['5:1 contradicted-fact Arrest of Marco Ruiz: paragraph 3 says “Trenton”, but paragraph 1 says “Newark”'] },
    { text: 'Agents arrested Victor Almanza, 44, at the warehouse, according to a criminal complaint unsealed Thursday in federal court in Newark.\n\nHis lawyer said he would plead not guilty.\n\nAlmanza was taken into custody as he helped unload a truck at the Linden Avenue site.\n', findings: [] },
    // a strike is one incident; "Drivers, who …" are drivers, no one named
    { text: 'The strike began on Thursday 7 March 2024, with pickets at the depot gates.\n\nServices were cut.\n\nDrivers, who walked out on Wednesday morning, say morale has been falling.\n', findings: ['5:1 contradicted-fact Strike: paragraph 3 says “Wednesday”, but paragraph 1 says “Thursday 7 March 2024”'] },
    // a day owning the noun refers to the one vote the story told, on another day
    { text: 'The plan was defeated by 31 votes to 24 at a meeting of the full council on Tuesday.\n\nThe leader resigned.\n\nHelen Okoro said Monday night\'s vote showed the scheme never had the town behind it.\n', findings: ['5:1 contradicted-fact Vote: paragraph 3 says “Monday”, but paragraph 1 says “Tuesday”'] },
    // a meeting still to come is no second meeting told; one to come on the reference's own day is the one it means
    { text: 'The council met on Tuesday night and delayed a decision on the budget.\n\nCouncillors will meet again on Monday to vote on the plan.\n\nMonday\'s meeting is the last before the summer recess.\n', findings: [] },
    { text: 'Cllr Margaret Holloway announced her departure at a full council meeting on Tuesday night.\n\nAt Monday\'s meeting, Cllr Holloway insisted she had acted in good faith.\n\nA new leader will be chosen at the council\'s annual meeting on 21 May.\n', findings: ['3:1 contradicted-fact Meeting: paragraph 2 says “Monday”, but paragraph 1 says “Tuesday”'] },
    // a story of two votes tells both days
    // an incident's figures told of a month alone, not the story's, are another occurrence's (blind set AE)
    { text: 'PICACHO, Ariz. (AP) — A wall of dust swept across farm country on Friday afternoon, setting off a chain-reaction crash on I-10.\n\nTwenty-three people were injured, three of them seriously enough to be flown by helicopter to hospitals in Phoenix, police said.\n\nIt was the second dust-related pileup on that stretch of I-10 this summer. In July, a five-vehicle crash near Eloy injured two people.\n', findings: [] },
    // (or of a month of another year: blind set AT); a frame's first telling with "also" adds it to other
    // kinds of event, and tells no second one (blind set BI)
    { text: 'Federal agents seized 38,400 bottles of counterfeit perfume from a warehouse near Port Newark.\n\nTwo men were charged.\n\nIn March 2023, CBP officers at Port Newark seized about 12,000 bottles of fake perfume in an unrelated case.\n', findings: [] },
    { text: 'Officials also seized 312 handcarts and a large quantity of goods.\n\nThe drive began at 9.30 am.\n\nThe 286 handcarts confiscated on Tuesday can be reclaimed on payment of a penalty.\n', findings: ['5:1 contradicted-number Seizure: paragraph 3 says “286”, but paragraph 1 says “312”'] },
    // the lede's toll where it happened against a later toll the story ranks ("the highest … this year"), a number
    // word after a dateline counting; a running total "since" a time is another span (blind sets BR, BP)
    { text: 'DEHRADUN: Fourteen people were killed when a bus plunged into a gorge near Dhumakot on Sunday.\n\nRescuers worked through the night.\n\nThe death toll of 16 is the highest in a road accident in the district this year, officials said.\n', findings: ['5:1 contradicted-number Death toll: paragraph 3 says “16”, but paragraph 1 says “Fourteen”'] },
    // (but not where the story tells the toll rising to it; second review)
    { text: 'Two people died on Sunday when a storm brought down trees across Galicia.\n\nA 67-year-old man died in hospital on Monday, bringing the death toll to three.\n\nOfficials said the three deaths since Sunday were the worst storm toll in a decade.\n', findings: [] },
    // (a count since a day of this week is the story's own toll so far; blind set BY)
    { text: 'Two people have died after the Nzoia River burst its dykes in Budalangi on Sunday.\n\nRoads were cut.\n\nCounty officials said the three deaths recorded since Sunday had been reported to the police.\n', findings: ['5:1 contradicted-number Death toll: paragraph 3 says “three”, but paragraph 1 says “Two”'] },
    { text: 'Eleven people were killed when a cloudburst struck Tandi village on Tuesday.\n\nRoads were washed away.\n\nSince the onset of the monsoon on June 20, the state has reported 84 rain-related deaths.\n', findings: [] },
    // a group denied of every kind it names, and a number of one of those kinds told it, in other words
    // ("suffered minor burns" is an injury); not a number of another kind (blind set BR)
    { text: 'Two crew members suffered minor burns while trying to put out the flames.\n\nThe boat sank.\n\nNone of the passengers or crew members was injured, the fire service said.\n', findings: ['5:1 affirmed-and-denied Injuries: paragraph 3 says it did not happen, but paragraph 1 says it happened'] },
    { text: 'Two firefighters suffered minor burns while trying to put out the flames.\n\nThe boat sank.\n\nNone of the passengers or crew members was injured, the fire service said.\n', findings: [] },
    // the size of a group denied ("None of the 177 passengers or six crew members") and some of those an event
    // befell ("three of the injured were in a serious condition") are no counts of the event (review)
    { text: '# Passengers evacuated after engine fire on IndiGo flight\n\nAn IndiGo flight from Delhi to Bengaluru returned to Delhi airport shortly after take-off on Friday after a fire broke out in one of its engines.\n\nNone of the 177 passengers or six crew members was injured, the airline said.\n\nThe passengers were evacuated using emergency slides after the aircraft came to a halt on the runway.\n\nTwo crew members suffered minor burns while helping passengers off the aircraft, airport officials said.\n\nThe Directorate General of Civil Aviation has ordered an inquiry.\n', findings: ['9:1 affirmed-and-denied Injuries: paragraph 4 says it happened, but paragraph 2 says it did not happen'] },
    { text: '# Eleven injured as bus overturns near Pietermaritzburg\n\nEleven people were injured when a bus overturned on the N3 near Pietermaritzburg on Friday morning.\n\nER24 spokesperson Russel Meiring said three of the injured were in a serious condition.\n\nThe bus was travelling from Durban to Johannesburg.\n\nIn a separate crash on the R103, four people were injured when two cars collided at an intersection.\n\nPolice are investigating both accidents.\n', findings: [] },
    // (and a part told by another word of the frame: "Three of the injured were seriously hurt"; review)
    { text: '# Twelve hurt as scaffolding collapses in Brisbane CBD\n\nTwelve people were injured when scaffolding collapsed onto a footpath on Adelaide Street in Brisbane\'s CBD on Thursday afternoon.\n\nQueensland Ambulance Service said paramedics treated the injured at the scene.\n\nThree of the injured were seriously hurt and were taken to the Royal Brisbane and Women\'s Hospital.\n\nWorkplace Health and Safety Queensland has launched an investigation.\n', findings: [] },
    // a toll alone is the dead where a figure goes with it, not a road's charge nor an idiom's; "No one was hurt"
    // in a story of one incident denies any one hurt (review)
    { text: '# Five killed in head-on crash on Bruce Highway\n\nFive people were killed in a head-on crash between a car and a ute on the Bruce Highway near Gympie on Sunday afternoon.\n\nEmergency crews had to cut two of the victims from the wreckage, police said.\n\nA section of the highway was closed for nine hours while the Forensic Crash Unit investigated.\n\nThe toll of six is the worst from a single crash on Queensland roads this year.\n\nPolice are appealing for witnesses.\n', findings: ['9:1 contradicted-number Death toll: paragraph 4 says “six”, but paragraph 1 says “Five”'] },
    { text: 'The turnpike toll rises to $2.50 on Monday.\n\nThe storm killed four people on Sunday.\n\nThe closures took a heavy toll on 14 traders.\n', findings: [] },
    { text: '# Fire guts warehouse in Johannesburg south\n\nA fire destroyed a furniture warehouse in Booysens, Johannesburg, on Tuesday night.\n\nNo one was hurt in the blaze, which took about five hours to bring under control, emergency services said.\n\nThirty firefighters and eight fire engines were sent to the scene.\n\nA firefighter suffered minor burns to his hands and was treated at the scene.\n\nThe cause of the fire is not yet known.\n', findings: ['9:1 affirmed-and-denied Injuries: paragraph 4 says it happened, but paragraph 2 says it did not happen'] },
    // those for a motion are no other count of those against it (review)
    { text: 'At a referendum on Thursday, 1,846 people in Measham voted in favour of the plan.\n\nOnly 187 people voted against.\n\nThe plan now goes to the district council.\n', findings: [] },
    // one side of a vote's totals is no other count of it, and a vote the sentence dates to another year is another vote (blind set AI)
    { text: 'Members of the committee backed the scheme by nine votes to four on Tuesday.\n\nCllr Dan Ode was one of the four who voted against.\n\nIn 2021 the same committee threw out a weekend closure by eight votes to five.\n', findings: [] },
    // (or tells one by its day and the other by its month, as the event or its sentence gives it: blind set AL)
    { text: 'Members of the planning committee voted seven to four on Tuesday to refuse the scheme.\n\nThe scheme had been before the committee once already. In March, members voted six to five to defer it.\n', findings: [] },
    { text: 'At a referendum on Thursday, 1,846 people voted in favour of the plan and 412 against.\n\nIt is the second such referendum this year. In March, voters in neighbouring Ashby approved their plan by 902 votes to 131.\n', findings: [] },
    { text: 'The plan was defeated by 31 votes to 24 at a meeting of the full council on Tuesday.\n\nThe committee had voted on Monday to back it.\n\nHelen Okoro said Monday\'s vote showed how divided the council was.\n', findings: [] },
    // "his mother" is the Ellory named before, so "she" is too; ", where she died" has its own subject
    { text: 'Margaret Ellory died on Tuesday at her home in Hexham, her family said.\n\nShe is survived by her son, Tom Ellory.\n\nTom Ellory said his mother had spent her last days at a hospice in Newcastle, where she died peacefully.\n', findings: ['5:1 contradicted-fact Death of Margaret Ellory: paragraph 3 says “Newcastle”, but paragraph 1 says “Hexham”'] },
    // denied of any of a kind of thing, then told of one of them; told of two times, two occasions
    { text: 'Chief executive Ingrid Solvang-Berg said most of the cuts would fall on sales staff, and that the company would not close any of its factories.\n\nOrders fell in Germany.\n\nNordvind will close its blade factory at Lem and move production to Poland, the company said.\n', findings: ['5:1 affirmed-and-denied Closure: paragraph 3 says it happened, but paragraph 1 says it did not happen'] },
    { text: 'The council said it would not close any of its libraries this year.\n\nBudgets are tight.\n\nThe council will close its Harbour Street library in 2027.\n', findings: [] },
    // "Four of the six deaths": the whole counts the deaths, the part only some of them (blind set BC)
    { text: "A cholera outbreak in Chikwawa has killed six people, the ministry said.\n\nThe borehole has been sealed.\n\nFour of the six deaths were adults.\n", findings: [] },
    // (not where the denial points back to another occasion, "in that blaze", nor against what early reports only suggested; review)
    { text: "# Second fire in three years at Norwich care home\n\nResidents of a care home in Norwich were evacuated for the second time in three years after a fire in a laundry room on Sunday.\n\nThe Elms Care Home was also hit by a kitchen fire in 2021. None of the residents was injured in that blaze, which was blamed on a faulty fryer.\n\nOne of the residents was injured in Sunday's fire after falling on a staircase during the evacuation, and was taken to the Norfolk and Norwich University Hospital.\n\nNorfolk Fire and Rescue Service said the cause of Sunday's fire was accidental.\n", findings: [] },
    { text: "# All miners safe after rockfall at Cornish mine\n\nAll 14 workers underground at a Cornish tin mine were brought to the surface safely after a rockfall on Tuesday.\n\nThe fall happened in a tunnel at the South Crofty site near Camborne. None of the miners was injured, the company said.\n\nEarly reports on social media suggested that one of the miners was injured, but the company said these were wrong.\n\nOperations have been suspended while engineers inspect the tunnel.\n", findings: [] },
    // an arrest told as two years back is another arrest, in another place (review)
    { text: "# Wells man arrested after shop burglaries\n\nA man has been arrested after a series of overnight burglaries at shops in Wells city centre.\n\nJason Cole, 38, was arrested at a flat in High Street, Wells, on Wednesday. Officers recovered cigarettes, alcohol and a quantity of cash.\n\nAvon and Somerset Police said four premises had been broken into since the start of the month, including a newsagent and a charity shop.\n\nCole is no stranger to the courts. He was arrested in Street, near Glastonbury, two years earlier over a burglary at a garden centre, and was later given a suspended sentence.\n\nHe has been released on bail while inquiries continue.\n", findings: [] },
    // ("that blaze" with no other time near is the story's own fire; "three months ago" against "in March" may be one arrest; review)
    { text: "# Fire at Harbour Court\n\nTwo residents were injured in Sunday's fire at Harbour Court in Salford.\n\nFirefighters were called to the 14-storey block shortly after 9pm and brought the fire under control within an hour.\n\nNo one was injured in that blaze, the fire service said.\n", findings: ['7:1 affirmed-and-denied Injuries: paragraph 3 says it did not happen, but paragraph 1 says it happened'] },
    { text: "# Man jailed for burglary spree\n\nA man who burgled 14 homes in Kendal has been jailed for four years.\n\nLiam Shaw was arrested in Market Street three months ago.\n\nShaw, who was arrested in Bridge Street in March, admitted all the offences.\n\nJudge Robert Altham said the burglaries had caused great distress.\n", findings: ['7:1 contradicted-fact Arrest of Liam Shaw: paragraph 3 says “Bridge Street”, but paragraph 2 says “Market Street”'] },
    // denied of every one of a group and told of some of them (blind set BI); not of some of another group
    { text: 'Armed robbers blew open a cash van on the N1 near Modimolle on Monday.\n\nNone of the three guards was injured, police spokesperson Mamphaka Sebola said.\n\nThe gang escaped in two cars.\n\nOne of the guards was injured by flying glass and taken to hospital in Modimolle, a company spokesman said.\n', findings: ['7:1 affirmed-and-denied Injuries: paragraph 4 says it happened, but paragraph 2 says it did not happen'] },
    { text: 'Armed robbers blew open a cash van on the N1 near Modimolle on Monday.\n\nNone of the three guards was injured, police spokesperson Mamphaka Sebola said.\n\nThe gang escaped in two cars.\n\nOne of the motorists was injured by flying glass and taken to hospital in Modimolle, a company spokesman said.\n', findings: [] },
    // denied of every one of a kind ("none of its three factories", "no library in the borough") and told of one by its name (blind sets AE, F)
    { text: 'The company said none of its three factories would close under the plan.\n\nSales fell in Germany.\n\nProduction of Harcourt Creams will move from the Leeds factory, which will close next spring, to Dunfermline.\n', findings: ['5:1 affirmed-and-denied Closure: paragraph 3 says it happened, but paragraph 1 says it did not happen'] },
    { text: 'She said no library in the borough would close this year.\n\nBudgets are tight.\n\nEastfield library will shut in 2027.\n', findings: [] },
    // one thing no name stands for, denied and then affirmed; two such things are two
    { text: 'The harbour board said the container terminal would not close during the stoppage.\n\nShipping lines expect delays.\n\nA spokeswoman later said the container terminal will close to all vessels from Monday.\n', findings: ['5:1 affirmed-and-denied Closure: paragraph 3 says it happened, but paragraph 1 says it did not happen'] },
    { text: 'The harbour board said the east terminal would not close during the stoppage.\n\nShipping lines expect delays.\n\nA spokeswoman later said the west terminal will close to all vessels from Monday.\n', findings: [] },
    // the talks began, not the strike; a vote still to come; other people than "none of the passengers";
    // "the man" after "a local man" and someone else
    { text: 'The strike began on Thursday.\n\nServices were cut.\n\nTalks to end the strike began on Monday.\n', findings: [] },
    { text: 'The plan cleared its first hurdle in a vote on Tuesday.\n\nThe mayor backed it.\n\nCouncillors are expected to approve it in next Monday\'s vote.\n', findings: [] },
    { text: 'None of the passengers were hurt when the bus left the road near Keswick.\n\nThe driver was tested.\n\nTwo cyclists were hurt when the bus left the road near Keswick.\n', findings: [] },
    { text: 'Darren Cole, a local man, was arrested in Leeds on Monday.\n\nA 19-year-old from Hull was also detained.\n\nPolice said the man was arrested in York.\n', findings: [] },
    // "the March 5 tornado" is dated by its date as "Monday's tornado" is; a state the lexicon knows
    // may hold the local place a landfall was told in
    { text: '---\ndate: 2025-03-08\n---\nA tornado touched down shortly after 9 p.m. Tuesday in Harlan County, destroying 40 homes.\n\nCrews cleared roads.\n\nSince the March 5 tornado, volunteers have delivered 3,000 meals.\n', findings: ['8:1 contradicted-fact Tornado: paragraph 3 says “March 5”, but paragraph 1 says “Tuesday”'] },
    { text: 'Hurricane Celia came ashore near Port Mansfield early Thursday.\n\nCrews cleared roads.\n\nCelia is the first hurricane to make landfall in Texas this season.\n', findings: [] },
    // a never-before denies earlier wins, not the one told; a visit in a year it does not name is one it denies
    { text: 'Rovers won the league title on Saturday with a 2-0 win at Kinsey Park.\n\nThe crowd was 4,000.\n\nRovers had never won the league title before Saturday.\n', findings: [] },
    { text: "The prime minister had never visited Kellford before Monday's trip.\n\nThe prime minister visited Kellford in 2019 to open the new hospital wing.\n", findings: ['3:1 affirmed-and-denied Visit: paragraph 2 says it happened, but paragraph 1 says it did not happen'] },
    // "since 1998" dates the last visit before, not this one; two dates of one incident in a court report
    { text: 'The prime minister visited Kellford on Monday, the first time a serving prime minister has been to the town since 1998.\n\nCrowds gathered.\n\nThe prime minister had never visited Kellford before.\n', findings: [] },
    { text: '---\ndate: 2025-06-18\n---\nThe crash happened on the A38 near Bromsgrove on 3 March.\n\nThe driver was jailed.\n\nThe court heard the van crashed into the cyclist on 4 March.\n', findings: ['8:1 contradicted-fact Crash: paragraph 3 says “4 March”, but paragraph 1 says “3 March”'] },
    // a tornado named by a date weeks before the story's is an earlier one; "hit production" is no
    // happening, and the day it was said on is not the day it happened; a station is no act
    { text: '---\ndate: 2025-05-20\n---\nA tornado touched down in Harlan County on Monday night.\n\nCrews cleared roads.\n\nMany families were still in temporary housing after the April 27 tornado.\n', findings: [] },
    { text: 'A fire broke out at the Harlow chemical plant on Sunday night.\n\nCrews worked.\n\nThe fire hit production at the plant on Tuesday. The fire began in a storage shed, the company said on Tuesday.\n', findings: [] },
    { text: 'A freight train derailed near Carmont on Wednesday.\n\nCrews worked through the night.\n\nThe train derailed at the Carmont junction station on Thursday morning.\n', findings: ['5:1 contradicted-fact Derailment: paragraph 3 says “Thursday”, but paragraph 1 says “Wednesday”'] },
    // what the negation denies ("related") is not said on the other side: no statement denied
    { text: '"This is moving the way measles moves," said Dr. Anjali Patel, the county\'s medical director.\n\nThe clinic opened on Monday.\n\nDr. Marcus Patel, a pediatrician, said he is not related to the county medical director.\n', findings: [] },
    // denied of everyone, then told of all of them
    { text: 'The company said all 310 hourly workers would be offered transfers and that none would lose their jobs.\n\nThe union was sceptical.\n\nA notice lists all 310 hourly workers as losing their jobs on March 31.\n', findings: ['5:1 affirmed-and-denied Job cuts: paragraph 3 says it happened, but paragraph 1 says it did not happen'] },
    // other people ("No firefighters"), and another time ("then", in 2009)
    { text: 'Six employees were injured on Tuesday night when fire tore through a unit at the plant.\n\nNo firefighters were hurt.\n\nA landslide killed 14 people in the village on Sunday.\n\nA smaller landslide hit the valley in 2009. No one was killed then.\n', findings: [] },
    // a noun for people ("miners") counts whom the event befell
    { text: 'Eight miners were killed in an explosion at the Kriel mine on Tuesday.\n\nRescuers worked through the night.\n\nTen miners died in the explosion at the Kriel mine.\n', findings: ['5:1 contradicted-number Death toll: paragraph 3 says “Ten”, but paragraph 1 says “Eight”'] },
    // the subject's count past a relative clause on it
    { text: 'Eight miners who were working the night shift were killed on Tuesday.\n\nRescuers dug for hours.\n\nTen miners died in the blast.\n', findings: ['5:1 contradicted-number Death toll: paragraph 3 says “Ten”, but paragraph 1 says “Eight”'] },
    { text: 'Ana Ruiz, the former chief executive, spoke first.\n\nRuiz, the company’s chair, said the plan was sound.', findings: [] },
    // two companies' revenue, neither named as the event's owner
    { text: "In the year to 31 March, Hartfield reported revenue of £412m, up from £388m a year earlier.\n\nBrightwell, which makes butter and cream under its own brands, reported revenue of £1.06bn for its last financial year.\n", findings: [] },
    // one charge brought, another not: two matters, not one affirmed and denied
    { text: "Scott Johnson, 38, of Kingsford was charged on Wednesday with killing three teenagers in a shooting on the river.\n\nJohnson surrendered the next day. Johnson had been accused of a sexual assault.\n\nHe has not been charged over the sexual assault, although prosecutors said further charges could follow.\n", findings: [] },
    // "in Cheltenham" says where the gallery is; the purchase was in Brussels
    { text: 'The Ashcombe Gallery in Cheltenham has bought a small Dutch panel.\n\nThe Ashcombe Gallery, which bought the panel at auction in Brussels in November for £860,000, thinks that label was wrong.', findings: [] },
    // some of a group told apart are parts, not the toll: "Five of the passengers, including …, died" (blind set CC)
    { text: 'The death toll from the crash has risen to eight.\n\nTwo of the injured passengers died at hospital on Tuesday afternoon.\n\nFive of the passengers, including a woman and her child, died on the spot, while another died on the way to hospital.\n', findings: [] },
    { text: 'Two passengers died at the scene on Tuesday afternoon.\n\nThe road was closed.\n\nFive passengers, including a woman and her child, died at the scene, police said.\n', findings: ['5:1 contradicted-number Death toll: paragraph 3 says “Five”, but paragraph 1 says “Two”'] },
    { text: 'The explosion at the Harlow plant killed 14 people.\n\nThe death toll of 12 made it the worst accident in a decade.', findings: ['3:1 contradicted-number Death toll: paragraph 2 says “12”, but paragraph 1 says “14”'] },
    // a count of one thing with its digits in another order is one figure mistyped
    // a part and its whole told with two verbs are two counts; a count told back to is the same (review)
    { text: 'Council figures show 4,512 households were eligible for the grants.\n\nBy the end of January, 4,152 households had signed up.\n', findings: [] },
    { text: 'Officers found 4,128 filled bottles at the unit.\n\nAll 4,218 bottles are being stored at a council depot.\n', findings: ['3:5 contradicted-number Bottles: paragraph 2 says “4,218”, but paragraph 1 says “4,128”'] },
    { text: 'The adviser took $14.2 million from 212 investors over a decade.\n\nHe was sentenced on Friday.\n\nOf the 221 investors, most were retired teachers.\n', findings: ['5:8 contradicted-number Investors: paragraph 3 says “221”, but paragraph 1 says “212”'] },
    // ranks of one school exclude each other
    { text: 'Headteacher Mary Lund said the school would reopen on Monday.\n\nParents were told by letter.\n\nDeputy headteacher Mary Lund said pupils would be taught in the hall.\n', findings: ['5:1 contradicted-fact Mary Lund\'s title: paragraph 3 says “Deputy headteacher”, but paragraph 1 says “Headteacher”'] },
    // "the Revd" is no part of the name, and the relative it names stands after it
    { text: 'Grace Holt is to be the next bishop.\n\nHer father, the Revd Samuel Adeyinka, was a parish priest in Leeds.\n\nShe was ordained in 1998.\n\nShe recalled that her grandfather, Samuel Adeyinka, had taken her to services.\n', findings: ['7:1 contradicted-fact Samuel Adeyinka\'s relation to Grace Holt: paragraph 4 says “grandfather”, but paragraph 2 says “father”'] },
    // a town hall's officers are one job each, its clerk too
    // a side's coach and its assistant coach, a sheriff and the chief deputy, are posts of one group (blind sets BY, BA)
    // a police commander is a post a superintendent holds, no rank beside the superintendent's (blind set CC)
    { text: 'The Savelugu District Police Commander, Superintendent Mohammed Tanko, said the driver had been arrested.\n\nSuperintendent Tanko said the road would reopen.\n', findings: [] },
    { text: 'Superintendent Mohammed Tanko said the driver had been arrested.\n\nChief Inspector Mohammed Tanko said the road would reopen.\n', findings: ['3:1 contradicted-fact Mohammed Tanko\'s title: paragraph 2 says “Chief Inspector”, but paragraph 1 says “Superintendent”'] },
    { text: 'Stars head coach Zedekiah Otieno said the striker would start on Sunday.\n\nStars assistant coach Zedekiah Otieno revealed that the club had paid a fee.\n', findings: ['3:1 contradicted-fact Zedekiah Otieno\'s title: paragraph 2 says “assistant coach”, but paragraph 1 says “Stars head coach”'] },
    { text: 'Sheriff Tomás Garza was elected in 2020.\n\nTomás Garza, the county\'s chief deputy, said the plan had changed.\n', findings: ['3:1 contradicted-fact Tomás Garza\'s title: paragraph 2 says “chief deputy”, but paragraph 1 says “Sheriff”'] },
    { text: 'Former coach Zedekiah Otieno said the striker would start.\n\nAssistant coach Zedekiah Otieno said the club had paid a fee.\n', findings: [] },
    { text: 'City Manager Alan Brooks said the city had suspended its credit cards.\n\nThe council met on Monday.\n\nCity Attorney Alan Brooks told councilors the city could not refuse the resignation.\n', findings: ['5:1 contradicted-fact Alan Brooks\'s title: paragraph 3 says “City Attorney”, but paragraph 1 says “City Manager”'] },
    { text: 'City Clerk Rosa Lindqvist said the count was finished.\n\nThe council met on Monday.\n\nCity Manager Rosa Lindqvist told councilors the budget was balanced.\n', findings: ['5:1 contradicted-fact Rosa Lindqvist\'s title: paragraph 3 says “City Manager”, but paragraph 1 says “City Clerk”'] },
    // a founding told in a time clause is told as true; "Wrenfield" is "Wrenfield Health" on later reference
    { text: 'Nadia Farouk left her job in 2016 to found Wrenfield Health, an app for patients.\n\nThe firm now employs 60 people.\n\nWhen the siblings set up Wrenfield in 2018, speed was everything, she says.\n', findings: ['5:1 contradicted-fact Founding of Wrenfield Health: paragraph 3 says “2018”, but paragraph 1 says “2016”'] },
    // an opening participle's and an opening clause's "it" are the main clause's subject
    { text: 'Founded in 2017 by three eye doctors, Wrenfield Therapeutics had 11 staff at its launch.\n\nIt now has 84.\n\nSince it was set up in 2015, Wrenfield has filed 14 patent applications.\n', findings: ['5:1 contradicted-fact Founding of Wrenfield Therapeutics: paragraph 3 says “2015”, but paragraph 1 says “2017”'] },
    // where he was born is no place of his conviction
    { text: 'Conrad Black, born in Canada and a member of the House of Lords, was found guilty in July 2007 of fraud.\n\nHe appealed.\n\nA jury in Chicago convicted Black in July 2007.\n', findings: [] },
    // job cuts of a year the headline does not give are other cuts
    { text: 'Haverford Logistics to cut 410 jobs\n\nHaverford Logistics will lay off 410 workers in June.\n\nIn 2019, Haverford cut 150 jobs when it closed a depot.\n', findings: [] },
    // the event's own noun counts it: "the four deaths"
    { text: 'Three people have died in a bushfire in the hills north of the city.\n\nCrews worked through the night.\n\nThe four deaths are the first in the state this season.\n', findings: ['5:1 contradicted-number Death toll: paragraph 3 says “four”, but paragraph 1 says “Three”'] },
    // which of two siblings is older, told two ways
    // (denied of another role: "retired from Test cricket" … "would not retire from county cricket")
    { text: "James Anderson retired from Test cricket at Lord's on Friday after 188 Tests.\n\nAnderson took 704 Test wickets.\n\nAnderson, 41, said he would not retire from county cricket with Lancashire just yet.\n", findings: [] },
    { text: 'Robert Davis resigned as board chair on Tuesday but will remain chief executive.\n\nDavis is not leaving the company, the statement said.\n', findings: [] },
    // "their" in a list of survivors means the couple the sentence named before it
    // "whose mother, Judith," is the one named before it's; and Judith, brought in as kin, leaves the bare "Marsh" to Ellen
    // "Dean" before one surname is a given name, not a dean's title; "Staff" opening a sentence are the
    // staff, no one "his" can mean (blind set AN)
    { text: 'Lee Whitlow, 34, walked out of the prison on Thursday. Staff believe he left through a gap in the fence.\n\nHis brother, Dean Whitlow, 38, of Boston, was arrested on Saturday.\n\nWhitlow\'s cousin Dean Whitlow is understood to have driven him to the coast.\n', findings: ['5:1 contradicted-fact Dean Whitlow\'s relation to Lee Whitlow: paragraph 3 says “cousin”, but paragraph 2 says “brother”'] },
    // the relative named past what the relative does: "her brother, the poet Anders Lindqvist" (blind set AP)
    { text: 'The composer Freya Lindqvist, 44, saw her opera open on Friday.\n\nThe libretto is by her brother, the poet Anders Lindqvist.\n\nLindqvist took her bow beside her husband, Anders, who had flown in from Stockholm.\n', findings: ['5:1 contradicted-fact Anders Lindqvist\'s relation to Freya Lindqvist: paragraph 3 says “husband”, but paragraph 2 says “brother”'] },
    { text: 'The boat was stroked by 24-year-old Ellen Marsh, whose mother, Judith, coxed the winning eight in 1996.\n\nMarsh said the crew had trained for a year.\n\nMarsh\'s aunt, Judith Marsh, watched from the bank.\n', findings: ['5:1 contradicted-fact Judith Marsh\'s relation to Ellen Marsh: paragraph 3 says “aunt”, but paragraph 1 says “mother”'] },
    // a list of kin is one man's: "his daughter" after "a son, Pavel" is still the dead man's daughter
    { text: 'Frank Novak, a Czech-born violin teacher, has died aged 88.\n\n"He never measured anything," said Eva Marsh, his niece, who runs the workshop.\n\nNovak opened the workshop in 1970.\n\nHe is survived by his wife, Jana; a son, Pavel, of Brno; his daughter, Eva Marsh, of Leeds; and four grandchildren.\n', findings: ['7:1 contradicted-fact Eva Marsh\'s relation to Frank Novak: paragraph 4 says “daughter”, but paragraph 2 says “niece”'] },
    { text: 'Dennis Hedley, the Pudsey umpire, has died aged 81.\n\nHe married Jean Whiteley in 1966. He is survived by Jean, by their son Mark and their daughter, Ruth Ellison.\n\nHedley retired in 2006.\n\nRuth Ellison, his sister, said the family was overwhelmed.\n', findings: ['7:1 contradicted-fact Ruth Ellison\'s relation to Dennis Hedley: paragraph 4 says “sister”, but paragraph 2 says “daughter”'] },
    { text: 'Gary Castell is the younger brother of Mayor Ann Castell.\n\nThe council met on Monday.\n\nGary Castell, Ann Castell\'s older brother, declined to comment.\n', findings: ['5:1 contradicted-fact Who is older of Gary Castell and Ann Castell: paragraph 3 says “Gary Castell, the older brother”, but paragraph 1 says “Gary Castell, the younger brother”'] },
    // "little brother" and "big brother" say it too (the lexicon's youngerWords and olderWords)
    { text: 'Gary Castell is the little brother of Mayor Ann Castell.\n\nThe council met on Monday.\n\nGary Castell, Ann Castell\'s big brother, declined to comment.\n', findings: ['5:1 contradicted-fact Who is older of Gary Castell and Ann Castell: paragraph 3 says “Gary Castell, the older brother”, but paragraph 1 says “Gary Castell, the younger brother”'] },
    { text: 'Gary Castell is the younger brother of Mayor Ann Castell.\n\nThe council met on Monday.\n\nAnn Castell, Gary Castell\'s younger sister, declined to comment.\n', findings: ['5:1 contradicted-fact Who is older of Gary Castell and Ann Castell: paragraph 3 says “Ann Castell, the younger sister”, but paragraph 1 says “Gary Castell, the younger brother”'] },
    // when it was said, the speaker's age and an opening phrase of place are not what was said
    {
      text: 'Councillor Ruth Abara, 61, a retired nurse serving her third term, said Monday night she would not seek the seat again in May.\n\nThe recall vote passed.\n\nAt a gathering at the Legion hall in town, Abara told supporters she will seek the seat in May.\n',
      findings: ['5:1 affirmed-and-denied The same statement is affirmed and denied: paragraph 3 says “At a gathering at the Legion hall in town, Abara told supporters she will seek the seat in May”, but paragraph 1 says “Councillor Ruth Abara, 61, a retired nurse serving her third term, said Monday night she would not seek the seat again in May”'],
    },
    // "dies at 91" tells an age, no toll
    { text: '# Margaret Ashdown, who taught three generations of Millbrook to dance, dies at 91\n\nMargaret Ashdown, who founded the Ashdown School of Dance and taught ballet and tap to more than 3,000 Millbrook children over six decades, died February 3 at her home.\n', findings: [] },
    // "Ella Moss, was joined by her father": the father is Ella's, and says nothing of Ella's gender
    { text: "Two nine-year-old friends have raised £5,000 for a children's hospice in Leeds.\n\nImogen Hart ran 100 laps of the school field with her dad, Martin.\n\nHer best friend, Ella Moss, was joined by her father, Peter, for the final 20 laps.\n", findings: [] },
    // "should" is as often a forecast as a rule; two rules clash; a bare "never … before" is before the story's own events
    { text: 'The Humber Bridge should reopen to traffic on Friday after three weeks of repairs.\n\nEngineers worked overnight.\n\nThe Humber Bridge will not reopen to traffic on Friday, the operator confirmed.\n', findings: ['5:1 affirmed-and-denied The same statement is affirmed and denied: paragraph 3 says “The Humber Bridge will not reopen to traffic on Friday, the operator confirmed”, but paragraph 1 says “The Humber Bridge should reopen to traffic on Friday after three weeks of repairs”'] },
    { text: 'A former councillor has been jailed for fraud at Lincoln Crown Court.\n\nDefending, Tom Keane said his client, Alan Hollis, had never been arrested before.\n\nHollis, 58, was arrested at his home in Boston in March 2022, the court heard.\n', findings: [] },
    // a rule broken is not a statement denied
    { text: 'Lawyers argued that Patel had signed as the circulator on two sheets, but was not present for each signature that was signed on those sheets, and thereby broke state law. State law says that whoever signs a petition sheet as a circulator must be present for each signature, and see each signature placed on the sheet.\n', findings: [] },
    { text: 'The council will not raise taxes this year.\n\nThe council will raise taxes this year, officials confirmed.', findings: ['3:1 affirmed-and-denied The same statement is affirmed and denied: paragraph 2 says “The council will raise taxes this year, officials confirmed”, but paragraph 1 says “The council will not raise taxes this year”'] },
    // clause by clause, past an apposition and a second verb phrase, in sentences that say much else
    {
      text: 'Lindqvist, 24, has signed a four-year contract with the option of a further year, the Championship leaders announced on Friday evening.\n\nLindqvist has not signed a contract yet and will have a medical on Monday, after which Rovers hope to complete his registration before the window closes on 3 February.',
      findings: ['3:1 affirmed-and-denied The same statement is affirmed and denied: paragraph 2 says “Lindqvist has not signed a contract yet and will have a medical on Monday, after which Rovers hope to complete his registration before the window closes on 3 February”, but paragraph 1 says “Lindqvist, 24, has signed a four-year contract with the option of a further year, the Championship leaders announced on Friday evening”'],
    },
  ],
  check(context) {
    const enabled = new Set<string>(context.options.compare);
    const { analysis, lexicon } = context;
    const inScope = (c: Claim) => IN_SCOPE.has(analysis.sentences[c.sentence]!.kind) && c.quote < 0;
    const claims = analysis.claims.filter(inScope);
    const flagged = new Set<string>();
    const report = (a: Claim | { sentence: number; start: number; end: number; exact?: boolean }, b: typeof a, what: string, expected: string, actual: string, field: string, sure: number) => {
      const key = `${b.sentence}:${field}`;
      if (flagged.has(key)) return;
      flagged.add(key);
      const earlier = placeOf(analysis.sentences[a.sentence]!);
      const later = placeOf(analysis.sentences[b.sentence]!);
      context.report({
        confidence: confidence(sure, blockWeight(analysis.sentences[a.sentence]), blockWeight(analysis.sentences[b.sentence])),
        message: 'differs',
        data: { what, later, earlier, expected, actual },
        locations: [span(analysis, b, 'contradicts'), span(analysis, a, 'contradicted')],
        evidence: { field, expected, actual },
      });
    };

    const events = claims.filter((c) => c.kind === 'event');
    // what each claim's clause says of its span of time and of a second occurrence, read once per
    // claim, not for every pair it stands in
    const spans = new Map<Claim, string | undefined>();
    const spanOf = (c: Claim) => (spans.has(c) ? spans.get(c) : spans.set(c, periodOf(analysis, lexicon, c)).get(c));
    // the counts the story tells an event's figure rising or falling to ("bringing the death toll to
    // three"): a telling of that figure is the figure since, no other one (second review)
    const toldAsReached = new Set(analysis.claims.filter((c) => c.updated && c.values.count).map((c) => `${c.frame}|${c.values.count!.key}`));
    const reached = (c: Claim) => c.values.count !== undefined && toldAsReached.has(`${c.frame}|${c.values.count.key}`);
    const repeats = new Map<Claim, boolean>();
    const repeatedOf = (c: Claim) => repeats.get(c) ?? repeats.set(c, repeated(analysis, lexicon, c)).get(c)!;
    const never = neverReader();
    // "Officials also seized 312 handcarts" as a frame's first telling adds it to other kinds of event (the
    // stalls razed), so its "also" tells no second seizure (blind set BI)
    const firstOfFrame = new Map<string, Claim>();
    for (const c of events) if (!firstOfFrame.has(c.frame)) firstOfFrame.set(c.frame, c);
    const otherParagraphs = new Set<number>();
    analysis.sentences.forEach((x, k) => {
      if (analysis.sentences[k - 1]?.paragraph !== x.paragraph && OTHER_OCCASION_OPENING.test(x.text)) otherParagraphs.add(x.paragraph);
    });
    // (and a paragraph that opens on another occurrence, "In a separate crash about an hour earlier, six cars
    // collided … Two people there suffered minor injuries", tells that one's figures throughout; blind set BA)
    const otherOccasion = (c: Claim) => {
      const marker = occurrenceMarker(analysis, lexicon, c);
      return (marker !== undefined && !(marker === 'also' && firstOfFrame.get(c.frame) === c)) || otherParagraphs.has(analysis.sentences[c.sentence]!.paragraph);
    };
    const lede = ledeParagraph(analysis);
    // (the time a sentence opens with, which dates all it tells: "In 2021 the same committee …", "In
    // March, voters … approved their plan by 902 votes"; not "The death toll of 12 was confirmed on Tuesday")
    const sentenceTimes = new Map<number, Value>();
    for (const ctx of analysis.contexts) {
      const opening = ctx.dates.find((d) => OPENING_TIME.test(analysis.doc.source.slice(ctx.sentence.start, d.start)));
      if (opening) sentenceTimes.set(ctx.sentence.index, opening);
    }
    // the totals of a vote each sentence gives: "one of the four who voted against" tells a side of "nine votes to four"
    const totals = new Map<number, Set<number>>();
    const totalsOf = (sentence: number) => {
      let set = totals.get(sentence);
      if (!set) totals.set(sentence, (set = new Set(talliesOf(analysis.contexts[sentence]!).tallies.flatMap((t) => [t.high, t.low]))));
      return set;
    };
    // each later claim is set against the nearest earlier one it contradicts, once per value
    const candidates = earlierCandidates(events, (a, b) => separateRecords(analysis, a.sentence, b.sentence));
    for (const b of events) {
      for (const a of candidates.get(b)!) {
        if (a.frame !== b.frame || a.sentence === b.sentence) continue;
        const frame = lexicon.frames[a.frame]!;
        // a telling of another such event ("It also approved a $47.8 million upgrade of the sewers", "a
        // second man was arrested") gives that event's figures, not this one's
        const another = !frame.once && (otherOccasion(a) || otherOccasion(b));
        // what happens once, and the incident a story reports, is as surely told in a time clause
        // ("since it opened in 1984", "Since the cars left the rails on Monday")
        const told = (c: Claim) => c.asserted || ((frame.once === true || frame.incident === true) && c.presupposed === true);
        // a person's record told both ways is told, in a relative aside or by a noun ("Tuhiwai, who had no
        // previous convictions," … "His previous conviction, for assault in 2019,"); a denial of a part of
        // it ("no previous convictions for violence") denies no other conviction
        const records = record(a) && record(b) && a.negated !== b.negated && !partOfRecord(analysis, a.negated ? a : b);
        if (!records && (!told(a) || !told(b))) continue;
        const match = participants(a, b);
        // denied of any of a kind of thing, or of every one of it, and told of one of them, by whoever (see deniedOfAny, deniedOfEvery)
        // (not where one telling points back to another occasion, "None of the residents was injured in
        // that blaze", the kitchen fire of 2021, against "in Sunday's fire"; review)
        if (enabled.has('polarity') && match !== 'different' && a.negated !== b.negated && a.hedges.length === 0 && b.hedges.length === 0 && (deniedOfAny(context, a, b) || deniedOfEvery(context, a, b)) && !neverExcuses(never, analysis.sentences[a.sentence]!, analysis.sentences[b.sentence]!) && distalOccasion(analysis, a) === distalOccasion(analysis, b)) {
          report(a, b, eventLabel(analysis, a, frame), a.negated ? 'it did not happen' : 'it happened', b.negated ? 'it did not happen' : 'it happened', 'polarity', 0.75);
          continue;
        }
        // an unnamed side is the same event only for frames about an incident (a toll, a fire)
        // and an event of someone's (a company's revenue, a person's arrest) whose someone neither side
        // names is one event only where the two sentences say much the same ("The company will cut 14,500
        // jobs" / a fact box's "The company will cut 12,000 jobs"), not two companies' figures
        // ("Hartfield reported revenue of £412m" … "Brightwell … reported revenue of £1.06bn")
        if (match === 'different' || (match === 'unknown' && frame.core !== 'any')) continue;
        if (match === 'none' && frame.core !== 'any' && !sameMatter(context, a, b) && !sameThing(context, a, b)) continue;
        if (!modifiersAgree(a, b)) continue;
        const label = eventLabel(analysis, a, frame);
        // (a local place the lexicon does not know may lie in one it knows: "near Port Aransas" and "in
        // Texas" can both hold)
        const found = conflicts(a, b).filter((c) => c.field !== 'place' || !placesOfTwoSizes(lexicon, c.expected.text, c.actual.text));
        // different places or times of a repeatable event with no named participant in common are two events
        // (an incident a story is about, a derailment or a fire, told on two days in the same place or
        // no place, with nothing telling a second one, is one incident given two days)
        // (an incident told by a date weeks before the story's, against one told by a day of the week, is
        // an earlier occurrence; two dates are compared as they are: "on 3 March" / "on 4 March" in a court report)
        const earlierOne = (x: Claim, y: Claim) => pastOccurrence(analysis, x) && y.values.time?.weekday !== undefined;
        const oneIncident = frame.incident === true && match === 'none' && !found.some((c) => c.field === 'place') && !repeatedOf(a) && !repeatedOf(b) && !earlierOne(a, b) && !earlierOne(b, a);
        const sameEvent = frame.once || match === 'same' || oneIncident;
        if (!sameEvent && found.some((c) => c.field === 'place' || c.field === 'time')) continue;
        // nor are two times told in two ways that may not be one ("on Tuesday evening" / "In March,
        // members voted six to five to defer it"): a vote told again is told by its day, not its month
        // (an event with no time of its own has its sentence's: "In March, voters … approved their plan
        // by 902 votes")
        const [timeA, timeB] = [a.values.time ?? sentenceTimes.get(a.sentence), b.values.time ?? sentenceTimes.get(b.sentence)];
        const twoTimes = !sameEvent && timeA !== undefined && timeB !== undefined && !sameDate(timeA, timeB);
        // a repeatable event told of a year the other telling does not give is another occurrence
        // ("Haverford to cut 410 jobs" … "In 2019, Haverford cut 150 jobs")
        // (the sentence's year where the event has no time of its own: "In 2021 the same committee threw
        // out a weekends-only closure by eight votes to five")
        const yearOnly = (t: Value | undefined) => t?.kind === 'year';
        // (but a record denied whole, "had no previous convictions", is denied of every year: "His previous
        // conviction, for assault in 2019")
        const wholeRecord = records && (a.negated ? timeA : timeB) === undefined;
        if (!frame.once && !wholeRecord && (timeA === undefined) !== (timeB === undefined) && (yearOnly(timeA) || yearOnly(timeB))) continue;
        // (and one told as years or months back, "was arrested in Street … two years earlier", is another
        // occurrence than one that is not: review)
        // (against one of this week's, told by its day: "three months ago" and "in March" may be one)
        const ago = (c: Claim) => TOLD_AGO.test(analysis.sentences[c.sentence]!.text);
        const thisWeek = (c: Claim) => c.values.time?.key.startsWith('weekday-') === true || THIS_WEEK.test(analysis.sentences[c.sentence]!.text);
        if (!frame.once && ((ago(a) && !ago(b) && thisWeek(b)) || (ago(b) && !ago(a) && thisWeek(a)))) continue;
        // and its figures told of a month alone that is not the story's own are another occurrence's ("In
        // July, a five-vehicle crash near Eloy injured two people", "In March 2023, CBP officers … seized about
        // 12,000 bottles": blind set AT), though "will close it in June" still
        // answers "will not close it this year"
        const otherMonth = (t: Value | undefined) => t !== undefined && /^(?:month-|\d{4}-)\d\d$/.test(t.key) && otherThanStory(analysis.anchor, t);
        const monthApart = !frame.once && (timeA === undefined) !== (timeB === undefined) && (otherMonth(timeA) || otherMonth(timeB));
        // and a figure counted over a span ("42 deaths last year", "each year") is another figure
        // than one event's ("Eight miners were killed"); "will not close it this year" still denies "will close it in June"
        const otherSpan = !frame.once && spanOf(a) !== spanOf(b);
        const timeClash = found.some((c) => c.field === 'time');
        for (const conflict of found) {
          if (!enabled.has(conflict.field)) continue;
          if ((otherSpan || twoTimes || monthApart) && conflict.field !== 'place' && conflict.field !== 'time') continue;
          if (conflict.field === 'time' && !frame.once && !oneIncident) continue;
          if (timeClash && conflict.field !== 'time') continue;
          if (conflict.field === 'count' && (totalsOf(a.sentence).has(Number(conflict.actual.key)) || totalsOf(b.sentence).has(Number(conflict.expected.key)))) continue;
          // (and those for a motion are no other count of those against it: "1,846 voted in favour" / "187 voted against")
          if (conflict.field === 'count' && sidesApart(analysis, a, b)) continue;
          // (and some of a group an event befell, "Two of the injured passengers died at hospital", are no
          // count of all it befell: "Five of the passengers … died on the spot"; blind set CC)
          if (conflict.field === 'count' && (toldAsPart(analysis, a) || toldAsPart(analysis, b))) continue;
          if (conflict.field === 'count' && (reached(a) || reached(b))) continue;
          // a smaller count in one place against one told of no place is a part of the whole ("About
          // 3,000 homes in Truro lost power" beside a storm's 40,000)
          if (conflict.field === 'count' && frame.core === 'any' && partInPlace(analysis, lede, a, b)) continue;
          if (another && (conflict.field === 'count' || conflict.field === 'money' || conflict.field === 'percent')) continue;
          // one event surely (the same named participant), and two figures of the same thing
          const units = conflict.expected.unit !== undefined && conflict.expected.unit === conflict.actual.unit;
          report(a, b, label, quoteValue(conflict.expected), quoteValue(conflict.actual), conflict.field, confidence(0.95, match === 'same' ? 1 : 0.75, units || conflict.field === 'place' || conflict.field === 'time' ? 1 : 0.85));
        }
        // (read only for a pair affirmed and denied; and a role named on one side only may be another
        // role than the other side's: "resigned as board chair" … "is not leaving the company")
        const roles = (c: Claim) => c.modifiers.filter((m) => m.startsWith('role:')).join();
        const neither = () => roles(a) === roles(b) && !neverExcuses(never, analysis.sentences[a.sentence]!, analysis.sentences[b.sentence]!) && distalOccasion(analysis, a) === distalOccasion(analysis, b) && !narrowedDenial(analysis, a.negated ? a : b);
        if (enabled.has('polarity') && found.length === 0 && match === 'same' && a.negated !== b.negated && neither() && a.hedges.length === 0 && b.hedges.length === 0 && sameMatter(context, a, b, NAMED_SAME_MATTER)) {
          report(a, b, label, a.negated ? 'it did not happen' : 'it happened', b.negated ? 'it did not happen' : 'it happened', 'polarity', 0.8);
        }
        // with no one named on either side, an event denied and affirmed (see unnamedDenial)
        if (enabled.has('polarity') && match === 'none' && a.negated !== b.negated && neither() && a.hedges.length === 0 && b.hedges.length === 0 && unnamedDenial(context, a, b)) {
          report(a, b, label, a.negated ? 'it did not happen' : 'it happened', b.negated ? 'it did not happen' : 'it happened', 'polarity', 0.75);
        }
      }
    }

    // "Monday night's vote" after the vote told on Tuesday: a day owning the noun refers to the event of
    // that kind the story has told; where the story gives that event one other day, and never the day
    // the reference names, the reference's day is a slip (a story of two meetings tells both days)
    if (enabled.has('time')) {
      const byFrame = new Map<string, Claim[]>();
      for (const c of events) {
        if (c.negated || !c.values.time || !onDay(c.values.time)) continue;
        pushTo(byFrame, c.frame, c);
      }
      for (const tellings of byFrame.values()) {
        // (a list of dated meetings or votes is a record of many, and each would be set against each)
        if (tellings.length > MAX_DATED_TELLINGS) continue;
        const coming = new Set(tellings.filter((c) => toCome(analysis, c)));
        for (const b of tellings) {
          // (not one to come: "next Monday's vote", "Friday's meeting will decide")
          if (!b.dated || upcoming(analysis, b) || pastOccurrence(analysis, b)) continue;
          // (a meeting still to come is no second one told: "At Monday's meeting" after the meeting told
          // on Tuesday, in a story that ends on "the annual meeting on 21 May"; but one to come on the
          // reference's own day, named as it is, is the one it means: "will meet again on Monday …
          // Monday's meeting"; "on 21 May", which may fall on a Monday, is not)
          const others = tellings.filter((c) => c !== b);
          const told = others.filter((c) => !coming.has(c));
          const a = told.find((c) => c.sentence < b.sentence);
          const sameDay = (c: Claim) => (coming.has(c) ? c.values.time!.key === b.values.time!.key : datesAgree(c.values.time!, b.values.time!));
          if (!a || others.some(sameDay) || told.some((c) => c.sentence !== b.sentence && !datesAgree(c.values.time!, a.values.time!))) continue;
          if (participants(a, b) === 'different' || !modifiersAgree(a, b) || [a, b].some((c) => anotherNamed(analysis, lexicon, c))) continue;
          report(a, b, eventLabel(analysis, a, lexicon.frames[a.frame]!), quoteValue(a.values.time!), quoteValue(b.values.time!), 'time', REFERENCE_SURE);
        }
      }
    }

    if (enabled.has('relation')) {
      const relations = claims.filter((c) => c.kind === 'relation' && !c.negated);
      for (let i = 0; i < relations.length; i++) {
        for (let j = i + 1; j < relations.length; j++) {
          const a = relations[i]!;
          const b = relations[j]!;
          const ra = a.values.relation!.key;
          const rb = b.values.relation!.key;
          const samePair = a.subjects[0] === b.subjects[0] && a.subjects[1] === b.subjects[1];
          const uniqueClash = a.subjects[1] === b.subjects[1] && a.subjects[0] !== b.subjects[0] && ra === rb && lexicon.kinship.get(ra)?.unique;
          // "the mayor's younger brother" … "the mayor's older brother" (or, told from the other side,
          // each the other's younger sibling)
          const [sa, sb] = [seniorityOf(a), seniorityOf(b)];
          const reversedPair = a.subjects[0] === b.subjects[1] && a.subjects[1] === b.subjects[0];
          const seniorityClash = sa !== undefined && sb !== undefined && ((samePair && sa !== sb) || (reversedPair && sa === sb));
          if (samePair && relationsConflict(lexicon, ra, rb)) {
            report(a, b, `${names(analysis, [a.subjects[0]!])}'s relation to ${names(analysis, [a.subjects[1]!])}`, `“${ra}”`, `“${rb}”`, 'relation', 0.9);
          } else if (seniorityClash && (reversedPair || !relationsConflict(lexicon, ra, rb))) {
            const told = (c: Claim, seniority: string) => `“${names(analysis, [c.subjects[0]!])}, the ${seniority} ${c.values.relation!.key}”`;
            report(a, b, `Who is older of ${names(analysis, [a.subjects[0]!])} and ${names(analysis, [a.subjects[1]!])}`, told(a, sa!), told(b, sb!), 'relation', 0.9);
          } else if (uniqueClash) {
            report(a, b, `${capitalise(names(analysis, [a.subjects[1]!]))}'s ${ra}`, names(analysis, [a.subjects[0]!]), names(analysis, [b.subjects[0]!]), 'relation', 0.85);
          }
        }
      }
    }

    if (enabled.has('role')) {
      const roles = claims.filter((c) => c.kind === 'role' && c.modifiers.some((m) => m.startsWith('group:')));
      for (let i = 0; i < roles.length; i++) {
        for (let j = i + 1; j < roles.length; j++) {
          const a = roles[i]!;
          const b = roles[j]!;
          if (a.subjects[0] !== b.subjects[0] || a.modifiers[0] !== b.modifiers[0]) continue;
          if (a.values.role!.key === b.values.role!.key) continue;
          const orgA = a.objects[0];
          const orgB = b.objects[0];
          if (orgA && orgB && orgA !== orgB) continue;
          report(a, b, `${names(analysis, a.subjects)}'s title`, `“${a.values.role!.text}”`, `“${b.values.role!.text}”`, 'role', 0.85);
        }
      }
    }

    // "from 212 investors" … "Of the 221 investors": a count of the same thing with its digits in
    // another order (three or more) is one figure mistyped, whatever the sentences say around it
    if (enabled.has('count')) {
      const byUnit = new Map<string, { sentence: number; start: number; end: number; text: string; exact: true; value: NumberMention }[]>();
      for (const c of analysis.contexts) {
        if (!IN_SCOPE.has(c.sentence.kind)) continue;
        for (const n of c.numbers) {
          if (n.kind !== 'count' || !n.unit || c.words[n.from]!.quote >= 0 || !/^\d[\d,]*$/.test(n.text)) continue;
          const list = byUnit.get(n.unit) ?? [];
          // shown with what it counts ("168 flats")
          const noun = c.words.slice(n.to, n.to + 3).find((w) => w.lemma === n.unit);
          list.push({ sentence: c.sentence.index, start: n.start, end: noun?.end ?? n.end, text: n.text, exact: true, value: n });
          byUnit.set(n.unit, list);
        }
      }
      // (found by the figures' digits in order: a list of thousands of counts costs no more than its length)
      for (const [unit, list] of byUnit) {
        const firstBy = new Map<string, (typeof list)[number][]>();
        for (const later of list) {
          const key = digitsKey(later.text);
          const same = firstBy.get(key) ?? [];
          const earlier = same.find((x) => x.sentence !== later.sentence && digitsSwapped(x.text, later.text, 3));
          if (earlier && !partAndWhole(analysis, earlier, later)) report(earlier, later, `${capitalise(unit)}s`, `“${earlier.text}”`, `“${later.text}”`, 'count', 0.85);
          // one of each figure is kept: a key holds at most as many as there are orders of its digits
          if (!same.some((x) => digitsOf(x.text) === digitsOf(later.text))) same.push(later);
          firstBy.set(key, same);
        }
      }
    }

    if (enabled.has('polarity')) statementPolarity(context, never, (a, b, expected, actual, sure) => report(a, b, 'The same statement is affirmed and denied', expected, actual, 'polarity', sure));
  },
});

/**
 * Two counts of one thing a swap of their first two digits apart, told with two verbs, neither told back
 * to, are a whole and its part: "4,512 households were eligible" … "4,152 households had signed up"; not
 * "Of the 221 investors", "All 4,218 bottles", "the 718,640 bags held" (review).
 */
function partAndWhole(analysis: Analysis, a: Figure, b: Figure): boolean {
  const toldBack = (f: Figure) => toldAsWhole(analysis, f) || DEFINITE.has(analysis.contexts[f.sentence]!.words[f.value.from - 1]?.lower ?? '');
  return leadingSwap(a.value, b.value) && !toldBack(a) && !toldBack(b) && !sameActNear(analysis, a, b);
}

/**
 * A count told of some of a group ("Two of the injured passengers", "Five of the passengers"): a part of
 * those the event befell. Not a part of a whole the copy counts ("1,240 of its 1,890 scheduled services
 * would be cancelled"), which is the event's own count.
 */
function toldAsPart(analysis: Analysis, claim: Claim): boolean {
  const count = claim.values.count;
  if (!count) return false;
  const words = analysis.contexts[claim.sentence]!.words;
  const k = words.findIndex((w) => w.start === count.start);
  return k >= 0 && words[k + 1]?.lower === 'of' && /^(?:the|its|their|those)$/.test(words[k + 2]?.lower ?? '') && !/\d/.test(words[k + 3]?.text ?? '');
}

/**
 * Of two tellings, the one told in a place counts fewer than the one told of no place: a part of the
 * whole. Not the lede's telling against a later one: the lede's place is where the story's event
 * happened ("Fourteen people were killed … near Dhumakot" against "The death toll of 16"; blind set BR).
 */
function partInPlace(analysis: Analysis, lede: number | undefined, a: Claim, b: Claim): boolean {
  const [placed, whole] = a.values.place && !b.values.place ? [a, b] : b.values.place && !a.values.place ? [b, a] : [undefined, undefined];
  const [x, y] = [placed?.values.count, whole?.values.count];
  if (x === undefined || y === undefined || (x.high ?? Number(x.key)) >= (y.low ?? Number(y.key))) return false;
  return !(placed === a && analysis.sentences[a.sentence]!.paragraph === lede);
}

/**
 * Whether two sentences speak of the same matter beyond the event's word and who it befell: "He has
 * not been charged over the sexual assault" denies another charge than "Johnson was charged with
 * killing three teenagers".
 */
function sameMatter(context: RuleContext<Options>, a: Claim, b: Claim, least = SAME_MATTER): boolean {
  const { analysis, lexicon } = context;
  const names = (id: string) => analysis.entityById.get(id)?.name;
  const sim = similarity(lexicon, analysis.terms[a.sentence]!.terms, analysis.terms[b.sentence]!.terms, names, true);
  return Math.max(sim.coverageA, sim.coverageB) >= least;
}

/** Share of one sentence's content the other must hold for an event affirmed and denied to be one claim. */
const SAME_MATTER = 0.4;
/** And where both tell it of one definite thing by the same words ("the footbridge"). */
const DEFINITE_SAME_MATTER = 0.2;

/** The most tellings of one kind of event on a day for a dated reference to be set against them. */
const MAX_DATED_TELLINGS = 50;

/** How sure a dated reference ("Monday's meeting") is of meaning the one event told on another day. */
const REFERENCE_SURE = 0.75;

/** The side of a vote a telling counts, where the words right after its verb say: "voted in favour", "voted against". */
function sideOf(analysis: Analysis, claim: Claim): 'for' | 'against' | undefined {
  const after = analysis.doc.source.slice(claim.trigger.end, claim.trigger.end + 20);
  return /^\s+(?:in favou?r|for\b)/i.test(after) ? 'for' : /^\s+against\b/i.test(after) ? 'against' : undefined;
}

/** Two tellings that count the two sides of a vote, one each. */
function sidesApart(analysis: Analysis, a: Claim, b: Claim): boolean {
  const [sa, sb] = [sideOf(analysis, a), sideOf(analysis, b)];
  return sa !== undefined && sb !== undefined && sa !== sb;
}

/** What may stand before a time that opens a sentence: "In", "On", "Last", or nothing. */
const OPENING_TIME = /^\s*(?:(?:in|on|during|by|last|early|late|earlier|later)\s+(?:the\s+)?)?$/i;

/** A dated reference to an event still to come: "next Monday's vote", "Friday's meeting will decide". */
function upcoming(analysis: Analysis, claim: Claim): boolean {
  return nextDay(analysis, claim) || /\b(?:will|would|shall|is expected to|are expected to|is due to|are due to)\b/i.test(analysis.doc.source.slice(claim.start, claim.end));
}

/** A day told as one to come: "next Monday's vote", "this coming Friday". */
function nextDay(analysis: Analysis, claim: Claim): boolean {
  const time = claim.values.time!;
  return /\b(?:next|this coming|upcoming|coming)\s*$/i.test(analysis.doc.source.slice(Math.max(claim.start, time.start - 20), time.start));
}

/**
 * A telling said in the future at its own words: "will act as leader until a new leader is chosen at
 * the annual meeting on 21 May", "next Monday's vote". Not "would": "The scheme, which would have
 * demolished the precinct, was defeated … on Tuesday" told a vote that happened.
 */
function toCome(analysis: Analysis, claim: Claim): boolean {
  return nextDay(analysis, claim) || /\b(?:will|shall|(?:is|are) (?:due|expected|set) to)\b/i.test(analysis.doc.source.slice(claim.start, claim.trigger.start));
}

/**
 * The same, where both tellings name who or what the event befell ("the Harbour Street library … will
 * not close" / "Harbour Street, which will close along with the other three branches"): the name
 * carries much of the matter, so less of the rest need coincide.
 */
const NAMED_SAME_MATTER = 0.25;

/** What the event is called: one person's, counted by nothing, by its single name ("Death of Margaret Ellory", not "Death toll of …"). */
function eventLabel(analysis: Analysis, claim: Claim, frame: { label: string; single?: string }): string {
  const who = names(analysis, claim.subjects);
  if (!who || claim.subjects.length !== 1) return capitalise(frame.label);
  return capitalise(`${!claim.values.count && frame.single ? frame.single : frame.label} of ${who}`);
}

function quoteValue(value: Value): string {
  return `“${value.text}”`;
}

function span(analysis: Analysis, item: Claim | { sentence: number; exact?: boolean; start?: number; end?: number }, role: string) {
  // a figure is shown where it stands; a claim, by its sentence
  if ('exact' in item && item.exact && item.start !== undefined && item.end !== undefined) return { start: item.start, end: item.end, role };
  const sentence = analysis.sentences[item.sentence]!;
  return { start: sentence.start, end: sentence.end, role };
}

/**
 * The same proposition affirmed in one sentence and denied in another: the content terms coincide but
 * one sentence is negated, or one word is swapped for its antonym ("approved" / "rejected").
 */
function statementPolarity(context: RuleContext<Options>, never: (sentence: Sentence) => boolean, found: (a: { sentence: number; start: number; end: number }, b: { sentence: number; start: number; end: number }, expected: string, actual: string, sure: number) => void): void {
  const { analysis, lexicon } = context;
  const { polaritySimilarity: threshold, polarityMaxExtra: maxExtra, minClauseTerms } = context.options;
  const sentences = analysis.sentences.filter((s) => IN_SCOPE.has(s.kind) && analysis.terms[s.index]!.terms.length >= minClauseTerms && !asksQuestion(s.text));
  const names = (id: string) => analysis.entityById.get(id)?.name;
  // a clause is compared with a clause (of three terms or more): a long sentence shares a small part of itself with the other
  const shortestClause = (s: { index: number }) => Math.min(least(analysis.terms[s.index]!.clauses.map((c) => c.terms.length).filter((n) => n >= minClauseTerms)), analysis.terms[s.index]!.terms.length);
  // (read once per sentence: a sentence meets many others)
  const distalOf = new Map<number, boolean>();
  const distal = (x: Sentence) => distalOf.get(x.index) ?? distalOf.set(x.index, DISTAL.test(x.text) && anotherTimeNear(analysis, x.index)).get(x.index)!;
  for (const [sa, sb] of candidatePairs(analysis, sentences, undefined, 2, 0.3, shortestClause)) {
    // (a never-before denies earlier occurrences, not the one told: "Rovers had never won the league
    // before Saturday" … "Rovers won the league on Saturday")
    if (separateRecords(analysis, sa.index, sb.index) || neverExcuses(never, sa, sb)) continue;
    // (a rule and what happened are not one statement: "whoever signs a petition sheet must be present
    // for each signature" is not denied by "Murphy was not present for each signature", it is broken;
    // "must book" against "do not book" or "will not pay" is still a clash)
    if (ruleAndWhatHappened(sa.text, sb.text) || ruleAndWhatHappened(sb.text, sa.text)) continue;
    // (nor a sentence that points back to another occasion against one that does not: "in that blaze")
    if (distal(sa) !== distal(sb)) continue;
    let flagged = false;
    for (const a of analysis.terms[sa.index]!.clauses) {
      for (const b of analysis.terms[sb.index]!.clauses) {
        if (flagged || a.hedges.length > 0 || b.hedges.length > 0) continue;
        const how = opposite(lexicon, a, b, { threshold, maxExtra, minClauseTerms }, names);
        if (how) {
          // an antonym swapped in a clause that is otherwise the same is surer than a negation in a longer one
          found({ sentence: sa.index, start: sa.start, end: sa.end }, { sentence: sb.index, start: sb.start, end: sb.end }, `“${trimSentence(sa.text)}”`, `“${trimSentence(sb.text)}”`, how === 'antonym' ? 0.8 : 0.75);
          flagged = true;
        }
      }
    }
  }
}

/** What a rule requires: "must", "shall", "is (not) required to", "ought to" ("should" is as often a forecast). */
const DEONTIC = /\b(?:must|shall|ought to|(?:is|are|was|were)(?: not)? (?:required|obliged|obligated) to)\b/i;
/** What happened, told in the past: "was not present", "had signed", "did not book". */
const PAST = /\b(?:was|were|had|did)\b/i;

/** One sentence states a rule and the other, with no rule in it, what happened in the past. */
function ruleAndWhatHappened(rule: string, fact: string): boolean {
  return DEONTIC.test(rule) && !DEONTIC.test(fact) && PAST.test(fact);
}

/**
 * Two clauses state opposite things when the smaller is contained in the other (all but a little of
 * its content) and exactly one is negated, or when they differ only by a pair of antonyms.
 */
function opposite(lexicon: RuleContext['lexicon'], a: Terms, b: Terms, cut: { threshold: number; maxExtra: number; minClauseTerms: number }, names: (id: string) => string | undefined): 'negation' | 'antonym' | undefined {
  const small = a.terms.length <= b.terms.length ? a : b;
  if (small.terms.length < cut.minClauseTerms) return undefined;
  const negationsDiffer = (a.negations > 0) !== (b.negations > 0);
  // an antonym swap leaves two clauses of one length: the cheap test first, most pairs stop here
  if (!negationsDiffer && new Set(a.terms).size !== new Set(b.terms).size) return undefined;
  const sim = similarity(lexicon, a.terms, b.terms, names);
  if (valueClash(sim.onlyA, sim.onlyB)) return undefined;
  const smallCoverage = small === a ? sim.coverageA : sim.coverageB;
  const extra = small === a ? sim.onlyB.length : sim.onlyA.length;
  // (what the negation denies must be said on the other side: "He is not related to the county medical
  // director" denies no "said …, the county's medical director")
  const unsaid = a.negations > 0 ? a.denied.some((term) => sim.onlyA.includes(term)) : b.denied.some((term) => sim.onlyB.includes(term));
  if (negationsDiffer) return smallCoverage >= cut.threshold && extra <= cut.maxExtra && !unsaid ? 'negation' : undefined;
  return sim.onlyA.length === 1 && sim.onlyB.length === 1 && sim.shared.length >= 2 && lexicon.antonyms.get(sim.onlyA[0]!)?.has(sim.onlyB[0]!) === true ? 'antonym' : undefined;
}

/**
 * An incident told on a date more than a week before the story's ("after the April 27 tornado" in a
 * story of 20 May): an earlier occurrence, not the one the story reports. Where the story's date gives
 * only its month, a date of the month before counts from the 20th back.
 */
function pastOccurrence(analysis: Analysis, claim: Claim): boolean {
  const anchor = analysis.anchor;
  const date = claim.values.time && anchor?.month !== undefined ? calendarDate(claim.values.time, anchor) : undefined;
  if (!date || !anchor?.month) return false;
  if (anchor.day !== undefined) return (Date.UTC(anchor.year, anchor.month - 1, anchor.day) - Date.UTC(date.year, date.month - 1, date.day)) / DAY > PAST_DAYS;
  const months = (anchor.year - date.year) * 12 + (anchor.month - date.month);
  return months >= 2 || (months === 1 && date.day <= 20);
}

const DAY = 86_400_000;
/** Days before the story's date past which an incident told by its date is an earlier one. */
const PAST_DAYS = 7;

/**
 * One of two sentences tells a never-before ("Rovers had never won the league before Saturday"),
 * which denies earlier occurrences, not the one the other tells ("Rovers won the league on Saturday"),
 * unless the other is dated in a year the never-before does not name ("had never visited Kellford
 * before Monday's trip" / "visited Kellford in 2019": that visit is one it denies).
 */
function neverExcuses(never: (sentence: Sentence) => boolean, a: Sentence, b: Sentence): boolean {
  const [told, other] = never(a) ? [a, b] : never(b) ? [b, a] : [];
  if (!told || !other) return false;
  const times = (text: string) => new Set(text.match(TIME_WORDS) ?? []);
  const named = times(told.text);
  const dated = [...times(other.text)];
  // (a bare "before", "had never been arrested before", is before the story's own events, which a dated
  // telling may be: only "before Monday's trip" sets an earlier year it denies)
  const bare = /\b(?:before|previously)\s*(?:[.,;:!?"”’]|$)/i.test(told.text);
  return bare || dated.length === 0 || dated.some((t) => named.has(t));
}

/** Whether each sentence tells a never-before, read once per sentence (sentences meet in many pairs). */
function neverReader(): (sentence: Sentence) => boolean {
  const told = new Map<number, boolean>();
  return (sentence) => told.get(sentence.index) ?? told.set(sentence.index, firstTelling(sentence.text) === 'never').get(sentence.index)!;
}

/** Years, as a sentence names them (not "since 1998", the last time before): a year the never-before does not name is a time it denies. */
const TIME_WORDS = /\b(?<!since )(?:1[89]|20)\d\d\b/g;

function trimSentence(text: string): string {
  return text.replace(/[.!]+["”’']*$/, '');
}

/**
 * An event with no one named on either side, denied in one and affirmed in the other, is one claim
 * where its subject is one definite thing no name stands for ("the container terminal would not
 * close during the stoppage" … "the container terminal will close to all vessels"), or where it is
 * denied of everyone and told of a number or all of the same people ("no worker at the plant would
 * be laid off" … "120 employees would be laid off"; not "No firefighters were hurt" against six
 * employees injured, nor "No one was killed then", in 2009, against this year's toll), in the same
 * matter.
 */
/**
 * Both told of one definite thing by the same words, their sentences sharing some more of their matter:
 * the thing ties the tellings more than their other words do ("The footbridge will stay open throughout
 * the remaining work" … "the footbridge will be closed to passengers while the lift towers are craned
 * into place"; blind set BB).
 */
function sameThing(context: RuleContext<Options>, a: Claim, b: Claim): boolean {
  const thing = definiteSubject(context.analysis, a);
  return thing !== undefined && thing === definiteSubject(context.analysis, b) && sameMatter(context, a, b, DEFINITE_SAME_MATTER);
}

function unnamedDenial(context: RuleContext<Options>, a: Claim, b: Claim): boolean {
  const { analysis, lexicon } = context;
  const clash = conflicts(a, b);
  if (clash.length === 0 && sameThing(context, a, b)) return true;
  const [denied, told] = a.negated ? [a, b] : [b, a];
  const otherTime = [a, b].some((c) => /\bthen\b|\b(?:1[89]|20)\d\d\b/.test(analysis.sentences[c.sentence]!.text));
  const before = clauseBefore(analysis, told);
  // (or one of them brought in: "A firefighter suffered minor burns")
  const one = /^\s*an?\s+[a-z-]+\s*$/i.test(before) && isPersonNoun(before.trim().split(/\s+/)[1]!.toLowerCase());
  const some = told.values.count !== undefined || /\ball\b/i.test(before) || one;
  if (!deniedOfAll(analysis, denied) || otherTime || !some || !sameGroup(lexicon, analysis, denied, told) || clash.some((c) => c.field !== 'count')) return false;
  // (denied of anyone at all, "No one was hurt in the blaze", in a story of one incident, against one of
  // them hurt, the sentences need say no more alike; review)
  const anyone = /^\s*(?:no one|no-one|nobody)\b/i.test(clauseBefore(analysis, denied)) && lexicon.frames[a.frame]?.core === 'any' && !otherOccurrenceTold(analysis, lexicon);
  return anyone || sameMatter(context, a, b);
}

/** Whether the story tells of another occurrence anywhere ("another fire", "In a separate crash", "a second blaze"). */
function otherOccurrenceTold(analysis: Analysis, lexicon: CompiledLexicon): boolean {
  return analysis.sentences.some((x) => BODY_KINDS.has(x.kind) && lexicon.repeatMarkers.test(x.text));
}

/**
 * An event denied of any of a kind of thing and told of one of them: "the company would not close any
 * of its factories" … "Nordvind will close its blade factory at Lem". The object after the verb is
 * "any (of its) N" on the denied side and a phrase whose head is N on the other, told of no two times.
 */
function deniedOfAny(context: RuleContext<Options>, a: Claim, b: Claim): boolean {
  const { analysis, lexicon } = context;
  const [denied, told] = a.negated ? [a, b] : [b, a];
  const tokens = analysis.tokens;
  const after = (c: Claim) => {
    const from = partitionPoint(tokens.length, (k) => tokens[k]!.start < c.trigger.end);
    return tokens.slice(from, from + 8).filter((t) => t.sentence === c.sentence && t.end <= c.end);
  };
  // "any of its factories", "any factories"
  const mine = after(denied);
  let k = 0;
  if (mine[k]?.lower !== 'any') return false;
  k++;
  if (mine[k]?.lower === 'of') k++;
  // the head of an object: the last noun of its first run of modifiers and nouns ("its blade factory",
  // "any of its manufacturing plants")
  const headOf = (words: Token[]) => {
    let head: string | undefined;
    for (const t of words) {
      if (t.pos === 'NOUN') head = canon(lexicon, t.lemma);
      else if (!(t.pos === 'DET' || t.pos === 'ADJ' || t.pos === 'PRON' || t.pos === 'NUM' || (t.pos === 'PROPN' && head === undefined))) break;
    }
    return head;
  };
  const kind = headOf(mine.slice(k));
  const head = headOf(after(told));
  // (the kind of thing ties the two tellings: no more of the sentences need agree, but no two times may
  // tell two occasions: "would not close any of its libraries this year" … "will close its Harbour library in 2027")
  return kind !== undefined && head === kind && !conflicts(a, b).some((c) => c.field === 'time') && (a.values.time === undefined) === (b.values.time === undefined);
}

/**
 * An event denied of every one of a kind of thing and told of one of them by its name: "none of its
 * three factories would close" … "the Leeds factory, which will close next spring"; "no library in the
 * borough would close" … "Eastfield library … will shut permanently" (blind sets AE, F). The kind is
 * the noun after "no" or "none of (its, the) (three)"; the other telling names one of that kind just
 * before its verb ("the Leeds factory", "Eastfield library"). A denial told of a time covers that time
 * only: "will close no library this year" leaves "in 2027" alone.
 */
function deniedOfEvery(context: RuleContext<Options>, a: Claim, b: Claim): boolean {
  const { analysis, lexicon } = context;
  const [denied, told] = a.negated ? [a, b] : [b, a];
  const tokens = analysis.tokens;
  const before = (c: Claim, span: number) => {
    const at = partitionPoint(tokens.length, (k) => tokens[k]!.start < c.trigger.start);
    return tokens.slice(Math.max(0, at - span), at).filter((t) => t.sentence === c.sentence);
  };
  // the kind denied: "no library", "none of its three factories"
  const mine = before(denied, 10);
  let kind: string | undefined;
  // (and the other kinds a group denied names: "None of the passengers or crew members was injured")
  const kinds = new Set<string>();
  for (let k = 0; k < mine.length && kind === undefined; k++) {
    let j = k;
    if (mine[j]!.lower === 'no') j++;
    else if (mine[j]!.lower === 'none' && mine[j + 1]?.lower === 'of') j += 2;
    else continue;
    while (mine[j] && (mine[j]!.pos === 'DET' || mine[j]!.pos === 'PRON' || mine[j]!.pos === 'NUM' || mine[j]!.pos === 'ADJ')) j++;
    if (mine[j]?.pos === 'NOUN' && mine[j]!.lower !== 'one') kind = canon(lexicon, mine[j]!.lemma);
    for (; mine[j] && /^(?:NOUN|ADJ|DET|CCONJ)$/.test(mine[j]!.pos); j++) if (mine[j]!.pos === 'NOUN') kinds.add(canon(lexicon, mine[j]!.lemma));
  }
  if (kind === undefined) return false;
  // one of that kind named just before the other's verb: a name before the noun ("the Leeds factory")
  const theirs = before(told, 12);
  const named = theirs.some((t, k) => t.pos === 'NOUN' && canon(lexicon, t.lemma) === kind && theirs.slice(Math.max(0, k - 2), k).some((x) => x.pos === 'PROPN'));
  // or some of them, the subject of the other's verb: "None of the three guards was injured" … "One of
  // the guards was injured by flying glass" (blind set BI)
  const some = theirs.some(
    (t, k) =>
      t.pos === 'NOUN' &&
      canon(lexicon, t.lemma) === kind &&
      theirs[k - 1]?.lower === 'the' &&
      theirs[k - 2]?.lower === 'of' &&
      SOME_OF.test(theirs[k - 3]?.lower ?? '') &&
      theirs.slice(k + 1).every((x) => x.pos === 'AUX' || x.pos === 'ADV' || x.pos === 'PART'),
  );
  // or a number of them, the subject of the other's verb: "Two crew members suffered minor burns" (blind set BR)
  const counted = theirs.some(
    (t, k) =>
      t.pos === 'NUM' &&
      theirs.slice(k + 1).some((x, j) => x.pos === 'NOUN' && kinds.has(canon(lexicon, x.lemma)) && theirs.slice(k + 1, k + 1 + j).every((y) => y.pos === 'NOUN' || y.pos === 'ADJ') && theirs.slice(k + 2 + j).every((y) => y.pos === 'AUX' || y.pos === 'ADV' || y.pos === 'PART')),
  );
  if (!named && !some && !counted) return false;
  const span = (c: Claim) => c.values.time !== undefined || DENIAL_SPAN.test(analysis.doc.source.slice(c.start, c.end));
  return !span(denied) || (told.values.time !== undefined && denied.values.time !== undefined && sameDate(denied.values.time, told.values.time));
}

/** A span back from the story's time: "two years earlier", "three months ago", "a decade before". */
const TOLD_AGO = /\b(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|many|some|\d+) (?:years?|months?|decades?) (?:earlier|ago|before|previously)\b/i;

/** A day of this week: "today", "yesterday", "on Wednesday" (a weekday is read from the claim's time). */
const THIS_WEEK = /\b(?:today|yesterday|tonight|this (?:morning|afternoon|evening|week))\b/i;

/** A telling that points back to another occasion than the story's: "in that blaze", "during those raids", "at the time". */
const DISTAL = /\b(?:in|during|at|after|before|from|since) (?:that|those) (?!\d)\p{L}+|\bat the time\b/iu;

/**
 * A denial narrowed to one kind of the thing by what follows it: "has not been charged with any crime
 * related to his legislative votes" denies no charge of another kind ("faces five counts of wire fraud").
 */
function narrowedDenial(analysis: Analysis, c: Claim): boolean {
  return NARROWED.test(analysis.doc.source.slice(c.trigger.end, Math.max(c.end, c.trigger.end + 60)));
}

const NARROWED = /^[^.;]{0,40}?\b(?:related to|in connection with|connected (?:to|with)|linked to|involving|tied to|stemming from|arising from)\b/i;

/** One person's record told by a noun: "who had no previous convictions", "His previous conviction, for assault in 2019". */
function record(c: Claim): boolean {
  return c.subjects.length === 1 && c.modifiers.some((m) => m === 'previous' || m === 'prior');
}

/** A record narrowed to a kind ("no previous convictions for violence", "of dishonesty"): a part of it. */
function partOfRecord(analysis: Analysis, c: Claim): boolean {
  return /^\s*(?:for|of|involving)\b/i.test(analysis.doc.source.slice(c.trigger.end, c.trigger.end + 12));
}

function distalOccasion(analysis: Analysis, claim: Claim): boolean {
  return DISTAL.test(analysis.doc.source.slice(claim.start, claim.end)) && anotherTimeNear(analysis, claim.sentence);
}

/**
 * Whether the sentence, or the one before it, tells of another time than the story's: a year, or a
 * time back ("was also hit by a kitchen fire in 2021. None … in that blaze"); "that blaze" with no
 * other time near is the story's own fire (review).
 */
function anotherTimeNear(analysis: Analysis, sentence: number): boolean {
  return [sentence - 1, sentence].some((i) => i >= 0 && OTHER_TIME.test(analysis.sentences[i]?.text ?? ''));
}

/** A year, or a span back or a time named as before: "in 2021", "two years earlier", "last year", "previous". */
const OTHER_TIME = /\b(?:1[89]|20)\d\d\b|\b(?:earlier|previous|previously|last year|last month|years ago|months ago)\b/i;

/** Words for some of a group before "of the": "one of the guards", "two of the factories", "several of the staff". */
const SOME_OF = /^(?:one|two|three|four|five|six|seven|eight|nine|ten|\d+|some|several|many|most|all|both|each)$/;

/** A span of time a denial may be told of ("this year", "before 2030"): it covers that span only. */
const DENIAL_SPAN = /\b(?:this|next|last|the coming) (?:year|month|spring|summer|autumn|fall|winter|season)\b|\b(?:1[89]|20)\d\d\b/i;

/**
 * The definite noun phrase a verb's claim has for its subject where no name stands there ("the
 * container terminal would not close" → "container terminal"): its nouns and adjectives after "the",
 * up to the verb past auxiliaries, adverbs and a negation.
 */
function definiteSubject(analysis: Analysis, claim: Claim): string | undefined {
  const tokens = analysis.tokens;
  let k = partitionPoint(tokens.length, (i) => tokens[i]!.start < claim.trigger.start) - 1;
  while (k >= 0 && tokens[k]!.start >= claim.start && (tokens[k]!.pos === 'AUX' || tokens[k]!.pos === 'ADV' || tokens[k]!.pos === 'PART')) k--;
  const words: string[] = [];
  while (k >= 0 && tokens[k]!.start >= claim.start && (tokens[k]!.pos === 'NOUN' || tokens[k]!.pos === 'ADJ')) words.unshift(tokens[k--]!.lemma);
  return words.length > 0 && tokens[k]?.lower === 'the' && tokens[k + words.length]?.pos === 'NOUN' ? words.join(' ') : undefined;
}

/** The words of a claim's clause before its trigger. */
function clauseBefore(analysis: Analysis, claim: Claim): string {
  return analysis.doc.source.slice(claim.start, claim.trigger.start);
}

/** Denied of everyone it could befall: "no worker … would be laid off", "None of the 140 employees will be", "none would". */
function deniedOfAll(analysis: Analysis, claim: Claim): boolean {
  return /\b(?:no|none)\b/i.test(clauseBefore(analysis, claim));
}

/**
 * The noun after "no" ("no worker") names people the other telling's sentence names too, through the
 * synonyms ("120 employees"), or "no" has no noun ("no one", "none").
 */
function sameGroup(lexicon: CompiledLexicon, analysis: Analysis, denied: Claim, told: Claim): boolean {
  const noun = /\b(?:no\s+|none of\s+(?:(?:the|its|their|his|her)\s+)?)([a-z]+)/i.exec(clauseBefore(analysis, denied))?.[1]?.toLowerCase();
  if (!noun || noun === 'one') return true;
  const group = canon(lexicon, noun.replace(/(?<=[^s])s$/, ''));
  const sentence = analysis.sentences[told.sentence]!;
  return analysis.tokens.slice(sentence.tokenStart, sentence.tokenEnd).some((t) => canon(lexicon, t.lemma) === group);
}

/** "another vote", "the second meeting", "met again": a marker of a second event at the event's own words. */
function anotherNamed(analysis: Analysis, lexicon: CompiledLexicon, claim: Claim): boolean {
  const start = (claim.phrase ?? claim.trigger).start;
  const before = analysis.doc.source.slice(Math.max(claim.start, start - 12), start);
  return lexicon.repeatMarkers.test(before + analysis.doc.source.slice(start, Math.min(claim.end, claim.trigger.end + 8)));
}

/** The span of time a claim's figure is counted over, as written in its clause ("last year"), if any. */
function periodOf(analysis: Analysis, lexicon: CompiledLexicon, claim: Claim): string | undefined {
  const clause = analysis.doc.source.slice(claim.start, claim.end);
  // (or counted from a time on: "Since the onset of the monsoon on June 20, Himachal Pradesh has reported
  // 84 rain-related deaths" is a running total, not one event's toll; blind set BP)
  const period = lexicon.periodTimes.exec(clause) ?? /\bsince\b/i.exec(clause);
  if (!period) return undefined;
  // (but a count since a day of this week is the story's own toll so far: "the three deaths recorded since
  // Sunday" after "Two people have died" as the river burst its dykes; blind set BY)
  const from = /^since\s+(?:last\s+)?(\p{L}+)/iu.exec(clause.slice(period.index));
  if (from && lexicon.weekdays.includes(from[1]!.toLowerCase())) return undefined;
  // (a period that ranks the figure is not the figure's: "The death toll of 16 is the highest in a road
  // accident in the district this year" counts one crash's dead; blind set BR)
  if (RANKED.test(clause.slice(claim.trigger.end - claim.start, period.index))) return undefined;
  return period[0].toLowerCase();
}

/** A paragraph opening on another occurrence than the story's: "In a separate crash", "In another incident". */
const OTHER_OCCASION_OPENING = /^(?:in|at|during) (?:a (?:separate|second|different|similar|unrelated)|another)\b/i;

/** Words that rank a figure among others ("the highest … this year", "its worst … in a decade"). */
const RANKED = /\b(?:the|its|their|a)\s+(?:first|only|last|highest|lowest|worst|deadliest|biggest|largest|smallest|greatest|heaviest|most|fewest|longest|costliest|busiest|record)\b/i;

/** A claim told of another occurrence ("another fire", "a second derailment", "again"). */
function repeated(analysis: Analysis, lexicon: CompiledLexicon, claim: Claim): boolean {
  return lexicon.repeatMarkers.test(analysis.doc.source.slice(claim.start, claim.end));
}
