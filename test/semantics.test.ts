/**
 * Claims in other words (issue 11): the word table built from WordNet, the word vectors and the name
 * lists, and what the rules make of it.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyseInput, checkInput } from '../src/engine/check.js';
import { datesAgree } from '../src/claims/numbers.js';
import { antonymous, cosine, derived, isGivenName, isPersonNoun, knownWord, synonymous } from '../src/lexicon/semantics.js';
import { Session } from '../src/session/session.js';

const set = new Session().ruleSetFor({ noConfig: true });
const input = (path: string, text: string) => ({ path, text, bom: false });
const raised = (text: string) =>
  checkInput(input('article.md', text), set)
    .findings.filter((f) => f.severity !== 'info')
    .map((f) => `${f.ruleId} ${f.severity} ${f.evidenceScore ?? f.confidence}: ${f.message}`);

test('the word table: WordNet synonyms, antonyms and derived forms, vectors, given names and nouns for people', () => {
  assert.equal(synonymous('quake', 'earthquake'), true);
  assert.equal(synonymous('quake', 'flood'), false);
  assert.equal(antonymous('rise', 'fall'), true);
  assert.equal(derived('resign', 'resignation'), true);
  assert.ok(cosine('arrested', 'detained')! > 0.85, 'close vectors');
  assert.ok(cosine('arrested', 'praised')! < 0.4, 'far vectors');
  assert.equal(cosine('arrested', 'zzzzq'), undefined);
  assert.equal(isGivenName('Lindsey'), true);
  assert.equal(isGivenName('Harwood'), false);
  assert.equal(isPersonNoun('composer'), true);
  assert.equal(isPersonNoun('hospital'), false);
  // (WordNet files a driver as an operator, a "causal agent", in its file of nouns for people; not its spirits)
  assert.equal(isPersonNoun('driver'), true);
  assert.equal(isPersonNoun('motorist'), true);
  assert.equal(isPersonNoun('spirit'), false);
  assert.equal(knownWord('minister'), true);
  assert.equal(knownWord('kachinsky'), false);
});

test('events told in other words: an idiom is the event, and the subject of a reported clause is not the speaker', () => {
  assert.deepEqual(raised('Paul Hunter died at a hospice in Huddersfield on Monday evening. He was 27. Friends said he had lost his fight with the illness on Monday night.'), [
    'repeated-claim warning 0.85: Death of Paul Hunter in Huddersfield (Monday) is reported twice (paragraph 1)',
  ]);
  const analysis = analyseInput(input('a.md', 'Prosecutors said Johnson gave himself up to officers on August 1.\n'), set.lexicon);
  assert.deepEqual(analysis.claims.map((c) => [c.frame, c.subjects]), [['surrender', ['johnson']]]);
});

test('a verb after a modal is a verb, whatever the tagger read: "will close" against "will not close"', () => {
  assert.deepEqual(raised('Northline will close Harwood Road in June, the firm said on Monday. In a statement to staff, Northline has said it will not close Harwood Road this year.'), [
    'affirmed-and-denied error 0.8: Closure of Harwood Road: paragraph 1 says it did not happen, but paragraph 1 says it happened',
  ]);
});

test('names: a stray spelling of a known surname, accents dropped, a person known by a noun for a person beside the name', () => {
  assert.deepEqual(raised('Johnson is being represented by a public defender, Len Kachinsky. Kachinski did not respond to a request for comment.'), [
    'name-form warning 0.77: “Kachinski” is spelt “Kachinsky” elsewhere (paragraph 1): check the spelling of Len Kachinsky',
  ]);
  assert.deepEqual(raised('Milan Dvořák, the Czech-born composer, died on Sunday. Dvorak wrote nine symphonies.'), [
    'name-form warning 0.77: “Dvorak” is spelt “Dvořák” elsewhere (paragraph 1): check the spelling of Milan Dvořák',
  ]);
  // two forms of one English word are no name spelt two ways
  assert.deepEqual(raised('The Democrats won the seat. A Democratic senator spoke.'), []);
});

test('dates: a weekday the calendar contradicts in the article\'s year; "Wednesday" and "Thursday 7 March" are two days', () => {
  assert.deepEqual(raised('---\ndate: 2024-01-03\n---\nThe storm hit on Monday, December 30. It was cleared by Tuesday, January 2.\n'), [
    'wrong-weekday warning 0.85: “Monday, December 30” in paragraph 1: 30 December 2023 is a Saturday, not a Monday (the article is dated 2024-01-03)',
  ]);
  // without the article's date, a year the copy only names anchors nothing
  assert.deepEqual(raised('The eruption of May 1980 is remembered. The vote is on Wednesday, March 22.\n'), []);
  const [wednesday, thursday] = analyseInput(input('a.md', 'Drivers walked out on Wednesday. The strike began on Thursday 7 March.\n'), set.lexicon).contexts.flatMap((c) => c.dates);
  assert.deepEqual([thursday!.text, thursday!.weekday], ['Thursday 7 March', 'thursday']);
  assert.equal(datesAgree(wednesday!, thursday!), false);
  assert.equal(datesAgree({ ...wednesday!, key: 'weekday-thursday' }, thursday!), true);
});

test('ages and shares: two ages of one person, a description resolved by title; shares of one group that cannot both hold', () => {
  assert.deepEqual(raised('Don Brash, 66, a former governor of the Reserve Bank, resigned on Monday.\n\nThe 68-year-old former governor will stay in Parliament.\n'), [
    'contradicted-attribute warning 0.8: Don Brash is 68 in paragraph 2 but 66 in paragraph 1',
  ]);
  // a bare "the 29-year-old" resolves to no one
  assert.deepEqual(raised('Daniel Marsh, 41, runs the firm. Police arrested a man. The 29-year-old was charged.\n'), []);
  assert.deepEqual(raised('The union said 2,310 of its 3,960 members backed the strike.\n\nAbout 58 per cent of the members backed it; roughly three-fifths of the members voted.\n'), []);
});
