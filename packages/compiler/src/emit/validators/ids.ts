/**
 * `$id`s given to schemas inside ajv. They never leave the generator except in ajv's
 * `sourceURL` comments and error `schemaPath`s, and are never fetched: the scheme is our own.
 */
const BASE = 'hookwright://contract/';

export type SchemaPart = 'payload' | 'headers';

export function namedSchemaId(name: string): string {
  return `${BASE}schemas/${encodeURIComponent(name)}`;
}

export function eventSchemaId(eventId: string, part: SchemaPart): string {
  return `${BASE}events/${encodeURIComponent(eventId)}/${part}`;
}

/**
 * Rewrites our `$id`s inside an ajv message into names a contract author knows; a quoted
 * `"<$id>#<pointer>"` becomes just the pointer (the diagnostic already names the schema).
 */
export function describeIds(message: string): string {
  return message
    .replace(/"hookwright:\/\/contract\/[^"#\s]*(#[^"\s]*)"/g, '$1')
    .replace(
      /hookwright:\/\/contract\/schemas\/([^#"\s]+)/g,
      (_, name: string) => `schema ${decodeURIComponent(name)}`,
    )
    .replace(
      /hookwright:\/\/contract\/events\/([^/#"\s]+)\/(payload|headers)/g,
      (_, id: string, part: string) => `${part} of ${decodeURIComponent(id)}`,
    );
}
