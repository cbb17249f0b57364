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

const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
const byId = <T extends { id: string }>(a: T, b: T): number => cmp(a.id, b.id);

/**
 * Lookup keys already registered in the graph, by entity id (from the candidate read): the writer
 * skips MERGEing them again. Ingest never removes a NAMES link, so an entry is at worst incomplete
 * (the missing keys are MERGEd). Only a curation undo that deletes the entity between the read and
 * the write could leave the re-created node without them.
 */
export type KnownKeys = ReadonlyMap<string, ReadonlySet<string>>;

/** The parameters of one write query of a batch, by query name (cypher/ingest/<name>). */
export type WriteStep = readonly [name: 'writeArticles' | 'writeEntities' | 'writeMentions' | 'writeClaims' | 'writePlaceWithin', params: Record<string, unknown>];

/**
 * The parameters of the write queries of a batch, in the order they run. Entities are one row per
 * node sorted by id, lookup keys sorted: concurrent writers then take locks in the same order.
 */
export function writeParams(reports: readonly ResolvedReport[], knownKeys?: KnownKeys): WriteStep[] {
  // Sorted by source, so that writers creating the same new Source nodes lock them in the same order.
  const articles = reports.map((r) => ({ ...r.article, sentences: r.sentences })).sort((a, b) => cmp(a.sourceId ?? '', b.sourceId ?? '') || cmp(a.id, b.id));
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
  const entityRows = [...entities.values()]
    .map((e) => {
      const known = knownKeys?.get(e.id);
      return { ...e, keys: (known === undefined ? [...e.keys] : e.keys.filter((k) => !known.has(k))).sort() };
    })
    .sort(byId);
  const places = [...new Map(reports.flatMap((r) => r.entities).filter((e) => e.geo?.countryId !== undefined && e.geo.countryId !== e.geo.gazetteerId).map((e) => [e.id, { id: e.id, countryId: e.geo?.countryId }])).values()];
  const countries = [...new Map(reports.flatMap((r) => r.entities).filter((e) => e.geo !== undefined && /^PCL/.test(e.geo.featureCode)).map((e) => [e.id, { id: e.id, gazetteerId: e.geo?.gazetteerId }])).values()];
  return [
    ['writeArticles', { articles }],
    ['writeEntities', { keys: [...new Set(entityRows.flatMap((e) => e.keys))].sort(), entities: entityRows }],
    // Relationships lock their end nodes (while a node is not dense): entity order again.
    ['writeMentions', { mentions: reports.flatMap((r) => r.mentions).sort((a, b) => cmp(a.entityId, b.entityId)) }],
    ['writeClaims', { claims: reports.flatMap((r) => r.claims).sort((a, b) => cmp(a.subjectId ?? '', b.subjectId ?? '') || cmp(a.objectId ?? '', b.objectId ?? '')) }],
    ['writePlaceWithin', { places, countries }],
  ];
}

/**
 * Writes resolved reports inside the caller's write transaction with five batched UNWIND queries:
 * Articles (+Source, Sentences), Entities (+lookup keys), Mentions, Claims (+SUBJECT/OBJECT/STATED_IN),
 * gazetteer WITHIN links. Throws AlreadyIngestedError (rolling the transaction back) when any report
 * is in the graph already. `knownKeys` (optional) lists lookup keys the graph has already.
 */
export async function writeResolvedBatch(tx: Tx, reports: readonly ResolvedReport[], hooks: WriteHooks = {}, knownKeys?: KnownKeys): Promise<WrittenReport[]> {
  const after = async (name: string): Promise<void> => {
    if (hooks.afterQuery !== undefined) await hooks.afterQuery(name);
  };
  let createdEntities = new Set<string>();
  for (const [name, params] of writeParams(reports, knownKeys)) {
    if (name === 'writePlaceWithin' && (params['places'] as unknown[]).length === 0 && (params['countries'] as unknown[]).length === 0) {
      await after(name);
      continue;
    }
    const rows = await tx.run<{ id: string; created: boolean }>(cypherFile(`ingest/${name}`), params);
    if (name === 'writeArticles') {
      const created = new Set(rows.filter((w) => w.created).map((w) => w.id));
      const already = reports.map((r) => r.article.id).filter((id) => !created.has(id));
      if (already.length > 0) throw new AlreadyIngestedError(already);
    }
    if (name === 'writeEntities') createdEntities = new Set(rows.filter((r) => r.created).map((r) => r.id));
    await after(name);
  }

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
