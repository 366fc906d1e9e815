/**
 * changed-entity — a person, organisation or place in a sentence changed between versions ("Ana
 * Ruiz said" became "Tomas Vidal said", "in Porto" became "in Braga").
 *
 * What: a name the old sentence had is gone and another of the same type stands in the new one.
 * Names that refer to the same entity ("Ren Zhengfei", "Ren", "Mr. Ren"; "Huawei" and "Huawei
 * Technologies") are not a change, so fixing "Zhengfei" to "Ren" is a copy edit. Another given
 * name with the same family name ("Anthony Fenwick" / "Andrew Fenwick") is a change. A name changed
 * throughout is reported once, where it first shows.
 * Why: who did what, and where, is the claim. Not a finding: names inside quotations (altered-quote),
 * a name added or removed with no counterpart.
 */
import type { Analysis } from '../model/analysis.js';
import { placesOfTwoSizes } from '../claims/compare.js';
import { likelyCommonWord, withoutCorporateSuffix } from '../claims/entities.js';
import { BODY_KINDS, type Claim, type Entity, type EntityType, type Mention, type Value } from '../model/document.js';
import { defineKind, type OptionsOf, type OptionsSchema, type RuleContext } from './kind.js';
import { eventClash, eventValueClashes } from './event-values.js';
import { placeOf } from './describe.js';
import { bothStayed, changeData, changedPairs, changeLocations, hunks, pairUp, renamed, RESTATEMENT_OPTION } from './pairs.js';
import { quotesIn } from './quote-pairs.js';
import { givenNameDiffers, nameVariant, partsOfOne, plainName, respelt, sameEntity } from '../claims/identity.js';
import { blockWeight, confidence, entityCertainty, minConfidence, restatement } from './confidence.js';
import { isGivenName } from '../lexicon/semantics.js';
import { pushTo } from '../base/arrays.js';
import { datesAgree } from '../claims/numbers.js';

const OPTIONS = {
  type: 'object',
  additionalProperties: false,
  properties: {
    types: {
      type: 'array',
      items: { enum: ['person', 'org', 'place'] },
      uniqueItems: true,
      default: ['person', 'org', 'place'],
      description: 'Which entities are compared: the default pack splits them into changed-name (people, organisations) and changed-place.',
    },
    minRestatement: RESTATEMENT_OPTION,
    minConfidence: minConfidence('A name the copy does not type surely (a lone capitalised word), a respelt organisation or place, a headline, or a loose match with a report scores lower.'),
  },
} as const satisfies OptionsSchema;

