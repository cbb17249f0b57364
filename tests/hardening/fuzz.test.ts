import { buildASTSchema, getOperationAST, parse } from 'graphql';
import { getVariableValues } from 'graphql/execution/values';
import { applySchema } from '../../src/db/applySchema';
import type { Database } from '../../src/db/Database';
import { PUBLIC_ERROR_CODES } from '../../src/errors/NewsgraphError';
import { loadTypeDefs } from '../../src/server/loadTypeDefs';
import { describeDb, openTestDb, testConfig } from '../setup/testDb';
import { INJECTIONS, deepJson, deepNesting, mutate, randomJson, randomOperation } from './fuzzCases';
import { capturingLogger, listen, warmUp, type Running } from './harness';
import { pick, prng } from './syntheticReports';

const SEED = Number(process.env.NEWSGRAPH_FUZZ_SEED ?? '1337');
const CASES = Number(process.env.NEWSGRAPH_FUZZ_CASES ?? '5000');
const KEY = 'fuzz-key-0123456789';
const CONCURRENCY = 8;
/** The run must stay under this many seconds (on the CI machine, alone). */
const MAX_SECONDS = Number(process.env.NEWSGRAPH_FUZZ_MAX_SECONDS ?? '60');
/** URL-encodes any string (a lone surrogate becomes U+FFFD, as a browser would send it). */
const enc = (x: string): string => encodeURIComponent(Buffer.from(x, 'utf8').toString('utf8'));

interface Case {
  kind: string;
  method: 'GET' | 'POST';
  headers: Record<string, string>;
  body?: string;
  search?: string;
}

/** Counts of every node label and relationship type, to prove rejected writes changed nothing. */
async function census(db: Database): Promise<Record<string, number>> {
  const nodes = await db.read<{ k: string; n: number }>({ name: 'test/census-nodes', text: 'MATCH (n) UNWIND labels(n) AS k RETURN k, count(*) AS n' });
  const rels = await db.read<{ k: string; n: number }>({ name: 'test/census-rels', text: 'MATCH ()-[r]->() RETURN type(r) AS k, count(*) AS n' });
  const out: Record<string, number> = {};
  for (const r of [...nodes, ...rels]) out[r.k] = Number(r.n);
  return out;
}

