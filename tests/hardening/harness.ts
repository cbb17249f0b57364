import type { AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import pino from 'pino';
import type { Config } from '../../src/config/config';
import type { Database } from '../../src/db/Database';
import { createServer, type NewsgraphServer } from '../../src/server/createServer';
import { createLogger } from '../../src/server/createLogger';

/** Every call made on a Database, by method (read, write, ping, …), plus db.onQuery events. */
export interface DbCalls {
  methods: string[];
  queries: string[];
  reset(): void;
}

/** Wraps a Database so that every method call is counted; onQuery events are counted too. */
export function countingDb(db: Database): { db: Database; calls: DbCalls } {
  const calls: DbCalls = {
    methods: [],
    queries: [],
    reset() {
      calls.methods.length = 0;
      calls.queries.length = 0;
    },
  };
  db.onQuery((e) => calls.queries.push(e.name));
  const wrapped = new Proxy(db, {
    get(target, prop, receiver) {
      const v = Reflect.get(target, prop, receiver) as unknown;
      if (typeof v !== 'function' || prop === 'onQuery' || prop === 'close') return v;
      return (...args: unknown[]) => {
        calls.methods.push(String(prop));
        return (v as (...a: unknown[]) => unknown).apply(target, args);
      };
    },
  });
  return { db: wrapped, calls };
}

/** The production logger (createLogger), writing its JSON lines to memory. */
export function capturingLogger(): { logger: pino.Logger; lines: string[] } {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _enc, cb) {
      for (const l of chunk.toString('utf8').split('\n')) if (l.trim() !== '') lines.push(l);
      cb();
    },
  });
  return { logger: createLogger('info', stream), lines };
}

export interface Running {
  base: string;
  server: NewsgraphServer;
  stop(): Promise<void>;
}

/** createServer on 127.0.0.1, port 0. */
export async function listen(config: Config, db: Database, logger: pino.Logger = pino({ level: 'silent' })): Promise<Running> {
  const server = createServer({ config, db, logger });
  await server.start();
  await new Promise<void>((resolve) => server.httpServer.listen(0, '127.0.0.1', () => resolve()));
  const base = `http://127.0.0.1:${(server.httpServer.address() as AddressInfo).port}`;
  return { base, server, stop: () => server.stop() };
}

export interface GqlResponse {
  status: number;
  contentType: string;
  body: { data?: unknown; errors?: { message: string; extensions?: { code?: string; stacktrace?: unknown } }[] };
  text: string;
}

/** POSTs a GraphQL request as JSON. */
export async function gql(
  base: string,
  query: string,
  options: { variables?: unknown; operationName?: string; headers?: Record<string, string>; rawBody?: string } = {},
): Promise<GqlResponse> {
  const r = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json;q=0.9', ...options.headers },
    body: options.rawBody ?? JSON.stringify({ query, variables: options.variables, operationName: options.operationName }),
  });
  const text = await r.text();
  let body: GqlResponse['body'];
  try {
    body = JSON.parse(text) as GqlResponse['body'];
  } catch {
    throw new Error(`not JSON (status ${r.status}): ${text.slice(0, 200)}`);
  }
  return { status: r.status, contentType: r.headers.get('content-type') ?? '', body, text };
}

export function codes(r: GqlResponse): (string | undefined)[] {
  return (r.body.errors ?? []).map((e) => e.extensions?.code);
}

/** An operation of the real schema whose resolver reads the database. */
export const DB_QUERY = '{ articles(first: 1) { totalCount } }';

/** A Database that behaves like `real` except that every query and transaction does `fail`. */
export function failingDb(real: Database, fail: () => Promise<never>): Database {
  return {
    ...real,
    read: () => fail(),
    write: () => fail(),
    readTransaction: () => fail(),
    writeTransaction: () => fail(),
    onQuery: (l) => real.onQuery(l),
    close: async () => undefined,
  };
}

/** Waits until the database answers a read (a cold Neo4j takes a moment for its first connection). */
export async function warmUp(db: Database, timeoutMs = 30000): Promise<void> {
  const started = Date.now();
  for (;;) {
    try {
      await db.read({ name: 'test/warmUp', text: 'RETURN 1 AS n' });
      return;
    } catch (e) {
      if (Date.now() - started > timeoutMs) throw e;
      await new Promise((r) => setTimeout(r, 200));
    }
  }
}
