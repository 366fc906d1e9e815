import type { Analysis } from '../model/analysis.js';
import type { Fix } from '../model/finding.js';
import type { FixRef } from '../kinds/kind.js';
import { escapeRegExp } from '../base/regexp.js';

/**
 * A kind's correction as a fix of the file: the word `wrong` found in its span (the last time it
 * stands there as a whole word, case aside: "Golodriga" in "Alexei Golodriga"), replaced by `right`
 * with the capital the word had ("E-mail" at a sentence's start becomes "Email", not "email").
 * None when the file does not hold the word there as written: markup or a line break inside a name
 * would make the edit more than the word, and a fix that is not exact is no fix.
 */
export function toFix(analysis: Analysis, ref: FixRef, patterns: Map<string, RegExp> = new Map()): Fix | undefined {
  const { doc } = analysis;
  const span = doc.source.slice(ref.start, ref.end);
  // exec on the kept pattern, not matchAll: matchAll copies the pattern, compiling it again each time
  const pattern = wordPattern(ref.wrong, patterns);
  pattern.lastIndex = 0;
  let match: RegExpExecArray | null = null;
  for (let next = pattern.exec(span); next; next = pattern.exec(span)) match = next;
  if (!match || match[0].length !== ref.wrong.length) return undefined;
  const found = match[0];
  const capital = /^\p{Lu}/u.test(found) && /^\p{Ll}/u.test(ref.right);
  const right = capital ? ref.right[0]!.toUpperCase() + ref.right.slice(1) : ref.right;
  if (right === found) return undefined;
  const start = ref.start + match.index;
  const end = start + found.length;
  return {
    description: `Replace “${found}” with “${right}”`,
    replacements: [{ path: doc.path, start: doc.lines.point(start), end: doc.lines.point(end), text: found, replacement: right }],
  };
}

/**
 * The whole word as a pattern, made once per word for a run of rules (`patterns`): compiling a
 * Unicode pattern costs more than matching it, and a pasted list of names asks for one per finding.
 */
function wordPattern(word: string, patterns: Map<string, RegExp>): RegExp {
  let pattern = patterns.get(word);
  if (!pattern) {
    const escaped = escapeRegExp(word);
    pattern = new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'giu');
    patterns.set(word, pattern);
  }
  return pattern;
}
