/**
 * changed-hedge — a hedge removed or added between versions ("the alleged theft" became "the theft",
 * "reportedly", "suspected", "may have"), or lost against a related report ("according to" too; in an
 * edit, "according to police" cut is an attribution dropped, which changed-attribution reports).
 *
 * Why: a hedge keeps the paper from asserting what it cannot prove. Removing one turns an allegation
 * into a statement of fact (a legal risk, so the default rule for removal is a warning); adding one
 * weakens a claim (worth knowing, info by default).
 * Options: `direction`: "removed" or "added".
 */
import { reportsSpeech } from '../claims/attribution.js';
import { isMonthMay } from '../text/words.js';
import type { Sentence, Token } from '../model/document.js';
import type { Analysis } from '../model/analysis.js';
import { defineKind, type OptionsOf, type OptionsSchema } from './kind.js';
import { capitalise } from './describe.js';
import { changedPairs, changeLocations, hunks, tokensIn, visibleSpan, whereNew } from './pairs.js';
import type { CompiledLexicon } from '../lexicon/compile.js';
import { blockWeight, confidence, minConfidence, restatement } from './confidence.js';

/**
 * Lower-cased words to find hedges in; the month May (told by its neighbours in the document) stays
 * "May", no modal "may", and so does a "may" of permission ("each patient may have one visitor": a
 * modal before "have" and a noun phrase, where "may have died" is a modal before a participle).
 */
function hedgeWords(lexicon: CompiledLexicon, all: Token[], tokens: Token[]): string[] {
  const permits = (t: Token) => lexicon.modalVerbs.has(t.lower) && all[t.i + 1]?.lower === 'have' && PERMITTED.has(all[t.i + 2]?.pos ?? '');
  return tokens.map((t) => (isMonthMay(lexicon, all, t.i) ? t.text : permits(t) || defendant(all, t) || toldBySubject(all, t) ? `(${t.lower})` : t.lower));
}

/**
 * "Tri-River Bancshares today reported net income of $48.3 million": a subject reporting a thing of its
 * own, in the active voice with its object, puts it at no distance (blind set BZ). "The reported theft",
 * "a reported 300 people", "were reported" and a reported clause ("reported the man was armed") still hedge.
 */
