/**
 * Message templates: `{name}` placeholders filled from what a kind reports. A rule pack may reword a
 * kind's message (`messages: {id: template}`), using only the placeholders that message declares;
 * config/packs.ts refuses a template with any other, so a typo cannot silently fall back.
 */
import { isolateDirection } from '../base/printable.js';
import type { MessageDef, RuleKind } from './kind.js';

/** The placeholders a template uses, in order of first use. */
export function placeholdersOf(template: string): string[] {
  return [...new Set([...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!))];
}

/** The mode a rule compares in: a versions kind's rule with `against: related` reads reports. */
export function modeOf(options: Readonly<Record<string, unknown>>): 'edit' | 'source' {
  return options['against'] === 'related' ? 'source' : 'edit';
}

/** A message's template in a mode (kinds that compare two texts word each mode their own way). */
export function defaultTemplate(message: MessageDef, mode: 'edit' | 'source'): string | undefined {
  return typeof message.template === 'string' ? message.template : message.template[mode];
}

/** The messages a rule of this kind can report in its mode, by id. */
export function messagesIn(kind: RuleKind, mode: 'edit' | 'source'): [string, MessageDef][] {
  return Object.entries(kind.messages).filter(([, message]) => defaultTemplate(message, mode) !== undefined);
}

/** Fills a template; a placeholder with no value is a kind's bug, caught by the examples' tests. */
export function fillTemplate(template: string, data: Readonly<Record<string, string>>): string {
  return template.replace(/\{(\w+)\}/g, (_whole, name: string) => {
    if (!Object.hasOwn(data, name)) throw new Error(`message placeholder {${name}} has no value`);
    // copy and file names in a message cannot turn the message's own words around
    return isolateDirection(data[name]!);
  });
}
