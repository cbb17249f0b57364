import { Counter, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

/** One observed HTTP request. */
export interface RequestObservation {
  /** `graphql`, `health`, `ready`, `metrics` or `other`. */
  route: string;
  /** GraphQL operation label (see operationLabel); '-' outside /graphql. */
  operation: string;
  status: number;
  seconds: number;
  /** extensions.code of each error in the response. */
  errorCodes: readonly string[];
}

/** Prometheus metrics of one server, in their own registry (served at /metrics). */
export interface Metrics {
  registry: Registry;
  observeRequest(o: RequestObservation): void;
  observeQuery(e: { name: string; ms: number; ok: boolean }): void;
  /** Text exposition format. */
  render(): Promise<string>;
  contentType: string;
}

const MAX_OPERATION_LABELS = 200;

/**
 * Creates the registry: newsgraph_http_requests_total and newsgraph_http_request_duration_seconds
 * by route, operation and status; newsgraph_graphql_errors_total by code;
 * newsgraph_db_query_duration_seconds by query name and outcome (from db.onQuery); and the
 * default Node.js process metrics.
 */
export function createMetrics(options: { defaultMetrics?: boolean } = {}): Metrics {
  const registry = new Registry();
  if (options.defaultMetrics !== false) collectDefaultMetrics({ register: registry, prefix: 'newsgraph_' });
  const requests = new Counter({
    name: 'newsgraph_http_requests_total',
    help: 'HTTP requests by route, GraphQL operation and status.',
    labelNames: ['route', 'operation', 'status'] as const,
    registers: [registry],
  });
  const latency = new Histogram({
    name: 'newsgraph_http_request_duration_seconds',
    help: 'HTTP request latency by route and GraphQL operation.',
    labelNames: ['route', 'operation'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [registry],
  });
  const errors = new Counter({
    name: 'newsgraph_graphql_errors_total',
    help: 'Errors sent to clients, by extensions.code.',
    labelNames: ['code'] as const,
    registers: [registry],
  });
  const dbTime = new Histogram({
    name: 'newsgraph_db_query_duration_seconds',
    help: 'Database query time by named query and outcome.',
    labelNames: ['query', 'ok'] as const,
    buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    registers: [registry],
  });
  return {
    registry,
    observeRequest(o) {
      requests.inc({ route: o.route, operation: o.operation, status: String(o.status) });
      latency.observe({ route: o.route, operation: o.operation }, o.seconds);
      for (const code of o.errorCodes) errors.inc({ code });
    },
    observeQuery(e) {
      dbTime.observe({ query: e.name, ok: String(e.ok) }, e.ms / 1000);
    },
    render: () => registry.metrics(),
    contentType: registry.contentType,
  };
}

/**
 * A bounded label for a client-chosen operation name: the name if it looks like a GraphQL name
 * and fewer than MAX_OPERATION_LABELS names were seen, else `other`; `anonymous` without a name.
 */
export function operationLabeler(): (name: string | null | undefined) => string {
  const seen = new Set<string>();
  return (name) => {
    if (name === undefined) return '-';
    if (name === null || name === '') return 'anonymous';
    if (!/^[_A-Za-z][_0-9A-Za-z]{0,63}$/.test(name)) return 'other';
    if (seen.has(name)) return name;
    if (seen.size >= MAX_OPERATION_LABELS) return 'other';
    seen.add(name);
    return name;
  };
}
