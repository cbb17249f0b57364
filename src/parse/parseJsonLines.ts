/**
 * JSON Lines (NDJSON) batches: one report object per line. Each report gets the origin
 * `<origin>#<line>` (1-based line number in the input, as editors show it). Blank lines are skipped;
 * a broken line is one error and the other lines go on.
 */
import { isParseError } from './common';
import { describeJsonError, reportFromObject } from './parseJson';
import { emptyResult, type ParseResult } from './ParseResult';

export function parseJsonLines(content: string, origin: string): ParseResult {
  const result = emptyResult();
  const lines = content.replace(/^\uFEFF/, '').split(/\r?\n|\r/);
  let seen = 0;
  lines.forEach((line, index) => {
    if (line.trim() === '') return;
    seen += 1;
    const lineOrigin = `${origin}#${index + 1}`;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (err) {
      result.errors.push({ origin: lineOrigin, reason: describeJsonError(err, line).replace(/line 1, /, '') });
      return;
    }
    const report = reportFromObject(value, lineOrigin);
    if (isParseError(report)) result.errors.push(report);
    else result.reports.push(report);
  });
  if (seen === 0) result.errors.push({ origin, reason: 'empty input: no JSON lines found' });
  return result;
}
