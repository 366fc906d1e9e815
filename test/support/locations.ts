/** What the property tests hold every reported place to: inside its file, at its text, at its line and column. */
import assert from 'node:assert/strict';
import type { Point } from '../../src/model/document.js';
import type { Finding } from '../../src/model/finding.js';

/**
 * The line and column of an offset, counted afresh: a line ends at `\n`, `\r\n` or a lone `\r`, and
 * an offset between the `\r` and `\n` of a CRLF is still on the line the `\r` ends.
 */
export function pointOf(text: string, offset: number): Point {
  let line = 1;
  let lineStart = 0;
  for (const match of text.slice(0, offset).matchAll(/\r\n|\r|\n/g)) {
    const end = match.index + match[0].length;
    if (match[0] === '\r' && end === offset && text[offset] === '\n') break;
    line++;
    lineStart = end;
  }
  return { line, column: offset - lineStart + 1, offset };
}

/** Every location (and every fix's replacement) of the findings: in a known file, inside it, at its text, line and column. */
export function assertPlacesInFiles(findings: Finding[], sources: Map<string, string>): void {
  const place = (what: string, at: { path: string; start: Point; end: Point; text: string }) => {
    const source = sources.get(at.path);
    assert.ok(source !== undefined, `${what} is in a file of the run, not ${JSON.stringify(at.path)}`);
    assert.ok(at.start.offset >= 0 && at.start.offset <= at.end.offset && at.end.offset <= source.length, `${what} [${at.start.offset}, ${at.end.offset}) inside the file of ${source.length}`);
    assert.equal(at.text, source.slice(at.start.offset, at.end.offset), `${what}: its text is the file's`);
    assert.deepEqual(at.start, pointOf(source, at.start.offset), `${what}: start line and column`);
    assert.deepEqual(at.end, pointOf(source, at.end.offset), `${what}: end line and column`);
  };
  for (const finding of findings) {
    assert.ok(finding.locations.length > 0, `${finding.ruleId} has a place`);
    assert.ok(finding.message.length > 0, `${finding.ruleId} has a message`);
    finding.locations.forEach((location, k) => place(`${finding.ruleId} location ${k}`, location));
    for (const fix of finding.fixes ?? []) for (const replacement of fix.replacements) place(`${finding.ruleId} fix`, replacement);
  }
}
