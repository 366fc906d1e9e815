import { diffWords } from 'diff';
import { h } from 'hastscript';
import type { Element, ElementContent } from 'hast';
import type { Document } from '../model/document.js';
import type { Finding, Location } from '../model/finding.js';
import type { PairKind, WordOp } from '../model/results.js';
import type { JsonReport, SentenceRef } from '../model/report.js';
import { SEVERITY_RANK } from '../model/finding.js';
import { findingsByDiff } from './diff-json.js';
import { findingCard, readingOrder, type CardContext } from './html-finding.js';
import { counts, keyOf, page } from './html-page.js';
import { basename, piecesToHast, type Library, type Piece } from './html-place.js';
import { DIFF_STYLE } from './html-style.js';
import { omittedNote } from './omitted.js';
import { append } from '../base/arrays.js';

/** Runs of this many unchanged sentences or more fold away behind a count. */
const FOLD = 3;

/**
 * The HTML report of `copydesk diff`, read like a review: the timeline of the versions, the findings
 * (errors and warnings first, info folded away), then for each step the two versions side by side,
 * one row per aligned pair with the word diff, rows a warning or error touches in its colour and
 * labelled, runs of unchanged sentences folded behind a count, moved sentences marked at both places
 * and linked; with more than two versions, the history of each changed sentence with a word diff per
 * version. Rows stack on a phone. Article text only ever enters as text nodes, so it is escaped.
 *
 * It is made from the JSON report and the versions' documents (`library`, for the words of each
 * sentence as the analysis read them, dates and the cards' context), never from the analyses: a
 * report merged from shards, or sent back by a worker thread, renders as the run that made it.
 */
export function formatDiffHtml(report: JsonReport, library: Library): string {
  const results = diffViews(report, library);
  const placed = results.map((result, d) => placeFindings(result, d));
  const ordered = readingOrder(placed.flat(), (p) => p.at).map((p) => p.finding);
  const numbers = new Map(ordered.map((finding, i) => [finding, i + 1]));
  const sections = results.map((result, d) => diffSection(result, d, placed[d]!, numbers, report, library));
  const summary: (ElementContent | string)[] = [`${results.length} article${results.length === 1 ? '' : 's'} · `, ...counts(report.summary), ` · copydesk ${report.tool.version}`];
  const widths = [...new Set(results.map((r) => r.versions.length))];
  return page({
    title: 'copydesk diff report',
    summary,
    findings: report.findings,
    main: sections,
    style: DIFF_STYLE + widths.map((n) => `.lineage.versions-${n} { grid-template-columns: repeat(${n}, minmax(0, 1fr)); }`).join('\n'),
    reportKey: keyOf('diff', ...results.flatMap((r) => r.versions.map((v) => v.path))),
  });
}

/** A sentence of a version: where it stands and its words as the analysis read them (markup removed). */
interface SentenceView {
  start: number;
  end: number;
  text: string;
}

interface VersionView {
  path: string;
  title?: string;
  /** Findings about this version left out past the cap (engine/fold-and-cap.ts). */
  omitted?: number;
  doc?: Document;
  /** In file order; a pair or a lineage names them by index. */
  sentences: SentenceView[];
}

interface PairView {
  kind: PairKind;
  old: number[];
  new: number[];
  edited?: true;
  ops?: WordOp[];
}

interface StepView {
  old: VersionView;
  new: VersionView;
  pairs: PairView[];
  /** The changes this step brought in. */
  findings: Finding[];
}

/** One compared article: its versions, steps, findings (each step's changes, then the checks) and history. */
interface DiffView {
  versions: VersionView[];
  steps: StepView[];
  findings: Finding[];
  history: (number[] | null)[][];
}

/**
 * A sentence's words as the analysis read them: the characters of its block's text (markup removed)
 * that stand between its offsets in the file; without the document, the file's own characters.
 */
function sentenceText(doc: Document | undefined, ref: SentenceRef): string {
  const block = doc?.blocks.find((b) => b.start <= ref.start && ref.start < b.end);
  if (!block) return ref.text;
  let from = 0;
  while (from < block.text.length && block.map[from]! < ref.start) from++;
  let to = from;
  while (to < block.text.length && block.map[to]! < ref.end) to++;
  return block.text.slice(from, to);
}

