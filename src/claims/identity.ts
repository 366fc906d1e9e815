import { latinShadow } from '../text/tokens.js';
import { dictionaryWord } from '../lexicon/semantics.js';
import type { Analysis } from '../model/analysis.js';
import type { Entity } from '../model/document.js';

/**
 * Whether two names are one entity: within a document, between versions and across related reports
 * (docs/architecture.md). Every rule that asks "the same person?" asks here.
 */

/**
 * Names that identify an entity across documents: its full name, and for people the family name
 * ("Ren Zhengfei" in the article is "Ren" in the wire copy), for organisations their acronym
 * ("Federal Bureau of Investigation" and "FBI").
 */
export function entityKeys(entity: Entity): string[] {
  const keys = [plainName(entity.name)];
  if (entity.type === 'person' && entity.surname) keys.push(`person:${plainName(entity.surname)}`);
  if (entity.type !== 'person' && entity.name.includes(' ')) {
    const initials = entity.name
      .split(/\s+/)
      .filter((w) => !/^(of|the|and|for|&)$/i.test(w))
      .map((w) => w[0]!.toUpperCase())
      .join('');
    if (initials.length >= 2) keys.push(initials.toLowerCase());
  }
  return keys;
}

/** The one key an entity's term is compared by across documents. */
export function portableKey(entity: Entity | undefined, fallback: string): string {
  if (!entity) return fallback;
  if (entity.type === 'person' && entity.surname) return `@person:${entity.surname.toLowerCase()}`;
  // a body named by a common noun, "the Council" in the ombudsman's report, is "the council" in the
  // article: one word either side writes in capitals or not
  const lower = entity.name.toLowerCase();
  if (entity.type === 'org' && !lower.includes(' ') && dictionaryWord(lower)) return lower;
  return `@${lower}`;
}

/** A sentence's terms with entities named as other documents name them. */
export function portableTerms(analysis: Analysis, sentence: number, withQuoted = true): string[] {
  const terms = analysis.terms[sentence]!;
  const list = withQuoted ? [...terms.terms, ...terms.quoted] : terms.terms;
  return list.map((term) => (term.startsWith('@') ? portableKey(analysis.entityById.get(term.slice(1)), term) : term));
}

/** Whether two entities of different documents are the same one. */
export function sameAcross(a: Entity | undefined, b: Entity | undefined): boolean {
  if (!a || !b) return false;
  const keys = new Set(entityKeys(a));
  return entityKeys(b).some((k) => keys.has(k));
}

/**
 * Whether two entities of different versions are the same: equal names, the same family name, or one
 * name inside the other ("Ren" and "Ren Zhengfei", "Huawei" and "Huawei Technologies").
 */
export function sameEntity(a: Entity | undefined, b: Entity | undefined): boolean {
  if (!a || !b) return false;
  const na = plainName(a.name);
  const nb = plainName(b.name);
  if (na === nb) return true;
  if (a.surname && b.surname && plainName(a.surname) === plainName(b.surname)) return true;
  // (a country named in full or by its initials is one word of the name: "United States Court of Appeals"
  // is inside "U.S. Circuit Court of Appeals")
  const words = (name: string) => name.replace(/\bunited states\b|\bu\.s\.?(?=\s|$)/g, 'us').replace(/\bunited kingdom\b|\bu\.k\.?(?=\s|$)/g, 'uk').split(/\s+/);
  const wa = words(na);
  const wb = words(nb);
  if (wa.every((w) => wb.includes(w)) || wb.every((w) => wa.includes(w))) return true;
  // a body's short name, its words cut short: "the Met Office" is the "Icelandic Meteorological Office"
  // (two words at least: "Met" alone may be any Metropolitan body)
  const cut = (short: string[], long: string[]) => short.length >= 2 && short.every((w) => long.some((x) => x === w || (w.length >= 3 && x.startsWith(w)))) && short.some((w) => !long.includes(w));
  if (a.type === 'org' && b.type === 'org' && (cut(wa, wb) || cut(wb, wa))) return true;
  // an acronym and its expansion: "FCC" and "Federal Communications Commission"; the letters may
  // follow another word order ("CPC", the Communist Party of China, is the "Chinese Communist Party")
  const initials = (name: string) => name.split(/\s+/).filter((w) => !/^(of|the|and|for|&)$/i.test(w)).map((w) => w[0]!.toUpperCase()).join('');
  const sorted = (letters: string) => [...letters].sort().join('');
  const expands = (short: string, long: string) => /^[A-Z]{2,}$/.test(short) && (initials(long) === short || (short.length >= 3 && sorted(initials(long)) === sorted(short)));
  return expands(a.name, b.name) || expands(b.name, a.name);
}

