import { badInput } from '../../errors/NewsgraphError';

/** The largest page any list or connection returns. */
export const MAX_PAGE_SIZE = 100;

/** Checks a page size argument: an integer from 1 to `max`; anything else is BAD_USER_INPUT. */
export function pageSize(value: unknown, name = 'first', max = MAX_PAGE_SIZE): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 1 || value > max) {
    throw badInput(`${name} must be an integer from 1 to ${max}, got ${String(value)}`, { argument: name, max });
  }
  return value;
}
