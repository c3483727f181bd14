// Benchmark: the language server's edit-to-diagnostics time (goal: under 50 ms for a seed-sized
// protocol) and completion time, measured over stdio from a spawned `stepladder lsp` as an editor
// sees them. Run with `npm run bench`; never part of the tests.
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { StreamMessageReader, StreamMessageWriter, createMessageConnection, type PublishDiagnosticsParams } from 'vscode-languageserver/node.js';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 30);
const root = join(import.meta.dirname, '..');
const dir = join(root, 'protocols');
const child = spawn(process.execPath, [join(root, 'bin', 'stepladder.js'), 'lsp', '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
const connection = createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
let waiting: { uri: string; version: number; resolve: () => void } | null = null;
connection.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => {
  if (waiting && p.uri === waiting.uri && (p.version ?? 0) >= waiting.version) waiting.resolve();
});
connection.listen();
await connection.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities: {} });
await connection.sendNotification('initialized', {});

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
console.log('## Language server');
console.log('| protocol | size | edit → diagnostics (median) | worst | completion (median) |\n| --- | --- | --- | --- | --- |');
for (const file of readdirSync(dir).filter((f) => f.endsWith('.protocol')).sort()) {
  const text = readFileSync(join(dir, file), 'utf8');
  const uri = pathToFileURL(join(dir, file)).href;
  let version = 1;
  const published = (v: number) => new Promise<void>((resolve) => (waiting = { uri, version: v, resolve }));
  let done = published(1);
  await connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'stepladder', version, text } });
  await done;
  const edits: number[] = [];
  const completions: number[] = [];
  const end = text.lastIndexOf('}');
  const position = { line: text.slice(0, end).split('\n').length - 1, character: 0 };
  for (let i = 0; i < ROUNDS; i += 1) {
    version += 1;
    // Type a comment character at the end, as a keystroke would: the whole file is checked again.
    const range = { start: position, end: position };
    const start = performance.now();
    done = published(version);
    await connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ range, text: i % 2 ? '\n' : ' ' }] });
    await done;
    edits.push(performance.now() - start);
    const c = performance.now();
    await connection.sendRequest('textDocument/completion', { textDocument: { uri }, position });
    completions.push(performance.now() - c);
  }
  console.log(`| ${file} | ${(text.length / 1024).toFixed(1)} KiB | ${median(edits).toFixed(1)} ms | ${Math.max(...edits).toFixed(1)} ms | ${median(completions).toFixed(1)} ms |`);
}
await connection.sendRequest('shutdown');
await connection.sendNotification('exit');
connection.dispose();
