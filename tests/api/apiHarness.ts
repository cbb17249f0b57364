import type { AddressInfo } from 'node:net';
import pino from 'pino';
import { applySchema } from '../../src/db/applySchema';
import type { Database } from '../../src/db/Database';
import { createServer, type NewsgraphServer } from '../../src/server/createServer';
import { openTestDb, testConfig } from '../setup/testDb';
import { removeGraph, seedGraph, type FixtureIds } from './fixtures/seedGraph';

/** A GraphQL answer as it comes over HTTP. */
export interface GqlBody<T = Record<string, unknown>> {
  data?: T | null;
  errors?: { message: string; path?: (string | number)[]; extensions?: { code?: string } }[];
}

/** A running port-0 server on the test Neo4j, with a query log for counting. */
export interface ApiHarness {
  db: Database;
  base: string;
  apiKey: string;
  /** Names of the Cypher queries run since the last reset. */
  queries: string[];
  gql<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>, opts?: { auth?: boolean }): Promise<GqlBody<T>>;
  close(): Promise<void>;
}

/** Starts the server (schema applied) and records every query it runs. */
export async function startApi(): Promise<ApiHarness> {
  const apiKey = 'test-key-api';
  const db = openTestDb();
  await applySchema(db);
  const server: NewsgraphServer = createServer({ config: testConfig({ NEWSGRAPH_API_KEY: apiKey }), db, logger: pino({ level: 'silent' }) });
  await server.start();
  await new Promise<void>((resolve) => server.httpServer.listen(0, '127.0.0.1', () => resolve()));
  const base = `http://127.0.0.1:${(server.httpServer.address() as AddressInfo).port}`;
  const queries: string[] = [];
  const off = db.onQuery((e) => queries.push(e.name));
  return {
    db,
    base,
    apiKey,
    queries,
    async gql<T>(query: string, variables: Record<string, unknown> = {}, opts: { auth?: boolean } = {}): Promise<GqlBody<T>> {
      const headers: Record<string, string> = { 'content-type': 'application/json' };
      if (opts.auth === true) headers['authorization'] = `Bearer ${apiKey}`;
      const r = await fetch(`${base}/graphql`, { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
      return (await r.json()) as GqlBody<T>;
    },
    async close() {
      off();
      await server.stop();
      await db.close();
    },
  };
}

/** The port-0 server plus the fixture graph seeded under one id prefix. */
export interface SeededApi {
  api: ApiHarness;
  ids: FixtureIds;
}

/**
 * Registers the hooks of a test file that works on the fixture graph: before all, start the server
 * and seed the graph under `prefix` (removing leftovers of an interrupted run first); after all,
 * remove it again and stop the server. Read `api` and `ids` inside tests, once the hooks have run.
 */
export function useSeededApi(prefix: string): SeededApi {
  const fixture = {} as SeededApi;
  beforeAll(async () => {
    fixture.api = await startApi();
    await removeGraph(fixture.api.db, prefix);
    fixture.ids = await seedGraph(fixture.api.db, prefix);
  });
  afterAll(async () => {
    await removeGraph(fixture.api.db, prefix);
    await fixture.api.close();
  });
  return fixture;
}
