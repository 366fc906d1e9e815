import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { article } from '../../scripts/bench-text.js';
import { tempDir, writeFile } from './fixtures.js';

/**
 * A small archive as a newsroom keeps one, for the shard, merge and recipe tests: articles with
 * findings (corpus cases) and without (generated), stories with two and three versions, a story
 * read against a wire report, and a JSON Lines manifest of them all, paths relative to it.
 */
export function archive(prefix = 'copydesk-archive-'): { dir: string; articles: string[]; manifest: string } {
  const dir = tempDir(prefix);
  const copy = (from: string, to: string) => {
    mkdirSync(join(dir, to, '..'), { recursive: true });
    writeFileSync(join(dir, to), readFileSync(join('corpus', from)));
    return to;
  };
  const articles = [
    copy('01-seed-huawei/article.txt', 'archive/huawei.txt'),
    copy('05-bus-crash-death-toll/article.md', 'archive/bus-crash.md'),
    copy('09-audit-honorific-email/article.md', 'archive/audit.md'),
    copy('10-port-diesel-two-arrests/article.txt', 'archive/port.txt'),
    copy('17-mayor-trial-raid-restated/article.md', 'archive/mayor.md'),
  ];
  for (let k = 0; k < 4; k++) articles.push(writeFile(dir, `archive/council-${k}.md`, article(6 + k, 300 + k)).slice(dir.length + 1));
  copy('20-carmaker-job-cuts-number-date/v1.md', 'archive/carmaker/v1.md');
  copy('20-carmaker-job-cuts-number-date/v2.md', 'archive/carmaker/v2.md');
  for (const v of ['v1', 'v2', 'v3']) copy(`29-landslide-toll-three-versions/${v}.md`, `archive/landslide/${v}.md`);
  copy('40-ferry-aground-count-place/article.md', 'archive/ferry/story.md');
  copy('40-ferry-aground-count-place/related/wire.md', 'archive/ferry/wire.md');
  const stories = [
    ...articles.map((path, k) => ({ id: `story-${k}`, article: path.slice('archive/'.length) })),
    { id: 'carmaker', versions: ['carmaker/v1.md', 'carmaker/v2.md'] },
    { id: 'landslide', versions: ['landslide/v1.md', 'landslide/v2.md', 'landslide/v3.md'] },
    { id: 'ferry', article: 'ferry/story.md', related: ['ferry/wire.md'] },
  ];
  const manifest = writeFile(dir, 'archive/stories.jsonl', `${stories.map((s) => JSON.stringify(s)).join('\n')}\n`).slice(dir.length + 1);
  return { dir, articles, manifest };
}

/** Runs git in a folder, with an author, for tests of `diff --git`. */
export function git(dir: string, ...args: string[]): string {
  return execFileSync('git', args, { cwd: dir, encoding: 'utf8', env: { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@example.com', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@example.com' } });
}

/**
 * A repository of stories committed, then edited in the working tree (a figure changed, a hedge
 * dropped) and one story added (staged): what `diff --git HEAD` compares, file by file.
 */
export function editedRepository(prefix = 'copydesk-gitdiff-'): string {
  const dir = tempDir(prefix);
  git(dir, 'init', '-q', '-b', 'main');
  for (let k = 0; k < 8; k++) writeFile(dir, `story-${k}.md`, article(8, 200 + k));
  writeFile(dir, 'crash.md', readFileSync('corpus/05-bus-crash-death-toll/article.md'));
  git(dir, 'add', '.');
  git(dir, 'commit', '-q', '-m', 'first versions');
  for (let k = 0; k < 8; k++) {
    const path = join(dir, `story-${k}.md`);
    writeFileSync(path, readFileSync(path, 'utf8').replace(/\b(\d{2,})\b/, (m) => String(Number(m) * 10)).replace(/ alleged /, ' '));
  }
  writeFileSync(join(dir, 'crash.md'), readFileSync(join(dir, 'crash.md'), 'utf8').replace('17', '19'));
  writeFile(dir, 'new-story.md', readFileSync('corpus/09-audit-honorific-email/article.md'));
  git(dir, 'add', 'new-story.md');
  return dir;
}
