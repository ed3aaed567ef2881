/**
 * Per event version: the payload type `<name>Data` (an alias when the payload is a `$ref`) and
 * the envelope type `<name>Event` with literal `type` and `version`, which is what makes the
 * `WebhookEvent` union narrowable on `type` and then `version`.
 */
import type { Contract, EventVersion } from '../../ir/contract.js';
import {
  interfaceDeclaration,
  literalType,
  type Statement,
  stringType,
  typeDeclaration,
  typeRef,
} from './builder.js';
import { pointer, type TransformContext } from './context.js';
import { commentLines, joinBlocks, schemaDocParts } from './jsdoc.js';
import { bareRef, type EventTypeNames } from './naming.js';
import { transformSchemaObject } from './transform/schema-object.js';

export interface EventDeclarationInput {
  event: EventVersion;
  /** Index of the event in `contract.events` (for JSON pointers). */
  index: number;
  names: EventTypeNames;
  /** Id of the version `send` uses for this type, when it is not this one. */
  newerId: string | undefined;
}

export function eventDeclarations(
  contract: Contract,
  { event, index, names, newerId }: EventDeclarationInput,
  ctx: TransformContext,
): Statement[] {
  const payload = schemaDocParts(event.payload);
  const deprecated = event.deprecated ? [deprecatedTag(event, newerId)] : [];
  const dataDoc = joinBlocks([
    ...eventText(event),
    ...payload.text,
    commentLines(
      contract.bodyMode === 'envelope'
        ? `Payload (\`data\`) of \`${event.id}\`.`
        : `Request body of \`${event.id}\` (the contract's payload is the whole body).`,
    ),
    [...deprecated, ...payload.tags.filter((t) => !(event.deprecated && t === '@deprecated'))],
  ]);
  const dataType = transformSchemaObject(event.payload, { path: pointer('events', index, 'payload'), ctx });
  const envelopeDoc = joinBlocks([
    ...eventText(event),
    commentLines(
      contract.bodyMode === 'envelope'
        ? `\`${event.id}\` as delivered: the webhook envelope around \`${names.data}\`.`
        : `\`${event.id}\` as dispatched: the request body is the payload \`${names.data}\`; \`type\` and \`version\` come from the contract.`,
    ),
    deprecated,
  ]);
  // The payload is a named schema already declared under the data type's name (see naming.ts).
  const ref = bareRef(event.payload);
  const declared = ref !== undefined && ctx.schemaNames.get(ref) === names.data;
  return [
    ...(declared ? [] : [typeDeclaration(names.data, dataType, dataDoc)]),
    ...headersDeclaration(event, index, names, ctx),
    interfaceDeclaration(
      names.envelope,
      [
        { kind: 'property', name: 'type', type: literalType(event.type), optional: false },
        { kind: 'property', name: 'version', type: literalType(event.version), optional: false },
        ...(contract.bodyMode === 'envelope'
          ? [
              {
                kind: 'property' as const,
                name: 'timestamp',
                type: stringType(),
                optional: false,
                doc: [
                  'RFC 3339 time at which the event happened (not the delivery attempt).',
                  '@format date-time',
                ],
              },
            ]
          : []),
        { kind: 'property', name: 'data', type: typeRef(names.data), optional: false },
      ],
      envelopeDoc,
    ),
  ];
}

/** Summary and description of the message, each a block. */
export function eventText(event: EventVersion): string[][] {
  const blocks: string[][] = [];
  if (event.summary !== undefined) blocks.push(commentLines(event.summary));
  if (event.description !== undefined) blocks.push(commentLines(event.description));
  return blocks;
}

export function deprecatedTag(event: EventVersion, newerId: string | undefined): string {
  if (newerId === undefined || newerId === event.id) return '@deprecated';
  return `@deprecated ${commentLines(`Use \`${newerId}\`.`).join(' ')}`;
}

/** One short block for index entries: the summary, else the first paragraph of the description. */
export function eventHeadline(event: EventVersion): string[] {
  if (event.summary !== undefined) return commentLines(event.summary);
  const paragraph =
    commentLines(event.description ?? '')
      .join('\n')
      .split(/\n\s*\n/)[0] ?? '';
  return paragraph === '' ? [] : paragraph.split('\n');
}

/** `<name>Headers`: the message's headers schema, for events whose message describes headers. */
function headersDeclaration(
  event: EventVersion,
  index: number,
  names: EventTypeNames,
  ctx: TransformContext,
): Statement[] {
  if (event.headers === undefined || names.headers === undefined) return [];
  const headers = schemaDocParts(event.headers);
  const doc = joinBlocks([
    ...headers.text,
    commentLines(
      `HTTP headers of \`${event.id}\` described by its message (names as written in the schema).`,
    ),
    headers.tags,
  ]);
  const type = transformSchemaObject(event.headers, { path: pointer('events', index, 'headers'), ctx });
  return [typeDeclaration(names.headers, type, doc)];
}
