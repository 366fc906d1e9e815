import { isMonthMay } from '../text/words.js';
import { type Word } from '../model/analysis.js';
import type { CompiledLexicon } from '../lexicon/compile.js';

const HARD_BOUNDARY = /^[;:—–]$|^--$/;

/**
 * The most words a clause reaches on either side of its trigger. A clause of news prose is rarely 30
 * words long; a "sentence" of thousands (a pasted table or results list with no full stops) is not a
 * clause, and reading each trigger's whole sentence made such copy cost the cube of its length.
 */
export const CLAUSE_REACH = 40;

/** Word range of the clause around `at`: bounded by semicolons, dashes, quotation edges, ", and …", a trailing ", according to …", and CLAUSE_REACH. */
export function clauseAround(lexicon: CompiledLexicon, words: Word[], at: number): [number, number] {
  const quote = words[at]!.quote;
  let from = at;
  while (from > 0 && from > at - CLAUSE_REACH) {
    const previous = words[from - 1]!;
    if (HARD_BOUNDARY.test(previous.text) || previous.quote !== quote) break;
    if (lexicon.clauseConjunctions.has(previous.lower) && words[from - 2]?.text === ',') {
      from -= 2;
      break;
    }
    from--;
  }
  let to = at + 1;
  while (to < words.length && to <= at + CLAUSE_REACH) {
    const next = words[to]!;
    if (HARD_BOUNDARY.test(next.text) || next.quote !== quote) break;
    if (next.text === ',' && lexicon.clauseConjunctions.has(words[to + 1]?.lower ?? '')) break;
    // (", according to a complaint unsealed Thursday in Newark." at the end tells who says so, and where
    // and when they did: none of it is the event's; set mid-sentence between commas, ", according to
    // police, in Newark", the clause goes on past it)
    if (next.text === ',' && words[to + 1]?.lower === 'according' && words[to + 2]?.lower === 'to' && trailing(words, to + 3)) break;
    to++;
  }
  return [Math.max(0, from), to];
}

/** Whether the words from `k` run to the sentence's end with no comma or boundary: a trailing aside. */
function trailing(words: Word[], k: number): boolean {
  for (; k < words.length; k++) if (words[k]!.text === ',' || HARD_BOUNDARY.test(words[k]!.text)) return false;
  return true;
}

/** Whether the verb or noun at `at` is negated: "did not approve", "never installed", "refused to pay", "no arrests". */
export function isNegated(lexicon: CompiledLexicon, words: Word[], at: number, from: number): boolean {
  for (let k = at - 1; k >= from; k--) {
    const word = words[k]!;
    if (lexicon.denials.has(word.lower) || word.lower === "n't" || word.lower === 'not') {
      if (lexicon.negatingVerbs.has(word.lemma) && words[k + 1]?.lower !== 'to') return false;
      return true;
    }
    if (lexicon.negatingVerbs.has(word.lemma) && words[k + 1]?.lower === 'to') return true;
    // ("has no intention of resigning": the intention denied, past its "of")
    if (/^(?:of|to)$/.test(word.lower) && k > from && noIntent(words, k - 1)) return true;
    if (lexicon.beforeVerb.has(word.lower) || word.pos === 'ADV' || word.pos === 'AUX' || word.pos === 'PART') continue;
    // "no immediate arrests": adjectives and determiners of the noun
    if (word.pos === 'ADJ' || word.pos === 'NUM') continue;
    // "had no plans to close any of its plants", "has no intention of resigning": the deed denied
    if (noIntent(words, k)) return true;
    break;
  }
  // "no one was arrested", "nobody was killed"
  for (let k = from; k < at; k++) {
    const word = words[k]!;
    if (word.lower === 'nobody' || word.lower === 'none' || (word.lower === 'no' && words[k + 1]?.lower === 'one')) return true;
    if (word.lower === 'no' && deniedSubject(lexicon, words, k, at, from)) return true;
  }
  return false;
}

