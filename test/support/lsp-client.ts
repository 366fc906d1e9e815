import { spawn, type ChildProcess } from 'node:child_process';
import { createProtocolConnection, StreamMessageReader, StreamMessageWriter, type CodeAction, type Diagnostic, type ProtocolConnection, type Range, type TextDocumentContentChangeEvent } from 'vscode-languageserver/node';
import { CLI } from './cli.js';

export interface Published {
  uri: string;
  version?: number;
  diagnostics: Diagnostic[];
}

/**
 * An editor, as far as the tests need one: spawns `copydesk lsp` (the built executable), speaks the
 * protocol to it over stdio with vscode-languageserver's own client side (JSON-RPC with
 * Content-Length framing), and keeps every diagnostics notification it receives.
 */
export class LspClient {
  readonly published: Published[] = [];
  private readonly waiters: { test: (p: Published) => boolean; resolve: (p: Published) => void }[] = [];
  private readonly child: ChildProcess;
  private readonly connection: ProtocolConnection;
  stderr = '';

  constructor(readonly cwd: string) {
    this.child = spawn(process.execPath, [CLI, 'lsp', '--stdio'], { cwd, stdio: ['pipe', 'pipe', 'pipe'] });
    this.child.stderr!.on('data', (chunk: Buffer) => (this.stderr += chunk.toString()));
    this.connection = createProtocolConnection(new StreamMessageReader(this.child.stdout!), new StreamMessageWriter(this.child.stdin!));
    this.connection.onNotification('textDocument/publishDiagnostics', (params: Published) => {
      this.published.push(params);
      for (const waiter of [...this.waiters]) {
        if (!waiter.test(params)) continue;
        this.waiters.splice(this.waiters.indexOf(waiter), 1);
        waiter.resolve(params);
      }
    });
    this.connection.listen();
  }

  async initialize(rootUri: string | null): Promise<unknown> {
    const result = await this.connection.sendRequest('initialize', { processId: process.pid, rootUri, capabilities: {} });
    await this.connection.sendNotification('initialized', {});
    return result;
  }

  /** The next diagnostics published for a document that pass the test (one already received counts if `since` says so). */
  diagnostics(uri: string, test: (p: Published) => boolean = () => true, since = this.published.length): Promise<Published> {
    const seen = this.published.slice(since).find((p) => p.uri === uri && test(p));
    if (seen) return Promise.resolve(seen);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no diagnostics for ${uri} in time; stderr: ${this.stderr}`)), 20_000);
      this.waiters.push({ test: (p) => p.uri === uri && test(p), resolve: (p) => (clearTimeout(timer), resolve(p)) });
    });
  }

  /** Opens a document and resolves with the diagnostics published for it. */
  async open(uri: string, languageId: string, text: string, version = 1): Promise<Published> {
    const next = this.diagnostics(uri, (p) => p.version === version);
    await this.send(uri, languageId, text, version);
    return next;
  }

  /** Opens a document without waiting for anything. */
  send(uri: string, languageId: string, text: string, version = 1): Promise<void> {
    return this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version, text } });
  }

  async change(uri: string, version: number, contentChanges: TextDocumentContentChangeEvent[]): Promise<void> {
    await this.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges });
  }

  async close(uri: string): Promise<void> {
    await this.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
  }

  codeActions(uri: string, range: Range): Promise<CodeAction[]> {
    return this.connection.sendRequest('textDocument/codeAction', { textDocument: { uri }, range, context: { diagnostics: [] } });
  }

  /** Shuts the server down as an editor does, and resolves with its exit code. */
  async stop(): Promise<number | null> {
    const exited = new Promise<number | null>((resolve) => this.child.once('exit', (code) => resolve(code)));
    await this.connection.sendRequest('shutdown');
    await this.connection.sendNotification('exit');
    const code = await exited;
    this.connection.dispose();
    return code;
  }
}
