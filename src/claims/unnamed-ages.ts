import type { Analysis, SentenceContext } from '../model/analysis.js';
import { BODY_KINDS } from '../model/document.js';
import { isPersonNoun } from '../lexicon/semantics.js';
import { yearOld } from './numbers.js';

/** One unnamed person told by an age and a noun: "a 34-year-old boat mechanic", "the 36-year-old mechanic", or no noun ("the 36-year-old"). */
export interface AgedNoun {
  years: number;
  /** The noun that says who, as its lemma ("mechanic"); empty for "the 36-year-old" told with none. */
  head: string;
  definite: boolean;
  sentence: number;
  start: number;
  end: number;
}

/** Years between two ages of one person beyond which a description with another age is read as someone else. */
const PLAUSIBLE_SLIP = 5;

/** Two ages a slip of a key or a birthday apart: a year or a few, or the digits swapped ("48" / "84"). */
export function ageSlip(a: number, b: number): boolean {
  return Math.abs(a - b) <= PLAUSIBLE_SLIP || [...String(a)].reverse().join('') === String(b);
}

/**
 * Whether the copy gives the age `years` to anyone, named or not, outside `start`–`end`: "two men,
 * aged 34 and 36", "His brother, 36,", "Portugal midfielder, 23,", "another mechanic, a 36-year-old".
 */
export function ageToldElsewhere(source: string, years: number, start: number, end: number): boolean {
  const given = new RegExp(`,\\s*${years}\\s*[,.)]|\\baged ${years}\\b|\\baged \\d{1,3} and ${years}\\b|\\b${years}-years?-old\\b|\\b${years} years old\\b|\\bage of ${years}\\b`, 'gi');
  return [...source.matchAll(given)].some((m) => m.index < start || m.index >= end);
}

/**
 * An unnamed person brought in as "a 34-year-old boat mechanic from Torquay" and told of later as "the
 * 36-year-old mechanic": the same noun, the one person the story introduced with it, another age. Not
 * where the later age is one the story gives anyone else ("two men, aged 34 and 36", "His brother, 36,"),
 * nor where the story brings in two with that noun, nor ages further apart than a slip.
 */
export function unnamedAgeClashes(analysis: Analysis, namedAges: ReadonlySet<number>): { earlier: AgedNoun; later: AgedNoun }[] {
  const told = analysis.contexts.filter((c) => BODY_KINDS.has(c.sentence.kind)).flatMap((c) => agedNouns(analysis, c));
  // (an age the story gives anyone else, named or not, anywhere: "two men, aged 34 and 36", "His
  // brother, 36, also a mechanic", "another mechanic, a 36-year-old")
  const givenElsewhere = (later: AgedNoun) => namedAges.has(later.years) || ageToldElsewhere(analysis.doc.source, later.years, later.start, later.end);
  const out: { earlier: AgedNoun; later: AgedNoun }[] = [];
  for (const later of told.filter((t) => t.definite)) {
    // (one with no noun is the one person the story brought in by an age a slip from it, where the
    // story gives no other age a slip from the later one)
    const bare = later.head === '';
    const introduced = told.filter((t) => !t.definite && (bare ? ageSlip(t.years, later.years) : t.head === later.head) && t.sentence < later.sentence);
    if (introduced.length !== 1) continue;
    const others = [...namedAges, ...told.filter((t) => t !== later && t !== introduced[0]).map((t) => t.years)];
    if (bare && others.some((n) => n !== introduced[0]!.years && ageSlip(n, later.years))) continue;
    // (nor where the story brought in someone else with no age: "after another teenager was stabbed")
    if (bare && unagedBefore(analysis, later.sentence, introduced[0]!.head)) continue;
    const earlier = introduced[0]!;
    if (earlier.years === later.years || !ageSlip(earlier.years, later.years) || givenElsewhere(later)) continue;
    out.push({ earlier, later });
  }
  return out;
}