/**
 * Two people of one family name with different given names ("Anthony Fenwick" / "Andrew Fenwick"):
 * one name changed, where sameEntity sees one person. Initials ("A. Fenwick"), a given name cut short
 * ("Chris" / "Christopher") and a middle name added are the same given name.
 */
export function givenNameDiffers(a: Entity | undefined, b: Entity | undefined): boolean {
  if (!a?.given || !b?.given || !a.surname || !b.surname || a.surname.toLowerCase() !== b.surname.toLowerCase()) return false;
  const first = (given: string) => given.toLowerCase().split(/[\s.]+/)[0] ?? '';
  const ga = first(a.given);
  const gb = first(b.given);
  return ga.length > 1 && gb.length > 1 && !ga.startsWith(gb) && !gb.startsWith(ga);
}

/**
 * One person named two ways: a respelling, or the same given name with a family name a few letters
 * off ("Graham Selwood" / "Graham Selwyn"). The name is what differs (changed-name, related-name);
 * their quotations and titles are still one person's.
 */
export function nameVariant(a: Entity | undefined, b: Entity | undefined): boolean {
  if (respelt(a, b)) return true;
  if (!a?.given || !b?.given || !a.surname || !b.surname || a.given.toLowerCase() !== b.given.toLowerCase()) return false;
  const sa = a.surname.toLowerCase();
  const sb = b.surname.toLowerCase();
  return sa !== sb && (sa.slice(0, 4) === sb.slice(0, 4) || distance(sa, sb) <= 3);
}

/** The same name with its spelling corrected ("Ferante" and "Ferrante", "Comission" and "Commission"). */
export function respelt(a: Entity | undefined, b: Entity | undefined): boolean {
  if (!a || !b) return false;
  const na = a.name.toLowerCase();
  const nb = b.name.toLowerCase();
  if (na !== nb && Math.min(na.length, nb.length) >= 6 && distance(na, nb) <= 2) return true;
  // "Abbot" for Diane Abbott: a family name alone, a letter off the other's
  const last = (name: string) => name.split(/\s+/).pop()!;
  const [short, long] = na.includes(' ') ? [nb, na] : [na, nb];
  return !short.includes(' ') && long.includes(' ') && short.length >= 4 && short !== last(long) && distance(short, last(long)) <= 1;
}

/**
 * Edit distance with a swap of two neighbouring letters as one edit ("McGarth" for "McGrath"), for
 * names a letter or two apart: a typist's transposition is one slip, not two.
 */
export function distance(a: string, b: string): number {
  let before = Array.from({ length: b.length + 1 }, () => 0);
  let previous = Array.from({ length: b.length + 1 }, (_, k) => k);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      let best = Math.min(previous[j]! + 1, row[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, before[j - 2]! + 1);
      row.push(best);
    }
    before = previous;
    previous = row;
  }
  return previous[b.length]!;
}

/**
 * "Tony" for "Atkins": two one-word names that are the given name and the surname of one person the
 * copy names in full (in `people`): one man, called another way.
 */
export function partsOfOne(a: Entity, b: Entity, people: Iterable<Entity>): boolean {
  if (a.name.includes(' ') || b.name.includes(' ')) return false;
  for (const p of people) {
    if (!p.given || !p.surname) continue;
    if ((p.given === a.name && p.surname === b.name) || (p.given === b.name && p.surname === a.name)) return true;
  }
  return false;
}

/** A name lower-cased without its diacritics: "Vučić" and "Vucic" are one name written two ways. */
export function plainName(name: string): string {
  let plain = plainNames.get(name);
  if (plain === undefined) {
    // "Bruesewitz" is "Brüsewitz" transliterated as German writes it without the umlaut ("Mueller")
    plain = latinShadow(name).normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/([b-df-hj-np-tv-z])([ou])e(?=[b-df-hj-np-tv-z])/g, '$1$2');
    plainNames.set(name, plain);
  }
  return plain;
}

/** A name's plain form depends on nothing but the name, as a word's stem does: kept once worked out. */
const plainNames = new Map<string, string>();
