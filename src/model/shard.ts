/**
 * What a shard's report says about the run it is part of, so that `copydesk merge` can put the parts
 * back in the whole run's order and refuse parts of different runs. The whole run's report (and the
 * merged one) has none: it is the only part of a report that depends on how the run was split.
 */
export interface ShardMark {
  /** 1-based. */
  index: number;
  count: number;
  /** Inputs of the whole run: files given (or changed since the revision), or stories of the manifest. */
  inputs: number;
  /** Where each of this shard's files (check), compared files (diff) or stories (batch) stands among them, 0-based. */
  positions: number[];
  /** A hash of what decides the findings besides the inputs: rules, their options, lexicons, related reports, --new-only. */
  settings: string;
}
