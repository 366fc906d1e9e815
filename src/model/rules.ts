/** A rule as packs declare it and config sets it: plain data, the same in every thread and in the cache. */
import type { Category, Severity } from './finding.js';

/** A rule as a pack declares it, after validation and after config has set its level and options. */
export interface RuleConfig {
  id: string;
  kind: string;
  category: Category;
  severity: Severity;
  description: string;
  /** The pack's own wording of the kind's messages, by message id; `{name}` placeholders are filled by the kind. */
  messages?: Record<string, string>;
  /** Every option of the kind, the pack's and config's values over the kind's defaults. */
  options: Record<string, unknown>;
  url?: string;
  /** The pack's confidence model for this rule (src/kinds/calibration.ts); without one, the evidence score is the confidence. */
  calibration?: Weights;
  /** The pack file that declared it. */
  pack: string;
}

/** A rule's confidence curve, learned by `npm run train:confidence`: p = σ(bias + slope · logit(score)). */
export interface Weights {
  bias: number;
  slope: number;
}
