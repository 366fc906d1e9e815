/**
 * Text from the copy, file names and messages are shown to people on terminals, in CI logs and in XML:
 * control characters (an escape sequence can clear a screen or retitle a window), line and paragraph
 * separators and bidirectional controls (U+202E reverses what follows it) are shown as escapes, never
 * passed through.
 */
const UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** The text with every control character shown as its escape ("\u001b", "\u202e"); `\n` kept when asked. */
export function printable(text: string, keepNewlines = false): string {
  return text.replace(UNPRINTABLE, (ch) => (keepNewlines && ch === '\n' ? ch : `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`));
}

/** Half of a surrogate pair without the other half: no character at all, so no byte encoding has it. */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** Whether the text has an unpaired surrogate (String.prototype.isWellFormed, not in our ES2023 lib). */
export function hasLoneSurrogate(text: string): boolean {
  return LONE_SURROGATE.test(text);
}

/** The text with each unpaired surrogate replaced by U+FFFD, as a UTF-8 encoder writes it (String.prototype.toWellFormed). */
export function wellFormed(text: string): string {
  return text.replace(new RegExp(LONE_SURROGATE.source, 'g'), '\ufffd');
}

/** Characters XML 1.0 cannot hold at all (C0 controls but tab, newline and return; U+FFFE, U+FFFF; lone surrogates). */
const NOT_XML = new RegExp(`[\\u0000-\\u0008\\u000b\\u000c\\u000e-\\u001f\\ufffe\\uffff]|${LONE_SURROGATE.source}`, 'g');

/** Text XML can carry: the characters it cannot hold shown as escapes ("\u0007"). */
export function xmlSafe(text: string): string {
  return text.replace(NOT_XML, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** Embeddings and overrides (closed by U+202C) and isolates (closed by U+2069). */
const OPENS_EMBEDDING = /[\u202a\u202b\u202d\u202e]/;
const OPENS_ISOLATE = /[\u2066\u2067\u2068]/;
const DIRECTION_CONTROL = /[\u202a-\u202e\u2066-\u2069]/;

/**
 * Text from the copy or a file name put into a sentence of copydesk's own ("… differs from NAME: …"):
 * when it holds direction controls, it is closed and isolated (U+2068 … U+2069, Unicode's UAX #9), so
 * a U+202E in it reverses only itself, never the words around it, wherever the message is shown.
 * Text without direction controls is returned as it is.
 */
export function isolateDirection(text: string): string {
  if (!DIRECTION_CONTROL.test(text)) return text;
  const open: string[] = [];
  for (const ch of text) {
    if (OPENS_EMBEDDING.test(ch)) open.push('\u202c');
    else if (OPENS_ISOLATE.test(ch)) open.push('\u2069');
    else if (ch === '\u202c' && open.at(-1) === '\u202c') open.pop();
    else if (ch === '\u2069') {
      // a PDI closes its isolate and every embedding opened inside it
      const at = open.lastIndexOf('\u2069');
      if (at >= 0) open.length = at;
    }
  }
  return `\u2068${text}${open.reverse().join('')}\u2069`;
}
