import type { SchemaDialect } from '../../src/ir/contract.js';

const REMOTE =
  'remote $refs are resolved by the loader (allowRemoteRefs), which inlines them before the IR exists; a validator never fetches or resolves a URL, so the schema as the suite writes it is refused';
const BASE_URI =
  "$id does not set a base URI: the loader resolves every $ref against the file it is written in and removes $id, and the emitter gives each schema an $id of its own; a relative $ref that relies on an author's $id is refused";

const CONTENT =
  'contentEncoding / contentMediaType are annotations (optional to check in draft-07, annotations only in 2020-12): a validator does not decode base64 or parse embedded JSON';
const UNKNOWN_FORMAT =
  'idn-email, idn-hostname, iri and iri-reference are not in ajv-formats\' "full" set: such a format is an annotation (accepted, reported once as unknown-format), so the generated code and the run-time formats stay small';

const DYNAMIC_REF =
  "ajv 8 (which compiles every generated validator) implements $dynamicRef only for `#name` fragments and resolves it from the schema's own resource in these cases; contracts do not use $dynamicRef (AsyncAPI payload schemas have no dynamic scopes), and the verdict is ajv's";
const UNEVALUATED =
  "ajv 8 collects evaluated items and properties differently from these suite cases (items matched by `contains`, items of nested `items`, a failed `if` without `then`): the verdict is ajv's, and the differential tests hold the emitted code to ajv's";
const FLOAT_OVERFLOW =
  'multipleOf is checked with JavaScript numbers, as ajv does; a quotient that overflows to Infinity is not an integer (the suite marks overflow handling optional)';
const EMAIL =
  "the email format is ajv-formats' (the common dotted local part and a domain name); quoted local parts and IP address literals, legal in RFC 5321 but rare in webhooks, are refused";
const REGEX_FORMAT =
  "the regex format compiles the text with JavaScript's RegExp without the u flag, as ajv-formats does, where \\a is an identity escape";
