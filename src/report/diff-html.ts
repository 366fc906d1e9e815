import { diffWords } from 'diff';
import { h } from 'hastscript';
import type { Element, ElementContent } from 'hast';
import type { Analysis } from '../model/analysis.js';
import type { Finding, Location } from '../model/finding.js';
import type { AlignedPair, DiffResult, DiffStep } from '../model/results.js';
import type { JsonReport } from '../model/report.js';
import { SEVERITY_RANK } from '../model/finding.js';
import { findingCard, readingOrder, type CardContext } from './html-finding.js';
import { counts, keyOf, page } from './html-page.js';
import { basename, piecesToHast, type Library, type Piece } from './html-place.js';
import { DIFF_STYLE } from './html-style.js';

/** Runs of this many unchanged sentences or more fold away behind a count. */
const FOLD = 3;

/**
 * The HTML report of `copydesk diff`, read like a review: the timeline of the versions, the findings
 * (errors and warnings first, info folded away), then for each step the two versions side by side,
 * one row per aligned pair with the word diff, rows a warning or error touches in its colour and
 * labelled, runs of unchanged sentences folded behind a count, moved sentences marked at both places
 * and linked; with more than two versions, the history of each changed sentence with a word diff per
 * version. Rows stack on a phone. Article text only ever enters as text nodes, so it is escaped.
 */
export function formatDiffHtml(report: JsonReport, results: DiffResult[]): string {
  const library: Library = new Map(results.flatMap((r) => r.versions.map((v) => [v.analysis.doc.path, v.analysis.doc] as const)));
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
    reportKey: keyOf('diff', ...results.flatMap((r) => r.versions.map((v) => v.file.path))),
  });
}

/** A finding with the step and row where its number stands. */
interface Placed {
  finding: Finding;
  step: number;
  at: number[];
}

/** The step each finding belongs to (check findings of the newest version: the last) and its row. */
function placeFindings(result: DiffResult, d: number): Placed[] {
  const last = result.steps.length - 1;
  return result.findings.map((finding) => {
    const owner = result.steps.findIndex((st) => st.findings.includes(finding));
    const step = owner >= 0 ? owner : last;
    const row = step >= 0 ? rowOf(result.steps[step]!, finding.locations[0]!) : 0;
    return { finding, step, at: [d, step, row, finding.locations[0]!.start.offset] };
  });
}

function sentenceAt(analysis: Analysis, offset: number): number {
  return analysis.sentences.findIndex((s) => offset >= s.start && offset < Math.max(s.end, s.start + 1));
}

function rowOf(step: DiffStep, location: Location): number {
  const side = location.path === step.new.doc.path ? 'new' : location.path === step.old.doc.path ? 'old' : null;
  if (!side) return step.alignment.pairs.length;
  const sentence = sentenceAt(side === 'new' ? step.new : step.old, location.start.offset);
  const row = step.alignment.pairs.findIndex((p) => p[side].includes(sentence));
  return row < 0 ? step.alignment.pairs.length : row;
}

