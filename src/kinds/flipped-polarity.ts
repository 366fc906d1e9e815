import type { CompiledLexicon } from '../lexicon/compile.js';
/**
 * flipped-polarity — an edit turned a statement into its opposite ("did not approve" became
 * "approved", "approved" became "rejected").
 *
 * What: a negation (not, never, no …) deleted or inserted by the edit, or a word swapped for its
 * antonym from the lexicon, outside quotation marks.
 * Why: the story now says the opposite. If that corrects an error the correction must be noted; if
 * not, it is the worst kind of slip.
 * Not a finding: a negation moved within the sentence, negations inside quotations (altered-quote).
 */
import { canon } from '../lexicon/compile.js';
import { qualifierAt } from '../claims/numbers.js';
import type { Token } from '../model/document.js';
import { defineKind, type OptionsOf, type OptionsSchema } from './kind.js';
import { capitalise, placeOf } from './describe.js';
import { boundedInTime, clauseReversals, firstPersonWord, issuerNamed, namesIn } from '../claims/reversal.js';
import { BODY_KINDS } from '../model/document.js';
import { bodyFirst, changedPairs, changeLocations, hunks, tokensIn, visibleSpan, whereNew } from './pairs.js';
import { blockWeight, confidence, minConfidence, restatement } from './confidence.js';
import { asksQuestion } from '../text/sentences.js';
import { pushTo } from '../base/arrays.js';
import { isPersonNoun } from '../lexicon/semantics.js';

/** Days of the week, years and times told from now ("last year", "yesterday"), which tell an occasion. */
const OCCASION = /\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|(?:in|since|of|by|during) (?:1[89]|20)\d\d|(?:this|last|next) (?:week|month|year|season|weekend)|yesterday|today|tonight)\b/g;

/** How surely a "not yet" dropped as the thing happened is a reversal: an update usually (info by default). */
const CAUGHT_UP = 0.4;

/** How sure a clause of the article is the report's, reversed, where the sentences are no close restatement. */
const CLAUSE_REVERSAL = 0.7;

/** Parts of speech that say what a word qualifies. */
const CONTENT = new Set(['NOUN', 'PROPN', 'VERB', 'ADJ', 'NUM']);

/** The most words an edit may change around a negation for it to reverse the sentence rather than add or cut a statement. */
const MAX_REVERSAL_WORDS = 8;

/**
 * The evidence of a word negated by its prefix ("aware" / "unaware"): as often a correction as a
 * reversal (judged FALSE on real revisions), so it sits clearly under the rule's line, worth a look
 * however the confidence model is refitted (at 0.65 it sat on the line, and a refit moved it over).
 */
const PREFIXED = 0.6;

const OPTIONS = {
  type: 'object',
  additionalProperties: false,
  properties: {
    minRestatement: {
      type: 'number',
      minimum: 0,
      maximum: 1,
      default: 0.45,
      description: 'Against a related report only: a sentence must restate the report\'s this closely to reverse it; looser matches talk about other things.',
    },
    nearRestatement: {
      type: 'number',
      minimum: 0,
      maximum: 1,
      default: 0.6,
      description: 'Against a related report only: from this similarity the opposite word may stand in the report sentence next to the one matched ("publicly" / a sentence on, "secretly").',
    },
    minConfidence: minConfidence('An antonym from the lexicon scores 0.85, a negation added or removed 0.8, a word negated by its prefix ("aware" / "unaware", as often a correction as a reversal) 0.6; against a report, less for a looser match.'),
    negationRestatement: {
      type: 'number',
      minimum: 0,
      maximum: 1,
      default: 0.65,
      description: 'Against a related report only: a negation counted over the report\'s sentence may belong to another clause; one matched this closely decides.',
    },
  },
} as const satisfies OptionsSchema;

