/**
 * Fastify plugin: `app.register(receiver.fastify, { path: '/webhooks' })`. Registered without
 * `fastify-plugin`'s skip-override, so the pass-through content-type parser it installs stays inside
 * its own encapsulated context and the app's JSON parsing elsewhere is untouched.
 */
import type { Pipeline } from '../receiver/pipeline.js';
import type { BodyResult } from '../receiver/read-body.js';
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
export function fastifyPlugin(pipeline: Pipeline): FastifyPlugin {
  return async (instance, options) => {
    instance.removeAllContentTypeParsers();
    // Hand the untouched stream to the route: the receiver reads it with its own limit and deadline.
    instance.addContentTypeParser('*', (_request, payload, done) => done(null, payload));
    instance.route({
      method: METHODS,
      url: options?.path ?? '/',
      handler: async (request: FastifyRequestLike, reply: FastifyReplyLike) => {
        const stream = (request.body ?? request.raw) as NodeRequestLike;
        const early = pipeline.beforeBody(request.method, request.headers);
        const answer =
          early ??
          (await pipeline.afterBody(
            request.headers,
            await new Promise<BodyResult>((resolve) => readNodeStream(stream, pipeline.limits, resolve)),
          ));
        return reply
          .code(answer.status)
          .headers(answer.headers)
          .send(answer.body ?? undefined);
      },
    });
  };
}
