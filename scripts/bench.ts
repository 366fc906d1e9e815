/**
 * `npm run bench`: speed and memory, measured, not asserted (tests must not depend on the machine).
 * (a) the floor: remark-parse alone on a corpus of news articles; (b) copydesk check on the same
 * files; (c) growth when one article doubles and when its related reports double; (d) diff of two
 * versions of a 2,000-sentence article; (e) start-up for one small article; (f) peak memory of a
 * 100,000-sentence archive run; (g) an archive of 2,000 stories with versions and a related report
 * each: words per second per core, peak memory, the scaling from one core to all, and what that
 * makes of a million-story archive; (h) growth: inputs that double one way each (tables, lists,
 * quotations, long words and lines, inline comments, nesting), time at n and 2n. Real news comes from ../shared/external (IteraTeR's Wikinews
 * documents, SummEdits' articles) when present, else generated text. Prints ratios as well as times.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import { alignSentences } from '../src/align/align.js';
import { checkInput } from '../src/engine/check.js';
import { Session } from '../src/session/session.js';
import { diffInputs } from '../src/engine/diff.js';
import { packagePath } from '../src/base/package-path.js';
import { toSource } from '../src/engine/related.js';
import { analyseInput } from '../src/engine/check.js';
import { article, edited } from './bench-text.js';
import { benchGrowth } from './bench-growth.js';

const externalDir = resolve(process.env['COPYDESK_EXTERNAL'] ?? join(process.cwd(), '..', 'shared', 'external'));
const ruleSet = new Session().ruleSetFor({ noConfig: true });
const f = (ms: number) => `${ms.toFixed(0)} ms`;
const line = (label: string, value: string) => process.stdout.write(`${label.padEnd(58)} ${value}\n`);

/** The median of `repeat` timed runs after one warm-up run: garbage collection makes single runs noisy. */
function time<T>(fn: () => T, repeat = 1): { ms: number; value: T } {
  let value = fn();
  const runs: number[] = [];
  for (let k = 0; k < repeat; k++) {
    const start = performance.now();
    value = fn();
    runs.push(performance.now() - start);
  }
  runs.sort((a, b) => a - b);
  return { ms: runs[Math.floor(runs.length / 2)]!, value };
}

/** News articles: real when the public sets are here, generated otherwise. */
function newsCorpus(): { name: string; docs: string[] } {
  const docs: string[] = [];
  const iterater = join(externalDir, 'iterater-human', 'human_doc_level');
  if (existsSync(iterater)) {
    for (const split of ['train', 'dev', 'test']) {
      for (const row of readFileSync(join(iterater, `${split}.json`), 'utf8').split('\n').filter(Boolean)) {
        const data = JSON.parse(row) as { domain?: string; before_revision: string };
        if (data.domain === 'news') docs.push(data.before_revision);
      }
    }
  }
  const summedits = join(externalDir, 'summedits-news', 'summedits_news.json');
  if (existsSync(summedits)) docs.push(...new Set((JSON.parse(readFileSync(summedits, 'utf8')) as { doc: string }[]).map((r) => r.doc)));
  if (docs.length) return { name: `${docs.length} real news articles (IteraTeR Wikinews, SummEdits)`, docs };
  return { name: '200 generated articles (no ../shared/external)', docs: Array.from({ length: 200 }, (_, k) => article(30, k + 1)) };
}

const started = performance.now();
process.stdout.write(`copydesk bench — node ${process.version}\n\n`);

// (a) and (b): the floor and the full check, on the same text
const corpus = newsCorpus();
const chars = corpus.docs.reduce((n, d) => n + d.length, 0);
const parser = unified().use(remarkParse);
const floor = time(() => corpus.docs.forEach((d) => parser.parse(d)), 3).ms;
const full = time(() => corpus.docs.forEach((d, k) => checkInput({ path: `d${k}.md`, text: d, bom: false }, ruleSet)), 2).ms;
process.stdout.write(`(a, b) ${corpus.name}, ${(chars / 1024).toFixed(0)} KiB\n`);
line('  remark-parse alone (the floor)', f(floor));
line('  copydesk check', `${f(full)}  = ${(full / floor).toFixed(1)}× the floor (target ≤ 3×)`);
line('  throughput', `${((chars / 1024) / (full / 1000)).toFixed(0)} KiB/s`);

