/**
 * The kernel's entry for one article: text in hand to sorted findings, with no I/O and no state of
 * its own (docs/architecture.md). Everything it needs comes in: the text, the rules with their kinds
 * and lexicon, and any related reports already analysed.
 */
import { analyse } from '../claims/analyse.js';
import type { CompiledLexicon } from '../lexicon/compile.js';
import { buildDocument } from '../load/document.js';
import type { Analysis } from '../model/analysis.js';
import type { AnalysedFile, FileSummary, InputText, Source } from '../model/results.js';
import type { RuleSet } from '../kinds/kind.js';
import { dedupeFindings, dropGivenWay, givingWay } from './dedupe.js';
import { applyDirectives } from './directives.js';
import { foldAndCap } from './fold-and-cap.js';
import { againstSources } from './related.js';
import { runRules } from './run-rules.js';
import { sortFindings } from './sort.js';
import { append } from '../base/arrays.js';

/** Reads text into an analysis. `input.path` is the path reports show. */
export function analyseInput(input: InputText, lexicon: CompiledLexicon): Analysis {
  return analyse(buildDocument(input, lexicon), lexicon);
}

/**
 * Checks one article: its analysis, the rules, the related reports, inline control comments, in report
 * order, folded and capped (engine/fold-and-cap.ts). `unbounded` keeps every finding as the rules gave
 * it (diff compares versions with them and bounds what it reports); `deferDirectives` also leaves the
 * inline comments to the caller.
 */
export function checkInput(input: InputText, ruleSet: RuleSet, sources: Source[] = [], options: { deferDirectives?: boolean; unbounded?: boolean } = {}): AnalysedFile {
  const analysis = analyseInput(input, ruleSet.lexicon);
  const doc = analysis.doc;
  const raw = runRules(analysis, ruleSet);
  const related = sources.length ? againstSources(analysis, sources, ruleSet) : undefined;
  if (related) append(raw, related.findings);
  const deduped = dedupeFindings(raw);
  // in diff mode the newest version's comments also silence the change findings: applied later, once
  // (and the findings that give way to others are dropped after them)
  const sorted = sortFindings(options.deferDirectives ? deduped : dropGivenWay(applyDirectives(doc, deduped, ruleSet), givingWay(ruleSet)));
  const { findings, omitted } = options.deferDirectives || options.unbounded ? { findings: sorted, omitted: 0 } : foldAndCap(sorted);
  const file: FileSummary = {
    path: doc.path,
    format: doc.format,
    paragraphs: doc.blocks.filter((b) => b.paragraph > 0).length,
    sentences: analysis.sentences.length,
    claims: analysis.claims.length,
    entities: analysis.entities.length,
  };
  if (omitted > 0) file.omitted = omitted;
  const title = doc.frontMatter.title ?? doc.blocks.find((b) => b.kind === 'title')?.text;
  if (title) file.title = title;
  const checked: AnalysedFile = { file, findings, analysis };
  if (related) checked.provenance = related.provenance;
  return checked;
}
