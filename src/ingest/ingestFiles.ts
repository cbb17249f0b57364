import type { Database } from '../db/Database';
import type { Report } from '../extract/types';
import type { ParseError } from '../parse/ParseResult';
import { collectInputs } from '../parse/collectInputs';
import { parseFile } from '../parse/parseFile';
import type { IngestOutcome } from './IngestOutcome';
import { ingestReports, type IngestOptions } from './ingestReports';

const failed = (origin: string, reason: string): IngestOutcome => ({ origin, status: 'failed', entitiesCreated: 0, entitiesMerged: 0, claims: 0, reason });

/**
 * Ingests files and folders: collects the input files, parses them (every input that gives no report
 * is a `failed` outcome with the parser's reason), then ingests the reports. `extraReports` and
 * `extraErrors` add what was parsed elsewhere (standard input). Outcomes: inputs that
 * failed to parse first, then the reports in input order.
 */
export async function ingestFiles(db: Database, paths: readonly string[], options: IngestOptions & { extraReports?: Report[]; extraErrors?: ParseError[] } = {}): Promise<IngestOutcome[]> {
  const { files, errors } = await collectInputs(paths);
  const reports: Report[] = [...(options.extraReports ?? [])];
  const parseFailures: IngestOutcome[] = [...errors, ...(options.extraErrors ?? [])].map((e) => failed(e.origin, e.reason));
  const parsed = await Promise.all(files.map((f) => parseFile(f)));
  for (const p of parsed) {
    reports.push(...p.reports);
    parseFailures.push(...p.errors.map((e) => failed(e.origin, e.reason)));
  }
  const total = parseFailures.length + reports.length;
  let done = 0;
  for (const outcome of parseFailures) {
    done += 1;
    options.onProgress?.({ done, total, outcome });
  }
  const outcomes = await ingestReports(db, reports, {
    ...options,
    onProgress: (e) => options.onProgress?.({ done: done + e.done, total, outcome: e.outcome }),
  });
  return [...parseFailures, ...outcomes];
}
