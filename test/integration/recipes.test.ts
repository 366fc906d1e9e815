import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml, parseAllDocuments } from 'yaml';
import { batch, render, Session, type BatchReport, type Format } from '../../src/api.js';
import { cli } from '../support/cli.js';
import { archive } from '../support/archive.js';

// docs/scale.md's recipes, run as their engines would run them: each shard's copydesk command with the
// variables the engine sets on that job, then the merge command; the merged reports must be the whole
// run's. The engines themselves are not here: only their variables and their working folder.

const doc = readFileSync('docs/scale.md', 'utf8');

function recipe(name: string): string {
  const match = new RegExp(`<!-- recipe: ${name} -->\\s*\\n\`\`\`\\w+\\n([^]*?)\\n\`\`\``).exec(doc);
  assert.ok(match, `docs/scale.md has the ${name} recipe`);
  return match[1]!;
}

/** The copydesk commands of a shell line ("npm ci", "aws s3 cp …" and the like are the engine's business). */
function copydeskCommands(script: string): string[] {
  return script
    .replace(/\\\n/g, ' ')
    .split(/&&|;|\n/)
    .map((part) => part.trim())
    .filter((part) => /^(npx )?copydesk /.test(part));
}

/** A command's words, as sh would split them: quotes, $VAR and ${VAR} from the job's variables, globs in the working folder. */
function words(command: string, vars: Record<string, string>, cwd: string): string[] {
  const out: string[] = [];
  for (const match of command.matchAll(/"([^"]*)"|'([^']*)'|(\S+)/g)) {
    const raw = match[1] ?? match[2] ?? match[3]!;
    const value = match[2] !== undefined ? raw : raw.replace(/\$\{?([A-Z_][A-Z0-9_]*)\}?/g, (_, name: string) => vars[name] ?? '');
    if (match[3] !== undefined && value.includes('*')) {
      const slash = value.lastIndexOf('/');
      const folder = value.slice(0, slash + 1);
      const pattern = new RegExp(`^${value.slice(slash + 1).replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`);
      const found = existsSync(join(cwd, folder)) ? readdirSync(join(cwd, folder)).filter((name) => pattern.test(name)).sort() : [];
      out.push(...(found.length ? found.map((name) => folder + name) : [value]));
    } else out.push(value);
  }
  return out[0] === 'npx' ? out.slice(2) : out.slice(1);
}

async function run(command: string, cwd: string, vars: Record<string, string>) {
  const result = await cli(words(command, vars, cwd), { cwd, env: vars });
  // stderr says what was written and the totals; never an error
  assert.doesNotMatch(result.stderr, /^copydesk:/m, command);
  assert.ok(result.status === 0 || result.status === 1, `${command}: exit ${result.status}`);
  return result;
}

/** The reports a merge command wrote: each --format with its --out. */
function outputs(command: string): { format: Format; out: string }[] {
  const list = command.split(/\s+/);
  const formats = list.flatMap((word, k) => (word === '--format' ? [list[k + 1] as Format] : []));
  const outs = list.flatMap((word, k) => (word === '--out' ? [list[k + 1]!] : []));
  assert.equal(outs.length, formats.length, `${command} writes every format to a file`);
  return formats.map((format, k) => ({ format, out: outs[k]! }));
}

const { dir, manifest } = archive('copydesk-recipes-');
let whole: BatchReport | undefined;

/**
 * Runs the shards (a command and the engine's variables for each job), then the merge, and compares
 * each report the merge wrote with the whole run's in the same format.
 */
async function shardsThenMerge(jobs: { command: string; vars: Record<string, string> }[], mergeCommands: string[]): Promise<void> {
  rmSync(join(dir, 'shards'), { recursive: true, force: true });
  for (const { command, vars } of jobs) await run(command, dir, vars);
  const written = readdirSync(join(dir, 'shards')).filter((name) => name.endsWith('.jsonl'));
  assert.equal(written.length, jobs.length, 'a shard report per job');
  const indices = written.map((name) => JSON.parse(readFileSync(join(dir, 'shards', name), 'utf8').split('\n')[0]!).shard.index).sort((a, b) => a - b);
  assert.deepEqual(indices, jobs.map((_, k) => k + 1), 'each job took its own shard');
  whole ??= await batch(manifest, { session: new Session({ cwd: dir }) });
  assert.ok(mergeCommands.length > 0);
  for (const command of mergeCommands) {
    assert.match(command, /copydesk merge shards\/\*\.jsonl/);
    await run(command, dir, {});
    for (const { format, out } of outputs(command)) assert.equal(readFileSync(join(dir, out), 'utf8'), await render(whole, format), `${out} is the whole run's ${format}`);
  }
}

