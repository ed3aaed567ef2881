/**
 * Fastify plugin: `app.register(receiver.fastify, { path: '/webhooks' })`. Registered without
 * `fastify-plugin`'s skip-override, so the pass-through content-type parser it installs stays inside
 * its own encapsulated context and the app's JSON parsing elsewhere is untouched.
 */
import type { ReceiverResponse } from '../receiver/pipeline.js';
import type { ReceiverRequest } from '../receiver/types.js';
import { type NodeRequestLike, readNodeStream } from './node.js';

/** The parts of a Fastify instance the plugin uses (method shorthand keeps it assignable). */
export interface FastifyInstanceLike {
  removeAllContentTypeParsers(): unknown;
  addContentTypeParser(
    type: string,
    parser: (request: unknown, payload: unknown, done: (error: Error | null, body?: unknown) => void) => void,
  ): unknown;
  route(options: {
    method: string[];
    url: string;
    // biome-ignore lint/suspicious/noExplicitAny: Fastify's generic request and reply types; checked below.
    handler: (request: any, reply: any) => Promise<unknown>;
  }): unknown;
}

interface FastifyRequestLike {
  method: string;
  headers: NodeRequestLike['headers'];
  body?: unknown;
  raw: NodeRequestLike;
}

interface FastifyReplyLike {
  code(status: number): FastifyReplyLike;
  headers(values: Record<string, string>): FastifyReplyLike;
  send(body?: string): unknown;
}

/** Options of the plugin. */
export interface FastifyReceiverOptions {
  /** Route path; default `/`. Combine with Fastify's `prefix` as usual. */
  path?: string;
}

export type FastifyPlugin = (instance: FastifyInstanceLike, options: FastifyReceiverOptions) => Promise<void>;

const METHODS = ['POST', 'GET', 'PUT', 'PATCH', 'DELETE'];

/** A Fastify plugin over the pipeline. */
export function fastifyPlugin(
  handle: (request: ReceiverRequest) => Promise<ReceiverResponse>,
): FastifyPlugin {
  return async (instance, options) => {
    instance.removeAllContentTypeParsers();
    // Hand the untouched stream to the route: the receiver reads it with its own limit and deadline.
    instance.addContentTypeParser('*', (_request, payload, done) => done(null, payload));
    instance.route({
      method: METHODS,
      url: options?.path ?? '/',
      handler: async (request: FastifyRequestLike, reply: FastifyReplyLike) => {
        const stream = (request.body ?? request.raw) as NodeRequestLike;
        const answer = await handle({
          method: request.method,
          headers: request.headers,
          body: (limits) => readNodeStream(stream, limits),
        });
        return reply
          .code(answer.status)
          .headers(answer.headers)
          .send(answer.body ?? undefined);
      },
    });
  };
}
