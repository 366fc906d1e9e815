import { createRequire } from 'node:module';

/**
 * Libraries most runs never need (YAML for packs and front matter, ajv for validation) load on first
 * use, not at start-up: a check of one small article should not pay for them. Both ship CommonJS
 * builds, so they can be required synchronously where they are needed.
 */
const require = createRequire(import.meta.url);

export function yamlLib(): typeof import('yaml') {
  return require('yaml') as typeof import('yaml');
}

export function ajvLib(): typeof import('ajv') {
  return require('ajv') as typeof import('ajv');
}
