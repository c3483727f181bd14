// How the extension starts the language server: the configured command (default: the project's own
// `stepladder lsp --stdio` through npx), run in the workspace folder. Kept apart from the extension
// so tests can start the server exactly as the extension does, without VS Code.
export const DEFAULT_SERVER_COMMAND: readonly string[] = ['npx', '--no', '--', 'stepladder', 'lsp', '--stdio'];

export interface ServerLaunch {
  command: string;
  args: string[];
  cwd: string | undefined;
  /** npx is a .cmd file on Windows, which only a shell can run. */
  shell: boolean;
}

export function serverLaunch(configured: unknown, folder: string | undefined, platform: string = process.platform): ServerLaunch {
  const words = Array.isArray(configured) && configured.length > 0 && configured.every((w) => typeof w === 'string') ? (configured as string[]) : [...DEFAULT_SERVER_COMMAND];
  return { command: words[0]!, args: words.slice(1), cwd: folder, shell: platform === 'win32' };
}
