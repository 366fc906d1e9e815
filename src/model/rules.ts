/** A rule as packs declare it and config sets it: plain data, the same in every thread and in the cache. */
import type { Category, Severity } from './finding.js';

/** A rule as a pack declares it, after validation and after config has set its level and options. */
export interface RuleConfig {
  id: string;
  kind: string;
  category: Category;
  severity: Severity;
  description: string;
  /** Message template; `{name}` placeholders are filled by the kind. */
  message?: string;
  options: Record<string, unknown>;
  url?: string;
  /** The pack file that declared it. */
  pack: string;
}
