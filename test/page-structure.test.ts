import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildDocument } from '../src/load/document.js';
import { checkInput } from '../src/engine/check.js';
import { Session } from '../src/session/session.js';
import { defaultLexicon } from './support/fixtures.js';

function kinds(path: string, text: string): [string, string][] {
  return buildDocument({ path, text, bom: false }, defaultLexicon()).blocks.map((b) => [b.kind, b.text.trim()]);
}

const PAGE = [
  'EXCLUSIVE',
  '',
  'Harbour crane collapses onto ferry terminal',
  '',
  'By Ana Ruiz, Transport Correspondent',
  '',
  'PORT CALDER, March 3 (Coastline News) — A crane collapsed onto the ferry terminal on Monday, injuring four workers.',
  '',
  'Photo: Coastline News/J. Smith',
  '',
  'The crane had been inspected in January, the port authority said.',
  '',
  '"We are looking at every bolt of that crane," the harbour master, Piet Jansen, said on Tuesday.',
  '',
  'Piet Jansen: "We are looking at every bolt of that crane."',
  '',
  'Sign up for our morning newsletter',
  '',
  'Read more: Port expansion approved',
  '',
  "Correction: An earlier version of this article gave the number of workers injured as five.",
  '',
].join('\n');

test('page furniture in plain text: kicker, byline, dateline, credit, pull quote, promotion, related line, correction', () => {
  assert.deepEqual(kinds('page.txt', PAGE), [
    ['kicker', 'EXCLUSIVE'],
    ['title', 'Harbour crane collapses onto ferry terminal'],
    ['byline', 'By Ana Ruiz, Transport Correspondent'],
    ['dateline', 'PORT CALDER, March 3 (Coastline News) —'],
    ['paragraph', 'A crane collapsed onto the ferry terminal on Monday, injuring four workers.'],
    ['credit', 'Photo: Coastline News/J. Smith'],
    ['paragraph', 'The crane had been inspected in January, the port authority said.'],
    ['paragraph', '"We are looking at every bolt of that crane," the harbour master, Piet Jansen, said on Tuesday.'],
    ['pull-quote', 'Piet Jansen: "We are looking at every bolt of that crane."'],
    ['related', 'Sign up for our morning newsletter'],
    ['related', 'Read more: Port expansion approved'],
    ['note', 'Correction: An earlier version of this article gave the number of workers injured as five.'],
  ]);
});

test('page furniture in Markdown: the dateline comes off the first paragraph, a credit line is not body', () => {
  const md = '# Crane collapses\n\nLONDON — A crane collapsed on Monday.\n\n*Photo: Coastline News*\n\nFour workers were hurt.\n';
  assert.deepEqual(kinds('page.md', md), [
    ['title', 'Crane collapses'],
    ['dateline', 'LONDON —'],
    ['paragraph', 'A crane collapsed on Monday.'],
    ['credit', 'Photo: Coastline News'],
    ['paragraph', 'Four workers were hurt.'],
  ]);
});

test('a line labelled as a picture caption is a caption, whose names are the story\'s; "Picture:" alone is a credit', () => {
  const text = 'Fire crews reached the flat in six minutes.\n\nPicture caption: Watch manager Steven Doyle at the scene\n\nPicture: Merseyside Fire\n';
  assert.deepEqual(kinds('page.txt', text), [
    ['paragraph', 'Fire crews reached the flat in six minutes.'],
    ['caption', 'Picture caption: Watch manager Steven Doyle at the scene'],
    ['credit', 'Picture: Merseyside Fire'],
  ]);
});

test('a pull quote restating the body is no repetition, and the body is numbered without the furniture', () => {
  const set = new Session().ruleSetFor({ noConfig: true });
  const checked = checkInput({ path: 'page.txt', text: PAGE, bom: false }, set);
  assert.deepEqual(checked.findings.filter((f) => f.severity !== 'info').map((f) => f.ruleId), []);
  assert.deepEqual(checked.analysis.doc.blocks.filter((b) => b.paragraph > 0).map((b) => b.paragraph), [1, 2, 3]);
});

const HP = [
  '# HP to cut 14,500 jobs',
  '',
  '![Mark Hurd](hurd.jpg)',
  '*HP chief executive Mark Hurd, who took office about three months ago.*',
  '',
  'HP chief executive Mark Hurd, who took office about three months ago, has decided to fold sales and marketing into the business units.',
  '',
  '![Palo Alto](hq.jpg)',
  '',
  '*The company headquarters in Palo Alto.*',
  '',
  'The job cuts are expected to save HP US$1.9 billion a year.',
  '',
  '> **AT A GLANCE**',
  '> - 14,500 jobs, about 10% of the staff',
  '> - Expected savings: US$1.9 billion a year',
  '',
  'Key facts',
  '',
  'The cuts will be spread over six quarters.',
  '',
].join('\n');

