import { serverAudits, type AuditResult } from 'graphql-http';
import type { Database } from '../../src/db/Database';
import { describeDb, openTestDb, testConfig } from '../setup/testDb';
import { listen, type Running } from './harness';

/**
 * graphql-http's GraphQL-over-HTTP server audit against the real server (port 0, real Neo4j).
 * Required: no MUST fails; at least 17 of 20 SHOULD audits pass (graphql-http 1.23 has 23 SHOULDs). Every audit that does not
 * pass is printed with its reason (the list is in docs/hardening.md).
 */
describeDb('GraphQL over HTTP: graphql-http server audit', () => {
  let real: Database;
  let s: Running;
  let results: { level: string; id: string; name: string; status: string; reason: string }[];

  beforeAll(async () => {
    real = openTestDb();
    s = await listen(testConfig(), real);
    results = [];
    for (const audit of serverAudits({ url: `${s.base}/graphql` })) {
      const r: AuditResult = await audit.fn();
      results.push({
        level: audit.name.split(' ')[0] ?? '',
        id: r.id,
        name: r.name,
        status: r.status,
        reason: r.status === 'ok' ? '' : r.reason,
      });
    }
    const notOk = results.filter((r) => r.status !== 'ok');
    process.stdout.write(
      `\ngraphql-http audit: ${results.length - notOk.length}/${results.length} ok\n` +
        notOk.map((r) => `  NOT OK [${r.id}] ${r.name}\n      ${r.reason}\n`).join(''),
    );
  });
  afterAll(async () => {
    await s.stop();
    await real.close();
  });

  it('passes every MUST audit', () => {
    const must = results.filter((r) => r.level === 'MUST');
    expect(must.length).toBeGreaterThan(10);
    expect(must.filter((r) => r.status !== 'ok').map((r) => `${r.id} ${r.name}: ${r.reason}`)).toEqual([]);
  });

  it('passes at least 17 of 20 SHOULD audits (this graphql-http version has more SHOULDs: 85 % of them)', () => {
    const should = results.filter((r) => r.level === 'SHOULD');
    expect(should.length).toBeGreaterThanOrEqual(20);
    const ok = should.filter((r) => r.status === 'ok').length;
    expect(ok).toBeGreaterThanOrEqual(Math.max(17, Math.ceil((should.length * 17) / 20)));
  });
});