function toldBySubject(all: Token[], t: Token): boolean {
  if (t.lower !== 'reported') return false;
  const [before, next] = [all[t.i - 1], all[t.i + 1]];
  if (!before || before.sentence !== t.sentence || before.pos === 'DET' || before.lemma === 'be' || before.lemma === 'get' || /^[,;:(]$/.test(before.text)) return false;
  if (!next || !/^(?:NOUN|ADJ|NUM|DET|PROPN)$/.test(next.pos)) return false;
  const object = all.slice(t.i + 1, t.i + 6).filter((w) => w.sentence === t.sentence);
  return !object.some((w) => w.pos === 'VERB' || w.pos === 'AUX' || w.lower === 'that');
}

/**
 * "property linked to the accused": the accused as a noun, the defendant named in a word, qualifies
 * nothing ("the accused man" still does; blind set BR).
 */
function defendant(all: Token[], t: Token): boolean {
  if (t.lower !== 'accused' || !/^(?:the|an|both|all|each|two|three|four)$/.test(all[t.i - 1]?.lower ?? '')) return false;
  const next = all[t.i + 1];
  return next === undefined || !/^(?:NOUN|PROPN|ADJ|NUM)$/.test(next.pos);
}

/** A hedge that tells what is expected to come ("is expected to", "are expected to"). */
const EXPECTED = /\bexpected to$/;
/** Words that make an expectation conditional. */
const CONDITIONS = /\b(?:subject to|pending|provided that|if|unless|depending on|conditional on)\b/i;
/** Words that tell a verb as to come. */
const FUTURE = new Set(['will', "'ll", 'shall']);

/** What follows "may have" when "have" is possession, not the perfect. */
const PERMITTED = new Set(['DET', 'NUM', 'PRON', 'ADJ', 'NOUN', 'PROPN']);

/** The lemma of a hedge's word as the tagger read it where it stands ("claimed" → claim, "reported" → report). */
function lemmaOf(context: { analysis: { tokens: Token[] }; versions?: { old: { tokens: Token[] } } }, word: string): string {
  const found = context.versions?.old.tokens.find((t) => t.lower === word) ?? context.analysis.tokens.find((t) => t.lower === word);
  return found?.lemma ?? word;
}

type SentenceRange = { tokenStart: number; tokenEnd: number };

/** Where a hedge first stands in the sentences: its first token and the sentence holding it. */
function hedgeAt(tokens: Token[], sentences: SentenceRange[], hedge: string): { k: number; sentence: SentenceRange; length: number } | undefined {
  const words = hedge.split(' ');
  for (const sentence of sentences) {
    for (let k = sentence.tokenStart; k < sentence.tokenEnd; k++) {
      if (words.every((w, j) => tokens[k + j]?.lower === w)) return { k, sentence, length: words.length };
    }
  }
  return undefined;
}

/** How far into a "that" clause after a hedge its verb is looked for. */
const CLAUSE_REACH = 24;

/**
 * Hedges that tell a claim as an allegation or as what was reported: an attribution to its source tells
 * it as well ("Most of the cases have been reported among residents" / "Most of the patients are
 * residents …, the ministry said"; blind set BY).
 */
const ALLEGED = /^(?:alleged|allegedly|accused|reportedly|reported)$/;

/** The lower-cased words, outside quotations, of the paragraphs the sentences stand in. */
function paragraphWords(analysis: Analysis, sentences: readonly Sentence[]): Set<string> {
  const blocks = new Set(sentences.map((s) => s.block));
  const tokens = analysis.sentences.filter((s) => blocks.has(s.block)).flatMap((s) => analysis.tokens.slice(s.tokenStart, s.tokenEnd));
  return new Set(tokens.filter((t) => t.quote < 0).map((t) => t.lower));
}

/** The word a hedge qualifies: the first verb or noun after it ("believed to have leaked" → leaked, "the alleged theft" → theft). */
/** A sentence that restates a report's this closely states its claim, whatever verb it uses. */
const RESTATED_IN_OWN_VERB = 0.75;

function hedgedWord(tokens: Token[], sentences: SentenceRange[], hedge: string): { hedge: Token; word: Token } | undefined {
  const at = hedgeAt(tokens, sentences, hedge);
  if (!at) return undefined;
  const from = at.k + at.length;
  // "according to" names the source, and the claim is the clause beside it: after the comma that closes
  // the source ("According to investigators, the fire was started"), or before ("…, according to police")
  if (hedge === 'according to') {
    const claimVerb = (list: Token[]) => list.find((t) => t.pos === 'VERB' && !/^(be|have)$/.test(t.lemma));
    const comma = tokens.slice(from, Math.min(at.sentence.tokenEnd, from + 10)).findIndex((t) => t.text === ',');
    const after = comma < 0 ? undefined : claimVerb(tokens.slice(from + comma + 1, at.sentence.tokenEnd));
    const opening = at.k === at.sentence.tokenStart || (tokens[at.k - 1]?.pos === 'PUNCT' && tokens[at.k - 1]!.text !== ',');
    // (in the middle, "The vice consul, according to press reports, shot …", the verb may come after)
    const word = opening ? after : (claimVerb(tokens.slice(at.sentence.tokenStart, at.k)) ?? after);
    return word && { hedge: tokens[at.k]!, word };
  }
  // ("It is alleged that three working border collies, valued at £14,500, were taken": a clause's claim
  // is its verb after an auxiliary, past the participles that describe its subject)
  if (tokens[from]?.lower === 'that') {
    const clause = tokens.slice(from + 1, Math.min(at.sentence.tokenEnd, from + 1 + CLAUSE_REACH));
    const verb = clause.find((t, j) => t.pos === 'VERB' && j > 0 && clause[j - 1]!.pos === 'AUX');
    if (verb) return { hedge: tokens[at.k]!, word: verb };
  }
  const after = tokens.slice(from, Math.min(at.sentence.tokenEnd, from + 4));
  const word = after.find((t) => (t.pos === 'VERB' || t.pos === 'NOUN') && !/^(be|have)$/.test(t.lemma));
  return word && { hedge: tokens[at.k]!, word };
}

/** The gerund after "by" a few words on from a verb, in its clause: how it was done ("entered the water by jumping"). */
function byGerund(tokens: Token[], verb: Token): Token | undefined {
  for (let k = verb.i + 1; k < Math.min(tokens.length, verb.i + 6) && tokens[k]!.sentence === verb.sentence; k++) {
    if (tokens[k]!.pos === 'PUNCT') return undefined;
    if (tokens[k]!.lower === 'by' && tokens[k + 1]?.lower.endsWith('ing')) return tokens[k + 1];
  }
  return undefined;
}

/** Whether the hedge stands after a negation of its own clause ("No casualties were reported", "not reported"). */
function negatedBefore(lexicon: CompiledLexicon, tokens: Token[], sentences: SentenceRange[], hedge: string): boolean {
  const at = hedgeAt(tokens, sentences, hedge);
  if (!at) return false;
  const before = tokens.slice(Math.max(at.sentence.tokenStart, at.k - 6), at.k);
  // (a hedge on a noun, "did not consider the alleged overbilling", qualifies the noun whatever the verb denies)
  if (tokens[at.k - 1]?.pos === 'DET' || lexicon.possessives.has(tokens[at.k - 1]?.lower ?? '')) return false;
  return before.some((t) => lexicon.negations.has(t.lower) && t.quote < 0) && !before.some((t) => t.text === ',');
}

/** Prepositions before a gerund that names a claim without stating it ("accused of stealing", "pleaded not guilty to stealing"). */
const GERUND_AFTER = new Set(['to', 'of', 'with', 'for', 'from', 'about']);

/**
 * Whether the source a report's "according to" names ("according to figures published by NHS
 * England") is named in the article's sentence too ("…, NHS England figures show"): the article
 * attributes the claim in its own words.
 */
function sourceNamed(tokens: Token[], sentences: SentenceRange[], articleWords: string[]): boolean {
  const at = hedgeAt(tokens, sentences, 'according to');
  if (!at) return false;
  const names = tokens.slice(at.k + 2, Math.min(at.sentence.tokenEnd, at.k + 10)).filter((t) => t.pos === 'PROPN').map((t) => t.lower);
  return names.length > 0 && names.every((n) => articleWords.includes(n));
}

const OPTIONS = {
  type: 'object',
  additionalProperties: false,
  properties: {
    direction: { enum: ['removed', 'added'], default: 'removed', description: 'Which change the rule reports: a hedge dropped (a claim now asserted) or one added (a claim weakened).' },
    minRestatement: {
      type: 'number',
      minimum: 0,
      maximum: 1,
      default: 0.55,
      description: 'Against a related report only: the article sentence must restate the qualified one this closely for its hedge to count as lost.',
    },
    minConfidence: minConfidence('A hedge lost from a sentence that still credits a source scores lower.'),
  },
} as const satisfies OptionsSchema;

export const changedHedge = defineKind<OptionsOf<typeof OPTIONS>>({
  name: 'changed-hedge',
  scope: 'versions',
  summary: 'A hedge (alleged, reportedly, suspected, may have) removed or added between versions, or one a related report gives (according to …) lost.',
  optionsSchema: OPTIONS,
  messages: {
    removed: {
      template: {
        edit: 'Hedge removed in {where}: “{hedges}” no longer qualifies the claim{rewording}',
        source: '{report} qualifies this claim (“{hedges}”); {where} states it as fact',
      },
      vars: ['where', 'hedges', 'rewording', 'report'],
    },
    added: {
      template: { edit: 'Hedge added in {where}: “{hedges}” now qualifies the claim', source: '{Where} hedges (“{hedges}”) what {report} states as fact' },
      vars: ['where', 'Where', 'hedges', 'report'],
    },
  },
  examples: [
    // a modal for a modal keeps the hedge (blind set CG)
    { related: 'Further high tides on Saturday afternoon and Sunday morning may cause similar levels.\n', text: 'Further high tides on Saturday afternoon and Sunday morning could push the river to similar heights, the bureau said.\n', findings: [] },
    // a body reporting its own figures, in the active voice with its object, puts them at no distance (blind set BZ)
    { related: 'PITTSBURGH, Jan. 21, 2025 -- Tri-River Bancshares, Inc., the holding company for Tri-River Bank, today reported net income of $48.3 million, or $1.36 per diluted share, for the fourth quarter of 2024.\n', text: 'Tri-River Bancshares posted higher profits.\n\nNet income was $48.3 million, or $1.36 a share, in the fourth quarter of 2024.\n', findings: [] },
    // "there have been reports of" puts the claim at a distance as "reportedly" does
    { old: 'There have been reports of gunfire in the Rayburn Building.', text: 'Gunfire was heard in the Rayburn Building.', findings: ['1:1 hedge-removed Hedge removed in paragraph 1: “been reports of” no longer qualifies the claim (“There have been reports of gunfire” became “Gunfire was heard”)'] },
    // an expectation told as done in a later version is the news catching up; told still ahead ("will"), the hedge is lost
    { old: 'The contingent is expected to reach the capital this evening.', text: 'The contingent reached the capital in the early evening.', findings: [] },
    { old: 'Details are expected to be published on its website.', text: 'Details will be published on its website.', findings: ['1:9 hedge-removed Hedge removed in paragraph 1: “are expected to” no longer qualifies the claim (“are expected to” became “will”)'] },
    // (an expectation set for a time the old version did not give is the schedule confirmed) (blind set AV)
    { old: 'The race jury is expected to hear it this evening.', text: 'The race jury will hear it at 7pm.', findings: [] },
    // "No further casualties were reported" denies; it qualifies nothing
    { related: "An aftershock of magnitude 4.3 was recorded about three hours after the main quake, the China Earthquake Administration said. No further casualties were reported from it.\n", text: "An aftershock measuring 4.3 followed about three hours later, the China Earthquake Administration said. It caused no further casualties.\n", findings: [] },
    { old: 'Police are investigating the alleged theft.', text: 'Police are still investigating the alleged theft.', findings: [] },
    { old: 'The council refused permission in March 2022.', text: 'The council refused permission in May 2022.', findings: [] },
    { old: 'Police are investigating the alleged theft.', text: 'Police are investigating the theft.', findings: ['1:1 hedge-removed Hedge removed in paragraph 1: “alleged” no longer qualifies the claim'] },
    // a hedge on a noun qualifies it whatever the verb denies ("did not consider the alleged overbilling") (blind set AU)
    { old: 'The committee did not consider the alleged overbilling, which is the subject of a police inquiry.', text: 'The committee did not consider the overbilling, which is the subject of a police inquiry.', findings: ['1:1 hedge-removed Hedge removed in paragraph 1: “alleged” no longer qualifies the claim'] },
    // a hedge beside the source the sentence still credits is lost all the same; the source's own verb made plain is not
    { old: 'The ferry is believed to have struck a rocky outcrop, a coastguard official said.', text: 'The ferry struck a rocky outcrop, a coastguard official said.', findings: ['1:1 hedge-removed Hedge removed in paragraph 1: “is believed to” no longer qualifies the claim'] },
    { old: 'There were few Muslims there to talk to, Noack claimed.', text: 'There were few Muslims there to talk to, Noack said.', findings: [] },
    // "allegations of", "on suspicion of": what is alleged, stated as done
    { old: 'The attorney general is investigating allegations of wrongdoing at the bridge.', text: 'The attorney general is investigating wrongdoing at the bridge.', findings: ['1:1 hedge-removed Hedge removed in paragraph 1: “allegations of” no longer qualifies the claim'] },
    { old: 'A man was arrested on suspicion of murder on Monday.', text: 'A man was arrested for murder on Monday.', findings: ['1:20 hedge-removed Hedge removed in paragraph 1: “suspicion of” no longer qualifies the claim (“on suspicion of” became “for”)'] },
    // a close restatement with a verb of its own where the hedge and its verb stood (blind set AW); (not a denial)
    // what a report expects, told as to come, is still a plan; told as done it is stated (blind set BU)
    { related: 'Ostrava\'s approximately 240 employees are expected to join Pellham\'s Kidney and Rare Disease unit.', text: 'Ostrava\'s roughly 240 employees will join Pellham\'s kidney and rare disease unit.', findings: [] },
    { related: 'Ostrava\'s approximately 240 employees are expected to join Pellham\'s Kidney and Rare Disease unit.', text: 'Ostrava\'s roughly 240 employees have joined Pellham\'s kidney and rare disease unit.', findings: ['1:1 related-hedge related.md qualifies this claim (“are expected to”); paragraph 1 states it as fact'] },
    // "the accused" as a noun is the defendant, no hedge; "the accused man" is one (blind set BR)
    { related: 'The Asset Forfeiture Unit has obtained a preservation order over property worth R2.1 million linked to the accused, including a house in Nelspruit.', text: 'The Asset Forfeiture Unit has obtained a preservation order over R2.1 million worth of property linked to Sibiya, including a house in Nelspruit.', findings: [] },
    { related: 'The accused man was arrested at his home in Nelspruit on Friday.', text: 'The man was arrested at his home in Nelspruit on Friday.', findings: ['1:1 related-hedge related.md qualifies this claim (“accused”); paragraph 1 states it as fact'] },
    { related: 'The dogs are believed to have entered the field through a gap in a hedge from a neighbouring footpath.', text: 'The dogs got into the field through a gap in a hedge from a neighbouring footpath.', findings: ['1:1 related-hedge related.md qualifies this claim (“are believed to”); paragraph 1 states it as fact'] },
    { related: 'The dogs are believed to have entered the field through a gap in a hedge from a neighbouring footpath.', text: 'The dogs did not get into the field through a gap in a hedge from a neighbouring footpath.', findings: [] },
    { related: 'The chemicals were believed to have leaked from the plant, the agency said.', text: 'The chemicals leaked from the plant.', findings: ['1:1 related-hedge related.md qualifies this claim (“were believed to”); paragraph 1 states it as fact'] },
    // what "initial indications suggest" is a finding not yet made (blind set AS)
    { related: 'Initial indications suggest the smoke was caused by an oil seal failure in the right-hand engine.', text: 'The smoke was caused by an oil seal failure in the right-hand engine.', findings: ['1:1 related-hedge related.md qualifies this claim (“indications suggest”); paragraph 1 states it as fact'] },
    // (kept by any hedge of the article's own over the clause) (review)
    { related: 'Initial indications suggest the smoke was caused by an electrical fault in a ventilation unit.', text: 'The smoke is thought to have been caused by an electrical fault in a ventilation unit.', findings: [] },
    // against a report the words stand in another order: the claim stated anywhere in the sentence loses its hedge
    // "according to" hedges the clause beside its source, not the source's own noun
    { related: 'According to investigators, the fire was started deliberately in the stairwell of the block.', text: 'The fire was started deliberately in the stairwell of the block.', findings: ['1:1 related-hedge related.md qualifies this claim (“according to”); paragraph 1 states it as fact'] },
    // (not where the article denies the claim, or hedges it in a word of its own; and one hedge of the
    // report is lost once, where the article restates it most closely)
    { related: 'According to investigators, the fire was started deliberately.', text: 'The fire was not started deliberately.', findings: [] },
    { related: 'Crews were called to the warehouse on Mill Lane at 2.14am on Sunday.\n\nAccording to investigators, the fire was started deliberately.', text: 'A warehouse on Mill Lane was destroyed by a fire that was allegedly started deliberately.', findings: [] },
    { related: 'Police briefing: Moss Side shooting\n\nAccording to witnesses, the gunman fired at least six shots.\n\nNo one was hit. A car was damaged.', text: 'Police are hunting a gunman after shots were fired in Moss Side on Tuesday night.\n\nThe gunman fired at least six shots.\n\nNo one was hit, but a parked car was damaged.', findings: ['3:1 related-hedge related.md qualifies this claim (“according to”); paragraph 2 states it as fact'] },
    { related: 'The boy is thought to have entered the water by jumping from a rock ledge.', text: 'He jumped into the water from a rock ledge about 8m high.', findings: ['1:1 related-hedge related.md qualifies this claim (“is thought to”); paragraph 1 states it as fact'] },
    { related: 'A downed power line is suspected of having sparked the fire on Sunday near Ridge Road, the sheriff said.', text: 'The blaze was sparked by a downed power line near Ridge Road on Sunday.', findings: ['1:1 related-hedge related.md qualifies this claim (“suspected”); paragraph 1 states it as fact'] },
    // (and what a report tells as reported, the article as said: blind set BY)
    { related: 'Most of the cases have been reported among residents of Hagadera and Ifo settlements and host communities in Dadaab who draw water from shallow wells and water pans.\n', text: 'Most of the patients are residents of the Hagadera and Ifo camps and of host communities around Dadaab who draw their water from shallow wells and water pans, the ministry said.\n', findings: [] },
    { related: 'Three minor injuries were reported to the NWS by Lenawee County Emergency Management.\n', text: 'Three people suffered minor injuries, according to Lenawee County Emergency Management. No one was killed.\n', findings: [] },
    // what a report tells as alleged the article may tell as said by its source; a hedge the article's paragraph keeps is kept (blind sets BL, H)
    { related: 'The accused allegedly created WhatsApp and Telegram groups in the name of a reputed brokerage firm and added persons interested in share trading.', text: 'Police said the gang created WhatsApp and Telegram groups using the name of a well-known brokerage firm and added people who were interested in share trading.\n', findings: [] },
    { related: 'Under the ordinance, licensed food trucks may operate in two designated downtown zones: on Front Street between Second and Sixth streets, and in the city-owned parking lot at Elm and Fourth streets.', text: 'Under the ordinance, trucks will operate in two areas: on Front Street between Second and Sixth streets, and in the city lot at Elm and Fourth streets. They may operate from 7 a.m. to 10 p.m.\n', findings: [] },
    // a permission the article restates ("may keep" / "have been allowed to keep") is no hedge
    // ("It is alleged that …": what the report hedges is its clause's verb, past the participles on its subject)
    { related: 'It is alleged that three working border collies, valued at a total of £14,500, were taken from three farms near Builth Wells between 2 and 9 February 2025.', text: 'Rhys Prothero took the three collies, worth a combined £14,500, from three farms near the town between 2 and 9 February.', findings: ['1:1 related-hedge related.md qualifies this claim (“alleged”); paragraph 1 states it as fact'] },
    { related: 'Recreational fishers may keep escaped salmon caught in the area under a temporary exemption issued by the department.', text: 'Recreational fishers have been allowed to keep any escaped salmon they catch under a temporary exemption.', findings: [] },
    // "may slow that fall" is not stated by "fall slowly"; "NHS England figures show" credits the source "according to" names
    { related: 'River levels are expected to fall slowly, but further rain forecast for Saturday may slow that fall.', text: 'River levels are expected to fall slowly, but more rain is forecast for Saturday.', findings: [] },
    { related: 'The man is understood to be a former employee of the firm.', text: 'The man is a former employee of the firm.', findings: ['1:1 related-hedge related.md qualifies this claim (“is understood to”); paragraph 1 states it as fact'] },
    // the word before the edit may open the hedge ("is believed to be the Zeepaard" → "is the Zeepaard")
    { related: 'A wreck south of Portland Bill is believed to be the Zeepaard, a Dutch ship that sank in 1667.', text: 'The wreck, which lies south of Portland Bill, is the Zeepaard, a Dutch ship that sank in 1667.', findings: ['1:1 related-hedge related.md qualifies this claim (“is believed to”); paragraph 1 states it as fact'] },
    { related: 'Bed occupancy was above 95% for most of December, according to figures published by NHS England.', text: 'More than 95% of beds were occupied for most of December, NHS England figures show.', findings: [] },
  ],
  check(context) {
    const versions = context.versions;
    if (!versions) return;
    const { direction } = context.options;
    const source = versions.mode.name === 'source';
    // (`lead` words before the hunk are context only: a hedge must reach into the hunk)
    const hedgesIn = (words: string[], lead = 0) => {
      const found: string[] = [];
      for (let k = 0; k < words.length; k++) {
        for (const hedge of context.lexicon.hedges) {
          if (k + hedge.length <= lead || !hedge.every((w, j) => words[k + j] === w)) continue;
          // "could not yet estimate" denies, it does not hedge
          if (context.lexicon.modalVerbs.has(hedge[0]!) && context.lexicon.negations.has(words[k + hedge.length] ?? '')) continue;
          found.push(hedge.join(' '));
        }
      }
      return found;
    };
    // against a report, one hedge of the report is lost once, where the article restates it most closely
    const pairs = changedPairs(context);
    if (source) pairs.sort((x, y) => (y.pair.similarity ?? 0) - (x.pair.similarity ?? 0));
    const lost = new Set<string>();
    for (const pair of pairs) {
      // against a report, only a sentence that restates the qualified one closely has dropped its hedge
      if (source && (pair.pair.similarity ?? 0) < context.options.minRestatement) continue;
      for (const hunk of hunks(pair)) {
        // with the word before the hunk, which may open the hedge: "is believed to be the Zeepaard" →
        // "is the Zeepaard" deletes "believed to be", and "is" stays
        const withLead = (analysis: typeof versions.old, span: typeof hunk.oldSpan) => {
          const inside = tokensIn(analysis, span).filter((t) => t.quote < 0);
          const lead = inside[0] && analysis.tokens[inside[0].i - 1];
          const opens = lead !== undefined && lead.sentence === inside[0]!.sentence && lead.quote < 0;
          return { tokens: opens ? [lead, ...inside] : inside, lead: opens ? 1 : 0 };
        };
        const [oldHunk, newHunk] = [withLead(versions.old, hunk.oldSpan), withLead(context.analysis, hunk.newSpan)];
        const before = hedgesIn(hedgeWords(context.lexicon, versions.old.tokens, oldHunk.tokens), oldHunk.lead);
        const after = hedgesIn(hedgeWords(context.lexicon, context.analysis.tokens, newHunk.tokens), newHunk.lead);
        // a hedge reworded elsewhere in the sentence ("the alleged scheme" → "the scheme, prosecutors allege") stays
        const root = (hedge: string) => hedge.replace(/^(is|are) /, '').slice(0, 5);
        const sentenceWords = (analysis: typeof versions.old, sentences: typeof pair.oldSentences) =>
          sentences.flatMap((s) => analysis.tokens.slice(s.tokenStart, s.tokenEnd).filter((t) => t.quote < 0).map((t) => t.lower));
        const otherSide = direction === 'removed' ? sentenceWords(context.analysis, pair.newSentences) : sentenceWords(versions.old, pair.oldSentences);
        // "according to police" and "police said" both attribute: one for the other is no hedge lost
        const attributed = (direction === 'removed' ? pair.pair.new.map((j) => context.analysis.attribution.get(j)) : pair.pair.old.map((i) => versions.old.attribution.get(i))).some(Boolean);
        // (in an edit, "according to police" dropped is an attribution dropped: changed-attribution says so)
        // against a report, what it tells as alleged the article may tell as said ("The accused allegedly
        // created WhatsApp groups" / "Police said the gang created WhatsApp groups"), and a hedge the
        // article's paragraph keeps is kept ("licensed food trucks may operate" / "… They may operate")
        // (the paragraph read only for a hedge lost)
        let kept: Set<string> | undefined;
        // (a modal for a modal: the report's "may cause similar levels" is kept by "could push the river to
        // similar heights"; blind set CG)
        const keptThere = (h: string) => {
          kept ??= paragraphWords(context.analysis, pair.newSentences);
          return kept.has(h) || (context.lexicon.modalVerbs.has(h) && [...context.lexicon.modalVerbs].some((m) => kept!.has(m)));
        };
        const changed = (direction === 'removed' ? before.filter((h) => !after.includes(h)) : after.filter((h) => !before.includes(h))).filter(
          (h) =>
            !otherSide.some((w) => w.startsWith(root(h))) &&
            !(h === 'according to' && (attributed || (!source && direction === 'removed') || (source && sourceNamed(versions.old.tokens, pair.oldSentences, otherSide)))) &&
            !(source && direction === 'removed' && attributed && ALLEGED.test(h)) &&
            !(source && direction === 'removed' && keptThere(h)),
        );
        if (changed.length === 0) continue;
        // an edit that drops a claim's source and its hedge at once ("According to one eyewitness, the
        // aircraft appeared to have …" → "The aircraft experienced …") is one change, the attribution
        // dropped, which changed-attribution reports; a source swapped for another keeps the hedge's own finding
        const saidBefore = pair.pair.old.some((i) => versions.old.attribution.get(i));
        if (!source && direction === 'removed' && saidBefore && !attributed) continue;
        let oldSpan = visibleSpan(hunk.oldSpan, pair.oldSentences);
        if (direction === 'removed') {
          // the claim must still be stated for its hedge to be lost: "were believed to have leaked" is
          // lost in "The chemicals leaked", not in a sentence that no longer says it leaked (the edit
          // cut the claim with its hedge)
          // "No further casualties were reported" denies that any were, it hedges nothing
          if (changed.every((h) => negatedBefore(context.lexicon, versions.old.tokens, pair.oldSentences, h))) continue;
          const hedged = hedgedWord(versions.old.tokens, pair.oldSentences, changed[0]!);
          // (against a report, whose sentence is worded afresh, the same word as the same part of speech:
          // "may slow that fall" is not stated by "fall slowly"; nor by a gerund after a preposition,
          // "pleaded not guilty to stealing", which states no theft)
          const all = context.analysis.tokens;
          const stated = (t: Token) => !(t.lower.endsWith('ing') && GERUND_AFTER.has(all[t.i - 1]?.lower ?? ''));
          const key = (t: Token) => (source ? `${t.pos}:${t.lemma}` : t.lemma);
          const newLemmas = new Set(pair.newSentences.flatMap((s) => all.slice(s.tokenStart, s.tokenEnd).filter((t) => !source || stated(t)).map(key)));
          // (or the way it was done, a gerund after "by": "is thought to have entered the water by jumping"
          // is stated by "He jumped into the water")
          const by = hedged && byGerund(versions.old.tokens, hedged.word);
          // (against a report, the article's close restatement that puts a verb of its own where the hedge and
          // its verb stood states the claim all the same: "are believed to have entered the field through a gap"
          // / "got into the field through a gap")
          const inItsPlace = source && hedged !== undefined && hedged.word.start >= hunk.oldSpan.start && hedged.word.end <= hunk.oldSpan.end && (pair.pair.similarity ?? 0) >= RESTATED_IN_OWN_VERB && tokensIn(context.analysis, hunk.newSpan).some((t) => t.pos === 'VERB' && !/^(be|have)$/.test(t.lemma) && !context.lexicon.negations.has(all[t.i - 1]?.lower ?? ''));
          if (hedged && !inItsPlace && !newLemmas.has(key(hedged.word)) && !(by && newLemmas.has(source ? `VERB:${by.lemma}` : by.lemma))) continue;
          // (a report's "may keep escaped salmon" is a permission, which "have been allowed to keep" restates:
          // the leave word just before the article's own telling of the hedged verb, which is no leave word itself)
          const permits = (t: Token) => context.lexicon.permissionWords.has(t.lower) || context.lexicon.permissionWords.has(t.lemma);
          const leave = (t: Token) => t.lemma === hedged?.word.lemma && !permits(t) && all.slice(Math.max(0, t.i - 3), t.i).some(permits);
          if (source && hedged && changed.every((h) => context.lexicon.modalVerbs.has(h)) && pair.newSentences.some((s) => all.slice(s.tokenStart, s.tokenEnd).some(leave))) continue;
          // (a report's "may delay the launch" is not stated as fact by "would delay the launch if …")
          if (source && pair.newSentences.some((s) => all.slice(s.tokenStart, s.tokenEnd).some((t) => context.lexicon.conditionals.has(t.lower)))) continue;
          if (source) {
            // (the article denies the claim, "The fire was not started deliberately": a reversal, not a hedge
            // lost; or hedges it in its own word, "allegedly started")
            const told = hedged ? pair.newSentences.flatMap((s) => all.slice(s.tokenStart, s.tokenEnd)).filter((t) => t.lemma === hedged.word.lemma || (by !== undefined && t.lemma === by.lemma)) : [];
            if (told.some((t) => all.slice(Math.max(0, t.i - 3), t.i).some((w) => context.lexicon.negations.has(w.lower)))) continue;
            if (told.some((t) => hedgesIn(all.slice(Math.max(0, t.i - 4), t.i).map((w) => w.lower)).length > 0)) continue;
            // (what a report expects to happen, the article tells as to come: "are expected to join" / "will
            // join" still tells a plan, not a fact; blind set BU; but what it expects on a condition, "is expected
            // to complete …, subject to CMA approval", told as "will complete" is told as certain: blind set AP)
            const conditional = pair.oldSentences.some((x) => CONDITIONS.test(x.text));
            if (!conditional && changed.every((h) => EXPECTED.test(h)) && told.some((t) => all.slice(Math.max(0, t.i - 2), t.i).some((w) => FUTURE.has(w.lower)))) continue;
            // (a hedge over a whole clause, "Initial indications suggest the smoke was caused …", is kept by
            // any hedge of the article's sentence: "The smoke is thought to have been caused …")
            const clauseHedge = changed.every((h) => /\b(?:suggest|that)$/.test(h));
            if (clauseHedge && pair.newSentences.some((x) => hedgesIn(all.slice(x.tokenStart, x.tokenEnd).filter((t) => t.quote < 0).map((t) => t.lower)).length > 0)) continue;
            const key = `${pair.pair.old.join(',')}:${changed.join(',')}`;
            if (lost.has(key)) continue;
            lost.add(key);
          }
          // in an edit, the hedged word deleted with its hedge (", but may also commemorate …" cut) is a
          // claim cut, however the word is used elsewhere in the sentence (against a report, whose words
          // stand in another order, the article's sentence stating it anywhere is enough: "A downed power
          // line is suspected of having sparked the fire" / "The blaze was sparked by a downed power line")
          const insertedLemmas = new Set(tokensIn(context.analysis, hunk.newSpan).map((t) => t.lemma));
          if (!source && hedged && hedged.word.start >= hunk.oldSpan.start && hedged.word.end <= hunk.oldSpan.end && !insertedLemmas.has(hedged.word.lemma)) continue;
          // "allegedly accused" → "accused", "reportedly said" → "said": what the hedge qualified is itself
          // an accusation or a report, and still keeps the claim at a distance
          if (hedged && (context.lexicon.hedges.some((h) => h.length === 1 && h[0] === hedged.word.lower) || context.lexicon.speechVerbs.has(hedged.word.lemma))) continue;
          if (!source) {
            // in an edit, an expectation told as done ("is expected to reach the capital this evening" →
            // "reached the capital in the early evening") is the news catching up, not a hedge lost
            if (hedged && changed.every((h) => h.endsWith('expected to')) && pair.newSentences.some((s) => all.slice(s.tokenStart, s.tokenEnd).some((t) => done(all, t, hedged.word.lemma)))) continue;
            // (nor is one told as set for a time the old version did not give: "is expected to hear it this
            // evening" → "will hear it at 7pm" is the schedule confirmed)
            if (changed.every((h) => h.endsWith('expected to')) && newTime(pair.oldSentences.map((x) => x.text).join(' '), pair.newSentences.map((x) => x.text).join(' '))) continue;
            // in an edit, a hedge swapped for another in the same place ("accused's" for "alleged")
            // still qualifies the claim
            if (hedgesIn(hedgeWords(context.lexicon, context.analysis.tokens, tokensIn(context.analysis, hunk.newSpan))).length > 0) continue;
            // a hedge that was itself the attribution ("claimed", "reported", "are said to", "according
            // to") still credits the claim to its source when the sentence still reports speech
            // ("claimed" became "said", "are said to reside" became "it was reported that … were residing")
            // (not where the sentence credited the same source beside the hedge, before and after: "The ferry
            // is believed to have struck …, a coastguard official said" → "The ferry struck …, a coastguard
            // official said" lost its hedge and kept its source; "claimed" → "said" is the source's own verb)
            const oldTold = pair.pair.old.flatMap((i) => versions.old.attribution.get(i) ?? []);
            const newSources = new Set(pair.pair.new.flatMap((j) => context.analysis.attribution.get(j)?.speaker ?? []));
            const hedgeWordsOf = new Set(changed.flatMap((h) => h.split(' ')));
            const sourceKept = oldTold.length > 0 && oldTold.every((a) => newSources.has(a.speaker) && !hedgeWordsOf.has(a.verb.toLowerCase()));
            const attributing = !sourceKept && changed.every((h) => h === 'according to' || h.split(' ').some((w) => context.lexicon.speechVerbs.has(lemmaOf(context, w))));
            if (attributing && pair.newContexts.some((c) => reportsSpeech(context.lexicon, c.words))) continue;
          }
          // the report's place is the hedge and what it qualifies ("could run", "were believed to have leaked")
          // (a trailing "…, according to police" qualifies what stands before it: its place is the hunk)
          if (source && hedged && hedged.word.start > hedged.hedge.start) oldSpan = { start: hedged.hedge.start, end: hedged.word.end };
        }
        const where = whereNew(pair);
        const rewording = hunk.inserted.trim() ? ` (“${hunk.deleted.trim()}” became “${hunk.inserted.trim()}”)` : '';
        // (a modal dropped where the old version told a decision to come and the new one that it was
        // taken, "could lose winter gritting" → "to lose" once the cabinet "has approved" the plan, is the
        // story brought up to date: worth a look; blind set CA)
        const decided = !source && direction === 'removed' && changed.every((h) => context.lexicon.modalVerbs.has(h)) && decisionTaken(versions.old.doc.source, context.analysis.doc.source);
        context.report({
          // a claim the sentence still credits to someone ("told the court that …") keeps some distance
          confidence: confidence(0.85, pair.newContexts.some((c) => reportsSpeech(context.lexicon, c.words)) ? 0.8 : 1, decided ? DECIDED : 1, blockWeight(pair.newSentences[0]), restatement(versions.mode, pair.pair.similarity)),
          message: direction,
          data: { where, Where: capitalise(where), hedges: changed.join('”, “'), rewording, report: versions.old.doc.path },
          locations: changeLocations(context, source ? { start: pair.newSentences[0]!.start, end: pair.newSentences[pair.newSentences.length - 1]!.end } : visibleSpan(hunk.newSpan, pair.newSentences), oldSpan),
          evidence: { expected: hunk.deleted.trim(), actual: hunk.inserted.trim(), hedge: changed.join(', ') },
        });
      }
    }
  },
});

/** How surely a modal dropped once the decision it waited on was taken is a hedge lost rather than an update. */
const DECIDED = 0.4;

/** A decision told as to come ("will vote on", "is due to decide", "if approved") … */
const DECISION_AHEAD = /\b(?:will|is due to|are due to|is expected to|are expected to|is set to|are set to) (?:vote|decide|consider|rule)\b|\bif (?:approved|passed|agreed)\b/i;
/** … and as taken ("has approved", "voted to", "rejected"). */
const DECISION_TAKEN = /\b(?:has|have|had) (?:approved|agreed|passed|rejected|voted)\b|\bvoted (?:to|for|against|in favour|in favor)\b|\b(?:approved|rejected) (?:the|a|an|its|plans?|proposals?)\b/i;

/** The old version told a decision to come and the new one tells it taken. */
function decisionTaken(old: string, now: string): boolean {
  return DECISION_AHEAD.test(old) && !DECISION_TAKEN.test(old) && DECISION_TAKEN.test(now);
}

/** A clock time or a day of the month ("at 7pm", "at 19:30", "on 14 May", "on May 14"). */
const SET_TIME = /\b\d{1,2}(?:[.:]\d{2})?\s?(?:am|pm|a\.m\.|p\.m\.)|\b\d{1,2}:\d{2}\b|\b\d{1,2}(?:st|nd|rd|th)? (?:January|February|March|April|May|June|July|August|September|October|November|December)\b|\b(?:January|February|March|April|May|June|July|August|September|October|November|December) \d{1,2}\b/gi;

/** Whether the new sentence sets a time the old one did not give. */
function newTime(oldText: string, newText: string): boolean {
  const before = new Set([...oldText.matchAll(SET_TIME)].map((m) => m[0].toLowerCase()));
  return [...newText.matchAll(SET_TIME)].some((m) => !before.has(m[0].toLowerCase()));
}

/** Words before a verb that keep it ahead: "will be published", "to reach", "may open". */
const AHEAD = new Set(['will', 'would', 'shall', 'to', 'may', 'might', 'could', 'can', 'should', 'must', "'ll"]);

/** The verb of `lemma` told as done at `t`: a past form ("reached", "left", "been published"), with nothing before it that keeps it ahead. */
function done(all: Token[], t: Token, lemma: string): boolean {
  const present = t.lower === t.lemma || t.lower.endsWith('ing') || t.lower === `${t.lemma}s` || t.lower === `${t.lemma}es`;
  return t.lemma === lemma && t.pos === 'VERB' && !present && !all.slice(Math.max(0, t.i - 3), t.i).some((w) => AHEAD.has(w.lower));
}
