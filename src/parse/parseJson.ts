/**
 * JSON reports: one object `{ title?, body, url?, source?, publishedAt? }` (with the synonyms of
 * `record.ts`: `text` for `body`, `date`/`published` for `publishedAt`, ...) or an array of them.
 * Items of an array get the origin `<origin>#<index>` (0-based).
 */
import type { Report } from '../extract/types';
import { buildReport, describeError, isParseError } from './common';
import { emptyResult, type ParseError, type ParseResult } from './ParseResult';
import { isPlainObject, readBody, readMeta } from './record';

/** One report from one JSON value, or why not. */
export function reportFromObject(value: unknown, origin: string): Report | ParseError {
  if (!isPlainObject(value)) {
    const kind = value === null ? 'null' : Array.isArray(value) ? 'an array' : `a ${typeof value}`;
    return { origin, reason: `expected a JSON object with a "body" field, got ${kind}` };
  }
  const body = readBody(value);
  if ('error' in body) return { origin, reason: body.error };
  const meta = readMeta(value);
  if ('error' in meta) return { origin, reason: meta.error };
  return buildReport({ text: body.body, ...meta.meta }, origin);
}

/** Line and column (1-based) of a character position, for JSON error messages. */
function lineColumn(text: string, position: number): string {
  const before = text.slice(0, position);
  const line = before.split('\n').length;
  const column = position - before.lastIndexOf('\n');
  return `line ${line}, column ${column}`;
}

/** `invalid JSON: <engine message> (line L, column C)`. */
export function describeJsonError(err: unknown, text: string): string {
  const message = describeError(err);
  const position = /at position (\d+)/.exec(message);
  const where = position && !/line \d+/.test(message) ? ` (${lineColumn(text, Number(position[1]))})` : '';
  return `invalid JSON: ${message}${where}`;
}

export function parseJson(content: string, origin: string): ParseResult {
  const result = emptyResult();
  const text = content.replace(/^\uFEFF/, '');
  if (text.trim() === '') {
    result.errors.push({ origin, reason: 'empty input: no JSON found' });
    return result;
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (err) {
    result.errors.push({ origin, reason: describeJsonError(err, text) });
    return result;
  }
  const items: Array<{ value: unknown; origin: string }> = Array.isArray(value)
    ? value.map((item, index) => ({ value: item, origin: `${origin}#${index}` }))
    : [{ value, origin }];
  if (items.length === 0) {
    result.errors.push({ origin, reason: 'the JSON array holds no reports' });
    return result;
  }
  for (const item of items) {
    const report = reportFromObject(item.value, item.origin);
    if (isParseError(report)) result.errors.push(report);
    else result.reports.push(report);
  }
  return result;
}
