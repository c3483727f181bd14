// `stepladder lsp`: start the language server on stdin/stdout for an editor (see docs/editors.md).
import type { Command } from 'commander';
import type { CliIO } from '../io.ts';
import type { SetExit } from '../main.ts';

export function registerLsp(program: Command, io: CliIO, _setExit: SetExit): void {
  program
    .command('lsp')
    .description('Start the language server for editors (speaks the Language Server Protocol on stdin/stdout).')
    .option('--stdio', 'use stdin/stdout (the default and only transport; accepted because editors pass it)')
    .action(async () => {
      const { StreamMessageReader, StreamMessageWriter } = await import('vscode-languageserver/node.js');
      const { startServer } = await import('../../lsp/server.ts');
      const connection = startServer(new StreamMessageReader(process.stdin), new StreamMessageWriter(process.stdout), {
        docsBaseUrl: io.env.STEPLADDER_DOCS_URL,
      });
      // The command ends when the editor closes the connection (exit notification or closed stdin).
      await new Promise<void>((resolve) => {
        connection.onExit(() => resolve());
        process.stdin.on('end', () => resolve());
      });
    });
}
