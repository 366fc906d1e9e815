import { dirname, isAbsolute, join, resolve } from 'node:path';
import { readFileSync } from 'node:fs';
import type { CheckOptions } from '../session/options.js';
import type { Session } from '../session/session.js';
import { checkFiles } from './check-files.js';
import { diffFiles } from './diff-files.js';
import { CopydeskError, fsReason, parseReason } from '../base/errors.js';
import { summarise } from '../report/json.js';
import { validateData } from '../schema/validate.js';
import type { FileSummary, Story, StoryResult } from '../model/results.js';

/**
 * Reads a batch manifest: JSON Lines, one story per line. Paths are relative to the manifest. Each line
 * is validated (schemas/batch-story.schema.json); an error names the manifest and the line.
 */
export function readManifest(path: string): Story[] {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new CopydeskError(`${fsReason(error)} (expected a batch manifest)`, path);
  }
  const base = dirname(resolve(path));
  const stories: Story[] = [];
  const ids = new Set<string>();
  text.split(/\r?\n/).forEach((line, k) => {
    if (line.trim() === '') return;
    let data: unknown;
    try {
      data = JSON.parse(line);
    } catch (error) {
      throw new CopydeskError(`line ${k + 1}: not valid JSON (${parseReason(error)})`, path);
    }
    // the parsed line as it is: writing it out again to re-read it would overflow on deep nesting
    validateData('batch-story', { path, data, lineOf: () => k + 1 }, 'a batch manifest line');
    const story = data as Story;
    if (ids.has(story.id)) throw new CopydeskError(`line ${k + 1}: id "${story.id}" is used twice`, path);
    ids.add(story.id);
    const absolute = (p: string) => (isAbsolute(p) ? p : join(base, p));
    const resolved: Story = { id: story.id };
    if (story.article) resolved.article = absolute(story.article);
    if (story.versions) resolved.versions = story.versions.map(absolute);
    if (story.related) resolved.related = story.related.map(absolute);
    stories.push(resolved);
  });
  return stories;
}

/** Checks or diffs one story, in this thread; only its findings are kept, not its analysis nor its related reports. */
export function runStory(story: Story, options: CheckOptions, session: Session): StoryResult {
  try {
    return storyResult(story, options, session);
  } finally {
    if (story.related?.length) session.forgetSources();
  }
}

function storyResult(story: Story, options: CheckOptions, session: Session): StoryResult {
  const related = story.related ?? [];
  if (story.versions && story.versions.length >= 2) {
    const result = diffFiles(story.versions, { ...options, related }, session);
    return { id: story.id, command: 'diff', files: result.versions.map((v) => v.file.path), summary: storySummary(result.findings, result.versions.map((v) => v.file)), findings: result.findings };
  }
  const article = story.article ?? story.versions?.[0];
  if (!article) throw new CopydeskError(`story "${story.id}" has no article and fewer than two versions`);
  const result = checkFiles([article], { ...options, related }, session);
  return { id: story.id, command: 'check', files: result.files.map((f) => f.file.path), summary: storySummary(result.findings, result.files.map((f) => f.file)), findings: result.findings };
}

/** A story's counts, with the findings its files left out past the cap. */
function storySummary(findings: StoryResult['findings'], files: FileSummary[]): StoryResult['summary'] {
  const summary: StoryResult['summary'] = { findings: findings.length, ...summarise(findings) };
  const omitted = files.reduce((n, file) => n + (file.omitted ?? 0), 0);
  if (omitted > 0) summary.omitted = omitted;
  return summary;
}
