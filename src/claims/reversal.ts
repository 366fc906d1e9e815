/**
 * One statement told of the same thing by two texts, denied by one of them: "The A635 was not closed
 * at any point" against "The A635 was closed in both directions"; "Water overtopped the demountable
 * defences at Kellford Quay" against "The demountable flood defences at Kellford Quay … were not
 * overtopped". The two sentences may say much else (so they are seldom paired as restatements): what
 * decides is a clause of each with the same verb, negated in one only, told of the same things.
 *
 * "The same things" is strict, since a verb denied of one thing and told of another is the commonest
 * sentence in news ("No passengers were injured" / "The driver was injured"; "did not raise the price
 * of milk" / "raised the price of butter"): every noun, adjective and name the verb is told of (before
 * it, and its object) on either side stands in the other clause, the two share one, the names before
 * the verb are the same, and so are the names after each preposition ("at Heathrow" / "at Gatwick").
 * And the same time: two days, years or "this year" / "last year" told apart are two occasions ("did
 * not attend lessons on Monday" / "attended lessons on Tuesday"); a denial that runs up to now ("has
 * not paid the fine") is no denial of what happened on a day ("paid the fine on Thursday"), and one
 * bounded in time ("not called until …", "did not reach her for four hours") says when, not whether.
 */
import type { Analysis } from '../model/analysis.js';
import type { Token } from '../model/document.js';
import type { CompiledLexicon } from '../lexicon/compile.js';
import { canon } from '../lexicon/compile.js';
import { pushTo } from '../base/arrays.js';
import { asksQuestion } from '../text/sentences.js';

/** A verb of a clause, with whether it is denied, what it is told of and when. */
interface ClauseVerb {
  verb: Token;
  /** The particle after it, which makes another verb of it ("look into", "shut down"), or "". */
  particle: string;
  negation?: Token;
  /** Denied up to now ("has not paid", "has yet to"), not on an occasion. */
  perfect: boolean;
  /** Told in the past perfect ("had been accessed"): as a statement, one up to a time, as "has" tells one (a denial with "had" is as often reported speech, "said it had not received any complaints"). */
  pluperfect: boolean;
  sentence: number;
  /** Content words (canonical lemmas) of the clause. */
  words: Set<string>;
  /** Nouns and names the verb is told of: before it in its clause, and its object. */
  args: Set<string>;
  /** Those of its object alone. */
  objectArgs: Set<string>;
  /** Told by its subject in the first person ("We will not close the depot"): a statement's issuer, whom the other text names. */
  firstPerson: boolean;
  /** Names before the verb (days and months left out): who or what it is told of. */
  subject: Set<string>;
  /** Days, months and years the clause gives, and "last year", "this week", "yesterday". */
  times: Set<string>;
  /** Those and the days of the relative clauses after it, which may tell its occasion. */
  around: Set<string>;
  /** The name after each preposition after the verb ("at" → "heathrow"). */
  slots: Map<string, string>;
  /** The noun "to" brings right after the verb ("linked to the deaths": death). */
  toward?: string;
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

const YEAR = /^(?:1[89]|20)\d\d$/;
/** "last year", "this week", "next season": a time told relative to the story's. */
const RELATIVE_TIME = /^(?:this|last|next)$/;
const PERIOD = /^(?:week|month|year|season|weekend|summer|winter|spring|autumn|fall)$/;

/** Particles that make another verb of the one before them. */
const PARTICLES = new Set(['into', 'up', 'out', 'off', 'down', 'over', 'away', 'back', 'through']);

/** Words around a verb that make its clause no plain statement: a condition, a question of whether, a hedge. */
const UNPLAIN = /^(?:if|unless|whether|why|how|may|might|could|would|should|expected|likely|believed|alleged|reportedly|suspected)$/;

/** Words that make a denial run up to now ("has not paid", "has yet to", "still has not", "so far"), not tell an occasion. */
const UP_TO_NOW = /^(?:has|have|yet|still|since|so)$/;

/** The most verbs of a text compared: a text of more is a list or a transcript, and none are. */
const MAX_VERBS = 2000;

/**
 * A clause's words split at semicolons, colons, dashes and commas before a conjunction or a relative
 * pronoun, and before a relative pronoun right after a noun ("the deaths of two dogs that swam near the
 * shore during the week of July 8": the week is when they swam, not when the deaths were linked to the
 * bloom); not after a noun whose want denies the clause it opens ("no evidence that").
 */
function clausesOf(lexicon: CompiledLexicon, tokens: Token[]): { words: Token[]; relative: boolean }[] {
  const clauses = [{ words: [] as Token[], relative: false }];
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    const next = tokens[k + 1]?.lower ?? '';
    const relative = (lexicon.relativePronouns.has(t.lower) || t.lower === 'that') && tokens[k - 1]?.pos === 'NOUN' && !NO_SIGN.has(tokens[k - 1]!.lemma);
    if (relative) clauses.push({ words: [t], relative: true });
    else if (t.text === ';' || t.text === ':' || t.text === '—' || (t.text === ',' && (lexicon.clauseConjunctions.has(next) || lexicon.relativePronouns.has(next)))) clauses.push({ words: [], relative: false });
    else clauses[clauses.length - 1]!.words.push(t);
  }
  return clauses;
}

