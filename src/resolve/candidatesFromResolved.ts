import type { CandidateEntity, ResolvedReport } from './ResolvedReport';

/**
 * The entities of already-resolved reports as candidates, so that reports resolved together in
 * one batch see each other the way they would see the graph.
 */
export function candidatesFromResolved(reports: readonly ResolvedReport[]): CandidateEntity[] {
  const out: CandidateEntity[] = [];
  for (const r of reports) {
    for (const e of r.entities) out.push({ id: e.id, type: e.type, name: e.name, normName: e.normName, aliases: e.aliases, keys: e.keys, gazetteerId: e.geo?.gazetteerId });
  }
  return out;
}
