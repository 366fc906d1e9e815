import { dictionaryWord, isGivenName, isPersonNoun, knownWord } from '../lexicon/semantics.js';
import type { TitleDef } from '../lexicon/types.js';
import type { CompiledLexicon } from '../lexicon/compile.js';
import { isPossessiveMarker, isWordLike } from '../text/words.js';
import { type Word } from '../model/analysis.js';

/** A proper name as written in one sentence, before it is resolved to an entity. */
export interface NameCandidate {
  /** Word range in the sentence (end exclusive) of the name itself, without title or honorific. */
  from: number;
  to: number;
  pieces: string[];
  text: string;
  start: number;
  end: number;
  /** Start including honorific ("Mr. Ren"). */
  outerStart: number;
  possessive: boolean;
  honorific?: string;
  /** Titles standing right before the name ("Huawei CFO", "president and founder"). */
  titles: TitleDef[];
  /** A name right before the titles, whose title it is ("Huawei" in "Huawei CFO Meng Wanzhou"). */
  titleOf?: NameCandidate;
  sentenceInitial: boolean;
  quote: number;
}

const OPENING_MARKS = /^[“"‘'(«[—–-]$/;

function capitalised(word: Word): boolean {
  return /^\p{Lu}/u.test(word.text) && isWordLike(word);
}

/** A title (from the lexicon) starting at word `at`: the longest form that matches. */
export function matchTitle(lexicon: CompiledLexicon, words: Word[], at: number): { title: TitleDef; length: number } | undefined {
  const first = words[at];
  if (!first) return undefined;
  for (const entry of lexicon.titles.get(first.lower) ?? []) {
    let ok = true;
    for (let k = 0; k < entry.words.length; k++) {
      if (words[at + k]?.lower !== entry.words[k]) {
        ok = false;
        break;
      }
    }
    if (ok) return { title: entry.title, length: entry.words.length };
  }
  return undefined;
}

/**
 * A title with capitalised words of rank before it ("Chief Deputy Attorney General Priya Raman",
 * "Senior Deputy Attorney General"): the ranks are the title's, not a name of their own ("Senior
 * Deputy" read as a person; blind set BA).
 */
function rankedTitle(lexicon: CompiledLexicon, words: Word[], at: number): { title: TitleDef; length: number } | undefined {
  let k = at;
  while (k < words.length && /^\p{Lu}/u.test(words[k]!.text) && lexicon.rankWords.has(words[k]!.lower)) k++;
  if (k === at || !/^\p{Lu}/u.test(words[k]?.text ?? '')) return undefined;
  const title = matchTitle(lexicon, words, k);
  return title && { title: title.title, length: k - at + title.length };
}

/**
 * "Dean Colley, 47,", "His brother, Dean Whitlow,": a title word that is as often a given name, before
 * one surname, is the given name. A title names its office ("Dean of Medicine") or comes before a full
 * name ("Dean Jane Smith") or after "the".
 */
export function givenNameNotTitle(lexicon: CompiledLexicon, words: Word[], at: number): boolean {
  const [title, surname, after] = [words[at], words[at + 1], words[at + 2]];
  if (title === undefined || !/^\p{Lu}/u.test(title.text) || !lexicon.givenNameTitles.has(title.lower)) return false;
  if (surname === undefined || !/^\p{Lu}\p{Ll}/u.test(surname.text) || surname.lower === 'of') return false;
  if (/^(?:the|a|an)$/i.test(words[at - 1]?.text ?? '')) return false;
  return after === undefined || !/^\p{Lu}/u.test(after.text) || after.pos !== 'PROPN';
}

export function isHonorific(lexicon: CompiledLexicon, word: Word | undefined): boolean {
  return word !== undefined && /^\p{Lu}/u.test(word.text) && lexicon.honorifics.has(word.lower.replace(/\.$/, ''));
}

/**
 * Finds proper names in a sentence: runs of capitalised words joined by connectors ("Department of
 * Justice"), split where a title stands inside ("Huawei CFO Meng Wanzhou" is Huawei, CFO, Meng
 * Wanzhou), with honorifics and possessives set aside. A capitalised first word counts only when the
 * tagger calls it a proper noun, so "In" and "Asked" opening a sentence are not names.
 */
export function findNames(lexicon: CompiledLexicon, words: Word[], headline: boolean, known: ReadonlySet<string> = new Set()): NameCandidate[] {
  const out: NameCandidate[] = [];
  let firstWordIndex = words.findIndex((w) => isWordLike(w) && !OPENING_MARKS.test(w.text));
  let i = 0;
  // a dateline's credit ("ASHFORD (Midwest Wire) —", "CARDIFF (Celtic Newswire) -") names the agency
  // that filed the story, not anyone in it
  const creditOpen = datelineCredit(words, firstWordIndex);
  if (creditOpen >= 0) {
    const close = words.findIndex((w, k) => k > creditOpen && w.text === ')');
    if (close > 0) i = close + 1;
  }
  let pendingTitles: TitleDef[] = [];
  let pendingTitleStart = -1;
  let lastName: NameCandidate | undefined;
  let lastNameEnd = -1;
  while (i < words.length) {
    const word = words[i]!;
    // an opening quotation mark starts a new "sentence" for capitalisation
    if (OPENING_MARKS.test(word.text) && i + 1 < words.length) {
      if (firstWordIndex < i + 1) firstWordIndex = i + 1;
    }
    const title = matchTitle(lexicon, words, i) ?? rankedTitle(lexicon, words, i);
    // ("General Hospital", "General Assembly": a title word before an institution's word names the
    // institution; blind set BR)
    const institution = title !== undefined && capitalised(words[i]!) && words[i + title.length] !== undefined && capitalised(words[i + title.length]!) && lexicon.orgWords.has(words[i + title.length]!.text);
    if (title && title.title.person !== false && !givenNameNotTitle(lexicon, words, i) && !institution) {
      if (pendingTitleStart < 0) pendingTitleStart = i;
      pendingTitles.push(title.title);
      i += title.length;
      // "president and founder", "CEO, chairman": titles run on across "and" and commas, but "the
      // prosecutor general and President Zelenskyy" are two people: a capital starts a new title
      while (words[i] && (words[i]!.lower === 'and' || words[i]!.lower === ',' || words[i]!.lower === '&') && matchTitle(lexicon, words, i + 1) && sameCase(words[i - 1]!, words[i + 1]!)) i++;
      continue;
    }
    let honorific: string | undefined;
    let start = i;
    // a family name that opens with a particle: "… is van Dalen's daughter"
    if (lexicon.nameParticles.has(word.text) && word.text === word.lower && words[i + 1] && capitalised(words[i + 1]!) && !(words[i - 1] && capitalised(words[i - 1]!))) {
      const run = nameRunAfterParticle(lexicon, words, i);
      if (run) {
        const nameWords = words.slice(i, run);
        const possessive = words[run] !== undefined && isPossessiveMarker(words[run]);
        const candidate: NameCandidate = {
          from: i,
          to: run,
          pieces: namePieces(lexicon, nameWords),
          text: joinWords(nameWords),
          start: word.start,
          end: nameWords[nameWords.length - 1]!.end,
          outerStart: word.start,
          possessive,
          titles: pendingTitles,
          sentenceInitial: false,
          quote: word.quote,
        };
        out.push(candidate);
        lastName = candidate;
        lastNameEnd = run + (possessive ? 1 : 0);
        pendingTitles = [];
        pendingTitleStart = -1;
        i = lastNameEnd;
        continue;
      }
    }
    if (isHonorific(lexicon, word) && words[i + 1] && capitalised(words[i + 1]!)) {
      honorific = word.text;
      start = i + 1;
    }
    if (!startsName(lexicon, words, start, start === firstWordIndex || headline, known, start === firstWordIndex)) {
      if (isWordLike(word) && word.lower !== 'the' && word.lower !== 'a' && word.lower !== 'an') {
        pendingTitles = [];
        pendingTitleStart = -1;
      }
      i++;
      continue;
    }
    let end = start + 1;
    while (end < words.length) {
      const next = words[end]!;
      // "Co-author Dr Sunil Varma": a name ends where an honorific opens the next one
      if (isHonorific(lexicon, next) && words[end + 1] && capitalised(words[end + 1]!)) break;
      // "Mohave County Sheriff's Office", "Cook County State's Attorney's Office": an office named after its
      // holder's title is one body, though the title alone would end the name
      const office = possessiveOrgEnd(lexicon, words, end);
      if (office > end) {
        end = office;
        continue;
      }
      if (capitalised(next) && !lexicon.notNames.has(next.lower) && !matchTitle(lexicon, words, end) && !isPossessiveMarker(next) && !modifierCompound(lexicon, next)) {
        end++;
        continue;
      }
      // "Alder Hey Children's Hospital", "St Mary's College": a possessive inside an institution's name
      const head = words[end + 1];
      if (isPossessiveMarker(next) && next.start === words[end - 1]!.end && head && capitalised(head) && lexicon.orgWords.has(head.text)) {
        end += 2;
        continue;
      }
      // ("Sollis & Rowe", "Marks & Spencer": an ampersand between capitalised words joins a firm's name;
      // not the tail of a longer name cut at a small word, "Center for Law & Society")
      const firm = next.lower === '&' && !/^(?:for|of|and|on|in)$/.test(words[start - 1]?.lower ?? '');
      const ofName = firm || (next.lower === 'of' || next.lower === '&' ? lexicon.ofNameHeads.has(words[end - 1]!.text) || lexicon.placeOfHeads.has(words[end - 1]!.text) || lexicon.orgWords.has(words[end - 1]!.text.replace(/\.$/, '')) : lexicon.nameParticles.has(next.text));
      if (ofName && words[end + 1] && capitalised(words[end + 1]!)) {
        end += 2;
        continue;
      }
      // "Department of Mineral Resources and Energy", "Bill and Melinda Gates Foundation": "and" inside an
      // organisation's name (after an "of", or between a lone given name and a name ending in an
      // organisation word), never before a person's name ("the Department of Health and John Smith")
      if (next.lower === 'and' && words[end + 1] && capitalised(words[end + 1]!)) {
        let k = end + 1;
        while (k < words.length && capitalised(words[k]!) && !isPossessiveMarker(words[k]!) && !matchTitle(lexicon, words, k)) k++;
        const after = words.slice(end + 1, k);
        if (after.length === 0) break;
        const ofInside = words.slice(start, end).some((w) => w.lower === 'of');
        const endsInOrg = lexicon.orgWords.has(after[after.length - 1]!.text);
        // (or between two names of two words or more that end in an organisation word and name no person
        // or place: "National Cereals and Produce Board", blind set CD; a place before it is the body's
        // country, which a report's sentence shares: "U.S." in "U.S. Food and Drug Administration")
        const before = words.slice(start, end);
        const twoHalves = before.length >= 2 && after.length >= 2 && endsInOrg && !lexicon.places.has(before[0]!.lower) && !before.some((w) => isGivenName(w.text) || lexicon.orgWords.has(w.text)) && !isGivenName(after[0]!.text);
        if ((ofInside && !isGivenName(after[0]!.text) && after.length <= 3) || (end - start === 1 && isGivenName(words[start]!.text) && endsInOrg && after.length >= 2) || twoHalves) {
          end = k;
          continue;
        }
      }
      // "de la Cruz"
      if (lexicon.nameParticles.has(next.text) && lexicon.nameParticles.has(words[end + 1]?.text ?? '') && words[end + 2] && capitalised(words[end + 2]!)) {
        end += 3;
        continue;
      }
      break;
    }
    end = splitAtPlace(lexicon, words, start, end);
    // "Nadia Qureshi KC", "Owen Pritchard MP": letters after a name are honours and offices, not the name
    const runEnd = end;
    while (end - start > 2 && lexicon.postNominals.has(words[end - 1]!.text)) end--;
    const nameWords = words.slice(start, end);
    const possessive = words[end] !== undefined && isPossessiveMarker(words[end]!) && words[end]!.start === nameWords[nameWords.length - 1]!.end;
    const candidate: NameCandidate = {
      from: start,
      to: end,
      pieces: namePieces(lexicon, nameWords),
      text: joinWords(nameWords),
      start: nameWords[0]!.start,
      end: nameWords[nameWords.length - 1]!.end,
      outerStart: words[i]!.start,
      possessive,
      titles: pendingTitles,
      sentenceInitial: start === firstWordIndex,
      quote: nameWords[0]!.quote,
    };
    if (honorific) candidate.honorific = honorific;
    if (pendingTitles.length && lastName && lastNameEnd === pendingTitleStart) candidate.titleOf = lastName;
    out.push(candidate);
    lastName = candidate;
    lastNameEnd = end + (possessive ? 1 : 0);
    pendingTitles = [];
    pendingTitleStart = -1;
    i = Math.max(runEnd, end + (possessive ? 1 : 0));
  }
  return out;
}

/** Where the parenthesis of a dateline's credit opens: "ASHFORD (Midwest Wire) —" after one or more words in capitals. */
function datelineCredit(words: Word[], first: number): number {
  let k = first;
  while (k >= 0 && words[k] && (/^[A-Z][A-Z.'-]{2,}$/.test(words[k]!.text) || words[k]!.text === ',')) k++;
  return k > first && words[k]?.text === '(' ? k : -1;
}

/**
 * Whether a name can start at `at`. A capitalised word that opens a sentence says nothing by its
 * capital: it counts when the tagger calls it a proper noun, when another capitalised word follows
 * ("Park Ji-won met …"), or when the article names someone with it elsewhere (`known`).
 */
function startsName(lexicon: CompiledLexicon, words: Word[], at: number, initial: boolean, known: ReadonlySet<string>, first = initial): boolean {
  const word = words[at];
  // ("at New Norcia": a word that is no name alone opens one inside a sentence before another capitalised word)
  const opener = !initial && lexicon.nameOpeners.has(word?.text ?? '') && words[at + 1] !== undefined && capitalised(words[at + 1]!) && !matchTitle(lexicon, words, at + 1);
  if (!word || !capitalised(word) || (lexicon.notNames.has(word.lower) && !opener) || isPossessiveMarker(word) || modifierCompound(lexicon, word)) return false;
  // "Democrat Nadia Haskell", "Republican John Ames": a party label before a name, not part of it ("Republican Party" is a name)
  if (lexicon.partyLabels.has(word.text) && words[at + 1] && capitalised(words[at + 1]!) && !lexicon.orgWords.has(words[at + 1]!.text)) return false;
  // a dateline ("SKERRA —", "VIROV, March 3 (Wire) –", "DEHRADUN:") places the story; it names no one
  if (initial && /^[A-Z]{3,}$/.test(word.text) && !lexicon.orgs.has(word.text) && /^[—–:-]$|^,$|^\($/.test(words[at + 1]?.text ?? '')) return false;
  if (word.pos === 'PRON' || word.pos === 'DET' || word.pos === 'CCONJ' || word.pos === 'SCONJ' || word.pos === 'ADP' || word.pos === 'AUX' || word.pos === 'PART') {
    // "In", "There", "I" are not names, but a known place or organisation is ("US" tagged as a pronoun)
    return lexicon.places.has(word.lower) || lexicon.orgs.has(word.text);
  }
  // "Seventeen people have been injured": a number written as a word counts, it names no one (but
  // "Four Seasons Hotels", "Eleven Madison Park" are names), after a dateline too ("DEHRADUN: Fourteen
  // people were killed"; blind set BR)
  if (lexicon.numberWords.has(word.lower) && !known.has(word.text) && !(words[at + 1] && capitalised(words[at + 1]!))) return false;
  if (!initial) return true;
  // "However Wall said", "Moreover Mediaset", "When Randal Schwartz": an adverb or a word that opens
  // sentences is no part of the name after it
  // (nor does a participle that opens the sentence: "Including Hartfield's net debt", "Following Ruiz's
  // arrest"; a headline's other capitalised words, "Barking" or "Reading", may be names)
  const participle = first && word.pos === 'VERB' && /(?:ing|ed)$/.test(word.lower);
  if ((word.pos === 'ADV' || lexicon.sentenceOpeners.has(word.lower) || participle) && !known.has(word.text)) return lexicon.places.has(word.lower) || lexicon.orgs.has(word.text);
  const next = words[at + 1];
  // "Passenger Jim Falk said", "Witness Mary Hale", "Substitute Ryan Doyle": a noun for a person, or
  // any word of the dictionary that is no name, opening the sentence before a given name labels the
  // person, it is no part of the name
  const label = isPersonNoun(word.lower) || dictionaryWord(word.lower);
  if (next !== undefined && label && isGivenName(next.text) && !known.has(word.text) && !isGivenName(word.text)) return false;
  // "Quarterly revenue rose": a word of the dictionary opening the sentence before a lower-case noun
  // qualifies the noun; it names no one (nor before a gerund it governs: "Difficulty hiring dentists had
  // led to …"; blind set BU)
  const gerund = next?.pos === 'VERB' && /[a-z]ing$/.test(next.lower);
  if (next !== undefined && dictionaryWord(word.lower) && (next.pos === 'NOUN' || gerund) && /^\p{Ll}/u.test(next.text) && !known.has(word.text) && !isGivenName(word.text) && !lexicon.places.has(word.lower) && !lexicon.orgs.has(word.text)) return false;
  const nameFollows = next !== undefined && capitalised(next) && !lexicon.notNames.has(next.lower) && next.pos !== 'PRON' && next.pos !== 'DET';
  // "Investigators said …", "Residents told …": a plural of a common noun opening a sentence, alone,
  // before a verb, is that noun, whatever the tagger read (and no one a later "he" can mean);
  // "Banks said" counts when the story names someone Banks elsewhere
  const singular = word.lower.replace(/(?<=[^s])s$/, '');
  // (and before any verb: "Officers detained Harland", "Paramedics were taking him to hospital")
  // (or before a clause on them: "Drivers, who walked out on Wednesday, say …")
  const clauseNext = next?.text === ',' && /^(?:who|whose|many|most|some|all)$/.test(words[at + 2]?.lower ?? '');
  // (or before a preposition saying which: "Detectives from West Yorkshire Police detained her")
  const verbNext = next !== undefined && (lexicon.speechVerbs.has(next.lemma) || next.pos === 'VERB' || next.pos === 'AUX' || clauseNext || (next.pos === 'ADP' && lexicon.prepositions.has(next.lower)));
  // (a noun for people that is no plural tells them too: "Staff believe he left through a gap")
  const people = singular !== word.lower || lexicon.sourceNouns.has(word.lower);
  if (verbNext && !nameFollows && !known.has(word.text) && people && knownWord(singular) && !isGivenName(word.text.slice(0, -1)) && !lexicon.places.has(word.lower) && !lexicon.orgs.has(word.text)) return false;
  return word.pos === 'PROPN' || nameFollows || known.has(word.text) || lexicon.places.has(word.lower) || lexicon.orgs.has(word.text) || /^[A-Z]{2,}$/.test(word.text);
}

/**
 * "U.S. TV", "Canadian Prime" …: a run that opens with a known place or demonym followed by words that do
 * not continue a place name is the place alone ("New York Times" stays whole: it is no place).
 */
function splitAtPlace(lexicon: CompiledLexicon, words: Word[], start: number, end: number): number {
  if (end - start < 2) return end;
  const whole = words.slice(start, end).map((w) => w.text).join(' ').toLowerCase();
  if (lexicon.places.has(whole) || lexicon.orgs.has(words.slice(start, end).map((w) => w.text).join(' '))) return end;
  for (let cut = end - 1; cut > start; cut--) {
    const head = words.slice(start, cut).map((w) => w.text).join(' ').toLowerCase();
    if (!lexicon.places.has(head)) continue;
    const rest = words.slice(cut, end);
    // "Milan Dvořák", "Sydney Nkosi": a place's name before one word no dictionary knows is a given name
    if (cut === start + 1 && rest.length === 1 && !knownWord(rest[0]!.lower) && !lexicon.places.has(rest[0]!.lower)) return end;
    // an organisation named after a place keeps its place ("Bank of China", "Canadian Broadcasting Corporation")
    if (rest.some((w) => lexicon.orgWords.has(w.text.replace(/\.$/, '')))) return end;
    return cut;
  }
  return end;
}

function joinWords(nameWords: Word[]): string {
  return nameWords.map((w, k) => (k > 0 && w.start > nameWords[k - 1]!.end ? ' ' : '') + w.text).join('');
}

/**
 * The parts of a name as a person would split it: particles stay with the family name they belong to
 * ("Joost van Dalen" is Joost + van Dalen), "of" phrases stay whole.
 */
function namePieces(lexicon: CompiledLexicon, nameWords: Word[]): string[] {
  const pieces: string[] = [];
  let carry = '';
  let joinNext = false;
  nameWords.forEach((word, k) => {
    const text = word.text.replace(/[’']s$/, '');
    // "Van Dalen" opening a sentence is the particle capitalised, as is "Von" inside "Karl Von Hess"
    // (whose later references say "Von Hess"); a first word is a given name ("Van Morrison")
    const inside = k > 0 && k < nameWords.length - 1;
    const particle = lexicon.nameParticles.has(text) || ((k === 0 || inside) && nameWords.length > 1 && lexicon.nameParticles.has(text.toLowerCase()));
    if (particle) {
      carry += `${text} `;
    } else if (word.lower === 'of' || word.lower === '&' || word.lower === 'and') {
      pieces.push(`${pieces.pop() ?? ''} ${word.text}`.trim());
      joinNext = true;
    } else if (joinNext) {
      pieces.push(`${pieces.pop()} ${text}`);
      joinNext = false;
    } else {
      pieces.push(carry + text);
      carry = '';
    }
  });
  return pieces;
}

function nameRunAfterParticle(lexicon: CompiledLexicon, words: Word[], at: number): number | undefined {
  let k = at;
  while (words[k] && lexicon.nameParticles.has(words[k]!.text)) k++;
  if (!words[k] || !capitalised(words[k]!)) return undefined;
  while (words[k] && capitalised(words[k]!) && !isPossessiveMarker(words[k]!)) k++;
  return k;
}

/** "Colorado-based", "Labour-led", "Canadian-born": a name made into a modifier of what follows, not part of a name. */
function modifierCompound(lexicon: CompiledLexicon, word: Word): boolean {
  const suffix = /-(\p{Ll}+)$/u.exec(word.text)?.[1];
  return suffix !== undefined && lexicon.modifierSuffixes.has(suffix);
}

/** Two words both capitalised or both lower case. */
export function sameCase(a: Word, b: Word): boolean {
  const upper = (w: Word) => /^\p{Lu}/u.test(w.text);
  return upper(a) === upper(b);
}

/** Where "Sheriff's Office" (a capitalised word, its possessive, perhaps again, then an organisation word) starting at `at` ends; `at` when none does. */
function possessiveOrgEnd(lexicon: CompiledLexicon, words: readonly Word[], at: number): number {
  for (let k = at; k + 2 < words.length; k += 2) {
    const [word, marker, head] = [words[k]!, words[k + 1]!, words[k + 2]!];
    if (!capitalised(word) || !isPossessiveMarker(marker) || marker.start !== word.end || !capitalised(head)) break;
    if (lexicon.orgWords.has(head.text)) return k + 3;
  }
  return at;
}
