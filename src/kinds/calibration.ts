/**
 * The confidence model (docs/confidence.md). A kind scores each finding from its evidence (the
 * factors of confidence.ts); a rule pack's model turns that score into the probability that the
 * finding is right, with weights learned from judged findings (`npm run train:confidence`):
 * p = σ(bias + slope · logit(score)). One logistic curve per rule, because the same score means more
 * from one rule than from another (a respelt name at 0.85 is right more often than an unattributed
 * claim against a report at 0.85); the slope is positive, so the model never reorders a rule's
 * findings, it says how often findings like them are right.
 */
import type { Weights } from '../model/rules.js';

/** Scores this close to 0 or 1 are held back from them: the evidence is never certain, and logit(1) is infinite. */
const EDGE = 0.01;

export function logit(score: number): number {
  const p = Math.min(1 - EDGE, Math.max(EDGE, score));
  return Math.log(p / (1 - p));
}

export function sigmoid(z: number): number {
  return 1 / (1 + Math.exp(-z));
}

/** A finding's confidence: the model's probability, to two decimals; the evidence score itself for a rule with no model. */
export function calibrated(weights: Weights | undefined, score: number): number {
  const p = weights ? sigmoid(weights.bias + weights.slope * logit(score)) : score;
  return Math.round(p * 100) / 100;
}
