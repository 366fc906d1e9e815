/**
 * variants — a word or name written two ways in one article.
 *
 * What: forms from the `variants` lexicon mixed in the body ("email" and "e-mail", "U.S." and "US",
 * "Kyiv" and "Kiev"), and any compound written both with and without its hyphen ("dash-cam" and
 * "dashcam"), a name written as one word and as two ("Saltmarsh Lane" and "Salt Marsh Lane"), a compound
 * noun written as one word and as two ("headteacher" and "head teacher"), a name's capitals written two
 * ways ("BikeFest" and "Bikefest"), British and American spellings of one word ("apologised" and
 * "apologized"), a name with and without its accents ("Potosí" and "Potosi") and one written with a
 * word in full and short ("Mt Smart" and "Mount Smart"). The
 * form the article uses less is flagged, as proselint's consistency check does (on a
 * tie, the later one); where the lexicon names a `preferred` form, every other form is flagged.
 * Why: house style is one spelling; mixed forms look careless and can make a search miss a story.
 * Not a finding: headlines and related links (headline style differs: "US" in a headline, "U.S." in
 * the text is AP style), words inside code.
 */
import type { Analysis } from '../model/analysis.js';
import type { VariantDef } from '../lexicon/types.js';
import { defineKind, type OptionsOf, type OptionsSchema, type RuleContext } from './kind.js';
import { placeOf } from './describe.js';
import { BODY_KINDS } from '../model/document.js';
import { minConfidence } from './confidence.js';
import { least, pushTo } from '../base/arrays.js';
import { escapeRegExp } from '../base/regexp.js';

const OPTIONS = {
  type: 'object',
  additionalProperties: false,
  properties: {
    enforcePreferred: { type: 'boolean', default: false, description: 'Also flag a form the lexicon does not prefer when it is the only form the article uses (house style).' },
    minConfidence: minConfidence('Forms from the lexicon score 0.85; a compound found written both ways in the article, 0.75.'),
    minCompoundLength: { type: 'integer', minimum: 1, default: 6, description: 'A compound written with and without its hyphen counts from this many letters: "co-op" and "coop" are two words.' },
  },
} as const satisfies OptionsSchema;

