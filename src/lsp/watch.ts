import { watch, type FSWatcher } from 'node:fs';
import { basename, dirname } from 'node:path';

/**
 * Watches the files that decide how open documents are checked: config files wherever one may
 * appear above a document, the ignore file, and the packs and lexicons the configs name. A language
 * server lives as long as the editor, and a config saved there (or by `git pull`) must count at once,
 * not at the next keystroke. Folders are watched rather than files, so a config created where there
 * was none is seen, and an editor's save by rename too.
 */
export class FileWatcher {
  private readonly wanted = new Map<string, Map<string, Set<string>>>();
  private readonly watchers = new Map<string, FSWatcher>();

  constructor(private readonly changed: () => void) {}

  /** What one document depends on: names in folders (`.copydeskrc.yaml` in every folder above it) and whole paths. */
  set(key: string, depends: { dirs: string[]; names: string[]; files: string[] }): void {
    const byDir = new Map<string, Set<string>>();
    const add = (dir: string, name: string) => byDir.set(dir, (byDir.get(dir) ?? new Set()).add(name));
    for (const dir of depends.dirs) for (const name of depends.names) add(dir, name);
    for (const file of depends.files) add(dirname(file), basename(file));
    this.wanted.set(key, byDir);
    this.sync();
  }

  delete(key: string): void {
    this.wanted.delete(key);
    this.sync();
  }

  close(): void {
    this.wanted.clear();
    this.sync();
  }

  private sync(): void {
    const dirs = new Set([...this.wanted.values()].flatMap((byDir) => [...byDir.keys()]));
    for (const [dir, watcher] of this.watchers) {
      if (dirs.has(dir)) continue;
      watcher.close();
      this.watchers.delete(dir);
    }
    for (const dir of dirs) {
      if (this.watchers.has(dir)) continue;
      try {
        const watcher = watch(dir, { persistent: false }, (_event, name) => {
          if (name === null || [...this.wanted.values()].some((byDir) => byDir.get(dir)?.has(String(name)))) this.changed();
        });
        // a folder removed or unreadable stops its watcher; the next check sets it up again
        watcher.on('error', () => {
          watcher.close();
          this.watchers.delete(dir);
        });
        this.watchers.set(dir, watcher);
      } catch {
        // a folder that cannot be watched (gone, no permission, no watches left): the document is
        // still checked with what is on disk at each edit, as the session reads it then
      }
    }
  }
}
