import { cypherFile } from '../../src/db/cypherFile';
import type { Database } from '../../src/db/Database';
import { describeDb, openTestDb, testConfig } from '../setup/testDb';
import { capturingLogger, codes, failingDb, gql, listen, DB_QUERY } from './harness';

const KEY = 'sk-live-7f3a9c2e-do-not-log';
const MARKER = 'BODY_MARKER_4242';

interface LogLine {
  msg: string;
  level: number;
  requestId?: string;
  operation?: string | null;
  status?: number;
  ms?: number;
  code?: string;
  path?: string;
}

describeDb('Operations: one structured log line per request, never the key or the body', () => {
  let real: Database;
  beforeAll(() => {
    real = openTestDb();
  });
  afterAll(() => real.close());

  it('logs request id, operation, status, duration and error code', async () => {
    const { logger, lines } = capturingLogger();
    const s = await listen(testConfig({ NEWSGRAPH_API_KEY: KEY }), real, logger);
    try {
      const ok = await fetch(`${s.base}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${KEY}` },
        body: JSON.stringify({ query: `query StatusCheck { status { version } } # ${MARKER}`, variables: { m: MARKER }, operationName: 'StatusCheck' }),
      });
      expect(ok.status).toBe(200);
      const id = ok.headers.get('x-request-id');
      expect(id).toMatch(/^[0-9a-f-]{36}$/);
      await ok.text();
      const bad = await gql(s.base, `query Broken { nope } # ${MARKER}`, { headers: { authorization: `Bearer ${KEY}` } });
      expect(codes(bad)).toEqual(['BAD_USER_INPUT']);
      await new Promise((r) => setTimeout(r, 50));

      const requests = lines.map((l) => JSON.parse(l) as LogLine).filter((l) => l.msg === 'request');
      expect(requests).toHaveLength(2);
      const [first, second] = requests;
      expect(first).toMatchObject({ requestId: id, operation: 'StatusCheck', status: 200, path: '/graphql' });
      expect(typeof first?.ms).toBe('number');
      expect(first?.code).toBeUndefined();
      expect(second).toMatchObject({ operation: 'Broken', status: 400, code: 'BAD_USER_INPUT' });
      const all = lines.join('\n');
      expect(all).not.toContain(KEY);
      expect(all).not.toContain(MARKER);
      expect(all.toLowerCase()).not.toContain('bearer');
    } finally {
      await s.stop();
    }
  });

  it('does not log the key when a request with it fails inside (INTERNAL is logged with its cause)', async () => {
    const { logger, lines } = capturingLogger();
    const boom = (): Promise<never> => Promise.reject(new Error('driver exploded'));
    const s = await listen(testConfig({ NEWSGRAPH_API_KEY: KEY }), failingDb(real, boom), logger);
    try {
      const r = await gql(s.base, DB_QUERY, { headers: { authorization: `Bearer ${KEY}` } });
      expect(codes(r)).toContain('INTERNAL');
      await new Promise((res) => setTimeout(res, 50));
      const all = lines.join('\n');
      expect(all).toContain('driver exploded');
      expect(all).not.toContain(KEY);
    } finally {
      await s.stop();
    }
  });
});

describeDb('Operations: Prometheus metrics at /metrics', () => {
  let real: Database;
  beforeAll(() => {
    real = openTestDb();
  });
  afterAll(() => real.close());

  it('counts requests by operation and status, errors by code, latency and database time', async () => {
    const s = await listen(testConfig(), real);
    try {
      for (let i = 0; i < 3; i++) await gql(s.base, 'query Probe { status { version } }');
      await gql(s.base, '{ nope }');
      await real.read(cypherFile('ingest/countArticles'));
      const r = await fetch(`${s.base}/metrics`);
      expect(r.status).toBe(200);
      expect(r.headers.get('content-type')).toContain('text/plain');
      const text = await r.text();
      expect(text).toMatch(/newsgraph_http_requests_total\{route="graphql",operation="Probe",status="200"\} 3\b/);
      expect(text).toMatch(/newsgraph_http_requests_total\{route="graphql",operation="anonymous",status="400"\} 1\b/);
      expect(text).toMatch(/newsgraph_graphql_errors_total\{code="BAD_USER_INPUT"\} 1\b/);
      expect(text).toMatch(/newsgraph_http_request_duration_seconds_count\{route="graphql",operation="Probe"\} 3\b/);
      expect(text).toMatch(/newsgraph_db_query_duration_seconds_count\{query="ingest\/countArticles",ok="true"\} [1-9]/);
      expect(text).toContain('newsgraph_process_cpu_seconds_total');
    } finally {
      await s.stop();
    }
  });
});