export const variants = defineKind<OptionsOf<typeof OPTIONS>>({
  name: 'variants',
  scope: 'article',
  summary: 'A word or name written two ways in one article (email / e-mail, U.S. / US, Kyiv / Kiev).',
  optionsSchema: OPTIONS,
  messages: {
    variant: { template: '“{form}” is written “{usual}”{asIn}, {reason}: use one form', vars: ['form', 'usual', 'asIn', 'reason'] },
  },
  examples: [
    // Canadian copy's "cents US" is a currency, no spelling of the country (blind set BU)
    { text: 'The Canadian dollar traded for 71.62 cents US, which works out to about C$1.3962 for each U.S. dollar.\n\nU.S. stocks rose.\n', findings: [] },
    { text: 'The Canadian dollar traded higher against the US dollar.\n\nU.S. stocks rose, and U.S. bond yields fell.\n', findings: ['1:47 term-variant “US” is written “U.S.” (as in paragraph 2), the form used most in this article: use one form'] },
    // a name with and without its accents (blind set AU); not a word of a longer name, nor a person's (the naming kind's)
    { text: 'Four villages in Potosí department began the blockade on Monday.\n\nIn 2019, residents of Potosi blocked roads for three weeks.\n', findings: ['3:23 term-variant “Potosi” is written “Potosí” (as in paragraph 1), the form this article uses first: use one form'] },
    { text: 'Sûreté du Québec investigators recovered the barrels.\n\nQuebec produces most of the world\'s maple syrup.\n\nLucía Peña won the race. Pena said she was tired.\n', findings: [] },
    // one name with a word in full and short (blind set BD); not two names, nor an address's "St." (AP style)
    { text: "Rennick was knocked out in Saturday night's clash at Mt Smart Stadium.\n\nThe Warriors host the Knights at Mount Smart Stadium in round 12.\n", findings: ['3:34 term-variant “Mount Smart” is written “Mt Smart” (as in paragraph 1), the form this article uses first: use one form'] },
    { text: 'She climbed Mt Everest in 2019.\n\nThe club plays at Mount Smart Stadium.\n\nThe market on Pine Street reopens on Saturday at 210 Pine St. in Westford.\n', findings: [] },
    { text: 'Readers can email the desk.\n\nThe email address is on the website.', findings: [] },
    { text: 'Readers can email the desk.\n\nThe e-mail address is on the website, and each email is read.', findings: ['3:5 term-variant “e-mail” is written “email” (as in paragraph 1), the form used most in this article: use one form'] },
    { text: 'The company apologized to customers on Monday.\n\nIts founder said she had apologised personally to each of them.', findings: ['3:26 term-variant “apologised” is written “apologized” (as in paragraph 1), the form this article uses first: use one form'] },
    { text: 'Four people were hurt, police said.\n\nThe road was closed for an hour.', findings: [] },
    // British and American spellings the lexicon lists; a name keeps its own ("the Globe Theatre")
    { text: 'He admitted the offence in court.\n\nThe offense carries a fine. The Globe Theatre and the theater on Main Street closed.\n', findings: ['3:5 term-variant “offense” is written “offence” (as in paragraph 1), the form this article uses first: use one form'] },
    // a common word capitalised inside a sentence is a name the copy does not type; a sentence's first word is not
    { text: 'There is also a Catalogue of Life, a compilation of a million species.\n\nAn early attempt at a web catalog failed.\n', findings: [] },
    { text: 'The library keeps a catalog of old maps.\n\nCatalogue entries were added in May.\n', findings: ['3:1 term-variant “catalogue” is written “catalog” (as in paragraph 1), the form this article uses first: use one form'] },
    // a capital after a label's colon opens what follows, as a sentence's does
    { text: 'The minister named a new defence secretary.\n\nQ: What happens next?\n\nA: Defense spending is expected to rise.\n', findings: ['5:4 term-variant “defense” is written “defence” (as in paragraph 1), the form this article uses first: use one form'] },
    // a word capitalised as house style differs; a sentence's first word is capitalised as any word there is
    { text: 'Internet access was cut at 9am.\n\nThe exchange was disconnected from most of the internet for hours.\n\nIt was reconnected to the Internet at noon.\n', findings: ['5:27 term-variant “Internet” is written “internet” (as in paragraph 2), the form this article uses first: use one form'] },
    // a name as one word and as two; a sentence's first word is capitalised as any word there is
    { text: 'The farmland off Saltmarsh Lane flooded on Monday.\n\nCrews shut Salt Marsh Lane on Tuesday.\n', findings: ['3:12 term-variant “Salt Marsh” is written “Saltmarsh” (as in paragraph 1), the form this article uses first: use one form'] },
    { text: 'Everyone agreed to meet.\n\nThe band Every One played on Friday.\n', findings: [] },
    { text: 'The airline, which merged with Northwest in 2008, serves the North West of England.\n', findings: [] },
    { text: 'Footage from a dashcam showed the van.\n\nOfficers traced the van using the dash-cam footage.', findings: ['3:35 term-variant “dash-cam” is written “dashcam” (as in paragraph 1), the form this article uses first: use one form'] },
    // a compound noun as one word and as two; (a determiner and a noun, or a verb and its particle, are two words)
    { text: 'Rachel Ashworth, the headteacher, wrote to parents.\n\nThe head teacher said the children had taken it well.\n', findings: ['3:5 term-variant “head teacher” is written “headteacher” (as in paragraph 1), the form this article uses first: use one form'] },
    // a noun's first half tagged as a verb; a name with and without its hyphens (blind sets BW and BY)
    { text: 'A small skatepark would be built in the yard.\n\nHer son uses the town\'s only skate park, on the recreation ground.\n', findings: ['3:30 term-variant “skate park” is written “skatepark” (as in paragraph 1), the form this article uses first: use one form'] },
    { text: 'Buses call at Penybont, Dolau and Knucklas.\n\nTickets for travel between Pen-y-bont and Knighton are valid.\n', findings: ['3:28 term-variant “Pen-y-bont” is written “Penybont” (as in paragraph 1), the form this article uses first: use one form'] },
    { text: 'Jean-Pierre Laval spoke first.\n\nAll-party talks resumed, and Allparty Ltd was not named.\n', findings: [] },
    { text: 'Traffic is an everyday problem.\n\nBuses run every day.\n\nThe turnout was low, and few voters turn out in May.\n', findings: [] },
    // a name's capitals two ways (not a heading's capitals, nor a sentence's first letter)
    { text: 'Organisers of Bikefest expect 300,000 people.\n\nThe BikeFest rally starts on Friday, and BikeFest ends on Monday.\n', findings: ['1:15 term-variant “Bikefest” is written “BikeFest” (as in paragraph 2), the form used most in this article: use one form'] },
    { text: 'NATO leaders met in Vilnius.\n\nNato said the talks went well.\n', findings: [] },
    { text: 'Councillor Rhoda MacLeod criticised the cancellations.\n\nThe Rev Norman Macleod said the island felt abandoned.\n', findings: [] },
  ],
  check(context) {
    const { options } = context;
    const { analysis } = context;
    const body = analysis.sentences.filter((s) => BODY_KINDS.has(s.kind) || s.kind === 'standfirst');
    const matcher = matcherFor(context.lexicon.variants);
    // one pass of two regular expressions per sentence finds every form of every variant
    const hits = new Map<VariantDef, Map<string, { start: number; end: number; sentence: number }[]>>();
    for (const sentence of body) {
      for (const [regex, table, fold] of [
        [matcher.sensitive, matcher.bySensitive, false],
        [matcher.insensitive, matcher.byInsensitive, true],
      ] as const) {
        if (!regex) continue;
        for (const match of sentence.text.matchAll(regex)) {
          const found = table.get(fold ? match[0].toLowerCase() : match[0]);
          if (!found) continue;
          const start = fileOffset(analysis, sentence.index, match.index);
          // "US" / "U.S." is the paper's punctuation even inside a name; "Center" / "centre" in a name is the name's
          const punctuation = new Set(found.variant.forms.map((f) => f.replace(/\./g, '').toLowerCase())).size === 1;
          if (!ownWords(analysis, sentence.index, start, start + match[0].length, !punctuation)) continue;
          // a common word capitalised inside a sentence is part of a name the copy does not type ("a
          // Catalogue of Life" … "a web catalog"): a name keeps its own spelling
          // (a word after a label's colon opens what follows it: "A: Defense spending …", "Pictured: Theater staff")
          const opening = !/\p{L}/u.test(sentence.text.slice(0, match.index)) || /:\s*["“'‘]?$/u.test(sentence.text.slice(0, match.index));
          if (!punctuation && found.variant.forms.every((f) => f === f.toLowerCase()) && /^\p{Lu}/u.test(match[0]) && !opening) continue;
          // (forms that differ only in case, "internet" / "Internet": a sentence's first word is capitalised as any word there is)
          if (opening && new Set(found.variant.forms.map((f) => f.toLowerCase())).size === 1) continue;
          const byForm = hits.get(found.variant) ?? new Map<string, { start: number; end: number; sentence: number }[]>();
          hits.set(found.variant, byForm);
          pushTo(byForm, found.form, { start, end: start + match[0].length, sentence: sentence.index });
        }
      }
    }
    const known = new Set([...hits.values()].flatMap((byForm) => [...byForm.keys()].map((f) => f.toLowerCase())));
    // and the variants found in the article itself, each with its hits
    const found = [
      hyphenationVariants(analysis, body, options.minCompoundLength, known),
      spellingVariants(analysis, body, known),
      spacingVariants(analysis, body, options.minCompoundLength),
      joinedNouns(analysis, body, options.minCompoundLength, known),
      caseVariants(analysis, body),
      abbreviationVariants(analysis, body),
      accentVariants(analysis, body),
    ];
    for (const variants of found) for (const [variant, byForm] of variants) hits.set(variant, byForm);
    for (const variant of [...context.lexicon.variants, ...found.flatMap((variants) => [...variants.keys()])]) {
      const byForm = hits.get(variant);
      if (!byForm) continue;
      const used = variant.forms.filter((form) => (byForm.get(form)?.length ?? 0) > 0);
      const preferred = variant.preferred;
      if (used.length < 2 && !(options.enforcePreferred && preferred && used.length === 1 && used[0] !== preferred)) continue;
      // the form used most sets the style; on a tie, the one the article uses first
      const count = (form: string) => byForm.get(form)!.length;
      const first = (form: string) => least(byForm.get(form)!.map((hit) => hit.start));
      const usual = preferred ?? [...used].sort((a, b) => count(b) - count(a) || first(a) - first(b))[0]!;
      const tie = !preferred && used.some((form) => form !== usual && count(form) === count(usual));
      const usualHit = byForm.get(usual)?.[0];
      for (const form of used) {
        if (form === usual) continue;
        for (const hit of byForm.get(form)!) {
          const elsewhere = usualHit ? ` (as in ${placeOf(analysis.sentences[usualHit.sentence]!)})` : '';
          const reason = preferred ? 'house style' : tie ? 'the form this article uses first' : 'the form used most in this article';

          const locations = [{ start: hit.start, end: hit.end, role: 'variant' }];
          if (usualHit) locations.push({ start: usualHit.start, end: usualHit.end, role: 'usual-form' });
          context.report({ confidence: context.lexicon.variants.includes(variant) ? 0.85 : 0.75, message: 'variant', data: { form, usual, asIn: elsewhere, reason }, locations, evidence: { expected: usual, actual: form }, fix: { start: hit.start, end: hit.end, wrong: form, right: usual } });
        }
      }
    }
  },
});

type Hit = { start: number; end: number; sentence: number };

/** Files a hit under its word's key and the form it was written in (appended: a word may recur thousands of times). */
function addHit(byKey: Map<string, Map<string, Hit[]>>, key: string, form: string, hit: Hit): void {
  let forms = byKey.get(key);
  if (!forms) byKey.set(key, (forms = new Map()));
  pushTo(forms, form, hit);
}

/** The words the article writes exactly two ways, as variants. */
function twoForms(byKey: Map<string, Map<string, Hit[]>>): Map<VariantDef, Map<string, Hit[]>> {
  const out = new Map<VariantDef, Map<string, Hit[]>>();
  for (const forms of byKey.values()) if (forms.size === 2) out.set({ forms: [...forms.keys()] }, forms);
  return out;
}

/**
 * A compound written both with and without its hyphen ("dash-cam" and "dashcam", "co-operate" and
 * "cooperate"), found in the article itself rather than the lexicon. Short ones are left out: "co-op"
 * and "coop" are two words. A name inside a sentence is compared with names only, as written
 * ("Pen-y-bont" and "Penybont", blind set BY): a capital there is the name's, not the sentence's.
 */
function hyphenationVariants(analysis: RuleContext['analysis'], body: RuleContext['analysis']['sentences'], minLength: number, known: Set<string>): Map<VariantDef, Map<string, Hit[]>> {
  const byClosed = new Map<string, Map<string, Hit[]>>();
  const words: { word: string; hit: Hit; name: boolean }[] = [];
  for (const sentence of body) {
    // (a capital on the sentence's first word is the sentence's)
    const first = sentence.text.search(/\p{L}/u);
    for (const match of sentence.text.matchAll(/\p{L}+(?:-\p{L}+)*/gu)) {
      const start = fileOffset(analysis, sentence.index, match.index);
      const name = match.index > first && /^\p{Lu}\p{Ll}/u.test(match[0]);
      words.push({ word: match[0], hit: { start, end: start + match[0].length, sentence: sentence.index }, name });
    }
  }
  const own = ({ hit }: { hit: Hit }) => ownWords(analysis, hit.sentence, hit.start, hit.end);
  const compounds = new Set(words.filter((w) => w.word.includes('-') && /^\p{Ll}/u.test(w.word) && own(w)).map(({ word }) => word.toLowerCase()));
  const closedOf = new Map([...compounds].map((c) => [c.replace(/-/g, ''), c]));
  const names = new Set(words.filter((w) => w.name && w.word.includes('-') && own(w)).map(({ word }) => word.replace(/-/g, '').toLowerCase()));
  for (const { word, hit, name } of words) {
    const lower = word.toLowerCase();
    const closed = lower.replace(/-/g, '');
    // (the cheap tests first: whether a word is the copy's own is read token by token)
    const compound = closedOf.has(closed);
    if (closed.length < minLength || (!compound && !(name && names.has(closed))) || known.has(lower) || !own({ hit })) continue;
    if (compound) addHit(byClosed, closed, lower.includes('-') ? closedOf.get(closed)! : closed, hit);
    else addHit(byClosed, `name:${closed}`, word, hit);
  }
  return twoForms(byClosed);
}

/**
 * A name written as one word and as two ("Saltmarsh Lane" and "Salt Marsh Lane"): two capitalised
 * words that, run together, make a capitalised word the article also uses. Only names: "every day"
 * and "everyday" are two words.
 */
function spacingVariants(analysis: RuleContext['analysis'], body: RuleContext['analysis']['sentences'], minLength: number): Map<VariantDef, Map<string, Hit[]>> {
  const hitOf = (sentence: number, at: number, length: number): Hit | undefined => {
    const start = fileOffset(analysis, sentence, at);
    return ownWords(analysis, sentence, start, start + length, false) ? { start, end: start + length, sentence } : undefined;
  };
  const closed = new Map<string, { form: string; hit: Hit; next: string }[]>();
  for (const sentence of body) {
    for (const match of sentence.text.matchAll(/(?<![\p{L}'’-])\p{Lu}\p{Ll}+(?![\p{L}'’-])/gu)) {
      // (not a sentence's first word, capitalised as any word there is)
      const hit = match[0].length >= minLength && match.index > 0 ? hitOf(sentence.index, match.index, match[0].length) : undefined;
      if (!hit) continue;
      const single = { form: match[0], hit, next: nextWord(sentence.text, match.index + match[0].length) };
      pushTo(closed, match[0].toLowerCase(), single);
    }
  }
  const byClosed = new Map<string, Map<string, Hit[]>>();
  for (const sentence of body) {
    for (const match of sentence.text.matchAll(/(?<![\p{L}'’-])(?=(\p{Lu}\p{Ll}{2,}) (\p{Lu}\p{Ll}{2,})(?![\p{L}'’-]))/gu)) {
      const key = (match[1]! + match[2]!).toLowerCase();
      // (both forms must go on the same way, "Saltmarsh Lane" / "Salt Marsh Lane": "Northwest in 2008"
      // and "the North West of England" are two names)
      const next = nextWord(sentence.text, match.index + match[1]!.length + 1 + match[2]!.length);
      const singles = closed.get(key)?.filter((single) => single.next === next);
      const hit = singles ? hitOf(sentence.index, match.index, match[1]!.length + 1 + match[2]!.length) : undefined;
      if (!singles?.length || !hit) continue;
      addHit(byClosed, key, `${match[1]} ${match[2]}`, hit);
      if (!byClosed.get(key)!.has(singles[0]!.form)) for (const single of singles) addHit(byClosed, key, single.form, single.hit);
    }
  }
  return twoForms(byClosed);
}

