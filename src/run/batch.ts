import { createHash } from 'node:crypto';
import { resolve } from 'node:path';
import type { CheckOptions } from '../session/options.js';
import { Session } from '../session/session.js';
import type { RunOptions } from './options.js';
import { fileSize, runTasks } from './dispatch.js';
import { ResultCache, ruleSetFingerprint } from './cache.js';
import { inShard } from './shard.js';
import { readManifest, runStory } from './story.js';
import { type Story, type StoryResult } from '../model/results.js';
import type { Task } from './tasks.js';

/**
 * An archive run: every story of a manifest checked or diffed, spread over worker threads, a shard of
 * them when asked, unchanged stories read from the cache. Results come in manifest order.
 */
export async function runBatch(manifest: string, options: CheckOptions & RunOptions = {}, session = new Session()): Promise<StoryResult[]> {
  const stories = readManifest(resolve(session.cwd, manifest)).filter((story) => inShard(story.id, options.shard));
  const cache = options.cache ? new ResultCache(resolve(session.cwd, options.cache), options.cache, options.onWarning) : undefined;
  const keys = stories.map((story) => (cache ? storyKey(story, options, session) : ''));
  const results: (StoryResult | undefined)[] = stories.map((story, k) => cache?.get(`story:${story.id}`, keys[k]!) as StoryResult | undefined);
  const missing = stories.map((_, k) => k).filter((k) => results[k] === undefined);
  const work = missing.reduce((n, k) => n + storyFiles(stories[k]!).reduce((m, file) => m + fileSize(file), 0), 0);
  const tasks: Task[] = missing.map((k) => ({ type: 'story', story: stories[k]! }));
  const done = await runTasks<StoryResult>(tasks, work, options, session, (n, storyOptions) => runStory(stories[missing[n]!]!, storyOptions, session));
  missing.forEach((k, n) => (results[k] = done[n]!));
  if (cache) {
    for (const k of missing) cache.set(`story:${stories[k]!.id}`, keys[k]!, results[k] as never);
    cache.save();
  }
  return results as StoryResult[];
}

function storyFiles(story: Story): string[] {
  return [...(story.versions ?? []), ...(story.article ? [story.article] : []), ...(story.related ?? [])];
}

/** A story's cache key: its files' texts, its related reports' and the rules of its article. */
function storyKey(story: Story, options: CheckOptions, session: Session): string {
  const files = storyFiles(story);
  const hash = createHash('sha256').update(JSON.stringify(story)).update(ruleSetFingerprint(session.ruleSetFor(options, files[0])));
  for (const file of files) hash.update('\0').update(session.readInput(file).text);
  return hash.digest('hex');
}

/** JSON Lines: one story per line, in manifest order. */
export function formatBatch(results: StoryResult[]): string {
  return results.map((r) => JSON.stringify(r)).join('\n') + (results.length ? '\n' : '');
}
