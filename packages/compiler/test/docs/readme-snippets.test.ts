import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createGenerator } from '../../src/generate/generator.js';
import { createConsumerProject, typecheck } from '../golden/consumer-project.js';
import { exampleDocument } from './docs-page.js';

/** What the snippets take as given: the app's own values, and the Node globals they mention. */
const SHIMS = `declare const process: { env: Record<string, string | undefined> };
declare module 'node:http' {
  export function createServer(listener: (req: any, res: any) => void): { listen(port: number): void };
}
`;
const GIVEN = `declare const data: any;
declare const legacyData: any;
declare const rawBody: string;
declare const request: { headers: Record<string, string> };
declare const endpointUrl: string;
`;

describe('README quick starts', () => {
  let dir: string;
  afterAll(() => (dir ? rm(dir, { recursive: true, force: true }) : undefined));

  it('type-check against the generated packages (strict, declaration files included)', async () => {
    const generator = createGenerator();
    const { files } = await generator.generate(exampleDocument);
    await generator.close();
    dir = await mkdtemp(join(tmpdir(), 'hookwright-readme-snippets-'));
    await createConsumerProject(dir, files!);
    await writeFile(join(dir, 'shims.d.ts'), SHIMS);
    const snippets = Object.entries(files!)
      .filter(([path]) => path.endsWith('/README.md'))
      .flatMap(([, text]) => [...text.matchAll(/^```ts\n([\s\S]*?)^```$/gm)].map((m) => m[1]!));
    expect(snippets.length).toBeGreaterThanOrEqual(4);
    const names = snippets.map((_, i) => `snippet-${i}`);
    for (const [i, code] of snippets.entries()) {
      await writeFile(
        join(dir, `${names[i]}.ts`),
        `/// <reference path="./shims.d.ts" />\n${code}\n${GIVEN}export {};\n`,
      );
    }
    await writeFile(join(dir, 'snippets.ts'), names.map((n) => `import './${n}.js';`).join('\n'));
    expect(await typecheck(dir, 'snippets.ts', 'bundler')).toBe('');
  });
});
