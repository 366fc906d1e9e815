import type { CheckOptions } from '../session/options.js';
import type { Session } from '../session/session.js';
import type { RunOptions } from './options.js';
import { statSync } from 'node:fs';
import type { Task } from './tasks.js';

/** Text (in characters) below which a run stays on one thread whatever --jobs says. */
export const WORKER_THRESHOLD = 200_000;

/** A file's size in bytes, the work it brings to a run; 0 when it cannot be read (reading it reports that). */
export function fileSize(file: string): number {
  try {
    return statSync(file).size;
  } catch {
    return 0;
  }
}

/**
 * Runs the tasks a run still has to do: on worker threads when there is enough text to repay a
 * worker's start (each loads the language model, ~0.3 s), else here in order (`here(k, options)`).
 * Results come in task order either way, so the report is the same for any number of jobs.
 */
export async function runTasks<R>(tasks: Task[], work: number, options: CheckOptions & RunOptions, session: Session, here: (k: number, options: CheckOptions) => R): Promise<R[]> {
  // what each task needs: the run-level options (cache, shard, threads) stay with the run
  const perTask: CheckOptions & RunOptions = { ...options };
  delete perTask.cache;
  delete perTask.shard;
  delete perTask.jobs;
  delete perTask.minParallelWork;
  delete perTask.onWarning;
  delete perTask.progress;
  const jobs = work < (options.minParallelWork ?? WORKER_THRESHOLD) ? 1 : Math.max(1, options.jobs ?? 1);
  const unit = tasks[0]?.type === 'story' ? 'stories' : 'files';
  let done = 0;
  const progress = options.progress && tasks.length > 1 ? options.progress : undefined;
  progress?.(0, tasks.length, unit);
  const step = progress ? () => progress(++done, tasks.length, unit) : undefined;
  if (jobs > 1 && tasks.length > 1) {
    const { runPool } = await import('./pool.js');
    return runPool<Task, R>(new URL('./worker.js', import.meta.url), { options: perTask, cwd: session.cwd }, tasks, jobs, step);
  }
  return tasks.map((_, k) => {
    const result = here(k, perTask);
    step?.();
    return result;
  });
}
