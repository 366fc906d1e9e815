/**
 * The build step (`npm run build`) that writes what is made from code and rule files: the default
 * rule set's snapshot (snapshot.ts) and the lexicon's JSON schema (from lexicon/sections.ts).
 */
import { writeFileSync } from 'node:fs';
import { packagePath } from '../base/package-path.js';
import { lexiconSchema } from '../lexicon/compile.js';
import { DEFAULT_PACK, loadRuleSet } from './packs.js';
import { SNAPSHOT_PATH, writeSnapshot } from './snapshot.js';

export const LEXICON_SCHEMA_PATH = packagePath('schemas', 'lexicon.schema.json');

writeFileSync(LEXICON_SCHEMA_PATH, `${JSON.stringify(lexiconSchema(), null, 2)}\n`);
const set = loadRuleSet([DEFAULT_PACK], [], { snapshot: false });
writeSnapshot(set.rules, set.lexicon.source, set.packs);
process.stderr.write(`wrote ${SNAPSHOT_PATH}\n`);
