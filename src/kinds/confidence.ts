/**
 * The evidence a finding rests on, scored (docs/confidence.md). Each kind scores every finding from
 * its evidence, 0 to 1: whether the entities are resolved by full name or only guessed at, whether two
 * values count the same thing, how closely two sentences restate each other, which blocks they stand
 * in. The pack's confidence model (calibration.ts) turns that score into how often findings like it
 * are right; a rule's severity applies at or above its `minConfidence` option, below it the finding
 * is `info`, "worth a look". The factors are named here so that every kind weighs the same evidence
 * the same way.
 */
import type { Entity, Sentence } from '../model/document.js';
import type { ComparisonMode } from './mode.js';

/** The product of the factors, kept within 0–1 and to two decimals. */
export function confidence(...factors: number[]): number {
  const product = factors.reduce((p, f) => p * f, 1);
  return Math.round(Math.min(1, Math.max(0, product)) * 100) / 100;
}

/**
 * Against a related report, how closely the article's sentence restates the report's: a difference
 * between close restatements is a disagreement; between loosely matched sentences, often two claims.
 * From 0.6 for no likeness to 1 at 0.8 and above. In an edit the aligned sentences are one sentence,
 * so this weighs nothing.
 */
export function restatement(mode: ComparisonMode, similarity: number | undefined): number {
  if (mode.name === 'edit') return 1;
  return 0.6 + 0.4 * Math.min(1, (similarity ?? 0) / CLOSE_RESTATEMENT);
}

/**
 * Against a report, how nearly word for word the article's sentence gives the report's: a claim
 * copied almost whole and stripped of its source ("The unit had passed a state inspection in May." /
 * "The company said the unit had passed …") is surely the report's claim unattributed; a loose match
 * is as often the paper's own telling of a fact the report also gives (on the blind sets, the dropped
 * attributions found right stood at 0.66–0.95 similarity, the wrong ones mostly at 0.57–0.68). From
 * 0.4 at 0.55 and below to 1 at 0.95. In an edit it weighs nothing.
 */
export function nearVerbatim(mode: ComparisonMode, similarity: number | undefined): number {
  if (mode.name === 'edit') return 1;
  return 0.4 + 0.6 * Math.min(1, Math.max(0, ((similarity ?? 0) - 0.55) / 0.4));
}

/** Sentences this similar restate each other closely. */
const CLOSE_RESTATEMENT = 0.8;

/** How surely an entity is what the finding calls it: named in full with a type read from the copy, or a lone capitalised word. */
export function entityCertainty(entity: Entity | undefined): number {
  if (!entity || entity.type === 'other') return 0.5;
  if (entity.type === 'person') return entity.given && entity.surname ? 1 : entity.mentions.some((m) => m.honorific || m.title) ? 0.9 : 0.7;
  return entity.name.includes(' ') || entity.mentions.length > 1 ? 1 : 0.8;
}

/** Headlines, standfirsts and captions compress and reword: a difference there is less surely a claim (a fact box states its facts plainly). */
export function blockWeight(sentence: Sentence | undefined): number {
  return sentence && (sentence.kind === 'title' || sentence.kind === 'standfirst' || sentence.kind === 'heading' || sentence.kind === 'caption') ? 0.7 : 1;
}

/**
 * Where a finding is sure enough to be raised at its rule's severity: a confidence of 0.6, which the
 * confidence model gives a finding when findings like it are right three times in five. Chosen with
 * the model (`npm run train:confidence` prints the table) on the corpus, the development blind sets
 * and the tune part of the real-copy benchmark, predicting each set from a model that never saw it:
 * from 0.6, 91% of the warnings raised on the blind sets were right, and 12 of 13 on real copy.
 */
export const WARN_AT = 0.6;

/** The `minConfidence` option every kind declares. */
export function minConfidence(why: string, value = WARN_AT) {
  return {
    type: 'number',
    minimum: 0,
    maximum: 1,
    default: value,
    description: `Findings whose confidence is below this are reported as info ("worth a look") instead of at the rule's severity. Confidence is how often findings like it are right, from the pack's confidence model; for a rule the model does not cover, the kind's evidence score. Evidence scores: ${why}`,
  } as const;
}