function diffViews(report: JsonReport, library: Library): DiffView[] {
  const byDiff = findingsByDiff(report);
  let file = 0;
  return (report.diffs ?? []).map((entry, d) => {
    const summaries = report.files.slice(file, (file += entry.versions.length));
    // each version's sentences are those its steps align and its lineages follow
    const seen = entry.versions.map(() => new Map<number, SentenceRef>());
    const note = (k: number, refs: SentenceRef[]) => refs.forEach((ref) => seen[k]!.set(ref.start, ref));
    entry.steps.forEach((step, s) => step.pairs.forEach((pair) => (note(s, pair.old), note(s + 1, pair.new))));
    entry.history.forEach((lineage) => lineage.versions.forEach((version, k) => version && note(k, version.sentences)));
    const versions: VersionView[] = entry.versions.map((path, k) => {
      const doc = library.get(path);
      const sentences = [...seen[k]!.values()].sort((a, b) => a.start - b.start).map((ref) => ({ start: ref.start, end: ref.end, text: sentenceText(doc, ref) }));
      const title = summaries[k]?.title;
      const omitted = summaries[k]?.omitted;
      return { path, sentences, ...(title !== undefined ? { title } : {}), ...(omitted ? { omitted } : {}), ...(doc ? { doc } : {}) };
    });
    const index = versions.map((version) => new Map(version.sentences.map((s, i) => [s.start, i])));
    const indices = (k: number, refs: SentenceRef[]) => refs.map((ref) => index[k]!.get(ref.start)!);
    const findings = byDiff[d]!;
    let taken = 0;
    const steps = entry.steps.map((step, s) => ({
      old: versions[s]!,
      new: versions[s + 1]!,
      pairs: step.pairs.map((pair) => ({
        kind: pair.kind,
        old: indices(s, pair.old),
        new: indices(s + 1, pair.new),
        ...(pair.edited ? { edited: true as const } : {}),
        ...(pair.ops ? { ops: pair.ops } : {}),
      })),
      findings: findings.slice(taken, (taken += step.findings)),
    }));
    const history = entry.history.map((lineage) => lineage.versions.map((version, k) => (version ? indices(k, version.sentences) : null)));
    return { versions, steps, findings, history };
  });
}

/** A finding with the step and row where its number stands. */
interface Placed {
  finding: Finding;
  step: number;
  at: number[];
}

/** The step each finding belongs to (check findings of the newest version: the last) and its row. */
function placeFindings(result: DiffView, d: number): Placed[] {
  const last = result.steps.length - 1;
  return result.findings.map((finding) => {
    const owner = result.steps.findIndex((st) => st.findings.includes(finding));
    const step = owner >= 0 ? owner : last;
    const row = step >= 0 ? rowOf(result.steps[step]!, finding.locations[0]!) : 0;
    return { finding, step, at: [d, step, row, finding.locations[0]!.start.offset] };
  });
}

function sentenceAt(version: VersionView, offset: number): number {
  return version.sentences.findIndex((s) => offset >= s.start && offset < Math.max(s.end, s.start + 1));
}

function rowOf(step: StepView, location: Location): number {
  const side = location.path === step.new.path ? 'new' : location.path === step.old.path ? 'old' : null;
  if (!side) return step.pairs.length;
  const sentence = sentenceAt(step[side], location.start.offset);
  const row = step.pairs.findIndex((p) => p[side].includes(sentence));
  return row < 0 ? step.pairs.length : row;
}

