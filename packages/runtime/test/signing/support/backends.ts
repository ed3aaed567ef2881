import type * as SigningApi from '../../../src/signing/index.js';
import * as nodeEntry from '../../../src/signing/node.js';
import * as webEntry from '../../../src/signing/web.js';

/** The public API every back end offers (the `types` surface of `@hookwright/runtime/signing`). */
export type Api = Pick<
  typeof SigningApi,
  'createVerifier' | 'createSigner' | 'verify' | 'sign' | 'generateKeyPair' | 'generateSecret'
>;

/**
 * The Node entry's synchronous functions behind the asynchronous interface, so the whole suite also
 * runs through `verifySync` / `signSync` rather than only through their promise wrappers.
 */
const nodeSync: Api = {
  createVerifier(options) {
    const verifier = nodeEntry.createVerifier(options);
    return { verify: async (body, headers) => verifier.verifySync(body, headers) };
  },
  createSigner(options) {
    const signer = nodeEntry.createSigner(options);
    return { sign: async (input) => signer.signSync(input) };
  },
  verify: async (options) => nodeEntry.verifySync(options),
  sign: async (options) => nodeEntry.signSync(options),
  generateKeyPair: async () => nodeEntry.generateKeyPairSync(),
  generateSecret: nodeEntry.generateSecret,
};

/** Every test file runs its cases against each of these with `describe.each(backends)`. */
export const backends: readonly { name: string; api: Api }[] = [
  { name: 'node (async)', api: nodeEntry },
  { name: 'node (sync)', api: nodeSync },
  { name: 'web', api: webEntry },
];
