/**
 * Measures `copydesk diff` on IteraTeR (Du et al., ACL 2022), human-labelled revisions:
 * 1. sentence level (test split, and all splits): each before/after pair as two versions of a
 *    one-sentence article; a change finding at warning or above means "meaning-changed";
 * 2. document level, Wikinews documents: how many of the labelled edit spans the alignment places
 *    in an edited, split, merged, added or removed sentence (rather than one it calls unchanged).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Session } from '../src/session/session.js';
import { diffInputs } from '../src/engine/diff.js';
import { SEVERITY_RANK } from '../src/model/finding.js';
import { add, emptyCounts, externalDir, formatMetrics } from './external.js';

const dir = join(externalDir(), 'iterater-human');
const ruleSet = new Session().ruleSetFor();
const lines = (file: string) => readFileSync(file, 'utf8').split('\n').filter((l) => l.trim() !== '').map((l) => JSON.parse(l));

const verbose = process.argv.includes('--errors');
function sentenceLevel(splits: string[]) {
  const counts = emptyCounts();
  const withDetail = emptyCounts();
  const byRule = new Map<string, number>();
  for (const split of splits) {
    for (const row of lines(join(dir, 'human_sent_level', `${split}.json`)) as { before_sent: string; after_sent: string; labels: string }[]) {
      const result = diffInputs(
        [
          { path: 'before.md', text: `${row.before_sent.trim()}\n`, bom: false },
          { path: 'after.md', text: `${row.after_sent.trim()}\n`, bom: false },
        ],
        ruleSet,
      );
      const flagged = result.steps[0]!.findings.filter((f) => SEVERITY_RANK[f.severity] >= SEVERITY_RANK.warning);
      for (const f of flagged) byRule.set(f.ruleId, (byRule.get(f.ruleId) ?? 0) + 1);
      const actual = row.labels === 'meaning-changed';
      add(counts, flagged.length > 0, actual);
      const extended = result.steps[0]!.findings.some((f) => f.evidence?.['edit'] === 'extended');
      add(withDetail, flagged.length > 0 || extended, actual);
      if (verbose && (flagged.length > 0) !== actual) process.stdout.write(`${actual ? 'FN' : `FP ${row.labels} ${flagged.map((f) => f.ruleId)}`}\t${row.before_sent.trim()}\n\t${row.after_sent.trim()}\n`);
    }
  }
  return { counts, withDetail, byRule };
}

const test = sentenceLevel(['test']);
const all = sentenceLevel(['train', 'dev', 'test']);
process.stdout.write('IteraTeR sentence revisions (a change finding at warning+ = meaning-changed)\n');
process.stdout.write(`${formatMetrics('test split', test.counts)}\n${formatMetrics('all splits', all.counts)}\n`);
process.stdout.write('… counting also the info note "now says more" (content added to a sentence)\n');
process.stdout.write(`${formatMetrics('test split', test.withDetail)}\n${formatMetrics('all splits', all.withDetail)}\n`);
process.stdout.write(`rules that fired (all splits): ${[...all.byRule].map(([r, n]) => `${r} ${n}`).join(', ')}\n`);

// document level: Wikinews revisions
let spans = 0;
let placed = 0;
let docs = 0;
for (const split of ['train', 'dev', 'test']) {
  for (const row of lines(join(dir, 'human_doc_level', `${split}.json`)) as { domain?: string; before_revision: string; after_revision: string; edit_actions: { type: string; start_char_pos: number; end_char_pos: number }[] }[]) {
    if (row.domain !== 'news' || row.before_revision === row.after_revision) continue;
    docs++;
    const result = diffInputs(
      [
        { path: 'before.txt', text: row.before_revision, bom: false },
        { path: 'after.txt', text: row.after_revision, bom: false },
      ],
      ruleSet,
    );
    const step = result.steps[0]!;
    const kindOfOld = new Map<number, string>();
    for (const pair of step.alignment.pairs) for (const i of pair.old) kindOfOld.set(i, pair.kind === 'moved' && !pair.edited ? 'unchanged' : pair.kind);
    const oldSentences = step.old.sentences;
    for (const action of row.edit_actions) {
      spans++;
      const start = action.start_char_pos;
      const end = Math.max(action.end_char_pos, start + 1);
      // the sentences the edited span touches; an insertion touches the sentence around its position
      const touched = oldSentences.filter((s) => s.start < end && s.end >= start);
      const near = touched.length ? touched : oldSentences.filter((s) => Math.abs(s.start - start) <= 2 || Math.abs(s.end - start) <= 2);
      const hit = near.some((s) => kindOfOld.get(s.index) !== 'unchanged');
      if (hit) placed++;
    }
  }
}
process.stdout.write(`IteraTeR Wikinews documents: ${docs} revisions, ${spans} labelled edit spans, ${placed} (${((100 * placed) / spans).toFixed(1)}%) in a sentence the alignment marks edited, split, merged, added or removed\n`);
