import { loadSources, ruleSetFor } from './check.js';
import { diffInputs, type DiffOptions, type DiffResult } from './diff.js';
import { readAtRevision, type ChangedFile } from './git.js';
import { readInput } from './load/read-input.js';

/**
 * One file of `diff --git REV`: its text at the revision (under its old name when renamed) against
 * the working tree, or, for a file added since, a check of it with all of it new. Runs here or on a
 * worker thread.
 */
export function diffAgainstRevision(rev: string, target: ChangedFile, options: DiffOptions): DiffResult {
  const ruleSet = ruleSetFor(options, target.file);
  const sources = loadSources(options.related ?? [], ruleSet);
  const current = readInput(target.file);
  return diffInputs(target.before === undefined ? [current] : [readAtRevision(rev, target.before), current], options, ruleSet, sources);
}
