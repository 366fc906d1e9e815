/**
 * `copydesk lsp`: a language server over standard input and output, built on vscode-languageserver.
 * It checks each open Markdown or plain-text document as the editor holds it (unsaved text is
 * checked as text, named by its file so that the config above it applies), publishes the findings
 * as diagnostics when a document opens and again a moment after the writer stops typing, offers the
 * exact fixes and "disable for this line" as code actions, and checks every open document again when
 * a config, pack, lexicon or ignore file it depends on changes on disk.
 */
import { dirname, extname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { CodeActionKind, createConnection, TextDocuments, TextDocumentSyncKind, type Connection, type Diagnostic, type InitializeParams } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { VERSION } from '../base/version.js';
import { CONFIG_NAMES } from '../config/config.js';
import { IGNORE_FILE } from '../config/ignore.js';
import { isMarkdownPath } from '../load/document.js';
import { checkText } from '../run/check-files.js';
import { Session } from '../session/session.js';
import { codeActions, type CheckedText } from './code-actions.js';
import { failureDiagnostic, toDiagnostic, type Placer } from './diagnostics.js';
import { FileWatcher } from './watch.js';

/** How long after the last keystroke a document is checked again: checking on every key would lag typing. */
export const DEBOUNCE_MS = 250;

/** Editors' names for plain text (VS Code's, Neovim's and Helix's). */
const TEXT_LANGUAGES = new Set(['plaintext', 'text']);

interface Checked extends CheckedText {
  version: number;
  /** Why the document could not be checked (a broken config or pack), shown in place of findings. */
  failure?: Diagnostic;
}

/** The file a document is checked as, and whether copydesk reads it at all. */
function fileOf(document: TextDocument, cwd: string): string | undefined {
  const url = new URL(document.uri);
  // an untitled buffer has no file: it is checked as if it stood in the workspace folder
  const path = url.protocol === 'file:' ? fileURLToPath(url) : join(cwd, 'untitled');
  if (isMarkdownPath(path) || extname(path).toLowerCase() === '.txt') return path;
  // a Markdown buffer whose name says nothing (README, notes) is read as Markdown all the same
  if (document.languageId === 'markdown') return `${path}.md`;
  if (TEXT_LANGUAGES.has(document.languageId)) return `${path}.txt`;
  return undefined;
}

/** Every folder from a file's own up to the root: a config in any of them may decide its rules. */
function foldersAbove(file: string): string[] {
  const dirs: string[] = [];
  for (let dir = dirname(file); ; dir = dirname(dir)) {
    dirs.push(dir);
    if (dirname(dir) === dir) return dirs;
  }
}

/** The folder a workspace opened on: config files are found above each document, paths shown from here. */
function workspaceRoot(params: InitializeParams, fallback: string): string {
  const uri = params.workspaceFolders?.[0]?.uri ?? params.rootUri;
  return uri?.startsWith('file:') ? fileURLToPath(uri) : fallback;
}

/** Serves one editor on these streams until it says exit (or closes them, which ends the process). */
export function startServer(input: NodeJS.ReadableStream, output: NodeJS.WritableStream, cwd: string): Connection {
  const connection = createConnection(input, output);
  const documents = new TextDocuments(TextDocument);
  const checked = new Map<string, Checked>();
  const timers = new Map<string, NodeJS.Timeout>();
  let session = new Session({ cwd });
  let recheck: NodeJS.Timeout | undefined;
  const watcher = new FileWatcher(() => {
    clearTimeout(recheck);
    recheck = setTimeout(() => {
      for (const document of documents.all()) publish(document);
    }, DEBOUNCE_MS);
  });

  const check = (document: TextDocument, file: string): Checked => {
    const empty: Checked = { version: document.version, published: [], shift: 0 };
    const text = document.getText();
    if (text.trim() === '') return empty;
    // what decides the rules, learnt as far as it could be read: a broken config or pack is watched too, so fixing it counts
    const files = [join(session.cwd, IGNORE_FILE)];
    try {
      const config = session.configOf({}, file);
      files.push(...config.packs, ...config.lexicons);
      files.push(...session.ruleSetFor({}, file).files);
      if (session.isIgnored(file, config)) return empty;
      const result = checkText(text, file, {}, session);
      // copydesk counts offsets without a byte-order mark, as editors show the text; one that keeps it is one ahead
      const shift = text.startsWith('\uFEFF') ? 1 : 0;
      const shown = session.displayPath(file);
      const place: Placer = (location) => ({
        uri: location.path === shown ? document.uri : pathToFileURL(resolve(session.cwd, location.path)).href,
        range: { start: document.positionAt(location.start.offset + shift), end: document.positionAt(location.end.offset + shift) },
      });
      const published = result.findings.map((finding) => ({ finding, diagnostic: toDiagnostic(finding, place) }));
      return { version: document.version, published, source: result.analysis.doc, shift };
    } catch (error) {
      connection.console.error(`copydesk: ${document.uri}: ${error instanceof Error ? error.message : String(error)}`);
      return { ...empty, failure: failureDiagnostic(error) };
    } finally {
      watcher.set(document.uri, { dirs: foldersAbove(file), names: CONFIG_NAMES, files });
    }
  };

  /** Checks a document now and publishes its diagnostics; a document copydesk does not read gets none. */
  const publish = (document: TextDocument): Checked => {
    clearTimeout(timers.get(document.uri));
    timers.delete(document.uri);
    const file = fileOf(document, session.cwd);
    const result = file === undefined ? { version: document.version, published: [], shift: 0 } : check(document, file);
    checked.set(document.uri, result);
    if (file === undefined) return result;
    const diagnostics = result.failure ? [result.failure] : result.published.map((p) => p.diagnostic);
    void connection.sendDiagnostics({ uri: document.uri, version: document.version, diagnostics });
    return result;
  };

  connection.onInitialize((params) => {
    session = new Session({ cwd: workspaceRoot(params, cwd) });
    return {
      capabilities: {
        textDocumentSync: TextDocumentSyncKind.Incremental,
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] },
      },
      serverInfo: { name: 'copydesk', version: VERSION },
    };
  });

  // a document is checked as it opens; its edits, once the writer pauses
  documents.onDidOpen((event) => publish(event.document));
  documents.onDidChangeContent((event) => {
    const { document } = event;
    if (checked.get(document.uri)?.version === document.version) return;
    clearTimeout(timers.get(document.uri));
    timers.set(document.uri, setTimeout(() => publish(document), DEBOUNCE_MS));
  });
  documents.onDidClose((event) => {
    clearTimeout(timers.get(event.document.uri));
    timers.delete(event.document.uri);
    checked.delete(event.document.uri);
    watcher.delete(event.document.uri);
    if (fileOf(event.document, session.cwd) !== undefined) void connection.sendDiagnostics({ uri: event.document.uri, diagnostics: [] });
  });

  connection.onCodeAction((params) => {
    const document = documents.get(params.textDocument.uri);
    if (!document) return [];
    // actions are edits at offsets: they must come from a check of the text as it is now
    let result = checked.get(document.uri);
    if (result?.version !== document.version) result = publish(document);
    return codeActions(result, document, params.range);
  });

  connection.onShutdown(() => {
    for (const timer of timers.values()) clearTimeout(timer);
    clearTimeout(recheck);
    watcher.close();
  });

  documents.listen(connection);
  connection.listen();
  return connection;
}

/** `copydesk lsp`: the server on the process's own standard input and output. */
export function serveStdio(cwd: string): void {
  // standard output carries the protocol: anything a library prints goes to standard error instead
  console.log = console.info = console.debug = console.error;
  startServer(process.stdin, process.stdout, cwd);
}
