import path from 'node:path';
import { NewsgraphError } from '../errors/NewsgraphError';
import { readLimits, type Limits } from '../server/limits';
import { projectRoot } from './projectRoot';

/** Where the graph lives: a server given by NEO4J_URI, or the local embedded Neo4j the project starts. */
export type Neo4jTarget =
  | { kind: 'remote'; uri: string; user: string; password: string; database: string }
  | { kind: 'local'; port: number; dataDir: string; heap: string; pageCache: string; database: string };

/** All configuration, read once from the environment and validated at start. */
export interface Config {
  neo4j: Neo4jTarget;
  /** Bound on every database transaction, in milliseconds. */
  txTimeoutMs: number;
  /** How long a connection attempt may take before the database counts as unavailable. */
  connectTimeoutMs: number;
  /** Database connections (transactions in flight) at most; further requests queue for one. */
  maxConnections: number;
  host: string;
  port: number;
  logLevel: string;
  /** Load the sample corpus when the graph is empty. */
  loadSample: boolean;
  /** Key that mutations require as a bearer token; mutations are refused when unset. */
  apiKey: string | undefined;
  /** Production mode hides stack traces, schema details in errors and (by default) introspection. */
  production: boolean;
  /** Whether introspection queries are answered (GRAPHQL_INTROSPECTION; default: off in production). */
  introspection: boolean;
  /** Whether queries too need the API key (NEWSGRAPH_READS_REQUIRE_KEY; default false). */
  readsRequireKey: boolean;
  /** Request, document and page limits (src/server/limits.ts). */
  limits: Limits;
}

const URI_SCHEMES = ['bolt:', 'bolt+s:', 'bolt+ssc:', 'neo4j:', 'neo4j+s:', 'neo4j+ssc:'];

function configError(variable: string, cause: string): NewsgraphError {
  return new NewsgraphError(`${variable}: ${cause}`, { code: 'CONFIG', details: { variable } });
}

function intVar(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min || n > max) {
    throw configError(name, `expected an integer from ${min} to ${max}, got "${raw}"`);
  }
  return n;
}

function boolVar(env: NodeJS.ProcessEnv, name: string, fallback: boolean): boolean {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (/^(1|true|yes|on)$/i.test(raw)) return true;
  if (/^(0|false|no|off)$/i.test(raw)) return false;
  throw configError(name, `expected true or false, got "${raw}"`);
}

function sizeVar(env: NodeJS.ProcessEnv, name: string, fallback: string): string {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (!/^\d+[kmg]?$/i.test(raw)) throw configError(name, `expected a size such as 256m or 1g, got "${raw}"`);
  return raw.toLowerCase();
}

/** Reads and validates the configuration; throws a CONFIG NewsgraphError naming the variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const database = env.NEO4J_DATABASE && env.NEO4J_DATABASE !== '' ? env.NEO4J_DATABASE : 'neo4j';
  if (!/^[A-Za-z][A-Za-z0-9.-]{2,62}$/.test(database)) {
    throw configError('NEO4J_DATABASE', `"${database}" is not a valid database name`);
  }
  let neo4j: Neo4jTarget;
  const uri = env.NEO4J_URI;
  if (uri !== undefined && uri !== '') {
    let parsed: URL;
    try {
      parsed = new URL(uri);
    } catch {
      throw configError('NEO4J_URI', `"${uri}" is not a URI (expected for example bolt://localhost:7687)`);
    }
    if (!URI_SCHEMES.includes(parsed.protocol)) {
      throw configError('NEO4J_URI', `scheme "${parsed.protocol}" is not supported (use ${URI_SCHEMES.map((s) => s.replace(':', '://')).join(', ')})`);
    }
    if (parsed.hostname === '') throw configError('NEO4J_URI', `"${uri}" names no host`);
    neo4j = {
      kind: 'remote',
      uri,
      user: env.NEO4J_USER && env.NEO4J_USER !== '' ? env.NEO4J_USER : 'neo4j',
      password: env.NEO4J_PASSWORD ?? '',
      database,
    };
  } else {
    neo4j = {
      kind: 'local',
      port: intVar(env, 'NEO4J_LOCAL_PORT', 7687, 1, 65535),
      dataDir: path.resolve(projectRoot(), env.NEO4J_LOCAL_DATA && env.NEO4J_LOCAL_DATA !== '' ? env.NEO4J_LOCAL_DATA : '.neo4j-local/data'),
      heap: sizeVar(env, 'NEO4J_LOCAL_HEAP', '1g'),
      pageCache: sizeVar(env, 'NEO4J_LOCAL_PAGECACHE', '256m'),
      database,
    };
  }
  const production = env.NODE_ENV === 'production';
  const apiKey = env.NEWSGRAPH_API_KEY && env.NEWSGRAPH_API_KEY !== '' ? env.NEWSGRAPH_API_KEY : undefined;
  const readsRequireKey = boolVar(env, 'NEWSGRAPH_READS_REQUIRE_KEY', false);
  if (readsRequireKey && apiKey === undefined) throw configError('NEWSGRAPH_READS_REQUIRE_KEY', 'is true but NEWSGRAPH_API_KEY is not set');
  return {
    neo4j,
    txTimeoutMs: intVar(env, 'NEO4J_TX_TIMEOUT_MS', 5000, 100, 600000),
    connectTimeoutMs: intVar(env, 'NEO4J_CONNECT_TIMEOUT_MS', 3000, 100, 120000),
    maxConnections: intVar(env, 'NEO4J_MAX_CONNECTIONS', 8, 1, 1000),
    host: env.HOST && env.HOST !== '' ? env.HOST : '0.0.0.0',
    port: intVar(env, 'PORT', 4000, 0, 65535),
    logLevel: env.LOG_LEVEL && env.LOG_LEVEL !== '' ? env.LOG_LEVEL : 'info',
    loadSample: boolVar(env, 'LOAD_SAMPLE', true),
    apiKey,
    production,
    introspection: boolVar(env, 'GRAPHQL_INTROSPECTION', !production),
    readsRequireKey,
    limits: readLimits(env),
  };
}
