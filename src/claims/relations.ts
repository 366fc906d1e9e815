import type { Claim, Mention } from '../model/document.js';
import { clauseAround, isNegated } from './clause.js';
import { entityType, mentionRange } from './context.js';
import { isHonorific } from './names.js';
import { type SentenceContext } from '../model/analysis.js';

/** "older" or "younger", as a relation claim tells it ("Gary Castell, the mayor's younger brother"), if it does. */
export function seniorityOf(claim: Claim): string | undefined {
  return claim.modifiers.find((m) => m.startsWith('seniority:'))?.slice('seniority:'.length);
}

/**
 * Kinship stated between two people: "Meng Wanzhou, who is Zhengfei's daughter", "Meng is also Ren's
 * daughter", "Ren's daughter, Meng", "his daughter Meng", "Meng, the daughter of Ren".
 */
export function findRelations(ctx: SentenceContext, claimId: () => string): Claim[] {
  const out: Claim[] = [];
  const { words } = ctx;
  for (let k = 0; k < words.length; k++) {
    const word = words[k]!;
    const told = ctx.lexicon.kinship.has(word.lemma) ? word.lemma : ctx.lexicon.kinship.has(word.lower) ? word.lower : undefined;
    if (!told || word.pos === 'PROPN') continue;
    const p = ownerEnd(ctx, k);
    for (const of of parentsOf(ctx, p)) {
      const claim = relationAt(ctx, k, p, told, of, claimId);
      if (claim) out.push(claim);
    }
  }
  return out;
}

/**
 * The couple "their" (at `p`, before a kinship word) means: "He is survived by Jean, by their son Mark and their
 * daughter, Ruth" tells Mark and Ruth as the children of both the two people the sentence named before
 * its first "their" (none where it named more, or fewer).
 */
function parentsOf(ctx: SentenceContext, p: number): (Mention | undefined)[] {
  if (ctx.words[p]?.lower !== 'their' || ctx.mentionAt[p]) return [undefined];
  const people = new Map<string, Mention>();
  // (before the first "their": "… by their son Mark and their daughter, Ruth" names the son as no parent)
  const first = ctx.words.findIndex((w) => w.lower === 'their');
  for (let j = 0; j < first; j++) {
    const m = ctx.mentionAt[j];
    if (m && !m.possessive && entityType(ctx, m) === 'person') people.set(m.entity, m);
  }
  return people.size === 2 ? [...people.values()] : [undefined];
}

/** Where the owner of the kinship word at `k` ends: "Cllr Pell's older sister", "her late husband" (past the words that qualify the tie). */
function ownerEnd(ctx: SentenceContext, k: number): number {
  let p = k - 1;
  while (p > 0 && ctx.lexicon.kinshipQualifiers.has(ctx.words[p]!.lower) && !ctx.mentionAt[p]) p--;
  return p;
}

