/**
 * The receiver as a Cloudflare Worker (also served as is by Deno and Bun): `export default` an object
 * with `fetch`. `GET /handled` lists what the handler saw, for the runtime's cross-runtime test
 * (packages/runtime/test/receiver/cross-runtime.test.ts), which bundles this file for workerd, Deno and Bun.
 */
import { createReceiver } from 'acme-shop-receiver';

const handled: string[] = [];
const receiver = createReceiver({ secret: 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw' });
receiver.on('order.created@2', (event) => {
  handled.push(`${event.type}@${event.version} ${event.id} ${event.data.number}`);
});

export default {
  fetch(request: Request): Promise<Response> | Response {
    if (new URL(request.url).pathname === '/handled') return Response.json(handled);
    return receiver.fetch(request);
  },
};
