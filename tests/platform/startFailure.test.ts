import { spawnSync } from 'node:child_process';
import path from 'node:path';

const main = path.resolve(__dirname, '..', '..', 'dist', 'src', 'main.js');

function start(env: NodeJS.ProcessEnv): { status: number | null; stderr: string; ms: number } {
  const t = Date.now();
  const r = spawnSync(process.execPath, [main], { env: { PATH: process.env.PATH, ...env }, encoding: 'utf8', timeout: 30000 });
  return { status: r.status, stderr: r.stderr, ms: Date.now() - t };
}

describe('Platform: npm start with a wrong NEO4J_URI', () => {
  it('exits 1 with one line naming the variable when the URI is malformed', () => {
    const r = start({ NEO4J_URI: 'localhost 7687' });
    expect(r.status).toBe(1);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/^newsgraph: NEO4J_URI: /);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('exits 1 with one line naming the server and the cause when nothing answers', () => {
    const r = start({ NEO4J_URI: 'bolt://127.0.0.1:1', NEO4J_PASSWORD: 'do-not-print-me', NEO4J_CONNECT_TIMEOUT_MS: '1000' });
    expect(r.status).toBe(1);
    const lines = r.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^newsgraph: cannot reach Neo4j at bolt:\/\/127\.0\.0\.1:1: /);
    expect(r.stderr).not.toContain('do-not-print-me');
    expect(r.ms).toBeLessThan(20000);
  });
});
