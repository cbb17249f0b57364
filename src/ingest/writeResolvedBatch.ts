import type { Tx } from '../db/Database';
import { cypherFile } from '../db/cypherFile';
import type { ResolvedReport } from '../resolve/ResolvedReport';
import { AlreadyIngestedError } from './AlreadyIngestedError';

/** Test-only hooks into a write (to prove atomicity by failing halfway). */
export interface WriteHooks {
  /** Called after each query of the write transaction with the query name. */
  afterQuery?: (name: string) => void | Promise<void>;
}

/** What the write of one report in a batch produced. */
export interface WrittenReport {
  articleId: string;
  entitiesCreated: number;
  entitiesMerged: number;
  claims: number;
}

interface EntityRow {
  id: string;
  type: string;
  name: string;
  normName: string;
  aliases: string[];
  keys: string[];
  kind: string | null;
  gazetteer: string | null;
  gazetteerId: string | null;
  lat: number | null;
  lon: number | null;
  countryCode: string | null;
  featureCode: string | null;
  countryId: string | null;
}

const byId = <T extends { id: string }>(a: T, b: T): number => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * Writes resolved reports inside the caller's write transaction with five batched UNWIND queries:
 * Articles (+Source, Sentences), Entities (+lookup keys), Mentions, Claims (+SUBJECT/OBJECT/STATED_IN),
 * gazetteer WITHIN links. Throws AlreadyIngestedError (rolling the transaction back) when any report
 * is in the graph already.
 */
export async function writeResolvedBatch(tx: Tx, reports: readonly ResolvedReport[], hooks: WriteHooks = {}): Promise<WrittenReport[]> {
  const after = async (name: string): Promise<void> => {
    if (hooks.afterQuery !== undefined) await hooks.afterQuery(name);
  };

  const articles = reports.map((r) => ({ ...r.article, sentences: r.sentences }));
  const written = await tx.run<{ id: string; created: boolean }>(cypherFile('ingest/writeArticles'), { articles });
  const created = new Set(written.filter((w) => w.created).map((w) => w.id));
  const already = reports.map((r) => r.article.id).filter((id) => !created.has(id));
  if (already.length > 0) throw new AlreadyIngestedError(already);
  await after('writeArticles');

  // One row per node, sorted by id: concurrent writers then take locks in the same order.
  const entities = new Map<string, EntityRow>();
  for (const r of reports) {
    for (const e of r.entities) {
      const seen = entities.get(e.id);
      if (seen !== undefined) {
        seen.aliases = [...new Set([...seen.aliases, ...e.aliases])];
        seen.keys = [...new Set([...seen.keys, ...e.keys])];
        continue;
      }
      entities.set(e.id, {
        id: e.id,
        type: e.type,
        name: e.name,
        normName: e.normName,
        aliases: e.aliases,
        keys: e.keys,
        kind: e.kind ?? null,
        gazetteer: e.geo?.gazetteer ?? null,
        gazetteerId: e.geo?.gazetteerId ?? null,
        lat: e.geo?.lat ?? null,
        lon: e.geo?.lon ?? null,
        countryCode: e.geo?.countryCode ?? null,
        featureCode: e.geo?.featureCode ?? null,
        countryId: e.geo?.countryId ?? null,
      });
    }
  }
  const entityRows = [...entities.values()].map((e) => ({ ...e, keys: [...e.keys].sort() })).sort(byId);
  const entityResult = await tx.run<{ id: string; created: boolean }>(cypherFile('ingest/writeEntities'), { entities: entityRows });
  const createdEntities = new Set(entityResult.filter((r) => r.created).map((r) => r.id));
  await after('writeEntities');

  await tx.run(cypherFile('ingest/writeMentions'), { mentions: reports.flatMap((r) => r.mentions) });
  await after('writeMentions');

  await tx.run(cypherFile('ingest/writeClaims'), { claims: reports.flatMap((r) => r.claims) });
  await after('writeClaims');

  const places = [...new Map(reports.flatMap((r) => r.entities).filter((e) => e.geo?.countryId !== undefined && e.geo.countryId !== e.geo.gazetteerId).map((e) => [e.id, { id: e.id, countryId: e.geo?.countryId }])).values()];
  const countries = [...new Map(reports.flatMap((r) => r.entities).filter((e) => e.geo !== undefined && /^PCL/.test(e.geo.featureCode)).map((e) => [e.id, { id: e.id, gazetteerId: e.geo?.gazetteerId }])).values()];
  if (places.length > 0 || countries.length > 0) {
    await tx.run(cypherFile('ingest/writePlaceWithin'), { places, countries });
  }
  await after('writePlaceWithin');

  // A node several reports of the batch share counts as created for the first of them only.
  const credited = new Set<string>();
  return reports.map((r) => {
    let made = 0;
    for (const e of r.entities) {
      if (createdEntities.has(e.id) && !credited.has(e.id)) {
        credited.add(e.id);
        made += 1;
      }
    }
    return { articleId: r.article.id, entitiesCreated: made, entitiesMerged: r.entities.length - made, claims: r.claims.length };
  });
}
