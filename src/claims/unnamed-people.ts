import type { SentenceContext } from '../model/analysis.js';
import { isPersonNoun } from '../lexicon/semantics.js';
import { parseNumeral, yearOld } from './numbers.js';
import { entityType } from './context.js';

/**
 * People an event is told of by description, not name: one ("a 16-year-old boy", "a teenager", "the
 * 34-year-old") or a group ("two men, aged 41 and 29", "a pair of teenagers", "the pair", "the men").
 */
export interface Described {
  years?: number;
  /** Ages the words allow where they give none exactly: "in his 50s", "an elderly woman", "a teenage girl". */
  range?: [number, number];
  /** The noun that says who, as its lemma (singular). */
  head?: string;
  /** How many a group is: 0 for one whose size the words do not give ("the men"); absent for one person. */
  group?: number;
  /** The ages a group is given ("aged 41 and 29"), in order. */
  ages?: number[];
}

/**
 * What the everyday nouns for a person say of sex and age, so that "a 16-year-old boy" and "a
 * teenager" can be one person and "a boy" and "a woman" cannot. "Suspect" says only what the story
 * makes of someone: it meets any of these. Other person nouns ("driver", "cyclist") say what someone
 * did, and meet only the same noun.
 */
const PERSON_NOUNS: Record<string, { sex?: 'm' | 'f'; ages: [number, number] }> = {
  boy: { sex: 'm', ages: [0, 17] },
  girl: { sex: 'f', ages: [0, 17] },
  teenager: { ages: [13, 19] },
  teen: { ages: [13, 19] },
  youth: { ages: [13, 24] },
  juvenile: { ages: [10, 17] },
  child: { ages: [0, 12] },
  man: { sex: 'm', ages: [18, 120] },
  woman: { sex: 'f', ages: [18, 120] },
  pensioner: { ages: [60, 120] },
  suspect: { ages: [0, 120] },
};

/** What an adjective before a person noun says of the age: "a teenage girl", "an elderly woman". */
const ADJECTIVE_AGES: Record<string, [number, number] | undefined> = {
  teenage: [13, 19],
  teenaged: [13, 19],
  elderly: [65, 120],
  'middle-aged': [40, 65],
};

/** Decades written as words ("in her eighties"). */
const DECADES: Record<string, number> = { teens: 10, twenties: 20, thirties: 30, forties: 40, fifties: 50, sixties: 60, seventies: 70, eighties: 80, nineties: 90 };

/** The ages every one of several ranges allows (undefined where none is given; an empty one where they clash). */
function narrowed(ranges: ([number, number] | undefined)[]): [number, number] | undefined {
  const given = ranges.filter((r): r is [number, number] => r !== undefined);
  if (!given.length) return undefined;
  return [Math.max(...given.map((r) => r[0])), Math.min(...given.map((r) => r[1]))];
}

/** Adjectives that pick one of several: "the older man", "the other driver", "a second teenager". */
const TELLS_APART = /^(?:\w+er|other|another|second|third|first|last|elder|eldest|oldest|youngest)$/;

