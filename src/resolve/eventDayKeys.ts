import type { TimeSpan } from '../extract/types';
import { nameKey } from './nameKey';

/** Spans longer than this many days get no day keys (a season or a war is not "the same day"). */
export const MAX_KEYED_DAYS = 31;

const DAY_MS = 86_400_000;

/**
 * The `same-event` lookup keys of an event: one per gazetteer place it is claimed to have taken
 * place in and per day of its day-precise span, e.g. `event|day-at|900|2020-05-03`. Two events
 * sharing a key were reported at the same place on an overlapping day. None for a span that is not
 * day-precise or is longer than MAX_KEYED_DAYS.
 */
export function eventDayKeys(placeIds: Iterable<string>, span: TimeSpan | undefined): string[] {
  if (span === undefined || span.precision !== 'day') return [];
  const start = Date.parse(`${span.start}T00:00:00Z`);
  const end = Date.parse(`${span.end}T00:00:00Z`);
  if (Number.isNaN(start) || Number.isNaN(end) || end < start || (end - start) / DAY_MS >= MAX_KEYED_DAYS) return [];
  const days: string[] = [];
  for (let t = start; t <= end; t += DAY_MS) days.push(new Date(t).toISOString().slice(0, 10));
  const keys: string[] = [];
  for (const place of placeIds) for (const day of days) keys.push(nameKey('Event', 'day-at', `${place}|${day}`));
  return keys;
}
