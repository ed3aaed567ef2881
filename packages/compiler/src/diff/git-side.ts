import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, posix } from 'node:path';
import { promisify } from 'node:util';
import { scanRefs, splitRef } from '../load/ref-scan.js';
import { createSourceFile } from '../load/source-file.js';

const run = promisify(execFile);

/** A `git:<ref>:<path>` side that could not be read; `code` is stable. */
export class GitSideError extends Error {
  override readonly name = 'GitSideError';
  constructor(
    readonly code: 'git-side-syntax' | 'git-not-a-repository' | 'git-show-failed',
    message: string,
  ) {
    super(message);
  }
}

/** A document read from git into a temporary folder, ready to load like any file. */
export interface GitSide {
  /** Absolute path of the entry document inside the temporary folder. */
  entry: string;
  /** Working directory to load with, so relative paths read as in the repository. */
  cwd: string;
  /** `git:<ref>:<path>` for a file named relative to the entry document's folder (as in the IR). */
  displayFile(file: string): string;
  /** `git:<ref>:<path>` for a path relative to `cwd` (as in diagnostics). */
  displayPath(path: string): string;
  /** Removes the temporary folder. */
  dispose(): Promise<void>;
}

/** True for a `git:<ref>:<path>` side. */
export function isGitSide(spec: string): boolean {
  return spec.startsWith('git:');
}

/**
 * Reads `git:<ref>:<path>` (path relative to the working directory, as `git show <ref>:./<path>`)
 * and every file its relative `$ref`s reach at that ref, into a temporary folder with the same
 * layout, so it loads exactly as a checkout of that ref would.
 *
 * @example
 * const side = await readGitSide('git:origin/main:asyncapi.yaml');
 * const { contract } = await loadContract(side.entry, { cwd: side.cwd });
 * await side.dispose();
 */
export async function readGitSide(spec: string, cwd = process.cwd()): Promise<GitSide> {
  const rest = spec.slice('git:'.length);
  const colon = rest.indexOf(':');
  // Ref names cannot contain ':' (git check-ref-format), so the first one ends the ref.
  if (!isGitSide(spec) || colon <= 0 || colon === rest.length - 1) {
    throw new GitSideError(
      'git-side-syntax',
      `expected git:<ref>:<path>, e.g. git:origin/main:asyncapi.yaml, found "${spec}"`,
    );
  }
  const ref = rest.slice(0, colon);
  const path = rest
    .slice(colon + 1)
    .split('\\')
    .join('/');
  const prefix = await git(['rev-parse', '--show-prefix'], cwd).catch(() => {
    throw new GitSideError('git-not-a-repository', `${spec}: ${cwd} is not inside a git repository`);
  });
  const entryInRepo = posix.normalize(posix.join(prefix.trim(), path));
  const root = await mkdtemp(join(tmpdir(), 'hookwright-git-'));
  try {
    await copyReachable(ref, entryInRepo, root, cwd, spec);
  } catch (error) {
    await rm(root, { recursive: true, force: true });
    throw error;
  }
  const show = (repoPath: string) =>
    `git:${ref}:${posix.relative(prefix.trim() || '.', repoPath) || repoPath}`;
  return {
    entry: join(root, entryInRepo),
    cwd: join(root, prefix.trim()),
    displayFile: (file) =>
      /^https?:/i.test(file) ? file : show(posix.join(posix.dirname(entryInRepo), file)),
    displayPath: (p) => (/^https?:/i.test(p) ? p : show(posix.join(prefix.trim(), p.split('\\').join('/')))),
    dispose: () => rm(root, { recursive: true, force: true }),
  };
}

async function copyReachable(
  ref: string,
  entry: string,
  root: string,
  cwd: string,
  spec: string,
): Promise<void> {
  const queue = [entry];
  const seen = new Set(queue);
  while (queue.length > 0) {
    const repoPath = queue.shift()!;
    let text: string;
    try {
      text = await git(['show', `${ref}:${repoPath}`], cwd);
    } catch (error) {
      // The entry must exist; a missing referenced file is reported by the loader, with its $ref.
      if (repoPath !== entry) continue;
      const detail = String((error as { stderr?: string }).stderr ?? error)
        .trim()
        .split('\n')[0];
      throw new GitSideError('git-show-failed', `${spec}: cannot read ${repoPath} at ${ref}: ${detail}`);
    }
    const target = join(root, repoPath);
    await mkdir(dirname(target), { recursive: true });
    await writeFile(target, text);
    const file = createSourceFile(target, text);
    for (const { ref: written } of scanRefs(file.value)) {
      const { documentPart } = splitRef(written);
      if (documentPart === '' || /^[a-z][a-z0-9+.-]*:/i.test(documentPart)) continue;
      const next = posix.normalize(posix.join(posix.dirname(repoPath), documentPart));
      if (next.startsWith('../') || seen.has(next)) continue;
      seen.add(next);
      queue.push(next);
    }
  }
}

async function git(args: string[], cwd: string): Promise<string> {
  const { stdout } = await run('git', args, { cwd, maxBuffer: 256 * 1024 * 1024, encoding: 'utf8' });
  return stdout;
}