test('Markdown captions (set with their image, or in emphasis under it) and fact boxes under a label are furniture', () => {
  assert.deepEqual(kinds('hp.md', HP), [
    ['title', 'HP to cut 14,500 jobs'],
    ['caption', 'HP chief executive Mark Hurd, who took office about three months ago.'],
    ['paragraph', 'HP chief executive Mark Hurd, who took office about three months ago, has decided to fold sales and marketing into the business units.'],
    ['caption', 'The company headquarters in Palo Alto.'],
    ['paragraph', 'The job cuts are expected to save HP US$1.9 billion a year.'],
    ['box', 'AT A GLANCE'],
    ['box', '14,500 jobs, about 10% of the staff'],
    ['box', 'Expected savings: US$1.9 billion a year'],
    // a label with nothing listed under it heads no box
    ['paragraph', 'Key facts'],
    ['paragraph', 'The cuts will be spread over six quarters.'],
  ]);
  const set = new Session().ruleSetFor({ noConfig: true });
  const checked = checkInput({ path: 'hp.md', text: HP, bom: false }, set);
  // the caption and the box restate the body: no repetition
  assert.deepEqual(checked.findings.filter((f) => f.ruleId === 'repeated-claim').map((f) => f.message), []);
});

test('a heading that closes with a box label ("… at a glance") heads a fact box, no repetition of the body', () => {
  const text = '# Double demerits return\n\nThe minimum penalty for any double demerit offence is 6 points.\n\n### Demerit point limits at a glance\n\n- P1 licence: 3 points\n- Minimum penalty for a double demerit offence: 6 points\n\nPolice urged drivers to plan long trips.\n';
  assert.deepEqual(kinds('dd.md', text).slice(2), [
    ['box', 'Demerit point limits at a glance'],
    ['box', 'P1 licence: 3 points'],
    ['box', 'Minimum penalty for a double demerit offence: 6 points'],
    ['paragraph', 'Police urged drivers to plan long trips.'],
  ]);
  const set = new Session().ruleSetFor({ noConfig: true });
  assert.deepEqual(checkInput({ path: 'dd.md', text, bom: false }, set).findings.filter((f) => f.ruleId === 'repeated-claim').map((f) => f.message), []);
});

test('a fact box that gives another figure than the body is still a contradiction', () => {
  const text = '# Cuts\n\nThe company will cut 14,500 jobs over six quarters.\n\n> **Key facts**\n> - The company will cut 12,000 jobs over six quarters\n';
  const set = new Session().ruleSetFor({ noConfig: true });
  const findings = checkInput({ path: 'cuts.md', text, bom: false }, set).findings.filter((f) => f.severity !== 'info');
  assert.deepEqual(findings.map((f) => [f.ruleId, f.locations.map((l) => l.text), f.message]), [
    ['contradicted-number', ['The company will cut 12,000 jobs over six quarters', 'The company will cut 14,500 jobs over six quarters.'], 'Job cuts: the fact box says “12,000”, but paragraph 1 says “14,500”'],
  ]);
});

test('a pull quote set apart with its speaker\'s credit after it is furniture, not a repetition', () => {
  const set = new Session().ruleSetFor({ noConfig: true });
  const text = '# Lumen hires a scientist\n\n"For fifteen years I have looked at these capsids as machines," she said. "Now I want to see one of them help a child keep her sight."\n\n> "Now I want to see one of them help a child keep her sight."\n> — Priya Natarajan\n\nThe trial begins in May.\n';
  const checked = checkInput({ path: 'page.md', text, bom: false }, set);
  assert.deepEqual(checked.analysis.doc.blocks.map((b) => b.kind), ['title', 'paragraph', 'pull-quote', 'paragraph']);
  assert.deepEqual(checked.findings.filter((f) => f.ruleId === 'repeated-claim').map((f) => f.message), []);
});

