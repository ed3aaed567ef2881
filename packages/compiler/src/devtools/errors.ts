/** Stable codes of {@link DevtoolsError}. */
export type DevtoolsErrorCode =
  | 'SCHEMA_NOT_COMPILED'
  | 'PAYLOAD_BODY_MODE'
  | 'UNKNOWN_EXAMPLE'
  | 'NO_EXAMPLE'
  | 'INVALID_URL'
  | 'REQUEST_FAILED';

/** A problem of `hookwright trigger` / `listen` the user can fix; the message names the fix. */
export class DevtoolsError extends Error {
  override readonly name = 'DevtoolsError';
  constructor(
    readonly code: DevtoolsErrorCode,
    message: string,
  ) {
    super(message);
  }
}
