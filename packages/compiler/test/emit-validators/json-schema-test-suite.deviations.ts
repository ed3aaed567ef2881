import type { SchemaDialect } from '../../src/ir/contract.js';

const REMOTE =
  'remote $refs are resolved by the loader (allowRemoteRefs), which inlines them before the IR exists; a validator never fetches or resolves a URL, so the schema as the suite writes it is refused';
const BASE_URI =
  "$id does not set a base URI: the loader resolves every $ref against the file it is written in and removes $id, and the emitter gives each schema an $id of its own; a relative $ref that relies on an author's $id is refused";

const CONTENT =
  'contentEncoding / contentMediaType are annotations (optional to check in draft-07, annotations only in 2020-12): a validator does not decode base64 or parse embedded JSON';
const UNKNOWN_FORMAT =
  'idn-email, idn-hostname, iri and iri-reference are not in ajv-formats\' "full" set: such a format is an annotation (accepted, reported once as unknown-format), so the generated code and the run-time formats stay small';

/**
 * Verdicts of the emitted validators that differ from the official JSON Schema Test Suite on
 * purpose, keyed `<file>: <case> / <test>` (`(schema refused)` when the schema does not compile),
 * with the reason. docs/validators.md lists the same.
 */
export const SUITE_DEVIATIONS: Record<SchemaDialect, Record<string, string>> = {
  'draft-07': {
    'optional/content.json: validation of binary string-encoding / an invalid base64 string (% is not a valid character)':
      CONTENT,
    'optional/content.json: validation of binary-encoded media type documents / a validly-encoded invalid JSON document':
      CONTENT,
    'optional/content.json: validation of binary-encoded media type documents / an invalid base64 string that is valid JSON':
      CONTENT,
    'optional/content.json: validation of string-encoded content based on media type / an invalid JSON document':
      CONTENT,
    'optional/format/idn-email.json: validation of an internationalized e-mail addresses / an invalid idn e-mail address':
      UNKNOWN_FORMAT,
    'optional/format/idn-hostname.json: validation of internationalized host names / a host name with a component too long':
      UNKNOWN_FORMAT,
    'optional/format/idn-hostname.json: validation of internationalized host names / contains illegal char U+302E Hangul single dot tone mark':
      UNKNOWN_FORMAT,
    'optional/format/idn-hostname.json: validation of internationalized host names / illegal first char U+302E Hangul single dot tone mark':
      UNKNOWN_FORMAT,
    'optional/format/iri-reference.json: validation of IRI References / an invalid IRI Reference':
      UNKNOWN_FORMAT,
    'optional/format/iri-reference.json: validation of IRI References / an invalid IRI fragment':
      UNKNOWN_FORMAT,
    'optional/format/iri.json: validation of IRIs / an invalid IRI': UNKNOWN_FORMAT,
    'optional/format/iri.json: validation of IRIs / an invalid IRI based on IPv6': UNKNOWN_FORMAT,
    'optional/format/iri.json: validation of IRIs / an invalid IRI though valid IRI reference':
      UNKNOWN_FORMAT,
    'optional/format/iri.json: validation of IRIs / an invalid relative IRI Reference': UNKNOWN_FORMAT,
    'ref.json: ref overrides any sibling keywords / ref valid, maxItems ignored':
      'keywords beside $ref apply (as in 2019-09 and later, and as ajv 8 does in every draft): contracts write {$ref, nullable: true} or {$ref, maxItems} and mean it, and the generated type is the $ref intersected with its siblings',
    'ref.json: Recursive references between schemas / (schema refused)': BASE_URI,
    'refRemote.json: base URI change - change folder / (schema refused)': REMOTE,
    'refRemote.json: base URI change - change folder in subschema / (schema refused)': REMOTE,
    'refRemote.json: base URI change / (schema refused)': REMOTE,
    'refRemote.json: fragment within remote ref / (schema refused)': REMOTE,
    'refRemote.json: ref within remote ref / (schema refused)': REMOTE,
    'refRemote.json: remote ref / (schema refused)': REMOTE,
    'refRemote.json: root ref in remote ref / (schema refused)': REMOTE,
  },
  '2020-12': {},
};
