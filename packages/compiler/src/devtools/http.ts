/** An HTTP answer as the developer tools print it. */
export interface HttpExchange {
  status: number;
  /** Lower-case names. */
  headers: Record<string, string>;
  body: string;
}

/** What one POST came to: an answer, or the reason there was none; timed either way. */
export type PostOutcome =
  | { ok: true; response: HttpExchange; durationMs: number }
  | { ok: false; reason: string; durationMs: number };

/**
 * POSTs without following redirects (a webhook receiver should answer, not redirect) and reads the
 * whole answer. Never throws: network failures and timeouts come back as `{ ok: false, reason }`.
 */
export async function post(
  url: string,
  headers: Record<string, string>,
  body: string | Uint8Array<ArrayBuffer>,
  timeoutMs: number,
): Promise<PostOutcome> {
  const started = performance.now();
  try {
    const response = await fetch(url, {
      method: 'POST',
      headers,
      body,
      redirect: 'manual',
      signal: AbortSignal.timeout(timeoutMs),
    });
    const text = await response.text();
    return {
      ok: true,
      response: { status: response.status, headers: headersRecord(response.headers), body: text },
      durationMs: performance.now() - started,
    };
  } catch (error) {
    // fetch reports "fetch failed"; the useful part (ECONNREFUSED ...) is its cause.
    const reason =
      error instanceof Error
        ? error.cause instanceof Error
          ? error.cause.message
          : error.message
        : String(error);
    return { ok: false, reason, durationMs: performance.now() - started };
  }
}

function headersRecord(headers: Headers): Record<string, string> {
  const out: Record<string, string> = {};
  headers.forEach((value, name) => {
    out[name] = value;
  });
  return out;
}
