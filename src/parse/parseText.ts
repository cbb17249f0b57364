/**
 * Plain-text wire reports.
 *
 * A report may open with a header that gives its date and publisher, in one of these forms:
 *   ` date 2018-02-26 By Example Wire`            (a wire layout; leading blanks are ignored)
 *   `2018-02-26 | By Example Wire`, `Feb. 26, 2018 by Sample Post`
 *   `By Example Wire, 2018-02-26`, `By Example Wire — 26 February 2018`
 *   `Published 26 February 2018 by Example Wire`, `Published: 26 February 2018 — Example Wire`
 *   `By Example Wire`                              (alone on its line, followed by a blank line)
 *   a block of `Title: ...`, `Source: ...`, `Date: ...`, `URL: ...` lines followed by a blank line.
 * After a header, a first paragraph of one short line without closing punctuation is the headline.
 * A closing separator line (`---`, `***`, `* * *`, `___`, or a press release's `###`) ends the report. A file with no header is just text.
 *
 * Several reports may be concatenated, each with its own header and separated by `---` lines: they
 * get the origins `<origin>#0`, `<origin>#1`, ... (only when every part has a header).
 */
import { buildReport, isParseError, LOOSE_DATE_SOURCE, normalizeNewlines, parseLooseDate } from './common';
import { emptyResult, type ParseResult } from './ParseResult';

interface Header {
  title?: string;
  source?: string;
  publishedAt?: string;
  url?: string;
}

