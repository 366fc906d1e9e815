/**
 * `npm run corpus:real`: builds corpus/real/ from IteraTeR's Wikinews revisions in ../shared/external
 * (or COPYDESK_EXTERNAL). Rerunnable: the same input gives the same files.
 * - articles/wikinews-<doc_id>.txt: each news document's newest text (after_revision of its highest
 *   revision_depth);
 * - revisions/wikinews-<doc_id>-<depth>/v1.txt, v2.txt: each news revision pair;
 * all detokenised by scripts/detokenise.ts;
 * - split.json: the tune/frozen split (scripts/real-bench.ts), keeping every unit already assigned;
 * - judgements.jsonl: created empty when missing, never changed otherwise.
 * SummEdits documents are not copied: only their ids (hashes of their text) enter split.json.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { wikinewsCopy } from './detokenise.js';
import { externalDir } from './external.js';
import { JUDGEMENTS_FILE, REAL_DIR, SPLIT_FILE, SPLIT_RULE, assignSplit, compareIds, readSplit, summeditsDocuments, type Split } from './real-bench.js';

interface Row {
  doc_id: string;
  revision_depth: number;
  before_revision: string;
  after_revision: string;
  domain?: string;
}

const external = externalDir();
const rows: Row[] = [];
for (const split of ['train', 'dev', 'test']) {
  const text = readFileSync(join(external, 'iterater-human', 'human_doc_level', `${split}.json`), 'utf8');
  for (const line of text.split('\n')) {
    if (line.trim() === '') continue;
    const row = JSON.parse(line) as Row;
    if (row.domain === 'news') rows.push(row);
  }
}

const newest = new Map<string, Row>();
const pairs = new Map<string, Row>();
for (const row of rows) {
  const id = String(row.doc_id);
  const current = newest.get(id);
  if (!current || row.revision_depth > current.revision_depth) newest.set(id, row);
  const pairId = `wikinews-${id}-${row.revision_depth}`;
  if (pairs.has(pairId)) throw new Error(`two news rows for ${pairId}`);
  pairs.set(pairId, row);
}

const articlesDir = join(REAL_DIR, 'articles');
const revisionsDir = join(REAL_DIR, 'revisions');
rmSync(articlesDir, { recursive: true, force: true });
rmSync(revisionsDir, { recursive: true, force: true });
mkdirSync(articlesDir, { recursive: true });
mkdirSync(revisionsDir, { recursive: true });

let unchangedPairs = 0;
for (const [id, row] of newest) writeFileSync(join(articlesDir, `wikinews-${id}.txt`), wikinewsCopy(row.after_revision, id));
for (const [pairId, row] of pairs) {
  const dir = join(revisionsDir, pairId);
  mkdirSync(dir);
  const v1 = wikinewsCopy(row.before_revision, String(row.doc_id));
  const v2 = wikinewsCopy(row.after_revision, String(row.doc_id));
  if (v1 === v2) unchangedPairs++;
  writeFileSync(join(dir, 'v1.txt'), v1);
  writeFileSync(join(dir, 'v2.txt'), v2);
}

const summedits = summeditsDocuments(external);
const previous = existsSync(SPLIT_FILE) ? readSplit().units : {};
const units = [...[...newest.keys()].map((id) => `wikinews-${id}`), ...(summedits ?? []).map((d) => d.id)];
// units of a previous build that this one no longer has (SummEdits absent) keep their entries
const kept: Record<string, Split> = Object.fromEntries(Object.entries(previous).filter(([unit]) => !units.includes(unit)));
const assigned = { ...kept, ...assignSplit(units, previous) };
const ordered = Object.fromEntries(Object.entries(assigned).sort(([a], [b]) => compareIds(a, b)));
writeFileSync(SPLIT_FILE, `${JSON.stringify({ rule: SPLIT_RULE, units: ordered }, null, 2)}\n`);
if (!existsSync(JUDGEMENTS_FILE)) writeFileSync(JUDGEMENTS_FILE, '');

const frozen = (ids: string[]) => ids.filter((id) => ordered[id] === 'frozen').length;
const wikinewsUnits = [...newest.keys()].map((id) => `wikinews-${id}`);
const pairUnits = [...pairs.keys()].map((id) => id.replace(/-\d+$/, ''));
process.stdout.write(
  `corpus/real: ${newest.size} Wikinews articles (${frozen(wikinewsUnits)} frozen), ${pairs.size} revision pairs (${frozen(pairUnits)} frozen; ` +
    `${unchangedPairs} read the same once detokenised)` +
    (summedits ? `, ${summedits.length} SummEdits documents in split.json (${frozen(summedits.map((d) => d.id))} frozen; text not copied)\n` : '; SummEdits not found, its documents are not in split.json\n'),
);
