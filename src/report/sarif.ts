import { createHash } from 'node:crypto';
import type { Finding, Fix, Location, Severity } from '../model/finding.js';
import type { FindingsReport } from '../model/report.js';
import { wellFormed } from '../base/printable.js';
import { omissions, omittedNote } from './omitted.js';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note' };

/**
 * A path as a URI reference relative to the source root (%SRCROOT%): each segment percent-encoded, so
 * "notes:draft.md" or "a#b.md" is a file name, not a scheme or a fragment. An absolute path is a
 * file: URI.
 */
function uriOf(path: string): { uri: string; uriBaseId?: string } {
  // a Windows drive ("C:") stays as file: URIs write it
  // a name read back from a damaged report may hold half a surrogate pair, which encodeURIComponent refuses
  const segments = path.split(/[\\/]/).map((segment, k) => (k === 0 && /^[A-Za-z]:$/.test(segment) ? segment : encodeURIComponent(wellFormed(segment))));
  if (isAbsolutePath(path)) return { uri: `file://${path.startsWith('/') ? '' : '/'}${segments.join('/')}` };
  return { uri: segments.join('/'), uriBaseId: SOURCE_ROOT };
}

function isAbsolutePath(path: string): boolean {
  return path.startsWith('/') || /^[A-Za-z]:[\\/]/.test(path);
}

const SOURCE_ROOT = '%SRCROOT%';

/**
 * A location's file; the older version of `diff --git REV` (named "REV:story.md" in copydesk's other
 * reports) is the file at that revision, kept as a property, never read as part of the name. Only
 * the report's own revision is read that way: any other colon is part of a file name.
 */
function artifactFor(revision: string | undefined) {
  return (path: string): { uri: string; uriBaseId?: string; properties?: { revision: string } } => {
    if (revision !== undefined && path.startsWith(`${revision}:`)) return { ...uriOf(path.slice(revision.length + 1)), properties: { revision } };
    return uriOf(path);
  };
}

function region(location: Pick<Location, 'start' | 'end' | 'text'>) {
  return {
    startLine: location.start.line,
    startColumn: location.start.column,
    endLine: location.end.line,
    // SARIF end columns are exclusive like ours; an empty span still ends one past its start
    endColumn: Math.max(location.end.column, location.start.line === location.end.line ? location.start.column : 1),
    charOffset: location.start.offset,
    charLength: location.end.offset - location.start.offset,
    snippet: { text: location.text },
  };
}

function physical(location: Location, artifact: ReturnType<typeof artifactFor>) {
  return { physicalLocation: { artifactLocation: artifact(location.path), region: region(location) } };
}

/** SARIF's fix (§3.55): one artifact change per file, each replacement a deleted region and the text inserted there. */
function sarifFix(fix: Fix, artifact: ReturnType<typeof artifactFor>) {
  const paths = [...new Set(fix.replacements.map((r) => r.path))];
  return {
    description: { text: fix.description },
    artifactChanges: paths.map((path) => ({
      artifactLocation: artifact(path),
      replacements: fix.replacements.filter((r) => r.path === path).map((r) => ({ deletedRegion: region(r), insertedContent: { text: r.replacement } })),
    })),
  };
}

/**
 * A fingerprint that survives edits elsewhere in the file: the rule, the file and the words of each
 * location, not their offsets, so code scanning tracks a finding across commits.
 */
export function fingerprint(finding: Finding): string {
  const hash = createHash('sha256');
  hash.update(finding.ruleId);
  for (const location of finding.locations) hash.update(`\0${location.path.replace(/^[^:/\\]+:/, '')}\0${location.text.replace(/\s+/g, ' ').trim()}`);
  return hash.digest('hex').slice(0, 32);
}

/** SARIF 2.1.0 for code scanning: rules with descriptions, the other places as relatedLocations, exact corrections as fixes. */
export function formatSarif(report: FindingsReport): string {
  const artifact = artifactFor(report.git);
  const ruleIndex = new Map(report.rules.map((rule, index) => [rule.id, index]));
  const results = report.findings.map((finding) => {
    const [first, ...rest] = finding.locations;
    const result: Record<string, unknown> = {
      ruleId: finding.ruleId,
      level: LEVEL[finding.severity],
      message: { text: finding.message },
      locations: [physical(first!, artifact)],
      partialFingerprints: { 'copydesk/v1': fingerprint(finding) },
      // SARIF's rank is a result's priority from 0 to 100: copydesk's confidence, scaled
      rank: Math.round(finding.confidence * 100),
      properties: { category: finding.category, ...(finding.evidence ? { evidence: finding.evidence } : {}), ...(finding.introduced !== undefined ? { introduced: finding.introduced } : {}), ...(finding.folded ? { folded: finding.folded } : {}) },
    };
    const index = ruleIndex.get(finding.ruleId);
    if (index !== undefined) result['ruleIndex'] = index;
    if (rest.length) result['relatedLocations'] = rest.map((location, k) => ({ id: k + 1, ...physical(location, artifact), message: { text: location.role ?? 'related' } }));
    if (finding.fixes) result['fixes'] = finding.fixes.map((fix) => sarifFix(fix, artifact));
    return result;
  });
  const paths = [...new Set(report.findings.flatMap((f) => f.locations.map((l) => l.path)))].sort();
  // files the cap cut short are told as notifications of the run (§3.20.21), each on its file
  const notifications = omissions(report.files).map(({ path, omitted }) => ({
    level: 'warning',
    message: { text: omittedNote(omitted) },
    locations: [{ physicalLocation: { artifactLocation: artifact(path) } }],
    properties: { omitted },
  }));
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'copydesk',
            version: report.tool.version,
            semanticVersion: report.tool.version,
            rules: report.rules.map((rule) => ({
              id: rule.id,
              shortDescription: { text: rule.description },
              fullDescription: { text: `${rule.description} (kind: ${rule.kind}, category: ${rule.category})` },
              defaultConfiguration: { level: LEVEL[rule.severity] },
              properties: { category: rule.category, kind: rule.kind },
            })),
          },
        },
        artifacts: paths.map((path) => ({ location: artifact(path) })),
        // relative paths are relative to where copydesk ran (the repository's root in CI)
        originalUriBaseIds: { [SOURCE_ROOT]: { description: { text: 'The folder copydesk was run in.' } } },
        // diff --git: the revision the working tree was compared with; old-side locations carry it too
        ...(report.git !== undefined ? { properties: { comparedWithRevision: report.git } } : {}),
        columnKind: 'utf16CodeUnits',
        ...(notifications.length ? { invocations: [{ executionSuccessful: true, toolExecutionNotifications: notifications }] } : {}),
        results,
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}
