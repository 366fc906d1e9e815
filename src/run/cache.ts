import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import type { RuleSet } from '../kinds/kind.js';
import { writeAtomic } from '../report/write.js';
import { VERSION } from '../base/version.js';
import type { CachedResult } from '../model/results.js';

interface CacheFile {
  copydesk: string;
  entries: Record<string, { key: string; result: unknown }>;
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

/**
 * A content cache, as textlint's: a file whose text, rules, config, related reports and copydesk
 * version are unchanged is not analysed again; its findings are read back. Entries are keyed by path
 * and replaced when the file changes, so the cache does not grow with every edit.
 */
export class ResultCache {
  private readonly entries: CacheFile['entries'];
  private readonly used = new Set<string>();
  private dirty = false;

  constructor(readonly path: string) {
    let entries: CacheFile['entries'] = {};
    if (existsSync(path)) {
      try {
        const data = JSON.parse(readFileSync(path, 'utf8')) as CacheFile;
        // another copydesk version may have read the same text otherwise
        if (data.copydesk === VERSION && data.entries && typeof data.entries === 'object') entries = data.entries;
      } catch {
        // an unreadable cache is only a cold cache
      }
    }
    this.entries = entries;
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
    const entry = this.entries[slot];
    if (!entry || entry.key !== key) return undefined;
    this.used.add(slot);
    return entry.result as T;
  }

  set(path: string, key: string, result: unknown): void {
    this.entries[path] = { key, result };
    this.used.add(path);
    this.dirty = true;
  }

  save(): void {
    if (!this.dirty) return;
    const sorted = Object.fromEntries(Object.keys(this.entries).sort().map((k) => [k, this.entries[k]!]));
    writeAtomic(this.path, `${JSON.stringify({ copydesk: VERSION, entries: sorted })}\n`);
  }
}

/** The related reports' paths and texts as one hash, part of every key. */
export function relatedFingerprint(related: { path: string; text: string }[]): string {
  const hash = createHash('sha256');
  for (const report of related) hash.update(report.path).update('\0').update(report.text).update('\0');
  return hash.digest('hex');
}
