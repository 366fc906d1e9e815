import type { Entity, Mention, Quote, Sentence, Token } from '../model/document.js';
import type { Attribution, Attributions, Word } from '../model/analysis.js';
import type { CompiledLexicon } from '../lexicon/compile.js';
import { matchTitle } from './names.js';


/**
 * Quotations get a speaker the way a reader finds one: a name or pronoun next to a speech verb in the
 * sentence that closes or opens the quotation ("…," Ren said; Ren said, "…"; said Ren), else the
 * speaker of a quotation continued from the previous paragraph.
 */
export function attribute(
  lexicon: CompiledLexicon,
  sentences: Sentence[],
  words: Word[][],
  tokens: Token[],
  quotes: Quote[],
  mentions: Mention[],
  entities: ReadonlyMap<string, Entity> = new Map(),
): Attributions {
  const places = [...entities.values()].filter((e) => e.type === 'place').map((e) => e.id);
  const byToken = new Map<number, Mention>();
  for (const mention of mentions) for (let t = mention.tokenStart; t < mention.tokenEnd; t++) if (!byToken.has(t)) byToken.set(t, mention);
  const bySentence = new Map<number, Attribution>();
  // a place does not speak: "treated in hospital in Corvella, the agency said"
  const placeIds = new Set(places);
  // nor does a capitalised word that only opens its sentence ("Residents said …" is the noun "residents")
  const commonWords = new Set(mentions.filter((m) => m.initial && !m.text.includes(' ') && m.form === 'single'));
  const speakerIn = (sentenceIndex: number): { speaker?: string; verb?: string; unnamed?: boolean } => {
    const list = words[sentenceIndex] ?? [];
    for (let k = 0; k < list.length; k++) {
      const word = list[k]!;
      if (word.quote >= 0 || !lexicon.speechVerbs.has(word.lemma) || (word.pos !== 'VERB' && word.pos !== 'AUX')) continue;
      // "a former guard accused of stealing": the one accused, not one who accuses
      if (word.lower === 'accused' && list[k + 1]?.lower === 'of') continue;
      // "after the Georgia plant adds a second shift": "add" with an object and no clause after it adds
      // a thing, it says nothing ("He added the plan would cost more" says something)
      if (word.lemma === 'add' && addsAThing(lexicon, list, k)) continue;
      // "Cascadia Logistics Inc. today reported net income of $48.3 million": a body reporting its own
      // figures, with an object and no clause, tells a result of its own, which the article may state as
      // fact ("reported the man was armed" says something; review)
      if (word.lemma === 'report' && reportsAThing(lexicon, list, k)) continue;
      // Name said / Name, a spokesman, said / police spokesman Tom Lane said: the subject right before
      // the verb, past adverbs and auxiliaries ("the Government has announced") and an apposition
      // between commas
      let j = k - 1;
      let passive = false;
      while (j >= 0 && (list[j]!.pos === 'ADV' || (list[j]!.pos === 'AUX' && !lexicon.negations.has(list[j]!.lower))) && list[j]!.quote < 0) {
        passive ||= list[j]!.lemma === 'be';
        j--;
      }
      // "The Corsa is believed to have crossed", "He was said to be": the subject of a passive verb of
      // saying is what is said of, not who says it (blind set BB); "is saying" is active
      if (passive && !/ing$/.test(word.lower)) continue;
      // the speaker stands after the verb only where it is inverted: after a quotation or a comma, or
      // opening the sentence ("…," said Ren; said the governor); "The project adds the Bertrand Wing"
      // has its subject before the verb and an object after it
      const inverted = j < 0 || list[j]!.text === ',' || list[j]!.quote >= 0 || /^[“"”'‘’:]$/.test(list[j]!.text);
      // "Postmaster Sanjay Mistry, who has run the shop with his wife, Anjali, for 22 years, said": past a
      // relative clause on the speaker, whatever commas it holds, to the name it follows
      const relative = list[j]?.text === ',' ? list.findLastIndex((w, i) => i < j && i > 0 && w.quote < 0 && lexicon.relativePronouns.has(w.lower) && w.lower !== 'that' && list[i - 1]!.text === ',') : -1;
      if (relative > 1 && byToken.get(list[relative - 2]!.first) && list.slice(relative, j).every((w) => w.quote < 0 && !/^[.;:!?]$/.test(w.text))) j = relative - 2;
      else if (list[j]?.text === ',') {
        // "His lawyer, Vera Holm, said" names the speaker inside the commas; "Ruiz, a spokeswoman, said"
        // and "Keith Dallimore, 56, the managing director of Dallimore Access Ltd, denies" before them
        const inside = byToken.get(list[j - 1]?.first ?? -1);
        let start = j - 1;
        while (start > 0 && inside && byToken.get(list[start - 1]!.first) === inside) start--;
        // "…, a consultant at the hospital in Liverpool, said": a name after a preposition is no apposition
        // (past an article: "Helen Marchetti, Director of the Ashcombe Gallery, said")
        let lead = start - 1;
        while (lead > 0 && lexicon.determiners.has(list[lead]!.lower)) lead--;
        const ofTitle = lexicon.titlePrepositions.has(list[lead]?.lower ?? '') || lexicon.prepositions.has(list[lead]?.lower ?? '');
        let open = j - 1;
        while (open >= 0 && list[open]!.text !== ',' && k - open <= 12) open--;
        if (inside && !inside.possessive && !placeIds.has(inside.entity) && !ofTitle) j = j - 1;
        else if (open >= 0 && list[open]!.text === ',') {
          j = open - 1;
          while (j >= 2 && /^\d{1,3}$/.test(list[j]!.text) && list[j - 1]!.text === ',') j -= 2;
        }
      }
      const subject = j >= 0 && list[j]!.quote < 0 ? byToken.get(list[j]!.first) : undefined;
      if (subject && !subject.possessive && !placeIds.has(subject.entity) && !commonWords.has(subject)) return { speaker: subject.entity, verb: word.lower };
      // "she told the Echo" where "she" is someone the story does not name: the speaker is known to be
      // no one we can name, and no other sentence's speaker stands in
      if (!subject && lexicon.subjectPronouns.has(list[j]?.lower ?? '')) return { unnamed: true };
      // said Name / asked Golodryga / said the regional governor, Pavel Dranko; but "told Wikinews",
      // "assured voters": the name after a verb that takes a listener is the listener
      for (let j = k + 1; j < Math.min(list.length, lexicon.addresseeVerbs.has(word.lemma) || !inverted ? k + 1 : k + 8); j++) {
        const w = list[j]!;
        if (w.quote >= 0 || /^[.;!?]$/.test(w.text)) break;
        const mention = byToken.get(w.first);
        // "Prosecutors said Pettibone used the money": a name with its own verb after it is the subject
        // of what was said, not the one who said it
        const after = mention ? list.find((x) => x.first >= mention.tokenEnd) : undefined;
        if (mention && after && (after.pos === 'VERB' || after.pos === 'AUX') && !lexicon.speechVerbs.has(after.lemma)) break;
        // "said MVTA Chief Executive Officer Renée Duarte", "said Rovers manager Steve Bryce": the
        // organisation, or a name before a title, names whom the person speaks for
        // (past a number that is part of the organisation's name: "said EPA Region 6 Administrator Lucia Ferrante")
        const afterName = mention ? list.findIndex((x) => x.first >= mention.tokenEnd) : -1;
        const titleAt = afterName >= 0 && /^\d+$/.test(list[afterName]!.text) ? afterName + 1 : afterName;
        const titled = mention !== undefined && matchTitle(lexicon, list, titleAt) !== undefined;
        let person: Mention | undefined;
        for (let t = mention?.tokenEnd ?? 0; mention && (titled || entities.get(mention.entity)?.type === 'org') && !person && t <= mention.tokenEnd + 4; t++) {
          const next = byToken.get(t);
          if (next && entities.get(next.entity)?.type === 'person') person = next;
        }
        if (person) return { speaker: person.entity, verb: word.lower };
        if (mention && !mention.possessive && !placeIds.has(mention.entity)) return { speaker: mention.entity, verb: word.lower };
        if (j > k + 3 && w.text !== ',' && w.pos !== 'NOUN' && w.pos !== 'ADJ' && w.pos !== 'DET' && w.pos !== 'PROPN') break;
      }
      const noun = sourceNoun(lexicon, list, k);
      if (noun) return { speaker: noun, verb: word.lower };
    }
    // according to X
    for (let k = 0; k + 2 < list.length; k++) {
      if (list[k]!.lower === 'according' && list[k + 1]!.lower === 'to' && list[k]!.quote < 0) {
        const mention = byToken.get(list[k + 2]!.first) ?? byToken.get(list[k + 3]?.first ?? -1);
        if (mention) return { speaker: mention.entity, verb: 'according to' };
        const noun = list.slice(k + 2, k + 5).find((w) => lexicon.sourceNouns.has(w.lower));
        if (noun) return { speaker: noun.lemma, verb: 'according to' };
        // "according to the museum", "according to the heirs' lawyer": the noun phrase's head
        const head = headNoun(list, k + 2);
        if (head) return { speaker: head, verb: 'according to' };
      }
    }
    return {};
  };

  const sentenceSpeaker = new Map<number, { speaker?: string; verb?: string; unnamed?: boolean }>();
  const speakerOfSentence = (index: number) => {
    let found = sentenceSpeaker.get(index);
    if (!found) {
      found = speakerIn(index);
      sentenceSpeaker.set(index, found);
    }
    return found;
  };

  // sentences that name a person outside quotation marks (a quotation there is theirs to speak)
  const namingPerson = new Set(
    mentions.filter((m) => tokens[m.tokenStart]?.quote === -1 && !m.possessive && entities.get(m.entity)?.type === 'person').map((m) => tokens[m.tokenStart]!.sentence),
  );
  let previous: Quote | undefined;
  for (const quote of quotes) {
    if (quote.tokenStart < 0 || isTitle(lexicon, quote.text)) continue;
    const first = tokens[quote.tokenStart]!.sentence;
    const last = tokens[quote.tokenEnd - 1]!.sentence;
    let found = speakerOfSentence(last);
    if (!found.speaker && !found.unnamed && first !== last) found = speakerOfSentence(first);
    if (found.unnamed) {
      previous = quote;
      continue;
    }
    // a quotation whose own sentence names a person outside the marks is theirs to speak, even when no
    // speech verb is found ("Dmitry Peskovsaid that Russia \"cannot agree …\"", a typo): another
    // sentence's speaker does not stand in
    if (!found.speaker && !namingPerson.has(first) && !namingPerson.has(last)) {
      // the sentences either side, in the same paragraph: a reader looks no further (a paragraph may be a
      // whole article whose breaks were lost, and its first speaker is no one's guide to its last quotation)
      const block = sentences[first]!.block;
      for (const sentence of [sentences[first - 1], sentences[last + 1]]) {
        if (!sentence || sentence.block !== block) continue;
        const other = speakerOfSentence(sentence.index);
        if (other.speaker) {
          found = other;
          break;
        }
      }
    }
    if (!found.speaker && previous?.speaker && continues(previous, quote, sentences, tokens)) found = { speaker: previous.speaker, verb: previous.verb ?? 'said' };
    if (found.speaker) {
      quote.speaker = found.speaker;
      if (found.verb) quote.verb = found.verb;
    }
    previous = quote;
  }

  for (const sentence of sentences) {
    const hasQuote = (words[sentence.index] ?? []).some((w) => w.quote >= 0);
    if (hasQuote) continue;
    const found = speakerOfSentence(sentence.index);
    if (found.speaker) bySentence.set(sentence.index, { speaker: found.speaker, verb: found.verb ?? 'said' });
  }
  return { bySentence };
}

/** A quotation that opens the paragraph after another quotation's paragraph continues the same voice. */
function continues(previous: Quote, quote: Quote, sentences: Sentence[], tokens: Token[]): boolean {
  const prevBlock = previous.block;
  const block = quote.block;
  if (block !== prevBlock + 1 && block !== prevBlock) return false;
  const firstSentence = sentences[tokens[quote.tokenStart]!.sentence]!;
  // it must open the paragraph itself (or follow straight on in the same one), not a later sentence of a new paragraph
  const opensParagraph = block === prevBlock || sentences[firstSentence.index - 1]?.block !== block;
  return opensParagraph && quote.start - firstSentence.start <= 1;
}

/** Days a speech verb is told on, written before it. */
const DAYS_TOLD = new Set(['today', 'yesterday', 'tonight', 'tomorrow']);

/** "police said", "the coast guard said", "a hospital spokeswoman told": a noun phrase as the source. */
function sourceNoun(lexicon: CompiledLexicon, list: Word[], verbAt: number): string | undefined {
  let j = verbAt - 1;
  // (past a day told before the verb, which is no source: "Tri-River Bancshares, Inc. …, today reported";
  // blind set BZ)
  while (j >= 0 && (list[j]!.pos === 'ADV' || DAYS_TOLD.has(list[j]!.lower) || lexicon.weekdays.includes(list[j]!.lower))) j--;
  const head = list[j];
  if (!head || head.quote >= 0) return undefined;
  if (lexicon.sourceNouns.has(head.lower)) return head.lower;
  // "It said", "They said": the source named before, as the sentence leaves it
  if (head.lower === 'it' || head.lower === 'they') return head.lower;
  if (head.pos !== 'NOUN' && !(head.pos === 'PROPN' && /^\p{Lu}/u.test(head.text))) return undefined;
  // the whole noun phrase names the source ("coast guard", "fire service")
  let k = j;
  while (k > 0 && list[k - 1]!.pos === 'NOUN') k--;
  return list.slice(k, j + 1).map((w) => w.lower).join(' ');
}

/** The head of the noun phrase starting at `from`: past determiners, adjectives and a possessive ("the heirs' lawyer" → lawyer). */
function headNoun(list: Word[], from: number): string | undefined {
  let head: string | undefined;
  for (let k = from; k < Math.min(list.length, from + 6); k++) {
    const word = list[k]!;
    if (word.quote >= 0) break;
    if (word.pos === 'NOUN') head = word.lemma;
    else if (head && !(word.text === "'" || word.lower === "'s")) break;
    else if (!head && !/^(DET|ADJ|PRON|NUM)$/.test(word.pos) && word.text !== "'" && word.lower !== "'s") break;
  }
  return head;
}

/** "CBS This Morning", “The Art of War”: a name in quotation marks, not words someone said. */
export function isTitle(lexicon: CompiledLexicon, text: string): boolean {
  const parts = text.trim().split(/\s+/);
  return parts.length <= 6 && !/[.,!?]$/.test(text.trim()) && parts.every((w) => /^[\p{Lu}\p{N}]/u.test(w) || lexicon.titleWords.has(w)) && /^\p{Lu}/u.test(parts[0]!);
}

/**
 * Whether words report what someone said: an active speech verb ("said", "told"; not "were told of
 * the closures"), a passive one that introduces the report ("it was reported that"), or "according
 * to", outside quotation marks.
 */
export function reportsSpeech(lexicon: CompiledLexicon, words: Word[]): boolean {
  const active = (k: number) => !lexicon.passiveAuxiliaries.has(words[k - 1]?.lower ?? '') && !lexicon.passiveAuxiliaries.has(words[k - 2]?.lower ?? '');
  // "it was reported that …": a passive speech verb that introduces what was said reports it too
  const introduces = (k: number) => words[k + 1]?.lower === 'that';
  // ("had alleged that …": a past participle after "had" is the verb, whatever the tagger made of it)
  const perfect = (w: Word, k: number) => /^(?:had|has|have)$/.test(words[k - 1]?.lower ?? '') && /ed$/.test(w.lower) && lexicon.speechVerbForms.has(w.lower);
  return words.some((w, k) => w.quote < 0 && ((((lexicon.speechVerbs.has(w.lemma) && (w.pos === 'VERB' || w.pos === 'AUX')) || perfect(w, k)) && (active(k) || introduces(k))) || (w.lower === 'according' && words[k + 1]?.lower === 'to')));
}

/** "reported net income of $48.3 million": an object follows, and no verb in the words right after it. */
function reportsAThing(lexicon: CompiledLexicon, list: Word[], k: number): boolean {
  const next = list[k + 1];
  if (!next || next.lower === 'that' || !(lexicon.determiners.has(next.lower) || /^(?:NUM|NOUN|ADJ)$/.test(next.pos))) return false;
  return !list.slice(k + 1, k + 6).some((w) => w.pos === 'VERB' || w.pos === 'AUX' || w.lower === 'that' || /^[.;:!?]$/.test(w.text));
}

/**
 * "adds a second shift", "added 300 jobs": an object follows, and no verb before the sentence ends
 * ("added the council, which …, would …" and "added that …" say something).
 */
function addsAThing(lexicon: CompiledLexicon, list: Word[], k: number): boolean {
  const next = list[k + 1];
  if (!next || next.lower === 'that' || !(lexicon.determiners.has(next.lower) || next.pos === 'NUM' || next.pos === 'NOUN')) return false;
  for (let j = k + 1; j < list.length && !/^[.;:!?]$/.test(list[j]!.text); j++) if (list[j]!.pos === 'VERB' || list[j]!.pos === 'AUX') return false;
  return true;
}
