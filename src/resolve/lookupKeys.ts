import type { Extraction } from '../extract/types';
import { entityNames } from './entityNames';
import { eventDayKeys } from './eventDayKeys';
import { nameKey } from './nameKey';
import type { LookupKeys } from './ResolvedReport';

/**
 * What the writer must look up in the graph (one read query) before resolving these extractions:
 * name/alias/surname keys, the `day-at` keys of events dated to the day at a gazetteer place, and
 * gazetteer ids.
 */
export function lookupKeys(extractions: readonly Extraction[]): LookupKeys {
  const keys = new Set<string>();
  const gazetteerIds = new Set<string>();
  for (const x of extractions) {
    const byKey = new Map(x.entities.map((e) => [e.key, e]));
    for (const e of x.entities) {
      const n = entityNames(e);
      keys.add(nameKey(e.type, 'name', n.normName));
      for (const a of n.aliasNorms) keys.add(nameKey(e.type, 'name', a));
      if (n.singleWord) keys.add(nameKey('Person', 'surname', n.normName));
      if (e.geo !== undefined) gazetteerIds.add(e.geo.gazetteerId);
    }
    for (const r of x.relations) {
      if (r.predicate !== 'TOOK_PLACE_IN') continue;
      const ev = byKey.get(r.subject);
      const place = byKey.get(r.object);
      if (place?.geo !== undefined) for (const k of eventDayKeys([place.geo.gazetteerId], ev?.when?.span)) keys.add(k);
    }
  }
  return { keys: [...keys].sort(), gazetteerIds: [...gazetteerIds].sort() };
}
