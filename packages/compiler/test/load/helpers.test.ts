import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { copyJson } from '../../src/ir/build/json-copy.js';
import { compareStrings, isNpmName, pascalCase, slugify } from '../../src/ir/build/names.js';
import { setOwn } from '../../src/ir/build/schema-collector.js';
import { dialectOfSchemaFormat } from '../../src/ir/build/schema-format.js';
import { splitVersionSuffix } from '../../src/ir/build/version-suffix.js';
import { closestMatch } from '../../src/load/did-you-mean.js';
import { childPointer, pointerToSegments, segmentsToPointer, valueAt } from '../../src/load/json-pointer.js';
import { mapParserDiagnostics } from '../../src/load/parser-diagnostics.js';
import { createPathDisplay } from '../../src/load/paths.js';
import { createSourceFile } from '../../src/load/source-file.js';
import { SourceGraph } from '../../src/load/source-graph.js';
import { runTable } from '../helpers/table.js';

runTable(
  'version suffixes',
  [
    { name: 'dotted', given: 'order.created.v2', want: { base: 'order.created', version: 2 } },
    { name: 'PascalCase', given: 'OrderCreatedV12', want: { base: 'OrderCreated', version: 12 } },
    { name: 'snake_case', given: 'order_created_v3', want: { base: 'order_created', version: 3 } },
    { name: 'kebab-case, capital V', given: 'order-created-V2', want: { base: 'order-created', version: 2 } },
    { name: 'no suffix', given: 'order.created', want: { base: 'order.created' } },
    {
      name: 'lower-case v glued to a word is not a version',
      given: 'address.ipv6',
      want: { base: 'address.ipv6' },
    },
    { name: 'v0 is not a version', given: 'order.created.v0', want: { base: 'order.created.v0' } },
    { name: 'a name that is only a version', given: 'V2', want: { base: 'V2' } },
  ],
  splitVersionSuffix,
);

runTable(
  'PascalCase identifiers',
  [
    { name: 'dotted', given: 'order.created', want: 'OrderCreated' },
    { name: 'snake and kebab', given: 'gift_card-renewed', want: 'GiftCardRenewed' },
    { name: 'camelCase keeps inner capitals', given: 'orderCreated', want: 'OrderCreated' },
    { name: 'acronyms kept', given: 'HTTPRequest', want: 'HTTPRequest' },
    { name: 'sentence title', given: 'Order created (v1)', want: 'OrderCreatedV1' },
    { name: 'leading digit gets a prefix', given: '3ds check', want: 'Schema3dsCheck' },
    { name: 'nothing usable', given: '--', want: 'Schema' },
    {
      name: 'SCREAMING_SNAKE reads as words',
      given: 'AUTHORIZATION_REVOCATION',
      want: 'AuthorizationRevocation',
    },
    { name: 'SCREAMING dotted with digits', given: 'CARD.3DS_CHECK', want: 'Card3dsCheck' },
    { name: 'one upper-case word is an acronym, kept', given: 'UUID', want: 'UUID' },
    { name: 'mixed case is not SCREAMING', given: 'API_key', want: 'APIKey' },
  ],
  (given: string) => pascalCase(given),
);

runTable(
  'package slugs',
  [
    { name: 'title', given: 'Acme Shop', want: 'acme-shop' },
    { name: 'punctuation and accents', given: 'Café  Webhooks (beta)!', want: 'cafe-webhooks-beta' },
  ],
  slugify,
);