export const changedEntity = defineKind<OptionsOf<typeof OPTIONS>>({
  name: 'changed-entity',
  scope: 'versions',
  summary: 'A person, organisation or place changed between versions.',
  optionsSchema: OPTIONS,
  messages: {
    changed: {
      template: { edit: '{type} changed in {where}: “{old}” became “{new}”', source: '{type} in {where} differs from {report}: the article says “{new}”, the report “{old}”' },
      vars: ['type', 'where', 'old', 'new', 'report'],
    },
    respelt: { template: { edit: '{type} respelt in {where}: “{old}” became “{new}”' }, vars: ['type', 'where', 'old', 'new'] },
  },
  examples: [
    // where the subject is from, before the verb, is no place of the event (blind sets CE, AY)
    { related: 'Until now, patients from Whitmoor and the surrounding villages have had to travel to the Cumberland Infirmary, a round trip of up to 70 miles.\n', text: 'Until now, people needing a scan have had to travel to the Cumberland Infirmary in Carlisle, a round trip of up to 70 miles.\n', findings: [] },
    // an organisation's name with "and" in it is one name, which its initials name too (blind set CD)
    { related: 'The DCI urges farmers to buy subsidised fertiliser only from National Cereals and Produce Board depots.\n', text: 'Fertiliser sells for Sh2,500 at National Cereals and Produce Board depots.\n\nThe DCI urged farmers to buy subsidised fertiliser only from NCPB depots.\n', findings: [] },
    // an Indian agency's dateline with no dash is the dateline, not the sentence's place (blind set CA)
    { old: 'DHUBRI (Assam), Oct 17 (PTI) The death toll in the boat capsize in the Brahmaputra off Dhubri rose to seven.\n', text: 'DHUBRI (Assam), Oct 17 (PTI) The death toll in the boat capsize in the Brahmaputra near Goalpara rose to seven.\n', findings: ['1:89 changed-place Place changed in paragraph 1: “Dhubri” became “Goalpara”'] },
    // a body named after its place is not the place the sentence also names (blind set BZ)
    { old: 'A court sitting in Ikoyi, Lagos, ordered that the manager be remanded in the Ikoyi Correctional Centre.\n', text: 'A court sitting in Ikoyi, Lagos, ordered that the manager be remanded in the Kirikiri Correctional Centre.\n', findings: ['1:78 changed-name Organisation changed in paragraph 1: “Ikoyi Correctional Centre” became “Kirikiri Correctional Centre”'] },
    // a place the report's headline widens, which its body names too, and one the report's own sentence names beside its other (blind sets BN, AM)
    { text: 'A man has been charged after police found a cannabis farm in a house in Torry.\n', related: '# Man charged after cannabis farm found in Aberdeen\n\nOfficers executed a warrant at a house in Victoria Road, in the Torry area of the city.\n', findings: [] },
    // (named elsewhere in the report's body, it may be another of its places: blind set I)
    { text: 'More than 120 homes were evacuated in Brantham on Sunday.\n', related: 'More than 120 homes in Kellford were evacuated on Sunday.\n\nThe road between Kellford and Brantham is closed.\n', findings: ['1:39 related-place Place in paragraph 1 differs from related.md: the article says “Brantham”, the report “Kellford”'] },
    // a quotation's speaker against a name in the apposition on the report's speaker is quote-speaker's finding (blind set BN)
    // and so is a name in one speaker's apposition against one in the other's; one speaker's own changed is
    // a change (blind set BU)
    { old: '"This is as close to a cure as we have come," said Professor Helen Achterberg, the haematologist at the Royal Free Hospital in London who led the trial.\n', text: '"This is as close to a cure as we have come," said Dr Simon Oyelaran, a consultant haematologist at Leeds Teaching Hospitals who was not involved in the study.\n', findings: ['1:55 changed-name Person changed in paragraph 1: “Helen Achterberg” became “Simon Oyelaran”'] },
    { old: '"This is as close to a cure as we have come," said Dr Simon Oyelaran, a consultant haematologist at the Royal Free Hospital.\n', text: '"This is as close to a cure as we have come," said Dr Simon Oyelaran, a consultant haematologist at Leeds Teaching Hospitals.\n', findings: ['1:101 changed-name Organisation changed in paragraph 1: “Royal Free Hospital” became “Leeds Teaching Hospitals”'] },
    // (a body's word in the plural names a body: "Bradford Teaching Hospitals"; review)
    { old: '"We are seeing patients arriving much sicker than in previous years," said Dr Anna Price, a consultant at Leeds Teaching Hospitals.\n', text: '"We are seeing patients arriving much sicker than in previous years," said Dr Anna Price, a consultant at Bradford Teaching Hospitals.\n', findings: ['1:107 changed-name Organisation changed in paragraph 1: “Leeds Teaching Hospitals” became “Bradford Teaching Hospitals”'] },
    { text: 'Mr Dawson added: "The family did exactly the right thing by getting out of the car. But this was completely avoidable."\n', related: 'Mark Lumley, Senior Coastal Operations Officer for HM Coastguard, said: "The family did exactly the right thing by getting out of the car. But this was completely avoidable."\n', findings: [] },
    // two lists of places, town by town and county by county, tell where in two ways (blind set BA)
    { related: 'The office has received more than 1,300 complaints, most from homeowners in Clark County, with others from Washoe, Nye and Elko counties.', text: 'The office said it had received more than 1,300 complaints, most from the Las Vegas area but also from Reno, Pahrump and Elko.', findings: [] },
    // an ombudsman's report keeps the complainant anonymous: "Mr X" names no one the article could contradict (blind set AW)
    { related: 'Mrs X complained about the delay. Mr X fell twice while trying to get out of the bath.', text: 'Mrs Farrant complained about the delay. Mr Farrant fell twice while trying to get out of the bath.', findings: [] },
    // (an ampersand joins a firm's two names, "Sollis & Rowe", not the tail of a longer name cut at "for")
    // a county's police commander is a title, the name after it the person (Kenyan copy; blind set BY)
    { old: 'Baringo County Police Commander Julius Kiragu said the driver was among those killed.\n', text: 'Baringo County Police Commander Joseph Kirui said the driver was among those killed.\n', findings: ['1:33 changed-name Person changed in paragraph 1: “Julius Kiragu” became “Joseph Kirui”'] },
    // the body before a speaker's title goes with the speaker: a quotation given to another is quote-speaker's (blind set BY)
    { old: '"It rolled once," said Department of Public Safety spokesman Raul Ochoa.\n', text: '"It rolled once," said Mohave County Sheriff\'s Office spokeswoman Anne Castillo.\n', findings: [] },
    // (the same speaker's body changed is a change; "Patrol" names a body)
    { old: '"It rolled once," said Department of Public Safety spokesman Raul Ochoa.\n', text: '"It rolled once," said Arizona Highway Patrol spokesman Raul Ochoa.\n', findings: ['1:24 changed-name Organisation changed in paragraph 1: “Department of Public Safety” became “Arizona Highway Patrol”'] },
    // "X of Y" places, and a name before a site's noun after "in the", are places (blind set BN)
    { old: 'Callum Rennie set out from the Coire Cas car park on Friday.\n\nHis car was found in the Coire Cas car park.\n', text: 'Callum Rennie set out from the Coire Cas car park on Friday.\n\nHis car was found in the Linn of Dee car park.\n', findings: ['3:26 changed-place Place changed in paragraph 2: “Coire Cas” became “Linn of Dee”'] },
    // "Agent" is a title: the agency and the agent are read apart (review)
    { old: '"He called it in," said Highway Patrol Officer Jake Morris.\n', text: '"He called it in," said Border Patrol Agent Luis Ortega.\n', findings: ['1:25 changed-name Organisation changed in paragraph 1: “Highway Patrol” became “Border Patrol”', '1:45 changed-name Person changed in paragraph 1: “Jake Morris” became “Luis Ortega”'] },
    // an Indian district's collector is a title, the name after it the person (blind set BV)
    { old: '"We will find out who issued the certificate," District Collector Meera Nandakumar told reporters.\n', text: '"We will find out who issued the certificate," District Police Chief B. Sunil Kumar told reporters.\n', findings: ['1:70 changed-name Person changed in paragraph 1: “Meera Nandakumar” became “B. Sunil Kumar”'] },
    // a place's word before "of" names a place (review)
    { old: 'The walkers set out from the Vale of Glamorgan on Monday.\n', text: 'The walkers set out from the Forest of Dean on Monday.\n', findings: ['1:30 changed-place Place changed in paragraph 1: “Vale of Glamorgan” became “Forest of Dean”'] },
    { old: 'The list is run by the Harvard Berkman Center for Law & Society.', text: 'The list is run by the Berkman Center for Internet & Society at Harvard Law School.', findings: [] },
    // a body's short name written out is the same body ("the Met Office" → "the Icelandic Meteorological Office"; blind set AZ)
    { old: 'Gas was detected near the river, and the Met Office warned people to keep away.', text: 'Gas was detected near the river, and the Icelandic Meteorological Office warned people to keep away.', findings: [] },
    { old: 'Gas was detected near the river, and the Met Office warned people to keep away.', text: 'Gas was detected near the river, and the Civil Protection Agency warned people to keep away.', findings: ['1:42 changed-name Organisation changed in paragraph 1: “Met Office” became “Civil Protection Agency”'] },
    // "the General Dental Council" is a body, not a person "Dental Council" with the rank General (blind set AU)
    { old: 'Nurses met on Monday.\n\n"It was a breach of trust," said the committee chair, Jennifer Okafor.', text: 'Nurses met on Monday.\n\n"It was a breach of trust," said Martin Lund, presenting the case for the General Dental Council.', findings: [] },
    // "New" inside a sentence opens a place's name ("at New Norcia"), where "the new manager" opens none
    { old: "The first signal was picked up by the antenna at New Norcia, 41 minutes after separation.", text: "The first signal was picked up by the antenna at Malargüe, 41 minutes after separation.", findings: ['1:50 changed-place Place changed in paragraph 1: “New Norcia” became “Malargüe”'] },
    // "Assistant Public Defender" is a title, so the person is "Ellen Marsh", whose given name the edit changed
    // an industry word names a company ("Corvane Aviation"), not a place the jets come from
    { old: 'It agreed to lease three jets from Corvane Aviation.', text: 'It agreed to lease three jets from Halden Aviation Capital.', findings: ['1:36 changed-name Organisation changed in paragraph 1: “Corvane Aviation” became “Halden Aviation Capital”'] },
    { old: 'Assistant Public Defender Ellen Marsh said her client would appeal.', text: 'Assistant Public Defender Helen Marsh said her client would appeal.', findings: ['1:27 changed-name Person respelt in paragraph 1: “Ellen Marsh” became “Helen Marsh”'] },
    { old: 'Ren Zhengfei spoke. Zhengfei said no.', text: 'Ren Zhengfei spoke. Ren said no.', findings: [] },
    // the report names no one: "from Kettering" is where the man is from
    { related: "A 38-year-old man, also from Kettering, who was arrested on Saturday in connection with the fire, has been released on bail while inquiries continue.\n", text: "Cole's brother, Martin Cole, 38, who was also arrested on Saturday, has been released on bail pending further inquiries and has not been charged.\n", findings: [] },
    { related: 'The 26-year-old American finished the 164-kilometre stage from Die in 4 hours 21 minutes.', text: 'The 26-year-old from Boulder, Colorado, covered the 164-kilometre stage from Die to Autrans in 4 hours 21 minutes.', findings: [] },
    { old: 'The former Hartwell Box Co. plant had been empty since 2011.', text: 'The former Hartwell Box Company plant had been empty since 2011.', findings: [] },
    // one thing placed in two places, in sentences not paired; one word ("a hospital") is as often two things
    // an evacuation neither text names anyone in, of the same count, told in two places
    { related: 'As a precaution, more than 120 homes in Kellford were evacuated overnight by police and fire crews. A rest centre was opened at Kellford Academy.', text: 'More than 120 homes were evacuated in Brantham overnight after the River Leven rose, cutting off the main road into Kellford.\n', findings: ['1:39 related-place Place in paragraph 1 differs from related.md: the article says “Brantham”, the report “Kellford”'] },
    { related: 'A maintenance and storage depot for the trains would be built on a former rail yard in the Southgate neighborhood that the city acquired in 2019.', text: "The levy passed on Tuesday.\n\nThe line's trains would be maintained and stored at a new depot to be built on a former rail yard in Eastfield, a site the city bought in 2019.\n", findings: ['3:102 related-place Place in paragraph 2 differs from related.md: the article says “Eastfield”, the report “Southgate”'] },
    { related: 'She was taken to a hospital in Knoxville.', text: 'Her husband was treated at a hospital in Maryville.\n', findings: [] },
    // told on other days: another raid on another shop of that kind
    { related: 'Two men on a moped smashed the window of a jewellery shop in Dunford on Tuesday, October 21, and escaped with watches.', text: 'A man has been charged with robbery.\n\nTwo men armed with a hammer raided a jewellery shop in Pellingham town centre on Saturday afternoon.\n', findings: [] },
    { related: 'Rail fares will rise by up to 4.6% in March, the Department for Transport said on Wednesday.', text: 'Rail fares will rise by up to 4.6% in March, the Government has announced.', findings: [] },
    { old: 'Mayor Ana Ruiz opened the bridge in Porto.', text: 'Mayor Ana Ruiz opened the bridge in Braga.', findings: ['1:37 changed-place Place changed in paragraph 1: “Porto” became “Braga”'] },
    // against a report, one purchase each tells in one place only, wherever the sentences stand
    // a landfall told in two local places; a state the lexicon knows may hold the local place
    { related: 'Hurricane Celia made landfall near Port Lavaca early Thursday as a Category 2 hurricane.', text: 'Hurricane Celia came ashore near Port Mansfield early Thursday.\n\nCelia is the first hurricane to make landfall in Texas this season.\n', findings: ['1:34 related-place Place in paragraph 1 differs from related.md: the article says “Port Mansfield”, the report “Port Lavaca”'] },
    { related: 'Hurricane Celia made landfall in Texas early Thursday.', text: 'Hurricane Celia came ashore near Port Mansfield early Thursday.\n', findings: [] },
    { related: "Ashcombe Art Gallery is delighted to announce the acquisition of J.M.W. Turner's watercolour Ashcombe Castle from the River (c.1797), purchased at Christie's in London for £1.1 million.", text: "The gallery bought the painting at a Christie's sale in New York in July, after it was consigned by descendants of the Victorian collector who acquired it from the artist's dealer.", findings: ['1:57 related-place Place in paragraph 1 differs from related.md: the article says “New York”, the report “London”'] },
    // a street and a town are places of two sizes: both can be true
    { related: 'A man was stabbed outside a pub in Saltburn on Friday night, police said.', text: 'A man was stabbed outside the Anchor pub in Castle Street on Friday.', findings: [] },
    { old: 'The chief executive, Anthony Fenwick, said the plant would close.', text: 'The chief executive, Andrew Fenwick, said the plant would close.', findings: ['1:22 changed-name Person changed in paragraph 1: “Anthony Fenwick” became “Andrew Fenwick”'] },
    // a building is a place
    { old: 'Police said the device was located in the basement of the Rayburn Building.', text: 'Police said the device was located in the basement of the Cannon Building.', findings: ['1:59 changed-place Place changed in paragraph 1: “Rayburn Building” became “Cannon Building”'] },
    { old: 'The report was written by Marco Ferante.', text: 'The report was written by Marco Ferrante.', findings: ['1:27 changed-name Person respelt in paragraph 1: “Marco Ferante” became “Marco Ferrante”'] },
  ],
  check(context) {
    const versions = context.versions;
    if (!versions) return;
    const types = new Set<string>(context.options.types);
    const current = context.analysis;
    // a name changed throughout ("Lydia Marchetti", then "Marchetti") is one change, reported where it first shows
    const reported = new Set<string>();
    for (const pair of changedPairs(context, context.options.minRestatement)) {
      const named = (analysis: typeof current, contexts: typeof pair.oldContexts) =>
        contexts
          .flatMap((c) => [...new Set(c.mentionAt)].filter((m): m is Mention => m !== undefined && m.form !== 'pronoun' && m.form !== 'description' && !m.inQuote))
          .map((m) => ({ mention: m, entity: analysis.entityById.get(m.entity)! }))
          // (nor a party a report keeps anonymous, "Mr X", "Ms B": a letter names no one)
          .filter(({ mention, entity }) => !likelyCommonWord(mention, entity) && !/^\p{Lu}\.?$/u.test(entity.surname ?? entity.name));
      const oldText = pair.oldSentences.map((s) => s.text.toLowerCase()).join(' ');
      const newText = pair.newSentences.map((s) => s.text.toLowerCase()).join(' ');
      const before = named(versions.old, pair.oldContexts);
      const after = named(current, pair.newContexts);
      // a quotation's speaker changing is quote-speaker's finding, not this one's
      const speakers = new Set([...quotesIn(versions.old, pair.oldSentences), ...quotesIn(current, pair.newSentences)].map((q) => q.speaker).filter(Boolean));
      // the speaker in whose apposition a name stands, if any, or whose body it names before the title
      // ("said Department of Public Safety spokesman Raul Ochoa"; blind set BY)
      const appositionOf = (analysis: Analysis, side: typeof before, y: (typeof before)[number]) =>
        speakers.has(y.entity.id)
          ? undefined
          : side.find(({ mention, entity }) => speakers.has(entity.id) && (
            (mention.end < y.mention.start && /^,[^,.;:"“”]*$/.test(analysis.doc.source.slice(mention.end, y.mention.start))) ||
            (y.mention.end < mention.start && /^\s+(?:[a-z][\p{L}-]*\s+){1,3}$/u.test(analysis.doc.source.slice(y.mention.end, mention.start)))))?.entity.id;
      // (and so is a speaker set against a name in the apposition on the other side's speaker: "Mr Dawson
      // added:" / "Mark Lumley, Senior Coastal Operations Officer for HM Coastguard, said:"; blind set BN)
      const swapped = (x: (typeof before)[number], y: (typeof before)[number]) =>
        (speakers.has(x.entity.id) && speakers.has(y.entity.id)) || (speakers.has(x.entity.id) && appositionOf(current, after, y) !== undefined) || (speakers.has(y.entity.id) && appositionOf(versions.old, before, x) !== undefined);
      // (as is a name in one speaker's apposition against one in another speaker's: "Professor Helen
      // Achterberg, the haematologist at the Royal Free Hospital" / "Dr Simon Oyelaran, a consultant
      // haematologist at Leeds Teaching Hospitals"; one speaker's own apposition changed is a change; blind set BU)
      const otherSpeakers = (x: (typeof before)[number], y: (typeof before)[number]) => {
        const [ox, oy] = [appositionOf(versions.old, before, x), appositionOf(current, after, y)];
        return ox !== undefined && oy !== undefined && ox !== oy;
      };
      const notSpeakerSwap = (x: (typeof before)[number], y: (typeof before)[number]) => !(swapped(x, y) && !sameEntity(x.entity, y.entity) && !nameVariant(x.entity, y.entity) && !renamed(context, x.entity, y.entity)) && !otherSpeakers(x, y);
      // a name still there in lower case ("Generative Question Answering" → "generative question answering") is no change
      // "Anthony Fenwick" for "Andrew Fenwick" is one family name but another name
      const people = [...versions.old.entities, ...current.entities];
      // (a body named after its place is not the place: "in the Ikoyi Correctional Centre" → "in the
      // Kirikiri Correctional Centre" is a change though the court sits "in Ikoyi"; blind set BZ)
      const placeAndBody = (x: Entity, y: Entity) => x.name !== y.name && [x.type, y.type].includes('place') && [x.type, y.type].includes('org');
      const same = (x: Entity, y: Entity) => !placeAndBody(x, y) && ((sameEntity(x, y) && !givenNameDiffers(x, y)) || partsOfOne(x, y, people));
      // a place told instead of named ("on Treforest Industrial Estate" → "on an industrial estate near
      // Cardiff"): the name's common words stay in lower case, the place is described, not changed
      const newRaw = pair.newSentences.map((s) => s.text).join(' ');
      const described = (mention: Mention) => {
        const rest = mention.text.split(/\s+/).slice(1).join(' ');
        return rest.length > 0 && rest !== rest.toLowerCase() && newRaw.includes(rest.toLowerCase());
      };
      const onlyOld = before.filter((a) => !after.some((b) => same(a.entity, b.entity)) && !newText.includes(a.mention.text.toLowerCase()) && !described(a.mention));
      // "Greeley, Colorado" where the report says only "Colorado": the article places it more exactly
      const withinNamed = (mention: Mention) => {
        const comma = current.tokens[mention.tokenEnd];
        const region = comma?.text === ',' ? current.mentions.find((m) => m.tokenStart === mention.tokenEnd + 1) : undefined;
        return versions.mode.name === 'source' && region !== undefined && current.entityById.get(region.entity)?.type === 'place' && versions.mode.supports.entity(versions.old, current.entityById.get(region.entity)!);
      };
      const onlyNew = after.filter((b) => !before.some((a) => same(a.entity, b.entity)) && !oldText.includes(b.mention.text.toLowerCase()) && !versions.mode.supports.entity(versions.old, b.entity) && !withinNamed(b.mention));
      const kindOf = (type: EntityType) => (type === 'other' ? undefined : type);
      // a one-word name after "in", "from", "near" … is a place ("a 38-year-old man, also from
      // Kettering"), however its other mentions typed it: it is not what a person's full name
      // ("Martin Cole") replaced
      const placed = (x: (typeof before)[number], analysis: typeof current) => {
        const k = analysis.tokens[x.mention.tokenStart - 1];
        return !x.entity.given && !x.entity.name.includes(' ') && k !== undefined && context.lexicon.placePrepositions.has(k.lower);
      };
      const compatible = (a: (typeof before)[number], b: (typeof before)[number]) => {
        const personal = (e: Entity) => e.given !== undefined && isGivenName(e.given.split(' ')[0]!);
        if ((personal(a.entity) && placed(b, current)) || (personal(b.entity) && placed(a, versions.old))) return false;
        const ta = kindOf(a.entity.type);
        const tb = kindOf(b.entity.type);
        return !ta || !tb || ta === tb;
      };
      // one name replaced by the other where it stood: in one hunk of the word diff ("in Porto" →
      // "in Braga"), not a name one side drops and another the other side adds elsewhere; a name
      // respelt ("Graham Selwood" / "Graham Selwyn") is the same person wherever the sentence puts it
      const edits = hunks(pair);
      const inPlace = (x: (typeof before)[number], y: (typeof before)[number]) =>
        nameVariant(x.entity, y.entity) || edits.some((h) => overlaps(h.oldSpan, x.mention) && overlaps(h.newSpan, y.mention));
      // against a report, "the Government" or "the Department" alone names no one body: the article's
      // "the Government has announced" and the report's "the Department for Transport said" agree
      const bareInstitution = (x: (typeof before)[number]) => versions.mode.name === 'source' && !x.mention.text.includes(' ') && context.lexicon.orgWords.has(x.mention.text);
      // "the 26-year-old American" and "the 26-year-old from Boulder, Colorado": a nationality and a home
      // town say different things; only a nationality against a nationality can change
      // a street and a town are places of two sizes: "the Anchor pub in Castle Street" and "in
      // Saltburn" can both be true; only a street against a street, a town against a town can change
      // (and a road told by its number, "Highway 361", "Route 9", is a street)
      const tokensOf = (x: (typeof before)[number]) => (before.includes(x) ? versions.old.tokens : current.tokens);
      const numbered = (x: (typeof before)[number]) => ROAD.test(x.mention.text) && /^\d/.test(tokensOf(x)[x.mention.tokenEnd]?.text ?? '');
      const street = (x: (typeof before)[number]) => x.entity.type === 'place' && ((x.entity.name.includes(' ') && streetName(context.lexicon, x.entity.name)) || numbered(x));
      // against a report, so are a place the lexicon knows and a local place it does not ("made landfall
      // in Texas" / "came ashore near Port Mansfield", "in London" / "in Brixton")
      const twoSizes = (x: (typeof before)[number], y: (typeof before)[number]) => versions.mode.name === 'source' && x.entity.type === 'place' && y.entity.type === 'place' && placesOfTwoSizes(context.lexicon, x.entity.name, y.entity.name);
      // against a report, two lists of places that share a member ("from Reno, Pahrump and Elko" / "from
      // Washoe, Nye and Elko counties") are two ways of telling where, town by town or county by county;
      // blind set BA
      // (lists that share a member: two lists with nothing in common are two accounts of where; review)
      // (read against a report only: between versions every changed pair would pay for it)
      const shared = versions.mode.name === 'source' && before.some((x) => after.some((y) => same(x.entity, y.entity)) && inList(versions.old, x.mention));
      const listed = (x: (typeof before)[number], y: (typeof before)[number]) => shared && inList(versions.old, x.mention) && inList(current, y.mention);
      const sameKind = (x: (typeof before)[number], y: (typeof before)[number]) => (x.mention.form === 'demonym') === (y.mention.form === 'demonym') && street(x) === street(y) && !twoSizes(x, y) && !listed(x, y);
      for (const [a, b] of pairUp(onlyOld, onlyNew, (x, y) => compatible(x, y) && sameKind(x, y) && notSpeakerSwap(x, y) && inPlace(x, y) && !bareInstitution(x) && !bareInstitution(y))) {
        const type = kindOf(b.entity.type) ?? kindOf(a.entity.type) ?? 'person';
        if (!types.has(type)) continue;
        const change = `${a.entity.id}\u0000${b.entity.id}`;
        // "BingDian" → "Bing Dian", "Rhys Morgan" → "Rhys-Morgan": the same letters, spaced otherwise
        // "Hartwell Box Co." → "Hartwell Box Company": the company's ending written out is the same name
        const letters = (text: string) => plainName(withoutCorporateSuffix(context.lexicon, text)).replace(/[\s'’-]+/g, '');
        if (reported.has(change) || bothStayed(context, pair, a.mention.text, b.mention.text) || letters(a.mention.text) === letters(b.mention.text)) continue;
        reported.add(change);
        // (a name the copy types on neither side is told as a name, not as a person's)
        const label = type === 'place' ? 'Place' : type === 'org' ? 'Organisation' : a.entity.type === 'other' && b.entity.type === 'other' ? 'Name' : 'Person';
        const isRespelt = respelt(a.entity, b.entity) && versions.mode.name === 'edit';
        // a person's name respelt is an error of fact; an organisation's or a place's, usually a typo fixed.
        // A name put in another's place in one restated sentence is a changed fact whatever its type, but
        // a capitalised word the copy does not type on either side is as often a heading or a stray
        // capital (on the tune split and the Wikipedia pool, right 5 times in 9): that scores under 0.6
        // two capitalised words neither of which the copy types ("Roman" / "Persian War") are least sure
        const untyped = a.entity.type === 'other' && b.entity.type === 'other';
        // a name respelt to the spelling the old version already used elsewhere ("Philips" back to the
        // article's "Phillips") was made consistent, most likely a typo fixed
        const spellings = new Set([b.mention.text, b.entity.surname].filter(Boolean));
        const madeConsistent = isRespelt && versions.old.mentions.some((m) => spellings.has(m.text) && !pair.pair.old.includes(m.sentence));
        const sure = isRespelt ? (b.entity.type === 'person' && b.entity.given && !madeConsistent ? 0.9 : 0.5) : untyped ? 0.55 : 0.2 + 0.8 * Math.min(entityCertainty(a.entity), entityCertainty(b.entity));
        // (against a report, two lists of places with no member in common may list towns and the
        // counties that hold them, "Bury, Oldham" / "Greater Manchester, Lancashire": worth a look; review)
        const lists = versions.mode.name === 'source' && inList(versions.old, a.mention) && inList(current, b.mention) ? LISTS_APART : 1;
        context.report({
          confidence: confidence(0.95, sure, blockWeight(pair.newSentences[0]), restatement(versions.mode, pair.pair.similarity), lists),
          message: isRespelt ? 'respelt' : 'changed',
          data: { type: label, ...changeData(context, pair, a.mention.text, b.mention.text) },
          locations: changeLocations(context, b.mention, a.mention),
          evidence: { expected: a.entity.name, actual: b.entity.name, type },
        });
      }
    }
    if (versions.mode.name === 'source' && types.has('place')) {
      eventPlaces(context, reported);
      thingPlaces(context, reported);
    }
  },
});

/**
 * Against a report, an event each tells in one place only, in two places ("bought at a Christie's sale
 * in New York" / "purchased at Christie's in London"; see event-values.ts). A street
 * and a town are places of two sizes, and a place inside another's name is that place: both can be
 * true.
 */
function eventPlaces(context: RuleContext<OptionsOf<typeof OPTIONS>>, reported: ReadonlySet<string>): void {
  const report = context.versions!.old;
  const article = context.analysis;
  const street = (v: Value) => streetName(context.lexicon, v.text);
  // (a local place the lexicon does not know may lie in one it knows: "near Port Aransas" and "in
  // Texas" can both hold, and the local one says more)
  const agree = (a: Value, b: Value) => a.key === b.key || a.text.includes(b.text) || b.text.includes(a.text) || street(a) || street(b) || placesOfTwoSizes(context.lexicon, a.text, b.text);
  // (a place the report names in the same sentence, or anywhere where its own is a headline's, is the
  // report's too: "in Newport and Pontypool"; "in Torry" against the headline's "in Aberdeen" and the
  // body's "in the Torry area of the city"; blind sets AM, AY, BN)
  const toldInReport = (a: Value, r: Claim) =>
    report.mentions.some((m) => (m.entity === a.key || m.text === a.text) && (m.sentence === r.sentence || !BODY_KINDS.has(report.sentences[r.sentence]!.kind)));
  const specific = (v: Value) => !context.lexicon.places.has(v.text.toLowerCase()) && !street(v);
  for (const [a, r] of eventValueClashes(article, report, { field: 'place', usable: () => true, agree, specific }, context.lexicon.repeatMarkers)) {
    const place = a.values.place!;
    // (a change the sentences already told, as entity ids, is told once)
    if (reported.has(`${r.values.place!.key}\u0000${place.key}`) || toldInReport(place, r)) continue;
    const clash = eventClash(context, a, r, 'place');
    context.report({ ...clash, data: { type: 'Place', ...clash.data }, evidence: { ...clash.evidence, type: 'place' } });
  }
}

/**
 * Against a report, one thing placed in two places: "the vacant warehouse in Millbrook" / "a vacant
 * warehouse in Ashby", "a former rail yard in Eastfield" / "a former rail yard in the Southgate
 * neighborhood". A thing named by two words or more (one word, "a hospital", "homes", is as often two
 * things), placed in one place only on each side, and never in the other's; local places only
 * (no street, and no country, state or city the lexicon knows), told on no two days.
 */
function thingPlaces(context: RuleContext<OptionsOf<typeof OPTIONS>>, reported: ReadonlySet<string>): void {
  const report = context.versions!.old;
  const article = context.analysis;
  const ours = placedThings(context, article);
  const theirs = placedThings(context, report);
  for (const [thing, mine] of ours) {
    const other = theirs.get(thing);
    if (!other || new Set(mine.map((m) => m.entity)).size > 1 || new Set(other.map((m) => m.entity)).size > 1) continue;
    const [a, r] = [mine[0]!, other[0]!];
    const ea = article.entityById.get(a.entity);
    const er = report.entityById.get(r.entity);
    if (sameEntity(ea, er) || a.text.includes(r.text) || r.text.includes(a.text) || reported.has(`${r.entity}\u0000${a.entity}`)) continue;
    // (a street and a town, a state and a city in it, are places of two sizes; and a country, a state or
    // a city the lexicon knows holds many things of a kind, "a press briefing in Washington")
    const wide = (m: Mention) => context.lexicon.places.has(m.text.toLowerCase()) || streetName(context.lexicon, m.text);
    if (wide(a) || wide(r)) continue;
    // (told on other days, it is another of its kind: a raid on "a jewellery shop in Pellingham" on
    // Saturday and one on "a jewellery shop in Dunford" on Tuesday)
    const days = (analysis: typeof article, sentence: number) => analysis.contexts[sentence]!.dates;
    const [ourDays, theirDays] = [days(article, a.sentence), days(report, r.sentence)];
    if (ourDays.length > 0 && theirDays.length > 0 && !ourDays.some((d) => theirDays.some((e) => datesAgree(d, e)))) continue;
    context.report({
      confidence: confidence(0.8, blockWeight(article.sentences[a.sentence])),
      message: 'changed',
      data: { type: 'Place', where: placeOf(article.sentences[a.sentence]!), old: r.text, new: a.text, report: report.doc.path },
      locations: changeLocations(context, a, r),
      evidence: { expected: r.text, actual: a.text, type: 'place' },
    });
  }
}

/** A street's name, by the word it ends on ("Depot Road", "Elm Street"). */
function streetName(lexicon: RuleContext['lexicon'], text: string): boolean {
  return lexicon.placeEndings.has(text.split(/\s+/).pop() ?? '');
}

/** Words that, before a number, name a road ("Highway 361", "Route 9"). */
const ROAD = /^(?:highway|route|interstate|motorway)$/i;

/** A name after "in" is a place, or a name the copy does not type ("a former rail yard in Eastfield"). */
const PLACE_TYPES = new Set<EntityType>(['place', 'other']);

/** Prepositions that place a thing ("the warehouse in Millbrook", "a plant near Leek"). */
const PLACING = new Set(['in', 'at', 'near', 'outside']);

/**
 * Things placed by a preposition before a place's name, outside quotations, by the lemmas of their
 * words after the article ("vacant warehouse"): thing → the mentions of the places it is put in.
 */
function placedThings(context: RuleContext, analysis: RuleContext['analysis']): Map<string, Mention[]> {
  const out = new Map<string, Mention[]>();
  for (const ctx of analysis.contexts) {
    const { words } = ctx;
    for (let k = 3; k < words.length; k++) {
      const place = ctx.mentionAt[k];
      if (!place || ctx.mentionAt[k - 1] === place || place.form === 'demonym' || place.inQuote || !PLACE_TYPES.has(analysis.entityById.get(place.entity)?.type ?? 'person')) continue;
      // ("in the Southgate neighborhood")
      const at = words[k - 1]!.lower === 'the' ? k - 2 : k - 1;
      if (!PLACING.has(words[at]?.lower ?? '')) continue;
      const thing: string[] = [];
      let j = at - 1;
      while (j >= 0 && !ctx.mentionAt[j] && (words[j]!.pos === 'NOUN' || words[j]!.pos === 'ADJ') && /^\p{Ll}/u.test(words[j]!.text)) thing.unshift(words[j--]!.lemma);
      if (thing.length < 2 || words[at - 1]!.pos !== 'NOUN' || !(j >= 0 && (context.lexicon.determiners.has(words[j]!.lower) || context.lexicon.possessives.has(words[j]!.lower)))) continue;
      pushTo(out, thing.join(' '), place);
    }
  }
  return out;
}

/** How sure a place of one list against a place of another, with no member in common, is a place changed. */
const LISTS_APART = 0.5;

/** A name one of a list of names: a comma, "and" or "or" between it and a name beside it ("Reno, Pahrump and Elko"). */
function inList(analysis: RuleContext['analysis'], mention: Mention): boolean {
  const joins = (k: number) => /^(?:,|and|or)$/.test(analysis.tokens[k]?.lower ?? '');
  const startsAt = (k: number) => analysis.mentions.some((m) => m.tokenStart === k && m.sentence === mention.sentence);
  const endsAt = (k: number) => analysis.mentions.some((m) => m.tokenEnd === k && m.sentence === mention.sentence);
  return (joins(mention.tokenEnd) && startsAt(mention.tokenEnd + 1)) || (joins(mention.tokenStart - 1) && endsAt(mention.tokenStart - 1));
}

function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}
