/**
 * The two ways a change kind compares texts (docs/architecture.md): against the version before
 * (`edit`, copydesk diff) or against a related report (`source`, --related). The kind finds the
 * difference; the mode says how its places are named, which of the kind's thresholds apply (a
 * report is compared only where the article restates it closely), and what counts as support: in an
 * edit each sentence stands alone, while a value the article states is backed by a report that gives
 * it anywhere (the article may combine the report's sentences).
 */
import { sameAcross, givenNameDiffers, sameEntity } from '../claims/identity.js';
import { boundsOpposed, sameDate } from '../claims/numbers.js';
import type { Analysis } from '../model/analysis.js';
import type { Entity, Value } from '../model/document.js';

export interface ComparisonMode {
  readonly name: 'edit' | 'source';
  /** Roles of a finding's two places: the text checked, then the other. */
  readonly roles: { readonly current: 'new' | 'article'; readonly other: 'old' | 'related' };
  /** A similarity floor a kind declares for reports; an edit compares every changed sentence. */
  floor(restatement: number): number;
  /** Whether the other text backs a value the checked one states, wherever it says it. */
  supports: {
    entity(other: Analysis, entity: Entity): boolean;
    number(other: Analysis, figure: Pick<Value, 'key' | 'kind' | 'unit' | 'low' | 'high'>): boolean;
    date(other: Analysis, date: Value): boolean;
    role(other: Analysis, person: Entity | undefined, key: string): boolean;
  };
}

export const EDIT: ComparisonMode = {
  name: 'edit',
  roles: { current: 'new', other: 'old' },
  floor: () => 0,
  supports: { entity: () => false, number: () => false, date: () => false, role: () => false },
};

export const SOURCE: ComparisonMode = {
  name: 'source',
  roles: { current: 'article', other: 'related' },
  floor: (restatement) => restatement,
  supports: {
    entity: (other, entity) => other.entities.some((e) => (sameEntity(e, entity) || sameAcross(e, entity)) && !givenNameDiffers(e, entity)),
    // "three children" is backed by a figure of children, not by "the other three"; a sum ("1.9 billion
    // kroner") by the same sum with its currency left off ("to 1.9 billion")
    // ("almost 2,000" backs no "more than 2,000")
    number: (other, figure) =>
      other.contexts.some((c) => c.numbers.some((n) => (n.key === figure.key || roundsTo(n, figure)) && !boundsOpposed(n, { ...figure, text: '', start: 0, end: 0 }) && (!figure.unit || n.unit === figure.unit || (figure.kind !== 'count' && !n.unit)))),
    // "late September" does not support "14 September": only the same date does
    date: (other, date) => other.contexts.some((c) => c.dates.some((d) => sameDate(d, date))),
    role: (other, person, key) => person !== undefined && other.claims.some((c) => c.kind === 'role' && c.values.role?.key === key && sameEntity(other.entityById.get(c.subjects[0]!), person)),
  },
};

/** How far an exact figure may lie from the approximate one it rounds to: a twentieth. */
const ROUNDING_REACH = 0.05;

/**
 * A report's exact figure that an approximate one of the article's rounds ("40.9% of total net sales" /
 * "about 41% of the total", "4,460" / "about 4,500"): rounded to the places the article's figure keeps,
 * it is that figure. Blind set BA.
 */
function roundsTo(exact: Pick<Value, 'key' | 'kind' | 'low' | 'high'>, rounded: Pick<Value, 'key' | 'kind' | 'low' | 'high'>): boolean {
  // (a figure told "about" or "around", whose range lies either side of it; not a bound, "more than 200")
  const stated = Number(rounded.key);
  const approximate = rounded.low !== undefined && rounded.high !== undefined && rounded.low < stated && stated < rounded.high;
  const value = Number(exact.key);
  if (!approximate || exact.low !== exact.high || exact.kind !== rounded.kind || !Number.isFinite(stated) || !Number.isFinite(value) || stated === 0) return false;
  const decimals = (rounded.key.split('.')[1] ?? '').length;
  let step = 10 ** -decimals;
  // ("about 4,500" keeps hundreds: its trailing zeros are rounding)
  if (decimals === 0) for (let n = stated; n % 10 === 0 && n !== 0; n /= 10) step *= 10;
  // (and near it: "about 300" rounds 252 to one figure, but says a sixth more than it; review)
  return Math.abs(Math.round(value / step) * step - stated) < step / 1000 && Math.abs(value - stated) <= ROUNDING_REACH * stated;
}