const SEPARATOR = /^[ \t]*(?:-{3,}|\*{3,}|(?:\* ){2}\*|_{3,}|#{3})[ \t]*$/;
const PUNCT = '[,;|\\u00B7\\u2013\\u2014-]';
const DATE = `(${LOOSE_DATE_SOURCE})`;
const PUBLISHER = '([^\\s].{0,79}?)';

/** One-line bylines: [regex, index of the date group, index of the publisher group]. */
const BYLINES: Array<[RegExp, number, number]> = [
  // " date 2018-02-26 By Example Wire", "2018-02-26 | By Example Wire", "Feb. 26, 2018 by Sample Post"
  [new RegExp(`^(?:date[:\\s]\\s*)?${DATE}\\s*(?:${PUNCT}\\s*)?by\\s+${PUBLISHER}[.]?$`, 'i'), 1, 2],
  // "By Example Wire, 2018-02-26", "By Example Wire — 26 February 2018", "By Example Wire | date 2018-02-26"
  [new RegExp(`^by\\s+${PUBLISHER}\\s*${PUNCT}\\s*(?:date[:\\s]\\s*)?${DATE}$`, 'i'), 2, 1],
  // "Published 26 February 2018 by Example Wire", "Published: 26 February 2018 — Example Wire", "Posted on 2018-02-26"
  [
    new RegExp(`^(?:published|posted|updated|date)(?:\\s+on)?[:\\s]\\s*${DATE}(?:\\s*(?:(?:${PUNCT}\\s*)?by\\s+|[|\\u2013\\u2014]\\s*|\\s-\\s+)(?=\\p{L})${PUBLISHER}[.]?)?$`, 'iu'),
    1,
    2,
  ],
];

const DATE_BY = new RegExp(`^${DATE}\\s*(?:(?:${PUNCT}\\s*)?by\\s+|[|\\u2013\\u2014]\\s*|\\s-\\s+)(?=\\p{L})${PUBLISHER}[.]?$`, 'iu');
const KEY_VALUE = /^[ \t]*(title|headline|source|publisher|by|date|published|url|link)[ \t]*:[ \t]*(\S.*?)[ \t]*$/i;

function cleanPublisher(raw: string | undefined): string | undefined {
  if (raw === undefined) return undefined;
  const s = raw.replace(/[\s.,;:]+$/, '').trim();
  return s === '' ? undefined : s;
}

function isBlank(line: string | undefined): boolean {
  return line === undefined || line.trim() === '';
}

/** Reads a header at `lines[start]`; returns it and the index of the first body line, or undefined. */
function readHeader(lines: string[], start: number): { header: Header; next: number } | undefined {
  const first = (lines[start] ?? '').trim();

  // Key-value block.
  const header: Header = {};
  let i = start;
  while (i < lines.length) {
    const m = KEY_VALUE.exec(lines[i] ?? '');
    if (!m) break;
    const key = (m[1] ?? '').toLowerCase();
    const value = m[2] ?? '';
    if (key === 'title' || key === 'headline') header.title = value;
    else if (key === 'source' || key === 'publisher' || key === 'by') header.source = cleanPublisher(value) ?? value;
    else if (key === 'url' || key === 'link') header.url = value;
    else {
      // "Date: 2018-02-26", "Date: 2018-02-26 by Example Wire", "Published: 26 February 2018 — Example Wire"
      const dated = DATE_BY.exec(value);
      const date = parseLooseDate(dated ? (dated[1] ?? '') : value);
      if (date) header.publishedAt = date;
      const by = cleanPublisher(dated?.[2]);
      if (date && by && header.source === undefined) header.source = by;
    }
    i += 1;
  }
  if (i > start && isBlank(lines[i])) return { header, next: i };

  // One-line byline with a date.
  for (const [re, dateGroup, publisherGroup] of BYLINES) {
    const m = re.exec(first);
    if (!m) continue;
    const date = parseLooseDate(m[dateGroup] ?? '');
    if (!date) continue;
    const found: Header = { publishedAt: date };
    const source = cleanPublisher(m[publisherGroup]);
    if (source) found.source = source;
    return { header: found, next: start + 1 };
  }

  // A bare "By Publisher" line, short, followed by a blank line.
  const bare = /^by\s+([A-Z][^.!?]{0,60})$/i.exec(first);
  if (bare && isBlank(lines[start + 1]) && (bare[1] ?? '').trim().split(/\s+/).length <= 6) {
    const source = cleanPublisher(bare[1]);
    if (source) return { header: { source }, next: start + 1 };
  }
  return undefined;
}

/** A headline: one short line standing alone as the first paragraph, without closing punctuation. */
function readHeadline(lines: string[], start: number): { title: string; next: number } | undefined {
  const line = (lines[start] ?? '').trim();
  if (line === '' || line.length > 200 || !isBlank(lines[start + 1])) return undefined;
  if (!/^[\p{Lu}\p{N}"'“‘(]/u.test(line) || !/\p{L}/u.test(line)) return undefined;
  if (/[.!?:;,]$/.test(line.replace(/["'”’)\]]+$/, ''))) return undefined;
  if (line.split(/\s+/).length > 30) return undefined;
  const rest = lines.slice(start + 1);
  if (rest.every((l) => isBlank(l) || SEPARATOR.test(l))) return undefined; // nothing would be left
  return { title: line, next: start + 1 };
}

interface Part {
  header?: Header;
  body: string;
}

function splitPart(lines: string[]): Part {
  let start = 0;
  while (start < lines.length && isBlank(lines[start])) start += 1;
  // Drop closing separators (and blank lines) at the end.
  let end = lines.length;
  while (end > start && (isBlank(lines[end - 1]) || SEPARATOR.test(lines[end - 1] ?? ''))) end -= 1;
  const body = lines.slice(0, end);
  const found = readHeader(body, start);
  if (!found) return { body: body.join('\n') };
  let next = found.next;
  while (next < body.length && isBlank(body[next])) next += 1;
  const header = { ...found.header };
  if (header.title === undefined) {
    const headline = readHeadline(body, next);
    if (headline) {
      header.title = headline.title;
      next = headline.next;
    }
  }
  return { header, body: body.slice(next).join('\n') };
}

/** Splits concatenated reports at separator lines, when every part starts with a header. */
function splitReports(lines: string[]): string[][] | undefined {
  const parts: string[][] = [[]];
  for (const line of lines) {
    if (SEPARATOR.test(line)) parts.push([]);
    else parts[parts.length - 1]?.push(line);
  }
  const nonEmpty = parts.filter((p) => p.some((l) => !isBlank(l)));
  if (nonEmpty.length < 2) return undefined;
  const allHeaded = nonEmpty.every((p) => {
    const first = p.findIndex((l) => !isBlank(l));
    return readHeader(p, first) !== undefined;
  });
  return allHeaded ? nonEmpty : undefined;
}

export function parseText(content: string, origin: string): ParseResult {
  const result = emptyResult();
  const lines = normalizeNewlines(content).split('\n');
  if (lines.every(isBlank)) {
    result.errors.push({ origin, reason: 'empty input: the file holds no text' });
    return result;
  }
  const several = splitReports(lines);
  const parts = several
    ? several.map((p, index) => ({ lines: p, origin: `${origin}#${index}` }))
    : [{ lines, origin }];
  for (const part of parts) {
    const { header, body } = splitPart(part.lines);
    const report = buildReport({ text: body, ...header }, part.origin);
    if (isParseError(report)) result.errors.push(report);
    else result.reports.push(report);
  }
  return result;
}
