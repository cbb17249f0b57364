import type { Database } from '../../src/db/Database';
import { describeDb, openTestDb, testConfig } from '../setup/testDb';
import { capturingLogger, codes, countingDb, gql, listen, type DbCalls, type Running } from './harness';

const KEY = 'nk_9d1c3b7a5e-secret';
const INGEST = 'mutation Ingest($input: [ReportInput!]!) { ingestReports(input: $input) { created unchanged rejected } }';
const REPORT = { text: 'AUTH_TEST_REPORT: the council of Example Town met on Monday to discuss the bridge.', title: 'auth test' };

describeDb('Auth: mutations need the API key (central plugin, before execution)', () => {
  let real: Database;
  let db: Database;
  let calls: DbCalls;
  let s: Running;
  let lines: string[];

  beforeAll(async () => {
    real = openTestDb();
    ({ db, calls } = countingDb(real));
    const captured = capturingLogger();
    lines = captured.lines;
    s = await listen(testConfig({ NEWSGRAPH_API_KEY: KEY, MAX_BODY_BYTES: '2048', MAX_INGEST_BODY_BYTES: '65536' }), db, captured.logger);
  });
  afterAll(async () => {
    await s.stop();
    await real.close();
  });
  beforeEach(() => calls.reset());

  it.each([
    ['no Authorization header', {}],
    ['a wrong key', { authorization: `Bearer ${KEY}x` }],
    ['a key that is a prefix of the real one', { authorization: `Bearer ${KEY.slice(0, -1)}` }],
    ['the key without the Bearer scheme', { authorization: KEY }],
    ['Basic auth', { authorization: `Basic ${Buffer.from(`x:${KEY}`).toString('base64')}` }],
  ])('%s: UNAUTHENTICATED (401), no resolver and no database call', async (_name, headers: Record<string, string>) => {
    const r = await gql(s.base, INGEST, { variables: { input: [REPORT] }, headers });
    expect(r.status).toBe(401);
    expect(codes(r)).toEqual(['UNAUTHENTICATED']);
    expect(r.body).not.toHaveProperty('data');
    expect(calls.methods).toEqual([]);
    expect(calls.queries).toEqual([]);
  });

  it('refuses an unauthenticated mutation even when it is one of several operations or hidden behind a query name', async () => {
    const doc = `query Q { status { version } } ${INGEST}`;
    const r = await gql(s.base, doc, { variables: { input: [REPORT] }, operationName: 'Ingest' });
    expect(codes(r)).toEqual(['UNAUTHENTICATED']);
    const q = await gql(s.base, doc, { variables: { input: [REPORT] }, operationName: 'Q' });
    expect(q.status).toBe(200);
    expect(calls.methods.filter((m) => m !== 'ping')).toEqual([]);
  });

  it('lets the right key through (an empty batch writes nothing) and reads stay public', async () => {
    const r = await gql(s.base, INGEST, { variables: { input: [] }, headers: { authorization: `Bearer ${KEY}` } });
    expect(codes(r)).not.toContain('UNAUTHENTICATED');
    expect(codes(r)).not.toContain('FORBIDDEN');
    const read = await gql(s.base, '{ status { version } }');
    expect(read.status).toBe(200);
    expect(read.body.errors).toBeUndefined();
  });

  it('a mutation with the key may send an ingest-sized body (over MAX_BODY_BYTES)', async () => {
    const big = { ...REPORT, text: `${REPORT.text} ${'Padding sentence about nothing in particular. '.repeat(80)}` };
    const body = JSON.stringify({ query: INGEST, variables: { input: [big] } });
    expect(Buffer.byteLength(body)).toBeGreaterThan(2048);
    const anon = await gql(s.base, INGEST, { variables: { input: [big] } });
    expect(codes(anon)).toEqual(['LIMIT_EXCEEDED']);
    // Parse and auth pass; what the resolver does with the report is the ingest tests' concern.
    const withKey = await gql(s.base, INGEST, { headers: { authorization: `Bearer ${KEY}` }, rawBody: body });
    expect(codes(withKey)).not.toContain('LIMIT_EXCEEDED');
    expect(codes(withKey)).not.toContain('UNAUTHENTICATED');
  });

  it('never logs the key', async () => {
    await gql(s.base, INGEST, { variables: { input: [] }, headers: { authorization: `Bearer ${KEY}` } });
    await gql(s.base, INGEST, { variables: { input: [] }, headers: { authorization: `Bearer ${KEY}-wrong` } });
    await new Promise((r) => setTimeout(r, 50));
    expect(lines.length).toBeGreaterThan(0);
    expect(lines.join('\n')).not.toContain(KEY);
  });

  it('a mutation over GET is refused (405) without running', async () => {
    const url = `${s.base}/graphql?query=${encodeURIComponent('mutation { ingestReports(input: []) { created } }')}`;
    const r = await fetch(url, { headers: { authorization: `Bearer ${KEY}`, 'apollo-require-preflight': '1' } });
    expect(`${r.status} ${await r.text()}`).toMatch(/^405 /);
    expect(calls.methods).toEqual([]);
  });
});

describeDb('Auth: without a configured key, mutations are disabled', () => {
  it('FORBIDDEN (403), with or without a token', async () => {
    const real = openTestDb();
    const { db, calls } = countingDb(real);
    const s = await listen(testConfig({ NEWSGRAPH_API_KEY: '' }), db);
    // Server start plans the documented queries; only the requests below must make no call.
    calls.reset();
    try {
      for (const headers of [{}, { authorization: 'Bearer anything' }]) {
        const r = await gql(s.base, INGEST, { variables: { input: [REPORT] }, headers });
        expect(r.status).toBe(403);
        expect(codes(r)).toEqual(['FORBIDDEN']);
      }
      expect(calls.methods).toEqual([]);
    } finally {
      await s.stop();
      await real.close();
    }
  });
});
