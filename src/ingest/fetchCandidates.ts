import type { Database } from '../db/Database';
import { cypherFile } from '../db/cypherFile';
import type { EntityType } from '../extract/types';
import type { CandidateEntity, LookupKeys } from '../resolve/ResolvedReport';

interface Row {
  id: string;
  type: EntityType | null;
  name: string | null;
  normName: string | null;
  aliases: string[];
  gazetteerId: string | null;
  keys: string[];
}

/** The graph entities the resolver may merge with, in ONE read query by lookup keys. */
export async function fetchCandidates(db: Database, keys: LookupKeys): Promise<CandidateEntity[]> {
  if (keys.keys.length === 0 && keys.gazetteerIds.length === 0) return [];
  const rows = await db.read<Row>(cypherFile('ingest/findCandidates'), { ...keys });
  return rows
    .filter((r) => r.type !== null)
    .map((r) => ({
      id: r.id,
      type: r.type as EntityType,
      name: r.name ?? '',
      normName: r.normName ?? '',
      aliases: r.aliases,
      keys: r.keys,
      gazetteerId: r.gazetteerId ?? undefined,
    }));
}
