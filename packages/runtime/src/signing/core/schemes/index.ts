import { InvalidOptionError } from '../errors.js';
import type { SchemeName } from '../types.js';
import { githubScheme } from './github.js';
import { standardScheme } from './standard.js';
import { stripeScheme } from './stripe.js';
import type { SignatureScheme } from './types.js';

const SCHEMES: Readonly<Record<SchemeName, SignatureScheme>> = {
  standard: standardScheme,
  github: githubScheme,
  stripe: stripeScheme,
};

/** The scheme named by an option; `standard` when none is given. */
export function schemeNamed(name: SchemeName | undefined): SignatureScheme {
  const scheme = Object.hasOwn(SCHEMES, name ?? 'standard') ? SCHEMES[name ?? 'standard'] : undefined;
  if (scheme === undefined) {
    throw new InvalidOptionError(
      'scheme',
      `expected one of ${Object.keys(SCHEMES).join(', ')}, got ${String(name)}`,
    );
  }
  return scheme;
}
