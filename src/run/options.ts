import type { CheckOptions } from '../session/options.js';
import type { ProgressListener } from './progress.js';
import type { Shard } from './shard.js';

/** Running a check over many files: threads, a part of the inputs, a cache of unchanged files. */
export interface RunOptions {
  /** Worker threads (default: 1 in the library, all cores on the command line). */
  jobs?: number;
  /** Only this part of the inputs (a CI matrix or a job queue splits an archive by it). */
  shard?: Shard;
  /** A cache file: unchanged inputs (content, rules, config, related reports) are not analysed again. */
  cache?: string;
  /** Characters of text below which the run stays on one thread (default WORKER_THRESHOLD, run/dispatch.ts). */
  minParallelWork?: number;
  /** Told what the run went on past (a damaged cache); default: process.emitWarning. */
  onWarning?: (message: string) => void;
  /** Told of each task done (the command line draws it on a terminal: run/progress.ts). */
  progress?: ProgressListener;
}

export interface DiffOptions extends CheckOptions {
  /** Keep only findings this edit brought in (CI on article edits). */
  newOnly?: boolean;
}
