/** Helpers shared by the format parsers: text normalisation, loose dates, report building. */
import type { Report } from '../extract/types';
import { MAX_BODY_BYTES, type ParseError } from './ParseResult';

/**
 * Normalises a body: no BOM, LF line ends, Unicode NFC, no trailing blanks on lines, at most one
 * blank line between paragraphs, trimmed. Paragraph breaks (blank lines) are kept: they are part of
 * the text every offset refers to.
 */
export function normalizeBody(raw: string): string {
  return raw
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .normalize('NFC')
    .replace(/[ \t\u00A0]+$/gm, '')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** Normalises a one-line field (title, source): collapsed white space, NFC, trimmed. */
export function normalizeLine(raw: string): string {
  return raw.normalize('NFC').replace(/\s+/g, ' ').trim();
}

/** Line ends to LF (and no BOM), nothing else: for parsers that need the raw layout. */
export function normalizeNewlines(raw: string): string {
  return raw.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
}

const MONTHS: Record<string, number> = {
  jan: 1, january: 1, feb: 2, february: 2, mar: 3, march: 3, apr: 4, april: 4, may: 5, jun: 6, june: 6,
  jul: 7, july: 7, aug: 8, august: 8, sep: 9, sept: 9, september: 9, oct: 10, october: 10,
  nov: 11, november: 11, dec: 12, december: 12,
};

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function isoDate(year: number, month: number, day: number): string | undefined {
  if (month < 1 || month > 12 || day < 1 || day > 31 || year < 1000 || year > 9999) return undefined;
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return undefined; // 2018-02-30
  return `${year}-${pad(month)}-${pad(day)}`;
}

function monthNumber(word: string): number | undefined {
  return MONTHS[word.toLowerCase().replace(/\.$/, '')];
}

const ISO_DATE_TIME =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/;
const MONTH_NAMES = 'Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?';
const MONTH = `(${MONTH_NAMES})\\.?`;
const MONTH_NC = `(?:${MONTH_NAMES})\\.?`;
const WEEKDAY = '(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\\.?,?\\s+)?';
const DAY_MONTH_YEAR = new RegExp(`^${WEEKDAY}(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH},?\\s+(\\d{4})\\b`, 'i');
const MONTH_DAY_YEAR = new RegExp(`^${WEEKDAY}${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`, 'i');

/** A date pattern usable inside larger regular expressions (bylines). Matches what `parseLooseDate` reads. */
export const LOOSE_DATE_SOURCE =
  `(?:\\d{4}-\\d{2}-\\d{2}(?:[T ]\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?(?:Z|[+-]\\d{2}:?\\d{2})?)?` +
  `|\\d{4}/\\d{1,2}/\\d{1,2}|\\d{1,2}\\.\\d{1,2}\\.\\d{4}` +
  `|\\d{1,2}(?:st|nd|rd|th)?\\s+${MONTH_NC},?\\s+\\d{4}|${MONTH_NC}\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4})`;

/**
 * Reads a publication date as a report or feed gives it and returns it as ISO 8601: `YYYY-MM-DD`, or
 * the date-time as given when it is an ISO date-time. Understands ISO dates and date-times,
 * `YYYY/MM/DD`, `DD.MM.YYYY`, `26 February 2018`, `Feb. 26, 2018` (with or without weekday), RFC 2822
 * (date part) and JavaScript `Date` objects (YAML front matter). Anything else gives `undefined`.
 */
export function parseLooseDate(value: unknown): string | undefined {
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return undefined;
    const iso = value.toISOString();
    return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso;
  }
  if (typeof value !== 'string') return undefined;
  const s = value.trim();
  let m = ISO_DATE_TIME.exec(s);
  if (m) {
    const date = isoDate(Number(m[1]), Number(m[2]), Number(m[3]));
    if (!date) return undefined;
    if (m[4] === undefined) return date;
    if (Number(m[4]) > 23 || Number(m[5]) > 59 || Number(m[6] ?? 0) > 59) return undefined;
    return s.replace(' ', 'T');
  }
  m = /^(\d{4})\/(\d{1,2})\/(\d{1,2})$/.exec(s);
  if (m) return isoDate(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(s);
  if (m) return isoDate(Number(m[3]), Number(m[2]), Number(m[1]));
  m = DAY_MONTH_YEAR.exec(s);
  if (m) {
    const month = monthNumber(m[2] ?? '');
    return month === undefined ? undefined : isoDate(Number(m[3]), month, Number(m[1]));
  }
  m = MONTH_DAY_YEAR.exec(s);
  if (m) {
    const month = monthNumber(m[1] ?? '');
    return month === undefined ? undefined : isoDate(Number(m[3]), month, Number(m[2]));
  }
  return undefined;
}

/** The fields of a report before validation; `text` is already plain text. */
export interface ReportFields {
  text: string;
  title?: string | undefined;
  source?: string | undefined;
  publishedAt?: string | undefined;
  url?: string | undefined;
}

export function isParseError(value: Report | ParseError): value is ParseError {
  return 'reason' in value;
}

function formatBytes(bytes: number): string {
  return `${bytes.toLocaleString('en-US')} bytes`;
}

/**
 * Builds a `Report` from parsed fields: normalises the body and one-line fields, and turns an empty or
 * oversized body into a `ParseError` for `origin`.
 */
export function buildReport(fields: ReportFields, origin: string): Report | ParseError {
  const text = normalizeBody(fields.text);
  if (text === '') return { origin, reason: 'empty body: no report text found' };
  const bytes = Buffer.byteLength(text, 'utf8');
  if (bytes > MAX_BODY_BYTES) {
    return {
      origin,
      reason: `report body is ${formatBytes(bytes)}, over the ${MAX_BODY_BYTES / (1024 * 1024)} MB limit (${formatBytes(MAX_BODY_BYTES)})`,
    };
  }
  const report: Report = { text, origin };
  const title = fields.title === undefined ? '' : normalizeLine(fields.title);
  if (title !== '') report.title = title;
  const source = fields.source === undefined ? '' : normalizeLine(fields.source);
  if (source !== '') report.source = source;
  if (fields.publishedAt !== undefined && fields.publishedAt !== '') report.publishedAt = fields.publishedAt;
  const url = fields.url === undefined ? '' : fields.url.trim();
  if (url !== '') report.url = url;
  return report;
}

/** Short description of a thrown value, for error reasons. */
export function describeError(err: unknown): string {
  if (err instanceof Error) return err.message.split('\n')[0] ?? err.message;
  return String(err);
}
