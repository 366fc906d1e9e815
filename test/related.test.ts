import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkFiles } from '../src/run/check-files.js';
import { formatJson, jsonReport } from '../src/report/json.js';
import { validator } from '../src/schema/validate.js';
import { cli } from './support/cli.js';
import { tempDir, writeFile } from './support/fixtures.js';

const ARTICLE = `# Ferry sinks off Skerra

A ferry carrying 420 passengers sank off the island of Skerra on Tuesday, the coast guard said.

"We will not stop searching until everyone is found," said coast guard commander Lena Holm.

Holm said rescuers would keep "looking until everyone is found".

Harbour master Piet Jansen said the weather had been calm.

Local fishermen joined the rescue effort overnight.
`;

const WIRE = `# Ferry sinks near Skerra, dozens missing

A ferry with 240 passengers on board sank near the island of Skerra on Tuesday, according to the coast guard.

"We will not stop looking until everyone is found," coast guard commander Lena Holm told reporters. "The sea is calm and we have daylight."

Piet Jansen, the harbour master, said the weather was calm at the time.
`;

function run() {
  const dir = tempDir();
  const article = writeFile(dir, 'article.md', ARTICLE);
  const wire = writeFile(dir, 'wire.md', WIRE);
  return { dir, article, wire, result: checkFiles([article], { related: [wire] }) };
}

test('--related: a count that differs from the report and a misquote are errors, the article span first', () => {
  const { result } = run();
  const byRule = (id: string) => result.findings.filter((f) => f.ruleId === id);
  const [number] = byRule('related-number');
  assert.deepEqual(number!.locations.map((l) => [l.path.split('/').pop(), l.text, l.role]), [['article.md', '420', 'article'], ['wire.md', '240', 'related']]);
  assert.equal(number!.severity, 'error');
  const misquotes = byRule('misquote');
  assert.equal(misquotes.length, 1, 'the partial quotation "looking until everyone is found" matches the report word for word');
  assert.match(misquotes[0]!.message, /“We will not stop searching until everyone is found,” differs from the words .*wire\.md quotes, “We will not stop looking until everyone is found,” \(−looking, \+searching\)/);
  // "the coast guard said" and "according to the coast guard" both attribute the claim
  assert.deepEqual(byRule('related-hedge'), []);
});

test('--related: provenance says which report backs each sentence, and validates against the schema', () => {
  const { result } = run();
  const report = JSON.parse(formatJson(jsonReport(result))) as { provenance: { sentences: unknown[] }[] };
  assert.ok(validator('report')(report), JSON.stringify(validator('report').errors?.slice(0, 2)));
  const sentences = report.provenance[0]!.sentences as { text: string; sources: { path: string; text: string }[] }[];
  const jansen = sentences.find((s) => s.text.startsWith('Harbour master Piet Jansen'))!;
  assert.equal(jansen.sources.length, 1);
  assert.match(jansen.sources[0]!.text, /^Piet Jansen, the harbour master, said the weather was calm/);
  const ferry = sentences.find((s) => s.text.startsWith('A ferry carrying 420'))!;
  assert.deepEqual(ferry.sources, [], 'a sentence the report contradicts is not backed by it');
  const unsupported = result.findings.filter((f) => f.ruleId === 'unsupported-claim').map((f) => f.locations[0]!.text);
  assert.ok(unsupported.includes('Local fishermen joined the rescue effort overnight.'));
});

test('--related on the command line: exit 1 on the errors, a missing report is exit 2 naming it', async () => {
  const { dir, article, wire } = run();
  assert.equal((await cli(['check', article, '--related', wire], { cwd: dir })).status, 1);
  const missing = await cli(['check', article, '--related', 'nowhere.md'], { cwd: dir });
  assert.equal(missing.status, 2);
  assert.equal(missing.stderr, 'copydesk: nowhere.md: no such file\n');
});