runTable(
  'schema formats',
  [
    { name: 'AsyncAPI 2.6', given: 'application/vnd.aai.asyncapi;version=2.6.0', want: 'draft-07' },
    {
      name: 'AsyncAPI +yaml 3.0',
      given: 'application/vnd.aai.asyncapi+yaml;version=3.0.0',
      want: 'draft-07',
    },
    { name: 'JSON Schema draft-07', given: 'application/schema+json;version=draft-07', want: 'draft-07' },
    {
      name: 'JSON Schema 2020-12 in YAML',
      given: 'application/schema+yaml; version=2020-12',
      want: '2020-12',
    },
    { name: 'JSON Schema draft-04', given: 'application/schema+json;version=draft-04', want: undefined },
    { name: 'OpenAPI 3.0', given: 'application/vnd.oai.openapi;version=3.0.0', want: 'draft-07' },
    { name: 'OpenAPI without a version', given: 'application/vnd.oai.openapi', want: 'draft-07' },
    { name: 'OpenAPI 3.1 in YAML', given: 'application/vnd.oai.openapi+yaml;version=3.1.0', want: '2020-12' },
    { name: 'OpenAPI 2.0', given: 'application/vnd.oai.openapi;version=2.0', want: undefined },
    { name: 'Avro', given: 'application/vnd.apache.avro;version=1.9.0', want: undefined },
    { name: 'Protobuf', given: 'application/vnd.google.protobuf;version=3', want: undefined },
  ],
  dialectOfSchemaFormat,
);

describe('small helpers', () => {
  it('checks npm names and compares strings without the locale', () => {
    expect([isNpmName('acme-shop'), isNpmName('Acme'), isNpmName('.hidden'), isNpmName('')]).toEqual([
      true,
      false,
      false,
      false,
    ]);
    expect(['b', 'a', 'B', 'é'].sort(compareStrings)).toEqual(['B', 'a', 'b', 'é']);
  });

  it('round-trips JSON pointers with escapes', () => {
    const pointer = segmentsToPointer(['channels', 'user/signedup', 'a~b']);
    expect(pointer).toBe('/channels/user~1signedup/a~0b');
    expect(pointerToSegments(pointer)).toEqual(['channels', 'user/signedup', 'a~b']);
    expect(valueAt({ a: [{ b: 1 }] }, ['a', '0', 'b'])).toEqual({ found: true, value: 1 });
    expect(valueAt({ a: [] }, ['a', '0'])).toEqual({ found: false, missingAt: 1 });
    expect(childPointer('/components', 'schemas', 'a/b~c', 0)).toBe('/components/schemas/a~1b~0c/0');
    expect(childPointer('/x')).toBe('/x');
  });

  it('copies JSON values as a JSON round trip would', () => {
    const values = [undefined, null, true, 'a\ud800', 0, -0, 1.5, Number.NaN, Number.POSITIVE_INFINITY];
    for (const value of [...values, { a: [1, -0, Number.NaN, 'x'], b: { c: null } }, [values]]) {
      expect(Object.is(copyJson(value), value === undefined ? null : JSON.parse(JSON.stringify(value)))).toBe(
        typeof value !== 'object' || value === null,
      );
      expect(copyJson(value)).toEqual(value === undefined ? null : JSON.parse(JSON.stringify(value)));
    }
    const nested = { a: [1] };
    expect(copyJson(nested)).not.toBe(nested);
  });

  it('sets a property named __proto__ as data, not as the prototype', () => {
    const target: Record<string, never> = {};
    setOwn(target, '__proto__', 1 as never);
    setOwn(target, 'b', 2 as never);
    expect(Object.getPrototypeOf(target)).toBe(Object.prototype);
    expect(Object.keys(target)).toEqual(['__proto__', 'b']);
    expect(JSON.stringify(target)).toBe('{"__proto__":1,"b":2}');
  });

  it('suggests only plausible typos', () => {
    expect(closestMatch('Mony', ['Money', 'Address'])).toBe('Money');
    expect(closestMatch('Refund', ['Money', 'Address'])).toBeUndefined();
  });
});