/** The kinship the word at `k` states (its owner ending at `p`), if it names both people; `couple` is one of the pair "their" means, if it does. */
function relationAt(ctx: SentenceContext, k: number, p: number, told: string, couple: Mention | undefined, claimId: () => string): Claim | undefined {
  const { words } = ctx;
  const word = words[k]!;
  // ("dad" is "father": one relation, so "her father, Martin" … "Martin Rushworth, the swimmer's dad" is one tie)
  const relation = ctx.lexicon.kinship.get(told)!.same ?? told;
  // "younger brother", "elder sister": which of the two is older, a fact the story may tell twice
  // ("big brother", "kid sister": the lexicon's olderWords and youngerWords)
  const seniority = words.slice(p + 1, k).map((w) => (ctx.lexicon.olderWords.has(w.lower) ? 'older' : ctx.lexicon.youngerWords.has(w.lower) ? 'younger' : undefined)).find((x) => x !== undefined);
  // (one of the couple "their" means: the relative is named after the word)
  const { of, ofFirst } = couple ? { of: couple, ofFirst: k } : ownerOf(ctx, k, p);
  if (!of || entityType(ctx, of) === 'place') return undefined;
  // who the relative is: an apposition after ("Ren's daughter, Meng") or a name before ("Meng, who is …")
  let who: Mention | undefined;
  let next = words[k + 1]?.text === ',' ? k + 2 : k + 1;
  // (past "the" and an honorific the name does not hold: "Her father, the Revd Samuel Adeyinka")
  if (words[next]?.lower === 'the' && isHonorific(ctx.lexicon, words[next + 1]) && !ctx.mentionAt[next + 1]) next += 2;
  // (and past "the" and the nouns that say what the relative does: "her brother, the poet Anders
  // Lindqvist", "his son, the surgeon Tom Vale")
  else if (words[next]?.lower === 'the') {
    let j = next + 1;
    while (j < next + 4 && !ctx.mentionAt[j] && (words[j]?.pos === 'NOUN' || words[j]?.pos === 'ADJ') && /^\p{Ll}/u.test(words[j]!.text)) j++;
    if (j > next + 1 && ctx.mentionAt[j] && entityType(ctx, ctx.mentionAt[j]) === 'person') next = j;
  }
  if (words[k + 1]?.lower === 'of') next = mentionRange(ctx, of)[1] + 1;
  const after = ctx.mentionAt[next];
  if (after && !after.possessive && after.entity !== of.entity && words[k + 1]?.lower !== 'of') who = after;
  if (!who && !couple) {
    let j = (words[k + 1]?.lower === 'of' ? k : ofFirst) - 1;
    // (past the owner's honorific: "Cllr Rudd, Cllr Pell's older sister")
    while (j >= 0 && (ctx.lexicon.kinshipLinks.has(words[j]!.lower) || isHonorific(ctx.lexicon, words[j])) && !ctx.mentionAt[j]) j--;
    const candidate = j >= 0 ? ctx.mentionAt[j] : undefined;
    if (candidate && !candidate.possessive && candidate.entity !== of.entity) who = candidate;
  }
  if (!who || entityType(ctx, who) === 'place' || entityType(ctx, who) === 'org') return undefined;
  const [from] = clauseAround(ctx.lexicon, words, k);
  const quote = words[k]!.quote;
  const claim: Claim = {
    id: claimId(),
    kind: 'relation',
    sentence: ctx.sentence.index,
    frame: 'kinship',
    subjects: [who.entity, of.entity],
    objects: [],
    modifiers: seniority ? [`seniority:${seniority}`] : [],
    values: { relation: { kind: 'text', key: relation, text: word.text, start: word.start, end: word.end } },
    negated: isNegated(ctx.lexicon, words, k, Math.max(from, k - 4)),
    hedges: [],
    asserted: true,
    quote,
    trigger: { start: word.start, end: word.end },
    start: Math.min(who.start, of.start, word.start),
    end: Math.max(who.end, of.end, word.end),
  };
  const attribution = quote >= 0 ? ctx.speakers.get(quote) : ctx.attribution;
  if (attribution) claim.attribution = attribution;
  return claim;
}

/** Whose relative the kinship word at `k` tells, its owner's words ending at `p`: "Y's REL", "his REL", "REL of Y". */
function ownerOf(ctx: SentenceContext, k: number, p: number): { of: Mention | undefined; ofFirst: number } {
  const { words } = ctx;
  if (words[p]?.lower === "'s") {
    const of = ctx.mentionAt[p - 1];
    return { of, ofFirst: of ? mentionRange(ctx, of)[0] : k };
  }
  if (ctx.mentionAt[p]?.possessive) return { of: ctx.mentionAt[p], ofFirst: p };
  // "Ellen Marsh, whose mother, Judith, coxed": the one named before ", whose"
  if (words[p]?.lower === 'whose' && words[p - 1]?.text === ',' && ctx.mentionAt[p - 2] && !ctx.mentionAt[p - 2]!.possessive) return { of: ctx.mentionAt[p - 2], ofFirst: k };
  if (words[k + 1]?.lower === 'of') {
    // "the daughter of the company's founder, Joost van Dalen": the first person named after "of"
    for (let j = k + 2; j < Math.min(words.length, k + 10); j++) {
      const candidate = ctx.mentionAt[j];
      if (candidate && !candidate.possessive && entityType(ctx, candidate) !== 'org' && entityType(ctx, candidate) !== 'place') return { of: candidate, ofFirst: k };
      if (/^[.;:]$/.test(words[j]!.text) || ctx.lexicon.speechVerbs.has(words[j]!.lemma)) break;
    }
  }
  return { of: undefined, ofFirst: k };
}
