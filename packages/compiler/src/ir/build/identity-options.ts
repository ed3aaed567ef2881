/**
 * How the loader reads event identity from documents that state it their own way
 * (docs/event-identity.md). Every field is optional; the defaults are Hookwright's own extensions.
 */
export interface IdentityOptions {
  /**
   * Message extensions that name the event type, first match wins (`--event-type-key`,
   * repeatable). They take the place of `x-event-type`. Default: `["x-event-type"]`.
   */
  typeKeys?: string[];
  /** Message extension that holds the version (`--event-version-key`). Default: `x-event-version`. */
  versionKey?: string;
  /** Payload property whose `const` (or one-value `enum`) is the event type, e.g. `type`. */
  typeProperty?: string;
}

export const DEFAULT_TYPE_KEY = 'x-event-type';
export const DEFAULT_VERSION_KEY = 'x-event-version';

/** The options with defaults filled in. */
export interface IdentityRules {
  typeKeys: string[];
  versionKey: string;
  typeProperty: string | undefined;
  /** True when the type keys were given (then a key no message uses is an error). */
  typeKeysGiven: boolean;
}

export function identityRules(options: IdentityOptions = {}): IdentityRules {
  const given = options.typeKeys !== undefined && options.typeKeys.length > 0;
  return {
    typeKeys: given ? [...options.typeKeys!] : [DEFAULT_TYPE_KEY],
    versionKey: options.versionKey ?? DEFAULT_VERSION_KEY,
    typeProperty: options.typeProperty,
    typeKeysGiven: given,
  };
}
