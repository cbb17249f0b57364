import type { Report } from '../../extract/types';
import { ingestReports } from '../../ingest/ingestReports';
import type { Context } from '../../server/context';
import type { IngestOutcome, IngestReportsResult, ReportInput } from '../generated/resolvers-types';
import { requireAuth } from './runCuration';

const STATUS = { created: 'CREATED', unchanged: 'UNCHANGED', failed: 'REJECTED' } as const;

function toReport(r: ReportInput, i: number): Report {
  return {
    text: r.text,
    origin: `api#${i}`,
    ...(r.title != null ? { title: r.title } : {}),
    ...(r.source != null ? { source: r.source } : {}),
    ...(r.publishedAt != null ? { publishedAt: r.publishedAt } : {}),
    ...(r.url != null ? { url: r.url } : {}),
  };
}

/**
 * ingestReports(input): each report through src/ingest's ingestReports; per report created,
 * unchanged or rejected and why. A report without text is rejected here, before ingestion.
 */
export async function ingestReportsMutation(input: readonly ReportInput[], ctx: Context): Promise<IngestReportsResult> {
  requireAuth(ctx);
  const rows: IngestOutcome[] = input.map((_, index) => ({ index, status: 'REJECTED', articleId: null, reason: 'the report has no text' }));
  const accepted = input.flatMap((r, index) => (r.text.trim() === '' ? [] : [{ index, report: toReport(r, index) }]));
  const outcomes = await ingestReports(
    ctx.db,
    accepted.map((a) => a.report),
  );
  outcomes.forEach((o, k) => {
    const index = accepted[k]?.index;
    if (index !== undefined) rows[index] = { index, status: STATUS[o.status], articleId: o.articleId ?? null, reason: o.reason ?? null };
  });
  const count = (s: string): number => rows.filter((r) => r.status === s).length;
  return { created: count('CREATED'), unchanged: count('UNCHANGED'), rejected: count('REJECTED'), reports: rows };
}
