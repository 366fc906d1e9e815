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
  if (!match || count < 1 || index < 1 || index > count) throw new CopydeskError(`--shard must be i/n with 1 ≤ i ≤ n (got "${text}")`);
  return { index, count };
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
