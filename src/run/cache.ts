import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import type { RuleSet } from '../kinds/kind.js';
import { writeAtomic } from '../report/write.js';
import { VERSION } from '../base/version.js';
import type { CachedResult } from '../model/results.js';

interface CacheFile {
  copydesk: string;
  entries: Record<string, { key: string; result: CachedResult }>;
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
    return createHash('sha256').update(VERSION).update('\0').update(ruleSetFingerprint(ruleSet)).update('\0').update(related).update('\0').update(path).update('\0').update(text).digest('hex');
  }

  get(path: string, key: string): CachedResult | undefined {
    const entry = this.entries[path];
    if (!entry || entry.key !== key) return undefined;
    this.used.add(path);
    return entry.result;
  }

  set(path: string, key: string, result: CachedResult): void {
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
