// `stepladder dev [folder]`: the author's loop. Builds every protocol once, then watches the folder
// (and stepladder.yaml): a saved protocol is checked and rebuilt on its own, so only its outputs
// are rendered again, with its diagnostics in the terminal; the site is served by Astro's dev
// server, which reloads the open page when a protocol or the build changes and shows a protocol
// with errors as its errors instead of an old page (site/integration). Ctrl+C stops everything.
import type { Command } from 'commander';
import { existsSync, statSync, watch, type FSWatcher } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { type CliIO, EXIT, UsageError } from '../io.ts';
import type { SetExit } from '../main.ts';
import { PROTOCOL_EXTENSION } from '../inputs.ts';

interface DevOptions {
  out: string;
  port: string;
  render: boolean;
  site: boolean;
}

const SETTLE_MS = 150;
/** The folder of astro.config.mjs: the site that comes with this command. */
const SITE_ROOT = resolve(import.meta.dirname, '..', '..');

export function registerDev(program: Command, io: CliIO, setExit: SetExit): void {
  program
    .command('dev')
    .description('Watch the protocols: check and rebuild each one when it is saved, and serve the site with live reload.')
    .argument('[folder]', 'the folder of protocol files', 'protocols')
    .option('--out <dir>', 'build folder', 'build')
    .option('--port <port>', 'port for the site (0 picks a free one)', '4321')
    .option('--no-render', 'skip SVG, PNG and PDF rendering (no browser needed)')
    .option('--no-site', 'only watch and rebuild; do not serve the site')
    .action(async (folder: string, options: DevOptions) => {
      const protocolsDir = resolve(io.cwd, folder);
      if (!existsSync(protocolsDir) || !statSync(protocolsDir).isDirectory()) throw new UsageError(`'${folder}' is not a folder of protocols`);
      const port = Number(options.port);
      if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError(`'${options.port}' is not a port number`);
      const outDir = resolve(io.cwd, options.out);
      const { run } = await import('../main.ts');
      // One Chromium for the whole session, with its flowchart pages kept warm: a save's rebuild then
      // draws its chart in under a second instead of starting a browser and Mermaid again.
      const browser = options.render ? (await import('../../render/browser-keeper.ts')).browserKeeper(io.env) : undefined;
      const build = (paths: string[]) => run(['build', ...paths, '--out', outDir, ...(options.render ? [] : ['--no-render'])], io, { browser });

      await build([protocolsDir]);
      let server: { stop(): Promise<void>; watcher: { emit(event: string, path: string): unknown } } | null = null;
      if (options.site) {
        // The site reads its folders from the environment (astro.config.mjs), as in `npm run build`.
        process.env.STEPLADDER_PROTOCOLS = protocolsDir;
        process.env.STEPLADDER_BUILD = outDir;
        process.env.ASTRO_TELEMETRY_DISABLED = '1';
        const { dev } = await import('astro');
        const started = await dev({ root: SITE_ROOT, server: { port, host: '127.0.0.1' }, logLevel: 'warn' });
        server = started;
        io.err(`Site: http://127.0.0.1:${started.address.port}/ (reloads as you save; Ctrl+C stops)\n`);
      }
      io.err(`Watching ${folder} for changes.\n`);

      const config = join(io.cwd, 'stepladder.yaml');
      // Saves arrive as bursts of events; rebuild once per burst, one rebuild at a time.
      const changed = new Set<string>();
      let timer: NodeJS.Timeout | undefined;
      let queue: Promise<unknown> = Promise.resolve();
      const flush = () => {
        const files = [...changed];
        changed.clear();
        const all = files.some((f) => basename(f) === 'stepladder.yaml');
        const protocols = files.filter((f) => f.endsWith(PROTOCOL_EXTENSION) && existsSync(f));
        if (!all && protocols.length === 0) return;
        queue = queue.then(async () => {
          io.err(`\nChanged: ${all ? 'stepladder.yaml' : protocols.map((f) => basename(f)).join(', ')}\n`);
          await build(all ? [protocolsDir] : protocols);
          // A protocol with errors writes nothing to the build folder, so nothing the site watches has
          // changed there: tell the dev server the protocol itself changed, so it restarts with fresh
          // data and shows the errors instead of the old page.
          for (const file of all ? [config] : protocols) server?.watcher.emit('change', file);
        });
      };
      const note = (path: string) => {
        changed.add(path);
        clearTimeout(timer);
        timer = setTimeout(flush, SETTLE_MS);
      };
      const watchers: FSWatcher[] = [
        watch(protocolsDir, { recursive: true }, (_event, name) => name && note(join(protocolsDir, name.toString()))),
      ];
      if (existsSync(config)) watchers.push(watch(config, () => note(config)));

      await new Promise<void>((done) => {
        const stop = () => done();
        process.once('SIGINT', stop);
        process.once('SIGTERM', stop);
      });
      for (const w of watchers) w.close();
      clearTimeout(timer);
      await queue;
      await server?.stop();
      await browser?.close();
      setExit(EXIT.ok);
    });
}
