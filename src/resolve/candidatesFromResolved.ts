import type { CandidateEntity, ResolvedReport } from './ResolvedReport';

/**
 * The entities of already-resolved reports as candidates, so that reports resolved together in
 * one batch see each other the way they would see the graph.
 */
export function candidatesFromResolved(reports: readonly ResolvedReport[]): CandidateEntity[] {
  const out: CandidateEntity[] = [];
  for (const r of reports) {
    for (const e of r.entities) {
      const placeIds = r.claims
        .filter((c) => c.predicate === 'TOOK_PLACE_IN' && c.subjectId === e.id)
        .map((c) => r.entities.find((p) => p.id === c.objectId)?.geo?.gazetteerId)
        .filter((g): g is string => g !== undefined);
      const spans = r.claims
        .filter((c) => c.predicate === 'HAPPENED_ON' && c.subjectId === e.id && c.start !== null && c.end !== null && c.precision !== null)
        .map((c) => ({ start: c.start as string, end: c.end as string, precision: c.precision as 'day' | 'month' | 'year' }));
      out.push({ id: e.id, type: e.type, name: e.name, normName: e.normName, aliases: e.aliases, keys: e.keys, gazetteerId: e.geo?.gazetteerId, placeIds, spans });
    }
  }
  return out;
}
