import type { RuleKind } from './kind.js';
import { alteredQuote } from './altered-quote.js';
import { changedAttribution } from './changed-attribution.js';
import { changedDetail } from './changed-detail.js';
import { changedDate } from './changed-date.js';
import { changedEntity } from './changed-entity.js';
import { changedHedge } from './changed-hedge.js';
import { changedNumber } from './changed-number.js';
import { changedRole } from './changed-role.js';
import { contradiction } from './contradiction.js';
import { directive } from './directive.js';
import { editSummary } from './edit-summary.js';
import { flippedPolarity } from './flipped-polarity.js';
import { naming } from './naming.js';
import { quoteSpeaker } from './quote-speaker.js';
import { repetition } from './repetition.js';
import { unsupported } from './unsupported.js';
import { variants } from './variants.js';
import { weekday } from './weekday.js';
import { attributes } from './attributes.js';
import { figures, relatedFigures } from './figures.js';

/** Every rule kind, by the name packs use in `kind:`. */
export const KINDS: ReadonlyMap<string, RuleKind> = new Map(
  [
    repetition,
    contradiction,
    naming,
    variants,
    changedNumber,
    changedEntity,
    changedDate,
    alteredQuote,
    quoteSpeaker,
    changedAttribution,
    flippedPolarity,
    changedHedge,
    changedRole,
    changedDetail,
    editSummary,
    unsupported,
    weekday,
    attributes,
    figures,
    relatedFigures,
    directive,
  ].map((kind) => [kind.name, kind]),
);
