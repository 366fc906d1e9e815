import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { CopydeskError } from '../base/errors.js';
import { buildDocument } from '../load/document.js';
import type { Document } from '../model/document.js';
import type { JsonReport } from '../model/report.js';
import type { CheckOptions } from '../session/options.js';
import type { Session } from '../session/session.js';
import { readAtRevision } from './git.js';

/**
 * The documents the HTML of a report shows, read again where the run read them: each article of a
 * check and the related reports it was read against, each version of a diff (a version named
 * `REV:path` from git). They are only loaded (the Markdown parsed, the page's parts named), never
 * analysed: a report merged from shards, or made on worker threads, shows its articles for a small
 * part of what checking them cost.
 */

function again<T>(path: string, read: () => T): T {
  try {
    return read();
  } catch (error) {
    if (error instanceof CopydeskError) throw new CopydeskError(`${error.message} (the HTML report shows the articles: make it where they are)`, error.file ?? path);
    throw error;
  }
}

/** The articles of a check report and its related reports, as check read them. */
export function checkDocuments(report: JsonReport, session: Session, options: CheckOptions): { articles: Document[]; sources: Document[] } {
  const load = (path: string, rulesOf: string | undefined) => again(path, () => buildDocument({ ...session.readInput(path), path }, session.ruleSetFor(options, rulesOf).lexicon));
  const articles = report.files.map((file) => load(file.path, file.path));
  // every article was read against the same reports, named in its provenance
  const related = report.provenance?.[0]?.related ?? [];
  return { articles, sources: related.map((path) => load(path, report.files[0]?.path)) };
}

/** Every version of every diff of a report, by the path the report names it by. */
export function diffLibrary(report: JsonReport, session: Session, options: CheckOptions): Map<string, Document> {
  const library = new Map<string, Document>();
  for (const entry of report.diffs ?? []) {
    // a diff reads all its versions with the newest version's rules, as diff and diff --git do
    const lexicon = session.ruleSetFor(options, entry.versions[entry.versions.length - 1]).lexicon;
    for (const path of entry.versions) {
      const git = existsSync(resolve(session.cwd, path)) ? null : /^([^:]+):(.+)$/.exec(path);
      const input = again(path, () => (git ? readAtRevision(git[1]!, git[2]!, session.cwd) : { ...session.readInput(path), path }));
      library.set(path, buildDocument(input, lexicon));
    }
  }
  return library;
}
