import neo4j, { type Driver, type ManagedTransaction, type Session } from 'neo4j-driver';
import { NewsgraphError, isNewsgraphError } from '../errors/NewsgraphError';
import type { CypherQuery } from './cypherFile';
import { toNative } from './toNative';

/** The one place that talks to Neo4j. Nothing else in newsgraph imports neo4j-driver. */

export type Params = Record<string, unknown>;
export type Row = Record<string, unknown>;

/** A transaction handed to unit-of-work functions: named queries with parameters only. */
export interface Tx {
  run<T = Row>(query: CypherQuery, params?: Params): Promise<T[]>;
}

/** Called after every query with its name and duration, for metrics and query-count tests. */
export type QueryListener = (event: { name: string; ms: number; ok: boolean }) => void;

export interface DatabaseOptions {
  uri: string;
  user: string;
  password: string;
  database: string;
  txTimeoutMs: number;
  connectTimeoutMs: number;
  /** Connections (so transactions) open at once; more requests wait for one instead of crowding Neo4j. */
  maxConnections?: number;
}

export interface Database {
  /** One read query in a managed read transaction (routed to readers). */
  read<T = Row>(query: CypherQuery, params?: Params): Promise<T[]>;
  /** One write query in a managed write transaction. */
  write<T = Row>(query: CypherQuery, params?: Params): Promise<T[]>;
  /** Several queries in one managed write transaction: all or nothing. */
  writeTransaction<R>(work: (tx: Tx) => Promise<R>, label?: string): Promise<R>;
  /** Several queries in one managed read transaction. */
  readTransaction<R>(work: (tx: Tx) => Promise<R>, label?: string): Promise<R>;
  /** True when Neo4j answers a trivial query within `timeoutMs`. Never throws. */
  ping(timeoutMs: number): Promise<boolean>;
  /** Checks that the server is reachable and the credentials work; throws UNAVAILABLE with the cause. */
  verify(): Promise<void>;
  onQuery(listener: QueryListener): () => void;
  close(): Promise<void>;
}

/** Maps a driver error to newsgraph's error contract. */
export function mapDriverError(e: unknown): NewsgraphError {
  if (isNewsgraphError(e)) return e;
  const code = typeof e === 'object' && e !== null && 'code' in e ? String((e as { code: unknown }).code) : '';
  const message = e instanceof Error ? e.message : String(e);
  if (code === 'ServiceUnavailable' || code === 'SessionExpired' || /ECONNREFUSED|connection|socket|timed out|acquisition/i.test(message) && code === '') {
    return new NewsgraphError('the graph database is unavailable', { code: 'UNAVAILABLE', cause: e });
  }
  if (code.startsWith('Neo.ClientError.Transaction.TransactionTimedOut') || code === 'Neo.TransientError.Transaction.LockClientStopped') {
    return new NewsgraphError('the database query took too long', { code: 'TIMEOUT', cause: e });
  }
  if (code === 'Neo.ClientError.Security.Unauthorized' || code === 'Neo.ClientError.Security.AuthenticationRateLimit') {
    return new NewsgraphError('the graph database refused the credentials', { code: 'UNAVAILABLE', cause: e });
  }
  if (code === 'Neo.ClientError.Database.DatabaseNotFound') {
    return new NewsgraphError('the graph database does not exist', { code: 'UNAVAILABLE', cause: e });
  }
  if (code.startsWith('Neo.TransientError')) {
    return new NewsgraphError('the graph database is busy; try again', { code: 'UNAVAILABLE', cause: e });
  }
  return new NewsgraphError('internal database error', { code: 'INTERNAL', cause: e });
}

/** A short human reason for a connection failure, for start-up messages (no secrets). */
export function describeCause(e: unknown): string {
  let cur: unknown = e;
  while (cur instanceof NewsgraphError && cur.cause !== undefined) cur = cur.cause;
  const msg = cur instanceof Error ? cur.message : String(cur);
  return msg.split('\n')[0] ?? msg;
}

/** Races `promise` against a timer; when `applies` is given, the timer only fires if it still returns true. */
function withDeadline<T>(promise: Promise<T>, ms: number, onTimeout: () => void, applies: () => boolean = () => true): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      if (!applies()) return;
      onTimeout();
      reject(new NewsgraphError('the graph database did not answer in time', { code: 'UNAVAILABLE' }));
    }, ms);
  });
  return Promise.race([promise, deadline]).finally(() => clearTimeout(timer));
}

