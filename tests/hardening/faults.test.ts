import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { applySchema } from '../../src/db/applySchema';
import { createDatabase, type Database } from '../../src/db/Database';
import { ingestReports } from '../../src/ingest/ingestReports';
import { startLocalNeo4j, type LocalNeo4j } from '../../src/neo4jLocal/localNeo4j';
import { noDb, testConfig } from '../setup/testDb';
import { DB_QUERY, codes, gql, listen, type Running } from './harness';
import { syntheticReports } from './syntheticReports';

/**
 * Faults against a REAL local Neo4j that this file starts itself, on its own port and data folder
 * (never the shared test database). Default timeouts (NEO4J_TX_TIMEOUT_MS 5000, NEO4J_CONNECT_TIMEOUT_MS 3000).
 */
const FAULT_PORT = Number(process.env.NEWSGRAPH_FAULT_NEO4J_PORT ?? '7691');
const FAULT_DATA = path.resolve(__dirname, '..', '..', '.neo4j-local', `fault-${process.pid}`);
const BOUND_MS = 5000;
const describeFaults = noDb ? describe.skip : describe;

function openDb(uri: string): Database {
  const c = testConfig({ NEO4J_URI: uri });
  return createDatabase({ uri, user: 'neo4j', password: '', database: 'neo4j', txTimeoutMs: c.txTimeoutMs, connectTimeoutMs: c.connectTimeoutMs });
}

async function timed<T>(f: () => Promise<T>): Promise<{ value: T; ms: number }> {
  const t = performance.now();
  const value = await f();
  return { value, ms: performance.now() - t };
}

/** Every kind of request the server answers, at once; each must answer within BOUND_MS. */
async function probeAll(base: string): Promise<{ name: string; status: number; codes: (string | undefined)[]; ms: number; body: unknown }[]> {
  const probes: [string, () => Promise<{ status: number; codes: (string | undefined)[]; body: unknown }>][] = [
    ['db query', async () => { const r = await gql(base, DB_QUERY); return { status: r.status, codes: codes(r), body: r.body }; }],
    ['db query 2', async () => { const r = await gql(base, DB_QUERY); return { status: r.status, codes: codes(r), body: r.body }; }],
    ['status', async () => { const r = await gql(base, '{ status { version databaseReady } }'); return { status: r.status, codes: codes(r), body: r.body }; }],
    ['ready', async () => { const r = await fetch(`${base}/ready`); return { status: r.status, codes: [], body: await r.json() }; }],
    ['health', async () => { const r = await fetch(`${base}/health`); return { status: r.status, codes: [], body: await r.json() }; }],
  ];
  return Promise.all(probes.map(async ([name, f]) => { const { value, ms } = await timed(f); return { name, ms, ...value }; }));
}

function expectUnavailable(results: Awaited<ReturnType<typeof probeAll>>): void {
  for (const r of results) expect({ name: r.name, fast: r.ms < BOUND_MS }).toEqual({ name: r.name, fast: true });
  const byName = new Map(results.map((r) => [r.name, r]));
  expect(byName.get('db query')).toMatchObject({ status: 503, codes: ['UNAVAILABLE'] });
  expect(byName.get('db query 2')).toMatchObject({ status: 503, codes: ['UNAVAILABLE'] });
  expect(byName.get('status')).toMatchObject({ status: 200, body: { data: { status: { databaseReady: false } } } });
  expect(byName.get('ready')?.status).toBe(503);
  expect(byName.get('health')?.status).toBe(200);
}

