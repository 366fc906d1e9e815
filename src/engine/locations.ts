import type { Analysis } from '../model/analysis.js';
import type { Location } from '../model/finding.js';
import type { SpanRef } from '../kinds/kind.js';

/** Turns a span of a document into a report location: path, both points and the text it covers. */
export function toLocation(analysis: Analysis, span: SpanRef): Location {
  const doc = (span.analysis ?? analysis).doc;
  const location: Location = {
    path: doc.path,
    start: doc.lines.point(span.start),
    end: doc.lines.point(span.end),
    text: doc.source.slice(span.start, span.end),
  };
  if (span.role) location.role = span.role;
  return location;
}
