/**
 * `npm run corpus`: runs copydesk over every case in corpus/ and writes reports/<case>.html and
 * .json, and reports/index.html linking them. The reports are generated, not committed.
 */
import { join } from 'node:path';
import { checkFiles } from '../src/check.js';
import { formatHtml } from '../src/report/html.js';
import { formatIndex, type IndexEntry } from '../src/report/index-page.js';
import { formatJson, jsonReport } from '../src/report/json.js';
import { writeAtomic } from '../src/report/write.js';
import { loadCases } from '../test/support/corpus.js';

const out = process.argv[2] ?? 'reports';
const entries: IndexEntry[] = [];
for (const item of loadCases()) {
  if (!item.article) continue;
  const result = checkFiles([item.article]);
  const report = jsonReport(result);
  writeAtomic(join(out, `${item.name}.json`), formatJson(report));
  writeAtomic(join(out, `${item.name}.html`), formatHtml(report, result.files.map((f) => f.analysis.doc), `copydesk: ${item.name}`));
  entries.push({
    name: item.name,
    href: `${item.name}.html`,
    title: result.files[0]!.file.title ?? item.name,
    description: item.expected.description.trim().split(/(?<=\.)\s/)[0]!,
    ...report.summary,
  });
}
writeAtomic(join(out, 'index.html'), formatIndex(entries, 'copydesk: corpus reports'));
process.stdout.write(`wrote ${entries.length} case reports and ${join(out, 'index.html')}\n`);
