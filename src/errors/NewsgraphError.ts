/**
 * The public error contract: every error newsgraph reports carries one of these codes
 * (GraphQL `extensions.code`, CLI messages, HTTP statuses). Internal causes stay internal.
 */
export const ERROR_CODES = {
  BAD_USER_INPUT: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  LIMIT_EXCEEDED: 413,
  TIMEOUT: 504,
  UNAVAILABLE: 503,
  INTERNAL: 500,
  CONFIG: 500,
} as const;

export type ErrorCode = keyof typeof ERROR_CODES;

/** The codes a client can see in `extensions.code` (CONFIG is start-up only and never sent). */
export type PublicErrorCode = Exclude<ErrorCode, 'CONFIG'>;

export const PUBLIC_ERROR_CODES: readonly PublicErrorCode[] = Object.freeze([
  'BAD_USER_INPUT',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'LIMIT_EXCEEDED',
  'TIMEOUT',
  'UNAVAILABLE',
  'INTERNAL',
]);

export function isPublicErrorCode(code: unknown): code is PublicErrorCode {
  return typeof code === 'string' && (PUBLIC_ERROR_CODES as readonly string[]).includes(code);
}

export interface NewsgraphErrorOptions {
  code: ErrorCode;
  /** The original error, kept for logs only; never sent to clients. */
  cause?: unknown;
  details?: Record<string, unknown>;
}

/** newsgraph's one error class; `code` says which part of the contract it belongs to. */
export class NewsgraphError extends Error {
  readonly code: ErrorCode;
  readonly details: Record<string, unknown> | undefined;

  constructor(message: string, options: NewsgraphErrorOptions) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'NewsgraphError';
    this.code = options.code;
    this.details = options.details;
  }

  /** HTTP status that goes with the code. */
  get httpStatus(): number {
    return ERROR_CODES[this.code];
  }
}

/** Input that the caller can fix. */
export function badInput(message: string, details?: Record<string, unknown>): NewsgraphError {
  return new NewsgraphError(message, details === undefined ? { code: 'BAD_USER_INPUT' } : { code: 'BAD_USER_INPUT', details });
}

/** The database cannot be reached or does not answer. */
export function unavailable(message: string, cause?: unknown): NewsgraphError {
  return new NewsgraphError(message, { code: 'UNAVAILABLE', cause });
}

/** Type guard used where errors cross a boundary. */
export function isNewsgraphError(e: unknown): e is NewsgraphError {
  return e instanceof NewsgraphError;
}