function diffSection(result: DiffView, d: number, placed: Placed[], numbers: Map<Finding, number>, report: JsonReport, library: Library): Element {
  const id = `diff-${d + 1}`;
  const newest = result.versions[result.versions.length - 1]!;
  const stepOf = new Map(placed.map((p) => [numbers.get(p.finding)!, p.step]));
  const cards: CardContext = {
    library,
    rules: report.rules,
    // an inline comment in the newest version silences what its last step and its check report
    commentable: (path) => path === newest.path && /\.(md|markdown)$/i.test(path),
    anchor: (location, _k, n) => {
      const s = stepOf.get(n) ?? 0;
      const step = result.steps[s];
      if (!step) return undefined;
      const side = location.path === step.new.path ? 'new' : location.path === step.old.path ? 'old' : null;
      const sentence = side ? sentenceAt(step[side], location.start.offset) : -1;
      return side && sentence >= 0 ? `#d${d + 1}s${s + 1}-${side}-${sentence}` : undefined;
    },
  };
  const mine = readingOrder(placed, (p) => p.at).map((p) => p.finding);
  const loud = mine.filter((f) => f.severity !== 'info').sort((a, b) => SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity] || numbers.get(a)! - numbers.get(b)!);
  const quiet = mine.filter((f) => f.severity === 'info');
  const list = (items: Finding[]) => h('ol.cards', items.map((f) => findingCard(f, numbers.get(f)!, cards)));
  const findings: ElementContent[] = [h(`h3#${id}-findings`, `Findings (${mine.length})`)];
  const omitted = result.versions.reduce((n, version) => n + (version.omitted ?? 0), 0);
  if (omitted) findings.push(h('p.omitted', omittedNote(omitted)));
  if (mine.length === 0) findings.push(h('p.none', 'No findings.'));
  if (loud.length) findings.push(list(loud));
  else if (quiet.length) findings.push(h('p.none', 'No errors or warnings.'));
  if (quiet.length) findings.push(h('details.notes', [h('summary', [h('span.notes-count', String(quiet.length)), ` info note${quiet.length === 1 ? '' : 's'} and findings worth a look (sentences edited, added, moved …)`]), list(quiet)]));

  const children: ElementContent[] = [
    h(`h2#${id}-title`, newest.title ?? newest.doc?.frontMatter.title ?? newest.path),
    h('p.path', result.versions.map((v) => v.path).join(' → ')),
    timeline(result, d),
    h('section.findings-list', { ariaLabelledby: `${id}-findings` }, findings),
  ];
  result.steps.forEach((step, s) => {
    const stepId = `d${d + 1}s${s + 1}`;
    const here = placed.filter((p) => p.step === s).map((p) => p.finding);
    children.push(
      h(`section.step#${stepId}`, { ariaLabelledby: `${stepId}-title` }, [
        h(`h3#${stepId}-title`, [h('bdi', basename(step.old.path)), ' → ', h('bdi', basename(step.new.path))]),
        sideBySide(step, stepId, here, numbers),
      ]),
    );
  });
  if (result.steps.length > 1) children.push(historySection(result, d, numbers));
  return h(`section.file#${id}`, { ariaLabelledby: `${id}-title` }, children);
}

/** The versions in order, with their dates (front matter) and what each step changed. */
function timeline(result: DiffView, d: number): Element {
  const items: Element[] = [];
  result.versions.forEach((version, k) => {
    if (k > 0) {
      const step = result.steps[k - 1]!;
      const kinds = new Map<string, number>();
      for (const pair of step.pairs) if (pair.kind !== 'unchanged' || pair.edited) kinds.set(pair.kind, (kinds.get(pair.kind) ?? 0) + 1);
      const flagged = (severity: Finding['severity']) => step.findings.filter((f) => f.severity === severity).length;
      const words = [...kinds].map(([kind, n]) => `${n} ${kind}`);
      if (flagged('error')) words.push(`${flagged('error')} error${flagged('error') === 1 ? '' : 's'}`);
      if (flagged('warning')) words.push(`${flagged('warning')} warning${flagged('warning') === 1 ? '' : 's'}`);
      items.push(h('li.step', [h('a', { href: `#d${d + 1}s${k}` }, `→ ${words.join(', ') || 'no change'} →`)]));
    }
    const fm = version.doc?.frontMatter;
    const when = [fm?.date, fm?.version ? `version ${fm.version}` : undefined].filter(Boolean).join(' · ');
    items.push(h('li.version', [h('span.file', { title: version.path }, basename(version.path)), h('span.date', when || 'no date')]));
  });
  return h('ol.timeline', { ariaLabel: 'Versions' }, items);
}