describe('source files', () => {
  const text = 'a:\n  b:\n    - x\n    - { c: 1 }\n"d/e": 2\n';
  const file = createSourceFile('/virtual/doc.yaml', text);

  it('locates a pointer at its key, or at its value', () => {
    expect(file.locate('/a/b')).toEqual({ line: 2, col: 3 });
    expect(file.locate('/a/b', 'value')).toEqual({ line: 3, col: 5 });
    expect(file.locate('/a/b/1/c', 'value')).toEqual({ line: 4, col: 12 });
    expect(file.locate('/d~1e')).toEqual({ line: 5, col: 1 });
  });

  it('falls back to the deepest part that exists', () => {
    expect(file.locate('/a/b/7/zzz')).toEqual({ line: 2, col: 3 });
  });

  it('reports the first syntax error, and every duplicate key', () => {
    const broken = createSourceFile('/virtual/broken.yaml', 'a: 1\na: 2\nb:\n  - x\n y: [\n');
    expect(broken.value).toBeUndefined();
    expect(broken.problems.map((p) => [broken.position(p.offset), p.message])).toEqual([
      [{ line: 2, col: 1 }, 'duplicate key "a"'],
      [{ line: 5, col: 2 }, 'bad indentation of a mapping entry'],
    ]);
  });

  it('keeps the value when the only problem is a duplicate key', () => {
    const duplicated = createSourceFile('/virtual/dup.yaml', 'a: 1\na: 2\n');
    expect(duplicated.value).toEqual({ a: 2 });
  });

  it('checks .json files as strict JSON', () => {
    const json = createSourceFile('/virtual/doc.json', '{ "a": 1, }');
    expect(json.problems).toEqual([{ offset: 10, message: 'invalid JSON: expected a string, found "}"' }]);
  });

  it('refuses keys named __proto__ where they are written, in YAML and in JSON', () => {
    const yaml = createSourceFile(
      '/virtual/proto.yaml',
      'a:\n  __proto__: { b: 1 }\n  list:\n    - { __proto__: 2 }\n',
    );
    const json = createSourceFile('/virtual/proto.json', '{ "a": { "__proto__": 1 } }');
    const found = (file: typeof yaml) =>
      file.problems.map((p) => [file.position(p.offset), p.code, p.message.slice(0, 48)]);
    expect(found(yaml)).toEqual([
      [{ line: 2, col: 3 }, 'unsupported-key', 'key "__proto__": expected any other name, found '],
      [{ line: 4, col: 9 }, 'unsupported-key', 'key "__proto__": expected any other name, found '],
    ]);
    expect(found(json)).toEqual([
      [{ line: 1, col: 10 }, 'unsupported-key', 'key "__proto__": expected any other name, found '],
    ]);
    // A key of that name in a string value or a list is only text.
    expect(createSourceFile('/virtual/ok.yaml', 'a: __proto__\nb: [__proto__]\n').problems).toEqual([]);
  });
});

describe('parser findings', () => {
  const entry = '/virtual/api/asyncapi.yaml';
  const file = createSourceFile(entry, 'asyncapi: 3.0.0\ninfo: { title: T, version: 1.0.0 }\n');
  const graph = new SourceGraph(entry, new Map([[entry, file]]), createPathDisplay(entry, '/virtual'));

  it('an exception inside the parser is said to be one, in one line, without its stack', () => {
    const stack =
      'TypeError: boom\n    at freeze (/deps/immer.js:275:10)\n    at each (/deps/immer.js:154:53)';
    const [d] = mapParserDiagnostics(
      [
        {
          code: 'uncaught-error',
          message: `Error thrown during AsyncAPI document validation. Name: TypeError, message: boom, stack: ${stack}`,
          path: [],
          severity: 0,
          range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
        },
      ],
      graph,
    );
    expect(d).toMatchObject({ code: 'parser-crash', severity: 'error', file: 'api/asyncapi.yaml', line: 1 });
    expect(d!.message).toBe(
      'the AsyncAPI parser failed while validating this document (TypeError: boom): an error inside @asyncapi/parser, not a finding about the document; no problem of it can be located',
    );
  });
});

describe('schemas/x-extensions.schema.json', () => {
  const schema = JSON.parse(
    readFileSync(new URL('../../../../schemas/x-extensions.schema.json', import.meta.url), 'utf8'),
  );
  const validate = new Ajv({ strict: true }).compile(schema);

  it.each([
    [{ 'x-event-type': 'order.created', 'x-event-version': 2, 'x-deprecated': true }, true],
    [{ 'x-event-version': '12' }, true],
    [{ 'x-event-type': '' }, false],
    [{ 'x-event-version': 0 }, false],
    [{ 'x-event-version': '01' }, false],
    [{ 'x-event-version': 1.5 }, false],
    [{ 'x-deprecated': 'yes' }, false],
  ])('%j is valid: %s (as the loader reads it)', (message, valid) => {
    expect(validate(message)).toBe(valid);
  });
});
