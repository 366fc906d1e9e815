/**
 * The patterns of false findings the judged real-copy benchmark showed (corpus/real, issue 10), each
 * told in copy of our own: what copydesk must stay quiet on, or say only as "worth a look".
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyseInput, checkInput } from '../src/engine/check.js';
import { diffInputs } from '../src/engine/diff.js';
import { toSource } from '../src/engine/related.js';
import type { Finding } from '../src/model/finding.js';
import { Session } from '../src/session/session.js';

const set = new Session().ruleSetFor({ noConfig: true });
const input = (path: string, text: string) => ({ path, text, bom: false });
// the findings an editor is asked to act on, and those demoted for low confidence, with their scores
const raised = (findings: Finding[]) =>
  findings.filter((f) => f.severity !== 'info' || f.lowConfidence).map((f) => `${f.ruleId} ${f.severity} ${f.evidenceScore ?? f.confidence}: ${f.message}`);
const diff = (old: string, text: string) => raised(diffInputs([input('old.md', old), input('new.md', text)], set).findings);
const check = (text: string, related?: string) =>
  raised(checkInput(input('article.md', text), set, related === undefined ? [] : [toSource(analyseInput(input('related.md', related), set.lexicon))]).findings);

test('numbers: "in their 40\'s and 50\'s" is an age bracket, however the tagger splits it', () => {
  const analysis = analyseInput(input('a.md', "The unnamed men, in their 40's and 50's, were arrested after guards saw them.\n"), set.lexicon);
  assert.deepEqual(analysis.contexts.flatMap((c) => c.numbers.map((n) => n.text)), []);
});

test('numbers: rupees in the Indian scales ("Rs 4.72 crore", "Rs. 61 lakh", "₹38 lakh") are sums in one unit, and "and" joins a figure only after "hundred" or "thousand"', () => {
  const analysis = analyseInput(input('a.md', 'Victims lost Rs 4.72 crore, one of them Rs. 61 lakh; police froze ₹38 lakh and INR 5 crore and 20 rupees.\n'), set.lexicon);
  assert.deepEqual(
    analysis.contexts.flatMap((c) => c.numbers.map((n) => [n.text, n.kind, n.key, n.unit])),
    [['Rs 4.72 crore', 'money', '47200000', 'rupee'], ['Rs. 61 lakh', 'money', '6100000', 'rupee'], ['₹38 lakh', 'money', '3800000', 'rupee'], ['INR 5 crore', 'money', '50000000', 'rupee'], ['20 rupees', 'money', '20', 'rupee']],
  );
});

test('an intention is no event, however far the clause runs on: "planned to wait … so he could kill them all"', () => {
  assert.deepEqual(
    check('# Shooting\n\nJohnson shot and killed Bryan Mort on the river bank on July 31. He had planned to wait for the teens to reach the Michigan side of the river so he could kill them all and lure the police.\n'),
    [],
  );
});

test('a negation reworded keeps its sense: "without knowing" / "did not know", "nor" after a denial / "or"', () => {
  assert.deepEqual(diff('He bought the computer legally, without knowing that it held stolen software.', 'He bought the computer legally and did not know that it held stolen software.'), []);
  assert.deepEqual(diff('Few losses are expected in sales nor in research and development.', 'Few losses are expected in sales or in research and development.'), []);
  // a denial an edit adds is still a reversal
  assert.deepEqual(diff('The council approved the plan.', 'The council did not approve the plan.'), [
    'flipped-polarity warning 0.8: Statement reversed in paragraph 1 (negation added): “approved” became “did not approve”',
  ]);
});

test('a hedge whose claim is itself an accusation is not lost: "allegedly accused" → "accused"', () => {
  assert.deepEqual(diff('The prison holds the most dangerous men in the world, allegedly accused of terrorism.', 'The prison holds the most dangerous men in the world, accused of terrorism.'), []);
});

test('worth a look, not a warning: a title made exact, a source named at last', () => {
  assert.deepEqual(diff('Geoff Vazey, the manager of the plant, said the line would reopen.', 'Geoff Vazey, the Managing Director of the plant, said the line would reopen.'), [
    'changed-role info 0.51: Title of Geoff Vazey changed in paragraph 1: “manager” became “Managing Director”',
  ]);
  assert.deepEqual(diff('The hacker stated that it will take time to absorb the result.', 'Schwartz stated that it will take time to absorb the result.'), [
    'changed-attribution info 0.32: Attribution changed in paragraph 1: the claim was attributed to hacker and is now attributed to Schwartz',
  ]);
  // another title for the same person stays a warning
  assert.deepEqual(diff('Ann Cole, the deputy chief constable, said the inquiry would continue.', 'Ann Cole, the assistant chief constable, said the inquiry would continue.'), [
    'changed-role warning 0.85: Title of Ann Cole changed in paragraph 1: “deputy chief constable” became “assistant chief constable”',
  ]);
});

test('against a report: a total and its parts agree, and a negation counts in the clause restated', () => {
  assert.deepEqual(
    check(
      'The purchase was paid for with £400,000 from the Memorial Fund, £250,000 from the Art Fund and £450,000 raised by the gallery.',
      'The gallery paid £1.1 million for the painting, with help from the Memorial Fund and the Art Fund.',
    ),
    [],
  );
  assert.deepEqual(
    check('The report found no evidence that Cllr Haworth had benefited personally from the contract.', 'I have done nothing wrong, and the report found no evidence that I gained personally from the contract.'),
    [],
  );
});

test('"Cllr" is an honorific: "Cllr Barraclough" is the report\'s "Sue Barraclough"', () => {
  assert.deepEqual(
    check(
      'Its leader, Cllr Sue Barraclough, welcomed the resignation. "It is right that someone has taken responsibility," Cllr Barraclough said.',
      'The leader of the opposition, Sue Barraclough, said her group would keep pressing for a review. "It is right that someone has taken responsibility," Sue Barraclough said.',
    ),
    [],
  );
});

test('names: a diacritic restored is the same name, an acronym may follow another word order', () => {
  assert.deepEqual(diff('In 2018, Serbia president Aleksandar Vucic said the agreement was a difficult compromise.', 'In 2018, Serbia president Aleksandar Vučić said the agreement was a difficult compromise.'), []);
  assert.deepEqual(diff('The CPC held its congress in Beijing on Monday, state media said.', 'The Chinese Communist Party held its congress in Beijing on Monday, state media said.'), []);
  const analysis = analyseInput(input('a.md', 'Łukasz Fabiański said Aleksandar Vučić had called.\n'), set.lexicon);
  assert.deepEqual(analysis.mentions.map((m) => m.text), ['Łukasz Fabiański', 'Aleksandar Vučić']);
});

test('a name respelt to the spelling the article already used elsewhere is worth a look; away from it, a warning', () => {
  const consistent = 'Lisa Phillips joined the board in May. Phillips said the deal was fair. Phillips told the meeting it would close in June.';
  assert.deepEqual(diff(consistent.replace(/Phillips told/, 'Philips told'), consistent), ['changed-name info 0.48: Person respelt in paragraph 1: “Philips” became “Phillips”']);
  assert.deepEqual(diff('Lisa Phillips joined the board in May. Phillips said the deal was fair.', 'Lisa Philips joined the board in May. Philips said the deal was fair.'), [
    'changed-name warning 0.86: Person respelt in paragraph 1: “Lisa Phillips” became “Lisa Philips”',
  ]);
});

test('figures: a range turned round is the same range; a figure changed is still a change', () => {
  assert.deepEqual(diff('The rocks formed 60 to 100 million years ago, the survey found.', 'The rocks formed 100 to 60 million years ago, the survey found.'), []);
  assert.deepEqual(diff('The storm killed 12 people in Brora on Tuesday, officials said.', 'The storm killed 14 people in Brora on Tuesday, officials said.'), ['changed-number warning 0.95: Number changed in paragraph 1: “12” became “14”']);
});

test('quotations: a stray space fixed is no change, and an inch mark opens no quotation', () => {
  assert.deepEqual(diff('"About 30 to 40 R AW operatives work along the coast," the ministry said.', '"About 30 to 40 RAW operatives work along the coast," the ministry said.'), []);
  assert.deepEqual(
    diff(
      'The plan used a 16" gun to fire the projectiles into orbit at high speed, and the tests took place in Barbados.',
      'The plan used a 16" gun to fire the projectiles into orbit at very high speed, and the tests took place in Barbados.',
    ),
    [],
  );
});

test('hedges: a claim cut with its hedge loses none, and "are said to" for "it was reported that" keeps the distance', () => {
  assert.deepEqual(diff('They are compiled to remember the war dead, but may also commemorate those buried in the cemetery.', 'They are compiled to remember and commemorate the war dead.'), []);
  assert.deepEqual(diff('About 100 refugees from Russia are said to reside in Malaysia.', 'In 2008, it was reported that about 100 refugees from Russia were residing in Malaysia.'), []);
});

test('against a report: one length of time in other units, a place told more exactly, a title told shorter agree', () => {
  assert.deepEqual(
    check(
      'The former business manager will spend 51 months in prison for stealing $412,600 from the district, a judge ruled Thursday.',
      'A former business manager was sentenced Thursday to four years and three months in prison for stealing $412,600 from the district.',
    ).filter((f) => !f.startsWith('related-detail')),
    [],
  );
  assert.deepEqual(
    check('Production will move to a Hollis plant in Greeley, Colorado, and to Monterrey, Mexico, the company said.', 'Hollis will close its plant in Dunmore, Ohio, and shift the work to Mexico and Colorado, the company said.'),
    [],
  );
  assert.deepEqual(check('Sgt. Lena Ortiz said the paintings had not been recovered.', 'Detective Sergeant Lena Ortiz said the paintings had not been recovered.'), []);
  // a word that makes another rank is a disagreement
  assert.deepEqual(check('Detective Inspector Paul Houlahan said the inquiry would continue.', 'Detective Chief Inspector Paul Houlahan said the inquiry would continue.'), [
    'related-role error 0.85: Title in paragraph 1 differs from related.md: the article calls Paul Houlahan “Detective Inspector”, the report “Detective Chief Inspector”',
  ]);
});

test('against a report: "declined to comment" is "would not comment", a plea of not guilty is no reversal, the one accused is no source', () => {
  assert.deepEqual(check('His lawyer, public defender Mark Tenney, would not comment after the hearing.', 'His attorney, public defender Mark Tenney, declined to comment after the hearing.'), []);
  assert.deepEqual(check('A former security guard pleaded not guilty on Monday to stealing two paintings.', 'A former security guard accused of stealing two paintings pleaded not guilty Monday.'), []);
  const analysis = analyseInput(input('a.md', 'Prosecutors said Pettibone used the money to pay for renovations.\n'), set.lexicon);
  assert.deepEqual([...analysis.attribution.values()], [{ speaker: 'prosecutors', verb: 'said' }]);
});

test('a participle opening a sentence is no part of the name after it', () => {
  const analysis = analyseInput(input('a.md', "Hartfield Dairies was founded in 1921.\n\nIncluding Hartfield's net debt, the deal is worth £310m, Brightwell said.\n"), set.lexicon);
  assert.deepEqual(analysis.entities.map((e) => e.name).sort(), ['Brightwell', 'Hartfield Dairies']);
  assert.deepEqual(analysis.entityById.get('hartfield-dairies')!.mentions.map((m) => m.text), ['Hartfield Dairies', 'Hartfield']);
});

test('after "to" or "in", a gendered given name before a surname is a person; before a noun for a place, a place', () => {
  const analysis = analyseInput(input('a.md', 'Sluiter lost to Michaël Llodra on Tuesday. The virus spread in Marlow County.\n'), set.lexicon);
  assert.deepEqual(analysis.entities.map((e) => `${e.name}:${e.type}`).sort(), ['Marlow County:place', 'Michaël Llodra:person', 'Sluiter:other']);
});

test('"adds" with an object and no clause after it adds a thing and says nothing; "added the plan would" says something', () => {
  const things = analyseInput(input('a.md', 'The Battle Creek facility will close next year, after the Georgia plant adds a second shift.\n'), set.lexicon);
  assert.deepEqual([...things.attribution.values()], []);
  const said = analyseInput(input('a.md', 'The mill will close next year. Tom Reyes added the plan would cost 40 jobs.\n'), set.lexicon);
  assert.deepEqual([...said.attribution.values()], [{ speaker: 'tom-reyes', verb: 'added' }]);
});


test('against a report: an act announced is worth a look when stated as fact; a permission is no hedge; two words must qualify one thing to be opposites', () => {
  assert.deepEqual(
    check(
      'Carol Pettibone was sentenced Thursday to 51 months in state prison for stealing from the district.',
      'District Attorney Renee Okonjo-Hart announced that Carol Pettibone was sentenced Thursday to 51 months in state prison for stealing from the district.',
    ),
    ['related-attribution info 0.53: Claim in paragraph 1 stands unattributed; related.md attributes it to Renee Okonjo-Hart'],
  );
  assert.deepEqual(check('Each patient is allowed one named visitor, the trust said.', 'Each patient may have one named visitor, the trust said.'), []);
  assert.deepEqual(
    check('The union said it was told about an hour before the announcement was made public and would press for talks.', 'The plant is the largest private employer in Dunmore, a city of about 14,000 people.'),
    [],
  );
});

test('two reports that say the same thing make one finding, pointing at both', () => {
  const article = input('article.md', 'A Horsforth financial adviser who stole from his clients has been jailed for five years and six months.\n');
  const reports = [
    'A financial adviser who stole from his clients was jailed on Friday for five years and nine months.\n',
    'A financial adviser who stole from clients has today been jailed for five years and nine months.\n',
  ].map((text, k) => toSource(analyseInput(input(`report-${k + 1}.md`, text), set.lexicon)));
  // (months counted in words on both sides are a figure of one thing: an error, though the sentences match loosely)
  const findings = checkInput(article, set, reports).findings.filter((f) => f.severity !== 'info' || f.lowConfidence);
  assert.deepEqual(
    findings.map((f) => [f.ruleId, f.severity, f.locations.map((l) => `${l.path}:${l.text}`)]),
    [['related-number', 'error', ['article.md:six', 'report-1.md:nine', 'report-2.md:nine']]],
  );
});

test('figures: a rise told for the old level agrees, a sum the edit breaks does not; lengths of time compare across units', () => {
  assert.deepEqual(check('The monthly adult pass will go up $10, to $70.', 'The monthly pass will rise from $60 to $70.'), []);
  assert.deepEqual(diff('Okonjo took 1,486 votes, 212 more than Vance, who polled 1,274.', 'Okonjo took 1,486 votes, 221 more than Vance, who polled 1,274.'), [
    'changed-number warning 0.76: Number changed in paragraph 1: “212” became “221”',
  ]);
  assert.deepEqual(check('Atkinson and Boultbee received two years and two years and three months respectively.', 'Atkinson and Boultbee were sentenced to 24 and 27 months respectively.'), []);
  assert.deepEqual(check('He was jailed for 30 months, the court said.', 'He was jailed for 18 months, the court said.'), [
    'related-number error 0.88: Number in paragraph 1 differs from related.md: the article says “30”, the report “18”',
  ]);
});

test('"said MVTA Chief Executive Officer Renée Duarte": the person speaks, for the organisation', () => {
  const analysis = analyseInput(input('a.md', '"Holding fares flat was not sustainable," said MVTA Chief Executive Officer Renée Duarte.\n'), set.lexicon);
  assert.deepEqual(analysis.quotes.map((q) => [q.text, q.speaker]), [['Holding fares flat was not sustainable,', 'renee-duarte']]);
});

test('an edit: a time stamp is furniture, a comparative swapped is a reversal, "avoiding" for "not" is none', () => {
  assert.deepEqual(
    diff(
      '# Study\n\n*Published 3 hours ago*\n\nThe link was weaker in girls than in boys, and weaker at weekends.\n\nSchools could help by avoiding setting homework late.',
      '# Study\n\n*Published 5 hours ago*\n\nThe link was stronger in girls than in boys, and weaker at weekends.\n\nSchools could help by not setting homework late.',
    ),
    ['flipped-polarity warning 0.85: Statement reversed in paragraph 1 (antonym swapped in): “weaker” became “stronger”'],
  );
});

test('names: an honorific starts a name, a possessive inside an institution continues one, a place ending an apposition does not speak', () => {
  const analysis = analyseInput(
    input('a.md', 'Co-author Dr Sunil Varma, a consultant at Alder Hey Children\'s Hospital in Liverpool, said parents should not panic. "We cannot say phones cause poor sleep," he said.\n'),
    set.lexicon,
  );
  assert.deepEqual(
    analysis.mentions.map((m) => [m.text, analysis.entityById.get(m.entity)!.type]),
    [['Co-author', 'other'], ['Sunil Varma', 'person'], ["Alder Hey Children's Hospital", 'org'], ['Liverpool', 'place'], ['he', 'person']],
  );
  assert.deepEqual(analysis.quotes.map((q) => q.speaker), ['sunil-varma']);
});

test('against a report: a figure the article gives elsewhere, a scale on a sentence\'s last figure, a source noun doing its own act, an attribution line before a quotation', () => {
  assert.deepEqual(check('More than 1,100 firefighters are now assigned to the fire. Two firefighters have suffered minor injuries.', '**Injuries:** 2 firefighters (minor)'), []);
  assert.deepEqual(check('The council is putting in the remaining £7.4m.', 'The council is contributing £7.4 million.'), []);
  assert.deepEqual(check('The council has already commissioned a review of the junction.', 'The council said it would respond within 56 days and had already commissioned a review of the junction.'), []);
  assert.deepEqual(check("Ryedale's board has recommended the offer to shareholders.", 'Helen Marsh, chair of Ryedale, said:\n\n"The board has recommended the offer to shareholders."'), []);
});