describeDb(`Fuzz: ${CASES} seeded bad inputs (seed ${SEED}) never crash the server or change the graph`, () => {
  let real: Database;
  /** The census runs on its own connection with the default transaction bound. */
  let counter: Database;
  let s: Running;
  /** The server's log lines: an INTERNAL answer is reported with the error the server logged. */
  let log: string[];
  beforeAll(async () => {
    counter = openTestDb();
    // A short transaction bound: the fuzz is about answers, not query speed (slow cases are listed).
    const config = testConfig({ NEWSGRAPH_API_KEY: KEY, NODE_ENV: 'production', NEO4J_TX_TIMEOUT_MS: '1000' });
    real = openTestDb(config);
    await warmUp(real);
    // As the server's bootstrap (openGraph) does: search needs the full-text index even when this
    // suite is the first to run on a fresh database.
    await applySchema(real);
    const captured = capturingLogger();
    log = captured.lines;
    s = await listen(config, real, captured.logger);
  });
  afterAll(async () => {
    await s.stop();
    await real.close();
    await counter.close();
  });

  it('answers every case with a GraphQL body (data or errors with a contract code)', async () => {
    const schema = buildASTSchema(loadTypeDefs());
    const rand = prng(SEED);
    const json = { 'content-type': 'application/json' };
    const auth = { ...json, authorization: `Bearer ${KEY}` };
    const ingestDoc = parse('mutation Ingest($input: [ReportInput!]!) { ingestReports(input: $input) { created } }');
    const ingestOp = getOperationAST(ingestDoc);
    // Random JSON sometimes is a valid report list ({text: "..."}): draw again until it cannot coerce.
    const invalidRandomInput = (): unknown => {
      for (;;) {
        const input = randomJson(rand);
        if (getVariableValues(schema, ingestOp?.variableDefinitions ?? [], { input }).errors !== undefined) return input;
      }
    };
    const makeCase = (i: number): Case => {
      const r = rand();
      const post = (kind: string, payload: unknown, headers: Record<string, string> = json): Case => ({ kind, method: 'POST', headers, body: typeof payload === 'string' ? payload : JSON.stringify(payload) });
      if (r < 0.1) return post('random query', { query: randomOperation(rand, schema, 'query') });
      if (r < 0.5) return post('mutated query', { query: mutate(rand, randomOperation(rand, schema, 'query')) });
      if (r < 0.58) return post('mutation without key', { query: randomOperation(rand, schema, 'mutation') });
      if (r < 0.66) {
        // With the key, but a payload that cannot pass validation or variable coercion.
        const variables = { input: pick(rand, [invalidRandomInput(), [{ text: 12 }], [{ title: 'no text' }], [{ text: null }], [{ text: 'x', extra: pick(rand, INJECTIONS) }], 'not a list', [[[{ text: 'x' }]]], { text: { $gt: '' } }]) };
        return post('ingest payload, invalid', { query: 'mutation Ingest($input: [ReportInput!]!) { ingestReports(input: $input) { created } }', variables }, auth);
      }
      if (r < 0.72) return post('ingest payload, no key', { query: 'mutation Ingest($input: [ReportInput!]!) { ingestReports(input: $input) { created } }', variables: { input: [{ text: pick(rand, INJECTIONS), title: pick(rand, INJECTIONS), url: pick(rand, INJECTIONS) }] } });
      if (r < 0.8) return post('random variables', { query: randomOperation(rand, schema, 'query'), variables: randomJson(rand), operationName: pick(rand, [undefined, 'Fuzz', 'Other', pick(rand, INJECTIONS)]) });
      if (r < 0.84) return post('random JSON body', randomJson(rand));
      if (r < 0.87) return post('broken JSON', mutate(rand, JSON.stringify({ query: '{ status { version } }' })));
      if (r < 0.9) return post('deep nesting', { query: deepNesting(5 + Math.floor(rand() * 400)) });
      if (r < 0.92) return post('deep JSON', `{"query":"{ status { version } }","variables":{"v":${deepJson(100 + Math.floor(rand() * 5000))}}}`);
      if (r < 0.94) return post('random bytes', Buffer.from(Array.from({ length: Math.floor(rand() * 300) }, () => Math.floor(rand() * 256))).toString('latin1'), { 'content-type': pick(rand, ['application/json', 'text/plain', 'application/graphql']) });
      if (r < 0.97) return { kind: 'GET', method: 'GET', headers: { 'apollo-require-preflight': '1' }, search: `?query=${enc(mutate(rand, randomOperation(rand, schema, rand() < 0.8 ? 'query' : 'mutation')))}&variables=${enc(pick(rand, ['{', '{"a":1}', 'null', '[]', INJECTIONS[i % INJECTIONS.length] ?? '']))}` };
      return post('huge numbers', { query: `{ articles(first: ${pick(rand, ['1e400', '99999999999999999999', '-0', '0x10', '1_000'])}) { totalCount } }` });
    };

    const before = await census(counter);
    const problems: string[] = [];
    const slow: string[] = [];
    const byKind = new Map<string, number>();
    const codes = new Map<string, number>();
    const cases = Array.from({ length: CASES }, (_, i) => makeCase(i));
    let next = 0;
    const started = Date.now();
    const worker = async (): Promise<void> => {
      for (let i = next++; i < cases.length; i = next++) {
        const c = cases[i] as Case;
        byKind.set(c.kind, (byKind.get(c.kind) ?? 0) + 1);
        let status = 0;
        let text = '';
        const t0 = performance.now();
        try {
          const init: RequestInit = { method: c.method, headers: c.headers };
          if (c.body !== undefined) init.body = c.body;
          const res = await fetch(`${s.base}/graphql${c.search ?? ''}`, init);
          status = res.status;
          text = await res.text();
        } catch (e) {
          problems.push(`#${i} ${c.kind}: no answer (${String(e)}: ${String((e as { cause?: unknown }).cause)}) for ${(c.body ?? c.search ?? '').slice(0, 200)}`);
          continue;
        }
        const ms = performance.now() - t0;
        if (ms > 500 || text.includes('"TIMEOUT"')) slow.push(`${ms.toFixed(0)} ms ${c.kind}: ${(c.body ?? c.search ?? '').slice(0, 400)}`);
        let parsed: { data?: unknown; errors?: { message?: unknown; extensions?: { code?: unknown } }[] };
        try {
          parsed = JSON.parse(text) as typeof parsed;
        } catch {
          problems.push(`#${i} ${c.kind}: status ${status}, body is not JSON: ${text.slice(0, 120)}`);
          continue;
        }
        const hasData = parsed.data !== undefined && parsed.data !== null;
        const errors = parsed.errors ?? [];
        if (!hasData && errors.length === 0) problems.push(`#${i} ${c.kind}: neither data nor errors`);
        for (const e of errors) {
          const code = String(e.extensions?.code);
          codes.set(code, (codes.get(code) ?? 0) + 1);
          if (!(PUBLIC_ERROR_CODES as readonly string[]).includes(code)) problems.push(`#${i} ${c.kind}: code ${code}`);
          if (code === 'INTERNAL') problems.push(`#${i} ${c.kind}: INTERNAL for ${(c.body ?? c.search ?? '').slice(0, 300)}`);
          if (typeof e.message !== 'string') problems.push(`#${i} ${c.kind}: error without a message`);
        }
        const echoFree = INJECTIONS.reduce((t, inj) => (inj.length > 3 ? t.split(JSON.stringify(inj).slice(1, -1)).join('') : t), text);
        if (/stacktrace|Neo\.(Client|Transient|Database)Error|neo4j-driver|bolt:\/\/|Did you mean|\bMATCH \(\w*:\w+/.test(echoFree)) problems.push(`#${i} ${c.kind}: leaks internals: ${text.slice(0, 200)}`);
        if (status >= 500 && status !== 503 && status !== 504) problems.push(`#${i} ${c.kind}: status ${status}`);
      }
    };
    await Promise.all(Array.from({ length: CONCURRENCY }, () => worker()));
    const seconds = (Date.now() - started) / 1000;
    process.stdout.write(
      `\nfuzz: ${CASES} cases in ${seconds.toFixed(1)} s (seed ${SEED}); kinds ${JSON.stringify(Object.fromEntries(byKind))}; codes ${JSON.stringify(Object.fromEntries(codes))}\n`,
    );
    if (slow.length > 0) process.stdout.write(`fuzz: ${slow.length} slow cases (> 500 ms or TIMEOUT):\n${slow.slice(0, 15).map((l) => `  ${l}`).join('\n')}\n`);
    const internalLogs = log.filter((l) => l.includes('"level":50') || l.includes('internal error'));
    if (problems.length > 0 && internalLogs.length > 0) problems.push(...internalLogs.slice(0, 3).map((l) => `server log: ${l.slice(0, 1500)}`));
    expect(problems.slice(0, 23)).toEqual([]);
    expect((await fetch(`${s.base}/health`)).status).toBe(200);
    expect(await census(counter)).toEqual(before);
    expect(seconds).toBeLessThan(MAX_SECONDS);
  }, 300000);
});
