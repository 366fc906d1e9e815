import { resolve } from 'node:path';
import { diffInputs } from '../engine/diff.js';
import type { DiffPart } from '../model/report.js';
import type { DiffResult, InputText } from '../model/results.js';
import { diffPart } from '../report/diff-json.js';
import { Session } from '../session/session.js';
import { relatedFingerprint, ResultCache, ruleSetFingerprint } from './cache.js';
import type { DiffOptions, RunOptions } from './options.js';

/** `diff` of files: versions oldest first, read through the session, the newest version's config for all. */
export function diffFiles(paths: string[], options: DiffOptions = {}, session = new Session()): DiffResult {
  return diffRead(paths.map((path) => session.readInput(path)), paths, options, session);
}

function diffRead(inputs: InputText[], paths: string[], options: DiffOptions, session: Session): DiffResult {
  const ruleSet = session.ruleSetFor(options, paths[paths.length - 1]);
  return diffInputs(inputs, ruleSet, session.sources(options.related ?? [], ruleSet), { newOnly: options.newOnly ?? false });
}

/**
 * `diff` of versions as the report shows it, read from the cache when no version, rule, related
 * report or option changed since a run that kept it (`--cache`), as `check` does per file.
 */
export function diffFilesPart(paths: string[], options: DiffOptions & RunOptions = {}, session = new Session()): DiffPart {
  const inputs = paths.map((path) => session.readInput(path));
  if (!options.cache) return diffPart(diffRead(inputs, paths, options, session));
  const cache = new ResultCache(resolve(session.cwd, options.cache), options.cache, options.onWarning);
  const slot = `diff:${inputs.map((input) => input.path).join('\0')}`;
  const key = ResultCache.keyOf([diffSettings(options, session, paths[paths.length - 1]), ...inputs.flatMap((input) => [input.path, input.text])]);
  const kept = cache.get<DiffPart>(slot, key);
  if (kept) return kept;
  const part = diffPart(diffRead(inputs, paths, options, session));
  cache.set(slot, key, part);
  cache.save();
  return part;
}

/** What a diff's result depends on besides the versions' texts: the rules of its file, the related reports, --new-only. */
export function diffSettings(options: DiffOptions, session: Session, file: string | undefined): string {
  const related = (options.related ?? []).map((path) => ({ path, text: session.readInput(path).text }));
  return [ruleSetFingerprint(session.ruleSetFor(options, file)), relatedFingerprint(related), options.newOnly ? 'new-only' : 'all'].join('\0');
}
