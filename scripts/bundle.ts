/**
 * Build step (`npm run build`, after tsc): the `copydesk` executable as a bundle, so that starting it
 * reads a few files instead of resolving and compiling ~350 ES modules and ~90 CommonJS ones, about
 * 200 ms of a one-article check (README, Speed). esbuild bundles the compiled JavaScript of dist/src,
 * the code the tests run, into dist/bin/:
 * - `copydesk.js`, the executable (package.json's `bin`), from dist/src/cli.js;
 * - `worker.js`, the worker thread (dist/src/run/worker.js): run/dispatch.ts starts `./worker.js`
 *   beside its own code, which in the bundle is dist/bin/;
 * - chunks they share, and one for each module loaded with `import()` (the library behind the
 *   command line, the report formats other than text and JSON, the language server, the worker pool),
 *   which a run loads only when it needs it.
 * The library (package.json's `main`) stays dist/src. Files read at run time are found from the
 * package root, whatever folder the code runs from (base/package-path.ts); wink's model and the
 * libraries of base/lazy.ts are `require`d where they are needed and stay in node_modules, and so
 * does the language server's library. Last, the HTML parser is built for base/lazy.ts (below).
 */
import { build, type Plugin } from 'esbuild';
import { rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { packagePath } from '../src/base/package-path.js';
import { HTML_PARSER_PATH } from '../src/base/lazy.js';

const BIN_DIR = packagePath('dist', 'bin');
/** Which sources each file of the bundle holds, for the start-up tests (not packed: outside dist/bin). */
const META = packagePath('dist', 'bundle-meta.json');

/**
 * yargs and cliui measure text with string-width, which builds its regular expressions and an
 * Intl.Segmenter when it is imported: the `\p{RGI_Emoji}` one alone takes 12 ms, at every start,
 * though only help text is ever measured. In the bundle each import of it is a function that loads
 * the real module on its first call (esbuild evaluates a bundled module `require`d from the bundle
 * when the require runs); widths, and so help, are the same.
 */
const lazyStringWidth: Plugin = {
  name: 'lazy-string-width',
  setup(bundle) {
    bundle.onResolve({ filter: /^string-width$/ }, async (args) => {
      if (args.pluginData === 'real') return undefined;
      const real = await bundle.resolve('string-width', { resolveDir: args.resolveDir, kind: args.kind, pluginData: 'real' });
      return real.errors.length ? { errors: real.errors } : { path: real.path, namespace: 'lazy-string-width' };
    });
    bundle.onLoad({ filter: /.*/, namespace: 'lazy-string-width' }, (args) => ({
      contents: `export default function stringWidth(string, options) { return require(${JSON.stringify(args.path)}).default(string, options); }`,
      resolveDir: dirname(args.path),
      loader: 'js',
    }));
  },
};

rmSync(BIN_DIR, { recursive: true, force: true });
rmSync(HTML_PARSER_PATH, { force: true });
const result = await build({
  absWorkingDir: packagePath(),
  entryPoints: { copydesk: packagePath('dist', 'src', 'cli.js'), worker: packagePath('dist', 'src', 'run', 'worker.js') },
  outdir: BIN_DIR,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  // the language server starts once per editor session: its CommonJS libraries load from
  // node_modules as in the library, where their own files (and __filename) are where they expect
  external: ['vscode-languageserver', 'vscode-languageserver/*', 'vscode-languageserver-textdocument'],
  // CommonJS packages bundled into ES modules call require() for Node's own modules; an ES module has
  // none of its own, so each file gets one
  banner: { js: "import { createRequire as copydeskCreateRequire } from 'node:module'; const require = copydeskCreateRequire(import.meta.url);" },
  // a smaller file to parse at start-up; names are kept, so a stack trace still reads
  minifyWhitespace: true,
  minifySyntax: true,
  plugins: [lazyStringWidth],
  logLevel: 'warning',
  metafile: true,
});
writeFileSync(META, JSON.stringify(result.metafile));

// the HTML parser, which ships ES modules only, as one CommonJS file that base/lazy.ts requires when
// an HTML article is read (the library and the executable both)
const parser = await build({
  absWorkingDir: packagePath(),
  stdin: { contents: "export { parse } from 'parse5';\nexport { fromParse5 } from 'hast-util-from-parse5';\nexport { VFile } from 'vfile';\n", resolveDir: packagePath(), sourcefile: 'html-parser.js' },
  outfile: HTML_PARSER_PATH,
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  minifyWhitespace: true,
  minifySyntax: true,
  logLevel: 'warning',
  metafile: true,
});
const bytes = Object.values(result.metafile.outputs).reduce((n, o) => n + o.bytes, 0);
const parserBytes = Object.values(parser.metafile.outputs).reduce((n, o) => n + o.bytes, 0);
process.stderr.write(`bundled ${BIN_DIR}: ${Object.keys(result.metafile.outputs).length} files, ${(bytes / 1024).toFixed(0)} KiB; ${HTML_PARSER_PATH}: ${(parserBytes / 1024).toFixed(0)} KiB\n`);