/** A capitalised word of this many letters or more is compared with its accents taken off. */
const MIN_ACCENTED_LENGTH = 4;

/**
 * A name written with and without its accents: "Potosí department" and "residents of Potosi" (blind set
 * AU). People's names are the naming kind's ("Peña" / "Pena" is a person's name misspelt), so a word
 * any person's mention holds is left to it.
 */
function accentVariants(analysis: Analysis, body: Analysis['sentences']): Map<VariantDef, Map<string, Hit[]>> {
  const byPlain = new Map<string, Map<string, Hit[]>>();
  const people = new Set(analysis.entities.filter((e) => e.type === 'person').map((e) => e.id));
  for (const sentence of body) {
    for (const match of sentence.text.matchAll(/(?<![\p{L}'’-])\p{Lu}\p{L}+(?![\p{L}'’-])/gu)) {
      if (match[0].length < MIN_ACCENTED_LENGTH) continue;
      const start = fileOffset(analysis, sentence.index, match.index);
      const end = start + match[0].length;
      // (a word inside a longer name keeps that name's spelling: "Sûreté du Québec" beside "Quebec")
      if (!ownWords(analysis, sentence.index, start, end) || mentionsIn(analysis, sentence.index).some((m) => m.start <= start && m.end >= end && people.has(m.entity))) continue;
      addHit(byPlain, match[0].normalize('NFD').replace(/\p{M}/gu, ''), match[0], { start, end, sentence: sentence.index });
    }
  }
  const out = twoForms(byPlain);
  // (two ways of the same letters with and without accents, not "Mark" beside "MARK")
  for (const [variant] of out) if (!variant.forms.some((f) => /[^\u0000-\u007f]/.test(f))) out.delete(variant);
  return out;
}

