/** What a rule reports, as every report format shows it. */
import type { Point } from './document.js';

export type Severity = 'error' | 'warning' | 'info';
export type Category = 'repetition' | 'contradiction' | 'change' | 'consistency';

export interface Location {
  path: string;
  start: Point;
  end: Point;
  text: string;
  /** What this place is in the finding ("repeated", "first", "old", "new"). */
  role?: string;
}

export interface Finding {
  ruleId: string;
  category: Category;
  severity: Severity;
  message: string;
  locations: Location[];
  evidence?: Record<string, unknown>;
  /** Diff mode: this finding is absent from the old version. */
  introduced?: boolean;
  url?: string;
}

export const SEVERITY_RANK: Record<Severity, number> = { info: 1, warning: 2, error: 3 };