// (c) growth: one article doubling; related reports doubling
// one article made of many different news stories, so it grows without repeating itself
const pieces = corpus.docs.filter((d) => d.length > 800);
const join_ = (n: number) => Array.from({ length: n }, (_, k) => pieces[k % pieces.length]!.replace(/\b(\d+)\b/g, (m) => String(Number(m) + Math.floor(k / pieces.length)))).join('\n\n');
/** An article of about this many characters: stories joined until it is long enough. */
const ofSize = (chars: number) => {
  let n = 1;
  while (join_(n).length < chars) n++;
  return join_(n);
};
const growth = [40_000, 80_000, 160_000].map((size) => {
  const text = ofSize(size);
  return { chars: text.length, ms: time(() => checkInput({ path: 'long.md', text, bom: false }, ruleSet), 5).ms };
});
process.stdout.write('\n(c) growth\n');
for (let k = 1; k < growth.length; k++) {
  const [a, b] = [growth[k - 1]!, growth[k]!];
  line(`  article ${(a.chars / 1024).toFixed(0)} → ${(b.chars / 1024).toFixed(0)} KiB`, `${f(a.ms)} → ${f(b.ms)} = ${(b.ms / a.ms).toFixed(2)}× (target ≤ 2.2×)`);
}
const reportPool = Array.from({ length: 32 }, (_, k) => pieces[(k + 1) % pieces.length]!);
const story = join_(4);
const related = [8, 16, 32].map((n) => {
  const sources = reportPool.slice(0, n).map((text, k) => toSource(analyseInput({ path: `r${k}.md`, text, bom: false }, ruleSet.lexicon)));
  return { n, ms: time(() => checkInput({ path: 'story.md', text: story, bom: false }, ruleSet, sources), 5).ms };
});
for (let k = 1; k < related.length; k++) {
  const [a, b] = [related[k - 1]!, related[k]!];
  line(`  related reports ${a.n} → ${b.n}`, `${f(a.ms)} → ${f(b.ms)} = ${(b.ms / a.ms).toFixed(2)}× (target ≤ 2.2×)`);
}

// (d) diff of a 2,000-sentence article
const longOld = article(2000, 7);
const longNew = edited(longOld);
const oldA = analyseInput({ path: 'old.md', text: longOld, bom: false }, ruleSet.lexicon);
const newA = analyseInput({ path: 'new.md', text: longNew, bom: false }, ruleSet.lexicon);
const align = time(() => alignSentences(oldA, newA), 3);
const kinds = new Map<string, number>();
for (const pair of align.value.pairs) kinds.set(pair.kind, (kinds.get(pair.kind) ?? 0) + 1);
const fullDiff = time(() => diffInputs([{ path: 'old.md', text: longOld, bom: false }, { path: 'new.md', text: longNew, bom: false }], ruleSet));
process.stdout.write(`\n(d) diff of two versions of a ${oldA.sentences.length}-sentence article\n`);
line('  alignment', `${f(align.ms)} (target < 1,000 ms)  ${[...kinds].map(([k, n]) => `${n} ${k}`).join(', ')}`);
line('  whole diff (analysis of both, alignment, rules)', f(fullDiff.ms));

// (e) start-up for one small article
const dir = join(tmpdir(), `copydesk-bench-${process.pid}`);
mkdirSync(dir, { recursive: true });
const small = join(dir, 'small.md');
writeFileSync(small, '# Bridge reopens\n\nThe Harlow bridge reopened on Monday after repairs, the council said.\n');
// the executable package.json names, as users run it (the bundle, dist/bin/copydesk.js)
const cli = packagePath((JSON.parse(readFileSync(packagePath('package.json'), 'utf8')) as { bin: { copydesk: string } }).bin.copydesk);
const runs = Array.from({ length: 7 }, () => {
  const start = performance.now();
  spawnSync(process.execPath, [cli, 'check', small, '--no-config'], { stdio: 'ignore' });
  return performance.now() - start;
}).sort((a, b) => a - b);
process.stdout.write('\n(e) start-up\n');
line('  copydesk check, one small article (median of 7, wall)', `${f(runs[3]!)} (target < 250 ms)`);
const bare = Array.from({ length: 5 }, () => {
  const start = performance.now();
  spawnSync(process.execPath, ['-e', '0'], { stdio: 'ignore' });
  return performance.now() - start;
}).sort((a, b) => a - b);
line('  of which node itself', f(bare[2]!));

