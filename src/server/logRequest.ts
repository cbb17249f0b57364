import type { Logger } from 'pino';

/** The one log line written per HTTP request. No body, variables, query text or header values. */
export interface RequestLogLine {
  requestId: string;
  method: string;
  /** Path only (the query string may hold a GraphQL document or variables). */
  path: string;
  operation: string | null | undefined;
  operationType: string | undefined;
  status: number;
  ms: number;
  /** First error code of the response, if any. */
  code: string | undefined;
  /** The client went away before the response was complete. */
  aborted: boolean;
}

export function logRequest(logger: Logger, line: RequestLogLine): void {
  const fields = { ...line, ms: Math.round(line.ms * 10) / 10 };
  if (line.status >= 500 || line.aborted) logger.warn(fields, 'request');
  else logger.info(fields, 'request');
}
