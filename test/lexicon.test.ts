import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { lexiconSchema } from '../src/lexicon/compile.js';
import { SECTIONS } from '../src/lexicon/sections.js';
import { checkText } from '../src/run/check-files.js';
import { Session } from '../src/session/session.js';
import { splitSentences } from '../src/text/sentences.js';
import { defaultLexicon, tempDir, writeFile } from './support/fixtures.js';

function sentences(text: string): string[] {
  return splitSentences(text, defaultLexicon()).map((s) => text.slice(s.start, s.end));
}

test('the published lexicon schema is the one made from the section registry (npm run build writes it)', () => {
  assert.deepEqual(JSON.parse(readFileSync('schemas/lexicon.schema.json', 'utf8')), lexiconSchema());
  assert.deepEqual(Object.keys((lexiconSchema()['properties'] as Record<string, unknown>)), Object.keys(SECTIONS));
});

test('every section says what it holds', () => {
  for (const [name, section] of Object.entries(SECTIONS)) assert.ok(section.description.length > 20, `${name} has no description`);
});

test('abbreviations come from the lexicon: "Cllr." does not end a sentence', () => {
  assert.deepEqual(sentences('Cllr. Ana Ruiz spoke on Monday. She left at noon.'), ['Cllr. Ana Ruiz spoke on Monday.', 'She left at noon.']);
});

test('a newsroom lexicon reaches every rule: an abbreviation of its own keeps a sentence whole', () => {
  const dir = tempDir();
  const text = '# Harbour\n\nCmdt. Ines Duarte closed the harbour on Monday.\n';
  const article = join(dir, 'story.md');
  const plain = checkText(text, article, {}, new Session({ cwd: dir }));
  assert.equal(plain.file.sentences, 3, 'without the lexicon "Cmdt." ends a sentence');
  writeFile(dir, 'words.yaml', 'abbreviations: [cmdt]\n');
  writeFile(dir, '.copydeskrc.yaml', 'lexicons: [words.yaml]\n');
  const withLexicon = checkText(text, article, {}, new Session({ cwd: dir }));
  assert.equal(withLexicon.file.sentences, 2);
  assert.deepEqual(
    withLexicon.analysis.sentences.map((s) => s.text),
    ['Harbour', 'Cmdt. Ines Duarte closed the harbour on Monday.'],
  );
});

test('a pack without the default rules still reads English: the base lexicons load first', () => {
  const dir = tempDir();
  writeFile(dir, 'house.yaml', 'name: house\nrules:\n  - id: house-variants\n    kind: variants\n    category: consistency\n    severity: warning\n    description: House spellings.\n');
  writeFile(dir, '.copydeskrc.yaml', 'defaultRules: false\npacks: [house.yaml]\n');
  const set = new Session({ cwd: dir }).ruleSetFor({}, join(dir, 'story.md'));
  assert.deepEqual(set.rules.map((r) => r.id), ['house-variants']);
  assert.ok(set.lexicon.abbreviations.has('dr') && set.lexicon.months.get('march') === 3 && set.lexicon.negations.has('never'));
  assert.equal(set.lexicon.titles.size, 0, 'the domain lexicons come with the default pack only');
});

test('an antonym pair whose word the synonyms fold into the verbs of saying keeps that word as it is: "said" is no opposite of "removed", "add" is', () => {
  const dir = tempDir();
  writeFile(dir, 'words.yaml', 'antonyms:\n  - [add, remove]\n  - [bloom, wither]\n');
  writeFile(dir, '.copydeskrc.yaml', 'lexicons: [words.yaml]\n');
  const { lexicon } = new Session({ cwd: dir }).ruleSetFor({}, join(dir, 'story.md'));
  // "add" is one of the verbs of saying, folded into "say" by the default synonyms
  assert.equal(lexicon.antonyms.get('say')?.has('remove') ?? false, false);
  assert.equal(lexicon.antonyms.get('remove')?.has('say') ?? false, false);
  assert.equal(lexicon.antonyms.get('remove')?.has('add'), true);
  assert.equal(lexicon.antonyms.get('bloom')?.has('wither'), true);
});