/** "no plans to", "no intention of": at `k`, an intention denied, so the deed after it is too. */
function noIntent(words: Word[], k: number): boolean {
  const word = words[k]!;
  if (word.pos !== 'NOUN' || !/^(?:plan|intention)$/.test(word.lemma) || !/^(?:to|of)$/.test(words[k + 1]?.lower ?? '')) return false;
  // ("no plans to", "does not have any plans to")
  const before = words[k - 1]?.lower;
  return before === 'no' || (before === 'any' && [words[k - 2], words[k - 3]].some((w) => /^(?:not|n't)$/.test(w?.lower ?? '')));
}

/** After "no", a figure's bound ("no more than 12 people"), not a denial. */
const NO_BOUND = new Set(['more', 'less', 'fewer', 'later', 'sooner', 'earlier', 'longer', 'doubt']);

/**
 * "no" opening the subject of the verb at `at`: "no worker at the plant would be laid off", "the
 * council said no library would close". Only a verb's subject, at the clause's start or after "that"
 * or a verb of speech: not "Police gave no details of the arrest", "There were no injuries when the
 * bus crashed" or "with no warning, police arrested him", nor "no more than 12 people".
 */
function deniedSubject(lexicon: CompiledLexicon, words: Word[], k: number, at: number, from: number): boolean {
  const next = words[k + 1];
  if (!next || (next.pos !== 'NOUN' && next.pos !== 'ADJ' && next.pos !== 'PROPN') || NO_BOUND.has(next.lower)) return false;
  const before = words[k - 1];
  if (k !== from && before?.lower !== 'that' && !(before && lexicon.speechVerbs.has(before.lemma))) return false;
  if (words[at]!.pos !== 'VERB' && words[at]!.pos !== 'AUX') return false;
  for (let j = k + 1; j < at; j++) if (words[j]!.pos === 'VERB' || /^[,;:]$/.test(words[j]!.text)) return false;
  return true;
}

/** Hedges standing in the clause before the trigger or right after it ("is alleged to", "the alleged theft"). */
export function hedgesAround(lexicon: CompiledLexicon, words: Word[], at: number, from: number, to: number): string[] {
  const found: string[] = [];
  for (let k = from; k < Math.min(to, at + 2); k++) {
    if (isMonthMay(lexicon, words, k)) continue;
    for (const hedge of lexicon.hedges) {
      if (hedge.every((w, j) => words[k + j]?.lower === w)) found.push(hedge.join(' '));
    }
  }
  return [...new Set(found)];
}

/** False when the trigger stands in a subordinate clause ("after she was arrested") or a question. */
export function isAsserted(lexicon: CompiledLexicon, words: Word[], at: number, from: number, aside = asideWords(lexicon, words, from, at)): boolean {
  if (occasionOfSaying(words, at, from)) return false;
  // (a "since" inside an aside on the subject, "the director, in the post since 2016, is stepping
  // down", subordinates nothing the verb says; a caller that has the asides passes them)
  for (let k = from; k < at; k++) if (lexicon.subordinators.has(words[k]!.lower) && !aside.has(k) && !(lexicon.timePrepositions.has(words[k]!.lower) && prepositional(words, k, at)) && !openingClause(lexicon, words, from, k, at)) return false;
  return isTold(lexicon, words, at, from);
}

/**
 * "In sentencing, Judge Forde said …", "When sentencing Kemmis, the judge noted …": a gerund opening its
 * clause after "in", "when", "while" or "on" is the occasion of what the main clause says, not a telling of
 * the event (blind set BR: the sentence told in paragraph 2 is not told again).
 */
function occasionOfSaying(words: Word[], at: number, from: number): boolean {
  const before = words[at - 1];
  if (!before || !/^(?:in|when|while|on|upon)$/.test(before.lower) || !/[a-z]ing$/.test(words[at]!.lower)) return false;
  return at - 1 === from || words[at - 2]?.pos === 'PUNCT';
}

/**
 * A mention in a time clause ("since it opened in 1984", "when she set up the firm in 2018") is not
 * the claim its sentence makes, but the sentence takes it as true: not so a condition ("if"), an
 * intention or a question.
 */
export function isPresupposed(lexicon: CompiledLexicon, words: Word[], at: number, from: number): boolean {
  // "Founded in 2017, the company …": an opening participle sets the scene as true
  if (openingParticiple(words, at)) return true;
  let subordinate = false;
  for (let k = from; k < at; k++) {
    if (lexicon.conditionals.has(words[k]!.lower)) return false;
    if (lexicon.subordinators.has(words[k]!.lower)) subordinate = true;
  }
  return subordinate && isTold(lexicon, words, at, from);
}

/**
 * "In the hours after the ship hit the sandbank, two helicopters winched nine seafarers off": a time
 * clause that opens the sentence and ends at its comma sets the scene for the main clause, which says
 * what happened (the verb after that comma is no longer under "after").
 */
function openingClause(lexicon: CompiledLexicon, words: Word[], from: number, at: number, verb: number): boolean {
  if (!lexicon.timePrepositions.has(words[at]!.lower)) return false;
  for (let k = from; k < at; k++) if (words[k]!.pos === 'VERB' || words[k]!.pos === 'AUX' || words[k]!.text === ',') return false;
  for (let k = at + 1; k < verb; k++) {
    if (words[k]!.text !== ',') continue;
    // (the main clause's subject stands after the comma, before the verb: not a list's next item)
    return k + 1 < verb && !lexicon.subordinators.has(words[k + 1]!.lower);
  }
  return false;
}

/**
 * "Before dawn on Tuesday, the wagons left the rails": a subordinator that can be a preposition
 * ("before", "after", "since"), heading a phrase with no verb before its comma, is one, and
 * subordinates nothing ("when" never is).
 */
function prepositional(words: Word[], at: number, verb: number): boolean {
  for (let k = at + 1; k < verb; k++) {
    const word = words[k]!;
    if (word.text === ',') return k > at + 1;
    if (word.pos === 'VERB' || word.pos === 'AUX') return false;
  }
  return false;
}

/**
 * The words of the asides between commas before a verb: a relative clause on someone (", who entered
 * Parliament in 2002,") or a phrase with no verb (", in the post since 2016,"). What they say is not
 * what the verb says: neither its time nor a subordinator.
 */
export function asideWords(lexicon: CompiledLexicon, words: Word[], from: number, at: number): Set<number> {
  const out = new Set<number>();
  for (let k = from; k < at; k++) {
    if (words[k]!.text !== ',') continue;
    let close = k + 1;
    while (close < at && words[close]!.text !== ',') close++;
    if (close >= at) break;
    const inside = words.slice(k + 1, close);
    const opener = inside[0]?.lower ?? '';
    const verb = inside.some((w) => w.pos === 'VERB' || w.pos === 'AUX');
    // (a relative clause holds its own verb: ", when her predecessor," is not one, the clause goes on)
    const relative = lexicon.relativePronouns.has(opener) && verb;
    const phrase = !verb && !lexicon.relativePronouns.has(opener) && !lexicon.subordinators.has(opener);
    if (inside.length > 0 && (relative || phrase)) for (let j = k; j <= close; j++) out.add(j);
    k = close - 1;
  }
  return out;
}

/** Where a sentence's first word stands, past opening quotation marks and punctuation. */
export function firstWordIndex(words: Word[]): number {
  return words.findIndex((w) => /[\p{L}\p{N}]/u.test(w.text));
}

/** The sentence opens with this participle, its phrase closed by a comma ("Sentencing him, …", "Founded in 2017, …"). */
export function openingParticiple(words: Word[], at: number, reach = 5): boolean {
  return at === firstWordIndex(words) && /(ing|ed|en)$/.test(words[at]!.lower) && words.slice(at + 1, at + 1 + reach).some((w) => w.text === ',');
}

/** Not an intention, a scene-setting participle or a question. */
function isTold(lexicon: CompiledLexicon, words: Word[], at: number, from: number): boolean {
  // "he planned to wait … so he could kill them all", "threatened to resign": an intention, not the
  // event, however far the clause runs on before it (a semicolon or colon ends the intention)
  // ("no plans to close" denies the deed, and is told: isNegated)
  for (let k = at - 1; k > from && !/^[;:]$/.test(words[k]!.text); k--) if (words[k]!.lower === 'to' && lexicon.intentVerbs.has(words[k - 1]!.lemma) && !noIntent(words, k - 1)) return false;
  // "Sentencing him, Judge Oduya said …": a participle opening the sentence sets the scene of the
  // main clause; the sentencing is told where it is the claim
  if (openingParticiple(words, at) && /ing$/.test(words[at]!.lower)) return false;
  const last = words[words.length - 1];
  if (last?.text === '?' || (lastQuestionMark(words).get(words[at]!.quote) ?? -1) > at) return false;
  return true;
}

const questionMarks = new WeakMap<Word[], Map<number, number>>();

/** The last "?" of each quotation (and of the narration) in a sentence: looked up per trigger, found once. */
function lastQuestionMark(words: Word[]): Map<number, number> {
  let last = questionMarks.get(words);
  if (!last) {
    last = new Map();
    words.forEach((w, k) => w.text === '?' && last!.set(w.quote, k));
    questionMarks.set(words, last);
  }
  return last;
}

/** Passive voice: a past participle after a form of "be" or "get" ("was recently arrested"). */
export function isPassive(lexicon: CompiledLexicon, words: Word[], at: number): boolean {
  const verb = words[at]!;
  if (!/(ed|en|wn|t)$/.test(verb.lower) && verb.lower === verb.lemma) return false;
  // "is stepping down", "are cutting": a present participle after "be" is progressive, not passive
  if (/ing$/.test(verb.lower) && verb.lemma !== verb.lower) return false;
  for (let k = at - 1; k >= Math.max(0, at - 4); k--) {
    const word = words[k]!;
    if (lexicon.passiveAuxiliaries.has(word.lemma) || lexicon.passiveAuxiliaries.has(word.lower)) return true;
    if (word.pos !== 'ADV' && word.pos !== 'PART' && word.lower !== 'not' && word.lower !== "n't") return false;
  }
  // "Meng Wanzhou, arrested in Canada, …" — a participle right after a name's comma
  return false;
}