function diffSection(result: DiffResult, d: number, placed: Placed[], numbers: Map<Finding, number>, report: JsonReport, library: Library): Element {
  const id = `diff-${d + 1}`;
  const newest = result.versions[result.versions.length - 1]!;
  const stepOf = new Map(placed.map((p) => [numbers.get(p.finding)!, p.step]));
  const cards: CardContext = {
    library,
    rules: report.rules,
    // an inline comment in the newest version silences what its last step and its check report
    commentable: (path) => path === newest.analysis.doc.path && /\.(md|markdown)$/i.test(path),
    anchor: (location, _k, n) => {
      const s = stepOf.get(n) ?? 0;
      const step = result.steps[s];
      if (!step) return undefined;
      const side = location.path === step.new.doc.path ? 'new' : location.path === step.old.doc.path ? 'old' : null;
      const sentence = side ? sentenceAt(side === 'new' ? step.new : step.old, location.start.offset) : -1;
      return side && sentence >= 0 ? `#d${d + 1}s${s + 1}-${side}-${sentence}` : undefined;
    },
  };
  const mine = readingOrder(placed, (p) => p.at).map((p) => p.finding);
  const loud = mine.filter((f) => f.severity !== 'info').sort((a, b) => SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity] || numbers.get(a)! - numbers.get(b)!);
  const quiet = mine.filter((f) => f.severity === 'info');
  const list = (items: Finding[]) => h('ol.cards', items.map((f) => findingCard(f, numbers.get(f)!, cards)));
  const findings: ElementContent[] = [h(`h3#${id}-findings`, `Findings (${mine.length})`)];
  if (mine.length === 0) findings.push(h('p.none', 'No findings.'));
  if (loud.length) findings.push(list(loud));
  else if (quiet.length) findings.push(h('p.none', 'No errors or warnings.'));
  if (quiet.length) findings.push(h('details.notes', [h('summary', [h('span.notes-count', String(quiet.length)), ` info note${quiet.length === 1 ? '' : 's'} and findings worth a look (sentences edited, added, moved …)`]), list(quiet)]));

  const children: ElementContent[] = [
    h(`h2#${id}-title`, newest.file.title ?? newest.analysis.doc.frontMatter.title ?? newest.file.path),
    h('p.path', result.versions.map((v) => v.file.path).join(' → ')),
    timeline(result, d),
    h('section.findings-list', { ariaLabelledby: `${id}-findings` }, findings),
  ];
  result.steps.forEach((step, s) => {
    const stepId = `d${d + 1}s${s + 1}`;
    const here = placed.filter((p) => p.step === s).map((p) => p.finding);
    children.push(
      h(`section.step#${stepId}`, { ariaLabelledby: `${stepId}-title` }, [
        h(`h3#${stepId}-title`, [h('bdi', basename(step.old.doc.path)), ' → ', h('bdi', basename(step.new.doc.path))]),
        sideBySide(step, stepId, here, numbers),
      ]),
    );
  });
  if (result.steps.length > 1) children.push(historySection(result, d, numbers));
  return h(`section.file#${id}`, { ariaLabelledby: `${id}-title` }, children);
}

/** The versions in order, with their dates (front matter) and what each step changed. */
function timeline(result: DiffResult, d: number): Element {
  const items: Element[] = [];
  result.versions.forEach((version, k) => {
    if (k > 0) {
      const step = result.steps[k - 1]!;
      const kinds = new Map<string, number>();
      for (const pair of step.alignment.pairs) if (pair.kind !== 'unchanged' || pair.edited) kinds.set(pair.kind, (kinds.get(pair.kind) ?? 0) + 1);
      const flagged = (severity: Finding['severity']) => step.findings.filter((f) => f.severity === severity).length;
      const words = [...kinds].map(([kind, n]) => `${n} ${kind}`);
      if (flagged('error')) words.push(`${flagged('error')} error${flagged('error') === 1 ? '' : 's'}`);
      if (flagged('warning')) words.push(`${flagged('warning')} warning${flagged('warning') === 1 ? '' : 's'}`);
      items.push(h('li.step', [h('a', { href: `#d${d + 1}s${k}` }, `→ ${words.join(', ') || 'no change'} →`)]));
    }
    const fm = version.analysis.doc.frontMatter;
    const when = [fm.date, fm.version ? `version ${fm.version}` : undefined].filter(Boolean).join(' · ');
    items.push(h('li.version', [h('span.file', { title: version.file.path }, basename(version.file.path)), h('span.date', when || 'no date')]));
  });
  return h('ol.timeline', { ariaLabel: 'Versions' }, items);
}

