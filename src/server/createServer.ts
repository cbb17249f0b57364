import { randomUUID, timingSafeEqual, createHash } from 'node:crypto';
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import { ApolloServer, HeaderMap } from '@apollo/server';
import type { Logger } from 'pino';
import type { Config } from '../config/config';
import type { Database } from '../db/Database';
import { NewsgraphError, isNewsgraphError, isPublicErrorCode } from '../errors/NewsgraphError';
import { resolvers } from '../api/resolvers';
import { warmUpQueries } from '../api/warmUpQueries';
import { authPlugin } from './authPlugin';
import { bodySizePlugin } from './bodySizePlugin';
import type { Context } from './context';
import { errorStatusPlugin } from './errorStatusPlugin';
import { createFormatError } from './formatError';
import { limitRules } from './limitRules';
import { loadTypeDefs } from './loadTypeDefs';
import { playgroundPlugins, servePlayground } from './playground';
import { logRequest } from './logRequest';
import { createMetrics, operationLabeler, type Metrics } from './metrics';
import { readBody } from './readBody';
import { createRequestInfo, type RequestInfo } from './requestInfo';
import { requestInfoPlugin } from './requestInfoPlugin';
import { responseMediaType } from './responseMediaType';

export interface ServerDeps {
  config: Config;
  db: Database;
  logger: Logger;
}

/** An HTTP server that serves GraphQL, /health, /ready and /metrics; built without listening. */
export interface NewsgraphServer {
  apollo: ApolloServer<Context>;
  httpServer: http.Server;
  /** Prometheus metrics of this server (also served at /metrics). */
  metrics: Metrics;
  /** Starts Apollo (not the socket) and plans the documented queries on the database. */
  start(): Promise<void>;
  stop(): Promise<void>;
}

/** Constant-time comparison of a presented bearer token with the configured key. */
export function keyMatches(presented: string | undefined, expected: string | undefined): boolean {
  if (presented === undefined || expected === undefined) return false;
  const a = createHash('sha256').update(presented).digest();
  const b = createHash('sha256').update(expected).digest();
  return timingSafeEqual(a, b);
}

function bearer(req: IncomingMessage): string | undefined {
  const h = req.headers.authorization;
  if (h === undefined) return undefined;
  const m = /^Bearer\s+(.+)$/i.exec(h);
  return m?.[1]?.trim();
}

function sendJson(res: ServerResponse, status: number, body: unknown, extraHeaders: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': String(Buffer.byteLength(text)), ...extraHeaders });
  res.end(text);
}

/** An error body in the contract's shape, in the media type the client asked for. */
function sendError(req: IncomingMessage, res: ServerResponse, info: RequestInfo, err: NewsgraphError, extraHeaders: Record<string, string> = {}): void {
  const code = isPublicErrorCode(err.code) ? err.code : 'INTERNAL';
  info.errorCodes.push(code);
  const mediaType = responseMediaType(req.headers.accept) ?? 'application/json';
  const message = code === 'INTERNAL' ? 'internal error' : err.message;
  sendJson(res, code === err.code ? err.httpStatus : 500, { errors: [{ message, extensions: { code } }] }, { 'content-type': `${mediaType}; charset=utf-8`, ...extraHeaders });
}

/** Error codes of a GraphQL error body Apollo produced outside the request pipeline. */
function codesOf(body: string): string[] {
  if (body.length > 65536) return [];
  try {
    const parsed = JSON.parse(body) as { errors?: { extensions?: { code?: unknown } }[] };
    return (parsed.errors ?? []).map((e) => (isPublicErrorCode(e.extensions?.code) ? e.extensions.code : 'INTERNAL'));
  } catch {
    return [];
  }
}

function routeOf(pathname: string): string {
  if (pathname === '/graphql' || pathname === '/') return 'graphql';
  if (pathname === '/health' || pathname === '/ready' || pathname === '/metrics') return pathname.slice(1);
  return 'other';
}

