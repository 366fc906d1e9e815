/**
 * A session: everything a run reads from disk and keeps (config files found above each input, rule
 * packs, lexicons, ignore files, related reports), for one CLI run, one plugin instance or one library
 * call (docs/architecture.md). What it keeps is keyed by the files it came from and checked against
 * them on every use (size, modification and change times, inode), so a long-lived session (an editor's
 * plugin, the language server) sees a config created or edited between two checks.
 */
import { statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { Ignore } from 'ignore';
import { displayPath } from '../base/display-path.js';
import { defaultConfig, findConfig, readConfig, type Config } from '../config/config.js';
import { isIgnored, readIgnoreFile, IGNORE_FILE } from '../config/ignore.js';
import { ruleSetForConfig } from '../config/rule-set.js';
import { analyseInput } from '../engine/check.js';
import { toSource } from '../engine/related.js';
import type { RuleSet } from '../kinds/kind.js';
import type { InputText, Source } from '../model/results.js';
import type { CheckOptions } from './options.js';
import { readInput } from './read-input.js';
import { decodeInput } from '../load/decode.js';

/** What identifies a file's content without reading it; a missing file has a stamp too. */
function stamp(path: string): string {
  try {
    const s = statSync(path, { bigint: true });
    return `${s.size}:${s.mtimeNs}:${s.ctimeNs}:${s.ino}`;
  } catch {
    return 'missing';
  }
}

interface Kept {
  stamps: string;
  value: unknown;
}

export class Session {
  /** The folder paths are read from and shown relative to. */
  readonly cwd: string;
  private readonly kept = new Map<string, Kept>();
  private readonly provided = new Map<string, InputText>();
  private readonly ruleSetIds = new WeakMap<RuleSet, number>();
  private nextRuleSetId = 1;

  constructor(options: { cwd?: string } = {}) {
    this.cwd = resolve(options.cwd ?? process.cwd());
  }

  /** A value made from files, made again when one of them has changed since. */
  private keep<T>(key: string, make: () => { value: T; files: string[] }): T {
    const entry = this.kept.get(key);
    if (entry) {
      const [files, stamps] = JSON.parse(entry.stamps) as [string[], string[]];
      if (files.every((file, k) => stamp(file) === stamps[k])) return entry.value as T;
    }
    const { value, files } = make();
    this.kept.set(key, { stamps: JSON.stringify([files, files.map(stamp)]), value });
    return value;
  }

  /** The path reports show: relative to the session's folder, with forward slashes. */
  displayPath(path: string): string {
    return displayPath(path, this.cwd);
  }

  /** An input file, read and decoded, named as reports show it. */
  /** Text given in hand for a path (standard input, named by --stdin-filename): read as if it were the file. */
  provide(path: string, bytes: Uint8Array): void {
    this.provided.set(resolve(this.cwd, path), decodeInput(this.displayPath(path), bytes));
  }

  /** Whether a path's text was given in hand rather than read from disk. */
  isProvided(path: string): boolean {
    return this.provided.has(resolve(this.cwd, path));
  }

  readInput(path: string): InputText {
    const given = this.provided.get(resolve(this.cwd, path));
    if (given) return given;
    return { ...readInput(resolve(this.cwd, path), path), path: this.displayPath(path) };
  }

  /** The config that governs a file under these options (found above it, or --config, or none). */
  configOf(options: CheckOptions, file = join(this.cwd, 'article')): Config {
    if (options.noConfig) return defaultConfig(this.cwd);
    const path = options.config === undefined ? findConfig(resolve(this.cwd, file)) : resolve(this.cwd, options.config);
    if (path === null) return defaultConfig(this.cwd);
    const shown = options.config ?? path;
    return this.keep(`config\0${path}\0${shown}`, () => ({ value: readConfig(path, shown), files: [path] }));
  }

  /** The rules for a file: its config's, with the command line's packs on top. */
  ruleSetFor(options: CheckOptions = {}, file?: string): RuleSet {
    const config = this.configOf(options, file);
    const packs = (options.rules ?? []).map((p) => resolve(this.cwd, p));
    const key = `rules\0${config.path ?? '(defaults)'}\0${packs.join('\0')}`;
    return this.keep(key, () => {
      const set = ruleSetForConfig(config, packs, (path) => this.displayPath(path));
      return { value: set, files: set.files };
    });
  }

  /** The rule sets of many files: one look for a config per folder, not per file (an archive has many files to a folder). */
  ruleSetsFor(options: CheckOptions, files: string[]): RuleSet[] {
    const byFolder = new Map<string, RuleSet>();
    return files.map((file) => {
      const folder = dirname(resolve(this.cwd, file));
      let set = byFolder.get(folder);
      if (!set) byFolder.set(folder, (set = this.ruleSetFor(options, file)));
      return set;
    });
  }

  /** Whether a file is left out by .copydeskignore in the session's folder or by its config's `ignore`. */
  isIgnored(path: string, config: Config): boolean {
    const file = join(this.cwd, IGNORE_FILE);
    const matcher = this.keep<Ignore | null>(`ignore\0${file}`, () => ({ value: readIgnoreFile(this.cwd), files: [file] }));
    return isIgnored(path, config, matcher, this.cwd);
  }

  /**
   * Lets go of the related reports read so far. An archive run calls it after each story: a story's
   * reports are usually its own, and keeping every story's would make memory grow with the archive.
   */
  forgetSources(): void {
    for (const key of [...this.kept.keys()]) if (key.startsWith('sources\0')) this.kept.delete(key);
  }

  /** Related reports, read and indexed once for every article checked with these rules. */
  sources(paths: string[], ruleSet: RuleSet): Source[] {
    if (paths.length === 0) return [];
    let id = this.ruleSetIds.get(ruleSet);
    if (id === undefined) {
      id = this.nextRuleSetId++;
      this.ruleSetIds.set(ruleSet, id);
    }
    const files = paths.map((p) => resolve(this.cwd, p));
    return this.keep(`sources\0${id}\0${files.join('\0')}`, () => ({
      value: paths.map((path) => toSource(analyseInput(this.readInput(path), ruleSet.lexicon))),
      files,
    }));
  }
}
