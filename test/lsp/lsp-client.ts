// A minimal LSP client for tests: spawns `stepladder lsp --stdio` as an editor would and speaks
// JSON-RPC to it over its stdin/stdout.
import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  type MessageConnection,
  type PublishDiagnosticsParams,
  StreamMessageReader,
  StreamMessageWriter,
  createMessageConnection,
} from 'vscode-languageserver/node.js';

export const ROOT = join(import.meta.dirname, '..', '..');

export interface TestClient {
  connection: MessageConnection;
  child: ChildProcess;
  /** Resolves with the next diagnostics published for `uri` at `version` or later. */
  diagnostics(uri: string, version: number): Promise<PublishDiagnosticsParams>;
  open(uri: string, text: string): Promise<PublishDiagnosticsParams>;
  change(uri: string, version: number, text: string): Promise<PublishDiagnosticsParams>;
  stop(): Promise<void>;
}

export function uriOf(file: string): string {
  return pathToFileURL(join(ROOT, file)).href;
}

export async function startClient(command: string[] = [process.execPath, join(ROOT, 'bin', 'stepladder.js'), 'lsp', '--stdio']): Promise<TestClient> {
  const child = spawn(command[0]!, command.slice(1), { cwd: ROOT, stdio: ['pipe', 'pipe', 'pipe'] });
  const connection = createMessageConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
  const latest = new Map<string, PublishDiagnosticsParams>();
  const waiters: { uri: string; version: number; resolve: (p: PublishDiagnosticsParams) => void }[] = [];
  connection.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnosticsParams) => {
    latest.set(params.uri, params);
    for (const w of [...waiters]) {
      if (w.uri === params.uri && (params.version ?? 0) >= w.version) {
        waiters.splice(waiters.indexOf(w), 1);
        w.resolve(params);
      }
    }
  });
  connection.listen();
  await connection.sendRequest('initialize', { processId: process.pid, rootUri: pathToFileURL(ROOT).href, capabilities: {} });
  await connection.sendNotification('initialized', {});
  const diagnostics = (uri: string, version: number) =>
    new Promise<PublishDiagnosticsParams>((resolve) => {
      const known = latest.get(uri);
      if (known && (known.version ?? 0) >= version) resolve(known);
      else waiters.push({ uri, version, resolve });
    });
  return {
    connection,
    child,
    diagnostics,
    async open(uri, text) {
      latest.delete(uri);
      await connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'stepladder', version: 1, text } });
      return diagnostics(uri, 1);
    },
    async change(uri, version, text) {
      await connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ text }] });
      return diagnostics(uri, version);
    },
    async stop() {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      await connection.sendRequest('shutdown').catch(() => undefined);
      await connection.sendNotification('exit').catch(() => undefined);
      await exited;
      connection.dispose();
    },
  };
}