// (f) a 100,000-sentence archive: peak memory of the whole run, worker threads included
const stories = 500;
const manifest = join(dir, 'archive.jsonl');
const lines: string[] = [];
for (let k = 0; k < stories; k++) {
  writeFileSync(join(dir, `a${k}.md`), article(200, 1000 + k));
  lines.push(JSON.stringify({ id: `s${k}`, article: `a${k}.md` }));
}
writeFileSync(manifest, `${lines.join('\n')}\n`);
const archiveStart = performance.now();
const archive = spawnSync(process.execPath, [packagePath('dist', 'scripts', 'bench-archive.js'), manifest], { encoding: 'utf8' });
const archiveMs = performance.now() - archiveStart;
process.stdout.write(`\n(f) archive: ${stories} stories × 200 sentences = ${stories * 200} sentences, all cores\n`);
if (archive.status === 0) {
  const out = JSON.parse(archive.stdout) as { maxRssMiB: number; findings: number; jobs: number };
  line('  peak memory (max RSS, main and worker threads)', `${out.maxRssMiB.toFixed(0)} MiB (target < 1,024 MiB)`);
  line('  wall time', `${f(archiveMs)} with ${out.jobs} threads, ${out.findings} findings`);
} else {
  line('  archive run failed', archive.stderr.split('\n')[0] ?? '');
}
// (g) an archive with versions and related reports, as a newsroom's history is: each story two or
// three versions of an article of 18 sentences and a wire report of the same story
const history = join(dir, 'history');
mkdirSync(history, { recursive: true });
const storyLines: string[] = [];
let words = 0;
const countWords = (text: string) => text.split(/\s+/).filter(Boolean).length;
for (let k = 0; k < 2000; k++) {
  const v1 = article(18, 5000 + k);
  const v2 = edited(v1, 7000 + k);
  const files: [string, string][] = [[`s${k}-v1.md`, v1], [`s${k}-v2.md`, v2], [`s${k}-wire.md`, edited(v1, 9000 + k)]];
  if (k % 3 === 0) files.push([`s${k}-v3.md`, edited(v2, 8000 + k)]);
  for (const [name, text] of files) {
    writeFileSync(join(history, name), text);
    words += countWords(text);
  }
  storyLines.push(JSON.stringify({ id: `s${k}`, versions: files.filter(([name]) => !name.includes('wire')).map(([name]) => name).sort(), related: [`s${k}-wire.md`] }));
}
writeFileSync(join(history, 'all.jsonl'), `${storyLines.join('\n')}\n`);
// one core takes a quarter of the stories (the same mix: every fourth), so the bench stays short
writeFileSync(join(history, 'quarter.jsonl'), `${storyLines.filter((_, k) => k % 4 === 0).join('\n')}\n`);
const quarterWords = storyLines.reduce((n, line, k) => {
  if (k % 4 !== 0) return n;
  const story = JSON.parse(line) as { versions: string[]; related: string[] };
  return n + [...story.versions, ...story.related].reduce((m, name) => m + countWords(readFileSync(join(history, name), 'utf8')), 0);
}, 0);
type ArchiveRun = { maxRssMiB: number; findings: number; jobs: number; seconds: number; stories: number };
const runArchive = (manifestPath: string, jobs: number): ArchiveRun | string => {
  const child = spawnSync(process.execPath, [packagePath('dist', 'scripts', 'bench-archive.js'), manifestPath, String(jobs)], { encoding: 'utf8' });
  return child.status === 0 ? (JSON.parse(child.stdout) as ArchiveRun) : (child.stderr.split('\n')[0] ?? 'failed');
};
const cores = availableParallelism();
const one = runArchive(join(history, 'quarter.jsonl'), 1);
const all = runArchive(join(history, 'all.jsonl'), cores);
process.stdout.write(`\n(g) archive with versions: 2,000 stories (2 or 3 versions and a related report each), ${(words / 1e6).toFixed(2)} million words\n`);
if (typeof one === 'string' || typeof all === 'string') line('  archive run failed', typeof one === 'string' ? one : (all as string));
else {
  const perCoreOne = quarterWords / one.seconds;
  const perSecondAll = words / all.seconds;
  const perCoreAll = perSecondAll / cores;
  line(`  1 thread, ${one.stories} stories`, `${one.seconds.toFixed(1)} s = ${perCoreOne.toFixed(0)} words/s per core, peak ${one.maxRssMiB.toFixed(0)} MiB`);
  line(`  ${cores} threads (all cores), ${all.stories} stories`, `${all.seconds.toFixed(1)} s = ${perSecondAll.toFixed(0)} words/s, ${perCoreAll.toFixed(0)} per core, peak ${all.maxRssMiB.toFixed(0)} MiB`);
  line(`  scaling 1 → ${cores} cores`, `${(perSecondAll / perCoreOne).toFixed(2)}× (${((perSecondAll / perCoreOne / cores) * 100).toFixed(0)} % of linear), ${all.findings} findings`);
  // NewsEdits' size: 1.2 million articles, 4.6 million versions; 600 words a version is an assumption
  const millionWords = 4.6e6 * 600;
  const coreHours = millionWords / perCoreAll / 3600;
  line('  a million stories, 4.6 million versions of 600 words', `${coreHours.toFixed(0)} core-hours: ${(coreHours / 80).toFixed(1)} h on 10 machines of 8 cores`);
}

benchGrowth();
// the generated archives are 100 MB and more: leave nothing in the temporary folder
rmSync(dir, { recursive: true, force: true });

process.stdout.write(`\nbench finished in ${((performance.now() - started) / 1000).toFixed(0)} s\n`);
