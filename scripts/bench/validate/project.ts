/**
 * The thing under test: the synthetic contract generated into two npm packages and installed into a
 * throwaway app, next to @hookwright/runtime (the built package) and ajv + ajv-formats (the peer).
 */
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, realpath, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  type Contract,
  createGenerator,
  type EmittedFiles,
  formatDiagnostic,
} from '../../../packages/compiler/src/index.js';
import { createConsumerProject } from '../../../packages/compiler/test/golden/consumer-project.js';
import { type ContractShape, syntheticContract } from '../../synthetic/index.js';

const repo = fileURLToPath(new URL('../../../', import.meta.url));
const compilerDir = join(repo, 'packages/compiler');
/** What the generated packages import at run time; the bench measures the built runtime, as users get it. */
const RUNTIME_ENTRY = join(repo, 'packages/runtime/dist/bundle/node.js');

export interface BenchProject {
  /** Temp folder holding the contract and the app. */
  workDir: string;
  /** The app: `node_modules/<receiver>`, `node_modules/@hookwright/runtime`, `node_modules/ajv`, ... */
  appDir: string;
  contract: Contract;
  files: EmittedFiles;
  /** Folder of the generated receiver package in `node_modules` (its import specifier), e.g. `synthetic-commerce-receiver`. */
  receiver: string;
  /** Size of the contract's YAML text. */
  contractBytes: number;
  cleanup(): Promise<void>;
}

/**
 * Writes the synthetic contract, runs the compiler on it (`createGenerator().generate`) and
 * installs the generated packages into an app. Throws when generation reports an error.
 *
 * @example
 * const project = await createBenchProject({ events: 200, seed: 1 });
 * // import(join(project.appDir, 'node_modules', project.receiver, 'dist/validators.js'))
 * await project.cleanup();
 */
export async function createBenchProject(options: {
  events: number;
  seed: number;
  shape?: ContractShape;
}): Promise<BenchProject> {
  if (!existsSync(RUNTIME_ENTRY)) {
    throw new Error(
      `${RUNTIME_ENTRY} is missing: build the runtime first (npm run build --prefix packages/runtime)`,
    );
  }
  const workDir = await mkdtemp(join(tmpdir(), 'hookwright-bench-validate-'));
  const cleanup = () => rm(workDir, { recursive: true, force: true });
  try {
    const text = syntheticContract(options);
    const document = join(workDir, 'synthetic.yaml');
    await writeFile(document, text);
    const result = await createGenerator().generate(document);
    if (!result.files || !result.contract) {
      throw new Error(`generate failed:\n${result.diagnostics.map(formatDiagnostic).join('\n')}`);
    }
    const appDir = join(workDir, 'app');
    await createConsumerProject(appDir, result.files);
    await linkPeer(appDir, 'ajv');
    await linkPeer(appDir, 'ajv-formats');
    return {
      workDir,
      appDir,
      contract: result.contract,
      files: result.files,
      receiver: receiverName(result.files),
      contractBytes: Buffer.byteLength(text),
      cleanup,
    };
  } catch (error) {
    await cleanup();
    throw error;
  }
}

/** The compiler's own copy of a package, so the peer is exactly the ajv the validators were built with. */
async function linkPeer(appDir: string, name: string): Promise<void> {
  const target = await realpath(join(compilerDir, 'node_modules', name));
  await mkdir(join(appDir, 'node_modules'), { recursive: true });
  await symlink(target, join(appDir, 'node_modules', name), 'dir');
}

function receiverName(files: EmittedFiles): string {
  const manifest = Object.keys(files).find((path) => /^[^/]+-receiver\/package\.json$/.test(path));
  if (!manifest) throw new Error('generate emitted no <name>-receiver/package.json');
  return manifest.slice(0, manifest.indexOf('/'));
}
