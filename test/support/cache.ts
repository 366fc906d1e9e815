import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';

/**
 * Plants a marker in the first finding of a cache entry, as copydesk itself would write the entry
 * (its result's hash beside it): a run that shows the marker read the entry instead of analysing.
 * An entry changed without its hash is refused, which test/hostile-input.test.ts shows.
 */
export function plantInCache(cache: string, slot: (name: string) => boolean, message = 'from the cache'): void {
  const data = JSON.parse(readFileSync(cache, 'utf8'));
  const name = Object.keys(data.entries).find(slot)!;
  const entry = data.entries[name];
  entry.result.findings[0].message = message;
  entry.sum = createHash('sha256').update(JSON.stringify(entry.result)).digest('hex');
  writeFileSync(cache, JSON.stringify(data));
}
