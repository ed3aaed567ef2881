import { InvalidEnvelopeError } from '../errors.js';

/**
 * A part of a payload-mode request that is present but unusable (a non-string event type, a version
 * that is not a positive integer). Its `code` is `INVALID_ENVELOPE`: the request is malformed (400),
 * as a broken envelope would be.
 */
export class InvalidWirePartError extends InvalidEnvelopeError {
  override name = 'InvalidWirePartError';
  constructor(
    /** The part as configured, e.g. `body:/action`. */
    readonly part: string,
    message: string,
  ) {
    super(`${part}: ${message}`, part.startsWith('body:') ? part.slice(5) : '');
  }
}