/**
 * Where the verb at `k` is denied: at the verb past auxiliaries and adverbs ("was not closed"), on its
 * object ("found no evidence") or on its subject ("No ransom demand has been received"); a negation
 * further back denies something else.
 */
function denial(lexicon: CompiledLexicon, clause: Token[], k: number): { negation?: Token; perfect: boolean; pluperfect: boolean } {
  let j = k - 1;
  let negation: Token | undefined;
  let perfect = false;
  let pluperfect = false;
  while (j >= 0 && (clause[j]!.pos === 'AUX' || clause[j]!.pos === 'ADV' || clause[j]!.pos === 'PART' || lexicon.negations.has(clause[j]!.lower))) {
    // ("not only damaged" adds, it does not deny)
    if (lexicon.negations.has(clause[j]!.lower) && clause[j + 1]?.lower !== 'only') negation = clause[j];
    if (UP_TO_NOW.test(clause[j]!.lower)) perfect = true;
    if (clause[j]!.lower === 'had') pluperfect = true;
    j--;
  }
  const object = clause[k + 1];
  if (!negation && object && SUBJECT_DENIAL.has(object.lower)) negation = object;
  if (!negation) {
    let h = j;
    while (h >= 0 && h > j - 4 && (clause[h]!.pos === 'NOUN' || clause[h]!.pos === 'ADJ' || clause[h]!.pos === 'PROPN')) h--;
    if (h < j && h >= 0 && SUBJECT_DENIAL.has(clause[h]!.lower)) negation = clause[h];
  }
  // "None of them needed hospital treatment", "neither of the two men was hurt": a partitive subject denied
  if (!negation) {
    let h = j;
    while (h >= 0 && h > j - 5 && /^(?:NOUN|ADJ|PROPN|PRON|DET|NUM)$/.test(clause[h]!.pos)) h--;
    if (h >= 1 && h < j && clause[h]!.lower === 'of' && /^(?:none|neither)$/.test(clause[h - 1]!.lower)) negation = clause[h - 1];
  }
  // "there is no evidence that residents' data has been accessed": the clause after "that" denied by
  // the want of evidence for it (no verb of its own between "that" and the verb)
  if (!negation) {
    const that = clause.slice(0, k).map((t) => t.lower).lastIndexOf('that');
    // (nor a relative clause's verb: "no evidence that the man who stabbed the guard knew him")
    if (that >= 2 && NO_SIGN.has(clause[that - 1]!.lemma) && clause[that - 2]!.lower === 'no' && !clause.slice(that + 1, k).some((t) => t.pos === 'VERB' || lexicon.relativePronouns.has(t.lower))) negation = clause[that - 2];
  }
  return negation ? { negation, perfect, pluperfect } : { perfect, pluperfect };
}

/** Nouns whose want denies what "that" opens after them ("no evidence that", "no sign that"). */
const NO_SIGN = new Set(['evidence', 'indication', 'sign', 'suggestion', 'proof']);

