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
import { settingsPrint, shardMark } from './shard-mark.js';
import type { BatchReport } from '../model/report.js';
import { ruleEntries } from '../report/json.js';
import { VERSION } from '../base/version.js';

/**
 * An archive run: every story of a manifest checked or diffed, spread over worker threads, a shard of
 * them when asked, unchanged stories read from the cache. Results come in manifest order.
 */
export async function runBatch(manifest: string, options: CheckOptions & RunOptions = {}, session = new Session()): Promise<BatchReport> {
  const all = readManifest(resolve(session.cwd, manifest));
  const positions = all.map((_, k) => k).filter((k) => inShard(all[k]!.id, options.shard));
  const stories = positions.map((k) => all[k]!);
  const cache = options.cache ? new ResultCache(resolve(session.cwd, options.cache), options.cache, options.onWarning) : undefined;
  const keys = stories.map((story) => (cache ? storyKey(story, options, session) : ''));
  const results: (StoryResult | undefined)[] = stories.map((story, k) => cache?.get<StoryResult>(`story:${story.id}`, keys[k]!));
  const missing = stories.map((_, k) => k).filter((k) => results[k] === undefined);
  const work = missing.reduce((n, k) => n + storyFiles(stories[k]!).reduce((m, file) => m + fileSize(file), 0), 0);
  const tasks: Task[] = missing.map((k) => ({ type: 'story', story: stories[k]! }));
  const done = await runTasks<StoryResult>(tasks, work, options, session, (n, storyOptions) => runStory(stories[missing[n]!]!, storyOptions, session));
  missing.forEach((k, n) => (results[k] = done[n]!));
  if (cache) {
    for (const k of missing) cache.set(`story:${stories[k]!.id}`, keys[k]!, results[k]);
    cache.save();
  }
  // the rules of every story of the manifest, this shard's or not, so that every shard lists the same
  const ruleSets = session.ruleSetsFor(options, (options.shard ? all : stories).map(storyArticle));
  const rules = [...new Map((ruleSets.length ? ruleSets : [session.ruleSetFor(options)]).flatMap((set) => set.rules).map((rule) => [rule.id, rule])).values()];
  const report: BatchReport = { tool: { name: 'copydesk', version: VERSION }, rules: ruleEntries(rules), stories: results as StoryResult[] };
  if (options.shard) report.shard = shardMark(options.shard, all.length, positions, settingsPrint(ruleSets, [], {}));
  return report;
}

/** The file whose config gives a story its rules: the article, or the newest version (as diff takes it). */
function storyArticle(story: Story): string {
  return story.versions && story.versions.length >= 2 ? story.versions[story.versions.length - 1]! : (story.article ?? story.versions![0]!);
}

function storyFiles(story: Story): string[] {
  return [...(story.versions ?? []), ...(story.article ? [story.article] : []), ...(story.related ?? [])];
}

/** A story's cache key: its files' texts, its related reports' and the rules of its article. */
function storyKey(story: Story, options: CheckOptions, session: Session): string {
  const files = storyFiles(story);
  const hash = createHash('sha256').update(JSON.stringify(story)).update(ruleSetFingerprint(session.ruleSetFor(options, storyArticle(story))));
  for (const file of files) hash.update('\0').update(session.readInput(file).text);
  return hash.digest('hex');
}
