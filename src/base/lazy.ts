import { createRequire } from 'node:module';
import { packagePath } from './package-path.js';

/**
 * Libraries most runs never need (YAML for packs and front matter, TOML front matter, ajv for
 * validation, globs for patterns the shell left unexpanded, the HTML parser for HTML articles) load on
 * first use, not at start-up: a check of one small article should not pay for them. Each is required
 * synchronously where it is needed, from the CommonJS build it ships; the executable's bundle leaves
 * them in node_modules (scripts/bundle.ts).
 */
const require = createRequire(import.meta.url);

export function yamlLib(): typeof import('yaml') {
  return require('yaml') as typeof import('yaml');
}

export function ajvLib(): typeof import('ajv') {
  return require('ajv') as typeof import('ajv');
}

export function tomlLib(): typeof import('smol-toml') {
  return require('smol-toml') as typeof import('smol-toml');
}

export function globLib(): typeof import('tinyglobby') {
  return require('tinyglobby') as typeof import('tinyglobby');
}

/**
 * parse5, hast-util-from-parse5 and vfile ship ES modules only, which Node 20 cannot require: the build
 * bundles the three into one CommonJS file (scripts/bundle.ts), dist/vendor/html-parser.cjs.
 */
export interface HtmlParser {
  parse: typeof import('parse5').parse;
  fromParse5: typeof import('hast-util-from-parse5').fromParse5;
  VFile: typeof import('vfile').VFile;
}

export const HTML_PARSER_PATH = packagePath('dist', 'vendor', 'html-parser.cjs');

export function htmlParserLib(): HtmlParser {
  return require(HTML_PARSER_PATH) as HtmlParser;
}