function clauseVerbs(lexicon: CompiledLexicon, analysis: Analysis, keep: (sentence: number) => boolean): ClauseVerb[] {
  const out: ClauseVerb[] = [];
  const people = personKeys(analysis);
  const key = (t: Token) => people.get(t.i) ?? canon(lexicon, t.lemma);
  const hedges = new Set(lexicon.hedges.filter((h) => h.length === 1).map((h) => h[0]!));
  // (days and months, the lexicon's, are proper nouns but say when, not who)
  const calendar = (t: Token) => lexicon.months.has(t.lower) || lexicon.weekdays.includes(t.lower);
  // (nor is an honorific, "Mr" before the name, who: a statement's "Mr Menon" is the story's "Menon")
  const honorific = (t: Token) => lexicon.honorifics.has(t.lower.replace(/\.$/, '')) && people.has(t.i + 1);
  const noun = (t: Token) => (t.pos === 'NOUN' || t.pos === 'PROPN') && !calendar(t) && !honorific(t);
  for (const sentence of analysis.sentences) {
    if (!keep(sentence.index) || asksQuestion(sentence.text)) continue;
    const clauses = clausesOf(lexicon, analysis.tokens.slice(sentence.tokenStart, sentence.tokenEnd));
    const timesOf = (clause: Token[]) => {
      // (days after a verb of saying are when it was said: "…, the council said on Monday")
      const said = (k: number) => clause.slice(Math.max(0, k - 3), k).some((w) => lexicon.speechVerbs.has(w.lemma));
      return [
        ...clause.filter((t, k) => (calendar(t) || (YEAR.test(t.text) && /^(?:in|since|of|by|until|during)$/.test(clause[k - 1]?.lower ?? ''))) && !said(k)).map((t) => t.lower),
        ...clause.flatMap((t, k) => (RELATIVE_TIME.test(t.lower) && PERIOD.test(clause[k + 1]?.lower ?? '') ? [`${t.lower} ${clause[k + 1]!.lower}`] : /^(?:yesterday|today|tonight)$/.test(t.lower) ? [t.lower] : [])),
      ];
    };
    const clauseTimes = clauses.map((c) => timesOf(c.words));
    for (const [c, { words: clause }] of clauses.entries()) {
      if (clause.some((t) => t.quote >= 0 || UNPLAIN.test(t.lower) || hedges.has(t.lower) || lexicon.conditionals.has(t.lower))) continue;
      const words = new Set(clause.filter((t) => t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'ADJ' || t.pos === 'VERB' || t.pos === 'NUM').map(key));
      const times = new Set(clauseTimes[c]);
      // (and the days of the relative clauses on its nouns, which may say when it happened: "approved the
      // merger at a meeting that was held on July 14" is not the report's meeting "on June 2")
      const around = new Set(times);
      for (let r = c + 1; r < clauses.length && clauses[r]!.relative; r++) for (const t of clauseTimes[r]!) around.add(t);
      // a denial bounded in time ("was not called until 40 minutes after", "did not reach her for four
      // hours") says when, not that it never happened
      const bounded = boundedInTime(clause);
      for (const [k, verb] of clause.entries()) {
        // (a verb of saying with a thing for its object, and no clause after, tells an act: "Marrow admitted
        // the violations" / "did not admit the violations"; "admitted that …" reports speech)
        const and = clause.findIndex((t, j) => j > k && t.pos === 'CCONJ');
        const rest = clause.slice(k + 1, and < 0 ? clause.length : and);
        const act = /^(?:DET|NOUN|PROPN|ADJ|NUM|PRON)$/.test(rest[0]?.pos ?? '') && !rest.some((t) => t.pos === 'VERB' || t.pos === 'AUX' || t.lower === 'that');
        if (verb.pos !== 'VERB' || LIGHT.has(verb.lemma) || (lexicon.speechVerbs.has(verb.lemma) && !act)) continue;
        // an infinitive ("on track to complete", "choosing not to look into") is an aim or a choice, no statement that it happened
        if (clause.slice(Math.max(0, k - 3), k).some((w) => w.lower === 'to')) continue;
        const after = clause[k + 1];
        const particle = after && PARTICLES.has(after.lower) ? after.lower : '';
        // the object: nouns after the verb up to a preposition other than "of" ("the price of its own-brand milk")
        const object: Token[] = [];
        for (let j = k + 1; j < clause.length && j < k + 12; j++) {
          const w = clause[j]!;
          // (nor past a subordinator: "suspended while the review takes place" has no object)
          if ((w.pos === 'PUNCT' && w.text !== '-') || w.pos === 'VERB' || w.pos === 'AUX' || w.pos === 'SCONJ' || (w.pos === 'ADP' && w.lower !== 'of' && !(j === k + 1 && particle))) break;
          if (noun(w) || w.pos === 'ADJ') object.push(w);
        }
        // (what a clause after "that" is told of is its own subject, not what the sentence's main clause
        // is: "The council confirmed that residents' personal data had been accessed", "there is no
        // evidence that residents' personal data has been accessed")
        const that = clause.slice(0, k).findLastIndex((t, j) => t.lower === 'that' && j > 0 && (clause[j - 1]!.pos === 'VERB' || NO_SIGN.has(clause[j - 1]!.lemma)));
        // (an opening phrase of circumstance, "Under the agreement,", is not what the verb is told of)
        const opener = clause[that + 1]?.pos === 'ADP' ? clause.slice(that + 1, k).findIndex((t) => t.text === ',') : -1;
        const before = clause.slice(opener >= 0 ? that + 2 + opener : that + 1, k);
        // the adjectives on the nouns say which ("the northbound carriageway" is not "the southbound")
        const objectArgs = new Set(object.map(key));
        const args = new Set([...before.filter((t) => noun(t) || t.pos === 'ADJ').map(key), ...objectArgs]);
        const firstPerson = before.some(firstPersonWord) && !before.some(noun);
        // the names after each preposition ("at Heathrow" / "at Gatwick")
        const slots = new Map<string, string>();
        for (let j = k + 1; j + 1 < clause.length; j++) if (clause[j]!.pos === 'ADP' && clause[j + 1]!.pos === 'PROPN' && !calendar(clause[j + 1]!) && !slots.has(clause[j]!.lower)) slots.set(clause[j]!.lower, clause[j + 1]!.lower);
        // (what "to" after the verb brings: "linked to the deaths" is not "linked to the closure")
        const toward = after?.lower === 'to' ? clause.slice(k + 2, k + 6).find(noun) : undefined;
        const subject = new Set(before.filter((t) => people.has(t.i) || (t.pos === 'PROPN' && !calendar(t) && !honorific(t))).map((t) => people.get(t.i) ?? t.lower));
        const told = denial(lexicon, clause, k);
        if (told.negation && bounded) continue;
        out.push({ verb, particle, ...told, sentence: sentence.index, words, args, objectArgs, firstPerson, subject, times, around, slots, ...(toward ? { toward: key(toward) } : {}) });
        if (out.length > MAX_VERBS) return [];
      }
    }
  }
  return out;
}

