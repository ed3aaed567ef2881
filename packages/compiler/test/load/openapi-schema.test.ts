/** One level of an OpenAPI Schema Object made plain JSON Schema (openapi-schema.ts). */
import { openApiLevel } from '../../src/ir/build/openapi-schema.js';
import type { JsonValue } from '../../src/ir/contract.js';
import { runTable } from '../helpers/table.js';

type Level = { [keyword: string]: JsonValue };

runTable<Level, Level>(
  'OpenAPI schema levels as JSON Schema',
  [
    {
      name: '3.0 exclusiveMinimum: true turns minimum into the exclusive bound',
      given: { type: 'number', minimum: 0, exclusiveMinimum: true },
      want: { type: 'number', exclusiveMinimum: 0 },
    },
    {
      name: '3.0 exclusiveMaximum: false leaves maximum inclusive',
      given: { type: 'integer', maximum: 9, exclusiveMaximum: false },
      want: { type: 'integer', maximum: 9 },
    },
    {
      name: 'a flag without its bound says nothing',
      given: { type: 'number', exclusiveMinimum: true },
      want: { type: 'number' },
    },
    {
      name: '3.1 numeric bounds are already JSON Schema',
      given: { type: 'number', exclusiveMinimum: 0, exclusiveMaximum: 10 },
      want: { type: 'number', exclusiveMinimum: 0, exclusiveMaximum: 10 },
    },
    {
      name: 'xml and an object discriminator are dropped',
      given: { type: 'object', xml: { name: 'a' }, discriminator: { propertyName: 'kind' } },
      want: { type: 'object' },
    },
    {
      name: 'nullable and example stay: the validators and the types read them',
      given: { type: 'string', nullable: true, example: 'x' },
      want: { type: 'string', nullable: true, example: 'x' },
    },
  ],
  (given) => openApiLevel(structuredClone(given)),
);
