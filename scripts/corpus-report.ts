/**
 * `npm run corpus`: runs copydesk over every case in corpus/ (check, diff of versions, or check with
 * related reports, as the case's files say) and writes reports/<case>.html and .json, and
 * reports/index.html linking them. The reports are generated, not committed.
 */
import { join } from 'node:path';
import { checkFiles, documentOf } from '../src/run/check-files.js';
import { Session } from '../src/session/session.js';
import { diffFiles } from '../src/run/diff-files.js';
import { formatDiffHtml } from '../src/report/diff-html.js';
import { diffJsonReport } from '../src/report/diff-json.js';
import { formatHtml } from '../src/report/html.js';
import { formatIndex, type IndexEntry } from '../src/report/index-page.js';
import { formatJson, jsonReport } from '../src/report/json.js';
import { type JsonReport } from '../src/model/report.js';
import { writeAtomic } from '../src/report/write.js';
import { compare, loadCases, verdict } from '../test/support/corpus.js';

const out = process.argv[2] ?? 'reports';
const session = new Session();
const entries: IndexEntry[] = [];
for (const item of loadCases()) {
  let report: JsonReport;
  let html: string;
  let title: string;
  if (item.versions.length >= 2) {
    const result = diffFiles(item.versions, { related: item.related }, session);
    report = diffJsonReport([result]);
    html = formatDiffHtml(report, new Map(result.versions.map((v) => [v.analysis.doc.path, v.analysis.doc])));
    title = result.versions[result.versions.length - 1]!.file.title ?? item.name;
  } else {
    const result = checkFiles([item.article!], { related: item.related }, session);
    report = jsonReport(result);
    html = formatHtml(report, result.files.map((file) => documentOf(file, session)), `copydesk: ${item.name}`, result.sources.map((source) => source.doc));
    title = result.files[0]!.file.title ?? item.name;
  }
  writeAtomic(join(out, `${item.name}.json`), formatJson(report));
  writeAtomic(join(out, `${item.name}.html`), html);
  const judged = verdict(item, compare(item.expected.findings, report.findings));
  const missed = item.expected.findings.filter((f) => f.missed).length;
  const notes = [...judged.failures, ...judged.stale];
  if (missed) notes.push(`${missed} known miss${missed === 1 ? '' : 'es'}`);
  if (item.expected.knownFalse?.length) notes.push(`${item.expected.knownFalse.length} known false`);
  const description = item.expected.description.trim().split(/(?<=\.)\s/)[0]!;
  entries.push({ name: item.name, href: `${item.name}.html`, title, description, ...report.summary, verdict: { pass: judged.failures.length + judged.stale.length === 0, notes } });
}
writeAtomic(join(out, 'index.html'), formatIndex(entries, 'copydesk: corpus reports'));
process.stdout.write(`wrote ${entries.length} case reports and ${join(out, 'index.html')}\n`);