test('a credit or a cross-reference run into a paragraph is furniture by sentence; a slash or brackets in a sentence of the body are not', () => {
  const set = new Session().ruleSetFor({ noConfig: true });
  const text = [
    'The telescope photographed NGC 7496, whose arms are full of bubbles. NASA/ESA/CSA/J. Lee of NOIRLab',
    '',
    'Gilead reported lower sales of remdesivir. (Also see "Gilead CAR-T Joins Billion-Dollar Club" - Scrip, 2 Feb, 2023.)',
    '',
    'The telescope also photographed NGC 1433, a barred spiral galaxy. NASA/ESA/CSA/J. Lee of NOIRLab',
    '',
    'Pfizer expects sales of Paxlovid to fall. (Also see "Pfizer\'s COVID-19 Franchise Hits The Downturn" - Scrip, 31 Jan, 2023.)',
    '',
    'The Labour/Green coalition will vote on the budget. (The council denies this.)',
    '',
  ].join('\n');
  const checked = checkInput({ path: 'page.md', text, bom: false }, set);
  assert.deepEqual(
    checked.analysis.sentences.map((s) => [s.kind, s.text]),
    [
      ['paragraph', 'The telescope photographed NGC 7496, whose arms are full of bubbles.'],
      ['credit', 'NASA/ESA/CSA/J.'],
      ['credit', 'Lee of NOIRLab'],
      ['paragraph', 'Gilead reported lower sales of remdesivir.'],
      ['related', '(Also see "Gilead CAR-T Joins Billion-Dollar Club" - Scrip, 2 Feb, 2023.)'],
      ['paragraph', 'The telescope also photographed NGC 1433, a barred spiral galaxy.'],
      ['credit', 'NASA/ESA/CSA/J.'],
      ['credit', 'Lee of NOIRLab'],
      ['paragraph', 'Pfizer expects sales of Paxlovid to fall.'],
      ['related', '(Also see "Pfizer\'s COVID-19 Franchise Hits The Downturn" - Scrip, 31 Jan, 2023.)'],
      ['paragraph', 'The Labour/Green coalition will vote on the budget.'],
      ['paragraph', '(The council denies this.)'],
    ],
  );
  assert.deepEqual(checked.findings.filter((f) => f.ruleId === 'repeated-claim').map((f) => f.message), []);
});

test('a paragraph set in Title Case with no closing stop is a heading, not body: its capitals are no names (blind set BA)', () => {
  const md = '# OFFICE OF THE ATTORNEY GENERAL\n\n## NEWS RELEASE\n\nPresent: Cllr Raman, Cllr Patel, Cllr Hughes\n\n**Attorney General Delaney Sues Henderson Solar Company Over Deceptive Door-to-Door Sales**\n\nCARSON CITY, Nev. — Attorney General Marcus Delaney filed a lawsuit today.\n\n**Record Crowds Expected at the Fair**\n\nThe Fair Opens at Noon on Friday.\n';
  assert.deepEqual(kinds('release.md', md), [
    ['kicker', 'OFFICE OF THE ATTORNEY GENERAL'],
    ['title', 'NEWS RELEASE'],
    // (a label's list of names is no heading; review)
    ['paragraph', 'Present: Cllr Raman, Cllr Patel, Cllr Hughes'],
    ['heading', 'Attorney General Delaney Sues Henderson Solar Company Over Deceptive Door-to-Door Sales'],
    ['dateline', 'CARSON CITY, Nev. —'],
    ['paragraph', 'Attorney General Marcus Delaney filed a lawsuit today.'],
    ['heading', 'Record Crowds Expected at the Fair'],
    // (a sentence closes with a stop)
    ['paragraph', 'The Fair Opens at Noon on Friday.'],
  ]);
});

test('a first line of one sentence with no full stop is the headline in Markdown too, though no "#" marks it (blind set BU)', () => {
  const set = new Session().ruleSetFor({ noConfig: true });
  const text = 'Harbourline to buy pulp maker Baie-Verte in $412.6-million deal\n\nMONTREAL — Harbourline has agreed to buy Baie-Verte in a deal that values it at $412.6 million.\n\nThe $421.6-million price includes debt.\n';
  const checked = checkInput({ path: 'page.md', text, bom: false }, set);
  assert.deepEqual(checked.analysis.sentences.map((s) => s.kind).slice(0, 2), ['title', 'dateline']);
  assert.deepEqual(
    checked.findings.filter((f) => f.ruleId === 'transposed-figure').map((f) => `${f.locations[0]!.start.line}:${f.locations[0]!.start.column} ${f.message}`),
    ['5:5 “$421.6-million” in paragraph 2 and “$412.6 million” in paragraph 1 differ by two swapped digits: one of them is likely a slip'],
  );
});
