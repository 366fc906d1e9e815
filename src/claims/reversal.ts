/**
 * One statement told of the same thing by two texts, denied by one of them: "The A635 was not closed
 * at any point" against "The A635 was closed in both directions"; "Water overtopped the demountable
 * defences at Kellford Quay" against "The demountable flood defences at Kellford Quay … were not
 * overtopped". The two sentences may say much else (so they are seldom paired as restatements): what
 * decides is a clause of each with the same verb, negated in one only, and the same thing it is told
 * of, by name or by the nouns around it.
 */
import type { Analysis } from '../model/analysis.js';
import type { Token } from '../model/document.js';
import type { CompiledLexicon } from '../lexicon/compile.js';
import { canon } from '../lexicon/compile.js';
import { pushTo } from '../base/arrays.js';

/** A verb of a clause, with whether it is denied and the content words of its clause. */
interface ClauseVerb {
  verb: Token;
  /** The particle after it, which makes another verb of it ("look into", "shut down"), or "". */
  particle: string;
  negation?: Token;
  sentence: number;
  /** Content words (lemmas) of the clause, the verb left out. */
  words: Set<string>;
  /** Names (proper nouns) before the verb in its clause: who or what it is told of. */
  subject: Set<string>;
}

export interface Reversal {
  /** The article's verb and negation (if it is the side denying), and the report's. */
  article: ClauseVerb;
  report: ClauseVerb;
}

/** Verbs that say too little to carry a statement of their own. */
const LIGHT = new Set(['be', 'have', 'do', 'say', 'tell', 'get', 'make', 'go', 'take', 'give', 'come', 'see', 'know', 'add', 'include']);

/** Words that deny a clause by its subject or object ("No ransom demand has been received", "found no evidence"). */
const SUBJECT_DENIAL = new Set(['no', 'none', 'nobody', 'nothing', 'neither']);

/** Days and months, which are proper nouns but say when, not who. */
const CALENDAR = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december)$/;

/** Particles that make another verb of the one before them. */
const PARTICLES = new Set(['into', 'up', 'out', 'off', 'down', 'over', 'away', 'back', 'through']);

/** Words around a verb that make its clause no plain statement: a condition, a question of whether, a hedge. */
const UNPLAIN = /^(?:if|unless|whether|may|might|could|would|should|expected|likely|believed|alleged|reportedly|suspected)$/;

/**
 * What two clauses must share of the smaller one's content words: half, with the same name before the
 * verb; else two words and three fifths.
 */
const SUBJECT_SHARE = 0.5;
const LEAST_SHARED = 2;
const LEAST_SHARE = 0.6;

/** The most verbs of a text compared: a text of more is a list or a transcript. */
const MAX_VERBS = 2000;