export const flippedPolarity = defineKind<OptionsOf<typeof OPTIONS>>({
  name: 'flipped-polarity',
  scope: 'versions',
  summary: 'A statement turned into its opposite: a negation added or removed, or an antonym swapped in.',
  optionsSchema: OPTIONS,
  messages: {
    reversed: {
      template: {
        edit: 'Statement reversed in {where} ({change}): “{old}” became “{new}”',
        source: '{Where} says the opposite of {report}: “{new}” where the report says “{old}”',
      },
      vars: ['where', 'Where', 'change', 'old', 'new', 'report'],
    },
  },
  examples: [
    // a main clause reversed while the clause after it gained a denial of its own (blind set BO)
    { old: 'The commission did not approve a proposed station at Cedarvale Mall, asking staff to study whether a stop there would slow trains.\n', text: 'The commission approved a proposed station at Cedarvale Mall, after staff said a stop there would not slow trains.\n', findings: ['1:16 flipped-polarity Statement reversed in paragraph 1 (negation removed): “did not approve” became “approved”'] },
    // a vote told for the other side (blind set BQ)
    { old: 'Sen. Carla Mendez voted for Ellison on Tuesday after the nominee answered her questions in writing.\n', text: 'Sen. Carla Mendez voted against Ellison on Tuesday after the nominee answered her questions in writing.\n', findings: ['1:25 flipped-polarity Statement reversed in paragraph 1 (antonym swapped in): “for” became “against”'] },
    // a partitive subject denied ("None of them needed") agrees with the report's "None needed" (blind set BN)
    { text: 'The lifeboat crew brought them ashore at Beal at 2.05pm. None of them needed hospital treatment.\n', related: 'The four were brought ashore at Beal at 2.05pm. None needed hospital treatment.\n', findings: [] },
    // "no more than" bounds a figure: "be capped at" reverses nothing
    { old: 'Regulated fares will rise by no more than 4.6 per cent next year.', text: 'Regulated fares will be capped at 4.6 per cent next year.', findings: [] },
    { related: "Each turbine's rotor is 20 metres across and turns at no more than 14 revolutions per minute.", text: 'Each turbine has a rotor 20 metres in diameter that turns no faster than 14 revolutions a minute.\n', findings: [] },
    { old: 'The council did not approve the plan on Monday.', text: 'On Monday, the council did not approve the plan.', findings: [] },
    { old: 'He led the club to third place in the league this season.', text: 'He led the club to third place in the league last season.', findings: [] },
    {
      old: 'Cllr Hollis is widely expected to stand for the leadership, although he has not confirmed that he will.',
      text: 'Cllr Hollis is widely expected to stand for the leadership, though he has yet to confirm it.',
      findings: [],
    },
    { old: 'A young soldier has died after the truck he was travelling in left the road.', text: 'An 18-year-old soldier has died after the truck he was travelling in left the road.', findings: [] },
    // "new" stands in both ("more new queens"); the report's second "new" opposes nothing
    // a verb of saying with a thing for its object tells an act; an opening phrase of circumstance is not its subject
    // the body the report names in capitals ("the Council") is the article's "the council", and what is
    // denied is the recommendations, whoever's they are ("our" in the ombudsman's report; blind set AW)
    { related: 'The Council has accepted our recommendations.\n', text: "The council has not accepted the ombudsman's recommendations.\n", findings: ['1:17 related-polarity Paragraph 1 says the opposite of related.md: “not accepted” where the report says “accepted”'] },
    { related: 'Marrow did not admit the violations as part of the settlement.\n', text: 'Under the agreement, Marrow admitted the violations and will spend an estimated $4.1 million on new flare equipment.\n', findings: ['1:29 related-polarity Paragraph 1 says the opposite of related.md: “admitted” where the report says “not admit”'] },
    { related: 'Marrow did not admit that it had broken the law.\n', text: 'Marrow admitted that the flares had failed.\n', findings: [] },
    // a statement's "Mr Menon" is the story's "the surgeon", the label it gave "Rajiv Menon"; what the review's clause says is not what he is told of
    {
      related: 'Mr Menon has not been suspended. He has agreed not to operate while the review takes place.\n',
      text: 'Consultant spinal surgeon Rajiv Menon is under review.\n\nThe surgeon has been suspended while the review takes place.\n',
      findings: ['3:22 related-polarity Paragraph 2 says the opposite of related.md: “suspended” where the report says “not been suspended”'],
    },
    // (not where the report brings in another surgeon: "the surgeon" there may be either)
    {
      related: 'Consultant spinal surgeon Rajiv Menon is at the centre of a review.\n\nAnother surgeon at the hospital, David Okafor, faces separate allegations.\n\nThe surgeon has been suspended, the trust said.\n',
      text: 'Consultant spinal surgeon Rajiv Menon carried out many of the operations.\n\nMr Menon has not been suspended, the trust said.\n',
      findings: [],
    },
    // a report that tells the verb both ways has the article's side too
    { related: "Marrow Chemical did not admit the violations in 2019, but admitted them at Tuesday's hearing.\n", text: 'Marrow Chemical admitted the violations.\n', findings: [] },
    { related: "A new study from University College Cork suggests that bumblebee colonies near mature hedgerows produce substantially more new queens than colonies in open fields.\n", text: "Bumblebee colonies living close to old hedgerows produce far more new queens than those in open farmland, according to a study by researchers at University College Cork (UCC).\n", findings: [] },
    // "not expected until later in the week" says when, as "expected later this week" does
    { related: "Preliminary results showed 40.9 percent for the list. Official results are expected from the State Election Committee later this week.\n", text: "The preliminary count put the list's share at 40.9 percent. Official results are not expected until later in the week.\n", findings: [] },
    // an ordinal in the report's next paragraph ranks another city's list (blind set J, moved here)
    { related: "In Osijek, the list of Branimir Glavaš, who was recently expelled from the Croatian Democratic Union (HDZ), appeared to be in the lead according to exit polls, with 27.24 percent, which would equal nine seats in the city assembly. The Liberal Party had 18.47 percent (six seats), and the Croatian Party of Rights was third with 14.5 percent (four seats).\n\nAccording to GONG, the Social Democratic Party has a lead in Split with 29.02 percent of the vote (10 seats), while the Croatian Democratic Union follows with 18.54 percent (six seats).\n\nFinal results are expected from the State Election Committee later this week.\n", text: "In Split, Croatia's second-largest city, the Social Democrats lead with 29.02 percent of the vote and 10 seats, with the HDZ second on 18.54 percent and six seats.\n", findings: [] },
    // a word of a name, and "the first … since" that agrees with "the last"
    { related: 'Hunter died of cancer in a hospice in Huddersfield, northern England.', text: 'Hunter died of cancer at a hospice in Huddersfield, West Yorkshire.', findings: [] },
    { related: 'The rangers have completed the puffin census, the first full count of the colony since 2003.', text: 'The rangers found 36,500 breeding pairs, down by a quarter since the last full count of the colony in 2003.', findings: [] },
    // a negation inside a condition reverses nothing
    {
      old: 'Denise Harlow said nurses were prepared to extend the strike.',
      text: 'Denise Harlow said nurses were prepared to extend the strike if the hospital did not return to the table.',
      findings: [],
    },
    // a clause of a sentence that says much else, reversed: the same verb, of the same road
    // a statement's "we" is its issuer, whom the article names; "no evidence that" denies the clause it opens
    // (the issuer is one the report names, and not what the clause is done to)
    { related: '# Statement from Northway Buses\n\nWe will not close the Hollins Road depot this year. Subject to consultation, we expect the move to take place next spring.', text: 'Northway Buses will close its Hollins Road depot before the end of the year, moving its staff to Salter Street, the firm has confirmed.\n', findings: ['1:21 related-polarity Paragraph 1 says the opposite of related.md: “close” where the report says “not close”'] },
    { related: 'We have not closed the Mallard Centre car park, the council said.', text: 'The owners of the Mallard Centre have closed the car park.\n', findings: [] },
    { related: 'Residents will not face higher bills next year, the council said.', text: 'Could residents face higher bills next year? The council said they would not.\n', findings: [] },
    { related: "At this stage there is no evidence that residents' personal data has been accessed.", text: "The council confirmed that residents' personal data had been accessed in the attack.\n", findings: ["1:62 related-polarity Paragraph 1 says the opposite of related.md: “accessed” where the report says “no evidence that residents' personal data has been accessed”"] },
    { related: 'The A635 was closed in both directions between Holme and the county boundary at 7.15am to allow access for fire appliances.', text: 'The A635 was not closed at any point, but police asked drivers to avoid the area because of smoke.\n', findings: ['1:14 related-polarity Paragraph 1 says the opposite of related.md: “not closed” where the report says “closed”'] },
    // an aim ("on track to complete") or a choice ("choosing not to look into") is no statement that it
    // happened; "found no evidence" denies as "has not found evidence" does
    { related: 'We are on track to complete stock condition surveys of every home by the end of next year.', text: 'The regulator said Harbourside had not completed stock condition surveys for around 6,500 of its 18,000 homes.\n', findings: [] },
    { related: 'Choosing not to look into the suspicious nature of the payments, they said, was equivalent to accepting that they were illegal.', text: 'Deliberately failing to investigate payments that looked suspicious, they wrote, amounted to accepting that they were illegal.\n', findings: [] },
    { related: 'The authorities have not found evidence of poison, officials said.', text: 'The authorities, which have launched an investigation, have found no evidence of poison.\n', findings: [] },
    // a word the report itself uses of the same thing is the report's too ("an undamaged tank"; blind set AI)
    {
      related: 'Watchstanders received a report at approximately 5:40 a.m. Monday, June 9, from the operator of the tug Capt. Ed Lamb that the tank barge Miss Dora, which the tug was pushing upriver, had struck a submerged object and was leaking diesel fuel from a damaged cargo tank.\n\nAn estimated 4,200 gallons of diesel fuel was discharged before the crew transferred the remaining cargo from the damaged tank to an undamaged tank aboard the barge. The barge was carrying approximately 210,000 gallons of diesel fuel.',
      text: 'The barge, Miss Dora, was being pushed upriver by the tug Capt. Ed Lamb when it hit the object at about 5:40 a.m. Monday, damaging one of its cargo tanks. The crew stopped the leak by pumping the rest of the fuel in that tank into an undamaged tank on the barge, which was carrying about 210,000 gallons in all.',
      findings: [],
    },
    // "said" is no opposite of "reduce": "add", one of the verbs of saying, is no antonym in the lexicon (blind set BM)
    { related: "Under the proposals, the university would reduce its workforce by up to 280 full-time-equivalent posts over the next 12 months. It will open a voluntary severance scheme to all staff on 6 May, and hopes to keep compulsory redundancies to a minimum.\n", text: "A voluntary severance scheme will open to all staff on 6 May, and the university said it hoped to keep compulsory redundancies to a minimum. Formal consultation with unions is due to begin next week.\n", findings: [] },
    // "add" is a verb of saying and a deed: "added 12 bus routes" is the opposite of "removed" (review), "said" is not
    { related: 'The county council removed 12 bus routes from its subsidised network this year following the review.', text: 'The county council added 12 bus routes to its subsidised network this year, a spokesman said.\n', findings: ['1:20 related-polarity Paragraph 1 says the opposite of related.md: “added” where the report says “removed”'] },
    // (not of two bodies each side names alone, nor on two occasions; review)
    { related: 'County Connect removed 12 bus routes in its September service change, citing driver shortages.', text: 'Metro Transit added 12 bus routes in its September service change.\n', findings: [] },
    { related: 'The county council removed 12 bus routes from its subsidised network in 2024.', text: 'The county council added 12 bus routes to its subsidised network in 2022.\n', findings: [] },
    // ("Biden" is the report's "Joe Biden": a name is the other side's where its last word stands there; SummEdits)
    { related: "The Biden administration unveiled new details Thursday of how it will seek to get the most bang for the billions it has at its disposal to spur the semiconductor sector in the U.S.\n\nPresident Joe Biden signed the CHIPS Act last year.", text: "The Biden administration is unveiling goals Thursday for how it will seek to get the most bang for the millions it has at its disposal to spur the semiconductor sector in the U.S.\n", findings: ['1:104 related-polarity Paragraph 1 says the opposite of related.md: “millions” where the report says “billions”'] },
    // opposites told of two things: the costs rise, the prices fall (blind set AK)
    { related: 'The closure of the smelter follows a steep fall in copper prices, which have dropped by a third since 2022, and higher energy costs.', text: 'The company blamed a slump in copper prices and rising energy costs for the closure of the smelter.', findings: [] },
    // a verb denied of other things, on another day, or up to now against a day it happened
    { related: 'The driver was injured when the bus hit a wall on the A59 on Monday.', text: 'No passengers were injured when the bus hit a wall on the A59 on Monday.\n', findings: [] },
    { related: 'Tesco raised the price of its own-brand butter by 10p on Monday.', text: 'Tesco did not raise the price of its own-brand milk, but increased the cost of butter by 10p.\n', findings: [] },
    { related: 'Pupils at Oakfield Primary attended lessons in the church hall on Tuesday.', text: 'Pupils at Oakfield Primary did not attend lessons on Monday after the flood.\n', findings: [] },
    { related: 'The company paid the fine in full on Thursday, a spokesman confirmed.', text: 'The company has not paid the fine, the regulator said on Monday.\n', findings: [] },
    { related: 'Dunmore scored twice in the second half at Kinsey Park to come from behind against Harlow Town.', text: 'Harlow Town did not score in the second half as Dunmore held on to win 2-1 at Kinsey Park.\n', findings: [] },
    // another airport, another year, a denial bounded in time; the same plan
    { related: 'Flight BA117 landed at Gatwick at 6.10pm after a diversion.', text: 'Flight BA117 did not land at Heathrow as planned.\n', findings: [] },
    { related: 'The prime minister attended the Nato summit last year.', text: 'The prime minister did not attend the Nato summit this year.\n', findings: [] },
    { related: 'Ambulance crews reached the woman at 11.40pm.', text: 'Ambulance crews did not reach the woman for four hours.\n', findings: [] },
    { related: 'Bird flu was not deemed to be a threat to humans until 1997, after an outbreak in Hong Kong.', text: 'Bird flu was deemed to be a threat to humans until 1997, after an outbreak in Hong Kong.\n', findings: ['1:14 related-polarity Paragraph 1 says the opposite of related.md: “deemed” where the report says “not deemed”'] },
    // the report denies it in an aside, the article in its main clause: one denial
    { related: 'Species such as Usnea (beard lichens), which had not been recorded at any urban site in the 2010 survey, were found at 17 urban sites.', text: 'The most striking arrival is Usnea, a genus of beard lichens that had not been recorded at any urban site in 2010.\n', findings: [] },
    // (and a negation in an aside is not shown as the report's)
    { related: 'The man, who has not been named, appeared before magistrates on Monday.', text: 'The man, who has been named locally, did not appear before magistrates on Monday.\n', findings: ['1:42 related-polarity Paragraph 1 says the opposite of related.md: “not appear” where the report says “appeared”'] },
    // both clauses restated: the one the negation stands in is reversed, however the other matches
    { related: 'The death is not being treated as suspicious, and a file will be prepared for the coroner.', text: 'Police said the death was being treated as suspicious, and a file will be prepared for the coroner.\n', findings: ['1:33 related-polarity Paragraph 1 says the opposite of related.md: “treated” where the report says “not being treated”'] },
    // a day in a relative clause is when its own verb happened ("dogs that swam … the week of July 8"),
    // not when the main clause's did
    { related: 'Two dogs died after swimming near the north shore the week of July 8. The bloom has not been linked to the deaths of the two dogs.\n', text: 'The bloom has been linked to the deaths of two dogs that swam near the north shore during the week of July 8.\n', findings: ['1:20 related-polarity Paragraph 1 says the opposite of related.md: “linked” where the report says “not been linked”'] },
    // (what "to" brings after the verb says what it was linked to; a day in a relative clause on the
    // verb's own noun may say when it happened)
    { related: 'The bloom has not been linked to the deaths of two dogs.\n', text: 'The bloom has been linked to the closure of two beaches that reopened on July 8.\n', findings: [] },
    { related: 'The board did not approve the merger at its meeting on June 2.\n', text: 'The board approved the merger at a meeting that was held on July 14.\n', findings: [] },
    { related: 'Councillors approved the plan on Monday after a two-hour debate.', text: 'Councillors did not approve the housing plan on Monday after a two-hour debate.\n', findings: ['1:17 related-polarity Paragraph 1 says the opposite of related.md: “not approve” where the report says “approved”'] },
    { old: 'The council did not approve the plan.', text: 'The council approved the plan.', findings: ['1:13 flipped-polarity Statement reversed in paragraph 1 (negation removed): “did not approve” became “approved”'] },
    // a denial narrowed to the rest of a list reverses it for the first (blind set AU); (not where the verb now tells of another)
    { old: 'The scheme will not apply to town-centre streets, main roads or areas covered by CCTV.', text: 'The scheme will apply to town-centre streets, but not to main roads or areas covered by CCTV.', findings: ['1:17 flipped-polarity Statement reversed in paragraph 1 (negation removed): “not apply” became “apply”'] },
    { old: 'The ban does not apply to children.', text: 'The ban applies to adults but not to children.', findings: [] },
    // what had not yet happened and now has is an update: worth a look (info), no reversal
    { old: 'The council has not yet approved the plan.', text: 'The council approved the plan.', findings: ['1:1 flipped-polarity Statement reversed in paragraph 1 (negation removed): “has not yet” became “(nothing)”'] },
    // a plea of not guilty denies no guilt the old version gave: it tells something new
    { old: 'A Neosho man has been charged with stealing 46 bronze grave markers, police said.', text: 'A Neosho man pleaded not guilty Wednesday to stealing 46 bronze grave markers, police said.', findings: [] },
    // "defeating" someone is a victory; being defeated is a defeat (blind set CC)
    { old: 'Dolores Green appeared headed for victory on Tuesday night in the runoff.\n', text: 'Dolores Green won Tuesday\'s runoff, defeating Keisha Thompson by fewer than 200 votes.\n', findings: [] },
    { old: 'Dolores Green appeared headed for victory on Tuesday night in the runoff.\n', text: 'Dolores Green appeared headed for defeat on Tuesday night in the runoff.\n', findings: ['1:35 flipped-polarity Statement reversed in paragraph 1 (antonym swapped in): “victory” became “defeat”'] },
    { old: 'The council approved the plan.', text: 'The council rejected the plan.', findings: ['1:13 flipped-polarity Statement reversed in paragraph 1 (antonym swapped in): “approved” became “rejected”'] },
    // people counted apart are other people: "two children" → "one man" reverses nothing
    { old: 'Nine people, among them two children, were taken to hospital in Ermoupoli.', text: 'Most had cuts and bruises, and one man was treated at the hospital in Ermoupoli.', findings: [] },
    { related: 'The council approved the plan on Monday, the mayor said.', text: 'The council rejected the plan on Monday.', findings: ['1:13 related-polarity Paragraph 1 says the opposite of related.md: “rejected” where the report says “approved”'] },
  ],
  check(context) {
    const versions = context.versions;
    if (!versions) return;
    const { lexicon, options } = context;
    const source = versions.mode.name === 'source';
    // the names the report gives anywhere (a statement's heading names its issuer)
    const reportNames = source ? namesIn(versions.old) : new Set<string>();
    // against a report, one contradiction is told once: body sentences before the headline that
    // compresses them, each word pair once, and each report word opposed by one article word
    const pairs = changedPairs(context);
    const ordered = source ? bodyFirst(pairs) : pairs;
    const toldPairs = new Set<string>();
    // the article's sentences found reversing a report's
    const reversed = new Set<number>();
    const usedReportWords = new Set<number>();
    // words are compared by lemma, as the synonym groups fold them, comparatives by their base
    // (a verb of saying that is also a deed keeps its own lemma where an object follows it: "added 12 bus
    // routes" is no "said", and "add" / "remove" are opposites)
    const tokensOf = (t: Token) => (versions.old.tokens[t.i] === t ? versions.old.tokens : context.analysis.tokens);
    const deed = (t: Token) => lexicon.speechVerbs.has(t.lemma) && /^(?:DET|NUM|NOUN|PROPN|ADJ)$/.test(tokensOf(t)[t.i + 1]?.pos ?? '');
    const key = (t: Token) => (deed(t) ? t.lemma : comparativeBase(lexicon, canon(context.lexicon, t.lemma)));
    // the report's words outside quotations, by that key (read once, when first asked)
    let reportKeyMap: Map<string, Token[]> | undefined;
    const allReportKeys = () => {
      if (!reportKeyMap) {
        reportKeyMap = new Map();
        for (const t of versions.old.tokens) if (t.quote < 0) pushTo(reportKeyMap, key(t), t);
      }
      return reportKeyMap;
    };
    // (bodies and people as the entities name them, whatever type they were read as; not months: "in its
    // September service change")
    const actors = (analysis: typeof versions.old, sentences: ReadonlySet<number>) =>
      new Set(analysis.mentions.filter((m) => sentences.has(m.sentence) && !m.inQuote && (analysis.entityById.get(m.entity)?.type ?? 'place') !== 'place').map((m) => analysis.entityById.get(m.entity)!.name.toLowerCase()));
    // (a name is the other side's where its last word stands there: "Biden" is the report's "Joe Biden";
    // each side's words read once, when first asked)
    const wordSets = new Map<typeof versions.old, Set<string>>();
    const namedThere = (name: string, analysis: typeof versions.old) => {
      let words = wordSets.get(analysis);
      if (!words) wordSets.set(analysis, (words = new Set(analysis.tokens.map((t) => t.lower))));
      return words.has(name.split(/\s+/).pop()!);
    };
    const occasions = (texts: string[]) => new Set(texts.flatMap((t) => t.toLowerCase().match(OCCASION) ?? []));
    for (const pair of ordered) {
      // against a report, only a sentence that restates one of the report's closely enough can reverse it
      if (source && (pair.pair.similarity ?? 0) < options.minRestatement) continue;
      const oldTokens = pair.oldSentences.flatMap((s) => versions.old.tokens.slice(s.tokenStart, s.tokenEnd).filter((t) => t.quote < 0));
      const newTokens = pair.newSentences.flatMap((s) => context.analysis.tokens.slice(s.tokenStart, s.tokenEnd).filter((t) => t.quote < 0));
      // "has not yet set a date" → "No date has been set": the negation moved, the sentence still denies
      // "without knowing" → "did not know" keeps its sense: a denying word balances a negation, though
      // it is never one an edit adds or drops on its own
      const parity = (denying: boolean) => negationCount(lexicon, oldTokens, denying) % 2 !== negationCount(lexicon, newTokens, denying) % 2;
      const negationFlipped = parity(false) && parity(true) && !prefixNegation(oldTokens.map((t) => t.lower), newTokens.map((t) => t.lower));
      const report = (before: Token[], after: Token[], what: string, sure: number) => {
        for (const sentence of pair.newSentences) reversed.add(sentence.index);
        const where = whereNew(pair);
        const text = (list: Token[]) => list.map((t) => t.text).join(' ') || '(nothing)';
        const span = (list: Token[], sentences: typeof pair.oldSentences) => (list.length ? { start: list[0]!.start, end: list[list.length - 1]!.end } : visibleSpan({ start: sentences[0]!.start, end: sentences[0]!.start }, sentences));
        context.report({
          confidence: confidence(sure, blockWeight(pair.newSentences[0]), restatement(versions.mode, pair.pair.similarity)),
          message: 'reversed',
          data: { where, Where: capitalise(where), change: what, old: text(before), new: text(after), report: versions.old.doc.path },
          locations: changeLocations(context, span(after, pair.newSentences), span(before, pair.oldSentences)),
          evidence: { expected: text(before), actual: text(after), change: what },
        });
      };
      // a word swapped for its opposite anywhere in the two sentences: from the lexicon, one of an
      // exclusive set (first / fourth, blue / white), or the same word with a negating prefix (crewed / uncrewed)
      const newKeys = new Set(newTokens.map(key));
      const oldKeys = new Set(oldTokens.map(key));
      // words one side has more of than the other ("weaker …, and weaker" / "stronger …, and weaker")
      const extra = (mine: Token[], theirs: Token[], all: Token[]) => {
        const left = new Map<string, number>();
        for (const t of theirs) left.set(key(t), (left.get(key(t)) ?? 0) + 1);
        return mine.filter((t) => {
          const n = left.get(key(t)) ?? 0;
          if (n > 0) left.set(key(t), n - 1);
          return n === 0 && !pointsInTime(lexicon, t, all);
        });
      };
      const oldOnly = extra(oldTokens, newTokens, versions.old.tokens);
      const newOnly = extra(newTokens, oldTokens, context.analysis.tokens);
      // against a report, the opposite may stand in a sentence next to the one matched ("publicly"
      // where the report, a sentence on, says "secretly"), but only when the match is a close
      // restatement; the article's word must then appear nowhere in the report
      const near = new Set(pair.pair.old.flatMap((i) => ((pair.pair.similarity ?? 0) >= options.nearRestatement ? [i - 1, i, i + 1] : [i])));
      // a report word the article also uses is no opposite of another article word ("the first team
      // for the last 11 matches")
      const reportTokens = source ? versions.old.tokens.filter((t) => t.quote < 0 && near.has(t.sentence) && !newKeys.has(key(t)) && !pointsInTime(lexicon, t, versions.old.tokens)) : [];
      const reportKeys = new Set(reportTokens.map(key));
      // "were not vaccinated" and "unvaccinated", "did not approve" and "rejected" say the same: a word
      // negated on one side only agrees with its opposite
      const negatedHere = (t: Token, tokens: Token[]) => tokens.slice(Math.max(0, t.i - 3), t.i).some((w) => w.sentence === t.sentence && isNegation(lexicon, w, tokens));
      // "West" / "western" are one word in two forms, whatever sets they stand in
      const oneWord = (o: Token, n: Token) => o.lower.length >= 4 && n.lower.length >= 4 && (o.lower.startsWith(n.lower) || n.lower.startsWith(o.lower));
      // a word of a name states nothing ("West Yorkshire" / "northern England"): a changed place is
      // changed-entity's to tell
      const named = (t: Token) => t.pos === 'PROPN';
      // "the first full count since 2003" says that 2003's was the last: the two agree
      const firstSince = (t: Token, tokens: Token[]) => t.lower === 'first' && tokens.slice(t.i + 1, t.i + 8).some((w) => w.sentence === t.sentence && w.lower === 'since');
      const recurrence = (o: Token, n: Token) => (o.lower === 'last' && firstSince(n, context.analysis.tokens)) || (n.lower === 'last' && firstSince(o, versions.old.tokens));
      // "old" in "18-year-old" is part of a compound, no word of its own ("A young soldier" / "An 18-year-old soldier")
      const compound = (t: Token, tokens: Token[]) => (!t.spaced && tokens[t.i - 1]?.text === '-') || (tokens[t.i + 1]?.text === '-' && tokens[t.i + 1]!.spaced === false);
      // a word both sentences use is a side of a swap only where the edit put one in the other's place
      // ("weaker …, and weaker" → "stronger …, and weaker"), not because one side says it twice ("old
      // hedgerows … new queens" / "A new study … mature hedgerows … new queens")
      const edits = hunks(pair);
      const inOneHunk = (o: Token, n: Token) => edits.some((h) => h.oldSpan.start < o.end && o.start < h.oldSpan.end && h.newSpan.start < n.end && n.start < h.newSpan.end);
      // (which of the two "weaker"s is left over is a matter of counting: the one the edit replaced is meant)
      const replaced = (o: Token, n: Token) => oldTokens.find((t) => key(t) === key(o) && inOneHunk(t, n));
      // people counted or brought in apart are other people, not a statement reversed: "two children" →
      // "one man" ("a man" → "a woman" is the same one told another way)
      const otherPeople = (o: Token, n: Token) => isPersonNoun(key(o)) && isPersonNoun(key(n)) && versions.old.tokens[o.i - 1]?.lower !== context.analysis.tokens[n.i - 1]?.lower;
      const opposite = (o: Token, n: Token) =>
        ((!newKeys.has(key(o)) && !oldKeys.has(key(n))) || replaced(o, n) !== undefined) &&
        !overcoming(o, versions.old.tokens) &&
        !overcoming(n, context.analysis.tokens) &&
        !oneWord(o, n) &&
        !compound(o, versions.old.tokens) &&
        !compound(n, context.analysis.tokens) &&
        !named(o) &&
        !named(n) &&
        !recurrence(o, n) &&
        !otherPeople(o, n) &&
        (context.lexicon.antonyms.get(key(o))?.has(key(n)) === true || prefixed(lexicon, o, n)) &&
        negatedHere(o, versions.old.tokens) === negatedHere(n, context.analysis.tokens);
      // against a report the two words must qualify the same thing: a word beside each is the same
      // ("a public employer" / "the largest private employer"; not "made public" / "private employer")
      const neighbours = (t: Token, tokens: Token[]) => {
        const around: string[] = [];
        for (const step of [-1, 1]) {
          for (let k = t.i + step, seen = 0; k >= 0 && k < tokens.length && seen < 2 && tokens[k]!.sentence === t.sentence; k += step) {
            if (!CONTENT.has(tokens[k]!.pos)) continue;
            around.push(key(tokens[k]!));
            seen++;
          }
        }
        return around;
      };
      // (against a report, two bodies or people each side names alone do two things: "Metro Transit
      // added 12 bus routes" / the report's "County Connect removed 12 bus routes"; review)
      // (the article's names read only for a pair of opposites)
      let mine: string[] | undefined;
      const twoActors = (o: Token) => {
        mine ??= [...actors(context.analysis, new Set(pair.newSentences.map((x) => x.index)))];
        const theirs = [...actors(versions.old, new Set([o.sentence]))];
        if (mine.length === 0 || theirs.length === 0) return false;
        return mine.every((w) => !namedThere(w, versions.old)) && theirs.every((w) => !namedThere(w, context.analysis));
      };
      // (and two days or years told apart are two occasions: "added 12 routes in 2022" / "removed 12
      // routes in 2024"; review)
      const now = occasions(pair.newSentences.map((x) => x.text));
      const apart = (o: Token) => {
        const then = occasions([versions.old.sentences[o.sentence]!.text]);
        return then.size > 0 && now.size > 0 && ![...now].some((t) => then.has(t));
      };
      const sameThing = (o: Token, n: Token) => {
        if (!source) return true;
        if (twoActors(o) || apart(o)) return false;
        // where each word's place shows the noun it tells of, the nouns must be one ("a slump in nickel
        // prices and rising costs" / "a decline in nickel prices": the costs rise, the prices fall), by
        // lemma, as the synonym groups fold "costs" into "prices"
        const [thingO, thingN] = [thingOf(o, versions.old.tokens), thingOf(n, context.analysis.tokens)];
        if (thingO && thingN) return thingO.lemma === thingN.lemma;
        const theirs = new Set(neighbours(o, versions.old.tokens));
        return neighbours(n, context.analysis.tokens).some((w) => theirs.has(w));
      };
      // words of one exclusive set (ordinals, colours) oppose each other only inside the sentences matched
      const excluded = (o: Token, n: Token) => lexicon.exclusiveSet.get(o.lower) !== undefined && lexicon.exclusiveSet.get(o.lower) === lexicon.exclusiveSet.get(n.lower);
      const matched = new Set(pair.pair.old);
      // (against a report, an article word the report itself uses of the same thing anywhere is the
      // report's too: "into an undamaged tank" where it tells of "the damaged tank" and "an undamaged tank")
      const fromReport = (n: Token) => {
        if (!source) return false;
        const thing = thingOf(n, context.analysis.tokens);
        return thing !== undefined && (allReportKeys().get(key(n)) ?? []).some((t) => thingOf(t, versions.old.tokens)?.lemma === thing.lemma);
      };
      const swap =
        newOnly.filter((n) => !fromReport(n)).map((n) => ({ n, o: oldOnly.find((o) => opposite(o, n) && sameThing(o, n)) })).find((x) => x.o !== undefined) ??
        newOnly.filter((n) => source && !reportKeys.has(key(n)) && !fromReport(n)).map((n) => ({ n, o: reportTokens.find((o) => opposite(o, n) && sameThing(o, n) && (matched.has(o.sentence) || !excluded(o, n))) })).find((x) => x.o !== undefined);
      if (swap && newKeys.has(key(swap.o!))) swap.o = replaced(swap.o!, swap.n) ?? swap.o;
      if (swap) {
        const told = `${key(swap.o!)}\u0000${key(swap.n)}`;
        if (source && (toldPairs.has(told) || usedReportWords.has(swap.o!.i))) continue;
        toldPairs.add(told);
        usedReportWords.add(swap.o!.i);
        report([swap.o!], [swap.n], 'antonym swapped in', prefixed(lexicon, swap.o!, swap.n) ? PREFIXED : 0.85);
        continue;
      }
      // in an edit, a denial narrowed to the rest of a list ("will not apply to town-centre streets, main
      // roads or areas" → "will apply to town-centre streets, but not to main roads or areas") now affirms
      // what it denied of the first: the negations balance, but that statement is reversed
      const narrowed = !source && !negationFlipped ? narrowedDenial(lexicon, oldTokens, newTokens, key) : undefined;
      if (narrowed) {
        report(narrowed.before, narrowed.after, 'negation removed', 0.8);
        continue;
      }
      // in an edit, a main clause reversed while the clause after it gained or lost a denial of its own
      // ("The commission did not approve a station …, asking staff to study whether a stop would slow
      // trains" → "approved a station …, after staff said a stop would not slow trains"; blind set BO): the
      // sentence's negations balance, the main clause's do not
      const main = !source && !negationFlipped ? mainClauseReversed(lexicon, oldTokens, newTokens, key) : undefined;
      if (!negationFlipped && !main) continue;
      // the negation itself, where it stands
      const negOld = oldTokens.filter((t) => isNegation(lexicon, t, oldTokens));
      const negNew = newTokens.filter((t) => isNegation(lexicon, t, newTokens));
      if (source) {
        // a question asserts nothing ("Could residents face higher bills? The council said they would not.")
        if (pair.newSentences.some((x) => asksQuestion(x.text))) continue;
        // a negation counted over two report sentences may belong to either: one sentence must match closely
        if (pair.pair.old.length !== 1 || (pair.pair.similarity ?? 0) < options.negationRestatement) continue;
        // one side quoting what the other tells in its own words ("'It mightn't kill you'" / "might not
        // kill them"): the quotation's words are not counted, so neither is the comparison
        const quoted = (sentences: typeof pair.oldSentences, tokens: Token[]) => {
          const words = sentences.flatMap((s) => tokens.slice(s.tokenStart, s.tokenEnd)).filter((t) => /[\p{L}\p{N}]/u.test(t.text));
          return words.length ? words.filter((t) => t.quote >= 0).length / words.length : 0;
        };
        if (Math.abs(quoted(pair.oldSentences, versions.old.tokens) - quoted(pair.newSentences, context.analysis.tokens)) > 0.5) continue;
        // (two days or years told apart are two occasions: "did not attend lessons on Monday" / "attended
        // lessons on Tuesday")
        const then = occasions(pair.oldSentences.map((x) => x.text));
        if (then.size > 0 && now.size > 0 && ![...now].some((t) => then.has(t))) continue;
        // the report's sentence may join two statements ("I have done nothing wrong, and the report found
        // no evidence …"): the negations of the clause the article restates are the ones that count
        const clause = matchingClause(lexicon, oldTokens, newTokens, key);
        if (negationCount(lexicon, clause) % 2 === negationCount(lexicon, newTokens) % 2) continue;
        if (negationCount(lexicon, clause, true) % 2 === negationCount(lexicon, newTokens, true) % 2) continue;
        // what the negation denies must stand on both sides ("not guilty" against a sentence with no
        // "guilty" in it is another statement, not this one reversed)
        const denied = (tokens: Token[]) => tokens.filter((t) => isNegation(lexicon, t, tokens)).map((t) => deniedWord(lexicon, tokens, t));
        const lemmasOf = (tokens: Token[]) => new Set(tokens.map(key));
        const oldLemmas = lemmasOf(clause);
        const newLemmas = lemmasOf(newTokens);
        if (![...denied(newTokens).map((w) => w && oldLemmas.has(key(w))), ...denied(clause).map((w) => w && newLemmas.has(key(w)))].some(Boolean)) continue;
        // a denial one side makes in an aside and the other in its main clause is one denial ("Usnea,
        // which had not been recorded at any urban site, was found" / "Usnea had not been recorded")
        const denials = (tokens: Token[], inAside: boolean) => new Set(negationsIn(lexicon, tokens, inAside).flatMap((t) => deniedWord(lexicon, tokens, t) ?? []).map(key));
        const shared = (a: Set<string>, b: Set<string>) => [...a].some((w) => b.has(w));
        if (shared(denials(clause, true), denials(newTokens, false)) || shared(denials(newTokens, true), denials(clause, false))) continue;
        // and so must what the denied verb is told of, by the head of each noun: "did not raise the price
        // of its own-brand milk" reverses no "raised the price of its own-brand butter"
        const objectOf = (tokens: Token[]) => {
          const at = tokens.findIndex((t) => isNegation(lexicon, t, tokens));
          const verb = at < 0 ? -1 : tokens.findIndex((t, k) => k > at && t.pos === 'VERB');
          const out: Token[] = [];
          for (let k = verb + 1; verb >= 0 && k < tokens.length && k < verb + 12; k++) {
            const w = tokens[k]!;
            if ((w.pos === 'PUNCT' && w.text !== '-') || w.pos === 'VERB' || w.pos === 'AUX' || (w.pos === 'ADP' && w.lower !== 'of')) break;
            // (the last noun of each run: "the housing plan" is a plan, "its own-brand milk" milk; a possessor
            // is whose it is, which a report tells as "our": "the ombudsman's recommendations" are recommendations)
            const possessor = /^['’]s$/.test(tokens[k + 1]?.lower ?? '');
            if ((w.pos === 'NOUN' || w.pos === 'PROPN') && tokens[k + 1]?.pos !== 'NOUN' && tokens[k + 1]?.pos !== 'PROPN' && !possessor) out.push(w);
          }
          return out;
        };
        const deniedSide = negationCount(lexicon, newTokens) > 0 ? { tokens: newTokens, other: oldLemmas } : { tokens: clause, other: newLemmas };
        // (a denial bounded in time, "did not reach the woman for four hours", says when; bounded alike on both
        // sides, "was not deemed a threat until 1997" / "was deemed a threat until 1997", it is reversed)
        const otherTokens = deniedSide.tokens === newTokens ? clause : newTokens;
        if (objectOf(deniedSide.tokens).some((t) => !deniedSide.other.has(key(t))) || (boundedInTime(deniedSide.tokens) && !boundedInTime(otherTokens))) continue;
        // a report's "we" is its issuer: the article's subject must name one the report names, and not
        // the thing the clause is done to ("We have not closed the Mallard Centre car park" / "The owners
        // of the Mallard Centre have closed the car park")
        const subjectOf = (tokens: Token[]) => tokens.slice(0, Math.max(0, tokens.findIndex((t) => t.pos === 'VERB' || t.pos === 'AUX')));
        if (subjectOf(clause).some(firstPersonWord)) {
          const names = subjectOf(newTokens).filter((t) => t.pos === 'PROPN').map((t) => t.lower);
          if (!issuerNamed(names, reportNames, new Set(clause.map((t) => t.lower)))) continue;
        }
        // (the negations counted: one in an aside is not the statement's, and is not shown as it)
        // (each side as it tells the denied word: "not been suspended" on one, "suspended" on the other)
        const [oldNeg, newNeg] = [negationsIn(lexicon, clause, false), negationsIn(lexicon, newTokens, false)];
        const contentAfter = (tokens: Token[], negation: Token) => tokens.slice(tokens.indexOf(negation) + 1).find((w) => CONTENT.has(w.pos) && !lexicon.negations.has(w.lower));
        const deniedKey = [...newNeg.map((t) => contentAfter(newTokens, t)), ...oldNeg.map((t) => contentAfter(clause, t))].find((w) => w !== undefined);
        const told = (tokens: Token[], negations: Token[]) => {
          const word = deniedKey && tokens.find((t, k) => key(t) === key(deniedKey) && (negations.length === 0 || k > tokens.indexOf(negations[0]!)));
          if (!word) return negations;
          return negations.length ? tokens.slice(tokens.indexOf(negations[0]!), tokens.indexOf(word) + 1) : [word];
        };
        report(told(clause, oldNeg), told(newTokens, newNeg), negNew.length > negOld.length ? 'negation added' : 'negation removed', 0.8);
        continue;
      }
      // in an edit the hunk that moved the negation says best what changed
      // a negation that comes with a clause of its own ("…, but there is no credible evidence") is a
      // statement added or cut, not one reversed: the words around a reversal stay
      const words = (list: Token[]) => list.filter((t) => /[\p{L}\p{N}]/u.test(t.text)).length;
      const hunk = hunks(pair).find((h) => {
        if (main && h.newSpan.start > main.end) return false;
        const before = tokensIn(versions.old, h.oldSpan).filter((t) => t.quote < 0);
        const after = tokensIn(context.analysis, h.newSpan).filter((t) => t.quote < 0);
        // a clause put in or taken out whole ("…, but he has not returned to work") adds or cuts a statement
        const clause = (list: Token[]) => list.some((t) => t.pos === 'VERB' && !lexicon.negations.has(t.lower));
        const whole = (words(before) === 0 && clause(after)) || (words(after) === 0 && clause(before));
        return negationCount(lexicon, before) !== negationCount(lexicon, after) && Math.max(words(before), words(after)) <= MAX_REVERSAL_WORDS && !whole;
      });
      if (!hunk) continue;
      const [before, after] = [tokensIn(versions.old, hunk.oldSpan), tokensIn(context.analysis, hunk.newSpan)];
      const added = negationCount(lexicon, after) > negationCount(lexicon, before);
      // a negation that denies a quality the other version never gave ("has been charged with" → "pleaded
      // not guilty to": no "guilty" was there to deny) tells something new, it reverses nothing
      const [negating, other] = added ? [after, oldTokens] : [before, newTokens];
      const sentenceOf = added ? newTokens : oldTokens;
      const qualities = negating.filter((t) => t.quote < 0 && isNegation(lexicon, t, sentenceOf)).map((t) => deniedWord(lexicon, sentenceOf, t)).filter((w) => w?.pos === 'ADJ');
      if (qualities.length > 0 && !qualities.some((w) => other.some((t) => key(t) === key(w!) || t.lemma === w!.lemma || t.lemma === w!.lower))) continue;
      // what had "not yet" happened and now has ("has not yet said when applications will open" → "Applications
      // will open on 1 September, the fund said") is the news catching up: worth a look, no reversal; so is
      // a source that "did not respond to a request for comment" and now has spoken
      const caughtUp = !added && (before.some((t) => t.lower === 'yet') || pair.oldSentences.some((x) => NO_COMMENT.test(x.text)));
      report(before.filter((t) => /[\p{L}\p{N}]/u.test(t.text)), after.filter((t) => /[\p{L}\p{N}]/u.test(t.text)), added ? 'negation added' : 'negation removed', caughtUp ? CAUGHT_UP : 0.8);
    }
    // against a report, a clause of a sentence not found reversing the report above (the alignment
    // pairs sentences that say much else loosely or not at all) with the same verb as a clause of the
    // report's, denied on one side only (claims/reversal.ts)
    if (source) {
      const keep = (sentence: number) => !reversed.has(sentence) && BODY_KINDS.has(context.analysis.sentences[sentence]!.kind);
      for (const { article, report } of clauseReversals(lexicon, context.analysis, versions.old, reportNames, keep)) {
        // the words from the negation to the verb, or back ("not closed", "found no", "No ransom demand has been received")
        const side = (c: typeof article, tokens: Token[]) => {
          const [from, to] = c.negation ? [Math.min(c.negation.i, c.verb.i), Math.max(c.negation.i, c.verb.i)] : [c.verb.i, c.verb.i];
          return tokens.slice(from, to + 1);
        };
        const span = (list: Token[]) => ({ start: list[0]!.start, end: list[list.length - 1]!.end });
        const [mine, theirs] = [span(side(article, context.analysis.tokens)), span(side(report, versions.old.tokens))];
        // (the words as written: "residents' personal data", not the tokens spaced apart)
        const [now, then] = [context.analysis.doc.source.slice(mine.start, mine.end), versions.old.doc.source.slice(theirs.start, theirs.end)];
        const where = placeOf(context.analysis.sentences[article.sentence]!);
        context.report({
          confidence: confidence(CLAUSE_REVERSAL, blockWeight(context.analysis.sentences[article.sentence])),
          message: 'reversed',
          data: { where, Where: capitalise(where), change: article.negation ? 'negation added' : 'negation removed', old: then, new: now, report: versions.old.doc.path },
          locations: changeLocations(context, mine, theirs),
          evidence: { expected: then, actual: now, change: 'clause reversed' },
        });
      }
    }
  },
});

/**
 * The noun a word tells of where its place shows it: the one it stands before ("rising costs"), the
 * one its "in" or "of" brings ("a decline in nickel prices"; the last noun of the run), or the subject
 * of a verb with no object.
 */
function thingOf(word: Token, tokens: Token[]): Token | undefined {
  const next = tokens[word.i + 1];
  if (!next || next.sentence !== word.sentence) return undefined;
  let k: number;
  if ((word.pos === 'ADJ' || word.pos === 'VERB') && next.pos === 'NOUN') k = word.i + 1;
  else if (word.pos === 'NOUN' && (next.lower === 'in' || next.lower === 'of')) k = word.i + 2;
  // (a verb with an object tells of what it is done to, which this does not read: "approved a plan")
  else if (word.pos === 'VERB' && !['DET', 'NOUN', 'PROPN', 'PRON', 'NUM'].includes(next.pos)) return subjectOf(word, tokens);
  else return undefined;
  let head: Token | undefined;
  for (; k < tokens.length && tokens[k]!.sentence === word.sentence && ['NOUN', 'PROPN', 'ADJ'].includes(tokens[k]!.pos); k++) if (tokens[k]!.pos !== 'ADJ') head = tokens[k];
  return head;
}

/** The noun just before a verb and its auxiliaries, or the one a "which" or "that" stands for ("prices, which have fallen"). */
function subjectOf(verb: Token, tokens: Token[]): Token | undefined {
  let k = verb.i - 1;
  while (k >= 0 && tokens[k]!.sentence === verb.sentence && ['AUX', 'ADV', 'PART'].includes(tokens[k]!.pos)) k--;
  if (k >= 0 && (tokens[k]!.lower === 'which' || tokens[k]!.lower === 'that')) {
    k--;
    if (tokens[k]?.text === ',') k--;
  }
  const word = tokens[k];
  return word && word.sentence === verb.sentence && word.pos === 'NOUN' ? word : undefined;
}

/** A source's silence told in the stock words of news: "did not respond to a request for comment", "could not be reached". */
const NO_COMMENT = /\b(?:did not|didn't|has not|hasn't|have not|haven't|had not|hadn't) (?:immediately )?(?:respond|reply|return)(?:ed)? to (?:a |an |the )?(?:request|requests|call|calls|message|messages|email|emails|inquiry|inquiries|enquiry|enquiries)\b|\bcould not (?:immediately )?be reached\b|\bwas not (?:immediately )?available for comment\b/i;

/** "last season", "next week": a point in time, not the ordinal that "first" or "third" opposes. */
function pointsInTime(lexicon: CompiledLexicon, token: Token, tokens: Token[]): boolean {
  const next = tokens[token.i + 1]?.lower ?? '';
  return lexicon.timePointers.has(token.lower) && (lexicon.timeNouns.has(next) || (next.endsWith('s') && lexicon.timeNouns.has(next.slice(0, -1))));
}

/**
 * "crewed" and "uncrewed", "legal" and "illegal", "agreed" and "disagreed": one word negates the
 * other by its prefix. "un-" and "non-" negate whatever they begin; the Latin prefixes only in
 * adjectives ("insufficient") and a few verbs, since "discovered" is no denial of "covered", nor
 * "informed" of "formed".
 */
function prefixed(lexicon: CompiledLexicon, a: Token, b: Token): boolean {
  const negates = (long: Token, short: Token) => {
    const found = /^(un|non-?|in|im|il|ir|dis)(.{4,})$/.exec(long.lower);
    if (!found || found[2] !== short.lower) return false;
    if (found[1] === 'un' || found[1]!.startsWith('non')) return true;
    return (long.pos === 'ADJ' && short.pos === 'ADJ') || lexicon.negatedVerbs.has(short.lemma);
  };
  return negates(a, b) || negates(b, a);
}

/** "insufficient" became "not sufficient" (or back): the same statement, the negation moved into a word. */
function prefixNegation(before: string[], after: string[]): boolean {
  const negated = (word: string) => /^(un|in|im|il|ir|non-?|dis)(.{4,})$/.exec(word)?.[2];
  return before.some((w) => after.includes(negated(w) ?? '\0')) || after.some((w) => before.includes(negated(w) ?? '\0'));
}

/** Negations among tokens; "not only" adds, it does not deny. */
function negationCount(lexicon: CompiledLexicon, tokens: Token[], denying = false): number {
  const aside = relativeClauses(lexicon, tokens);
  // "declined to comment" / "would not comment", "without knowing" / "did not know"
  // phrases of several words ("no longer", "yet to": "has yet to confirm" / "has not confirmed") read from their first
  const phrases = [...lexicon.negatingPhrases].map((p) => p.split(' '));
  const denies = (t: Token) => {
    const at = tokens.indexOf(t);
    if (phrases.some((words) => words.every((w, j) => tokens[at + j]?.lower === w))) return true;
    // "declined to comment", "avoided paying"
    const next = tokens[at + 1];
    return lexicon.negatingVerbs.has(t.lemma) && (next?.lower === 'to' || /ing$/.test(next?.lower ?? ''));
  };
  return tokens.filter((t) => (isNegation(lexicon, t, tokens) || (denying && denies(t))) && !aside.has(t)).length;
}

/**
 * A denial the edit narrowed: the old sentence's one negation denies a verb ("will not apply to
 * town-centre streets, …"); the new one tells that verb undenied with the same word after it ("will
 * apply to town-centre streets"), and its own negations stand after it, set against it by "but" (",
 * but not to main roads"). Not where the verb now tells of something else ("applies to adults but not
 * to children" for "does not apply to children" agrees).
 */
function narrowedDenial(lexicon: CompiledLexicon, oldTokens: Token[], newTokens: Token[], key: (t: Token) => string): { before: Token[]; after: Token[] } | undefined {
  const negOld = oldTokens.filter((t) => isNegation(lexicon, t, oldTokens));
  const negNew = newTokens.filter((t) => isNegation(lexicon, t, newTokens));
  if (negOld.length !== 1 || negNew.length === 0) return undefined;
  const denied = deniedWord(lexicon, oldTokens, negOld[0]!);
  if (denied?.pos !== 'VERB') return undefined;
  const nextWord = (tokens: Token[], t: Token) => tokens.slice(tokens.indexOf(t) + 1).find((w) => CONTENT.has(w.pos));
  const follows = nextWord(oldTokens, denied);
  const verb = newTokens.find((t) => t.pos === 'VERB' && key(t) === key(denied));
  if (!verb || !follows || nextWord(newTokens, verb)?.lower !== follows.lower) return undefined;
  const at = newTokens.indexOf(verb);
  if (newTokens.slice(Math.max(0, at - 3), at).some((t) => isNegation(lexicon, t, newTokens))) return undefined;
  const contrasted = negNew.every((n) => newTokens.indexOf(n) > at && newTokens.slice(Math.max(at, newTokens.indexOf(n) - 2), newTokens.indexOf(n)).some((t) => t.lower === 'but'));
  if (!contrasted) return undefined;
  return { before: oldTokens.slice(oldTokens.indexOf(negOld[0]!), oldTokens.indexOf(denied) + 1), after: [verb] };
}

/** The negations of a statement's asides ("The man, who has not been named, …"), or of the rest of it. */
function negationsIn(lexicon: CompiledLexicon, tokens: Token[], inAside: boolean): Token[] {
  const aside = relativeClauses(lexicon, tokens);
  return tokens.filter((t) => aside.has(t) === inAside && isNegation(lexicon, t, tokens));
}

/** The word a negation denies: the first word after it that is no auxiliary, particle or adverb ("had not been recorded" denies "recorded"). */
function deniedWord(lexicon: CompiledLexicon, tokens: Token[], negation: Token): Token | undefined {
  return tokens.slice(tokens.indexOf(negation) + 1).find((w) => /\p{L}/u.test(w.text) && !lexicon.negations.has(w.lower) && w.pos !== 'AUX' && w.pos !== 'PART' && w.pos !== 'ADV');
}

/**
 * Tokens of relative clauses set off by commas ("The man, who has not been named, appeared …") and of
 * conditions ("if the hospital did not return to the table"): asides, not the claim.
 */
function relativeClauses(lexicon: CompiledLexicon, tokens: Token[]): Set<Token> {
  const out = new Set<Token>();
  for (let k = 0; k < tokens.length; k++) {
    const relative = tokens[k]!.text === ',' && lexicon.relativePronouns.has(tokens[k + 1]?.lower ?? '');
    const condition = lexicon.conditionals.has(tokens[k]!.lower);
    if (!relative && !condition) continue;
    let j = k + 1;
    while (j < tokens.length && tokens[j]!.text !== ',' && tokens[j]!.sentence === tokens[k]!.sentence) out.add(tokens[j++]!);
  }
  return out;
}

/** A negating word; not "not only" (it adds), nor one inside a compound ("never-before-seen"). */
function isNegation(lexicon: CompiledLexicon, token: Token, tokens: Token[]): boolean {
  if (!lexicon.negations.has(token.lower)) return false;
  const k = tokens[token.i] === token ? token.i : tokens.indexOf(token);
  // "neither … nor", "few in A nor in B": inside a sentence "nor" continues a denial made before it;
  // only a sentence that opens with it ("Nor is it popular.") denies anew
  if (token.lower === 'nor' && tokens.slice(0, k).some((t) => t.sentence === token.sentence && /[\p{L}\p{N}]/u.test(t.text))) return false;
  const next = tokens[k + 1];
  if (token.lower === 'not' && next?.lower === 'only') return false;
  // "no more than 4.6 per cent" bounds a figure (the lexicon's numberQualifiers), it denies nothing
  if (qualifierAt(lexicon, tokens, k)) return false;
  // and so does any comparison with "no … than": "turns no faster than 14 revolutions a minute"
  if (token.lower === 'no' && tokens[k + 2]?.lower === 'than' && /^(?:more|less|fewer|\p{L}+er)$/u.test(next?.lower ?? '') && next?.pos !== 'NOUN') return false;
  // "results are not expected until later in the week" says when they are expected, as "are expected
  // later this week" does
  if (tokens.slice(k + 1, k + 6).some((t) => t.sentence === token.sentence && t.lower === 'until')) return false;
  return !(next && next.text === '-' && !next.spaced);
}

/**
 * Where a sentence's first clause, up to its first comma, is the old one's with a negation added or
 * dropped and the same content words otherwise: the new clause's end, to find the edit within it.
 */
function mainClauseReversed(lexicon: CompiledLexicon, oldTokens: Token[], newTokens: Token[], key: (t: Token) => string): { end: number } | undefined {
  const first = (tokens: Token[]) => {
    const comma = tokens.findIndex((t) => /^[,;:]$/.test(t.text));
    return comma > 0 ? tokens.slice(0, comma) : undefined;
  };
  const [before, after] = [first(oldTokens), first(newTokens)];
  if (!before || !after) return undefined;
  if (negationCount(lexicon, before) % 2 === negationCount(lexicon, after) % 2 || negationCount(lexicon, before, true) % 2 === negationCount(lexicon, after, true) % 2) return undefined;
  const content = (tokens: Token[]) => new Set(tokens.filter((t) => CONTENT.has(t.pos) && !lexicon.negations.has(t.lower)).map(key));
  const [a, b] = [content(before), content(after)];
  if (a.size < MIN_MAIN_CLAUSE_WORDS || a.size !== b.size || [...a].some((w) => !b.has(w))) return undefined;
  return { end: after[after.length - 1]!.end };
}

/** The fewest content words a main clause must have for its reversal to be read on its own. */
const MIN_MAIN_CLAUSE_WORDS = 3;

/** Clauses of a sentence: split at semicolons and colons, and at a comma before a conjunction. */
function clausesOf(lexicon: CompiledLexicon, tokens: Token[]): Token[][] {
  const out: Token[][] = [[]];
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    const split = t.text === ';' || t.text === ':' || (t.text === ',' && lexicon.clauseConjunctions.has(tokens[k + 1]?.lower ?? ''));
    if (split) out.push([]);
    else out[out.length - 1]!.push(t);
  }
  return out.filter((c) => c.length > 0);
}

