// The language server never dies on any text: random edits (insertions of hostile fragments,
// deletions, replacements) through incremental didChange, each followed by requests at random
// places. After every sequence the server still answers, and its diagnostics are the compiler's.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { compileSource, createCompilerTools } from '../../compiler/index.ts';
import { ROOT, startClient, type TestClient, uriOf } from './lsp-client.ts';

const FILE = 'protocols/sefton.protocol';
const SOURCE = readFileSync(join(ROOT, FILE), 'utf8');
const URI = uriOf(FILE);
const RUNS = Math.max(10, Math.round(Number(process.env.FUZZ_RUNS ?? 300) / 15));
const tools = createCompilerTools();

const fragment = fc.oneof(
  fc.constantFrom('{', '}', '"', '"""', '->', '/*', '//', ' stage x "y" {', 'cite ', 'on resolved -> ', '\n', 'within 2 working days', '\u202e', '\0', '😀', '\r\n', 'level'),
  fc.string({ maxLength: 12 }),
);

const edit = fc.record({ start: fc.nat(), length: fc.nat({ max: 40 }), text: fragment, probe: fc.nat() });

let client: TestClient;
let version = 1;

beforeAll(async () => {
  client = await startClient();
  await client.open(URI, SOURCE);
});

afterAll(async () => {
  await client?.stop();
});

it('survives random edits and keeps answering with the compiler’s diagnostics', async () => {
  await fc.assert(
    fc.asyncProperty(fc.array(edit, { minLength: 1, maxLength: 8 }), async (edits) => {
      let document = TextDocument.create(URI, 'stepladder', version, SOURCE);
      version += 1;
      await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri: URI, version }, contentChanges: [{ text: SOURCE }] });
      for (const e of edits) {
        const text = document.getText();
        const start = e.start % (text.length + 1);
        const end = Math.min(text.length, start + e.length);
        const range = { start: document.positionAt(start), end: document.positionAt(end) };
        version += 1;
        document = TextDocument.create(URI, 'stepladder', version, TextDocument.applyEdits(document, [{ range, newText: e.text }]));
        await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri: URI, version }, contentChanges: [{ range, text: e.text }] });
        const position = document.positionAt(e.probe % (document.getText().length + 1));
        // Requests at any place answer (possibly with nothing); none fails.
        await client.connection.sendRequest('textDocument/hover', { textDocument: { uri: URI }, position });
        await client.connection.sendRequest('textDocument/completion', { textDocument: { uri: URI }, position });
        await client.connection.sendRequest('textDocument/definition', { textDocument: { uri: URI }, position });
        await client.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri: URI } });
      }
      const published = await client.diagnostics(URI, version);
      const expected = compileSource(document.getText(), join(ROOT, FILE), tools).diagnostics;
      expect(published.diagnostics.map((d) => d.code)).toEqual(expected.map((d) => d.code));
      expect(client.child.exitCode).toBeNull();
    }),
    { numRuns: RUNS },
  );
});