/** Words a place's name is written with in full or short: "Mount" / "Mt", "Street" / "St" (lower-cased, without the stop). */
const ABBREVIATED = new Map([
  ['mt', 'mount'], ['mount', 'mount'], ['ft', 'fort'], ['fort', 'fort'],
  ['st', 'street'], ['street', 'street'], ['rd', 'road'], ['road', 'road'], ['ave', 'avenue'], ['avenue', 'avenue'],
]);
/** "Mt Smart", "Mount Smart": the short or full word before a name. */
const BEFORE_NAME = /(?<![\p{L}'’-])(Mt\.?|Mount|Ft\.?|Fort) (\p{Lu}\p{Ll}+)(?![\p{L}'’-])/gu;
/** "Harbour St", "Harbour Street": a name before the short or full word. */
const AFTER_NAME = /(?<![\p{L}'’-])(\p{Lu}\p{Ll}+) (St|Street|Rd|Road|Ave|Avenue)\.?(?![\p{L}'’-])/gu;

/**
 * One name written with a word in full and short: "Mt Smart Stadium" and "Mount Smart Stadium", "Harbour
 * St" and "Harbour Street" (blind set BD). Only the same name both ways: "Mt Everest" beside "Mount Smart"
 * is two names, and "St Mary's" is a saint's, never compared with "Street"; nor an address's "210 Pine
 * St.", which AP style writes short beside "Pine Street".
 */
