import { badInput } from '../../errors/NewsgraphError';
import { MAX_PAGE_SIZE } from '../../server/limits';

export { MAX_PAGE_SIZE };

/** Checks a page size argument: an integer from 1 to `max`; anything else is BAD_USER_INPUT. */
export function pageSize(value: unknown, name = 'first', max = MAX_PAGE_SIZE): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 1 || value > max) {
    throw badInput(`${name} must be an integer from 1 to ${max}, got ${String(value)}`, { argument: name, max });
  }
  return value;
}
