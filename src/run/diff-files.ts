import { diffInputs } from '../engine/diff.js';
import type { DiffResult } from '../model/results.js';
import { Session } from '../session/session.js';
import type { DiffOptions } from './options.js';

/** `diff` of files: versions oldest first, read through the session, the newest version's config for all. */
export function diffFiles(paths: string[], options: DiffOptions = {}, session = new Session()): DiffResult {
  const inputs = paths.map((path) => session.readInput(path));
  const ruleSet = session.ruleSetFor(options, paths[paths.length - 1]);
  return diffInputs(inputs, ruleSet, session.sources(options.related ?? [], ruleSet), { newOnly: options.newOnly ?? false });
}
