import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { configSchema } from '../../src/config/config-schema.js';
import { loadConfig } from '../../src/config/load-config.js';
import { formatDiagnostic } from '../../src/diagnostics/diagnostic.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'hookwright-config-'));
});

async function configFile(name: string, text: string): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, text);
  return path;
}

describe('loadConfig', () => {
  it('reads YAML and resolves paths from the config folder', async () => {
    const file = await configFile('a.yaml', 'input: contract/asyncapi.yaml\nout: gen\nscope: "@acme"\n');
    const { loaded, diagnostics } = await loadConfig(file);
    expect(diagnostics).toEqual([]);
    expect(loaded?.config).toEqual({
      input: join(dir, 'contract/asyncapi.yaml'),
      out: join(dir, 'gen'),
      scope: '@acme',
    });
  });

  it('points at the offending key of an invalid config', async () => {
    const file = await configFile('b.yaml', 'name: acme\nsender:\n  name: Not A Name\nextra: 1\n');
    const { loaded, diagnostics } = await loadConfig(file, 'b.yaml');
    expect(loaded).toBeUndefined();
    expect(diagnostics.map(formatDiagnostic)).toEqual([
      'b.yaml:4:1 error config-invalid /: unknown key "extra"',
      'b.yaml:3:3 error config-invalid /sender/name: must match pattern "^(?:@[a-z0-9][a-z0-9._~-]*/)?[a-z0-9][a-z0-9._~-]*$"',
    ]);
  });

  it('reports syntax errors with their position', async () => {
    const file = await configFile('c.json', '{\n  "name": "acme",\n  "out": \n}\n');
    const { diagnostics } = await loadConfig(file, 'c.json');
    expect(diagnostics[0]).toMatchObject({ file: 'c.json', line: 4, code: 'config-syntax' });
  });

  it('says so when the file is missing', async () => {
    const { diagnostics } = await loadConfig(join(dir, 'nope.json'), 'nope.json');
    expect(diagnostics.map(formatDiagnostic)).toEqual([
      'nope.json:1:1 error config-not-found cannot read config file: no such file',
    ]);
  });
});

describe('published config schema', () => {
  it('is identical to the one the compiler validates with (run scripts/write-schemas.ts)', async () => {
    const published = await readFile(
      new URL('../../../../schemas/hookwright.config.schema.json', import.meta.url),
      'utf8',
    );
    expect(JSON.parse(published)).toEqual(configSchema);
  });
});