function clauseVerbs(lexicon: CompiledLexicon, analysis: Analysis, keep: (sentence: number) => boolean): ClauseVerb[] {
  const out: ClauseVerb[] = [];
  const key = (t: Token) => canon(lexicon, t.lemma);
  const hedges = new Set(lexicon.hedges.filter((h) => h.length === 1).map((h) => h[0]!));
  for (const sentence of analysis.sentences) {
    if (!keep(sentence.index)) continue;
    const tokens = analysis.tokens.slice(sentence.tokenStart, sentence.tokenEnd);
    // clauses: split at semicolons, colons, dashes and commas before a conjunction or a relative pronoun
    const clauses: Token[][] = [[]];
    for (let k = 0; k < tokens.length; k++) {
      const t = tokens[k]!;
      const next = tokens[k + 1]?.lower ?? '';
      if (t.text === ';' || t.text === ':' || t.text === '—' || (t.text === ',' && (lexicon.clauseConjunctions.has(next) || lexicon.relativePronouns.has(next)))) clauses.push([]);
      else clauses[clauses.length - 1]!.push(t);
    }
    for (const clause of clauses) {
      if (clause.some((t) => t.quote >= 0 || UNPLAIN.test(t.lower) || hedges.has(t.lower) || lexicon.conditionals.has(t.lower))) continue;
      const content = clause.filter((t) => t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'ADJ' || t.pos === 'VERB' || t.pos === 'NUM');
      for (const [k, verb] of clause.entries()) {
        if (verb.pos !== 'VERB' || LIGHT.has(verb.lemma) || lexicon.speechVerbs.has(verb.lemma)) continue;
        // a negation up to three words before the verb, past auxiliaries and adverbs ("was not closed",
        // "has not been charged"); an infinitive ("on track to complete", "choosing not to look into") is
        // an aim or a choice, no statement that it happened
        let infinitive = false;
        for (let j = k - 1; j >= 0 && j >= k - 4; j--) {
          const w = clause[j]!;
          if (w.lower === 'to') infinitive = true;
          if (!lexicon.negations.has(w.lower) && w.pos !== 'AUX' && w.pos !== 'ADV' && w.pos !== 'PART') break;
        }
        if (infinitive) continue;
        // denied at the verb, past auxiliaries and adverbs, or on its subject ("No ransom demand has been
        // received", "no such account existed"); a negation further back denies something else
        let j = k - 1;
        let negation: Token | undefined;
        while (j >= 0 && (clause[j]!.pos === 'AUX' || clause[j]!.pos === 'ADV' || clause[j]!.pos === 'PART' || lexicon.negations.has(clause[j]!.lower))) {
          if (lexicon.negations.has(clause[j]!.lower)) negation = clause[j];
          j--;
        }
        // or on its object ("have found no evidence of poison")
        const object = clause[k + 1];
        if (!negation && object && SUBJECT_DENIAL.has(object.lower)) negation = object;
        if (!negation) {
          let h = j;
          while (h >= 0 && h > j - 4 && (clause[h]!.pos === 'NOUN' || clause[h]!.pos === 'ADJ' || clause[h]!.pos === 'PROPN')) h--;
          if (h < j && h >= 0 && SUBJECT_DENIAL.has(clause[h]!.lower)) negation = clause[h];
        }
        // (the names of the run of proper nouns nearest before the verb, days and months left out)
        const names = clause.slice(0, k).filter((t) => t.pos === 'PROPN' && !CALENDAR.test(t.lower));
        const subject = new Set(names.slice(-3).map((t) => t.lower));
        const after = clause[k + 1];
        const particle = after && PARTICLES.has(after.lower) ? after.lower : '';
        out.push({ verb, particle, ...(negation ? { negation } : {}), sentence: sentence.index, words: new Set(content.filter((t) => t !== verb).map(key)), subject });
        if (out.length > MAX_VERBS) return [];
      }
    }
  }
  return out;
}

/**
 * Clauses of the article and of the report with the same verb, denied in one only, told of the same
 * thing: the same name before the verb on both sides, or two content words in common that are half of
 * the smaller clause's. One reversal per article sentence.
 */
export function clauseReversals(lexicon: CompiledLexicon, article: Analysis, report: Analysis, keep: (sentence: number) => boolean): Reversal[] {
  const ours = clauseVerbs(lexicon, article, keep);
  const theirs = clauseVerbs(lexicon, report, () => true);
  const byVerb = new Map<string, ClauseVerb[]>();
  for (const c of theirs) pushTo(byVerb, c.verb.lemma, c);
  const out: Reversal[] = [];
  const told = new Set<number>();
  for (const a of ours) {
    if (told.has(a.sentence)) continue;
    for (const r of byVerb.get(a.verb.lemma) ?? []) {
      if ((a.negation === undefined) === (r.negation === undefined) || a.particle !== r.particle) continue;
      const sharedSubject = [...a.subject].some((w) => r.subject.has(w));
      const shared = [...a.words].filter((w) => r.words.has(w)).length;
      const smaller = Math.min(a.words.size, r.words.size);
      if (!(sharedSubject && shared >= SUBJECT_SHARE * smaller) && !(shared >= LEAST_SHARED && shared >= LEAST_SHARE * smaller)) continue;
      out.push({ article: a, report: r });
      told.add(a.sentence);
      break;
    }
  }
  return out;
}
