/**
 * Diagnostics the emitters find inside a schema (ajv's strict warnings, meta-schema errors) are
 * printed at the line and column of the keyword they name, not at the schema's first line: the
 * emitters know the pointer, and `generate` looks it up in the source the load read.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { formatDiagnostic } from '../../src/diagnostics/diagnostic.js';
import { createGenerator } from '../../src/generate/generator.js';
import { InProcessValidator } from '../../src/load/parser-validator.js';

const DOCUMENT = `asyncapi: 3.0.0
info:
  title: Jobs
  version: 1.0.0
channels:
  hooks:
    address: /hooks
    messages:
      jobFailed:
        $ref: '#/components/messages/jobFailed'
operations:
  sendJobFailed:
    action: send
    channel:
      $ref: '#/channels/hooks'
components:
  messages:
    jobFailed:
      name: job.failed
      payload:
        $ref: '#/components/schemas/Job'
  schemas:
    Job:
      type: object
      allOf:
        - properties:
            attempts:
              minimum: 1
          required: [attempts]
`;

const dirs: string[] = [];
afterAll(async () => {
  for (const dir of dirs) await rm(dir, { recursive: true, force: true });
});

describe('diagnostics from the emitters', () => {
  it('are at the keyword they name', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'hookwright-positions-'));
    dirs.push(dir);
    await writeFile(join(dir, 'asyncapi.yaml'), DOCUMENT);
    const generator = createGenerator({ validator: new InProcessValidator() });
    const result = await generator.generate('asyncapi.yaml', { cwd: dir });
    await generator.close();
    const strict = result.diagnostics.filter((d) => d.code === 'schema-strict').map(formatDiagnostic);
    // `minimum` is written at line 28, column 15; the schema itself starts at line 23.
    expect(strict).toEqual([
      'asyncapi.yaml:28:15 warning schema-strict schema Job: strict mode: missing type "number" for keyword "minimum" at #/allOf/0/properties/attempts (strictTypes)',
    ]);
    expect(result.files).toBeDefined();
  });

  it('name the file as the other diagnostics do when the command runs from another folder', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'hookwright-positions-'));
    dirs.push(dir);
    await mkdir(join(dir, 'contracts'));
    await writeFile(join(dir, 'contracts', 'asyncapi.yaml'), DOCUMENT);
    const generator = createGenerator({ validator: new InProcessValidator() });
    const result = await generator.generate('contracts/asyncapi.yaml', { cwd: dir });
    await generator.close();
    expect(result.diagnostics.map(formatDiagnostic)).toEqual([
      'contracts/asyncapi.yaml:28:15 warning schema-strict schema Job: strict mode: missing type "number" for keyword "minimum" at #/allOf/0/properties/attempts (strictTypes)',
    ]);
  });
});
