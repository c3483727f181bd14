// Reads a protocol file as it was at a git revision, for `stepladder diff <file> --from <rev>`.
// git is run directly (no shell), from the file's folder, and only for a file inside a repository.
import { execFileSync } from 'node:child_process';
import { dirname, relative, resolve } from 'node:path';
import { UsageError } from './io.ts';

export function readFromGit(cwd: string, given: string, revision: string): string {
  // A revision starting with '-' would be read by git as an option.
  if (revision === '' || revision.startsWith('-') || /[\s:]/.test(revision)) throw new UsageError(`'${revision}' is not a git revision (a commit, tag or branch such as HEAD~1 or v1.0).`);
  const path = resolve(cwd, given);
  const folder = dirname(path);
  const git = (args: string[]): string => execFileSync('git', args, { cwd: folder, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 16 * 1024 * 1024 });
  let root: string;
  try {
    root = git(['rev-parse', '--show-toplevel']).trim();
  } catch {
    throw new UsageError(`'${given}' is not in a git repository, so --from cannot find its earlier version.`);
  }
  const inRepo = relative(root, path).split('\\').join('/');
  try {
    return git(['show', `${revision}:${inRepo}`]);
  } catch (error) {
    const reason = String((error as { stderr?: string }).stderr ?? '').trim().split('\n')[0] || 'git could not read it';
    throw new UsageError(`cannot read '${given}' at revision '${revision}': ${reason}`);
  }
}
