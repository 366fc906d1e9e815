import type { Analysis } from '../model/analysis.js';
import type { Claim, Sentence } from '../model/document.js';
import { BODY_KINDS } from '../model/document.js';

/** Where a sentence stands, in the words an editor uses: "paragraph 5", "the headline". */
export function placeOf(sentence: Sentence): string {
  switch (sentence.kind) {
    case 'title':
      return 'the headline';
    case 'standfirst':
      return 'the standfirst';
    case 'heading':
      return 'a subheading';
    case 'caption':
      return 'a caption';
    case 'related':
      return 'a related link';
    case 'dateline':
      return 'the dateline';
    case 'byline':
      return 'the byline';
    case 'credit':
      return 'a credit';
    case 'kicker':
      return 'the kicker';
    case 'pull-quote':
      return 'a pull quote';
    case 'note':
      return 'an editor\'s note';
    case 'box':
      return 'the fact box';
    default:
      return `paragraph ${sentence.paragraph}`;
  }
}

/** "paragraphs 5 and 10", "paragraph 5" (twice in one), "the headline and paragraph 3". */
export function placesOf(first: Sentence, second: Sentence): string {
  const a = placeOf(first);
  const b = placeOf(second);
  if (a === b) return a;
  if (BODY_KINDS.has(first.kind) && BODY_KINDS.has(second.kind)) return `paragraphs ${first.paragraph} and ${second.paragraph}`;
  return `${a} and ${b}`;
}

/** The paragraph of the story's lede: its first body paragraph. */
export function ledeParagraph(analysis: Analysis): number | undefined {
  return analysis.sentences.find((s) => s.kind === 'paragraph')?.paragraph;
}

export function nameOf(analysis: Analysis, entityId: string): string {
  return analysis.entityById.get(entityId)?.name ?? entityId;
}

export function names(analysis: Analysis, ids: string[]): string {
  const list = ids.map((id) => nameOf(analysis, id));
  if (list.length <= 1) return list[0] ?? '';
  return `${list.slice(0, -1).join(', ')} and ${list[list.length - 1]}`;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * What an event claim says, for messages: "arrest of Meng Wanzhou in Canada", or for a named event
 * its own words with its owner: "Ren Zhengfei's first U.S. TV interview".
 */
export function describeEvent(analysis: Analysis, claim: Claim, frameLabel: string): string {
  const who = names(analysis, claim.phrase ? claim.subjects.slice(0, 1) : claim.subjects);
  if (claim.phrase) {
    const phrase = analysis.doc.source.slice(claim.phrase.start, claim.phrase.end).replace(/\s+/g, ' ');
    // "her first interview" told as Amira Farouk's: the possessive is the name given
    return who ? `${who}'s ${phrase.replace(/^(?:his|her|their|its|my|our|your)\s+/i, '')}` : capitalise(phrase);
  }
  const place = claim.values.place ? ` in ${claim.values.place.text}` : '';
  const time = claim.values.time ? ` (${claim.values.time.text})` : '';
  return `${capitalise(frameLabel)}${who ? ` of ${who}` : ''}${place}${time}`;
}

export { capitalise };

/** The whole sentence as a location. */
export function sentenceSpan(sentence: Sentence, role?: string): { start: number; end: number; role?: string } {
  return role ? { start: sentence.start, end: sentence.end, role } : { start: sentence.start, end: sentence.end };
}
