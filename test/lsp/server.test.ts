// The language server, over the real protocol, as an editor drives it: a spawned
// `stepladder lsp --stdio` and JSON-RPC requests (initialize, didOpen, didChange,
// publishDiagnostics, hover, definition, references, rename, completion, formatting, code actions,
// outline), plus the answers it must give for broken text and documents it does not know.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeAction, CompletionItem, DocumentSymbol, Hover, Location, TextEdit, WorkspaceEdit } from 'vscode-languageserver/node.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compileSource, createCompilerTools } from '../../compiler/index.ts';
import { formatProtocol } from '../../dsl/format/index.ts';
import { ROOT, startClient, type TestClient, uriOf } from './lsp-client.ts';

const FILE = 'protocols/sefton.protocol';
const SOURCE = readFileSync(join(ROOT, FILE), 'utf8');
const URI = uriOf(FILE);

/** The LSP position of the `nth` occurrence of `needle` (plus `delta` characters). */
function at(text: string, needle: string, nth = 0, delta = 0) {
  let offset = -1;
  for (let i = 0; i <= nth; i += 1) offset = text.indexOf(needle, offset + 1);
  if (offset < 0) throw new Error(`'${needle}' not in the text`);
  return TextDocument.create('x', 'x', 0, text).positionAt(offset + delta);
}

function apply(text: string, edits: TextEdit[]): string {
  return TextDocument.applyEdits(TextDocument.create('x', 'x', 0, text), edits);
}

// Building the parser and schema validator is slow; one set serves every compile in this file.
const tools = createCompilerTools();
let client: TestClient;
let version = 1;

async function setText(text: string) {
  version += 1;
  return client.change(URI, version, text);
}

beforeAll(async () => {
  client = await startClient();
});

afterAll(async () => {
  await client?.stop();
});