/** Opens a driver with bounded timeouts; the driver's own defaults would wait 30–60 s. */
export function createDatabase(options: DatabaseOptions): Database {
  const driver: Driver = neo4j.driver(options.uri, neo4j.auth.basic(options.user, options.password), {
    connectionTimeout: options.connectTimeoutMs,
    connectionAcquisitionTimeout: options.connectTimeoutMs + options.txTimeoutMs,
    maxTransactionRetryTime: options.txTimeoutMs,
    maxConnectionPoolSize: options.maxConnections ?? 16,
    disableLosslessIntegers: false,
    userAgent: 'newsgraph',
  });
  const listeners = new Set<QueryListener>();
  const txConfig = { timeout: options.txTimeoutMs, metadata: { app: 'newsgraph' } };
  // The client-side deadline covers a server that accepts connections but never answers.
  const clientDeadline = options.txTimeoutMs + options.connectTimeoutMs;

  const runIn = async <T>(tx: ManagedTransaction, query: CypherQuery, params: Params): Promise<T[]> => {
    const started = performance.now();
    let ok = false;
    try {
      const result = await tx.run(query.text, params);
      ok = true;
      return result.records.map((r) => toNative(r.toObject()) as T);
    } finally {
      const ms = performance.now() - started;
      for (const l of listeners) l({ name: query.name, ms, ok });
    }
  };

  const session = (mode: 'READ' | 'WRITE'): Session =>
    driver.session({ database: options.database, defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE });

  const unit = async <R>(mode: 'READ' | 'WRITE', work: (tx: Tx) => Promise<R>): Promise<R> => {
    const s = session(mode);
    // Set once the driver hands us an open transaction (a connection was acquired and answered).
    let began = false;
    try {
      const call = (tx: ManagedTransaction): Promise<R> => {
        began = true;
        return work({ run: (q, p) => runIn(tx, q, p ?? {}) });
      };
      const p = mode === 'READ' ? s.executeRead(call, txConfig) : s.executeWrite(call, txConfig);
      const abandon = (): void => {
        void s.close().catch(() => undefined);
      };
      // Two bounds: no open transaction within the connect timeout plus one second (Neo4j down, or a
      // socket that never answers: the driver would go on retrying until the client deadline), and the
      // whole unit of work. With the defaults an unreachable database answers UNAVAILABLE within 4 s.
      return await withDeadline(withDeadline(p, options.connectTimeoutMs + 1000, abandon, () => !began), clientDeadline, abandon);
    } catch (e) {
      throw mapDriverError(e);
    } finally {
      await s.close().catch(() => undefined);
    }
  };

  return {
    read: (query, params = {}) => unit('READ', (tx) => tx.run(query, params)),
    write: (query, params = {}) => unit('WRITE', (tx) => tx.run(query, params)),
    writeTransaction: (work) => unit('WRITE', work),
    readTransaction: (work) => unit('READ', work),
    async ping(timeoutMs) {
      const s = session('READ');
      try {
        await withDeadline(s.run('RETURN 1', {}, { timeout: timeoutMs }), timeoutMs, () => {
          void s.close().catch(() => undefined);
        });
        return true;
      } catch {
        return false;
      } finally {
        await s.close().catch(() => undefined);
      }
    },
    async verify() {
      try {
        await withDeadline(driver.verifyConnectivity({ database: options.database }), clientDeadline, () => undefined);
        const s = session('READ');
        try {
          await withDeadline(s.run('RETURN 1'), clientDeadline, () => undefined);
        } finally {
          await s.close().catch(() => undefined);
        }
      } catch (e) {
        const mapped = mapDriverError(e);
        throw new NewsgraphError(`cannot reach Neo4j at ${redactUri(options.uri)}: ${describeCause(mapped)}`, { code: 'UNAVAILABLE', cause: e });
      }
    },
    onQuery(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    close: () => driver.close(),
  };
}

/** A URI safe to print: user info removed. */
export function redactUri(uri: string): string {
  try {
    const u = new URL(uri);
    u.username = '';
    u.password = '';
    return u.toString().replace(/\/$/, '');
  } catch {
    return '(invalid URI)';
  }
}
