import { describe, expect, it } from 'vitest';
import { diagnosticLines, fixtureLoader } from './load-fixture.js';

const load = fixtureLoader();

/**
 * What `hookwright` prints for broken documents, one golden file per case. Paths are relative
 * to test/fixtures/load (the loader's `cwd`), positions are 1-based.
 */
describe('diagnostics', () => {
  it.each([
    ['yaml-syntax', 'a YAML syntax error in a referenced file and a duplicate key in the entry'],
    ['missing-ref', 'a missing $ref file, a missing key (with a suggestion) and a missing local pointer'],
    ['remote-ref', 'a remote $ref, refused without being fetched'],
    ['invalid-asyncapi', 'parser findings, the one inside a referenced file pointing at that file'],
    ['identity-errors', 'duplicate identities (both places), an invalid version, two version suffixes'],
    ['unsupported-format', 'an Avro payload in 3.x (the parser says nothing)'],
    ['unsupported-format-v2', 'a RAML payload in 2.x (the parser only warns)'],
    [
      'naming-errors',
      'an unusable package name, clashing event names, an empty x-event-type, mixed dialects',
    ],
    ['invalid-ref', 'a $ref fragment that is not a JSON pointer'],
    [
      'one-bad-example',
      'one bad example: the root cause only, not the oneOf cascade above it (one at an innocent schema)',
    ],
    [
      'identity-hints',
      'messages no rule names: why each rule did not count, the x- extensions seen, the flag to pass',
    ],
    ['no-such-file', 'an entry document that does not exist'],
    ['versioned-keys', 'one name under two versioned keys: the x-event-version each key asks for'],
    ['ref-not-schema', 'schemas referencing a message and a channel: an error at each $ref'],
    ['legacy-keywords', 'boolean required and exclusiveMinimum: one error each, not one per parser check'],
    ['oneof-example', 'a 2.x example matching no oneOf alternative: the error of the one it was written for'],
    ['prototype-key', 'a property named __proto__, refused before the parser (which crashes on it) runs'],
  ])('%s: %s', async (name) => {
    const result = await load(`diagnostics/${name}.yaml`);
    expect(result.contract).toBeUndefined();
    await expect(`${diagnosticLines(result)}\n`).toMatchFileSnapshot(
      `./__snapshots__/diagnostics/${name}.txt`,
    );
  });

  it('reads no further than the source graph when a file is broken (no parser run), lists only files read', async () => {
    const result = await load('diagnostics/missing-ref.yaml');
    expect(result.timings.parseMs).toBe(0);
    expect(result.files.map((f) => f.slice(f.indexOf('diagnostics/')))).toEqual([
      'diagnostics/missing-ref-common.yaml',
      'diagnostics/missing-ref.yaml',
    ]);
  });

  it('gives every diagnostic a JSON pointer into its file', async () => {
    const result = await load('diagnostics/identity-errors.yaml');
    expect(result.diagnostics.map((d) => d.pointer)).toEqual([
      '/channels/webhooks/messages/created',
      '/channels/webhooks/messages/createdAgain',
      '/channels/webhooks/messages/explicit',
      '/channels/webhooks/messages/explicitToo',
      '/channels/webhooks/messages/badVersion/x-event-version',
      '/channels/invoiceV2/messages/paid',
    ]);
  });
});