/** "a 34-year-old boat mechanic", "the 36-year-old mechanic": an age and a noun for one person, told with no name after it or before it. */
function agedNouns(analysis: Analysis, ctx: SentenceContext): AgedNoun[] {
  const { words } = ctx;
  const out: AgedNoun[] = [];
  for (let k = 1; k < words.length; k++) {
    // "A woman, 34, was stabbed": an age in apposition on a noun brought in with "a"
    const [who, comma, age, close] = [words[k], words[k + 1], words[k + 2], words[k + 3]];
    if (/^(?:a|an)$/.test(words[k - 1]!.lower) && who?.pos === 'NOUN' && who.quote < 0 && who.lower === who.lemma && isPersonNoun(who.lemma) && !ctx.mentionAt[k] && comma?.text === ',' && /^\d{1,3}$/.test(age?.text ?? '') && close?.text === ',') {
      out.push({ years: Number(age!.text), head: who.lemma, definite: false, sentence: ctx.sentence.index, start: words[k - 1]!.start, end: close.start });
    }
    const old = yearOld(words, k);
    const article = words[k - 1]!.lower;
    if (!old || words[k]!.quote >= 0 || !/^(?:a|an|the)$/.test(article)) continue;
    // (", a 43-year-old father of one," is a named person's apposition: the attributes kind's)
    if (words[k - 2]?.text === ',' && ctx.mentionAt[k - 3]) continue;
    // "the 69-year-old" with no noun ("The 69-year-old was said to be stable"): the story's aged person
    const after = words[old.next];
    if (article === 'the' && (!after || ['AUX', 'VERB', 'PUNCT', 'PART', 'ADV'].includes(after.pos)) && after?.text !== '-') {
      out.push({ years: old.years, head: '', definite: true, sentence: ctx.sentence.index, start: words[k - 1]!.start, end: words[old.next - 1]!.end });
      continue;
    }
    // the noun that closes the phrase ("boat mechanic": mechanic), singular, with no name after it; a
    // name other than a person's may say where the person is from or works ("a 17-year-old Kaitāia
    // student", "a 30-year-old Tesco worker"; blind set BX)
    const modifier = (w: number) => ctx.mentionAt[w] ? analysis.entityById.get(ctx.mentionAt[w]!.entity)?.type !== 'person' : words[w]!.pos === 'ADJ' || words[w]!.pos === 'NOUN';
    let j = old.next;
    while (j < words.length && j < old.next + 3 && modifier(j) && words[j + 1]?.pos === 'NOUN') j++;
    const noun = words[j];
    if (!noun || noun.pos !== 'NOUN' || ctx.mentionAt[j] || ctx.mentionAt[j + 1] || !isPersonNoun(noun.lemma) || (noun.lower !== noun.lemma && noun.lower.endsWith('s'))) continue;
    out.push({ years: old.years, head: noun.lemma, definite: article === 'the', sentence: ctx.sentence.index, start: words[k - 1]!.start, end: noun.end });
  }
  return out;
}

/**
 * Whether the body before a sentence brings in someone by a noun with no age: "another teenager", "a
 * woman" (not "a man" where the aged one is "a 67-year-old man": the story told of him first without it).
 */
function unagedBefore(analysis: Analysis, sentence: number, head: string): boolean {
  return analysis.contexts.some((ctx) => {
    if (ctx.sentence.index >= sentence || !BODY_KINDS.has(ctx.sentence.kind)) return false;
    const { words } = ctx;
    return words.some((w, k) => {
      if (w.quote >= 0 || !/^(?:a|an|another)$/.test(w.lower) || yearOld(words, k + 1)) return false;
      let j = k + 1;
      while (words[j]?.pos === 'ADJ' && j < k + 3) j++;
      const noun = words[j];
      return noun !== undefined && noun.pos === 'NOUN' && noun.lower === noun.lemma && !ctx.mentionAt[j] && isPersonNoun(noun.lemma) && (w.lower === 'another' || noun.lemma !== head);
    });
  });
}