/** The first person or group the words from `from` to `to` describe without a name. */
export function describedPerson(ctx: SentenceContext, from: number, to: number): Described | undefined {
  const { words } = ctx;
  // the noun for who, after adjectives that do not tell one of several apart: its lemma, whether it is
  // plural, the ages its adjectives and a decade after it allow, and the word after it
  const nounAt = (at: number): { head?: string; range?: [number, number]; plural: boolean; next: number } | undefined => {
    let j = at;
    // (past adjectives, and a place the person is from: "the Stanwick man", "a Louisiana man")
    const fromPlace = (k: number) => ctx.mentionAt[k] !== undefined && entityType(ctx, ctx.mentionAt[k]!) === 'place' && ctx.mentionAt[k + 1] === undefined && words[k + 1]?.pos === 'NOUN';
    while ((words[j]?.pos === 'ADJ' || fromPlace(j)) && j < at + 3) j++;
    if (words.slice(at, j).some((w) => TELLS_APART.test(w.lower))) return undefined;
    const noun = words[j];
    // (the tagger reads "a pair of suspects" as a verb: a word of the table after "of" is its noun)
    const nounlike = noun && (noun.pos === 'NOUN' || (noun.lemma in PERSON_NOUNS && words[j - 1]?.lower === 'of'));
    if (!noun || !nounlike || ctx.mentionAt[j]) return { plural: false, next: j };
    const head = isPersonNoun(noun.lemma) || noun.lemma in PERSON_NOUNS ? noun.lemma : undefined;
    // (a name after the noun names the person, "the driver, Tom Reed"; "the child who died" points at a
    // telling, it is none)
    if (head && (ctx.mentionAt[j + 1] || (words[j + 1]?.text === ',' && ctx.mentionAt[j + 2]) || /^(?:who|that)$/i.test(words[j + 1]?.text ?? ''))) return undefined;
    const range = narrowed(words.slice(at, j).map((w) => ADJECTIVE_AGES[w.lower]).concat([decadeAfter(j + 1)]));
    return { ...(head ? { head } : {}), ...(range ? { range } : {}), plural: noun.lower !== noun.lemma, next: j + 1 };
  };
  // "in his 50s", "in her early eighties"
  const decadeAfter = (at: number): [number, number] | undefined => {
    if (words[at]?.lower !== 'in' || !/^(?:his|her|their)$/.test(words[at + 1]?.lower ?? '')) return undefined;
    let k = at + 2;
    if (/^(?:early|mid|late)$/.test(words[k]?.lower ?? '')) k++;
    // ("50s" as one word or as "50" and "s")
    const word = words[k]?.lower ?? '';
    const decade = DECADES[word] ?? (/^\d0s$/.test(word) ? Number(word.slice(0, 2)) : /^\d0$/.test(word) && words[k + 1]?.lower === 's' ? Number(word) : undefined);
    return decade === undefined ? undefined : [decade, decade + 9];
  };
  // ", aged 41 and 29"
  const agesAfter = (at: number): number[] | undefined => {
    if (words[at]?.text !== ',' || words[at + 1]?.lower !== 'aged') return undefined;
    const ages = words.slice(at + 2, at + 8).filter((w) => /^\d{1,3}$/.test(w.text)).map((w) => Number(w.text));
    return ages.length ? ages : undefined;
  };
  for (let k = 0; k < words.length; k++) {
    const word = words[k]!;
    if (word.start < from || word.end > to || word.quote >= 0) continue;
    const lower = word.lower;
    // a group: "two men", "a pair of teenagers", "the pair", "the two", "the men"
    const count = word.pos === 'NUM' ? parseNumeral(ctx.lexicon, lower) : undefined;
    if (count !== undefined && count >= 2 && count <= 20 && Number.isInteger(count) && words[k - 1]?.lower !== 'the') {
      const noun = nounAt(k + 1);
      if (noun?.head && noun.plural) return { group: count, head: noun.head, ...withAges(agesAfter(noun.next)) };
      continue;
    }
    if (!/^(?:a|an|the)$/.test(lower)) continue;
    if (words[k + 1]?.lower === 'pair') {
      const noun = words[k + 2]?.lower === 'of' ? nounAt(k + 3) : undefined;
      if (noun?.head && noun.plural) return { group: 2, head: noun.head };
      if (lower === 'the' && words[k + 2]?.lower !== 'of') return { group: 2 };
      continue;
    }
    if (lower === 'the' && words[k + 1]?.lower === 'two') {
      const noun = nounAt(k + 2);
      return { group: 2, ...(noun?.head && noun.plural ? { head: noun.head } : {}) };
    }
    const old = yearOld(words, k + 1);
    const noun = nounAt(old ? old.next : k + 1);
    if (!noun) continue;
    if (noun.plural) {
      if (lower === 'the' && noun.head && !old) return { group: 0, head: noun.head, ...withAges(agesAfter(noun.next)) };
      continue;
    }
    // "A 24-year-old man and a 31-year-old man": two people described one by one are a pair (blind set BV)
    if ((old || noun.head) && words[noun.next]?.lower === 'and' && /^(?:a|an)$/.test(words[noun.next + 1]?.lower ?? '')) {
      const otherOld = yearOld(words, noun.next + 2);
      const other = nounAt(otherOld ? otherOld.next : noun.next + 2);
      if (other && !other.plural && (otherOld || other.head)) {
        const head = noun.head === other.head || !other.head ? noun.head : !noun.head ? other.head : undefined;
        return { group: 2, ...(head ? { head } : {}), ...withAges(old && otherOld ? [old.years, otherOld.years] : undefined) };
      }
    }
    if (old) return { years: old.years, ...(noun.head ? { head: noun.head } : {}) };
    if (noun.head) return { head: noun.head, ...(noun.range ? { range: noun.range } : {}) };
  }
  return undefined;
}

function withAges(ages: number[] | undefined): { ages?: number[] } {
  return ages ? { ages } : {};
}

/**
 * Two descriptions that can be the same people: one person by the same noun, or by nouns and ages of
 * one sex and age ("a 16-year-old boy" / "a teenager"); a group by the same size (or none told) and
 * ages ("two men, aged 41 and 29" / "a pair of suspects" / "the men").
 */
export function describedAlike(a: Described, b: Described): boolean {
  if ((a.group === undefined) !== (b.group === undefined)) return false;
  if (a.group !== undefined && b.group !== undefined) {
    if (a.group > 0 && b.group > 0 && a.group !== b.group) return false;
    if (a.ages && b.ages && [...a.ages].sort().join() !== [...b.ages].sort().join()) return false;
    return !a.head || !b.head || nounsAlike(a.head, b.head);
  }
  // (two ages are two people, or one told with a slip: that is the attributes kind's to tell)
  if (a.years !== undefined && b.years !== undefined && a.years !== b.years) return false;
  if (a.head && b.head && !nounsAlike(a.head, b.head)) return false;
  // (a noun that says what someone did, "a driver", is no age's: "the 41-year-old" may be another)
  if ((a.head && !b.head && !PERSON_NOUNS[a.head]) || (b.head && !a.head && !PERSON_NOUNS[b.head])) return false;
  // the ages each side allows, by its figure, its words and its noun, must meet
  const ages = (d: Described) => narrowed([d.years !== undefined ? [d.years, d.years] : undefined, d.range, d.head ? PERSON_NOUNS[d.head]?.ages : undefined]);
  const [ra, rb] = [ages(a), ages(b)];
  if (ra && rb && (ra[0] > rb[1] || rb[0] > ra[1] || ra[0] > ra[1] || rb[0] > rb[1])) return false;
  // (each side says who by a noun or an age)
  return (a.head !== undefined || a.years !== undefined) && (b.head !== undefined || b.years !== undefined);
}

function nounsAlike(a: string, b: string): boolean {
  if (a === b) return true;
  const [na, nb] = [PERSON_NOUNS[a], PERSON_NOUNS[b]];
  // a noun that says what someone did meets only itself
  if (!na || !nb) return false;
  if (na.sex && nb.sex && na.sex !== nb.sex) return false;
  return na.ages[0] <= nb.ages[1] && nb.ages[0] <= na.ages[1];
}
