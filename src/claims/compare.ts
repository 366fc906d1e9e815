import type { Claim, Value } from '../model/document.js';
import type { CompiledLexicon } from '../lexicon/compile.js';
import { datesAgree, numbersAgree } from './numbers.js';

/** How the participants of two mentions of a frame relate. */
export type ParticipantMatch = 'same' | 'different' | 'unknown' | 'none';

/**
 * Whether two claims are about the same participants: their subjects (for a frame with a core role,
 * frames.ts has already kept only the core participant: the arrested, the resigning) must overlap.
 * `none`: neither names anyone (a death toll, a fire).
 */
export function participants(a: Claim, b: Claim): ParticipantMatch {
  // "the Harbour Street library … will not close" and "Harbour Street, which will close": the place
  // that qualifies one side's unnamed participant is the other's named one
  const placed = (x: Claim, y: Claim) => x.subjects.length === 0 && x.values.place !== undefined && y.subjects.includes(x.values.place.key);
  if (placed(a, b) || placed(b, a)) return 'same';
  if (a.subjects.length === 0 && b.subjects.length === 0) return 'none';
  if (a.subjects.length === 0 || b.subjects.length === 0) return 'unknown';
  return a.subjects.some((s) => b.subjects.includes(s)) ? 'same' : 'different';
}

export interface Conflict {
  field: 'count' | 'money' | 'percent' | 'place' | 'time';
  expected: Value;
  actual: Value;
}

/** Values that cannot both hold if the two claims are about the same event. */
export function conflicts(a: Claim, b: Claim): Conflict[] {
  const out: Conflict[] = [];
  for (const field of ['count', 'money', 'percent'] as const) {
    const va = a.values[field];
    const vb = b.values[field];
    if (!va || !vb || a.updated || b.updated) continue;
    if ((va.unit ?? '') !== (vb.unit ?? '')) continue;
    if (!numbersAgree(va, vb)) out.push({ field, expected: va, actual: vb });
  }
  const pa = a.values.place;
  const pb = b.values.place;
  if (pa && pb && pa.key !== pb.key) out.push({ field: 'place', expected: pa, actual: pb });
  const ta = a.values.time;
  const tb = b.values.time;
  if (ta && tb && !datesAgree(ta, tb)) out.push({ field: 'time', expected: ta, actual: tb });
  return out;
}

/** Named events agree on what makes them specific ("first U.S. TV interview" ≈ "first American television interview"). */
export function modifiersAgree(a: Claim, b: Claim): boolean {
  if (a.modifiers.length === 0 || b.modifiers.length === 0) return true;
  const sa = new Set(a.modifiers);
  return a.modifiers.length === b.modifiers.length && b.modifiers.every((m) => sa.has(m));
}

/** The two claims give no different value (count, sum, share, place, date) where both give one. */
export function valuesCompatible(a: Claim, b: Claim): boolean {
  for (const field of ['count', 'money', 'percent', 'place', 'time'] as const) {
    const va = a.values[field];
    const vb = b.values[field];
    if (va && vb && va.key !== vb.key && !(field === 'time' && datesAgree(va, vb))) return false;
  }
  return true;
}

/** Kinship relations that cannot both hold between the same two people (daughter vs niece, daughter vs son). */
export function relationsConflict(lexicon: CompiledLexicon, a: string, b: string): boolean {
  if (a === b) return false;
  const ka = lexicon.kinship.get(a);
  const kb = lexicon.kinship.get(b);
  if (!ka || !kb) return false;
  if (ka.group !== kb.group) return true;
  const generic = (r: string) => r === 'child' || r === 'parent' || r === 'sibling' || r === 'spouse' || r === 'grandchild' || r === 'grandparent';
  return !generic(a) && !generic(b);
}

/** Different numbers, years or dates on each side: two different facts, not one restated. */
export function valueClash(onlyA: string[], onlyB: string[]): boolean {
  const marked = (list: string[], prefix: string) => list.some((t) => t.startsWith(prefix));
  return (
    (marked(onlyA, '#') && marked(onlyB, '#')) ||
    (marked(onlyA, 'year:') && marked(onlyB, 'year:')) ||
    (marked(onlyA, 'date:') && marked(onlyB, 'date:'))
  );
}

/**
 * A place the lexicon knows (a country, a state, a large city) and one it does not know at all: the
 * second may lie in the first ("near Port Aransas" / "in Texas", "in Brixton" / "in London"), so the two
 * never clash. Two places the lexicon knows, or two it does not, are two places.
 */
export function placesOfTwoSizes(lexicon: CompiledLexicon, a: string, b: string): boolean {
  return lexicon.places.has(a.toLowerCase()) !== lexicon.places.has(b.toLowerCase());
}