test('--related: a report that agrees in other words gives nothing at warning or above', () => {
  const dir = tempDir();
  const article = writeFile(dir, 'a.md', '# Bridge reopens\n\nThe Harlow bridge reopened on Monday after repairs costing $3 million, the council said.\n\nMayor Ana Ruiz said traffic would return to normal by Friday.\n');
  const wire = writeFile(dir, 'w.md', '# Harlow bridge back in use\n\nAfter three million dollars of repairs, the bridge at Harlow reopened Monday, according to the council.\n\nTraffic should be back to normal by Friday, Harlow mayor Ana Ruiz said.\n');
  const result = checkFiles([article], { related: [wire] });
  assert.deepEqual(result.findings.filter((f) => f.severity !== 'info').map((f) => f.message), []);
});

test('--related: another given name, words quoted from a longer statement of someone else, and figures of different things', () => {
  const dir = tempDir();
  const article = writeFile(dir, 'article.md', `# Bakery to close

The chief executive, Anthony Fenwick, said the plant would need more than 60 million pounds of investment.

The town's MP, Owen Pritchard, said the decision was a blow. "This is a profitable site being closed to please shareholders," he said.

Meridale, which reported a profit of 48 million pounds last year, up from 41 million, closed its Kelso factory in 2019.
`);
  const wire = writeFile(dir, 'wire.md', `# Meridale to shut bakery

Chief executive Andrew Fenwick said the plant would need more than £60m of investment.

Regional secretary Carol Dunne said: "This is a profitable site being closed to please shareholders. Meridale made £48m last year. Our members have kept this company going."

Thornbury is the second Meridale site to close in six years, after the Kelso factory in 2019.
`);
  const findings = checkFiles([article], { related: [wire] }).findings.filter((f) => f.severity !== 'info');
  assert.deepEqual(findings.map((f) => [f.ruleId, f.locations[0]!.text.slice(0, 40), f.locations[1]!.text.slice(0, 40)]), [
    ['related-name', 'Anthony Fenwick', 'Andrew Fenwick'],
    ['misattributed-quote', 'This is a profitable site being closed t', 'This is a profitable site being closed t'],
  ]);
});

test('--related: a headline that shares a few words with a report on another raid is no contradiction', () => {
  const dir = tempDir();
  const article = writeFile(dir, 'article.md', '# Man charged after hammer raid on Pellingham jeweller\n\nA man has been charged with robbery after two men raided a jewellery shop in Pellingham on Saturday.\n');
  const other = writeFile(dir, 'other.md', "# Watches taken in Dunford raid\n\nThe raid on Lyle's Jewellers on Market Street happened at about 6.15pm. The men used a hammer to break the glass.\n");
  assert.deepEqual(checkFiles([article], { related: [other] }).findings.filter((f) => f.severity !== 'info').map((f) => f.ruleId), []);
});

test('--related: a hedge is lost only where its claim is restated; a split sentence keeps its attribution; a family name a few letters off is a name finding', () => {
  const dir = tempDir();
  const article = writeFile(dir, 'article.md', `# Fish die in river

The chemicals leaked from a storage tank at the Castlemoor Chemicals site upstream, the Environment Agency said. Samples taken from the river are being analysed.

"This was a sophisticated operation," said Inspector Graham Selwood of Harwood Police.
`);
  const wire = writeFile(dir, 'wire.md', `# Fish kill on the Lenn

The agency said the chemicals were believed to have leaked from a storage tank at the Castlemoor Chemicals site upstream, and samples taken from the river were being analysed.

"This was a sophisticated operation," said Inspector Graham Selwyn of Harwood Police.
`);
  // demoted findings count too: the lost hedge scores under related-hedge's 0.78 (worth a look)
  const findings = checkFiles([article], { related: [wire] }).findings.filter((f) => f.severity !== 'info' || f.lowConfidence);
  assert.deepEqual(findings.map((f) => [f.ruleId, f.locations[0]!.text.slice(0, 30), f.locations[1]!.text]), [
    ['related-hedge', 'The chemicals leaked from a st', 'were believed to have leaked'],
    ['related-name', 'Graham Selwood', 'Graham Selwyn'],
  ]);
});

