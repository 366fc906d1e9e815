import type { ChangedFile } from './git.js';
import type { Story } from '../model/results.js';

/** A task sent to a worker (run/worker.ts): one file to check, one story of a batch, or one file of `diff --git`. */
export type Task = { type: 'file'; path: string } | { type: 'story'; story: Story } | { type: 'git-diff'; rev: string; target: ChangedFile };
