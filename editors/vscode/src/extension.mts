// The VS Code extension: the language (grammar and configuration, declared in package.json) and a
// thin client that starts `stepladder lsp` and hands it every .protocol file. All the language
// knowledge is in the server, so VS Code and every other editor get the same diagnostics.
import * as vscode from 'vscode';
import { LanguageClient, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { serverLaunch } from './server-options.mts';

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri.fsPath;
  const launch = serverLaunch(vscode.workspace.getConfiguration('stepladder').get('server.command'), folder);
  const server: ServerOptions = { command: launch.command, args: launch.args, options: { cwd: launch.cwd, shell: launch.shell } };
  const client: LanguageClientOptions = { documentSelector: [{ language: 'stepladder' }] };
  const languageClient = new LanguageClient('stepladder', 'Stepladder', server, client);
  // The client is owned by the extension's subscriptions, so VS Code stops it on deactivation.
  context.subscriptions.push({ dispose: () => void languageClient.stop() });
  try {
    await languageClient.start();
  } catch (error) {
    void vscode.window.showErrorMessage(
      `Stepladder could not start its language server (${launch.command} ${launch.args.join(' ')}): ${error instanceof Error ? error.message : String(error)}. Run \`npm install\` in the project, or set "stepladder.server.command".`,
    );
  }
}

export function deactivate(): void {
  // Nothing to do: the client is stopped through the extension's subscriptions.
}
