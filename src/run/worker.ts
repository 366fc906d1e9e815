import { parentPort, workerData } from 'node:worker_threads';
import { checkPathResult, type CheckOptions } from '../check.js';
import { taskError } from './pool.js';
import { runStory, type Story } from './story.js';
import { diffAgainstRevision } from '../git-diff.js';
import type { ChangedFile } from '../git.js';
import { diffPart } from '../report/diff-json.js';

/** A task sent to a worker: one file to check, one story of a batch, or one file of `diff --git`. */
export type Task = { type: 'file'; path: string } | { type: 'story'; story: Story } | { type: 'git-diff'; rev: string; target: ChangedFile };

/** A worker of `--jobs N`: checks the files or stories it is sent, with the run's options. */
const options = (workerData as { options: CheckOptions }).options;
parentPort!.on('message', ({ id, task }: { id: number; task: Task }) => {
  try {
    const result = task.type === 'file' ? checkPathResult(task.path, options) : task.type === 'story' ? runStory(task.story, options) : diffPart(diffAgainstRevision(task.rev, task.target, options));
    parentPort!.postMessage({ id, result });
  } catch (error) {
    parentPort!.postMessage({ id, error: taskError(error) });
  }
});
