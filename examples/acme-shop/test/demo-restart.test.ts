import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const example = fileURLToPath(new URL('..', import.meta.url));

describe('the example crash demo (second part of npm run example)', () => {
  it('a message sent by a process killed with SIGKILL is delivered by the next process on the same SQLite file', () => {
    const result = spawnSync(process.execPath, ['--import', 'tsx', 'src/demo-restart.ts'], {
      cwd: example,
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/then was killed \(SIGKILL\)/);
    expect(result.stdout).toMatch(/webhooks\.db still holds msg_\w+\/shop/);
    expect(result.stdout).toContain('ok   the message accepted before the crash arrived after the restart');
  });
});
