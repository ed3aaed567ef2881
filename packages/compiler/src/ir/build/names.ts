/**
 * PascalCase identifier from free text: words split at anything that is not a letter or digit,
 * each word's first letter upper-cased, the rest kept (so `HTTPRequest` and `orderCreated`
 * survive). Text in SCREAMING_SNAKE (two or more words, no lower-case letter) is read as words:
 * `AUTHORIZATION_REVOCATION` gives `AuthorizationRevocation`, as `authorization_revocation` does.
 * A leading digit gets `prefix` in front, so the result is always a valid identifier.
 *
 * @example
 * pascalCase('order.created') // 'OrderCreated'
 * pascalCase('ORDER_CREATED') // 'OrderCreated'
 * pascalCase('3ds-check', 'Schema') // 'Schema3dsCheck'
 */
export function pascalCase(text: string, prefix = 'Schema'): string {
  const split = text.split(/[^\p{L}\p{N}]+/u).filter((w) => w !== '');
  const screaming = split.length > 1 && !/\p{Ll}/u.test(text);
  const words = screaming ? split.map((w) => w.toLowerCase()) : split;
  const joined = words.map((w) => w[0]!.toUpperCase() + w.slice(1)).join('');
  if (joined === '') return prefix;
  return /^\p{N}/u.test(joined) ? `${prefix}${joined}` : joined;
}

/**
 * npm-safe package slug from a title: lower case, runs of other characters become one `-`.
 *
 * @example
 * slugify('Acme Shop Webhooks!') // 'acme-shop-webhooks'
 */
export function slugify(title: string): string {
  return title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 214);
}

/** npm's rules for an unscoped package name (lower case, URL-safe, not starting with . or _). */
export function isNpmName(name: string): boolean {
  return /^[a-z0-9][a-z0-9._~-]*$/.test(name) && name.length <= 214;
}

/** Ordinal comparison, independent of the machine's locale. */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
