// Builds a publishable package from the top-level sources (run by each package's `prepack`, so
// `npm pack` and `npm publish` always ship JavaScript made from the current sources):
//
//   node scripts/packages/build-package.ts runtime      → packages/runtime/dist (@stepladder/runtime)
//   node scripts/packages/build-package.ts stepladder   → dist/ (the stepladder package, the root)
//
// Why compiled JavaScript: Node refuses to strip types from .ts files inside node_modules. Why the
// sources stay where they are: the repository's layout (dsl/, compiler/, runtime/…) is the
// architecture; the packages are thin manifests over it (docs/packages.md).
import { execFileSync } from 'node:child_process';
import { copyFileSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { machineJsonSchema } from '../../compiler/ir/schema.ts';
import { stableStringify } from '../../compiler/stable-json.ts';

const ROOT = resolve(import.meta.dirname, '..', '..');
const TSC = join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc');

function compile(config: string, outDir: string): void {
  rmSync(outDir, { recursive: true, force: true });
  execFileSync(process.execPath, [TSC, '-p', join(import.meta.dirname, config)], { cwd: ROOT, stdio: 'inherit' });
}

/**
 * Generated JavaScript modules the sources import (with a .d.ts beside each): tsc only type-checks
 * them against their declarations, so they are copied into dist as they are.
 */
const GENERATED_MODULES = ['compiler/ir/machine-validator.generated.js', 'compiler/config/config-validator.generated.js'];

function copyGeneratedModules(dist: string): void {
  for (const module of GENERATED_MODULES) {
    copyFileSync(join(ROOT, module), join(dist, module));
    copyFileSync(join(ROOT, module.replace(/\.js$/, '.d.ts')), join(dist, module.replace(/\.js$/, '.d.ts')));
  }
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

/** import/export specifiers, static and dynamic, in emitted JavaScript and declarations. */
const SPECIFIER = /(\bfrom\s+|\bimport\s*\(\s*|\bimport\s+)(['"])(\.{1,2}\/[^'"]+)\2/g;

/**
 * Rewrites relative specifiers in emitted files. Declarations can keep a type-only import's `.ts`
 * (TypeScript 6): it becomes `.js`. With `runtimeDir`, every import that lands there is pointed at
 * @stepladder/runtime's `internal/*` export instead: the stepladder package depends on the runtime
 * package rather than carrying a second copy (two copies would break `instanceof CalendarError`).
 */
function rewriteSpecifiers(dist: string, runtimeDir: string | null): void {
  for (const file of filesUnder(dist)) {
    if ((runtimeDir && file.startsWith(`${runtimeDir}/`)) || !/\.(js|d\.ts)$/.test(file)) continue;
    const text = readFileSync(file, 'utf8');
    const rewritten = text.replace(SPECIFIER, (whole, lead: string, quote: string, spec: string) => {
      const target = resolve(dirname(file), spec);
      if (runtimeDir && target.startsWith(`${runtimeDir}/`)) {
        return `${lead}${quote}@stepladder/runtime/internal/${relative(runtimeDir, target).replace(/\.(js|ts)$/, '')}${quote}`;
      }
      return spec.endsWith('.ts') && !spec.endsWith('.d.ts') ? `${lead}${quote}${spec.slice(0, -3)}.js${quote}` : whole;
    });
    if (rewritten !== text) writeFileSync(file, rewritten);
  }
}

function useRuntimePackage(dist: string): void {
  const runtimeDir = join(dist, 'runtime');
  rewriteSpecifiers(dist, runtimeDir);
  rmSync(runtimeDir, { recursive: true, force: true });
  const entry = "// `stepladder/runtime`: the runtime package, re-exported.\nexport * from '@stepladder/runtime';\n";
  writeFileSync(join(dist, 'runtime-entry.js'), entry);
  writeFileSync(join(dist, 'runtime-entry.d.ts'), entry);
}

const which = process.argv[2];
if (which === 'runtime') {
  const dist = join(ROOT, 'packages', 'runtime', 'dist');
  compile('tsconfig.runtime.json', dist);
  rewriteSpecifiers(dist, null);
  writeFileSync(join(dist, 'machine.schema.json'), stableStringify(machineJsonSchema()));
} else if (which === 'stepladder') {
  const dist = join(ROOT, 'dist');
  compile('tsconfig.stepladder.json', dist);
  copyGeneratedModules(dist);
  useRuntimePackage(dist);
  writeFileSync(join(dist, 'machine.schema.json'), stableStringify(machineJsonSchema()));
} else {
  process.stderr.write('usage: node scripts/packages/build-package.ts runtime|stepladder\n');
  process.exit(2);
}
