import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

/**
 * Where the public data sets live: `../shared/external` beside the checkout, or COPYDESK_EXTERNAL.
 * They are read in place and never copied into the repository (MRPC's licence forbids redistribution).
 */
export function externalDir(): string {
  const dir = resolve(process.env['COPYDESK_EXTERNAL'] ?? join(process.cwd(), '..', 'shared', 'external'));
  if (!existsSync(dir)) {
    process.stderr.write(`copydesk eval: no external data sets at ${dir} (set COPYDESK_EXTERNAL)\n`);
    process.exit(2);
  }
  return dir;
}

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
  tn: number;
}

export function emptyCounts(): Counts {
  return { tp: 0, fp: 0, fn: 0, tn: 0 };
}

export function add(counts: Counts, predicted: boolean, actual: boolean): void {
  if (predicted && actual) counts.tp++;
  else if (predicted) counts.fp++;
  else if (actual) counts.fn++;
  else counts.tn++;
}

export function metrics(c: Counts): { precision: number; recall: number; f1: number; accuracy: number; balancedAccuracy: number; n: number } {
  const precision = c.tp + c.fp === 0 ? 0 : c.tp / (c.tp + c.fp);
  const recall = c.tp + c.fn === 0 ? 0 : c.tp / (c.tp + c.fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  const n = c.tp + c.fp + c.fn + c.tn;
  const specificity = c.tn + c.fp === 0 ? 0 : c.tn / (c.tn + c.fp);
  return { precision, recall, f1, accuracy: n === 0 ? 0 : (c.tp + c.tn) / n, balancedAccuracy: (recall + specificity) / 2, n };
}

export function formatMetrics(label: string, c: Counts): string {
  const m = metrics(c);
  const f = (x: number) => x.toFixed(3);
  return `${label.padEnd(28)} n=${String(m.n).padEnd(5)} precision ${f(m.precision)}  recall ${f(m.recall)}  F1 ${f(m.f1)}  accuracy ${f(m.accuracy)}  (tp ${c.tp} fp ${c.fp} fn ${c.fn} tn ${c.tn})`;
}
