import { describeCause } from '../db/Database';
import { isNewsgraphError } from '../errors/NewsgraphError';

/** One line saying why a report failed: the error's own message, or the database's cause. */
export function describeFailure(e: unknown): string {
  if (isNewsgraphError(e) && e.code === 'INTERNAL') return `${e.message}: ${describeCause(e)}`;
  if (e instanceof Error) return e.message.split('\n')[0] ?? e.message;
  return String(e);
}