function abbreviationVariants(analysis: Analysis, body: Analysis['sentences']): Map<VariantDef, Map<string, Hit[]>> {
  const byName = new Map<string, Map<string, Hit[]>>();
  for (const sentence of body) {
    for (const [regex, word, name] of [[BEFORE_NAME, 1, 2], [AFTER_NAME, 2, 1]] as const) {
      for (const match of sentence.text.matchAll(regex)) {
        // (a sentence's first word may be any word capitalised: "Fort" is a name's only after something)
        if (match.index === 0 && regex === AFTER_NAME) continue;
        // (AP writes "St." short only after a house number, "210 Pine St.", and in full without one)
        if (regex === AFTER_NAME && /\d\s*$/.test(sentence.text.slice(0, match.index))) continue;
        const full = ABBREVIATED.get(match[word]!.replace(/\.$/, '').toLowerCase())!;
        const start = fileOffset(analysis, sentence.index, match.index);
        if (!ownWords(analysis, sentence.index, start, start + match[0].length, false)) continue;
        addHit(byName, `${full}|${match[name]!.toLowerCase()}`, match[0], { start, end: start + match[0].length, sentence: sentence.index });
      }
    }
  }
  // (two ways of the same word, not "Mt" and "Mt." alone, which is the stop's business)
  const out = twoForms(byName);
  for (const [variant] of out) if (new Set(variant.forms.map((f) => f.replace(/\./g, ''))).size < 2) out.delete(variant);
  return out;
}

