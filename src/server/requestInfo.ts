/**
 * What the HTTP layer and the Apollo plugins learn about one request, for its log line and metrics.
 * Never holds the body, the variables or any header value.
 */
export interface RequestInfo {
  requestId: string;
  /** Size of the request body in bytes (0 for GET). */
  bodyBytes: number;
  /** Operation name as resolved by Apollo (null: anonymous; undefined: not resolved). */
  operationName?: string | null;
  /** query, mutation or subscription, once resolved. */
  operationType?: string;
  /** extensions.code of every error sent in the response, in order. */
  errorCodes: string[];
}

export function createRequestInfo(requestId: string): RequestInfo {
  return { requestId, bodyBytes: 0, errorCodes: [] };
}
