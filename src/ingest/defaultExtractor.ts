import { extractReport } from '../extract/extractReport';
import type { Extraction, Report } from '../extract/types';

/** The extraction stage used when ingestReports is given none: src/extract's extractReport. */
export function defaultExtractor(report: Report): Extraction {
  return extractReport(report);
}
