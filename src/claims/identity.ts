import type { Analysis } from '../model/analysis.js';
import type { Entity } from '../model/document.js';

/**
 * Names that identify an entity across documents: its full name, and for people the family name
 * ("Ren Zhengfei" in the article is "Ren" in the wire copy), for organisations their acronym
 * ("Federal Bureau of Investigation" and "FBI").
 */
export function entityKeys(entity: Entity): string[] {
  const keys = [entity.name.toLowerCase()];
  if (entity.type === 'person' && entity.surname) keys.push(`person:${entity.surname.toLowerCase()}`);
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
  return `@${entity.name.toLowerCase()}`;
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
