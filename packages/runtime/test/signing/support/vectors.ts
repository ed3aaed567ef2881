import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Shape of `shared/vectors/signatures.json` (published vectors, read-only, outside the repository). */
export interface SignatureVectors {
  standard: {
    toleranceSeconds: number;
    positive: {
      name: string;
      secret: string;
      id: string;
      timestamp: number;
      body: string;
      expected: string;
    }[];
    asymmetric: {
      name: string;
      secretKey: string;
      publicKey: string;
      id: string;
      timestamp: number;
      body: string;
      expected: string;
    }[];
    multipleSignaturesAcceptedWhenOneMatches: string;
    negativeForSW1: { signatures: string[]; timestamps: string[]; rules: string[] };
  };
  github: { header: string; positive: { name: string; secret: string; body: string; expected: string }[] };
  stripe: {
    header: string;
    positive: { name: string; secret: string; timestamp: number; body: string; expected: string }[];
  };
}

/** The repository root: the nearest directory up from here holding pnpm-workspace.yaml. */
function repoRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'pnpm-workspace.yaml'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error('pnpm-workspace.yaml not found above the test directory');
    dir = parent;
  }
  return dir;
}

/** CI checks `shared/` out beside the clone, so the vectors live at `<repo root>/../shared/vectors`. */
export const vectorsPath = join(repoRoot(), '..', 'shared', 'vectors', 'signatures.json');

export const vectors = JSON.parse(readFileSync(vectorsPath, 'utf8')) as SignatureVectors;

/** A clock frozen at `seconds` (Unix), in the milliseconds the `now` option expects. */
export const clockAt = (seconds: number) => () => seconds * 1000;