test('the GitHub Actions recipe: a matrix of shards, then a merge', async () => {
  const workflow = parseYaml(recipe('github-actions')) as { jobs: Record<string, { needs?: string; strategy?: { matrix: { shard: number[] } }; steps: { run?: string }[] }> };
  const shard = workflow.jobs['shard']!;
  const merge = Object.values(workflow.jobs).find((job) => job.needs === 'shard')!;
  const matrix = shard.strategy!.matrix.shard;
  const [command] = shard.steps.flatMap((step) => copydeskCommands(step.run ?? ''));
  // GitHub fills in the expressions before the shell sees the line: each job of the matrix runs its own command
  const expand = (value: number) => command!.replace(/\$\{\{ matrix\.shard \}\}/g, String(value)).replace(/\$\{\{ strategy\.job-total \}\}/g, String(matrix.length));
  assert.doesNotMatch(expand(1), /\$\{\{/);
  await shardsThenMerge(matrix.map((value) => ({ command: expand(value), vars: {} })), merge.steps.flatMap((step) => copydeskCommands(step.run ?? '')));
});

test('the GitLab recipe: a parallel: job with --shard auto, then a merge', async () => {
  const pipeline = parseYaml(recipe('gitlab')) as Record<string, { parallel?: number; needs?: string[]; script?: string[] }>;
  const [name, shard] = Object.entries(pipeline).find(([, job]) => job.parallel)!;
  const merge = Object.values(pipeline).find((job) => job.needs?.includes(name))!;
  const [command] = shard.script!.flatMap(copydeskCommands);
  const n = shard.parallel!;
  const jobs = Array.from({ length: n }, (_, k) => ({ GITLAB_CI: 'true', CI_NODE_INDEX: String(k + 1), CI_NODE_TOTAL: String(n) }));
  await shardsThenMerge(jobs.map((vars) => ({ command: command!, vars })), merge.script!.flatMap(copydeskCommands));
});

test('the Kubernetes recipe: an Indexed Job with --shard auto and COPYDESK_SHARD_TOTAL, then a merge Job', async () => {
  type Container = { env?: { name: string; value: string }[]; command: string[] };
  type Job = { spec: { completionMode?: string; completions?: number; template: { spec: { containers: Container[] } } } };
  const [indexed, merge] = parseAllDocuments(recipe('kubernetes')).map((d) => d.toJS() as Job);
  assert.equal(indexed!.spec.completionMode, 'Indexed');
  const container = indexed!.spec.template.spec.containers[0]!;
  const n = indexed!.spec.completions!;
  const total = container.env!.find((e) => e.name === 'COPYDESK_SHARD_TOTAL')!.value;
  assert.equal(total, String(n), 'COPYDESK_SHARD_TOTAL is the number of completions');
  const [command] = copydeskCommands(container.command[2]!);
  const jobs = Array.from({ length: n }, (_, k) => ({ JOB_COMPLETION_INDEX: String(k), COPYDESK_SHARD_TOTAL: total }));
  await shardsThenMerge(jobs.map((vars) => ({ command: command!, vars })), copydeskCommands(merge!.spec.template.spec.containers[0]!.command[2]!));
});

test('the AWS Batch recipe: an array job with --shard auto and COPYDESK_SHARD_TOTAL, then a job that depends on it', async () => {
  type Definition = { containerProperties: { command: string[]; environment?: { name: string; value: string }[] } };
  const shard = JSON.parse(recipe('aws-batch')) as Definition;
  const merge = JSON.parse(recipe('aws-batch-merge')) as Definition;
  const size = Number(/--array-properties size=(\d+)/.exec(recipe('aws-batch-submit'))![1]);
  const total = shard.containerProperties.environment!.find((e) => e.name === 'COPYDESK_SHARD_TOTAL')!.value;
  assert.equal(total, String(size), 'COPYDESK_SHARD_TOTAL is the array size');
  const [command] = copydeskCommands(shard.containerProperties.command[2]!);
  const jobs = Array.from({ length: size }, (_, k) => ({ AWS_BATCH_JOB_ARRAY_INDEX: String(k), COPYDESK_SHARD_TOTAL: total }));
  await shardsThenMerge(jobs.map((vars) => ({ command: command!, vars })), copydeskCommands(merge.containerProperties.command[2]!));
});
