import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CopydeskError } from '../src/base/errors.js';
import { KINDS } from '../src/kinds/registry.js';
import { readdirSync } from 'node:fs';
import { loadRuleSet, DEFAULT_PACK } from '../src/config/packs.js';
import { readSnapshot } from '../src/config/snapshot.js';
import { main } from '../src/command.js';
import { captureIo } from './support/cli.js';
import { tempDir, writeFile } from './support/fixtures.js';

function packError(yaml: string): string {
  const path = writeFile(tempDir(), 'pack.yaml', yaml);
  try {
    loadRuleSet([path]);
  } catch (error) {
    assert.ok(error instanceof CopydeskError, String(error));
    return error.line().replace(path, 'pack.yaml');
  }
  assert.fail('expected the pack to be rejected');
}

const RULE = '  - id: my-rule\n    kind: repetition\n    category: repetition\n    severity: warning\n    description: x\n';

test('the default pack loads and its rules all have kinds', () => {
  const set = loadRuleSet([DEFAULT_PACK]);
  assert.ok(set.rules.length >= 6);
  assert.deepEqual(set.packs, ['default']);
});

test('rule pack errors point at the line and field', () => {
  assert.equal(packError(`name: house\nrules:\n${RULE.replace('kind: repetition', 'kind: repetiton')}`), `pack.yaml: line 4: rules[0].kind: unknown rule kind "repetiton" (known kinds: ${[...KINDS.keys()].sort().join(', ')})`);
  assert.equal(packError(`name: house\nrules:\n${RULE}${RULE}`), 'pack.yaml: line 8: rules[1].id: duplicate rule id "my-rule"');
  assert.equal(packError(`name: house\nrules:\n${RULE}    options:\n      threshold: 2\n`), 'pack.yaml: line 9: rules[0].options.threshold: must be at most 1');
  assert.equal(packError(`name: house\nrules:\n${RULE}    colour: red\n`), 'pack.yaml: line 8: rules[0].colour: is not a known field (in a copydesk rule pack)');
  assert.equal(packError('name: house\n'), 'pack.yaml: line 1: is missing the required field "rules" (in a copydesk rule pack)');
  assert.match(packError('name: house\nrules: [\n'), /^pack\.yaml: line \d+: not valid YAML or JSON \(.+\), expected a copydesk rule pack/);
  assert.equal(packError(`name: house\nlexicons: [missing.yaml]\nrules:\n${RULE}`), 'pack.yaml: line 2: lexicons[0]: no such lexicon file "missing.yaml"');
});

test('a lexicon with a bad entry is rejected with its field', () => {
  const dir = tempDir();
  writeFile(dir, 'words.yaml', 'frames:\n  strike:\n    label: strike\n    core: everyone\n    verbs: [strike]\n');
  const pack = writeFile(dir, 'pack.yaml', `name: house\nlexicons: [words.yaml]\nrules:\n${RULE}`);
  assert.throws(() => loadRuleSet([pack]), (error: unknown) => error instanceof CopydeskError && /words\.yaml: line 4: frames\.strike\.core: must be one of "patient", "agent", "any"/.test(error.line()));
});

test('the build snapshot of the default rules matches the rule files, and is what a run loads', () => {
  const snapshot = readSnapshot();
  assert.ok(snapshot, 'npm run build writes dist/default-rules.json, and it matches rules/');
  assert.deepEqual(snapshot.files.filter((f) => f.startsWith('rules/lexicons/')), readdirSync('rules/lexicons').sort().map((f) => `rules/lexicons/${f}`));
  const slow = loadRuleSet([DEFAULT_PACK], [], { snapshot: false });
  const fast = loadRuleSet([DEFAULT_PACK]);
  assert.deepEqual(fast.rules, slow.rules);
  assert.deepEqual(fast.lexicon.source, slow.lexicon.source);
});

test('a pack message with a placeholder its message does not declare is refused, naming the rule and the placeholders there are', () => {
  assert.equal(
    packError(`name: house\nrules:\n${RULE}    message: "{claim} ({wher})"\n`),
    'pack.yaml: line 8: rules[0].message: unknown placeholder {wher} in rule my-rule\'s template (message "twice" of kind repetition has {claim}, {where})',
  );
  assert.equal(
    packError(`name: house\nrules:\n${RULE}    message: "{constructor} twice"\n`),
    'pack.yaml: line 8: rules[0].message: unknown placeholder {constructor} in rule my-rule\'s template (message "twice" of kind repetition has {claim}, {where})',
  );
  const naming = RULE.replace('kind: repetition', 'kind: naming').replace('category: repetition', 'category: consistency');
  assert.equal(
    packError(`name: house\nrules:\n${naming}    message: "{name} again"\n`),
    "pack.yaml: line 8: rules[0].message: kind naming has 4 messages (given-name, honorific, spelling, half-name): give rule my-rule's wording under messages, by id",
  );
  assert.equal(
    packError(`name: house\nrules:\n${naming}    messages:\n      nickname: "{name}"\n`),
    'pack.yaml: line 9: rules[0].messages.nickname: kind naming has no message "nickname" (its messages: given-name, honorific, spelling, half-name)',
  );
});

test('the CLI refuses such a pack with one line and exit 2; a valid template is what findings say', async () => {
  const dir = tempDir();
  const story = writeFile(dir, 'story.md', '# Arrest\n\nAna Ruiz was arrested in Porto on Monday.\n\nThe court met on Tuesday.\n\nRuiz was arrested in Porto, police said.\n');
  const bad = writeFile(dir, 'bad.yaml', 'name: house\nrules:\n  - id: repeated-claim\n    kind: repetition\n    category: repetition\n    severity: warning\n    description: x\n    message: "{claim} ({wher})"\n');
  const io = captureIo(dir);
  assert.equal(await main(['check', story, '--rules', bad], io), 2);
  assert.equal(io.err(), 'copydesk: bad.yaml: line 8: rules[0].message: unknown placeholder {wher} in rule repeated-claim\'s template (message "twice" of kind repetition has {claim}, {where})\n');
  const good = writeFile(dir, 'good.yaml', 'name: house\nrules:\n  - id: repeated-claim\n    kind: repetition\n    category: repetition\n    severity: warning\n    description: x\n    messages:\n      twice: "Told twice: {claim} ({where})"\n');
  const ok = captureIo(dir);
  assert.equal(await main(['check', story, '--rules', good, '--format', 'json'], ok), 0);
  assert.deepEqual(JSON.parse(ok.out()).findings.map((f: { message: string }) => f.message), ['Told twice: Arrest of Ana Ruiz in Porto (Monday) (paragraphs 1 and 3)']);
});

test('copydesk rules --format json shows each rule\'s options with their defaults and its messages', async () => {
  const io = captureIo(process.cwd());
  assert.equal(await main(['rules', '--format', 'json'], io), 0);
  const rules = JSON.parse(io.out()) as { id: string; options: Record<string, unknown>; messages: Record<string, { template: string; placeholders: string[] }> }[];
  const repeated = rules.find((r) => r.id === 'repeated-claim')!;
  assert.equal(repeated.options['threshold'], 0.7);
  assert.deepEqual(repeated.options['claims'], ['event', 'relation', 'statement']);
  assert.deepEqual(repeated.messages['twice'], { template: '{claim} is reported twice ({where})', placeholders: ['claim', 'where'] });
  const related = rules.find((r) => r.id === 'related-number')!;
  assert.equal(related.options['against'], 'related');
  assert.equal(related.options['minRestatement'], 0.35);
  assert.equal(related.messages['changed']!.template, 'Number in {where} differs from {report}: the article says “{new}”, the report “{old}”');
});
