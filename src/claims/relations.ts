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
    // ("dad" is "father": one relation, so "her father, Martin" … "Martin Rushworth, the swimmer's dad" is one tie)
    const relation = ctx.lexicon.kinship.get(told)!.same ?? told;
    // whose relative: "Y's REL", "his REL", "REL of Y"
    let of: Mention | undefined;
    let ofFirst = k;
    // "Cllr Pell's older sister", "her late husband": the owner stands before the words that qualify the tie
    let p = k - 1;
    while (p > 0 && ctx.lexicon.kinshipQualifiers.has(words[p]!.lower) && !ctx.mentionAt[p]) p--;
    // "younger brother", "elder sister": which of the two is older, a fact the story may tell twice
    // ("big brother", "kid sister": the lexicon's olderWords and youngerWords)
    const seniority = words.slice(p + 1, k).map((w) => (ctx.lexicon.olderWords.has(w.lower) ? 'older' : ctx.lexicon.youngerWords.has(w.lower) ? 'younger' : undefined)).find((x) => x !== undefined);
    const before = words[p];
    if (before?.lower === "'s") {
      of = ctx.mentionAt[p - 1];
      if (of) ofFirst = mentionRange(ctx, of)[0];
    } else if (ctx.mentionAt[p]?.possessive) {
      of = ctx.mentionAt[p];
      ofFirst = p;
    } else if (words[k + 1]?.lower === 'of') {
      // "the daughter of the company's founder, Joost van Dalen": the first person named after "of"
      for (let j = k + 2; j < Math.min(words.length, k + 10); j++) {
        const candidate = ctx.mentionAt[j];
        if (candidate && !candidate.possessive && entityType(ctx, candidate) !== 'org' && entityType(ctx, candidate) !== 'place') {
          of = candidate;
          break;
        }
        if (/^[.;:]$/.test(words[j]!.text) || ctx.lexicon.speechVerbs.has(words[j]!.lemma)) break;
      }
    }
    if (!of || entityType(ctx, of) === 'place') continue;
    // who the relative is: an apposition after ("Ren's daughter, Meng") or a name before ("Meng, who is …")
    let who: Mention | undefined;
    let next = words[k + 1]?.text === ',' ? k + 2 : k + 1;
    if (words[k + 1]?.lower === 'of') next = mentionRange(ctx, of)[1] + 1;
    const after = ctx.mentionAt[next];
    if (after && !after.possessive && after.entity !== of.entity && words[k + 1]?.lower !== 'of') who = after;
    if (!who) {
      let j = (words[k + 1]?.lower === 'of' ? k : ofFirst) - 1;
      // (past the owner's honorific: "Cllr Rudd, Cllr Pell's older sister")
      while (j >= 0 && (ctx.lexicon.kinshipLinks.has(words[j]!.lower) || isHonorific(ctx.lexicon, words[j])) && !ctx.mentionAt[j]) j--;
      const candidate = j >= 0 ? ctx.mentionAt[j] : undefined;
      if (candidate && !candidate.possessive && candidate.entity !== of.entity) who = candidate;
    }
    if (!who || entityType(ctx, who) === 'place' || entityType(ctx, who) === 'org') continue;
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
    out.push(claim);
  }
  return out;
}
