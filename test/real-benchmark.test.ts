import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkInput } from '../src/engine/check.js';
import { Session } from '../src/session/session.js';
import { detokenise, wikinewsBlocks, wikinewsCopy } from '../scripts/detokenise.js';
import { JUDGEMENTS_FILE, REAL_DIR, judgementKey, judgementKeys, readJudgements, readSplit, unitOf } from '../scripts/real-bench.js';
import { tempDir } from './support/fixtures.js';

// Excerpts of IteraTeR's Wikinews text as the data set has it, and as the page published them.
const DETOKENISED: [string, string][] = [
  ['During a meeting of the Democratic Party of Serbia on Saturday , the Prime Minister Vojislav Kotunica said', 'During a meeting of the Democratic Party of Serbia on Saturday, the Prime Minister Vojislav Kotunica said'],
  ['the pressure from his cancelled sitcom Back To You ; the attack occurred', 'the pressure from his cancelled sitcom Back To You; the attack occurred'],
  ['Chung-laung Liu ( Taiwan Chapter Chair of ISOC ), and Maemura Akinori', 'Chung-laung Liu (Taiwan Chapter Chair of ISOC), and Maemura Akinori'],
  ['A raid occurred at 06:00 local time ( 09:00 ) at a number of locations', 'A raid occurred at 06:00 local time (09:00) at a number of locations'],
  ['downloads of TV programmes are up by 150\\% in a year. Most of the downloads, 70\\%, used BitTorrent', 'downloads of TV programmes are up by 150% in a year. Most of the downloads, 70%, used BitTorrent'],
  ['of the All Party Hurriyat Conference (APHC) Kashmir \'s largest separatist alliance .', 'of the All Party Hurriyat Conference (APHC) Kashmir\'s largest separatist alliance.'],
  ['said he was "saddened" by his uncle \' s death.', 'said he was "saddened" by his uncle\'s death.'],
  [
    ' %DIFDELCMD < %DIFDELCMD < %%% A fact sheet from the CRA states that " until the problem is resolved, we cannot process returns. Refunds will be delayed until processing is resumed " . A check',
    'A fact sheet from the CRA states that "until the problem is resolved, we cannot process returns. Refunds will be delayed until processing is resumed". A check',
  ],
  ['that is not explicitly stated, i.e . don\'t get your hopes up', 'that is not explicitly stated, i.e. don\'t get your hopes up'],
  ['building of a new $ 1.5 billion "skyway" portion of the San Francisco-Oakland Bay Bridge , according to', 'building of a new $1.5 billion "skyway" portion of the San Francisco-Oakland Bay Bridge, according to'],
  ['to confine them in isolation as \'political patients \' ," Myint Thein of the National League', 'to confine them in isolation as \'political patients\'," Myint Thein of the National League'],
  ['Many rally goers arrived on the scene with SUV’s or big pickup trucks towing cargo trailers loaded with cycles. 240px Growth in the sheer size', 'Many rally goers arrived on the scene with SUV’s or big pickup trucks towing cargo trailers loaded with cycles. Growth in the sheer size'],
  ['where most of the shooting occurred .Image courtesy of Christopher', 'where most of the shooting occurred. Image courtesy of Christopher'],
  // left alone: ellipses, dashes, times, web addresses, quotation marks already in place
  ['"They are so quietly tame. [...] We intend to find them the best homes," he said', '"They are so quietly tame. [...] We intend to find them the best homes," he said'],
  ['no returns - not even paper ones - can be accepted at Scifi-classics.net since 23:30 local time', 'no returns - not even paper ones - can be accepted at Scifi-classics.net since 23:30 local time'],
];

for (const [raw, copy] of DETOKENISED) {
  test(`detokenise: ${raw.slice(0, 50)}`, () => {
    assert.equal(detokenise(raw), copy);
    assert.equal(detokenise(copy), copy, 'published copy is left as it is');
  });
}

test('Wikinews layout: image captions, a dateline and a related-stories list stand alone, without their wiki markup', () => {
  assert.deepEqual(wikinewsBlocks('200px|Map of the Menominee River. Scott J. Johnson, 38, of Kingsford, Michigan was charged on Wednesday.', '111017'), [
    'Map of the Menominee River.',
    'Scott J. Johnson, 38, of Kingsford, Michigan was charged on Wednesday.',
  ]);
  assert.deepEqual(wikinewsBlocks('Image:US-DeptOfJustice-Seal.svg|Seal of the United States Department of Justice ]] Wikinews has learned that a DOJ address was blocked.', '104857'), [
    'Seal of the United States Department of Justice',
    'Wikinews has learned that a DOJ address was blocked.',
  ]);
  // a title's full stop does not end a caption; where the data set lost the end, CAPTION_ENDS has it
  assert.deepEqual(
    wikinewsBlocks('in the 1971 Indo-Pakistan War. 200px|Lt. Gen. A.A.K Niazi signs the instrument of surrender, handing over his troops to Lt. Gen. Jagjit Singh Aurora, Commander of Indian forces in East Pakistan Defence Minister A. K Antony laid wreaths.', '56794'),
    ['in the 1971 Indo-Pakistan War.', 'Lt. Gen. A.A.K Niazi signs the instrument of surrender, handing over his troops to Lt. Gen. Jagjit Singh Aurora, Commander of Indian forces in East Pakistan', 'Defence Minister A. K Antony laid wreaths.'],
  );
  assert.deepEqual(wikinewsBlocks('April 7, 2005 Category:April 7, 2005 400px|In the above file illustration, the yellow portion represents the skyway. Source: Caltrans The Federal Bureau of Investigation is investigating.', '7557'), [
    'April 7, 2005',
    'In the above file illustration, the yellow portion represents the skyway. Source: Caltrans',
    'The Federal Bureau of Investigation is investigating.',
  ]);
  assert.deepEqual(wikinewsBlocks('Armed police also were present for the accused\'s protection . Related Stories Wikinews Teacher found murdered in New Zealand classroom July 17, 2006', '45991'), [
    'Armed police also were present for the accused\'s protection .',
    'Related Stories Wikinews Teacher found murdered in New Zealand classroom July 17, 2006',
  ]);
  assert.equal(wikinewsCopy('300px| Memorial\'s gray panels rise above the crowd. The memorial was dedicated Saturday , in front of the State Capitol .', '71477'), 'Memorial\'s gray panels rise above the crowd.\n\nThe memorial was dedicated Saturday, in front of the State Capitol.\n');
});

