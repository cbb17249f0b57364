/**
 * Reading report fields from a JSON object or a Markdown front-matter block, with the synonyms feeds use.
 */
import { parseLooseDate } from './common';

export const BODY_KEYS = ['body', 'text', 'content', 'articleBody'] as const;
export const TITLE_KEYS = ['title', 'headline'] as const;
export const SOURCE_KEYS = ['source', 'publisher'] as const;
export const DATE_KEYS = ['publishedAt', 'published_at', 'published', 'date', 'datePublished', 'pubDate'] as const;
export const URL_KEYS = ['url', 'link'] as const;

export type Fields = Record<string, unknown>;

export function isPlainObject(value: unknown): value is Fields {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date);
}

function describeType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return `a ${typeof value}`;
}

function firstPresent(record: Fields, keys: readonly string[]): { key: string; value: unknown } | undefined {
  for (const key of keys) {
    if (Object.prototype.hasOwnProperty.call(record, key) && record[key] !== undefined && record[key] !== null) {
      return { key, value: record[key] };
    }
  }
  return undefined;
}

/** A one-line field: a string (or a number, written out). `source` may also be `{ name: "..." }`. */
function lineField(record: Fields, keys: readonly string[]): { value?: string; error?: string } {
  const found = firstPresent(record, keys);
  if (!found) return {};
  const { key, value } = found;
  if (typeof value === 'string') return { value };
  if (typeof value === 'number' && Number.isFinite(value)) return { value: String(value) };
  if (isPlainObject(value) && typeof value['name'] === 'string') return { value: value['name'] };
  return { error: `field "${key}" must be a string, not ${describeType(value)}` };
}

export interface RecordMeta {
  title?: string | undefined;
  source?: string | undefined;
  publishedAt?: string | undefined;
  url?: string | undefined;
}

/**
 * The metadata of a record (title, source, date, url), or the reason it is malformed. An unreadable
 * date is left out rather than rejecting the report.
 */
export function readMeta(record: Fields): { meta: RecordMeta } | { error: string } {
  const title = lineField(record, TITLE_KEYS);
  if (title.error) return { error: title.error };
  const source = lineField(record, SOURCE_KEYS);
  if (source.error) return { error: source.error };
  const url = lineField(record, URL_KEYS);
  if (url.error) return { error: url.error };
  const date = firstPresent(record, DATE_KEYS);
  return {
    meta: {
      title: title.value,
      source: source.value,
      url: url.value,
      publishedAt: date ? parseLooseDate(date.value) : undefined,
    },
  };
}

/** The body of a record: the first of `body`, `text`, `content`, `articleBody`, which must be a string. */
export function readBody(record: Fields): { body: string } | { error: string } {
  const found = firstPresent(record, BODY_KEYS);
  if (!found) return { error: `no report text: expected a "body" (or "text") field` };
  if (typeof found.value !== 'string') {
    return { error: `field "${found.key}" must be a string, not ${describeType(found.value)}` };
  }
  return { body: found.value };
}
