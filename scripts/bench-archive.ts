/**
 * Runs a batch manifest in a process of its own and prints its time and peak memory (main and worker
 * threads): a child of `npm run bench`. Arguments: the manifest, then the number of threads (default
 * all cores).
 */
import { availableParallelism } from 'node:os';
import { runBatch } from '../src/run/batch.js';

const jobs = Number(process.argv[3] ?? availableParallelism());
const start = performance.now();
// a threshold of 0: even a small manifest goes to the threads asked for, so the scaling is measured
const report = await runBatch(process.argv[2]!, { noConfig: true, jobs, minParallelWork: 0 });
const seconds = (performance.now() - start) / 1000;
const findings = report.stories.reduce((n, r) => n + r.findings.length, 0);
process.stdout.write(`${JSON.stringify({ maxRssMiB: process.resourceUsage().maxRSS / 1024, findings, jobs, seconds, stories: report.stories.length })}\n`);
