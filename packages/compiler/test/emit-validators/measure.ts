/**
 * Prints what docs/validators.md quotes: generation time and generated code size for the
 * synthetic 200-event contract and the shop contract. Not a test; run it with
 * `npx tsx packages/compiler/test/emit-validators/measure.ts` from the repository root.
 */
import { loadavg } from 'node:os';
import type { EmittedFiles } from '../../src/emit/files.js';
import { buildValidators } from '../../src/emit/validators/build-validators.js';
import { syntheticValidatorContract } from '../helpers/synthetic-validator-contract.js';
import { shopContract } from './fixtures/shop-contract.js';

const jsBytes = (files: EmittedFiles) =>
  Object.entries(files)
    .filter(([path]) => path.endsWith('.js'))
    .reduce((sum, [, text]) => sum + Buffer.byteLength(text), 0);

function timed<T>(run: () => T): [T, number] {
  const started = performance.now();
  const result = run();
  return [result, performance.now() - started];
}

const contract = syntheticValidatorContract(200);
const [cold, coldMs] = timed(() => buildValidators(contract));
const warm = Array.from({ length: 5 }, () => timed(() => buildValidators(contract))[1]).sort((a, b) => a - b);
const shop = buildValidators(shopContract());
const bytes = jsBytes(cold.files!);

console.log(
  JSON.stringify(
    {
      loadAverage1m: Number(loadavg()[0]!.toFixed(2)),
      synthetic200: {
        coldBuildMs: Math.round(coldMs),
        warmBuildMedianMs: Math.round(warm[2]!),
        jsBytes: bytes,
        jsBytesPerEvent: Math.round(bytes / 200),
      },
      shop: { jsBytes: jsBytes(shop.files!) },
    },
    null,
    2,
  ),
);
