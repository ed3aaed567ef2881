import { createHmac, timingSafeEqual } from 'node:crypto';
// The built package through its exports map (dist/signing/node.js), i.e. the code that ships.
import { createVerifier } from '@hookwright/runtime/signing/node';
import { Webhook } from 'standardwebhooks';
import type { BenchCase } from '../lib/index.js';
import type { BenchRequest } from './request.js';

export type Contender = BenchCase & {
  name: 'bare' | 'ours (sync)' | 'ours (async)' | 'standardwebhooks';
  /** Throws unless this contender accepts the request: a benchmark of a failing check is meaningless. */
  check(): void;
};

/**
 * The bare baseline is the least work a correct check can do: one HMAC over the signed content and a
 * timing-safe compare, no header normalisation, no timestamp check, no rotation. It is the ceiling.
 */
function bareVerifier({ secret, body, headers }: BenchRequest) {
  const key = Buffer.from(secret.slice('whsec_'.length), 'base64');
  return () => {
    const expected = createHmac('sha256', key)
      .update(`${headers['webhook-id']}.${headers['webhook-timestamp']}.`)
      .update(body)
      .digest();
    const given = Buffer.from(headers['webhook-signature']!.slice(3), 'base64');
    return given.length === expected.length && timingSafeEqual(given, expected);
  };
}

export function contenders(request: BenchRequest): Contender[] {
  const { body, headers } = request;
  const bare = bareVerifier(request);
  const ours = createVerifier({ secret: request.secret });
  const peer = new Webhook(request.secret);
  // jsonParse: false so the peer, like the others, only verifies (its default also JSON.parses).
  const peerVerify = () => peer.verify(body, headers, { jsonParse: false });
  return [
    {
      name: 'bare',
      run: bare,
      check: () => {
        if (!bare()) throw new Error('bare baseline rejected the request');
      },
    },
    {
      name: 'ours (sync)',
      run: () => ours.verifySync(body, headers),
      check: () => ours.verifySync(body, headers),
    },
    {
      name: 'ours (async)',
      kind: 'async',
      run: () => ours.verify(body, headers),
      check: () => ours.verifySync(body, headers),
    },
    { name: 'standardwebhooks', run: peerVerify, check: peerVerify },
  ];
}