describeFaults('Faults: Neo4j accepts connections but never answers', () => {
  let silent: net.Server;
  const sockets = new Set<net.Socket>();
  let db: Database;
  let s: Running;

  beforeAll(async () => {
    silent = net.createServer((socket) => {
      sockets.add(socket);
      socket.on('error', () => undefined);
      socket.on('close', () => sockets.delete(socket));
    });
    await new Promise<void>((r) => silent.listen(0, '127.0.0.1', () => r()));
    const port = (silent.address() as net.AddressInfo).port;
    db = openDb(`bolt://127.0.0.1:${port}`);
    s = await listen(testConfig({ NEO4J_URI: `bolt://127.0.0.1:${port}` }), db);
  });
  afterAll(async () => {
    await s.stop();
    await db.close();
    for (const so of sockets) so.destroy();
    await new Promise<void>((r) => silent.close(() => r()));
  });

  it(`answers every request within ${BOUND_MS} ms: UNAVAILABLE, /ready 503, /health 200`, async () => {
    expectUnavailable(await probeAll(s.base));
    // And again: nothing piles up, the server keeps answering.
    expectUnavailable(await probeAll(s.base));
  }, 30000);
});

describeFaults('Faults: a real Neo4j stopped, killed and restarted under the server', () => {
  let neo: LocalNeo4j | undefined;
  let db: Database;
  let s: Running;
  const start = (): Promise<LocalNeo4j> => startLocalNeo4j({ port: FAULT_PORT, dataDir: FAULT_DATA, heap: '512m', pageCache: '64m' });

  beforeAll(async () => {
    fs.rmSync(FAULT_DATA, { recursive: true, force: true });
    neo = await start();
    if (!neo.startedHere) throw new Error(`port ${FAULT_PORT} is in use by another local Neo4j`);
    db = openDb(neo.uri);
    await applySchema(db);
    s = await listen(testConfig({ NEO4J_URI: neo.uri }), db);
  }, 180000);
  afterAll(async () => {
    await s?.stop();
    await db?.close();
    await neo?.stop();
    fs.rmSync(FAULT_DATA, { recursive: true, force: true });
  }, 60000);

  it('stopped: every request answers within 5 s with UNAVAILABLE; back: normal answers within 5 s, no restart', async () => {
    const before = await gql(s.base, DB_QUERY);
    expect(before.status).toBe(200);
    expect(before.body.errors).toBeUndefined();

    await neo?.stop();
    expectUnavailable(await probeAll(s.base));

    neo = await start();
    const back = Date.now();
    let answered: Awaited<ReturnType<typeof gql>> | undefined;
    while (Date.now() - back < BOUND_MS) {
      const r = await gql(s.base, DB_QUERY);
      if (r.status === 200 && r.body.errors === undefined) {
        answered = r;
        break;
      }
      await new Promise((res) => setTimeout(res, 100));
    }
    expect(answered?.status).toBe(200);
    expect(Date.now() - back).toBeLessThan(BOUND_MS);
    expect((await fetch(`${s.base}/ready`)).status).toBe(200);
  }, 180000);

  it('killed (SIGKILL) in the middle of an ingest batch: no partial report; re-running completes it exactly once', async () => {
    const reports = syntheticReports(12, 20240601, 'kill');
    let killedDuring: number | undefined;
    let writes = 0;
    const first = await ingestReports(db, reports, {
      concurrency: 2,
      batchSize: 4,
      attempts: 1,
      hooks: {
        // After the third batch's Articles (and their sentences) are written, inside its open transaction:
        afterQuery: async (name) => {
          if (name !== 'writeArticles') return;
          writes += 1;
          if (writes === 3 && neo !== undefined) {
            killedDuring = writes;
            process.kill(neo.pid, 'SIGKILL');
            await new Promise((r) => setTimeout(r, 500));
          }
        },
      },
    });
    expect(killedDuring).toBe(3);
    const committed = first.filter((o) => o.status === 'created').length;
    expect(committed).toBeLessThan(reports.length);
    expect(first.some((o) => o.status === 'failed')).toBe(true);

    neo = await start();
    const wait = Date.now();
    while (!(await db.ping(1000)) && Date.now() - wait < 30000) await new Promise((r) => setTimeout(r, 200));

    const graph = await graphFacts(db);
    expect(graph.articles).toBe(committed);
    expect(graph.partial).toEqual([]);
    expect(graph.orphanSentences).toBe(0);
    expect(graph.orphanClaims).toBe(0);

    const second = await ingestReports(db, reports);
    expect(second.filter((o) => o.status === 'failed')).toEqual([]);
    expect(second.filter((o) => o.status === 'created').length).toBe(reports.length - committed);
    expect(second.filter((o) => o.status === 'unchanged').length).toBe(committed);

    const after = await graphFacts(db);
    expect(after.articles).toBe(reports.length);
    expect(after.duplicateHashes).toBe(0);
    expect(after.partial).toEqual([]);
    expect(after.duplicateMentions).toBe(0);

    // Once more: nothing changes.
    const third = await ingestReports(db, reports);
    expect(third.every((o) => o.status === 'unchanged')).toBe(true);
    expect(await graphFacts(db)).toEqual(after);
  }, 240000);

  it('16 concurrent ingesters of overlapping reports: no duplicates', async () => {
    const pool = syntheticReports(24, 777, 'conc');
    const subsets = Array.from({ length: 16 }, (_, k) => pool.filter((_, i) => (i + k) % 3 !== 0 || i % 5 === k % 5));
    const before = await graphFacts(db);
    const results = await Promise.all(subsets.map((sub) => ingestReports(db, sub, { concurrency: 2 })));
    for (const r of results) expect(r.filter((o) => o.status === 'failed').map((o) => o.reason)).toEqual([]);
    const created = results.flat().filter((o) => o.status === 'created').length;
    const distinct = new Set(subsets.flat().map((r) => r.origin)).size;
    expect(created).toBe(distinct);
    const after = await graphFacts(db);
    expect(after.articles).toBe(before.articles + distinct);
    expect(after.duplicateHashes).toBe(0);
    expect(after.duplicateMentions).toBe(0);
    expect(after.partial).toEqual([]);
  }, 240000);
});

