import type { Claim, Document, Mention } from '../model/document.js';
import type { Analysis, SentenceContext, SentenceTerms } from '../model/analysis.js';
import { segment } from '../text/segment.js';
import { sentenceWords } from '../text/words.js';
import { attribute } from './attribution.js';
import { buildMentionIndex } from './context.js';
import { resolveEntities } from './entities.js';
import { findEvents } from './frames.js';
import { markWeekdays, storyDate } from './calendar.js';
import { DescriptionIndex } from './descriptions.js';
import type { CompiledLexicon } from '../lexicon/compile.js';
import { findNames } from './names.js';
import { findDates, findNumbers } from './numbers.js';
import { findRelations } from './relations.js';
import { findRoles } from './roles.js';
import { sentenceTerms } from './terms.js';
import { append } from '../base/arrays.js';

/** Blocks set in headline style, where capitals say nothing about names. */
const HEADLINE_KINDS = new Set(['title', 'heading', 'related', 'caption', 'kicker', 'byline', 'credit', 'dateline', 'box']);

/** Reads a document into claims: sentences, entities, quotations with speakers, events, relations, roles. */
export function analyse(doc: Document, lexicon: CompiledLexicon): Analysis {
  const { sentences, tokens, quotes } = segment(doc, lexicon);
  const words = sentences.map((sentence) => sentenceWords(sentence, tokens));
  const findAll = (known?: ReadonlySet<string>) =>
    sentences.map((sentence) => ({
      sentence,
      words: words[sentence.index]!,
      names: findNames(lexicon, words[sentence.index]!, HEADLINE_KINDS.has(sentence.kind), known),
    }));
  // Names seen inside sentences let the same word count as a name where it opens one ("Park agreed.").
  const known = new Set(findAll().flatMap(({ names }) => names.filter((n) => n.pieces.length > 1).flatMap((n) => n.pieces)));
  const named = findAll(known);
  const { entities, mentions, mentionOf } = resolveEntities(lexicon, named, tokens);
  const entityById = new Map(entities.map((entity) => [entity.id, entity]));
  const titleOwners = new Set<Mention>();
  for (const { names } of named) {
    for (const candidate of names) {
      if (candidate.titleOf) {
        const owner = mentionOf.get(candidate.titleOf);
        if (owner) titleOwners.add(owner);
      }
    }
  }
  const { bySentence } = attribute(lexicon, sentences, words, tokens, quotes, mentions, entityById);
  const speakers = new Map<number, string>();
  for (const quote of quotes) if (quote.speaker) speakers.set(quote.index, quote.speaker);

  const mentionsBySentence = new Map<number, Mention[]>();
  for (const mention of mentions) {
    const list = mentionsBySentence.get(mention.sentence) ?? [];
    list.push(mention);
    mentionsBySentence.set(mention.sentence, list);
  }
  let nextClaim = 0;
  const claimId = () => `c${++nextClaim}`;
  const claims: Claim[] = [];
  const terms: SentenceTerms[] = [];
  const contexts: SentenceContext[] = [];
  const descriptions = new DescriptionIndex();
  for (const sentence of sentences) {
    const sentenceWordsList = words[sentence.index]!;
    const numbers = findNumbers(lexicon, sentenceWordsList);
    const ctx: SentenceContext = {
      lexicon,
      sentence,
      words: sentenceWordsList,
      mentionAt: buildMentionIndex(sentenceWordsList, mentionsBySentence.get(sentence.index) ?? []),
      entities: entityById,
      numbers,
      dates: findDates(lexicon, sentenceWordsList, numbers),
      speakers,
      titleOwners,
    };
    const attribution = bySentence.get(sentence.index);
    if (attribution) ctx.attribution = attribution.speaker;
    ctx.mentionAt = descriptions.resolve(ctx);
    contexts.push(ctx);
    const found = [...findEvents(ctx, claimId), ...findRelations(ctx, claimId), ...findRoles(ctx, claimId)];
    append(claims, found);
    descriptions.learn(ctx, found);
    terms.push(sentenceTerms(ctx));
  }
  // (the story's date may be printed under its headline: read once every sentence is)
  const anchor = storyDate(doc, contexts);
  markWeekdays(contexts, anchor);
  const analysis: Analysis = { doc, sentences, tokens, words, quotes, entities, entityById, mentions, claims, terms, attribution: bySentence, contexts };
  if (anchor) analysis.anchor = anchor;
  return analysis;
}