/**
 * A compound noun written as one word and as two ("headteacher" and "head teacher", "website" and
 * "web site"): two lower-case nouns that, run together, make a noun the article also uses. Only nouns:
 * "every day" / "everyday", "turn out" / "turnout" and "any one" / "anyone" are two words each.
 */
function joinedNouns(analysis: Analysis, body: Analysis['sentences'], minLength: number, known: Set<string>): Map<VariantDef, Map<string, Hit[]>> {
  const closed = new Map<string, Hit[]>();
  const open: { key: string; form: string; hit: Hit }[] = [];
  const noun = (w: Analysis['tokens'][number] | undefined) => w !== undefined && w.pos === 'NOUN' && w.quote < 0 && /^\p{Ll}{3,}$/u.test(w.text);
  for (const sentence of body) {
    const tokens = analysis.tokens.slice(sentence.tokenStart, sentence.tokenEnd);
    tokens.forEach((t, k) => {
      // (a noun's first half may be tagged as a verb, "the town's only skate park", blind set BW;
      // the closed form must still be a noun)
      const verb = t.pos === 'VERB' && t.quote < 0 && /^\p{Ll}{3,}$/u.test(t.text);
      if (!(noun(t) || verb) || known.has(t.lower)) return;
      if (noun(t) && t.text.length >= minLength) pushTo(closed, t.lower, { start: t.start, end: t.end, sentence: sentence.index });
      const next = tokens[k + 1];
      if (noun(next) && next!.spaced && next!.start === t.end + 1) open.push({ key: t.lower + next!.lower, form: `${t.lower} ${next!.lower}`, hit: { start: t.start, end: next!.end, sentence: sentence.index } });
    });
  }
  const byKey = new Map<string, Map<string, Hit[]>>();
  for (const { key, form, hit } of open) {
    const singles = closed.get(key);
    if (!singles) continue;
    addHit(byKey, key, form, hit);
    if (!byKey.get(key)!.has(key)) for (const single of singles) addHit(byKey, key, key, single);
  }
  return twoForms(byKey);
}

