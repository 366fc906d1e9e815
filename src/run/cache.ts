import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import type { RuleSet } from '../kinds/kind.js';
import { writeAtomic } from '../report/write.js';
import { VERSION } from '../base/version.js';
import type { CachedResult } from '../model/results.js';

interface CacheFile {
  copydesk: string;
  entries: Record<string, Entry>;
}

const fingerprints = new WeakMap<RuleSet, string>();

/** The rules, their options and the merged lexicons, as one hash: a change to any invalidates the cache. */
export function ruleSetFingerprint(ruleSet: RuleSet): string {
  let print = fingerprints.get(ruleSet);
  if (!print) {
    print = createHash('sha256').update(JSON.stringify(ruleSet.rules)).update(JSON.stringify(ruleSet.lexicon.source)).digest('hex');
    fingerprints.set(ruleSet, print);
  }
  return print;
}

/** A hash of an entry's result as written: an entry whose result no longer matches it was damaged. */
function sumOf(result: unknown): string {
  return createHash('sha256').update(JSON.stringify(result)).digest('hex');
}

interface Entry {
  key: string;
  result: unknown;
  sum: string;
}

/**
 * A content cache, as textlint's: a file whose text, rules, config, related reports and copydesk
 * version are unchanged is not analysed again; its findings are read back. Entries are keyed by path
 * and replaced when the file changes, so the cache does not grow with every edit.
 *
 * A cache is never trusted: one that is not JSON, or an entry that is not as copydesk wrote it (each
 * carries a hash of its result), is analysed afresh with a warning, never read back into a report.
 */
export class ResultCache {
  private readonly entries = new Map<string, Entry>();
  private readonly used = new Set<string>();
  private dirty = false;

  constructor(
    readonly path: string,
    shownAs = path,
    warn: (message: string) => void = (message) => process.emitWarning(message, 'CopydeskWarning'),
  ) {
    let data: Partial<CacheFile> | undefined;
    try {
      data = existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as Partial<CacheFile>) : undefined;
    } catch {
      warn(`${shownAs}: not a copydesk cache (not valid JSON): every file is analysed again and the cache rewritten`);
      this.dirty = true;
      return;
    }
    // another copydesk version may have read the same text otherwise: a cold cache, not a damaged one
    if (!data || typeof data !== 'object' || data.copydesk !== VERSION || !data.entries || typeof data.entries !== 'object') return;
    let damaged = 0;
    for (const [slot, entry] of Object.entries(data.entries)) {
      if (intact(entry)) this.entries.set(slot, entry);
      else damaged++;
    }
    if (damaged) {
      warn(`${shownAs}: ${damaged} damaged ${damaged === 1 ? 'entry' : 'entries'} left out: ${damaged === 1 ? 'its file is' : 'their files are'} analysed again`);
      this.dirty = true;
    }
  }

  static key(text: string, path: string, ruleSet: RuleSet, related: string): string {
    return ResultCache.keyOf([ruleSetFingerprint(ruleSet), related, path, text]);
  }

  /** A key from everything a result depends on, copydesk's version first. */
  static keyOf(parts: string[]): string {
    const hash = createHash('sha256').update(VERSION);
    for (const part of parts) hash.update('\0').update(part);
    return hash.digest('hex');
  }

  /** The result kept under `slot` (a path, or a story's or a diff's name) when its key is unchanged. */
  get<T = CachedResult>(slot: string, key: string): T | undefined {
    const entry = this.entries.get(slot);
    if (!entry || entry.key !== key) return undefined;
    this.used.add(slot);
    return entry.result as T;
  }

  set(path: string, key: string, result: unknown): void {
    this.entries.set(path, { key, result, sum: sumOf(result) });
    this.used.add(path);
    this.dirty = true;
  }

  save(): void {
    if (!this.dirty) return;
    const sorted = Object.fromEntries([...this.entries.keys()].sort().map((k) => [k, this.entries.get(k)!]));
    writeAtomic(this.path, `${JSON.stringify({ copydesk: VERSION, entries: sorted })}\n`);
  }
}

/** Whether a cache entry is as copydesk wrote it: a key, and a result whose hash is the one written beside it. */
function intact(entry: unknown): entry is Entry {
  if (!entry || typeof entry !== 'object') return false;
  const { key, result, sum } = entry as Partial<Entry>;
  if (typeof key !== 'string' || typeof sum !== 'string' || result === null || typeof result !== 'object') return false;
  try {
    return sumOf(result) === sum;
  } catch {
    // nested too deep to write back out: not something copydesk wrote
    return false;
  }
}

/** The related reports' paths and texts as one hash, part of every key. */
export function relatedFingerprint(related: { path: string; text: string }[]): string {
  const hash = createHash('sha256');
  for (const report of related) hash.update(report.path).update('\0').update(report.text).update('\0');
  return hash.digest('hex');
}
