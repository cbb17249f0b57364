import { loadConfig } from '../../src/config/config';
import type { Database } from '../../src/db/Database';
import { NewsgraphError } from '../../src/errors/NewsgraphError';
import { DEFAULT_LIMITS, LIMIT_VARIABLES, MAX_PAGE_SIZE, readLimits } from '../../src/server/limits';
import { describeDb, openTestDb, testConfig } from '../setup/testDb';
import { DB_QUERY, codes, countingDb, gql, listen, type DbCalls, type Running } from './harness';

const times = (n: number, f: (i: number) => string): string => Array.from({ length: n }, (_, i) => f(i)).join(' ');
/** `__type(name: "Query")` nested to the given depth (introspection that is not `__schema` counts). */
const deepType = (depth: number): string => `__type(name: "Query") { fields { type { ${'ofType { '.repeat(depth - 4)}name${' }'.repeat(depth - 4)} } } }`;

describe('Limits: configuration', () => {
  it('reads every limit from its variable', () => {
    const env: NodeJS.ProcessEnv = {};
    const expected: Record<string, number> = {};
    for (const [key, v] of Object.entries(LIMIT_VARIABLES)) {
      const value = Math.min(v.max, v.min + 7 + key.length);
      env[v.name] = String(value);
      expected[key] = value;
    }
    env.MAX_INGEST_BODY_BYTES = String(expected.maxBodyBytes);
    expected.maxIngestBodyBytes = expected.maxBodyBytes ?? 0;
    expect(readLimits(env)).toEqual(expected);
    expect(readLimits(env)).not.toEqual(DEFAULT_LIMITS);
  });

  it('defaults to the documented values', () => {
    expect(readLimits({})).toEqual(DEFAULT_LIMITS);
    expect(DEFAULT_LIMITS.maxBodyBytes).toBe(1024 * 1024);
    expect(MAX_PAGE_SIZE).toBe(100);
    expect(loadConfig({}).txTimeoutMs).toBe(5000);
  });

  it.each(Object.values(LIMIT_VARIABLES).map((v) => v.name))('names %s when its value is wrong', (name) => {
    let caught: unknown;
    try {
      loadConfig({ [name]: '-1' });
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(NewsgraphError);
    expect((caught as NewsgraphError).message.startsWith(`${name}: `)).toBe(true);
  });

  it('refuses an ingest limit below the body limit', () => {
    expect(() => loadConfig({ MAX_BODY_BYTES: '8192', MAX_INGEST_BODY_BYTES: '4096' })).toThrow(/^MAX_INGEST_BODY_BYTES: /);
  });
});

describeDb('Limits over HTTP (real Neo4j): a refused operation makes no database call', () => {
  let real: Database;
  let db: Database;
  let calls: DbCalls;
  let s: Running;

  beforeAll(async () => {
    real = openTestDb();
    ({ db, calls } = countingDb(real));
    s = await listen(
      testConfig({
        GRAPHQL_MAX_DEPTH: '4',
        GRAPHQL_MAX_ALIASES: '3',
        GRAPHQL_MAX_DIRECTIVES: '3',
        GRAPHQL_MAX_TOKENS: '60',
        GRAPHQL_MAX_COST: '20',
        MAX_BODY_BYTES: '2048',
        MAX_INGEST_BODY_BYTES: '8192',
        NEWSGRAPH_API_KEY: 'limits-key',
      }),
      db,
    );
  });
  afterAll(async () => {
    await s.stop();
    await real.close();
  });
  beforeEach(() => calls.reset());

  /** The same database-reading field, plus `extra` that breaks (or keeps) a limit. */
  const withDb = (extra: string): string => `{ articles(first: 1) { totalCount } ${extra} }`;

  it('control: an operation within every limit reaches the database', async () => {
    const r = await gql(s.base, withDb(deepType(4)));
    expect(r.body.errors).toBeUndefined();
    expect(r.status).toBe(200);
    expect(calls.methods.length).toBeGreaterThan(0);
  });

  it.each([
    ['depth', withDb(deepType(5)), /depth limit of 4/],
    ['aliases', withDb(times(4, (i) => `a${i}: status { version }`)), /aliases limit of 3/i],
    ['directives', withDb(`status { ${times(4, () => 'version @skip(if: false)')} }`), /directives limit of 3/i],
    ['tokens', withDb(`status { ${times(60, () => 'version')} }`), /more tha[nt] 60 tokens/],
    ['cost', withDb(`status { ${times(10, () => 'version databaseReady')} }`), /cost limit of 20/i],
  ])('%s: LIMIT_EXCEEDED (413), no database call', async (_name, query, message) => {
    const r = await gql(s.base, query);
    expect(codes(r)).toContain('LIMIT_EXCEEDED');
    expect(r.status).toBe(413);
    expect(r.body.errors?.map((e) => e.message).join(' ')).toMatch(message);
    expect(r.body).not.toHaveProperty('data');
    expect(calls.methods).toEqual([]);
    expect(calls.queries).toEqual([]);
  });

  it('a query body over MAX_BODY_BYTES is refused even with the API key, with no database call', async () => {
    const padded = `${withDb('')} # ${'x'.repeat(3000)}`;
    const r = await gql(s.base, padded, { headers: { authorization: 'Bearer limits-key' } });
    expect(r.status).toBe(413);
    expect(codes(r)).toEqual(['LIMIT_EXCEEDED']);
    const anon = await gql(s.base, padded);
    expect(anon.status).toBe(413);
    expect(codes(anon)).toEqual(['LIMIT_EXCEEDED']);
    const huge = await gql(s.base, `${withDb('')} # ${'x'.repeat(9000)}`, { headers: { authorization: 'Bearer limits-key' } });
    expect(huge.status).toBe(413);
    expect(calls.methods).toEqual([]);
  });

  it('a parse or validation error makes no database call either', async () => {
    for (const q of [withDb('{'), withDb('nope'), '{ articles(first: "x") { totalCount } }']) {
      const r = await gql(s.base, q);
      expect(codes(r)).toContain('BAD_USER_INPUT');
    }
    expect(calls.methods).toEqual([]);
  });
});

describeDb('Limits: the defaults', () => {
  let real: Database;
  let s: Running;
  beforeAll(async () => {
    real = openTestDb();
    s = await listen(testConfig(), real);
  });
  afterAll(async () => {
    await s.stop();
    await real.close();
  });

  it(`refuses depth ${DEFAULT_LIMITS.maxDepth + 1} and accepts depth ${DEFAULT_LIMITS.maxDepth}`, async () => {
    expect(codes(await gql(s.base, `{ ${deepType(DEFAULT_LIMITS.maxDepth + 1)} }`))).toEqual(['LIMIT_EXCEEDED']);
    const ok = await gql(s.base, `{ ${deepType(DEFAULT_LIMITS.maxDepth)} }`);
    expect(ok.body.errors).toBeUndefined();
  });

  it(`refuses ${DEFAULT_LIMITS.maxAliases + 1} aliases and more than ${DEFAULT_LIMITS.maxTokens} tokens`, async () => {
    expect(codes(await gql(s.base, `{ ${times(DEFAULT_LIMITS.maxAliases + 1, (i) => `a${i}: status { version }`)} }`))).toEqual(['LIMIT_EXCEEDED']);
    expect(codes(await gql(s.base, `{ ${times(DEFAULT_LIMITS.maxTokens, () => '__typename')} }`))).toEqual(['LIMIT_EXCEEDED']);
  });

  it('lets the full introspection query through (GraphiQL needs it)', async () => {
    const { getIntrospectionQuery } = await import('graphql');
    const r = await gql(s.base, getIntrospectionQuery({ descriptions: true, inputValueDeprecation: true }));
    expect(r.body.errors).toBeUndefined();
    expect(r.status).toBe(200);
  });
});

describeDb('Limits: production hides schema details', () => {
  let real: Database;
  beforeAll(() => {
    real = openTestDb();
  });
  afterAll(() => real.close());

  it('no suggestions, no introspection, no stack traces in production', async () => {
    const s = await listen(testConfig({ NODE_ENV: 'production' }), real);
    try {
      const typo = await gql(s.base, '{ statu { version } }');
      expect(codes(typo)).toEqual(['BAD_USER_INPUT']);
      expect(typo.text).not.toMatch(/Did you mean|stacktrace/);
      const intro = await gql(s.base, '{ __schema { queryType { name } } }');
      expect(codes(intro)).toEqual(['FORBIDDEN']);
    } finally {
      await s.stop();
    }
  });

  it('control: outside production the same typo gets a suggestion, and introspection answers', async () => {
    const s = await listen(testConfig({ NODE_ENV: 'development' }), real);
    try {
      const typo = await gql(s.base, '{ statu { version } }');
      expect(typo.text).toMatch(/Did you mean/);
      const intro = await gql(s.base, '{ __schema { queryType { name } } }');
      expect(intro.body.errors).toBeUndefined();
    } finally {
      await s.stop();
    }
  });

  it('GRAPHQL_INTROSPECTION=true turns introspection on in production', async () => {
    const s = await listen(testConfig({ NODE_ENV: 'production', GRAPHQL_INTROSPECTION: 'true' }), real);
    try {
      const intro = await gql(s.base, '{ __schema { queryType { name } } }');
      expect(intro.body.errors).toBeUndefined();
    } finally {
      await s.stop();
    }
  });
});
