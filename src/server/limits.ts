import { NewsgraphError } from '../errors/NewsgraphError';

/**
 * Every limit the API enforces, in one place. Defaults live here; each one can be changed with the
 * environment variable named in LIMIT_VARIABLES (read by loadConfig through readLimits).
 * The database transaction bound is NEO4J_TX_TIMEOUT_MS in src/config/config.ts (default 5000 ms).
 */
export interface Limits {
  /** Deepest selection-set nesting of an operation (fragments flattened). */
  maxDepth: number;
  /** Aliases in one operation. */
  maxAliases: number;
  /** Directives in one operation. */
  maxDirectives: number;
  /** Lexical tokens in one document (checked while parsing, before anything else). */
  maxTokens: number;
  /** Estimated cost of one operation (graphql-armor cost model: objects 2, scalars 1, ×1.5 per level). */
  maxCost: number;
  /** Bytes of a request body for queries and for anyone without the API key. */
  maxBodyBytes: number;
  /** Bytes of a request body for a mutation (ingest) sent with the API key. */
  maxIngestBodyBytes: number;
  /** How long the HTTP server waits for a whole request (headers and body), in ms. */
  requestTimeoutMs: number;
  /**
   * How long an idle keep-alive connection stays open, in ms. Longer than clients' and load
   * balancers' own idle timeouts, so that the server is not the side that closes a connection a
   * client is about to reuse (which the client sees as ECONNRESET).
   */
  keepAliveTimeoutMs: number;
}

/** Largest `first`/page size a list field returns; resolvers clamp or reject larger values. Fixed. */
export const MAX_PAGE_SIZE = 100;

export const DEFAULT_LIMITS: Readonly<Limits> = Object.freeze({
  maxDepth: 10,
  maxAliases: 15,
  maxDirectives: 20,
  maxTokens: 2000,
  maxCost: 50000,
  maxBodyBytes: 1024 * 1024,
  maxIngestBodyBytes: 16 * 1024 * 1024,
  requestTimeoutMs: 30000,
  keepAliveTimeoutMs: 65000,
});

/** The environment variable of each limit, with the range it accepts. */
export const LIMIT_VARIABLES: Readonly<Record<keyof Limits, { name: string; min: number; max: number }>> = Object.freeze({
  maxDepth: { name: 'GRAPHQL_MAX_DEPTH', min: 1, max: 100 },
  maxAliases: { name: 'GRAPHQL_MAX_ALIASES', min: 0, max: 1000 },
  maxDirectives: { name: 'GRAPHQL_MAX_DIRECTIVES', min: 0, max: 1000 },
  maxTokens: { name: 'GRAPHQL_MAX_TOKENS', min: 50, max: 1000000 },
  maxCost: { name: 'GRAPHQL_MAX_COST', min: 10, max: 100000000 },
  maxBodyBytes: { name: 'MAX_BODY_BYTES', min: 1024, max: 1024 * 1024 * 1024 },
  maxIngestBodyBytes: { name: 'MAX_INGEST_BODY_BYTES', min: 1024, max: 1024 * 1024 * 1024 },
  requestTimeoutMs: { name: 'REQUEST_TIMEOUT_MS', min: 1000, max: 3600000 },
  keepAliveTimeoutMs: { name: 'KEEP_ALIVE_TIMEOUT_MS', min: 1000, max: 3600000 },
});

/** Reads the limits from the environment; a wrong value throws CONFIG naming the variable. */
export function readLimits(env: NodeJS.ProcessEnv): Limits {
  const out = { ...DEFAULT_LIMITS };
  for (const key of Object.keys(LIMIT_VARIABLES) as (keyof Limits)[]) {
    const { name, min, max } = LIMIT_VARIABLES[key];
    const raw = env[name];
    if (raw === undefined || raw === '') continue;
    const n = Number(raw);
    if (!Number.isInteger(n) || n < min || n > max) {
      throw new NewsgraphError(`${name}: expected an integer from ${min} to ${max}, got "${raw}"`, { code: 'CONFIG', details: { variable: name } });
    }
    out[key] = n;
  }
  if (out.maxIngestBodyBytes < out.maxBodyBytes) {
    throw new NewsgraphError(`MAX_INGEST_BODY_BYTES: must be at least MAX_BODY_BYTES (${out.maxBodyBytes})`, {
      code: 'CONFIG',
      details: { variable: 'MAX_INGEST_BODY_BYTES' },
    });
  }
  return out;
}
