/**
 * The lexicon as data (what lexicon files hold, merged) and compiled (the lookups the code reads),
 * both made from the section registry (lexicon/sections.ts).
 */
import type { SectionDef } from './section.js';
import { SECTIONS, words } from './sections.js';

export { words };
export type { PlaceEntry, Trigger } from './sections.js';

type Sections = typeof SECTIONS;
type RawOf<S> = S extends SectionDef<infer Raw, object> ? Raw : never;
type CompiledOf<S> = S extends SectionDef<unknown, infer Compiled> ? Compiled : never;
type UnionToIntersection<U> = (U extends unknown ? (x: U) => void : never) extends (x: infer I) => void ? I : never;

/** A lexicon as its files give it: every section, merged. */
export type Lexicon = { [K in keyof Sections]: RawOf<Sections[K]> };

/** A lexicon with the lookups the extractors need, built once per rule set. */
export type CompiledLexicon = { source: Lexicon } & UnionToIntersection<{ [K in keyof Sections]: CompiledOf<Sections[K]> }[keyof Sections]>;

const NAMES = Object.keys(SECTIONS) as (keyof Sections)[];

function def(name: keyof Sections): SectionDef<unknown, object> {
  return SECTIONS[name] as unknown as SectionDef<unknown, object>;
}

export function emptyLexicon(): Lexicon {
  return Object.fromEntries(NAMES.map((name) => [name, def(name).empty()])) as Lexicon;
}

/** Merges lexicons section by section, each by its own rule (lists are concatenated, keyed sections overlaid). */
export function mergeLexicons(lexicons: Partial<Lexicon>[]): Lexicon {
  const merged = emptyLexicon() as Record<string, unknown>;
  for (const lexicon of lexicons) {
    for (const name of NAMES) {
      const value = lexicon[name];
      if (value !== undefined) merged[name] = def(name).merge(merged[name], value);
    }
  }
  return merged as Lexicon;
}

export function compileLexicon(lexicon: Lexicon): CompiledLexicon {
  const all = lexicon as Record<string, unknown>;
  return Object.assign({ source: lexicon }, ...NAMES.map((name) => def(name).compile(all[name], all))) as CompiledLexicon;
}

/** The JSON Schema of a lexicon file, made from the sections (written to schemas/lexicon.schema.json by the build). */
export function lexiconSchema(): Record<string, unknown> {
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: 'https://copydesk.dev/schemas/lexicon.schema.json',
    title: 'copydesk lexicon',
    description: 'The words copydesk reads claims with, section by section. Every section is optional; lexicons are merged section by section. Made from src/lexicon/sections.ts by the build.',
    type: 'object',
    additionalProperties: false,
    properties: Object.fromEntries(NAMES.map((name) => [name, def(name).schema])),
  };
}

/** The canonical form of a lemma: its synonym group's head, else itself. */
export function canon(lexicon: CompiledLexicon, lemma: string): string {
  return lexicon.canonical.get(lemma) ?? lemma;
}
