import type { CandidateEntity } from './ResolvedReport';

/** Candidates indexed by id, lookup key and gazetteer id; `add` extends it in place. */
export interface CandidateIndex {
  byId: Map<string, CandidateEntity>;
  byKey(key: string): CandidateEntity[];
  byGazetteerId(id: string): CandidateEntity[];
  /** Adds candidates (a candidate listed twice, e.g. found by two lookups, counts once with every key). */
  add(candidates: Iterable<CandidateEntity>): void;
}

/** True for an index (as opposed to a plain list of candidates). */
export function isCandidateIndex(x: readonly CandidateEntity[] | CandidateIndex): x is CandidateIndex {
  return !Array.isArray(x);
}

/**
 * Indexes candidates for resolution. Adding to the index costs only the added candidates, so a
 * batch of reports resolved one after the other (each seeing the earlier ones) indexes each once.
 */
export function indexCandidates(candidates: Iterable<CandidateEntity> = []): CandidateIndex {
  const byId = new Map<string, CandidateEntity>();
  const keys = new Map<string, CandidateEntity[]>();
  const gaz = new Map<string, CandidateEntity[]>();
  const put = (m: Map<string, CandidateEntity[]>, k: string, c: CandidateEntity): void => {
    const list = m.get(k);
    if (list === undefined) m.set(k, [c]);
    else {
      const at = list.findIndex((x) => x.id === c.id);
      if (at >= 0) list[at] = c;
      else list.push(c);
    }
  };
  const add = (cs: Iterable<CandidateEntity>): void => {
    for (const c of cs) {
      const seen = byId.get(c.id);
      const merged = seen === undefined ? c : { ...seen, keys: [...new Set([...seen.keys, ...c.keys])] };
      byId.set(c.id, merged);
      for (const k of merged.keys) put(keys, k, merged);
      if (merged.gazetteerId !== undefined) put(gaz, merged.gazetteerId, merged);
    }
  };
  add(candidates);
  return {
    byId,
    byKey: (k) => keys.get(k) ?? [],
    byGazetteerId: (g) => gaz.get(g) ?? [],
    add,
  };
}
