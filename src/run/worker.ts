import { parentPort, workerData } from 'node:worker_threads';
import { checkPathResult, type CheckOptions } from '../check.js';
import { taskError } from './pool.js';
import { runStory, type Story } from './story.js';

/** A task sent to a worker: one file to check, or one story of a batch. */
export type Task = { type: 'file'; path: string } | { type: 'story'; story: Story };

/** A worker of `--jobs N`: checks the files or stories it is sent, with the run's options. */
const options = (workerData as { options: CheckOptions }).options;
parentPort!.on('message', ({ id, task }: { id: number; task: Task }) => {
  try {
    const result = task.type === 'file' ? checkPathResult(task.path, options) : runStory(task.story, options);
    parentPort!.postMessage({ id, result });
  } catch (error) {
    parentPort!.postMessage({ id, error: taskError(error) });
  }
});
