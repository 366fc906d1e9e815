/** The official SARIF 2.1.0 schema (shipped with @microsoft/jest-sarif), compiled once for the tests. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Ajv, ValidateFunction } from 'ajv';
import ajvDraft04 from 'ajv-draft-04';
import addFormats from 'ajv-formats';

let compiled: ValidateFunction | undefined;

export function sarifValidator(): ValidateFunction {
  if (compiled) return compiled;
  const schema = JSON.parse(readFileSync(createRequire(import.meta.url).resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'), 'utf8'));
  // the schema is JSON Schema draft 04; one of its patterns is not valid as a Unicode regular expression
  const AjvDraft04 = ((ajvDraft04 as unknown as { default?: unknown }).default ?? ajvDraft04) as typeof Ajv;
  const ajv = new AjvDraft04({ allErrors: true, strict: false, unicodeRegExp: false });
  addFormats.default(ajv);
  compiled = ajv.compile(schema);
  return compiled;
}
