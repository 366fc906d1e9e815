import { createRequire } from 'node:module';

/**
 * Libraries most runs never need (YAML for packs and front matter, TOML front matter, ajv for
 * validation, globs for patterns the shell left unexpanded) load on first use, not at start-up: a check
 * of one small article should not pay for them. Each ships a CommonJS build, so it can be required
 * synchronously where it is needed; the executable's bundle leaves them in node_modules
 * (scripts/bundle.ts).
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