/** The clause of the report's sentence that shares most words with the article's. */
function matchingClause(lexicon: CompiledLexicon, report: Token[], article: Token[], key: (t: Token) => string): Token[] {
  const clauses = clausesOf(lexicon, report);
  if (clauses.length < 2) return report;
  const keys = new Set(article.filter((t) => /\p{L}/u.test(t.text)).map(key));
  // (a clause's words, not its punctuation or the negation in question, say how closely it is restated:
  // "The death is not being treated as suspicious, and a file will be prepared" is restated in its first
  // clause by "the death was being treated as suspicious, and a file will be prepared")
  const shared = (clause: Token[]) => {
    const words = clause.filter((t) => /\p{L}/u.test(t.text) && !isNegation(lexicon, t, clause));
    return words.length ? words.filter((t) => keys.has(key(t))).length / words.length : 0;
  };
  return clauses.reduce((best, c) => (shared(c) > shared(best) ? c : best));
}

/** "weaker" → "weak", "strongest" → "strong", when the lexicon knows the base's opposites. */
function comparativeBase(lexicon: CompiledLexicon, word: string): string {
  if (lexicon.antonyms.has(word)) return word;
  for (const base of [word.replace(/i(er|est)$/, 'y'), word.replace(/(er|est)$/, ''), word.replace(/(er|est)$/, 'e'), word.replace(/(.)\1(er|est)$/, '$1')]) {
    if (base !== word && lexicon.antonyms.has(base)) return base;
  }
  return word;
}

/**
 * "Defeat" done to someone is a victory: "won the runoff, defeating Keisha Thompson" reverses no "headed
 * for victory" (blind set CC). The noun and the passive ("was defeated") are the loss the antonym means.
 */
function overcoming(t: Token, tokens: readonly Token[]): boolean {
  const before = tokens[t.i - 1]?.lemma;
  return t.lemma === 'defeat' && t.pos === 'VERB' && before !== 'be' && before !== 'get' && /^(?:DET|PROPN|NOUN|PRON|ADJ|NUM)$/.test(tokens[t.i + 1]?.pos ?? '');
}
