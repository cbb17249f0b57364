import type { CandidateEntity } from './ResolvedReport';

/** Candidates indexed by id, lookup key and gazetteer id. */
export interface CandidateIndex {
  byId: Map<string, CandidateEntity>;
  byKey(key: string): CandidateEntity[];
  byGazetteerId(id: string): CandidateEntity[];
}

/** Indexes candidates for resolution; a candidate listed twice (two lookups found it) counts once. */
export function indexCandidates(candidates: readonly CandidateEntity[]): CandidateIndex {
  const byId = new Map<string, CandidateEntity>();
  for (const c of candidates) {
    const seen = byId.get(c.id);
    byId.set(c.id, seen === undefined ? c : { ...seen, keys: [...new Set([...seen.keys, ...c.keys])] });
  }
  const keys = new Map<string, CandidateEntity[]>();
  const gaz = new Map<string, CandidateEntity[]>();
  const add = (m: Map<string, CandidateEntity[]>, k: string, c: CandidateEntity): void => {
    const list = m.get(k);
    if (list === undefined) m.set(k, [c]);
    else list.push(c);
  };
  for (const c of byId.values()) {
    for (const k of c.keys) add(keys, k, c);
    if (c.gazetteerId !== undefined) add(gaz, c.gazetteerId, c);
  }
  return {
    byId,
    byKey: (k) => keys.get(k) ?? [],
    byGazetteerId: (g) => gaz.get(g) ?? [],
  };
}
