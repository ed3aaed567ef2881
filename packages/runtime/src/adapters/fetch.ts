/**
 * Fetch API adapter: Workers (`export default receiver`), Deno (`Deno.serve(receiver.fetch)`), Bun,
 * Next.js route handlers (`export const POST = receiver.fetch`), Hono (`(c) => receiver.fetch(c.req.raw)`).
 */
import type { ReceiverResponse } from '../receiver/pipeline.js';
import type { ReceiverRequest } from '../receiver/types.js';

/** A `(request) => Promise<Response>` over the pipeline; a plain function, so it needs no binding. */
export function fetchHandler(
  handle: (request: ReceiverRequest) => Promise<ReceiverResponse>,
): (request: Request) => Promise<Response> {
  return async (request) => {
    const answer = await handle({ method: request.method, headers: request.headers, body: request.body });
    return new Response(answer.body, { status: answer.status, headers: answer.headers });
  };
}
