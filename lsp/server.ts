// `stepladder lsp`: the language server editors talk to over stdio (JSON-RPC, the Language Server
// Protocol). Every feature is a plain function in lsp/service/ working on offsets; this file only
// turns LSP positions into offsets and back, and keeps one analysis per open document.
import { fileURLToPath } from 'node:url';
import {
  CodeActionKind,
  CompletionItemKind,
  type Connection,
  DiagnosticSeverity,
  type DocumentSymbol,
  ErrorCodes,
  type Location,
  type MessageReader,
  type MessageWriter,
  ResponseError,
  SymbolKind,
  TextDocumentSyncKind,
  TextDocuments,
  createConnection,
} from 'vscode-languageserver/node.js';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { createCompilerTools } from '../compiler/index.ts';
import { DOCS_BASE_URL } from '../compiler/diagnostics/render.ts';
import { docsPath } from '../compiler/diagnostics/registry.ts';
import type { Diagnostic } from '../compiler/diagnostics/types.ts';
import { formatProtocol } from '../dsl/format/index.ts';
import { type DocumentAnalysis, analyzeDocument } from './service/analyze-document.ts';
import { acknowledgeFix, didYouMeanFix, type QuickFix } from './service/code-actions.ts';
import { complete } from './service/completion.ts';
import { type Declaration, declarationOf, occurrenceAt, occurrencesOf } from './service/document-index.ts';
import { createGrammarAssist } from './service/grammar-assist.ts';
import { hover } from './service/hover.ts';
import { wordAt } from './service/words.ts';

const NAME = /^[\p{L}_](?:[\p{L}\p{N}_]|-(?!>))*$/u;

export interface ServerOptions {
  docsBaseUrl?: string;
}

function fileOf(uri: string): string {
  try {
    return uri.startsWith('file:') ? fileURLToPath(uri) : decodeURIComponent(uri.split('/').pop() ?? uri);
  } catch {
    return uri;
  }
}

