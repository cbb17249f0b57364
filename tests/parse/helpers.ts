import * as path from 'path';
import type { ParseResult } from '../../src/parse/ParseResult';
import type { Report } from '../../src/extract/types';

export const PARSE_FIXTURES = path.join(__dirname, '..', 'fixtures', 'parse');

export function fixture(...parts: string[]): string {
  return path.join(PARSE_FIXTURES, ...parts);
}

/** The single report of a result that must hold exactly one report and no error. */
export function onlyReport(result: ParseResult): Report {
  expect(result.errors).toEqual([]);
  expect(result.reports).toHaveLength(1);
  const report = result.reports[0];
  if (!report) throw new Error('no report');
  return report;
}