function sideBySide(step: DiffStep, id: string, findings: Finding[], numbers: Map<Finding, number>): Element {
  const pairs = step.alignment.pairs;
  const movedRow = new Map<AlignedPair, number>();
  pairs.forEach((pair, r) => {
    if (pair.kind === 'moved') movedRow.set(pair, r);
  });
  // where each moved sentence stood in the old version: after the row of its old predecessor
  const ghostsAfter = new Map<number, AlignedPair[]>();
  for (const pair of movedRow.keys()) {
    const before = pair.old[0]! - 1;
    const row = pairs.findIndex((p) => p.old.includes(before) && p.kind !== 'moved');
    ghostsAfter.set(row, [...(ghostsAfter.get(row) ?? []), pair]);
  }
  const oldName = basename(step.old.doc.path);
  const newName = basename(step.new.doc.path);
  const ghost = (pair: AlignedPair) =>
    h(`div.row.ghost#${id}-from-${pair.old[0]}`, [
      h('div.n', ''),
      h('div.text.old', [h('span.side-label', oldName), h('a', { href: `#${id}-r${movedRow.get(pair)! + 1}` }, `↪ sentence moved from here to row ${movedRow.get(pair)! + 1}`)]),
      h('div.text.new', ''),
      h('div.kind', 'moved away'),
    ]);
  const hitsOf = (pair: AlignedPair, side: 'old' | 'new') => {
    const analysis = side === 'old' ? step.old : step.new;
    const spans = pair[side].map((i) => analysis.sentences[i]!);
    return findings.filter((f) => f.locations.some((l) => l.path === analysis.doc.path && spans.some((s) => l.start.offset >= s.start && l.start.offset < Math.max(s.end, s.start + 1))));
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
    h('div.row.head', { ariaHidden: 'true' }, [h('div.n', '#'), h('div', step.old.doc.path), h('div', step.new.doc.path), h('div', 'change')]),
  ];
  for (let i = 0; i < rows.length; ) {
    let j = i;
    while (j < rows.length && rows[j]!.quiet) j++;
    if (j - i >= FOLD) {
      body.push(h('details.run', [h('summary', `${j - i} unchanged sentences`), ...rows.slice(i, j).map((row) => row.element)]));
      i = j;
    } else if (j > i) {
      body.push(...rows.slice(i, j).map((row) => row.element));
      i = j;
    } else body.push(rows[i++]!.element);
  }
  return h('div.rows', body);
}

/** A side of a row: the sentence text, with the words the edit deleted or inserted marked. */
function cell(analysis: Analysis, pair: AlignedPair, side: 'old' | 'new'): ElementContent[] {
  const indices = pair[side];
  if (indices.length === 0) return [];
  if (!pair.ops) {
    const text = indices.map((i) => analysis.sentences[i]!.text).join(' ');
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
function historySection(result: DiffResult, d: number, numbers: Map<Finding, number>): Element {
  const versions = result.versions;
  const id = `diff-${d + 1}-history`;
  const text = (k: number, indices: number[] | null) => (indices ? indices.map((i) => versions[k]!.analysis.sentences[i]!.text).join(' ') : null);
  const findingsAt = (k: number, indices: number[]) => {
    const analysis = versions[k]!.analysis;
    const spans = indices.map((i) => analysis.sentences[i]!);
    return result.findings.filter((f) => f.locations.some((l) => l.path === analysis.doc.path && spans.some((s) => l.start.offset >= s.start && l.start.offset < Math.max(s.end, s.start + 1))));
  };
  const rows = result.history.map((lineage) =>
    h(
      `div.lineage.versions-${versions.length}`,
      lineage.versions.map((indices, k) => {
        const now = text(k, indices);
        const before = k > 0 ? text(k - 1, lineage.versions[k - 1]!) : null;
        const label = h('span.side-label', basename(versions[k]!.file.path));
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
    h(`div.lineage.head.versions-${versions.length}`, { ariaHidden: 'true' }, versions.map((v) => h('div', basename(v.file.path)))),
    ...rows,
  ]);
}

/** One text with the words changed from the one before, deleted and inserted, in reading order. */
function inlineDiff(before: string, now: string): Piece[] {
  if (before === now) return [{ text: now, kind: 'plain' }];
  return diffWords(before, now).map((change) => ({ text: change.value, kind: change.added ? 'ins' : change.removed ? 'del' : 'plain' }));
}
