import type { CypherQuery } from '../../src/db/cypherFile';
import { createDatabase, type Database } from '../../src/db/Database';
import { ERROR_CODES, NewsgraphError, PUBLIC_ERROR_CODES } from '../../src/errors/NewsgraphError';
import { describeDb, openTestDb, testConfig } from '../setup/testDb';
import { DB_QUERY, codes, failingDb, gql, listen, type Running } from './harness';


const LEGACY = { accept: 'application/json' };

describe('Error contract: the code list', () => {
  it('has exactly the documented public codes, each with its HTTP status', () => {
    expect([...PUBLIC_ERROR_CODES].sort()).toEqual(['BAD_USER_INPUT', 'FORBIDDEN', 'INTERNAL', 'LIMIT_EXCEEDED', 'TIMEOUT', 'UNAUTHENTICATED', 'UNAVAILABLE'].sort());
    expect(PUBLIC_ERROR_CODES.map((c) => ERROR_CODES[c])).toEqual([400, 401, 403, 413, 504, 503, 500]);
  });
});

describeDb('Error contract over HTTP (real Neo4j)', () => {
  let real: Database;
  beforeAll(() => {
    real = openTestDb();
  });
  afterAll(async () => {
    await real.close();
  });

  describe('BAD_USER_INPUT', () => {
    let s: Running;
    beforeAll(async () => {
      s = await listen(testConfig(), real);
    });
    afterAll(() => s.stop());

    it('for a document that does not parse: 400, or 200 to a legacy application/json client', async () => {
      const r = await gql(s.base, '{ status { version ');
      expect(r.status).toBe(400);
      expect(codes(r)).toEqual(['BAD_USER_INPUT']);
      expect(r.contentType).toContain('application/graphql-response+json');
      expect(r.body).not.toHaveProperty('data');
      const legacy = await gql(s.base, '{ status { version ', { headers: LEGACY });
      expect(legacy.status).toBe(200);
      expect(codes(legacy)).toEqual(['BAD_USER_INPUT']);
      expect(legacy.contentType).toContain('application/json');
    });

    it('for an unknown field, a wrong argument type and a wrong variable', async () => {
      for (const [query, variables] of [
        ['{ nope }', undefined],
        ['{ articles(first: "ten") { totalCount } }', undefined],
        ['query Q($n: Int) { articles(first: $n) { totalCount } }', { n: 'ten' }],
        ['{ articles(first: 3.5) { totalCount } }', undefined],
      ] as const) {
        const r = await gql(s.base, query, { variables });
        expect({ query, status: r.status, codes: codes(r) }).toEqual({ query, status: 400, codes: ['BAD_USER_INPUT'] });
      }
    });

    it('for a body that is not JSON, or a request without a query', async () => {
      const bad = await gql(s.base, '', { rawBody: '{"query": ' });
      expect(bad.status).toBe(400);
      expect(codes(bad)).toEqual(['BAD_USER_INPUT']);
      const none = await gql(s.base, '', { rawBody: JSON.stringify({ qeury: '{ status { version } }' }) });
      expect(none.status).toBe(400);
      expect(codes(none)).toEqual(['BAD_USER_INPUT']);
    });
  });

  describe('UNAUTHENTICATED and FORBIDDEN', () => {
    it('UNAUTHENTICATED (401) for a query without or with a wrong key when reads require the key', async () => {
      const s = await listen(testConfig({ NEWSGRAPH_API_KEY: 'k-123', NEWSGRAPH_READS_REQUIRE_KEY: 'true' }), real);
      try {
        const none = await gql(s.base, '{ status { version } }');
        expect(none.status).toBe(401);
        expect(codes(none)).toEqual(['UNAUTHENTICATED']);
        const wrong = await gql(s.base, '{ status { version } }', { headers: { authorization: 'Bearer k-124' } });
        expect(wrong.status).toBe(401);
        expect(codes(wrong)).toEqual(['UNAUTHENTICATED']);
        const right = await gql(s.base, '{ status { version } }', { headers: { authorization: 'Bearer k-123' } });
        expect(right.status).toBe(200);
        expect(right.body.errors).toBeUndefined();
      } finally {
        await s.stop();
      }
    });

    it('FORBIDDEN (403) for introspection when it is off', async () => {
      const s = await listen(testConfig({ GRAPHQL_INTROSPECTION: 'false' }), real);
      try {
        const r = await gql(s.base, '{ __schema { types { name } } }');
        expect(r.status).toBe(403);
        expect(codes(r)).toEqual(['FORBIDDEN']);
        const typename = await gql(s.base, '{ __typename }');
        expect(typename.status).toBe(200);
      } finally {
        await s.stop();
      }
    });
  });

  it('LIMIT_EXCEEDED (413) for a body over MAX_BODY_BYTES', async () => {
    const s = await listen(testConfig({ MAX_BODY_BYTES: '2048' }), real);
    try {
      const r = await gql(s.base, `{ status { version } } # ${'x'.repeat(3000)}`);
      expect(r.status).toBe(413);
      expect(codes(r)).toEqual(['LIMIT_EXCEEDED']);
    } finally {
      await s.stop();
    }
  });

  it('TIMEOUT (504) when Neo4j ends a transaction that ran past NEO4J_TX_TIMEOUT_MS', async () => {
    const config = testConfig({ NEO4J_TX_TIMEOUT_MS: '400' });
    const t = config.neo4j;
    if (t.kind !== 'remote') throw new Error('expected NEO4J_URI');
    const short = createDatabase({ uri: t.uri, user: t.user, password: t.password, database: t.database, txTimeoutMs: 400, connectTimeoutMs: 3000 });
    const slow: CypherQuery = { name: 'test/slow', text: 'UNWIND range(1, 500000000) AS x WITH x WHERE x % 7 = 100 RETURN count(x) AS n' };
    const s = await listen(config, failingDb(short, () => short.read(slow) as Promise<never>));
    try {
      const started = Date.now();
      const r = await gql(s.base, DB_QUERY);
      expect(codes(r)).toEqual(['TIMEOUT']);
      expect(r.status).toBe(504);
      expect(Date.now() - started).toBeLessThan(3000);
    } finally {
      await s.stop();
      await short.close();
    }
  });

  it('UNAVAILABLE (503) when Neo4j cannot be reached', async () => {
    const config = testConfig({ NEO4J_URI: 'bolt://127.0.0.1:1', NEO4J_CONNECT_TIMEOUT_MS: '1000', NEO4J_TX_TIMEOUT_MS: '1000' });
    const down = createDatabase({ uri: 'bolt://127.0.0.1:1', user: 'neo4j', password: '', database: 'neo4j', txTimeoutMs: 1000, connectTimeoutMs: 1000 });
    const s = await listen(config, down);
    try {
      const r = await gql(s.base, DB_QUERY);
      expect(r.status).toBe(503);
      expect(codes(r)).toEqual(['UNAVAILABLE']);
    } finally {
      await s.stop();
      await down.close();
    }
  });

  describe('INTERNAL', () => {
    const leaky = (): Promise<never> => Promise.reject(new Error('MATCH (n:Secret) RETURN n -- Neo.ClientError.Statement.SyntaxError at bolt://db:7687'));

    it('500 with the cause hidden and no stack trace in production', async () => {
      const s = await listen(testConfig({ NODE_ENV: 'production' }), failingDb(real, leaky));
      try {
        const r = await gql(s.base, DB_QUERY);
        expect(r.status).toBe(500);
        expect(codes(r)).toEqual(['INTERNAL']);
        expect(r.body.errors?.[0]?.message).toBe('internal error');
        expect(r.text).not.toMatch(/MATCH|Neo\.|bolt:|stacktrace|at .*\.ts/);
      } finally {
        await s.stop();
      }
    });

    it('500 for a NewsgraphError with code CONFIG (never sent as such)', async () => {
      const s = await listen(testConfig({ NODE_ENV: 'production' }), failingDb(real, () => Promise.reject(new NewsgraphError('NEO4J_URI: secret', { code: 'CONFIG' }))));
      try {
        const r = await gql(s.base, DB_QUERY);
        expect(r.status).toBe(500);
        expect(codes(r)).toEqual(['INTERNAL']);
        expect(r.text).not.toContain('secret');
      } finally {
        await s.stop();
      }
    });

    it('keeps the message and a stack trace outside production', async () => {
      const s = await listen(testConfig({ NODE_ENV: 'development' }), failingDb(real, leaky));
      try {
        const r = await gql(s.base, DB_QUERY);
        expect(r.status).toBe(500);
        expect(codes(r)).toEqual(['INTERNAL']);
        expect(r.body.errors?.[0]?.extensions?.stacktrace).toBeDefined();
      } finally {
        await s.stop();
      }
    });
  });
});
