import { createHash } from 'node:crypto';
import type { Finding, Fix, Location, Severity } from '../model/finding.js';
import type { FindingsReport } from '../model/report.js';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note' };

/** A location's file as a URI reference; an older git version ("HEAD~1:story.md") is the file at that revision. */
function artifact(path: string): { uri: string; properties?: { revision: string } } {
  const git = /^([^:/\\]+):(.+)$/.exec(path);
  if (git && !/^[a-z]$/i.test(git[1]!)) return { uri: encodeURI(git[2]!), properties: { revision: git[1]! } };
  return { uri: encodeURI(path) };
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

function physical(location: Location) {
  return { physicalLocation: { artifactLocation: artifact(location.path), region: region(location) } };
}

/** SARIF's fix (§3.55): one artifact change per file, each replacement a deleted region and the text inserted there. */
function sarifFix(fix: Fix) {
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
  const ruleIndex = new Map(report.rules.map((rule, index) => [rule.id, index]));
  const results = report.findings.map((finding) => {
    const [first, ...rest] = finding.locations;
    const result: Record<string, unknown> = {
      ruleId: finding.ruleId,
      level: LEVEL[finding.severity],
      message: { text: finding.message },
      locations: [physical(first!)],
      partialFingerprints: { 'copydesk/v1': fingerprint(finding) },
      // SARIF's rank is a result's priority from 0 to 100: copydesk's confidence, scaled
      rank: Math.round(finding.confidence * 100),
      properties: { category: finding.category, ...(finding.evidence ? { evidence: finding.evidence } : {}), ...(finding.introduced !== undefined ? { introduced: finding.introduced } : {}) },
    };
    const index = ruleIndex.get(finding.ruleId);
    if (index !== undefined) result['ruleIndex'] = index;
    if (rest.length) result['relatedLocations'] = rest.map((location, k) => ({ id: k + 1, ...physical(location), message: { text: location.role ?? 'related' } }));
    if (finding.fixes) result['fixes'] = finding.fixes.map(sarifFix);
    return result;
  });
  const paths = [...new Set(report.findings.flatMap((f) => f.locations.map((l) => l.path)))].sort();
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
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}
