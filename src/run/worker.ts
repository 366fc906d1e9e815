import { parentPort, workerData } from 'node:worker_threads';
import { diffPart } from '../report/diff-json.js';
import type { CheckOptions } from '../session/options.js';
import { Session } from '../session/session.js';
import { checkPathResult } from './check-files.js';
import { diffAgainstRevision } from './git-diff.js';
import { taskError } from './pool.js';
import { runStory } from './story.js';
import type { Task } from './tasks.js';

/** A worker of `--jobs N`: checks the files or stories it is sent, with the run's options, in a session of its own. */
const { options, cwd } = workerData as { options: CheckOptions; cwd: string };
const session = new Session({ cwd });
parentPort!.on('message', ({ id, task }: { id: number; task: Task }) => {
  try {
    const result = task.type === 'file' ? checkPathResult(task.path, options, session) : task.type === 'story' ? runStory(task.story, options, session) : diffPart(diffAgainstRevision(task.rev, task.target, options, session));
    parentPort!.postMessage({ id, result });
  } catch (error) {
    parentPort!.postMessage({ id, error: taskError(error) });
  }
});
