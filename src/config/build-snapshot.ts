/** The build step (`npm run build`) that writes the default rule set's snapshot: see snapshot.ts. */
import { DEFAULT_PACK, loadRuleSet } from './packs.js';
import { SNAPSHOT_PATH, writeSnapshot } from './snapshot.js';

const set = loadRuleSet([DEFAULT_PACK], [], { snapshot: false });
writeSnapshot(set.rules, set.lexicon.source, set.packs);
process.stdout.write(`wrote ${SNAPSHOT_PATH}\n`);
