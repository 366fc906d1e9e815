import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

/**
 * The dependency rule of docs/architecture.md: src/ is layered, each folder one layer, and a module
 * imports only from its own layer or those below it, with no cycle anywhere. Top-level files
 * (api, cli, command, plugin, index, init) are the interface layer. Type-only imports count too.
 */
export const LAYERS = ['base', 'schema', 'lexicon', 'model', 'load', 'text', 'claims', 'align', 'kinds', 'engine', 'report', 'config', 'session', 'run', 'lsp', 'interface'];

const SRC = resolve('src');

function modules(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? modules(path) : path.endsWith('.ts') ? [path] : [];
  });
}

/** Every relative import of a module (static, dynamic, `import('…')` types), as module paths. */
export function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/(?:\bfrom\s+|\bimport\s*\(\s*|^import\s+)['"](\.{1,2}\/[^'"]+)['"]/gm)].map((m) => resolve(dirname(file), m[1]!.replace(/\.js$/, '.ts')));
}

function layerOf(file: string): string {
  const path = relative(SRC, file);
  return path.includes('/') ? path.split('/')[0]! : 'interface';
}

const graph = new Map(modules(SRC).map((file) => [file, importsOf(file)]));

test('every folder of src/ is a layer of docs/architecture.md', () => {
  const unknown = [...graph.keys()].map(layerOf).filter((layer) => !LAYERS.includes(layer));
  assert.deepEqual([...new Set(unknown)], []);
  const doc = readFileSync('docs/architecture.md', 'utf8');
  for (const layer of LAYERS) assert.match(doc, new RegExp(`\`${layer === 'interface' ? 'api.ts' : `${layer}/`}\``), `docs/architecture.md does not describe ${layer}`);
});

test('no module imports from a layer above its own', () => {
  const upward: string[] = [];
  for (const [file, imports] of graph) {
    for (const target of imports) {
      if (LAYERS.indexOf(layerOf(target)) > LAYERS.indexOf(layerOf(file))) upward.push(`${relative(SRC, file)} → ${relative(SRC, target)}`);
    }
  }
  assert.deepEqual(upward, []);
});

test('no import cycle among src/ modules', () => {
  // Tarjan's strongly connected components: any component of two or more modules is a cycle
  let next = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const cycles: string[][] = [];
  const visit = (v: string) => {
    index.set(v, next);
    low.set(v, next++);
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!graph.has(w)) continue;
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) === index.get(v)) {
      const component: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        component.push(relative(SRC, w));
      } while (w !== v);
      if (component.length > 1) cycles.push(component.sort());
    }
  };
  for (const v of graph.keys()) if (!index.has(v)) visit(v);
  assert.deepEqual(cycles, []);
});

test('every import names a module that exists', () => {
  const missing = [...graph].flatMap(([file, imports]) => imports.filter((target) => !statSync(target, { throwIfNoEntry: false })).map((target) => `${relative(SRC, file)} → ${relative(SRC, target)}`));
  assert.deepEqual(missing, []);
});
