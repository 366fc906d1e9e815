/**
 * The kernel's entry for versions of one article: each edit aligned and compared, and the check
 * rules on the newest version, each finding marked as brought in by the edit or not. No I/O.
 */
import { EDIT } from '../kinds/mode.js';
import { alignSentences } from '../align/align.js';
import type { RuleSet } from '../kinds/kind.js';
import type { Finding } from '../model/finding.js';
import type { DiffResult, DiffStep, InputText, Lineage, Source } from '../model/results.js';
import { checkInput } from './check.js';
import { dedupeFindings, dropGivenWay, givingWay } from './dedupe.js';
import { applyDirectives } from './directives.js';
import { foldAndCap } from './fold-and-cap.js';
import { runRules } from './run-rules.js';
import { sortFindings } from './sort.js';

/** Diffs versions already read, oldest first: each step in turn, and the check rules on the newest. */
export function diffInputs(inputs: InputText[], ruleSet: RuleSet, sources: Source[] = [], options: { newOnly?: boolean } = {}): DiffResult {
  const versions = inputs.map((input, k) => checkInput(input, ruleSet, sources, { deferDirectives: k === inputs.length - 1, unbounded: true }));
  // what is reported of each version is folded and capped (engine/fold-and-cap.ts); the cap's count goes on that version
  const bound = (findings: Finding[], k: number) => {
    const { findings: kept, omitted } = foldAndCap(findings);
    if (omitted > 0) versions[k]!.file.omitted = (versions[k]!.file.omitted ?? 0) + omitted;
    return kept;
  };
  const steps: DiffStep[] = [];
  for (let k = 1; k < versions.length; k++) {
    const old = versions[k - 1]!.analysis;
    const current = versions[k]!.analysis;
    const alignment = alignSentences(old, current);
    const raw = runRules(current, ruleSet, { scope: 'versions', versions: { old, alignment, mode: EDIT } });
    const sorted = sortFindings(dedupeFindings(dropCoveredNotes(dropRetoldSpeaker(raw)))).map((f) => ({ ...f, introduced: true }));
    // the last step's changes are bounded once the newest version's inline comments have silenced theirs
    const findings = k < versions.length - 1 ? bound(sorted, k) : sorted;
    steps.push({ old, new: current, alignment, findings });
  }
  const last = versions[versions.length - 1]!;
  const previous = versions[versions.length - 2];
  const before = new Set(previous?.findings.map(sameWords));
  const checks = last.findings.map((finding) => ({ ...finding, introduced: !previous || !before.has(sameWords(finding)) }));
  // the newest version's inline comments silence both its check findings and the last step's changes
  const lastStep = steps[steps.length - 1];
  const controlled = dropGivenWay(applyDirectives(last.analysis.doc, [...(lastStep?.findings ?? []), ...checks], ruleSet), givingWay(ruleSet));
  const changes = new Set(lastStep?.findings);
  if (lastStep) lastStep.findings = bound(controlled.filter((f) => changes.has(f)), versions.length - 1);
  last.findings = bound(sortFindings(controlled.filter((f) => !changes.has(f)).map((f) => (f.introduced === undefined ? { ...f, introduced: true } : f))), versions.length - 1);
  let findings = [...steps.flatMap((s) => s.findings), ...last.findings];
  if (options.newOnly) findings = findings.filter((f) => f.introduced);
  return {
    versions: versions.map((v) => ({ file: v.file, analysis: v.analysis })),
    steps,
    findings,
    history: history(steps),
    rules: ruleSet.rules,
  };
}

/**
 * A check finding is the same in two versions when the same rule reports it about the same words:
 * offsets move with every edit, the text does not. Two findings are the same when their keys are.
 */
function sameWords(finding: Finding): string {
  return [finding.ruleId, ...finding.locations.map((location) => location.text.replace(/\s+/g, ' ').trim())].join('\u0000');
}

/** Rules that tell a speaker swapped as a name or an attribution changed: the quotation's finding tells it already. */
const SPEAKER_RETOLD = new Set(['changed-name', 'changed-attribution']);
/** Lines a paragraph's attribution may stand above its quotation and still be one paragraph's. */
const PARAGRAPH_LINES = 3;

/**
 * A quotation given to another speaker ("… it was Margaret Tasker's") is one change: the same two names
 * told again as a person changed, or as the attribution of the paragraph's sentence changed, just before
 * it, say it twice more (blind set Z).
 */
function dropRetoldSpeaker(findings: Finding[]): Finding[] {
  const swaps = findings.filter((f) => f.ruleId === 'quote-speaker' && f.evidence !== undefined);
  if (swaps.length === 0) return findings;
  return findings.filter((f) => {
    if (!SPEAKER_RETOLD.has(f.ruleId) || f.evidence === undefined) return true;
    const at = f.locations[0]!;
    return !swaps.some((q) => {
      const there = q.locations[0]!;
      const lines = there.start.line - at.start.line;
      return q.evidence!['expected'] === f.evidence!['expected'] && q.evidence!['actual'] === f.evidence!['actual'] && there.path === at.path && lines >= 0 && lines <= PARAGRAPH_LINES;
    });
  });
}

/** A "reworded" note adds nothing where a change rule already reports that sentence. */
function dropCoveredNotes(findings: Finding[]): Finding[] {
  const changed = findings.filter((f) => f.evidence?.['edit'] === undefined);
  return findings.filter((finding) => {
    if (finding.evidence?.['edit'] !== 'edited') return true;
    const at = finding.locations[0]!;
    return !changed.some((f) => f.locations[0]!.path === at.path && f.locations[0]!.start.offset >= at.start.offset && f.locations[0]!.end.offset <= at.end.offset);
  });
}

/** Follows each sentence through the versions and keeps those that changed somewhere. */
function history(steps: DiffStep[]): Lineage[] {
  if (steps.length === 0) return [];
  const count = steps.length + 1;
  const lineages: { versions: (number[] | null)[]; changed: boolean }[] = [];
  // lineages ending in each sentence of the current version
  let byNew = new Map<number, (typeof lineages)[number]>();
  steps[0]!.old.sentences.forEach((s) => {
    const lineage = { versions: [[s.index] as number[] | null, ...new Array<number[] | null>(count - 1).fill(null)], changed: false };
    lineages.push(lineage);
    byNew.set(s.index, lineage);
  });
  steps.forEach((step, k) => {
    const next = new Map<number, (typeof lineages)[number]>();
    for (const pair of step.alignment.pairs) {
      let lineage = pair.old.map((i) => byNew.get(i)).find((l) => l !== undefined);
      if (!lineage) {
        lineage = { versions: new Array<number[] | null>(count).fill(null), changed: false };
        lineages.push(lineage);
      }
      if (pair.kind !== 'unchanged') lineage.changed = true;
      if (pair.new.length) {
        // the halves of a split sentence stay one lineage in later versions
        lineage.versions[k + 1] = [...(lineage.versions[k + 1] ?? []), ...pair.new];
        for (const j of pair.new) next.set(j, lineage);
      }
    }
    byNew = next;
  });
  return lineages.filter((l) => l.changed).map((l) => ({ versions: l.versions }));
}