/**
 * A name written with its capitals two ways ("BikeFest" and "Bikefest", "McDonald" and "Mcdonald"):
 * the same letters, capitalised differently past the first (which a sentence's start may capitalise).
 * Not a word in capitals throughout, which is a heading's or an acronym's style, nor the names of two
 * people who spell it their own ways.
 */
function caseVariants(analysis: Analysis, body: Analysis['sentences']): Map<VariantDef, Map<string, Hit[]>> {
  const byKey = new Map<string, Map<string, Hit[]>>();
  for (const sentence of body) {
    for (const match of sentence.text.matchAll(/(?<![\p{L}'’-])\p{L}{4,}(?![\p{L}'’-])/gu)) {
      const word = match[0];
      if (!/\p{Lu}/u.test(word) || word === word.toUpperCase()) continue;
      const start = fileOffset(analysis, sentence.index, match.index);
      if (!ownWords(analysis, sentence.index, start, start + word.length, false)) continue;
      // (keyed by the letters, filed by the capitals past the first)
      addHit(byKey, word.toLowerCase(), word[0]!.toUpperCase() + word.slice(1), { start, end: start + word.length, sentence: sentence.index });
    }
  }
  // (two people may spell one name two ways: "Rhoda MacLeod" and "the Rev Norman Macleod" are two
  // people, each named in full with their own spelling)
  const spelling = new Map<string, string[]>();
  for (const m of analysis.mentions) {
    const entity = analysis.entityById.get(m.entity);
    if (m.form === 'full' && entity?.type === 'person') for (const word of m.text.split(/\s+/)) pushTo(spelling, word, entity.id);
  }
  const out = new Map<VariantDef, Map<string, Hit[]>>();
  for (const forms of byKey.values()) {
    if (forms.size !== 2) continue;
    // as the article writes them: a form only a sentence's start capitalised is written as found
    const written = new Map([...forms.values()].map((hits) => [analysis.doc.source.slice(hits[0]!.start, hits[0]!.end), hits] as const));
    if (written.size !== 2) continue;
    const [a, b] = [...written.keys()].map((form) => spelling.get(form) ?? []);
    if (a!.length > 0 && b!.length > 0 && !a!.some((id) => b!.includes(id))) continue;
    out.set({ forms: [...written.keys()] }, written);
  }
  return out;
}

/** The word after a place in a text, as written ("Lane"), or "" at its end. */
function nextWord(text: string, at: number): string {
  return /^\s+([\p{L}\p{N}]+)/u.exec(text.slice(at))?.[1] ?? '';
}

/**
 * British and American spellings of one word, both found in the article ("apologised" and
 * "apologized", "colour" and "color", "travelled" and "traveled", "dialogue" and "dialog"), by the
 * regular differences between the two: -ise/-ize, -yse/-yze, -our/-or, a doubled l before an ending,
 * -ogue/-og. Only lower-case words of the article's own (not names, not quotations) count, and each
 * pair only when the article has both forms: "four" and "for" are too short to be one.
 */
const SPELLINGS: [RegExp, string][] = [
  [/^(\p{L}{3,})is(e|es|ed|ing|ation|ations|er|ers)$/u, '$1iz$2'],
  [/^(\p{L}{3,})ys(e|es|ed|ing)$/u, '$1yz$2'],
  [/^(\p{L}{3,})our(s|ed|ing|ite|ites|able|ful)?$/u, '$1or$2'],
  [/^(\p{L}{2,}[aeiou])ll(ed|ing|er|ers)$/u, '$1l$2'],
  [/^(\p{L}{3,})ogue(s)?$/u, '$1og$2'],
];

function americanOf(word: string): string {
  for (const [pattern, replacement] of SPELLINGS) if (pattern.test(word)) return word.replace(pattern, replacement);
  return word;
}