const PROTO =
  "validators run ajv's ownProperties mode (so that `constructor` or `toString` are ordinary property names, see docs/validators.md), whose generated code does not read a property named __proto__: its schema is not applied";

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
  '2020-12': {
    'anchor.json: Location-independent identifier with base URI change in subschema / (schema refused)':
      BASE_URI,
    'dynamicRef.json: $ref and $dynamicAnchor are independent of order - $defs first / (schema refused)':
      REMOTE,
    'dynamicRef.json: $ref and $dynamicAnchor are independent of order - $ref first / (schema refused)':
      REMOTE,
    'dynamicRef.json: A $dynamicRef resolves to the first $dynamicAnchor still in scope that is encountered when the schema is evaluated / An array of strings is valid':
      DYNAMIC_REF,
    'dynamicRef.json: A $dynamicRef that initially resolves to a schema with a matching $dynamicAnchor resolves to the first $dynamicAnchor in the dynamic scope / (schema refused)':
      DYNAMIC_REF,
    'dynamicRef.json: A $dynamicRef that initially resolves to a schema without a matching $dynamicAnchor behaves like a normal $ref to $anchor / (schema refused)':
      DYNAMIC_REF,
    'dynamicRef.json: A $dynamicRef to a $dynamicAnchor in the same schema resource behaves like a normal $ref to an $anchor / An array of strings is valid':
      DYNAMIC_REF,
    'dynamicRef.json: A $dynamicRef to an $anchor in the same schema resource behaves like a normal $ref to an $anchor / An array of strings is valid':
      DYNAMIC_REF,
    'dynamicRef.json: A $dynamicRef with a non-matching $dynamicAnchor in the same schema resource behaves like a normal $ref to $anchor / Any array is valid':
      DYNAMIC_REF,
    "dynamicRef.json: A $dynamicRef with intermediate scopes that don't include a matching $dynamicAnchor does not affect dynamic scope resolution / An array of strings is valid":
      DYNAMIC_REF,
    'dynamicRef.json: A $dynamicRef without a matching $dynamicAnchor in the same schema resource behaves like a normal $ref to $anchor / Any array is valid':
      DYNAMIC_REF,
    'dynamicRef.json: A $dynamicRef without anchor in fragment behaves identical to $ref / An array of numbers is valid':
      DYNAMIC_REF,
    'dynamicRef.json: An $anchor with the same name as a $dynamicAnchor is not used for dynamic scope resolution / Any array is valid':
      DYNAMIC_REF,
    'dynamicRef.json: after leaving a dynamic scope, it is not used by a $dynamicRef / (schema refused)':
      DYNAMIC_REF,
    'dynamicRef.json: strict-tree schema, guards against misspelled properties / (schema refused)': REMOTE,
    'dynamicRef.json: tests for implementation dynamic anchor and reference link / (schema refused)': REMOTE,
    'optional/ecmascript-regex.json: \\a is not an ECMA 262 control escape / when used as a pattern':
      REGEX_FORMAT,
    'optional/float-overflow.json: all integers are multiples of 0.5, if overflow is handled / valid if optional overflow handling is implemented':
      FLOAT_OVERFLOW,
    'optional/format/email.json: validation of e-mail addresses / a quoted string with a @ in the local part is valid':
      EMAIL,
    'optional/format/email.json: validation of e-mail addresses / a quoted string with a double dot in the local part is valid':
      EMAIL,
    'optional/format/email.json: validation of e-mail addresses / a quoted string with a space in the local part is valid':
      EMAIL,
    'optional/format/email.json: validation of e-mail addresses / an IPv4-address-literal after the @ is valid':
      EMAIL,
    'optional/format/email.json: validation of e-mail addresses / an IPv6-address-literal after the @ is valid':
      EMAIL,
    'optional/format/idn-email.json: validation of an internationalized e-mail addresses / an invalid e-mail address':
      UNKNOWN_FORMAT,
    'optional/format/idn-email.json: validation of an internationalized e-mail addresses / an invalid idn e-mail address':
      UNKNOWN_FORMAT,
    'optional/format/idn-hostname.json: validation of internationalized host names / Arabic-Indic digits mixed with Extended Arabic-Indic digits':
      UNKNOWN_FORMAT,
    'optional/format/idn-hostname.json: validation of internationalized host names / Begins with a Nonspacing Mark':
      UNKNOWN_FORMAT,
    'optional/format/idn-hostname.json: validation of internationalized host names / Begins with a Spacing Combining Mark':
      UNKNOWN_FORMAT,
    'optional/format/idn-hostname.json: validation of internationalized host names / Begins with an Enclosing Mark':
      UNKNOWN_FORMAT,
    'optional/format/idn-hostname.json: validation of internationalized host names / Exceptions that are DISALLOWED, left-to-right chars':
      UNKNOWN_FORMAT,
    'optional/format/idn-hostname.json: validation of internationalized host names / Exceptions that are DISALLOWED, right-to-left chars':
      UNKNOWN_FORMAT,
    'optional/format/idn-hostname.json: validation of internationalized host names / Greek KERAIA not followed by Greek':
      UNKNOWN_FORMAT,
    'optional/format/idn-hostname.json: validation of internationalized host names / Greek KERAIA not followed by anything':
      UNKNOWN_FORMAT,
    'optional/format/idn-hostname.json: validation of internationalized host names / Hebrew GERESH not preceded by Hebrew':
      UNKNOWN_FORMAT,
    'optional/format/idn-hostname.json: validation of internationalized host names / Hebrew GERESH not preceded by anything':
      UNKNOWN_FORMAT,
    'optional/format/idn-hostname.json: validation of internationalized host names / Hebrew GERSHAYIM not preceded by Hebrew':
      UNKNOWN_FORMAT,
    'optional/format/idn-hostname.json: validation of internationalized host names / Hebrew GERSHAYIM not preceded by anything':
      UNKNOWN_FORMAT,
    'optional/format/idn-hostname.json: validation of internationalized host names / KATAKANA MIDDLE DOT with no Hiragana, Katakana, or Han':
      UNKNOWN_FORMAT,
    'optional/format/idn-hostname.json: validation of internationalized host names / KATAKANA MIDDLE DOT with no other characters':
      UNKNOWN_FORMAT,
    "optional/format/idn-hostname.json: validation of internationalized host names / MIDDLE DOT with no following 'l'":
      UNKNOWN_FORMAT,
    "optional/format/idn-hostname.json: validation of internationalized host names / MIDDLE DOT with no preceding 'l'":
      UNKNOWN_FORMAT,
    'optional/format/idn-hostname.json: validation of internationalized host names / MIDDLE DOT with nothing following':
      UNKNOWN_FORMAT,
    'optional/format/idn-hostname.json: validation of internationalized host names / MIDDLE DOT with nothing preceding':
      UNKNOWN_FORMAT,
    'optional/format/idn-hostname.json: validation of internationalized host names / U-label contains "--" in the 3rd and 4th position':
      UNKNOWN_FORMAT,
    'optional/format/idn-hostname.json: validation of internationalized host names / U-label ends with a dash':
      UNKNOWN_FORMAT,
    'optional/format/idn-hostname.json: validation of internationalized host names / U-label starts and ends with a dash':
      UNKNOWN_FORMAT,
    'optional/format/idn-hostname.json: validation of internationalized host names / U-label starts with a dash':
      UNKNOWN_FORMAT,
    'optional/format/idn-hostname.json: validation of internationalized host names / ZERO WIDTH JOINER not preceded by Virama':
      UNKNOWN_FORMAT,
    'optional/format/idn-hostname.json: validation of internationalized host names / ZERO WIDTH JOINER not preceded by anything':
      UNKNOWN_FORMAT,
    'optional/format/idn-hostname.json: validation of internationalized host names / a host name with a component too long':
      UNKNOWN_FORMAT,
    'optional/format/idn-hostname.json: validation of internationalized host names / contains illegal char U+302E Hangul single dot tone mark':
      UNKNOWN_FORMAT,
    'optional/format/idn-hostname.json: validation of internationalized host names / illegal first char U+302E Hangul single dot tone mark':
      UNKNOWN_FORMAT,
    'optional/format/idn-hostname.json: validation of internationalized host names / invalid Punycode':
      UNKNOWN_FORMAT,
    'optional/format/idn-hostname.json: validation of internationalized host names / invalid label, correct Punycode':
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
    'properties.json: properties whose names are Javascript object property names / __proto__ not valid':
      PROTO,
    'ref.json: Recursive references between schemas / (schema refused)': BASE_URI,
    'ref.json: URN base URI with URN and JSON pointer ref / (schema refused)': BASE_URI,
    'ref.json: URN base URI with URN and anchor ref / (schema refused)': BASE_URI,
    'ref.json: URN ref with nested pointer ref / (schema refused)': BASE_URI,
    'ref.json: ref with absolute-path-reference / (schema refused)': BASE_URI,
    'ref.json: refs with relative uris and defs / (schema refused)': BASE_URI,
    'ref.json: relative refs with absolute uris and defs / (schema refused)': BASE_URI,
    'ref.json: simple URN base URI with $ref via the URN / (schema refused)': BASE_URI,
    'refRemote.json: Location-independent identifier in remote ref / (schema refused)': REMOTE,
    'refRemote.json: anchor within remote ref / (schema refused)': REMOTE,
    'refRemote.json: base URI change - change folder / (schema refused)': REMOTE,
    'refRemote.json: base URI change - change folder in subschema / (schema refused)': REMOTE,
    'refRemote.json: base URI change / (schema refused)': REMOTE,
    'refRemote.json: fragment within remote ref / (schema refused)': REMOTE,
    'refRemote.json: ref within remote ref / (schema refused)': REMOTE,
    'refRemote.json: remote HTTP ref with different $id / (schema refused)': REMOTE,
    'refRemote.json: remote HTTP ref with different URN $id / (schema refused)': REMOTE,
    'refRemote.json: remote HTTP ref with nested absolute ref / (schema refused)': REMOTE,
    'refRemote.json: remote ref / (schema refused)': REMOTE,
    'refRemote.json: remote ref with ref to defs / (schema refused)': REMOTE,
    'refRemote.json: retrieved nested refs resolve relative to their URI not $id / (schema refused)': REMOTE,
    'refRemote.json: root ref in remote ref / (schema refused)': REMOTE,
    "unevaluatedItems.json: unevaluatedItems and contains interact to control item dependency relationship / only a's and c's are invalid":
      UNEVALUATED,
    "unevaluatedItems.json: unevaluatedItems and contains interact to control item dependency relationship / only b's and c's are invalid":
      UNEVALUATED,
    "unevaluatedItems.json: unevaluatedItems and contains interact to control item dependency relationship / only b's are invalid":
      UNEVALUATED,
    "unevaluatedItems.json: unevaluatedItems and contains interact to control item dependency relationship / only c's are invalid":
      UNEVALUATED,
    'unevaluatedItems.json: unevaluatedItems depends on adjacent contains / contains passes, second item is not evaluated':
      UNEVALUATED,
    'unevaluatedItems.json: unevaluatedItems depends on multiple nested contains / 7 not evaluated, fails unevaluatedItems':
      UNEVALUATED,
    'unevaluatedItems.json: unevaluatedItems with nested items / with invalid additional item': UNEVALUATED,
    'unevaluatedItems.json: unevaluatedItems with nested items / with no additional items': UNEVALUATED,
    'unevaluatedProperties.json: unevaluatedProperties with if/then/else, then not defined / when if is false and has unevaluated properties':
      UNEVALUATED,
    'unknownKeyword.json: $id inside an unknown keyword is not a real identifier / (schema refused)':
      BASE_URI,
    'vocabulary.json: schema that uses custom metaschema with with no validation vocabulary / no validation: invalid number, but it still validates':
      REMOTE,
  },
};