test('a judgement key: document, rule and location texts, whitespace-normalised; hashed for SummEdits', () => {
  assert.equal(judgementKey('wikinews-45206', 'term-variant', ['U.S.', 'US']), 'wikinews-45206 | term-variant | U.S. | US');
  assert.equal(judgementKey('wikinews-1', 'repeated-claim', ['Police  arrested\ntwo men. ', 'Two men were\tarrested.']), judgementKey('wikinews-1', 'repeated-claim', ['Police arrested two men.', 'Two men were arrested.']));
  const hashed = judgementKey('summedits-8283555d3f', 'name-form', ['Led', 'Led By  Donkeys']);
  assert.match(hashed, /^summedits-8283555d3f \| name-form \| #[0-9a-f]{12} \| #[0-9a-f]{12}$/);
  assert.ok(!hashed.includes('Donkeys'), 'no SummEdits text in the key');
  assert.equal(hashed, judgementKey('summedits-8283555d3f', 'name-form', ['Led', 'Led By Donkeys']));
  const same = { ruleId: 'term-variant', locations: [{ text: 'U.S.' }, { text: 'US' }] };
  assert.deepEqual(judgementKeys('wikinews-45206', [same, same]), ['wikinews-45206 | term-variant | U.S. | US', 'wikinews-45206 | term-variant | U.S. | US #2']);
  assert.equal(unitOf('wikinews-7557-1'), 'wikinews-7557');
  assert.equal(unitOf('summedits-8283555d3f'), 'summedits-8283555d3f');
});

test('a judgement key survives an unrelated change to the article (offsets and lines move)', () => {
  const ruleSet = new Session().ruleSetFor({ noConfig: true });
  const text = readFileSync('corpus/05-bus-crash-death-toll/article.md', 'utf8');
  const keysOf = (t: string) => judgementKeys('case-05', checkInput({ path: 'article.md', text: t, bom: false }, ruleSet).findings);
  const before = keysOf(text);
  assert.ok(before.length > 0, 'the case has findings');
  const moved = text.replace(/\n\n/, '\n\nThe council will publish its annual report on Friday.\n\n');
  assert.deepEqual(keysOf(moved).filter((k) => before.includes(k)), before);
});

test('the judgements file reads; a bad line is refused with its number', () => {
  readJudgements(JUDGEMENTS_FILE);
  const dir = tempDir('copydesk-judgements-');
  const file = join(dir, 'judgements.jsonl');
  const good = { id: 'wikinews-1', mode: 'check', rule: 'name-form', key: 'wikinews-1 | name-form | A | B', verdict: 'FALSE', reason: 'two people', judge: 'editor' };
  writeFileSync(file, `${JSON.stringify(good)}\n${JSON.stringify({ ...good, verdict: 'MAYBE' })}\n`);
  assert.throws(() => readJudgements(file), /judgements\.jsonl:2: verdict is not TRUE, DEBATABLE or FALSE/);
  writeFileSync(file, `${JSON.stringify(good)}\n`);
  assert.equal(readJudgements(file).length, 1);
});

test('every real article and revision pair has its part in split.json, about a third frozen', () => {
  const split = readSplit();
  const articles = readdirSync(join(REAL_DIR, 'articles')).map((name) => name.replace(/\.txt$/, ''));
  const pairs = readdirSync(join(REAL_DIR, 'revisions'));
  assert.ok(articles.length >= 120);
  for (const id of [...articles, ...pairs]) assert.ok(split.units[unitOf(id)], `${id} in split.json`);
  for (const pair of pairs) for (const v of ['v1.txt', 'v2.txt']) assert.ok(existsSync(join(REAL_DIR, 'revisions', pair, v)));
  const frozen = articles.filter((id) => split.units[id] === 'frozen').length;
  assert.ok(Math.abs(frozen - articles.length / 3) <= 1, `${frozen} of ${articles.length} articles frozen`);
  assert.ok(Object.keys(split.units).every((unit) => !unit.startsWith('summedits-') || /^summedits-[0-9a-f]{10}$/.test(unit)));
});
