import type { CompiledLexicon } from '../lexicon/compile.js';
import type { AlignedPair, Alignment } from '../model/results.js';
import { wordDiff } from './word-diff.js';
import type { Analysis } from '../model/analysis.js';
import { similarity, termKey } from '../claims/similarity.js';
import { BODY_KINDS, type Sentence } from '../model/document.js';
import { portableTerms } from '../claims/identity.js';
import type { SourceIndex, SourceMatch } from '../model/results.js';

/** Terms shared by more related sentences than this do not propose candidates. */
const MAX_POSTINGS = 60;
const IN_SCOPE = new Set(['title', 'standfirst', ...BODY_KINDS]);
/**
 * A headline has few words, and "man", "raid" and "jeweller" are shared by stories of many raids: it
 * restates a report's sentence only when most of it is there.
 */
const HEADLINE_MIN_SCORE = 0.5;
/** A report sentence this long, all of it in an article sentence, is restated there (shorter ones are found everywhere). */
const CONTAINED_MIN_TERMS = 6;
const CONTAINED_MIN_SHARE = 0.75;

/**
 * A sentence's terms as a report is matched on them, a day's date without its year: a report gives
 * "2 February 2025" where the article, dated that year, says "2 February".
 */
function matchTerms(analysis: Analysis, sentence: number): string[] {
  return portableTerms(analysis, sentence).map((term) => term.replace(/^date:\d{4}-(\d\d-\d\d)$/, 'date:month-$1'));
}

/** A match this strong backs the article's sentence (provenance, unsupported-claim); below it the two are only related. */
export const BACKING = 0.55;

export function indexSource(analysis: Analysis): SourceIndex {
  const terms = analysis.sentences.map((s) => (IN_SCOPE.has(s.kind) ? matchTerms(analysis, s.index) : []));
  const postings = new Map<string, number[]>();
  terms.forEach((list, i) => {
    for (const key of new Set(list.map(termKey))) {
      const entry = postings.get(key) ?? [];
      entry.push(i);
      postings.set(key, entry);
    }
  });
  return { analysis, terms, postings };
}

/**
 * The report's sentences each article sentence restates: candidates come from the index (sentences
 * sharing a content term), are scored by weighted overlap, and a pair of neighbouring report
 * sentences is tried where the article sentence combines them. Cost: linear in the article and the
 * report, times the few candidates each sentence has.
 */
export function matchSource(lexicon: CompiledLexicon, article: Analysis, source: SourceIndex, minScore = 0.3): SourceMatch[] {
  const out: SourceMatch[] = [];
  for (const sentence of article.sentences) {
    if (!IN_SCOPE.has(sentence.kind)) continue;
    const mine = matchTerms(article, sentence.index);
    if (mine.length < 3) continue;
    const candidates = new Set<number>();
    for (const key of new Set(mine.map(termKey))) {
      const list = source.postings.get(key);
      if (list && list.length <= MAX_POSTINGS) for (const i of list) candidates.add(i);
    }
    let best: SourceMatch | undefined;
    const headline = sentence.kind === 'title' || sentence.kind === 'standfirst';
    const consider = (related: number[]) => {
      // a report's headline compresses its story: body sentences restate body sentences
      if (!headline && related.some((i) => source.analysis.sentences[i]!.kind === 'title')) return;
      const theirs = related.flatMap((i) => source.terms[i]!);
      if (theirs.length === 0) return;
      const sim = similarity(lexicon, mine, theirs);
      // how much of the article sentence the report covers matters most; a long report sentence is fine
      // an article sentence may also hold all of a report's sentence and add a clause of its own
      const contained = theirs.length >= CONTAINED_MIN_TERMS && sim.coverageB >= CONTAINED_MIN_SHARE ? sim.coverageB : 0;
      const score = (sim.score + Math.max(sim.coverageA, contained)) / 2;
      if (!best || score > best.score) best = { sentence: sentence.index, related, score, coverage: sim.coverageA };
    };
    for (const i of [...candidates].sort((a, b) => a - b)) {
      consider([i]);
      if (candidates.has(i + 1)) consider([i, i + 1]);
    }
    const found = best as SourceMatch | undefined;
    if (found && found.score >= (headline ? Math.max(minScore, HEADLINE_MIN_SCORE) : minScore)) out.push(found);
  }
  return out;
}

/** Matches as an alignment, so the rules that compare versions can compare article and report. */
export function matchesAsAlignment(article: Analysis, source: Analysis, matches: SourceMatch[]): Alignment {
  const pairs: AlignedPair[] = matches.map((match) => {
    const related: Sentence[] = match.related.map((i) => source.sentences[i]!);
    const mine = [article.sentences[match.sentence]!];
    const same = related.map((s) => s.text).join(' ').replace(/\s+/g, ' ') === mine[0]!.text.replace(/\s+/g, ' ');
    const pair: AlignedPair = { kind: same ? 'unchanged' : 'edited', old: match.related, new: [match.sentence], similarity: Math.round(match.score * 1000) / 1000 };
    if (!same) pair.ops = wordDiff(source, related, article, mine);
    return pair;
  });
  return { pairs };
}