interface GraphFacts {
  articles: number;
  nodes: number;
  rels: number;
  /** Articles whose sentences are not all there (HAS_SENTENCE count differs from sentence indexes). */
  partial: string[];
  orphanSentences: number;
  orphanClaims: number;
  duplicateHashes: number;
  duplicateMentions: number;
}

async function graphFacts(db: Database): Promise<GraphFacts> {
  const q = async (text: string): Promise<number> => {
    const [row] = await db.read<{ n: number }>({ name: 'test/facts', text });
    return Number(row?.n ?? 0);
  };
  const partialRows = await db.read<{ id: string }>({
    name: 'test/partial',
    text: `MATCH (a:Article) OPTIONAL MATCH (a)-[:HAS_SENTENCE]->(s:Sentence)
           WITH a, count(s) AS n, max(s.index) AS top
           WHERE n = 0 OR n <> top + 1 RETURN a.id AS id ORDER BY id`,
  });
  return {
    articles: await q('MATCH (a:Article) RETURN count(a) AS n'),
    nodes: await q('MATCH (n) RETURN count(n) AS n'),
    rels: await q('MATCH ()-[r]->() RETURN count(r) AS n'),
    partial: partialRows.map((r) => r.id),
    orphanSentences: await q('MATCH (s:Sentence) WHERE NOT (s)<-[:HAS_SENTENCE]-(:Article) RETURN count(s) AS n'),
    orphanClaims: await q('MATCH (c:Claim) WHERE NOT (c)-[:STATED_IN]->(:Sentence) RETURN count(c) AS n'),
    duplicateHashes: await q('MATCH (a:Article) WITH a.contentHash AS h, count(*) AS c WHERE c > 1 RETURN count(h) AS n'),
    duplicateMentions: await q('MATCH (s:Sentence)-[m:MENTIONS]->(e) WITH s, e, m.start AS st, count(*) AS c WHERE c > 1 RETURN count(*) AS n'),
  };
}