function spellingVariants(analysis: RuleContext['analysis'], body: RuleContext['analysis']['sentences'], known: Set<string>): Map<VariantDef, Map<string, Hit[]>> {
  const byKey = new Map<string, Map<string, Hit[]>>();
  for (const sentence of body) {
    for (const match of sentence.text.matchAll(/(?<![\p{L}-])\p{Ll}+(?![\p{L}-])/gu)) {
      const word = match[0];
      if (word.length < 5 || known.has(word)) continue;
      const start = fileOffset(analysis, sentence.index, match.index);
      const hit = { start, end: start + word.length, sentence: sentence.index };
      if (!ownWords(analysis, hit.sentence, hit.start, hit.end)) continue;
      addHit(byKey, americanOf(word), word, hit);
    }
  }
  return twoForms(byKey);
}

interface Matcher {
  sensitive?: RegExp;
  insensitive?: RegExp;
  bySensitive: Map<string, { variant: VariantDef; form: string }>;
  byInsensitive: Map<string, { variant: VariantDef; form: string }>;
}

const matchers = new WeakMap<VariantDef[], Matcher>();

/**
 * All forms of all variants in two alternations (case-sensitive and not), longest first, whole words
 * only: "US" is not the start of "USA", nor "U.S." inside "U.S.-made" a different token.
 */
function matcherFor(variants: VariantDef[]): Matcher {
  let matcher = matchers.get(variants);
  if (matcher) return matcher;
  const bySensitive = new Map<string, { variant: VariantDef; form: string }>();
  const byInsensitive = new Map<string, { variant: VariantDef; form: string }>();
  for (const variant of variants) {
    for (const form of variant.forms) {
      if (variant.caseSensitive) bySensitive.set(form, { variant, form });
      else byInsensitive.set(form.toLowerCase(), { variant, form });
    }
  }
  const build = (forms: string[], flags: string) => {
    if (forms.length === 0) return undefined;
    const alternation = [...forms].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|');
    // "US$1" and "US $5.15" are a currency, not a spelling of the country, and so is Canadian copy's "71.62
    // cents US" (blind set BU)
    return new RegExp(`(?<![\\p{L}\\p{N}.])(?<!\\b(?:cents?|dollars?) )(?:${alternation})(?![\\p{L}\\p{N}$]|\\.[\\p{L}]|\\s?[$€£¥])`, flags);
  };
  matcher = { bySensitive, byInsensitive };
  const sensitive = build([...bySensitive.keys()], 'gu');
  const insensitive = build([...byInsensitive.keys()], 'giu');
  if (sensitive) matcher.sensitive = sensitive;
  if (insensitive) matcher.insensitive = insensitive;
  matchers.set(variants, matcher);
  return matcher;
}

/** File offset of a character of a sentence's text. */
function fileOffset(analysis: RuleContext['analysis'], sentence: number, index: number): number {
  const s = analysis.sentences[sentence]!;
  const block = analysis.doc.blocks[s.block]!;
  return block.map[s.textStart + index]!;
}

/**
 * Whether a form found is the article's own spelling: not words it quotes ("a multi-national
 * plot," he said) nor, for a spelling, part of a name ("the Ossining Center" keeps its spelling in
 * British copy).
 */
function ownWords(analysis: Analysis, sentence: number, start: number, end: number, namesKeepTheirs = true): boolean {
  const s = analysis.sentences[sentence]!;
  for (let k = s.tokenStart; k < s.tokenEnd; k++) {
    const token = analysis.tokens[k]!;
    if (token.end > start && token.start < end && token.quote >= 0) return false;
  }
  return !namesKeepTheirs || !mentionsIn(analysis, sentence).some((m) => m.start <= start && m.end >= end && m.end - m.start > end - start);
}

const bySentence = new WeakMap<Analysis, Map<number, Analysis['mentions']>>();

/** The mentions of one sentence (indexed once per analysis: every word of the body is looked up). */
function mentionsIn(analysis: Analysis, sentence: number): Analysis['mentions'] {
  let index = bySentence.get(analysis);
  if (!index) {
    index = new Map();
    for (const m of analysis.mentions) index.set(m.sentence, [...(index.get(m.sentence) ?? []), m]);
    bySentence.set(analysis, index);
  }
  return index.get(sentence) ?? [];
}
