import { checkFiles } from '../src/check.js';
import { formatText } from '../src/report/text.js';
const result = checkFiles(process.argv.slice(2));
process.stdout.write(formatText(result.findings, result.files.map((f) => f.file.path), { color: false }));
if (process.env.LOC) for (const f of result.findings) console.log(f.ruleId, f.locations.map((l) => `${l.start.line}:${l.start.column} ${JSON.stringify(l.text.slice(0, 60))}`).join(' || '));
