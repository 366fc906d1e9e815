/**
 * Findings as LSP diagnostics: the first place is the diagnostic's range, every other place its
 * related information, the rule id its code with a link to the rule's documentation.
 */
import { pathToFileURL } from 'node:url';
import { DiagnosticSeverity, type Diagnostic, type Range } from 'vscode-languageserver/node';
import { CopydeskError } from '../base/errors.js';
import { packagePath } from '../base/package-path.js';
import type { Finding, Location, Severity } from '../model/finding.js';

const SEVERITY: Record<Severity, DiagnosticSeverity> = { error: DiagnosticSeverity.Error, warning: DiagnosticSeverity.Warning, info: DiagnosticSeverity.Information };

/** Where a rule without a `url` of its own is documented: the rules table of the installed package's README. */
export const RULES_DOC = `${pathToFileURL(packagePath('README.md')).href}#rules`;

/** Where a place of a finding is in the editor: its document's URI and range. */
export type Placer = (location: Pick<Location, 'path' | 'start' | 'end'>) => { uri: string; range: Range };

export function toDiagnostic(finding: Finding, place: Placer): Diagnostic {
  const [first, ...rest] = finding.locations;
  const diagnostic: Diagnostic = {
    range: place(first!).range,
    severity: SEVERITY[finding.severity],
    code: finding.ruleId,
    codeDescription: { href: finding.url ?? RULES_DOC },
    source: 'copydesk',
    message: finding.message,
  };
  if (rest.length) {
    diagnostic.relatedInformation = rest.map((location) => ({
      location: place(location),
      message: location.role ? `${location.role}: “${location.text}”` : `“${location.text}”`,
    }));
  }
  return diagnostic;
}

/**
 * A check that could not run (a broken config or rule pack): one error at the top of the document,
 * in the CLI's words, so the writer sees why there are no findings; it goes when the file is fixed.
 */
export function failureDiagnostic(error: unknown): Diagnostic {
  const message = error instanceof CopydeskError ? error.line() : `internal error: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`;
  return { range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, severity: DiagnosticSeverity.Error, source: 'copydesk', message: `copydesk: ${message}` };
}
