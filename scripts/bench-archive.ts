/** Runs a batch manifest with all cores and prints its peak memory: a child of `npm run bench`. */
import { availableParallelism } from 'node:os';
import { runBatch } from '../src/run/batch.js';

const jobs = availableParallelism();
const results = await runBatch(process.argv[2]!, { noConfig: true, jobs });
const findings = results.stories.reduce((n, r) => n + r.findings.length, 0);
process.stdout.write(`${JSON.stringify({ maxRssMiB: process.resourceUsage().maxRSS / 1024, findings, jobs })}\n`);
