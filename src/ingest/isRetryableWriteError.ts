/** Neo4j error codes worth another attempt: lock conflicts, deadlocks, time-outs (lock waits) and MERGE races on a constraint. */
const RETRYABLE = /^Neo\.TransientError\.|^Neo\.ClientError\.Schema\.ConstraintValidationFailed$|^Neo\.ClientError\.Transaction\.(LockClientStopped|Terminated|TransactionTimedOut)/;

/**
 * True when a failed write may succeed if tried again: a transient Neo4j error the driver's own
 * retries did not absorb, or a ConstraintValidationFailed from two writers creating the same node
 * (the next attempt sees the winner's node). Looks through NewsgraphError causes.
 */
export function isRetryableWriteError(e: unknown): boolean {
  let cur: unknown = e;
  for (let depth = 0; depth < 5 && cur !== undefined && cur !== null; depth += 1) {
    const code = typeof cur === 'object' && 'code' in cur ? String((cur as { code: unknown }).code) : '';
    if (RETRYABLE.test(code)) return true;
    if (typeof cur === 'object' && 'retriable' in cur && (cur as { retriable: unknown }).retriable === true) return true;
    cur = typeof cur === 'object' && 'cause' in cur ? (cur as { cause: unknown }).cause : undefined;
  }
  return false;
}