export function startServer(reader: MessageReader, writer: MessageWriter, options: ServerOptions = {}): Connection {
  const connection = createConnection(reader, writer);
  const documents = new TextDocuments(TextDocument);
  const tools = createCompilerTools();
  const assist = createGrammarAssist(tools.language.parser, 'protocol');
  const analyses = new Map<string, { version: number; analysis: DocumentAnalysis }>();
  const pending = new Set<string>();
  const docsBase = options.docsBaseUrl ?? DOCS_BASE_URL;

  const documentOf = (uri: string): TextDocument => {
    const document = documents.get(uri);
    if (!document) throw new ResponseError(ErrorCodes.InvalidParams, `The document '${uri}' is not open: send didOpen first.`);
    return document;
  };

  /** The analysis of the document's current version, made now if a change is still queued. */
  const analysisOf = (document: TextDocument): DocumentAnalysis => {
    const known = analyses.get(document.uri);
    if (known && known.version === document.version) return known.analysis;
    const analysis = analyzeDocument(document.getText(), fileOf(document.uri), tools, known?.analysis ?? null);
    analyses.set(document.uri, { version: document.version, analysis });
    return analysis;
  };

  const toLspDiagnostic = (document: TextDocument, d: Diagnostic) => ({
    range: { start: document.positionAt(d.span.start), end: document.positionAt(d.span.end) },
    severity: d.severity === 'error' ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning,
    code: d.code,
    codeDescription: { href: `${docsBase}${docsPath(d.code)}` },
    source: 'stepladder',
    message: d.help ? `${d.message}\n${d.help}` : d.message,
    data: { name: d.name },
    relatedInformation: d.related.map((r) => ({
      location: { uri: document.uri, range: { start: document.positionAt(r.span.start), end: document.positionAt(r.span.end) } },
      message: r.message,
    })),
  });

  const publish = (uri: string) => {
    pending.delete(uri);
    const document = documents.get(uri);
    if (!document) return;
    try {
      const analysis = analysisOf(document);
      void connection.sendDiagnostics({ uri, version: document.version, diagnostics: analysis.diagnostics.map((d) => toLspDiagnostic(document, d)) });
    } catch (error) {
      connection.console.error(`stepladder: could not check ${uri}: ${error instanceof Error ? error.message : String(error)}`);
    }
  };

  // Typing sends a change per keystroke; check once the burst has been read.
  documents.onDidChangeContent(({ document }) => {
    if (pending.has(document.uri)) return;
    pending.add(document.uri);
    setImmediate(() => publish(document.uri));
  });
  documents.onDidClose(({ document }) => {
    analyses.delete(document.uri);
    pending.delete(document.uri);
    void connection.sendDiagnostics({ uri: document.uri, diagnostics: [] });
  });

  connection.onInitialize(() => ({
    capabilities: {
      textDocumentSync: TextDocumentSyncKind.Incremental,
      hoverProvider: true,
      definitionProvider: true,
      referencesProvider: true,
      renameProvider: { prepareProvider: true },
      completionProvider: { triggerCharacters: [] },
      documentFormattingProvider: true,
      codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] },
      documentSymbolProvider: true,
    },
    serverInfo: { name: 'stepladder' },
  }));

  /** The declaration under the cursor, and the document its spans belong to (stale or current). */
  const declarationAt = (uri: string, position: { line: number; character: number }) => {
    const document = documentOf(uri);
    const analysis = analysisOf(document);
    const offset = document.offsetAt(position);
    const index = analysis.index;
    if (!index) return null;
    const spans = analysis.stale ? TextDocument.create(uri, 'stepladder', 0, analysis.indexedText) : document;
    let declaration: Declaration | null = null;
    if (!analysis.stale) {
      const occurrence = occurrenceAt(index, offset);
      declaration = occurrence ? declarationOf(index, occurrence) : null;
    } else {
      const word = wordAt(document.getText(), offset);
      declaration = word ? (index.symbols.get(word.text) ?? index.passages.get(word.text) ?? null) : null;
    }
    return declaration ? { declaration, index, spans, analysis } : null;
  };

  const location = (uri: string, spans: TextDocument, span: { start: number; end: number }): Location => ({
    uri,
    range: { start: spans.positionAt(span.start), end: spans.positionAt(span.end) },
  });

  connection.onHover(({ textDocument, position }) => {
    const document = documentOf(textDocument.uri);
    const analysis = analysisOf(document);
    const result = hover(document.getText(), document.offsetAt(position), analysis.index, analysis.stale);
    if (!result) return null;
    return {
      contents: { kind: 'markdown', value: result.markdown },
      range: { start: document.positionAt(result.span.start), end: document.positionAt(result.span.end) },
    };
  });

  connection.onDefinition(({ textDocument, position }) => {
    const found = declarationAt(textDocument.uri, position);
    return found ? location(textDocument.uri, found.spans, found.declaration.name.span) : null;
  });

  connection.onReferences(({ textDocument, position, context }) => {
    const found = declarationAt(textDocument.uri, position);
    if (!found) return [];
    return occurrencesOf(found.index, found.declaration)
      .filter((o) => context.includeDeclaration || !o.declaration)
      .map((o) => location(textDocument.uri, found.spans, o.name.span));
  });

  connection.onPrepareRename(({ textDocument, position }) => {
    const found = declarationAt(textDocument.uri, position);
    if (!found) throw new ResponseError(ErrorCodes.InvalidRequest, 'Only a declared name can be renamed.');
    if (found.analysis.stale) throw new ResponseError(ErrorCodes.InvalidRequest, 'Correct the syntax errors first: the names cannot be found reliably until the file parses.');
    const document = documentOf(textDocument.uri);
    const occurrence = occurrenceAt(found.index, document.offsetAt(position))!;
    return location(textDocument.uri, document, occurrence.name.span).range;
  });

  connection.onRenameRequest(({ textDocument, position, newName }) => {
    const found = declarationAt(textDocument.uri, position);
    if (!found) throw new ResponseError(ErrorCodes.InvalidRequest, 'Only a declared name can be renamed.');
    if (found.analysis.stale) throw new ResponseError(ErrorCodes.InvalidRequest, 'Correct the syntax errors first: the names cannot be found reliably until the file parses.');
    if (!NAME.test(newName)) throw new ResponseError(ErrorCodes.InvalidParams, `'${newName}' is not a name: use letters, digits, '_' and '-', starting with a letter.`);
    const table = found.declaration.kind === 'passage' ? found.index.passages : found.index.symbols;
    if (newName !== found.declaration.name.name && table.has(newName)) {
      throw new ResponseError(ErrorCodes.InvalidParams, `'${newName}' is already declared (${table.get(newName)!.kind}).`);
    }
    const edits = occurrencesOf(found.index, found.declaration).map((o) => ({ range: location(textDocument.uri, found.spans, o.name.span).range, newText: newName }));
    return { changes: { [textDocument.uri]: edits } };
  });

  connection.onCompletion(({ textDocument, position }) => {
    const document = documentOf(textDocument.uri);
    const analysis = analysisOf(document);
    const kinds = { keyword: CompletionItemKind.Keyword, name: CompletionItemKind.Reference, passage: CompletionItemKind.Text, event: CompletionItemKind.Event };
    return complete(document.getText(), document.offsetAt(position), tools.language, assist, analysis.index).map((entry) => ({
      label: entry.label,
      kind: kinds[entry.kind],
      detail: entry.detail,
    }));
  });

  connection.onDocumentFormatting(({ textDocument }) => {
    const document = documentOf(textDocument.uri);
    const text = document.getText();
    try {
      const result = formatProtocol(text, tools.language);
      if (!result.ok || !result.changed) return [];
      return [{ range: { start: document.positionAt(0), end: document.positionAt(text.length) }, newText: result.text }];
    } catch (error) {
      // The formatter refused its own output; leave the text alone and say so.
      connection.console.error(`stepladder: ${error instanceof Error ? error.message : String(error)}`);
      return [];
    }
  });

  connection.onCodeAction(({ textDocument, range }) => {
    const document = documentOf(textDocument.uri);
    const analysis = analysisOf(document);
    const start = document.offsetAt(range.start);
    const end = document.offsetAt(range.end);
    const fixes: QuickFix[] = [];
    for (const d of analysis.diagnostics) {
      if (d.span.end < start || d.span.start > end) continue;
      const typo = didYouMeanFix(d);
      if (typo) fixes.push(typo);
      const ack = analysis.stale ? null : acknowledgeFix(analysis.text, fileOf(document.uri), d, analysis.index, tools);
      if (ack) fixes.push(ack);
    }
    return fixes.map((fix) => ({
      title: fix.title,
      kind: CodeActionKind.QuickFix,
      isPreferred: fix.preferred,
      diagnostics: [toLspDiagnostic(document, fix.diagnostic)],
      edit: { changes: { [document.uri]: fix.edits.map((e) => ({ range: { start: document.positionAt(e.span.start), end: document.positionAt(e.span.end) }, newText: e.newText })) } },
    }));
  });

  connection.onDocumentSymbol(({ textDocument }) => {
    const document = documentOf(textDocument.uri);
    const analysis = analysisOf(document);
    if (!analysis.index) return [];
    const spans = analysis.stale ? TextDocument.create(textDocument.uri, 'stepladder', 0, analysis.indexedText) : document;
    const toSymbol = (d: Declaration): DocumentSymbol => ({
      name: d.name.name,
      detail: d.title?.value.replace(/\s+/g, ' ') ?? '',
      kind: d.kind === 'stage' ? SymbolKind.Module : SymbolKind.Namespace,
      range: { start: spans.positionAt(d.span.start), end: spans.positionAt(d.span.end) },
      selectionRange: { start: spans.positionAt(d.name.span.start), end: spans.positionAt(d.name.span.end) },
      children: d.children.map(toSymbol),
    });
    return analysis.index.stages.map(toSymbol);
  });

  documents.listen(connection);
  connection.listen();
  return connection;
}
