import { Worker } from 'node:worker_threads';
import { CopydeskError } from '../base/errors.js';

export interface TaskError {
  message: string;
  file?: string;
  copydesk: boolean;
}

/**
 * Runs tasks on worker threads, one task at a time per worker (the next is sent when one is done;
 * `onDone` is told of each), and returns their results in task order, so the output is the same whatever the number of workers.
 * Once a task fails no new task is started; the run then fails with the error of the first failed
 * task in task order.
 */
export async function runPool<T, R>(script: URL, workerData: unknown, tasks: T[], jobs: number, onDone?: () => void): Promise<R[]> {
  const results: R[] = new Array(tasks.length);
  const errors: (TaskError | undefined)[] = new Array(tasks.length);
  let next = 0;
  let failing = false;
  const count = Math.max(1, Math.min(jobs, tasks.length));
  await Promise.all(
    Array.from({ length: count }, () => {
      const worker = new Worker(script, { workerData });
      return new Promise<void>((resolve, reject) => {
        let current = -1;
        const feed = () => {
          if (next >= tasks.length || failing) {
            void worker.terminate().then(() => resolve());
            return;
          }
          current = next++;
          worker.postMessage({ id: current, task: tasks[current] });
        };
        worker.on('message', (message: { id: number; result?: R; error?: TaskError }) => {
          if (message.error) {
            errors[message.id] = message.error;
            failing = true;
          } else {
            results[message.id] = message.result as R;
            onDone?.();
          }
          feed();
        });
        worker.on('error', (error) => reject(error));
        worker.on('exit', (code) => {
          if (code !== 0 && code !== 1 && current >= 0 && results[current] === undefined && !errors[current]) reject(new Error(`a worker stopped with code ${code}`));
        });
        feed();
      });
    }),
  );
  const failed = errors.find((e) => e !== undefined);
  if (failed) throw failed.copydesk ? new CopydeskError(failed.message, failed.file) : new Error(failed.message);
  return results;
}

/** Carries an error across threads: its words, its file and whether it is one a user can act on. */
export function taskError(error: unknown): TaskError {
  if (error instanceof CopydeskError) return error.file === undefined ? { message: error.message, copydesk: true } : { message: error.message, file: error.file, copydesk: true };
  return { message: error instanceof Error ? error.message : String(error), copydesk: false };
}
