import type { SentenceContext } from '../model/analysis.js';
import { isPersonNoun } from '../lexicon/semantics.js';
import { yearOld } from './numbers.js';

/** A person an event is told of by description, not name: "a 16-year-old boy", "a teenager", "the 34-year-old". */
export interface Described {
  years?: number;
  /** The noun that says who, as its lemma. */
  head?: string;
}

/**
 * What the everyday nouns for a person say of sex and age, so that "a 16-year-old boy" and "a
 * teenager" can be one person and "a boy" and "a woman" cannot. Other person nouns ("driver",
 * "cyclist") say what someone did, and meet only the same noun.
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
};

/** Adjectives that pick one of several: "the older man", "the other driver", "a second teenager". */
const TELLS_APART = /^(?:\w+er|other|another|second|third|first|last|elder|eldest|oldest|youngest)$/;

/** The first person the words from `from` to `to` describe without a name: an article, perhaps an age, perhaps a noun for a person. */
export function describedPerson(ctx: SentenceContext, from: number, to: number): Described | undefined {
  const { words } = ctx;
  for (let k = 0; k < words.length; k++) {
    const word = words[k]!;
    if (word.start < from || word.end > to || word.quote >= 0 || !/^(?:a|an|the)$/i.test(word.text)) continue;
    const old = yearOld(words, k + 1);
    let j = old ? old.next : k + 1;
    while (words[j]?.pos === 'ADJ' && j < k + 4) j++;
    // ("the older man", "the other driver": one of two told apart)
    if (words.slice(old ? old.next : k + 1, j).some((w) => TELLS_APART.test(w.lower))) continue;
    const noun = words[j];
    const head = noun && noun.pos === 'NOUN' && !ctx.mentionAt[j] && (isPersonNoun(noun.lemma) || noun.lemma in PERSON_NOUNS) ? noun.lemma : undefined;
    // (one person: not "the men"; a name after the noun names the person, "the driver, Tom Reed"; and
    // "the child who died" points at a telling, it is none)
    if (noun && noun.pos === 'NOUN' && noun.lower !== noun.lemma) continue;
    if (head && (ctx.mentionAt[j + 1] || (words[j + 1]?.text === ',' && ctx.mentionAt[j + 2]) || /^(?:who|that)$/i.test(words[j + 1]?.text ?? ''))) continue;
    if (old && (!noun || head || noun.pos !== 'NOUN')) return { years: old.years, ...(head ? { head } : {}) };
    if (head) return { head };
  }
  return undefined;
}

/** Two descriptions that can be one person: the same noun, or nouns and ages of one sex and age ("a 16-year-old boy" / "a teenager"). */
export function describedAlike(a: Described, b: Described): boolean {
  // (two ages are two people, or one told with a slip: that is the attributes kind's to tell)
  if (a.years !== undefined && b.years !== undefined && a.years !== b.years) return false;
  if (a.head && b.head && a.head === b.head) return true;
  const [na, nb] = [a.head ? PERSON_NOUNS[a.head] : undefined, b.head ? PERSON_NOUNS[b.head] : undefined];
  // a noun that says what someone did meets only itself, with an age or without
  if ((a.head && !na) || (b.head && !nb)) return false;
  if (na && nb) {
    if (na.sex && nb.sex && na.sex !== nb.sex) return false;
    if (na.ages[1] < nb.ages[0] || nb.ages[1] < na.ages[0]) return false;
  }
  const within = (noun: typeof na, years: number | undefined) => !noun || years === undefined || (years >= noun.ages[0] && years <= noun.ages[1]);
  if (!within(na, b.years) || !within(nb, a.years)) return false;
  return (na !== undefined || a.years !== undefined) && (nb !== undefined || b.years !== undefined);
}
