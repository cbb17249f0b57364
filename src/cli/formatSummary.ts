import type { IngestSummary } from '../ingest/summarizeOutcomes';

/** The end-of-run summary printed by `newsgraph ingest`. */
export function formatSummary(s: IngestSummary, seconds: number): string {
  const total = s.created + s.unchanged + s.failed;
  const lines = [
    `reports: ${total} (created ${s.created}, unchanged ${s.unchanged}, failed ${s.failed}) in ${seconds.toFixed(1)} s`,
    `entities: ${s.entitiesCreated} new, ${s.entitiesMerged} merged into existing nodes`,
    `claims: ${s.claims}`,
  ];
  if (s.failures.length > 0) {
    lines.push('failures:');
    for (const f of s.failures) lines.push(`  ${f.origin}: ${f.reason}`);
  }
  return `${lines.join('\n')}\n`;
}