test('--related: a dateline credit names no one, a source announcing its own act needs no attribution, "not vaccinated" agrees with "unvaccinated", a director is not a unique title', () => {
  const dir = tempDir();
  const article = writeFile(dir, 'article.md', `# Hosepipe ban for Hafren Water customers

Hafren Water will impose a hosepipe ban on about 600,000 customers from Friday after the driest spring in decades.

At least eight of the children with measles were not vaccinated, the health department said.

"We have no choice," said Gareth Llewellyn, the company's operations director.
`);
  const wire = writeFile(dir, 'wire.md', `# Hafren Water announces hosepipe ban

CARDIFF (Celtic Newswire) - Hafren Water said on Tuesday it would impose a hosepipe ban on about 600,000 customers from Friday after the driest spring in decades.

Eight of the children with measles were unvaccinated, the health department said.

"We have no choice," said Gareth Llewellyn. Helen Ashdown, a director of the regulator, said the ban was overdue.
`);
  const findings = checkFiles([article], { related: [wire] }).findings.filter((f) => f.severity !== 'info');
  assert.deepEqual(findings.map((f) => `${f.ruleId}: ${f.message}`), []);
});

test('--related: a quotation the report breaks in two around its speaker is one quotation', () => {
  const dir = tempDir();
  const article = writeFile(dir, 'article.md', '# Verdict\n\n"Our tenants lost everything they could not carry out that night. Nothing in this verdict gives them that back," Sandra Whitfield said.\n');
  const wire = writeFile(dir, 'wire.md', '# Verdict\n\n"Our tenants lost everything they could not carry out that night," said Leon Abernathy, managing partner. "Nothing in this verdict gives them that back."\n');
  const findings = checkFiles([article], { related: [wire] }).findings.filter((f) => f.severity !== 'info');
  assert.deepEqual(findings.map((f) => [f.ruleId, f.locations[1]!.text]), [['misattributed-quote', 'Our tenants lost everything they could not carry out that night," said Leon Abernathy, managing partner. "Nothing in this verdict gives them that back.']]);
});

test('--related: a figure of a thing is compared with the figure of the same thing, and a sum may drop its currency', () => {
  const dir = tempDir();
  const article = writeFile(dir, 'article.md', '# Measles and trams\n\nThree children have been hospitalized.\n\nIts cost has risen to 1.9 billion kroner, from 1.6 billion when construction began in 2022.\n\nThe ship had been due to sail next for Gdansk.\n');
  const report = writeFile(dir, 'report.md', '# Report\n\nEight of the 11 were unvaccinated; the status of the other three is being checked. Two children have been hospitalized.\n\nIts budget has climbed from 1.6 billion kroner at the start of construction in 2022 to 1.9 billion.\n\nThe ship had been due to leave for Gdynia on Wednesday.\n');
  // demoted findings count too: "Three" / "Two" scores under related-number's 0.75 (worth a look)
  const findings = checkFiles([article], { related: [report] }).findings.filter((f) => f.severity !== 'info' || f.lowConfidence);
  assert.deepEqual(findings.map((f) => [f.ruleId, f.locations[0]!.text, f.locations[1]!.text]), [
    ['related-number', 'Three', 'Two'],
    ['related-place', 'Gdansk', 'Gdynia'],
  ]);
});

test('--related: a figure with its digits swapped is one figure mistyped, sure however loosely the sentences match', () => {
  const dir = tempDir();
  const article = writeFile(dir, 'article.md', 'A record 31,842 runners took part in the Lakeshore Marathon.\n\nFour wards were closed on Monday.\n');
  const report = writeFile(dir, 'wire.md', 'Organisers confirmed that 31,482 runners, a record for the Lakeshore Marathon, crossed the start line beside the harbour before the rain arrived in the afternoon.\n\nThree wards were closed to visitors on Monday.\n');
  const findings = checkFiles([article], { related: [report] }).findings.filter((f) => f.ruleId === 'related-number');
  assert.deepEqual(
    findings.map((f) => [f.severity, f.evidenceScore, f.locations[0]!.text]),
    [
      ['error', 0.9, '31,842'],
      ['error', 0.89, 'Four'],
    ],
  );
});
