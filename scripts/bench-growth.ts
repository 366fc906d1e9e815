/**
 * The growth benchmark (`npm run bench`, part h; alone: `node dist/scripts/bench-growth.js [name…]`):
 * each of GROWTH_INPUTS checked at n and 2n, each run in a child process of its own (a blow-up must
 * not take the bench with it; a run over the time limit is stopped and shown as such). Times are of
 * checking the text, the language model already loaded; growth above 2.5× from n to 2n is flagged.
 */
import { spawnSync } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import { packagePath } from '../src/base/package-path.js';
import { edited, GROWTH_INPUTS } from './growth-inputs.js';

const LIMIT_MS = 120_000;
const FLAG = 2.5;

type Run = { ms: number; findings: number; bytes: number } | { failed: string };

/** In the child: warm up, then time one check (or diff) of the generated text. */
async function child(name: string, size: number): Promise<void> {
  const { checkText } = await import('../src/api.js');
  const { diffInputs } = await import('../src/engine/diff.js');
  const { Session } = await import('../src/session/session.js');
  const input = GROWTH_INPUTS.find((g) => g.name === name)!;
  const text = input.make(size);
  checkText('# Warm\n\nThe storm killed 4 people, police said.\n', { noConfig: true });
  const ruleSet = new Session().ruleSetFor({ noConfig: true });
  const start = performance.now();
  const findings = input.diff
    ? diffInputs([{ path: 'old.md', text, bom: false }, { path: 'new.md', text: edited(text), bom: false }], ruleSet).findings.length
    : checkText(text, { noConfig: true }).findings.length;
  const ms = performance.now() - start;
  process.stdout.write(JSON.stringify({ ms, findings, bytes: Buffer.byteLength(text) }));
}

function measure(name: string, size: number): Run {
  const run = spawnSync(process.execPath, [packagePath('dist', 'scripts', 'bench-growth.js'), '--child', name, String(size)], { encoding: 'utf8', timeout: LIMIT_MS, maxBuffer: 1 << 20 });
  if (run.error || run.signal) return { failed: `stopped after ${LIMIT_MS / 1000} s` };
  if (run.status !== 0) return { failed: (run.stderr.trim().split('\n').find((l) => /Error|error/.test(l)) ?? `exit ${run.status}`).slice(0, 60) };
  return JSON.parse(run.stdout) as Run;
}

export function benchGrowth(only: string[] = []): void {
  const line = (label: string, value: string) => process.stdout.write(`${label.padEnd(58)} ${value}\n`);
  process.stdout.write(`\n(h) growth: each input at n and 2n, checked after start-up; growth above ${FLAG}× flagged\n`);
  for (const input of GROWTH_INPUTS.filter((g) => only.length === 0 || only.includes(g.name))) {
    const small = measure(input.name, input.n);
    const large = measure(input.name, input.n * 2);
    const show = (run: Run) => ('failed' in run ? run.failed : `${(run.ms / 1000).toFixed(2)} s (${run.findings} findings)`);
    const ratio = 'ms' in small && 'ms' in large ? large.ms / Math.max(small.ms, 1) : undefined;
    const flag = ratio === undefined ? '  FAILED' : ratio > FLAG ? '  GROWS TOO FAST' : '';
    line(`  ${input.name}: ${input.n.toLocaleString('en')} / ${(input.n * 2).toLocaleString('en')} ${input.unit}`, `${show(small)} → ${show(large)}${ratio !== undefined ? `, ${ratio.toFixed(2)}×` : ''}${flag}`);
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const args = process.argv.slice(2);
  if (args[0] === '--child') await child(args[1]!, Number(args[2]));
  else benchGrowth(args);
}
