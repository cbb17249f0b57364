import type { AddressInfo } from 'node:net';
import pino from 'pino';
import { createServer, keyMatches, type NewsgraphServer } from '../../src/server/createServer';
import { createDatabase, type Database } from '../../src/db/Database';
import { describeDb, openTestDb, testConfig } from '../setup/testDb';

async function listen(server: NewsgraphServer): Promise<string> {
  await server.start();
  await new Promise<void>((resolve) => server.httpServer.listen(0, '127.0.0.1', () => resolve()));
  return `http://127.0.0.1:${(server.httpServer.address() as AddressInfo).port}`;
}

describe('Server: keyMatches', () => {
  it('accepts only the exact key', () => {
    expect(keyMatches('abc', 'abc')).toBe(true);
    expect(keyMatches('abd', 'abc')).toBe(false);
    expect(keyMatches('abcd', 'abc')).toBe(false);
    expect(keyMatches(undefined, 'abc')).toBe(false);
    expect(keyMatches('abc', undefined)).toBe(false);
  });
});

describeDb('Server: HTTP endpoints on the real Neo4j', () => {
  let db: Database;
  let server: NewsgraphServer;
  let base: string;

  beforeAll(async () => {
    db = openTestDb();
    server = createServer({ config: testConfig(), db, logger: pino({ level: 'silent' }) });
    base = await listen(server);
  });
  afterAll(async () => {
    await server.stop();
    await db.close();
  });

  it('answers /health without the database', async () => {
    const r = await fetch(`${base}/health`);
    expect(r.status).toBe(200);
    expect(await r.json()).toEqual({ status: 'ok' });
  });

  it('answers /ready with 200 when Neo4j answers', async () => {
    const r = await fetch(`${base}/ready`);
    expect(r.status).toBe(200);
  });

  it('serves a GraphQL answer from the database', async () => {
    const r = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ status { databaseReady version } }' }),
    });
    expect(r.status).toBe(200);
    const body = (await r.json()) as { data: { status: { databaseReady: boolean; version: string } } };
    expect(body.data.status.databaseReady).toBe(true);
    expect(body.data.status.version).toMatch(/^\d+\.\d+\.\d+/);
  });

  it('refuses a body over the limit with LIMIT_EXCEEDED', async () => {
    const r = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: `{ status { version } } # ${'x'.repeat(1024 * 1024)}` }),
    });
    expect(r.status).toBe(413);
    const body = (await r.json()) as { errors: { extensions: { code: string } }[] };
    expect(body.errors[0]?.extensions.code).toBe('LIMIT_EXCEEDED');
  });
});

describe('Server: /ready when Neo4j is unreachable', () => {
  it('answers 503 within 2.5 s and keeps /health at 200', async () => {
    const config = testConfig({ NEO4J_URI: 'bolt://127.0.0.1:1', NEO4J_CONNECT_TIMEOUT_MS: '1000' });
    const db: Database = createDatabase({ uri: 'bolt://127.0.0.1:1', user: 'neo4j', password: '', database: 'neo4j', txTimeoutMs: 1000, connectTimeoutMs: 1000 });
    const server = createServer({ config, db, logger: pino({ level: 'silent' }) });
    const base = await listen(server);
    try {
      const t = Date.now();
      const r = await fetch(`${base}/ready`);
      expect(r.status).toBe(503);
      expect(Date.now() - t).toBeLessThan(2500);
      expect((await fetch(`${base}/health`)).status).toBe(200);
    } finally {
      await server.stop();
      await db.close();
    }
  });
});