function sideBySide(step: StepView, id: string, findings: Finding[], numbers: Map<Finding, number>): Element {
  const pairs = step.pairs;
  const movedRow = new Map<PairView, number>();
  pairs.forEach((pair, r) => {
    if (pair.kind === 'moved') movedRow.set(pair, r);
  });
  // where each moved sentence stood in the old version: after the row of its old predecessor
  const ghostsAfter = new Map<number, PairView[]>();
  for (const pair of movedRow.keys()) {
    const before = pair.old[0]! - 1;
    const row = pairs.findIndex((p) => p.old.includes(before) && p.kind !== 'moved');
    ghostsAfter.set(row, [...(ghostsAfter.get(row) ?? []), pair]);
  }
  const oldName = basename(step.old.path);
  const newName = basename(step.new.path);
  const ghost = (pair: PairView) =>
    h(`div.row.ghost#${id}-from-${pair.old[0]}`, [
      h('div.n', ''),
      h('div.text.old', [h('span.side-label', oldName), h('a', { href: `#${id}-r${movedRow.get(pair)! + 1}` }, `↪ sentence moved from here to row ${movedRow.get(pair)! + 1}`)]),
      h('div.text.new', ''),
      h('div.kind', 'moved away'),
    ]);
  const hitsOf = (pair: PairView, side: 'old' | 'new') => {
    const version = step[side];
    const spans = pair[side].map((i) => version.sentences[i]!);
    return findings.filter((f) => f.locations.some((l) => l.path === version.path && spans.some((s) => l.start.offset >= s.start && l.start.offset < Math.max(s.end, s.start + 1))));
  };
  const refs = (hits: Finding[]) =>
    hits.length ? [h('span.refs', hits.map((f) => h(`a.sev-${f.severity}`, { href: `#finding-${numbers.get(f)}`, dataN: String(numbers.get(f)) }, [h('span.sr', `${f.lowConfidence ? 'worth a look' : f.severity} `), `[${numbers.get(f)}]`])))] : [];
  const rows: { element: Element; quiet: boolean }[] = [];
  for (const pair of ghostsAfter.get(-1) ?? []) rows.push({ element: ghost(pair), quiet: false });
  pairs.forEach((pair, r) => {
    const oldHits = hitsOf(pair, 'old');
    const newHits = hitsOf(pair, 'new');
    const hits = [...new Set([...newHits, ...oldHits])].sort((a, b) => numbers.get(a)! - numbers.get(b)!);
    const anchors = (side: 'old' | 'new') => pair[side].map((i) => h(`span.anchor#${id}-${side}-${i}`));
    const kind: ElementContent[] = [{ type: 'text', value: pair.kind + (pair.edited ? ' + edited' : '') }];
    if (pair.kind === 'moved') kind.push(h('br'), h('a', { href: `#${id}-from-${pair.old[0]}` }, '↩ where it was'));
    const loud = hits.filter((f) => f.severity !== 'info');
    for (const f of loud) kind.push(h(`span.flag.sev-${f.severity}`, { dataN: String(numbers.get(f)) }, `${f.severity} #${numbers.get(f)}`));
    const top = loud.sort((a, b) => SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity])[0];
    const properties: Record<string, string> = {};
    if (hits.length) properties['dataFindings'] = hits.map((f) => String(numbers.get(f))).join(' ');
    rows.push({
      element: h(`div.row.k-${pair.kind}${top ? `.sev-${top.severity}` : ''}#${id}-r${r + 1}`, properties, [
        h('div.n', String(r + 1)),
        h('div.text.old', [h('span.side-label', oldName), ...anchors('old'), ...cell(step.old, pair, 'old'), ...refs(oldHits)]),
        h('div.text.new', [h('span.side-label', newName), ...anchors('new'), ...cell(step.new, pair, 'new'), ...refs(newHits)]),
        h('div.kind', kind),
      ]),
      quiet: pair.kind === 'unchanged' && !pair.edited && hits.length === 0,
    });
    for (const moved of ghostsAfter.get(r) ?? []) rows.push({ element: ghost(moved), quiet: false });
  });
  const body: ElementContent[] = [
    h('div.row.head', { ariaHidden: 'true' }, [h('div.n', '#'), h('div', step.old.path), h('div', step.new.path), h('div', 'change')]),
  ];
  for (let i = 0; i < rows.length; ) {
    let j = i;
    while (j < rows.length && rows[j]!.quiet) j++;
    if (j - i >= FOLD) {
      body.push(h('details.run', [h('summary', `${j - i} unchanged sentences`), ...rows.slice(i, j).map((row) => row.element)]));
      i = j;
    } else if (j > i) {
      append(body, rows.slice(i, j).map((row) => row.element));
      i = j;
    } else body.push(rows[i++]!.element);
  }
  return h('div.rows', body);
}