/**
 * The words that name a person, by token, as the person's family name: two texts name one person
 * their own ways ("Mr Menon" in a statement, "Menon" or "the surgeon", a description the article
 * resolves, in the story), and a clause is told of that person either way.
 */
function personKeys(analysis: Analysis): Map<number, string> {
  const out = new Map<number, string>();
  for (const ctx of analysis.contexts) {
    ctx.mentionAt.forEach((mention, k) => {
      const entity = mention && ctx.entities.get(mention.entity);
      if (entity?.type !== 'person' || mention!.form === 'pronoun') return;
      const name = (entity.surname ?? entity.name.split(' ').pop()!).toLowerCase();
      const word = ctx.words[k]!;
      for (let t = word.first; t <= word.last; t++) out.set(t, name);
    });
  }
  return out;
}

/**
 * Whether words deny something only for a time ("was not called until 40 minutes after", "did not reach
 * her for four hours"): that says when, not that it never happened.
 */
export function boundedInTime(words: readonly Token[]): boolean {
  return words.some((t, k) => /^(?:until|till)$/.test(t.lower) || (t.lower === 'for' && (words[k + 1]?.pos === 'NUM' || /^(?:a|an|several|many|hours|days|weeks|months|years)$/.test(words[k + 1]?.lower ?? ''))));
}

