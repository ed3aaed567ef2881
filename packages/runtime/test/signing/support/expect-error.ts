import { expect } from 'vitest';
import { type WebhookErrorCode, WebhookVerificationError } from '../../../src/signing/core/errors.js';

/** Awaits `promise`, expects a rejection with `code`, and returns the error for further checks. */
export async function rejectsWith<T extends WebhookVerificationError = WebhookVerificationError>(
  promise: Promise<unknown>,
  code: WebhookErrorCode,
): Promise<T> {
  const error: unknown = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  expect(error, `expected a ${code} rejection`).toBeInstanceOf(WebhookVerificationError);
  expect((error as WebhookVerificationError).code).toBe(code);
  return error as T;
}
