/**
 * Sentence boundaries measured against the sentence offsets that IteraTeR ships with its Wikinews
 * revisions (`sents_char_pos`, from the dataset's own preprocessing, not hand-checked): agreement on
 * where sentences start, over the news documents of every split.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { splitSentences } from '../src/text/sentences.js';
import { externalDir } from './external.js';
import { Session } from '../src/session/session.js';

const lexicon = new Session().ruleSetFor({ noConfig: true }).lexicon;

const dir = join(externalDir(), 'iterater-human', 'human_doc_level');
let agree = 0;
let ours = 0;
let theirs = 0;
let docs = 0;
const disagreements: string[] = [];
for (const split of ['train', 'dev', 'test']) {
  for (const line of readFileSync(join(dir, `${split}.json`), 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const row = JSON.parse(line) as { domain?: string; before_revision: string; sents_char_pos: number[] };
    if (row.domain !== 'news') continue;
    docs++;
    const text = row.before_revision;
    const reference = new Set(row.sents_char_pos.filter((p) => p > 0 && p < text.length).map((p) => skipSpace(text, p)));
    const found = new Set<number>();
    // paragraphs first, as copydesk splits blocks before sentences
    let offset = 0;
    for (const paragraph of text.split('\n')) {
      for (const span of splitSentences(paragraph, lexicon)) if (offset + span.start > 0) found.add(skipSpace(text, offset + span.start));
      offset += paragraph.length + 1;
    }
    for (const p of found) {
      if (reference.has(p)) agree++;
      else if (disagreements.length < 15) disagreements.push(`extra: …${text.slice(Math.max(0, p - 40), p)}|${text.slice(p, p + 30)}…`);
    }
    for (const p of reference) if (!found.has(p) && disagreements.length < 30) disagreements.push(`missed: …${text.slice(Math.max(0, p - 40), p)}|${text.slice(p, p + 30)}…`);
    ours += found.size;
    theirs += reference.size;
  }
}

function skipSpace(text: string, at: number): number {
  let p = at;
  while (p < text.length && /\s/.test(text[p]!)) p++;
  return p;
}

process.stdout.write(`sentence starts in ${docs} IteraTeR news documents: ours ${ours}, reference ${theirs}, agreeing ${agree}\n`);
process.stdout.write(`precision ${(agree / ours).toFixed(3)}  recall ${(agree / theirs).toFixed(3)}\n`);
if (process.argv.includes('--show')) process.stdout.write(`${disagreements.join('\n')}\n`);
