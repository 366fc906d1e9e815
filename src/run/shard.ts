import { createHash } from 'node:crypto';
import { CopydeskError } from '../base/errors.js';

export interface Shard {
  /** 1-based. */
  index: number;
  count: number;
}

/** Reads "2/5" (the second of five shards). */
export function parseShard(text: string): Shard {
  const match = /^(\d+)\/(\d+)$/.exec(text.trim());
  const index = match ? Number(match[1]) : NaN;
  const count = match ? Number(match[2]) : NaN;
  if (!match || count < 1 || index < 1 || index > count) throw new CopydeskError(`--shard must be i/n with 1 ≤ i ≤ n or auto (got "${text}")`);
  return { index, count };
}

/**
 * An engine that runs the same job many times and tells each copy which it is. `base` is the index
 * of its first copy: GitLab counts from 1, the others from 0. Kubernetes Indexed Jobs and AWS Batch
 * array jobs give the index alone; the number of copies comes from COPYDESK_SHARD_TOTAL.
 */
interface Engine {
  name: string;
  index: string;
  total: string;
  base: 0 | 1;
}

const ENGINES: Engine[] = [
  { name: 'GitLab', index: 'CI_NODE_INDEX', total: 'CI_NODE_TOTAL', base: 1 },
  { name: 'CircleCI', index: 'CIRCLE_NODE_INDEX', total: 'CIRCLE_NODE_TOTAL', base: 0 },
  { name: 'Buildkite', index: 'BUILDKITE_PARALLEL_JOB', total: 'BUILDKITE_PARALLEL_JOB_COUNT', base: 0 },
  { name: 'a Kubernetes Indexed Job', index: 'JOB_COMPLETION_INDEX', total: 'COPYDESK_SHARD_TOTAL', base: 0 },
  { name: 'an AWS Batch array job', index: 'AWS_BATCH_JOB_ARRAY_INDEX', total: 'COPYDESK_SHARD_TOTAL', base: 0 },
];

/** The variables `--shard auto` reads, for documentation and errors. */
export const SHARD_VARIABLES = ENGINES.map((e) => e.index);

function whole(name: string, value: string): number {
  if (!/^\d+$/.test(value.trim())) throw new CopydeskError(`--shard auto: ${name} must be a whole number (got "${value}")`);
  return Number(value.trim());
}

function fromEngine(engine: Engine, env: Record<string, string | undefined>): Shard {
  const rawIndex = env[engine.index]!;
  const rawTotal = env[engine.total];
  if (rawTotal === undefined || rawTotal.trim() === '') {
    throw new CopydeskError(`--shard auto: ${engine.index} is set (${engine.name}) but ${engine.total} is not: set ${engine.total} to the number of shards`);
  }
  const index = whole(engine.index, rawIndex);
  const count = whole(engine.total, rawTotal);
  if (count < 1) throw new CopydeskError(`--shard auto: ${engine.total} must be at least 1 (got ${count})`);
  if (index < engine.base || index >= count + engine.base) {
    const first = engine.base === 1 ? '1' : '0';
    throw new CopydeskError(`--shard auto: ${engine.index}=${index} is outside ${first}…${count - 1 + engine.base} for ${engine.total}=${count} (${engine.name.replace(/^an? /, '')} counts from ${first})`);
  }
  return { index: index - engine.base + 1, count };
}

/**
 * `--shard auto`: this machine's shard from the variables the engine that started it sets. Two
 * engines' variables that disagree are an error rather than a guess: a wrong guess would check some
 * stories twice and others never.
 */
export function shardFromEnv(env: Record<string, string | undefined>): Shard {
  const found = ENGINES.filter((engine) => (env[engine.index] ?? '').trim() !== '').map((engine) => ({ engine, shard: fromEngine(engine, env) }));
  if (found.length === 0) {
    throw new CopydeskError(`--shard auto found no shard in the environment (looked for ${SHARD_VARIABLES.join(', ')}): give --shard i/n`);
  }
  const [first, ...rest] = found;
  const other = rest.find(({ shard }) => shard.index !== first!.shard.index || shard.count !== first!.shard.count);
  if (other) {
    const show = ({ engine, shard }: (typeof found)[number]) => `${engine.index} says ${shard.index}/${shard.count}`;
    throw new CopydeskError(`--shard auto: the environment names two different shards (${show(first!)}, ${show(other)}): give --shard i/n`);
  }
  return first!.shard;
}

/** `--shard` as given: "i/n", or "auto" for the shard the environment names. */
export function resolveShard(text: string, env: Record<string, string | undefined>): Shard {
  return text.trim() === 'auto' ? shardFromEnv(env) : parseShard(text);
}

/**
 * Whether a file belongs to a shard: by a hash of its path, so each machine of a CI matrix takes the
 * same files whatever order it lists them in, and adding a file to an archive moves no other.
 */
export function inShard(path: string, shard: Shard | undefined): boolean {
  if (!shard || shard.count === 1) return true;
  const digest = createHash('sha1').update(path.split('\\').join('/')).digest();
  return digest.readUInt32BE(0) % shard.count === shard.index - 1;
}