/** A side of a row: the sentence text, with the words the edit deleted or inserted marked. */
function cell(version: VersionView, pair: PairView, side: 'old' | 'new'): ElementContent[] {
  const indices = pair[side];
  if (indices.length === 0) return [];
  if (!pair.ops) {
    const text = indices.map((i) => version.sentences[i]!.text).join(' ');
    if (pair.kind === 'added' && side === 'new') return [h('ins', text)];
    if (pair.kind === 'removed' && side === 'old') return [h('del', text)];
    return [{ type: 'text', value: text }];
  }
  const out: ElementContent[] = [];
  for (const op of pair.ops) {
    if (op.op === 'equal') out.push({ type: 'text', value: op.text });
    else if (op.op === 'delete' && side === 'old') out.push(h('del', op.text));
    else if (op.op === 'insert' && side === 'new') out.push(h('ins', op.text));
  }
  return out;
}

/**
 * Each sentence that changed, through every version: each version's text with the words it changed
 * from the one before (deleted and inserted), and links to the findings about it there.
 */
function historySection(result: DiffView, d: number, numbers: Map<Finding, number>): Element {
  const versions = result.versions;
  const id = `diff-${d + 1}-history`;
  const text = (k: number, indices: number[] | null) => (indices ? indices.map((i) => versions[k]!.sentences[i]!.text).join(' ') : null);
  const findingsAt = (k: number, indices: number[]) => {
    const version = versions[k]!;
    const spans = indices.map((i) => version.sentences[i]!);
    return result.findings.filter((f) => f.locations.some((l) => l.path === version.path && spans.some((s) => l.start.offset >= s.start && l.start.offset < Math.max(s.end, s.start + 1))));
  };
  const rows = result.history.map((lineage) =>
    h(
      `div.lineage.versions-${versions.length}`,
      lineage.map((indices, k) => {
        const now = text(k, indices);
        const before = k > 0 ? text(k - 1, lineage[k - 1]!) : null;
        const label = h('span.side-label', basename(versions[k]!.path));
        if (now === null) return h('div.cell.absent', [label, k > 0 && before !== null ? 'removed' : '—']);
        const body: ElementContent[] = k === 0 ? [{ type: 'text', value: now }] : before === null ? [h('ins', now)] : piecesToHast(inlineDiff(before, now));
        const hits = findingsAt(k, indices!).sort((a, b) => numbers.get(a)! - numbers.get(b)!);
        const links = hits.length ? [h('span.refs', hits.map((f) => h(`a.sev-${f.severity}`, { href: `#finding-${numbers.get(f)}`, dataN: String(numbers.get(f)) }, [h('span.sr', `${f.severity} `), `[${numbers.get(f)}]`])))] : [];
        return h(`div.cell${k > 0 && before === now ? '.same' : ''}`, [label, ...body, ...links]);
      }),
    ),
  );
  return h(`section.history#${id}`, { ariaLabelledby: `${id}-title` }, [
    h(`h3#${id}-title`, `History of the sentences that changed (${result.history.length})`),
    h(`div.lineage.head.versions-${versions.length}`, { ariaHidden: 'true' }, versions.map((v) => h('div', basename(v.path)))),
    ...rows,
  ]);
}

/** One text with the words changed from the one before, deleted and inserted, in reading order. */
function inlineDiff(before: string, now: string): Piece[] {
  if (before === now) return [{ text: now, kind: 'plain' }];
  return diffWords(before, now).map((change) => ({ text: change.value, kind: change.added ? 'ins' : change.removed ? 'del' : 'plain' }));
}
