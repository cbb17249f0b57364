import { randomUUID, timingSafeEqual, createHash } from 'node:crypto';
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import { ApolloServer, HeaderMap } from '@apollo/server';
import type { Logger } from 'pino';
import type { Config } from '../config/config';
import type { Database } from '../db/Database';
import { NewsgraphError, isNewsgraphError } from '../errors/NewsgraphError';
import { resolvers } from '../api/resolvers';
import type { Context } from './context';
import { loadTypeDefs } from './loadTypeDefs';
import { readBody } from './readBody';

export interface ServerDeps {
  config: Config;
  db: Database;
  logger: Logger;
}

/** An HTTP server that serves GraphQL, /health and /ready; built without listening. */
export interface NewsgraphServer {
  apollo: ApolloServer<Context>;
  httpServer: http.Server;
  /** Starts Apollo (not the socket). */
  start(): Promise<void>;
  stop(): Promise<void>;
}

const MAX_BODY_BYTES = 1024 * 1024;

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

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text) });
  res.end(text);
}

/** Builds the newsgraph HTTP server around Apollo Server's framework-neutral entry point. */
export function createServer(deps: ServerDeps): NewsgraphServer {
  const { config, db, logger } = deps;
  const apollo = new ApolloServer<Context>({
    typeDefs: loadTypeDefs(),
    resolvers,
    includeStacktraceInErrorResponses: !config.production,
    introspection: true,
    // The entry file owns signals: it stops the HTTP server, Apollo, then the local Neo4j, in that order.
    stopOnTerminationSignals: false,
    formatError: (formatted, error) => {
      const original = (error as { originalError?: unknown }).originalError;
      if (isNewsgraphError(original)) {
        if (original.code === 'INTERNAL') logger.error({ err: original.cause ?? original }, 'internal error');
        return { ...formatted, message: original.message, extensions: { code: original.code } };
      }
      return formatted;
    },
  });

  const handleGraphQL = async (req: IncomingMessage, res: ServerResponse, url: URL, requestId: string): Promise<void> => {
    const headers = new HeaderMap();
    for (const [k, v] of Object.entries(req.headers)) {
      if (v !== undefined) headers.set(k, Array.isArray(v) ? v.join(', ') : v);
    }
    let body: unknown = undefined;
    if (req.method === 'POST') {
      const raw = await readBody(req, MAX_BODY_BYTES);
      const type = headers.get('content-type') ?? '';
      if (type.includes('json')) {
        try {
          body = raw === '' ? undefined : (JSON.parse(raw) as unknown);
        } catch {
          sendJson(res, 400, { errors: [{ message: 'request body is not valid JSON', extensions: { code: 'BAD_USER_INPUT' } }] });
          return;
        }
      } else {
        body = raw;
      }
    }
    const response = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: req.method ?? 'GET', headers, search: url.search, body },
      context: async () => ({ db, config, logger: logger.child({ requestId }), requestId, authenticated: keyMatches(bearer(req), config.apiKey) }),
    });
    const outHeaders: Record<string, string> = { 'x-request-id': requestId };
    for (const [k, v] of response.headers) outHeaders[k] = v;
    res.writeHead(response.status ?? 200, outHeaders);
    if (response.body.kind === 'complete') {
      res.end(response.body.string);
    } else {
      for await (const chunk of response.body.asyncIterator) res.write(chunk);
      res.end();
    }
  };

  const httpServer = http.createServer((req, res) => {
    const requestId = randomUUID();
    const url = new URL(req.url ?? '/', 'http://localhost');
    const route = async (): Promise<void> => {
      if (url.pathname === '/health') return sendJson(res, 200, { status: 'ok' });
      if (url.pathname === '/ready') {
        const ok = await db.ping(2000);
        return sendJson(res, ok ? 200 : 503, { status: ok ? 'ready' : 'unavailable', database: ok ? 'up' : 'down' });
      }
      if (url.pathname === '/graphql' || url.pathname === '/') return handleGraphQL(req, res, url, requestId);
      return sendJson(res, 404, { error: 'not found', paths: ['/graphql', '/health', '/ready'] });
    };
    route().catch((e: unknown) => {
      const err = isNewsgraphError(e) ? e : new NewsgraphError('internal error', { code: 'INTERNAL', cause: e });
      if (err.code === 'INTERNAL') logger.error({ err: e, requestId }, 'request failed');
      if (!res.headersSent) sendJson(res, err.httpStatus, { errors: [{ message: err.message, extensions: { code: err.code } }] });
      else res.end();
    });
  });

  return {
    apollo,
    httpServer,
    start: () => apollo.start(),
    async stop() {
      await new Promise<void>((resolve) => {
        httpServer.close(() => resolve());
        httpServer.closeAllConnections();
      });
      await apollo.stop();
    },
  };
}
