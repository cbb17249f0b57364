import { badInput } from '../../errors/NewsgraphError';

/**
 * A full ISO date (YYYY-MM-DD) from a user bound that may give only a year or a month:
 * `from` bounds take the first day, `to` bounds the last day of that year or month.
 */
export function dateBound(value: unknown, name: string, side: 'from' | 'to'): string {
  const m = typeof value === 'string' ? /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value) : null;
  if (m === null) throw badInput(`${name} must be an ISO date (YYYY, YYYY-MM or YYYY-MM-DD), got ${JSON.stringify(value)}`, { argument: name });
  const year = Number(m[1]);
  const month = m[2] === undefined ? undefined : Number(m[2]);
  const day = m[3] === undefined ? undefined : Number(m[3]);
  if (month !== undefined && (month < 1 || month > 12)) throw badInput(`${name}: no month ${month}`, { argument: name });
  const lastDay = (mo: number): number => new Date(Date.UTC(year, mo, 0)).getUTCDate();
  if (day !== undefined && month !== undefined && (day < 1 || day > lastDay(month))) throw badInput(`${name}: no day ${day} in that month`, { argument: name });
  const pad = (n: number): string => String(n).padStart(2, '0');
  const mo = month ?? (side === 'from' ? 1 : 12);
  const d = day ?? (side === 'from' ? 1 : lastDay(mo));
  return `${String(year).padStart(4, '0')}-${pad(mo)}-${pad(d)}`;
}
