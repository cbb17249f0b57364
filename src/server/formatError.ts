import type { GraphQLFormattedError } from 'graphql';
import type { Logger } from 'pino';
import { isNewsgraphError, isPublicErrorCode, type NewsgraphError, type PublicErrorCode } from '../errors/NewsgraphError';

/** Apollo Server's own codes for requests the client got wrong: all become BAD_USER_INPUT. */
const CLIENT_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
]);

/** graphql-js's parser stops at `parseOptions.maxTokens` with this message. */
const TOKEN_LIMIT = /Document contains more tha[nt] \d+ tokens/;
/** Apollo Server's validation rule when introspection is off. */
const INTROSPECTION_OFF = /introspection is not allowed/i;

/** The first NewsgraphError along the originalError chain of a GraphQL error. */
function findNewsgraphError(error: unknown): NewsgraphError | undefined {
  let cur: unknown = error;
  for (let i = 0; i < 6 && cur !== undefined && cur !== null; i++) {
    if (isNewsgraphError(cur)) return cur;
    cur = typeof cur === 'object' ? (cur as { originalError?: unknown }).originalError : undefined;
  }
  return undefined;
}

/** The code and client message of one error, following the contract in docs/hardening.md. */
export function classifyError(formatted: GraphQLFormattedError, error: unknown): { code: PublicErrorCode; message: string; cause: unknown } {
  const ours = findNewsgraphError(error);
  if (ours !== undefined) {
    if (ours.code === 'CONFIG') return { code: 'INTERNAL', message: 'internal error', cause: ours };
    return { code: ours.code, message: ours.message, cause: ours.cause ?? ours };
  }
  const code = formatted.extensions?.code;
  if (code === 'GRAPHQL_PARSE_FAILED' && TOKEN_LIMIT.test(formatted.message)) {
    return { code: 'LIMIT_EXCEEDED', message: formatted.message.replace(/^Syntax Error: /, ''), cause: error };
  }
  if (code === 'GRAPHQL_VALIDATION_FAILED' && INTROSPECTION_OFF.test(formatted.message)) {
    return { code: 'FORBIDDEN', message: 'introspection is disabled on this server', cause: error };
  }
  if (typeof code === 'string' && CLIENT_CODES.has(code)) return { code: 'BAD_USER_INPUT', message: formatted.message, cause: error };
  if (isPublicErrorCode(code)) return { code, message: formatted.message, cause: error };
  return { code: 'INTERNAL', message: formatted.message, cause: error };
}

export interface FormatErrorOptions {
  logger: Logger;
  /** Production: INTERNAL errors say only "internal error"; no stack traces. */
  production: boolean;
}

/**
 * Apollo's formatError: every error leaves with exactly one public code and a message that never
 * carries Cypher, driver text or a stack trace in production. INTERNAL errors are logged with
 * their cause (server side only).
 */
export function createFormatError(options: FormatErrorOptions): (formatted: GraphQLFormattedError, error: unknown) => GraphQLFormattedError {
  return (formatted, error) => {
    const { code, message, cause } = classifyError(formatted, error);
    if (code === 'INTERNAL') options.logger.error({ err: cause }, 'internal error');
    const extensions: Record<string, unknown> = { code };
    const ours = findNewsgraphError(error);
    if (ours?.details !== undefined && (code === 'BAD_USER_INPUT' || code === 'LIMIT_EXCEEDED')) extensions.details = ours.details;
    if (!options.production && formatted.extensions?.stacktrace !== undefined) extensions.stacktrace = formatted.extensions.stacktrace;
    // Apollo hides suggestions in validation errors; variable coercion errors still carry them.
    const shown = code === 'INTERNAL' && options.production ? 'internal error' : options.production ? message.replace(/ ?Did you mean [^?]*\?/g, '') : message;
    const out: GraphQLFormattedError = {
      message: shown,
      ...(formatted.locations !== undefined ? { locations: formatted.locations } : {}),
      ...(formatted.path !== undefined ? { path: formatted.path } : {}),
      extensions,
    };
    return out;
  };
}
