import { readFileSync } from 'node:fs';
import type { Report } from '../../src/extract/types';

const HEADER = /^\s*date\s+(\d{4}-\d{2}-\d{2})\s+By\s+(.+?)\s*$/i;

/**
 * Reads a wire report in the plain-text sample layout: a first line ` date YYYY-MM-DD By Source`,
 * the body, and a closing `---` line. Returns the Report the parse stage would give.
 */
export function readTextReport(path: string): Report {
  const raw = readFileSync(path, 'utf8').replace(/\r\n?/g, '\n');
  const lines = raw.split('\n');
  let start = 0;
  while (start < lines.length && (lines[start] ?? '').trim() === '') start += 1;
  const header = HEADER.exec(lines[start] ?? '');
  let body = lines;
  const report: Partial<Report> = {};
  if (header) {
    report.publishedAt = header[1] as string;
    report.source = header[2] as string;
    body = lines.slice(start + 1);
  }
  let end = body.length;
  while (end > 0 && ((body[end - 1] ?? '').trim() === '' || /^\s*(?:-{3,}|\*{3,})\s*$/.test(body[end - 1] ?? ''))) end -= 1;
  const text = body.slice(0, end).join('\n').trim();
  return { ...report, text, origin: path };
}