/** "we" or "I": a statement's issuer speaking of itself. */
export function firstPersonWord(token: Token): boolean {
  return /^(?:we|i)$/i.test(token.text);
}

/** The names a report gives anywhere, lower-cased (a statement's heading names its issuer). */
export function namesIn(report: Analysis): Set<string> {
  return new Set(report.tokens.filter((t) => t.pos === 'PROPN').map((t) => t.lower));
}

/**
 * Whether the names an article's clause is told of (lower-cased) can be the issuer a report's "we"
 * stands for: named, each one the report names, and none in the report's clause (what it is done to).
 */
export function issuerNamed(names: readonly string[], reportNames: ReadonlySet<string>, reportClause: ReadonlySet<string>): boolean {
  return names.length > 0 && names.every((n) => reportNames.has(n) && !reportClause.has(n));
}

/** The two clauses tell the verb of the same things, at one time (see the module's comment). */
function sameStatement(a: ClauseVerb, r: ClauseVerb, reportNames: ReadonlySet<string>): boolean {
  if ((a.negation === undefined) === (r.negation === undefined) || a.particle !== r.particle) return false;
  // (a statement's "We will not close the Hollins Road depot" is told of its issuer, whom the article
  // names: "Northway Buses will close its Hollins Road depot"; the objects must then match. The issuer
  // is one the report names, and not in what the clause is done to: "We have not closed the Mallard
  // Centre car park" is not "The owners of the Mallard Centre have closed the car park", nor "His family
  // have named the man" the police's "We have not named the man")
  if (a.firstPerson) return false;
  if (r.firstPerson && !issuerNamed([...a.subject], reportNames, r.words)) return false;
  const argsOf = (c: ClauseVerb, other: ClauseVerb) => (other.firstPerson ? c.objectArgs : c.args);
  if (![...argsOf(a, r)].some((w) => argsOf(r, a).has(w))) return false;
  if (![...argsOf(a, r)].every((w) => r.words.has(w)) || ![...argsOf(r, a)].every((w) => a.words.has(w))) return false;
  if (a.subject.size > 0 && r.subject.size > 0 && ![...a.subject].some((w) => r.subject.has(w))) return false;
  if (a.around.size > 0 && r.around.size > 0 && ![...a.around].some((t) => r.around.has(t))) return false;
  if ([...a.slots].some(([at, name]) => r.slots.has(at) && r.slots.get(at) !== name)) return false;
  if (a.toward !== undefined && r.toward !== undefined && a.toward !== r.toward) return false;
  const denied = a.negation ? a : r;
  const told = a.negation ? r : a;
  return !(denied.perfect && (!(told.perfect || told.pluperfect) || told.times.size > 0));
}

/**
 * Clauses of the article and of the report with the same verb, denied in one only, told of the same
 * things at one time. One reversal per article sentence.
 */
export function clauseReversals(lexicon: CompiledLexicon, article: Analysis, report: Analysis, reportNames: ReadonlySet<string>, keep: (sentence: number) => boolean): Reversal[] {
  // verbs are looked up as the synonym groups fold them ("shut" meets "close")
  const verbKey = (c: ClauseVerb) => canon(lexicon, c.verb.lemma);
  const theirs = new Map<string, ClauseVerb[]>();
  for (const c of clauseVerbs(lexicon, report, () => true)) pushTo(theirs, verbKey(c), c);
  const out: Reversal[] = [];
  const told = new Set<number>();
  for (const a of clauseVerbs(lexicon, article, keep)) {
    if (told.has(a.sentence)) continue;
    const same = theirs.get(verbKey(a)) ?? [];
    const r = same.find((c) => sameStatement(a, c, reportNames));
    // (a report that tells the verb both ways, "did not admit the violations in 2019, but admitted them
    // at Tuesday's hearing", has the article's side too)
    if (!r || same.some((c) => c !== r && (c.negation === undefined) === (a.negation === undefined) && c.sentence === r.sentence)) continue;
    out.push({ article: a, report: r });
    told.add(a.sentence);
  }
  return out;
}
