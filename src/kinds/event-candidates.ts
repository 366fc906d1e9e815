import type { Claim } from '../model/document.js';
import { pushTo } from '../base/arrays.js';

/**
 * How many earlier mentions of a frame a claim is compared with: the nearest ones (and, of a named
 * participant's, the first telling too). No article tells one event forty times; a sentence pasted
 * thousands of times would otherwise make every pair a comparison and a finding.
 */
const WINDOW = 40;

/**
 * The earlier event claims a claim could be about the same event as, nearest first: those of its
 * frame that share a participant (the first and the nearest), and the nearest that name none (a toll,
 * a fire). Found through an
 * index by frame and participant, so the cost grows with the article, not with every pair of claims.
 * Those `apart` says are about different things (records of one list) are left out.
 */
export function earlierCandidates(events: Claim[], apart: (a: Claim, b: Claim) => boolean = () => false): Map<Claim, Claim[]> {
  const bySubject = new Map<string, number[]>();
  const unnamed = new Map<string, number[]>();
  const all = new Map<string, number[]>();
  const out = new Map<Claim, Claim[]>();
  events.forEach((claim, j) => {
    const found = new Set<number>();
    if (claim.subjects.length > 0) {
      for (const subject of claim.subjects) {
        const told = bySubject.get(`${claim.frame}\0${subject}`) ?? [];
        if (told.length) found.add(told[0]!);
        for (const i of told.slice(-WINDOW)) found.add(i);
      }
      for (const i of (unnamed.get(claim.frame) ?? []).slice(-WINDOW)) found.add(i);
    } else {
      for (const i of (all.get(claim.frame) ?? []).slice(-WINDOW)) found.add(i);
    }
    out.set(claim, [...found].sort((a, b) => b - a).map((i) => events[i]!).filter((earlier) => !apart(earlier, claim)));
    const add = (map: Map<string, number[]>, key: string) => {
      pushTo(map, key, j);
    };
    for (const subject of claim.subjects) add(bySubject, `${claim.frame}\0${subject}`);
    if (claim.subjects.length === 0) add(unnamed, claim.frame);
    add(all, claim.frame);
  });
  return out;
}