describe('stepladder lsp', () => {
  it('publishes the compiler’s diagnostics on open and as the text changes', async () => {
    const opened = await client.open(URI, SOURCE);
    expect(opened.diagnostics.map((d) => d.code)).toEqual(compileSource(SOURCE, join(ROOT, FILE), tools).diagnostics.map((d) => d.code));

    const typo = SOURCE.replace('meets line_manager with counterpart', 'meets lne_manager with counterpart');
    const changed = await setText(typo);
    const expected = compileSource(typo, join(ROOT, FILE), tools).diagnostics;
    expect(changed.diagnostics.map((d) => d.code)).toEqual(expected.map((d) => d.code));
    const e0101 = changed.diagnostics.find((d) => d.code === 'E0101')!;
    expect(e0101.range.start).toEqual(at(typo, 'lne_manager'));
    expect(e0101.message).toContain("Did you mean 'line_manager'?");
    expect(e0101.codeDescription?.href).toMatch(/\/diagnostics\/e0101\/$/);

    // The quick fix takes the suggestion, and the text is whole again.
    const actions: CodeAction[] = await client.connection.sendRequest('textDocument/codeAction', {
      textDocument: { uri: URI },
      range: e0101.range,
      context: { diagnostics: [e0101] },
    });
    const fix = actions.find((a) => a.title === "Change to 'line_manager'")!;
    expect(apply(typo, fix.edit!.changes![URI]!)).toBe(SOURCE);
    const fixed = await setText(SOURCE);
    expect(fixed.diagnostics).toEqual(opened.diagnostics);
  });

  it('hovers a name with its declaration and the passage it cites, and a keyword with its meaning', async () => {
    const name: Hover = await client.connection.sendRequest('textDocument/hover', { textDocument: { uri: URI }, position: at(SOURCE, 'meets line_manager', 0, 8) });
    const text = JSON.stringify(name.contents);
    expect(text).toContain('role');
    expect(text).toContain('Line manager or safeguarding supervisor');
    expect(text).toContain('each professional should discuss the issue with their'); // passage step2, cited by the role

    const keyword: Hover = await client.connection.sendRequest('textDocument/hover', { textDocument: { uri: URI }, position: at(SOURCE, 'deadline within', 0, 2) });
    expect(JSON.stringify(keyword.contents)).toContain('keyword');
    expect(JSON.stringify(keyword.contents)).toContain('11. Timescales');
  });

  it('goes to the definition and finds every reference of a role', async () => {
    const use = at(SOURCE, 'by line_manager', 0, 4);
    const definition: Location = await client.connection.sendRequest('textDocument/definition', { textDocument: { uri: URI }, position: use });
    expect(definition.range.start).toEqual(at(SOURCE, 'role line_manager', 0, 5));

    const references: Location[] = await client.connection.sendRequest('textDocument/references', { textDocument: { uri: URI }, position: use, context: { includeDeclaration: true } });
    const expected = [...SOURCE.matchAll(/\bline_manager\b/g)].length;
    expect(references).toHaveLength(expected);
  });

  it('renames a name everywhere it is used, and the protocol still compiles the same', async () => {
    const edit: WorkspaceEdit = await client.connection.sendRequest('textDocument/rename', {
      textDocument: { uri: URI },
      position: at(SOURCE, 'role line_manager', 0, 6),
      newName: 'team_manager',
    });
    const renamed = apply(SOURCE, edit.changes![URI]!);
    expect(renamed).not.toMatch(/\bline_manager\b/);
    const before = compileSource(SOURCE, FILE, tools);
    const after = compileSource(renamed, FILE, tools);
    expect(after.diagnostics.map((d) => d.code)).toEqual(before.diagnostics.map((d) => d.code));
    expect(JSON.stringify(after.machine).replaceAll('team_manager', 'line_manager')).toBe(JSON.stringify(before.machine));

    await expect(
      client.connection.sendRequest('textDocument/rename', { textDocument: { uri: URI }, position: at(SOURCE, 'role line_manager', 0, 6), newName: 'senior_manager' }),
    ).rejects.toThrow(/already declared/);
  });

  it('completes the keywords the grammar allows at the cursor and the names that fit', async () => {
    const inStage = SOURCE.replace('    meets line_manager with counterpart\n', '    meets line_manager with counterpart\n    \n');
    await setText(inStage);
    const labels = async (position: { line: number; character: number }) =>
      ((await client.connection.sendRequest('textDocument/completion', { textDocument: { uri: URI }, position })) as CompletionItem[]).map((i) => i.label);

    const statement = await labels({ line: at(inStage, 'meets line_manager').line + 1, character: 4 });
    expect(statement).toEqual(expect.arrayContaining(['deadline', 'meets', 'record', 'on', 'cite', 'level']));
    expect(statement).not.toContain('partnership'); // a protocol-level keyword, not valid in a stage
    expect(statement).not.toContain('line_manager'); // a statement starts with a keyword

    const afterMeets = SOURCE.replace('meets line_manager with counterpart', 'meets li');
    await setText(afterMeets);
    const role = await labels(at(afterMeets, 'meets li', 0, 8));
    expect(role).toContain('line_manager');
    expect(role).not.toContain('step1');

    const afterCite = SOURCE.replace('meets line_manager with counterpart', 'cite step2_');
    await setText(afterCite);
    const passages = await labels(at(afterCite, 'cite step2_', 0, 11));
    expect(passages).toEqual(expect.arrayContaining(['step2_consult', 'step2_time', 'step2_log']));
    await setText(SOURCE);
  });

  it('formats with the project’s formatter', async () => {
    const messy = SOURCE.replace('  role professional "Frontline professional" { cite step1 }', 'role   professional "Frontline professional"   {cite step1}');
    await setText(messy);
    const edits: TextEdit[] = await client.connection.sendRequest('textDocument/formatting', { textDocument: { uri: URI }, options: { tabSize: 2, insertSpaces: true } });
    const formatted = formatProtocol(messy);
    expect(formatted.ok && apply(messy, edits)).toBe(formatted.ok && formatted.text);
    expect(apply(messy, edits)).toContain('\n  role professional "Frontline professional" { cite step1 }\n');
    await setText(SOURCE);
  });

  it('offers to acknowledge a warning, leaving the reason for the author to give', async () => {
    const unacknowledged = SOURCE.replace(/ {2}acknowledge missing_metadata "[^"]*"\n/, '');
    const published = await setText(unacknowledged);
    const warning = published.diagnostics.find((d) => d.code === 'W0112')!;
    expect(warning).toBeDefined();
    const actions: CodeAction[] = await client.connection.sendRequest('textDocument/codeAction', {
      textDocument: { uri: URI },
      range: warning.range,
      context: { diagnostics: [warning] },
    });
    const ack = actions.find((a) => a.title.startsWith("Acknowledge 'missing_metadata'"))!;
    const acknowledged = apply(unacknowledged, ack.edit!.changes![URI]!);
    const codes = compileSource(acknowledged, FILE, tools).diagnostics.map((d) => d.code);
    expect(codes).not.toContain('W0112');
    expect(codes).toContain('E0110'); // "gives no reason": the author must say why
    await setText(SOURCE);
  });

  it('outlines the stages', async () => {
    const symbols: DocumentSymbol[] = await client.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri: URI } });
    expect(symbols.map((s) => s.name)).toEqual(['step1', 'step2', 'step3', 'step4']);
    expect(symbols[1]!.detail).toBe('Step 2 – Direct Manager to Manager Discussion');
  });

  it('answers from the last good analysis while the text has a syntax error', async () => {
    const broken = SOURCE.replace('meets line_manager with counterpart', 'meets line_manager with {');
    const published = await setText(broken);
    expect(published.diagnostics.some((d) => d.code === 'E0002' || d.severity === 1)).toBe(true);
    const hover: Hover = await client.connection.sendRequest('textDocument/hover', { textDocument: { uri: URI }, position: at(broken, 'by line_manager', 0, 4) });
    expect(JSON.stringify(hover.contents)).toContain('Line manager or safeguarding supervisor');
    const definition: Location = await client.connection.sendRequest('textDocument/definition', { textDocument: { uri: URI }, position: at(broken, 'by line_manager', 0, 4) });
    expect(definition.range.start).toEqual(at(SOURCE, 'role line_manager', 0, 5));
    await setText(SOURCE);
  });

  it('rejects requests about a document that is not open with a protocol error', async () => {
    const unknown = uriOf('protocols/not-open.protocol');
    await expect(client.connection.sendRequest('textDocument/hover', { textDocument: { uri: unknown }, position: { line: 0, character: 0 } })).rejects.toMatchObject({
      code: -32602,
    });
    // …and goes on serving the documents it knows.
    const hover: Hover = await client.connection.sendRequest('textDocument/hover', { textDocument: { uri: URI }, position: at(SOURCE, 'meets line_manager', 0, 8) });
    expect(hover).not.toBeNull();
  });
});
