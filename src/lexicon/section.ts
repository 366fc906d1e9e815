/**
 * A section of the lexicon: one kind of vocabulary (titles, negations, abbreviations …) with its
 * schema, how two lexicons' entries for it merge, and the form the code reads it in. Sections are
 * registered in lexicon/sections.ts; the lexicon's JSON schema, its empty value, merging and
 * compiling are all made from the registry, so adding a section is one entry there and one list in
 * a YAML file (docs/architecture.md, "A new lexicon section").
 */
export interface SectionDef<Raw, Compiled extends object> {
  /** What the section holds and what reads it, for the schema and the docs. */
  description: string;
  /** JSON Schema of the section's value in a lexicon file. */
  schema: Record<string, unknown>;
  empty(): Raw;
  /** A later lexicon's entries added to an earlier one's (lists concatenate, keyed sections overlay). */
  merge(earlier: Raw, later: Raw): Raw;
  /** The fields the code reads; `all` is the whole merged lexicon, for sections read together with another. */
  compile(raw: Raw, all: Record<string, unknown>): Compiled;
}

export function section<Raw, Compiled extends object>(def: SectionDef<Raw, Compiled>): SectionDef<Raw, Compiled> {
  return def;
}

export const WORDS_SCHEMA = { type: 'array', items: { type: 'string', minLength: 1 } } as const;

/** Lower case with typographic apostrophes made plain, as words are compared. */
export function fold(word: string): string {
  return word.toLowerCase().replace(/[’‘]/g, "'");
}

/**
 * A plain list of words read as a set under the section's own name: compared in lower case (`lower`),
 * as written (`exact`: "Street", "MP"), or in lower case without a final full stop (`abbreviation`:
 * "Cllr." and "cllr" are one entry).
 */
export function wordList<K extends string>(key: K, description: string, compare: 'lower' | 'exact' | 'abbreviation' = 'lower'): SectionDef<string[], Record<K, ReadonlySet<string>>> {
  const normal = compare === 'exact' ? (w: string) => w : compare === 'lower' ? fold : (w: string) => fold(w).replace(/\.$/, '');
  return section({
    description,
    schema: { ...WORDS_SCHEMA, description },
    empty: () => [],
    merge: (earlier, later) => [...earlier, ...later],
    compile: (raw) => ({ [key]: new Set(raw.map(normal)) }) as unknown as Record<K, ReadonlySet<string>>,
  });
}

/** Words that come in two genders ("she", "wife" / "he", "husband"), read as two sets. */
export function genderedList<K extends string>(key: K, description: string): SectionDef<{ female: string[]; male: string[] }, Record<K, { female: ReadonlySet<string>; male: ReadonlySet<string> }>> {
  return section({
    description,
    schema: { type: 'object', additionalProperties: false, properties: { female: WORDS_SCHEMA, male: WORDS_SCHEMA }, description },
    empty: () => ({ female: [], male: [] }),
    merge: (earlier, later) => ({ female: [...earlier.female, ...(later.female ?? [])], male: [...earlier.male, ...(later.male ?? [])] }),
    compile: (raw) => ({ [key]: { female: new Set(raw.female.map(fold)), male: new Set(raw.male.map(fold)) } }) as unknown as Record<K, { female: ReadonlySet<string>; male: ReadonlySet<string> }>,
  });
}
