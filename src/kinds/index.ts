import type { RuleKind } from '../rules/types.js';
import { contradiction } from './contradiction.js';
import { naming } from './naming.js';
import { repetition } from './repetition.js';
import { variants } from './variants.js';

/** Every rule kind, by the name packs use in `kind:`. */
export const KINDS: ReadonlyMap<string, RuleKind> = new Map(
  [repetition, contradiction, naming, variants].map((kind) => [kind.name, kind]),
);
