import { createHash } from 'node:crypto';
import type { RuleSet } from '../kinds/kind.js';
import type { ShardMark } from '../model/shard.js';
import { ruleSetFingerprint } from './cache.js';
import type { Shard } from './shard.js';

/**
 * What decides a run's findings besides its inputs, as one hash: every rule set the inputs use (rules,
 * options, lexicons), the related reports (paths and texts) and any other setting (`--new-only`).
 * Shards of one run agree on it; `copydesk merge` refuses parts that do not.
 */
export function settingsPrint(ruleSets: RuleSet[], related: { path: string; text: string }[], other: Record<string, unknown>): string {
  const hash = createHash('sha256');
  for (const print of new Set(ruleSets.map(ruleSetFingerprint))) hash.update(print).update('\0');
  hash.update('related\0');
  for (const report of related) hash.update(report.path).update('\0').update(report.text).update('\0');
  hash.update(JSON.stringify(other));
  return hash.digest('hex');
}

export function shardMark(shard: Shard, inputs: number, positions: number[], settings: string): ShardMark {
  return { index: shard.index, count: shard.count, inputs, positions, settings };
}
