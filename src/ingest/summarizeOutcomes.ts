import type { IngestOutcome } from './IngestOutcome';

/** Totals of an ingest run. */
export interface IngestSummary {
  created: number;
  unchanged: number;
  failed: number;
  entitiesCreated: number;
  entitiesMerged: number;
  claims: number;
  failures: Array<{ origin: string; reason: string }>;
}

/** Adds up the outcomes of a run. */
export function summarizeOutcomes(outcomes: readonly IngestOutcome[]): IngestSummary {
  const s: IngestSummary = { created: 0, unchanged: 0, failed: 0, entitiesCreated: 0, entitiesMerged: 0, claims: 0, failures: [] };
  for (const o of outcomes) {
    s[o.status] += 1;
    s.entitiesCreated += o.entitiesCreated;
    s.entitiesMerged += o.entitiesMerged;
    s.claims += o.claims;
    if (o.status === 'failed') s.failures.push({ origin: o.origin, reason: o.reason ?? 'unknown reason' });
  }
  return s;
}
