/**
 * Where a profile's or an obituary's subject was born, told twice: "He was born in Ennis, County
 * Clare" and "The Galway-born craftsman"; "Born in Leeds on 4 November 1938, … Holroyd won" and "the
 * Sheffield-born scientist" (blind sets AZ and D). A birthplace is an attribute a story gives once;
 * two that name different towns cannot both hold.
 *
 * Read only of the story's main person (the caller's: the one named most, as attributes.ts finds
 * them), in sentences that name no one else before the birth is told, so "her mother was born in
 * Cork" is no telling of the subject's. A place the lexicon knows (a country, a state, a large city,
 * a nationality: "Irish-born", "born in Texas") may hold the other, so it is never set against one;
 * nor is a place the story writes beside the other ("Leeds, Yorkshire"), which holds it.
 */
import type { Analysis } from '../model/analysis.js';
import type { CompiledLexicon } from '../lexicon/compile.js';
import { isPersonNoun } from '../lexicon/semantics.js';
import { BODY_KINDS } from '../model/document.js';
import { escapeRegExp } from '../base/regexp.js';

export interface Birthplace {
  sentence: number;
  start: number;
  end: number;
  /** The place as written ("Ennis, County Clare", "Galway"). */
  text: string;
  /** Every name the telling gives, lower-cased: "ennis", "county clare", "clare". */
  names: ReadonlySet<string>;
  /** Told with the region that holds it ("Ennis, County Clare"). */
  regioned: boolean;
}

/** A capitalised name of one or more words ("Ennis", "County Clare", "Stoke-on-Trent", "Newcastle upon Tyne"). */
const NAME = String.raw`\p{Lu}[\p{L}'’.-]*(?:\s+(?:upon|on|de|del|la|le)\s+\p{Lu}[\p{L}'’.-]*|\s+\p{Lu}[\p{L}'’.-]*)*`;
/** "born in Ennis, County Clare", "born and raised in Leeds", "Born on 2 February 1941 in Varanasi" (blind set BW). */
const BORN_IN = new RegExp(String.raw`\b[Bb]orn (?:and (?:raised|bred|brought up) )?(?:on (?:\d{1,2} \p{Lu}\p{Ll}+|\p{Lu}\p{Ll}+ \d{1,2}),? (?:1[89]|20)\d\d,? |in (?:1[89]|20)\d\d,? )?in (${NAME}(?:,\s*${NAME})*)`, 'gu');
/** "the Galway-born craftsman", "a Sheffield-born scientist": the place and the noun after it (or the two words after it). */
const BORN_BEFORE = new RegExp(String.raw`\b(?:[Tt]he|[Aa])\s+(${NAME})-born\s+(\p{Ll}[\p{L}-]*)(?:\s+(\p{Ll}[\p{L}-]*))?`, 'gu');

/** Words that name a sort of place, not which one ("County Clare" is Clare). */
const PLACE_SORTS = /^(?:county|co\.?|city|town|village|borough|parish|province|state|district|region)\s+|\s+(?:county|city|town|village|borough|parish|province|district|region|shire)$/i;

function namesOf(text: string): Set<string> {
  const out = new Set<string>();
  for (const part of text.split(/\s*,\s*/)) {
    const lower = part.toLowerCase().trim();
    if (!lower) continue;
    out.add(lower);
    out.add(lower.replace(PLACE_SORTS, ''));
  }
  return out;
}

/** The birthplaces a story gives its main person, in order. */
export function birthplacesOf(analysis: Analysis, lexicon: CompiledLexicon, main: string): Birthplace[] {
  const out: Birthplace[] = [];
  for (const ctx of analysis.contexts) {
    const sentence = ctx.sentence;
    if (!BODY_KINDS.has(sentence.kind)) continue;
    const text = sentence.text;
    if (!/born/i.test(text)) continue;
    // the people the sentence names, by where they stand in it
    const people = ctx.mentionAt
      .map((m, k) => (m && ctx.entities.get(m.entity)?.type === 'person' ? { entity: m.entity, at: ctx.words[k]!.start - sentence.start } : undefined))
      .filter((p): p is { entity: string; at: number } => p !== undefined);
    const push = (place: string, at: number, length: number) => out.push({ sentence: sentence.index, start: sentence.start + at, end: sentence.start + at + length, text: place, names: namesOf(place), regioned: place.includes(',') });
    for (const m of text.matchAll(BORN_IN)) {
      const at = m.index! + m[0].length - m[1]!.length;
      // whose birth: the last person named before it, or, where the sentence opens on it ("Born in
      // Leeds …, Holroyd won"), the first named after
      const before = people.filter((p) => p.at < m.index!);
      const holder = before.length > 0 ? before[before.length - 1]!.entity : m.index! === 0 ? people.find((p) => p.at > at)?.entity : undefined;
      if (holder !== main || before.some((p) => p.entity !== main)) continue;
      // (the region after a comma, not a name the next clause opens on: "Born … in Varanasi, Athavale began")
      const parts = m[1]!.split(/\s*,\s*/);
      const named = (part: string) => people.some((p) => {
        const name = ctx.entities.get(p.entity)?.name ?? '';
        return name === part || name.endsWith(` ${part}`) || name.startsWith(`${part} `);
      });
      const cut = parts.findIndex((part, k) => k > 0 && named(part));
      let length = 0;
      for (const part of cut > 0 ? parts.slice(0, cut) : parts) length = m[1]!.indexOf(part, length) + part.length;
      push(m[1]!.slice(0, length), at, length);
    }
    for (const m of text.matchAll(BORN_BEFORE)) {
      // a description of the main person alone: a noun for a person, in a sentence naming no one else
      // (or a noun that says of what before it: "The Allahabad-born tabla player"; blind set BW)
      if (!(isPersonNoun(m[2]!) || (m[3] !== undefined && isPersonNoun(m[3]))) || people.some((p) => p.entity !== main)) continue;
      const at = m.index! + m[0].indexOf(m[1]!);
      push(m[1]!, at, m[1]!.length);
    }
  }
  return out.filter((b) => ![...b.names].some((name) => lexicon.places.has(name)));
}

/**
 * Pairs of tellings that name no place in common, the later second; not where the story writes one
 * place beside the other anywhere ("Ennis, County Clare", "Leeds, Yorkshire"), which holds it.
 */
export function birthplaceClashes(analysis: Analysis, told: readonly Birthplace[]): [Birthplace, Birthplace][] {
  const out: [Birthplace, Birthplace][] = [];
  const source = analysis.doc.source;
  const beside = (a: string, b: string) => new RegExp(String.raw`\b${escapeRegExp(a)}\s*,\s*${escapeRegExp(b)}\b|\b${escapeRegExp(b)}\s*,\s*${escapeRegExp(a)}\b`, 'iu').test(source);
  for (let j = 1; j < told.length; j++) {
    const b = told[j]!;
    // (a later telling that agrees with any earlier one is no clash; else it clashes with the first)
    if (told.slice(0, j).some((x) => [...x.names].some((n) => b.names.has(n)))) continue;
    const a = told[0]!;
    if ([...a.names].some((x) => [...b.names].some((y) => beside(x, y)))) continue;
    out.push([a, b]);
  }
  return out;
}