/** Builds the newsgraph HTTP server around Apollo Server's framework-neutral entry point. */
export function createServer(deps: ServerDeps): NewsgraphServer {
  const { config, db, logger } = deps;
  const limits = config.limits;
  const metrics = createMetrics();
  const label = operationLabeler();
  const unsubscribe = db.onQuery((e) => metrics.observeQuery(e));

  const apollo = new ApolloServer<Context>({
    typeDefs: loadTypeDefs(),
    resolvers,
    includeStacktraceInErrorResponses: !config.production,
    // Apollo 5: no "Did you mean …?" suggestions that reveal the schema.
    hideSchemaDetailsFromClientErrors: config.production,
    introspection: config.introspection,
    persistedQueries: false,
    allowBatchedHttpRequests: false,
    // The entry file owns signals: it stops the HTTP server, Apollo, then the local Neo4j, in that order.
    stopOnTerminationSignals: false,
    parseOptions: { maxTokens: limits.maxTokens },
    validationRules: limitRules(limits),
    formatError: createFormatError({ logger, production: config.production }),
    plugins: [
      requestInfoPlugin(),
      authPlugin({ keyConfigured: config.apiKey !== undefined, readsRequireKey: config.readsRequireKey }),
      bodySizePlugin(limits),
      errorStatusPlugin(),
      ...playgroundPlugins(),
    ],
  });

  const handleGraphQL = async (req: IncomingMessage, res: ServerResponse, url: URL, info: RequestInfo): Promise<void> => {
    const headers = new HeaderMap();
    for (const [k, v] of Object.entries(req.headers)) {
      if (v !== undefined) headers.set(k, Array.isArray(v) ? v.join(', ') : v);
    }
    const authenticated = keyMatches(bearer(req), config.apiKey);
    let body: unknown = undefined;
    if (req.method === 'POST') {
      // Only a caller with the API key may send an ingest-sized body; bodySizePlugin keeps that for mutations.
      const raw = await readBody(req, authenticated ? limits.maxIngestBodyBytes : limits.maxBodyBytes);
      info.bodyBytes = Buffer.byteLength(raw);
      const type = headers.get('content-type') ?? '';
      if (type.includes('json')) {
        try {
          body = raw === '' ? undefined : (JSON.parse(raw) as unknown);
        } catch {
          sendError(req, res, info, new NewsgraphError('request body is not valid JSON', { code: 'BAD_USER_INPUT' }));
          return;
        }
      } else {
        body = raw;
      }
    }
    const response = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: req.method ?? 'GET', headers, search: url.search, body },
      context: async () => ({ db, config, logger: logger.child({ requestId: info.requestId }), requestId: info.requestId, authenticated, request: info }),
    });
    const outHeaders: Record<string, string> = { 'x-request-id': info.requestId };
    for (const [k, v] of response.headers) outHeaders[k] = v;
    const status = response.status ?? 200;
    res.writeHead(status, outHeaders);
    if (response.body.kind === 'complete') {
      if (status >= 400 && info.errorCodes.length === 0) info.errorCodes.push(...codesOf(response.body.string));
      res.end(response.body.string);
    } else {
      for await (const chunk of response.body.asyncIterator) res.write(chunk);
      res.end();
    }
  };

  const httpServer = http.createServer(
    {
      requestTimeout: limits.requestTimeoutMs,
      headersTimeout: Math.min(limits.requestTimeoutMs, 20000),
      keepAliveTimeout: limits.keepAliveTimeoutMs,
    },
    (req, res) => {
      const started = performance.now();
      const info = createRequestInfo(randomUUID());
      res.setHeader('x-request-id', info.requestId);
      const url = new URL(req.url ?? '/', 'http://localhost');
      const route = routeOf(url.pathname);
      res.once('close', () => {
        const seconds = (performance.now() - started) / 1000;
        const operation = route === 'graphql' ? label(info.operationName) : '-';
        metrics.observeRequest({ route, operation, status: res.statusCode, seconds, errorCodes: info.errorCodes });
        logRequest(logger, {
          requestId: info.requestId,
          method: req.method ?? 'GET',
          path: url.pathname,
          operation: info.operationName,
          operationType: info.operationType,
          status: res.statusCode,
          ms: seconds * 1000,
          code: info.errorCodes[0],
          aborted: !res.writableFinished,
        });
      });
      const serve = async (): Promise<void> => {
        if (url.pathname === '/health') return sendJson(res, 200, { status: 'ok' });
        if (url.pathname === '/ready') {
          const ok = await db.ping(2000);
          return sendJson(res, ok ? 200 : 503, { status: ok ? 'ready' : 'unavailable', database: ok ? 'up' : 'down' });
        }
        if (url.pathname === '/metrics') {
          const text = await metrics.render();
          res.writeHead(200, { 'content-type': metrics.contentType });
          res.end(text);
          return;
        }
        if (servePlayground(req, res, url)) return;
        if (route === 'graphql') return handleGraphQL(req, res, url, info);
        return sendJson(res, 404, { error: 'not found', paths: ['/graphql', '/health', '/ready', '/metrics'] });
      };
      serve().catch((e: unknown) => {
        const err = isNewsgraphError(e) ? e : new NewsgraphError('internal error', { code: 'INTERNAL', cause: e });
        if (err.code === 'INTERNAL' || err.code === 'CONFIG') logger.error({ err: e, requestId: info.requestId }, 'request failed');
        if (res.headersSent) {
          res.end();
          return;
        }
        // A refused body may still be streaming in: answer, then close the connection.
        sendError(req, res, info, err, err.code === 'LIMIT_EXCEEDED' ? { connection: 'close' } : {});
      });
    },
  );

  return {
    apollo,
    httpServer,
    metrics,
    async start() {
      await apollo.start();
      await warmUpQueries(db, logger);
    },
    async stop() {
      await new Promise<void>((resolve) => {
        httpServer.close(() => resolve());
        httpServer.closeAllConnections();
      });
      unsubscribe();
      await apollo.stop();
    },
  };
}
