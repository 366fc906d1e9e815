import { diffInputs } from '../engine/diff.js';
import type { DiffResult } from '../model/results.js';
import type { Session } from '../session/session.js';
import { readAtRevision, type ChangedFile } from './git.js';
import type { DiffOptions } from './options.js';

/**
 * One file of `diff --git REV`: its text at the revision (under its old name when renamed) against
 * the working tree, or, for a file added since, a check of it with all of it new. Runs here or on a
 * worker thread.
 */
export function diffAgainstRevision(rev: string, target: ChangedFile, options: DiffOptions, session: Session): DiffResult {
  const ruleSet = session.ruleSetFor(options, target.file);
  const sources = session.sources(options.related ?? [], ruleSet);
  const current = session.readInput(target.file);
  const versions = target.before === undefined ? [current] : [readAtRevision(rev, target.before, session.cwd), current];
  return diffInputs(versions, ruleSet, sources, { newOnly: options.newOnly ?? false });
}
