import type { Tx } from '../db/Database';
import { cypherFile } from '../db/cypherFile';
import type { CandidateEntity, ResolvedReport } from '../resolve/ResolvedReport';
import { MissingEntityError } from './MissingEntityError';

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
  admin1: string | null;
  admin2: string | null;
}

const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
const byId = <T extends { id: string }>(a: T, b: T): number => cmp(a.id, b.id);

/**
 * What the graph already holds of an entity, by entity id (from the candidate read): its lookup keys
 * and its alias forms. The writer skips an entity whose forms and keys are all known (mentions and
 * claims still MATCH its node), and MERGEs only the keys it lacks. Ingest never removes a NAMES link
 * or an alias, so an entry is at worst incomplete. An entity removed between the read and the write
 * (a curation) makes the mention or claim count come up short: MissingEntityError, and a retry.
 */
export type KnownEntities = ReadonlyMap<string, { keys: ReadonlySet<string>; aliases: ReadonlySet<string> }>;

/** What the graph holds of each candidate the read found: the writer's `known`. */
export function knownEntities(candidates: readonly CandidateEntity[]): KnownEntities {
  return new Map(candidates.map((c) => [c.id, { keys: new Set(c.keys), aliases: new Set(c.aliases) }]));
}

/** The write queries of a batch (cypher/ingest/<name>), in the order `writeParams` gives them. */
export const WRITE_QUERIES = ['writeArticles', 'writeEntities', 'writeMentions', 'writeClaims', 'writePlaceWithin', 'writeCountryContains', 'writeRegionContains'] as const;

/** The parameters of one write query of a batch, by query name. */
export type WriteStep = readonly [name: (typeof WRITE_QUERIES)[number], params: Record<string, unknown>];

/**
 * The parameters of the write queries of a batch, in the order they run. Entities are one row per
 * node sorted by id, lookup keys sorted: concurrent writers then take locks in the same order.
 */
export function writeParams(reports: readonly ResolvedReport[], known?: KnownEntities): WriteStep[] {
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
        admin1: e.geo?.admin1 ?? null,
        admin2: e.geo?.admin2 ?? null,
      });
    }
  }
  const entityRows = [...entities.values()]
    .flatMap((e) => {
      const k = known?.get(e.id);
      if (k === undefined) return [{ ...e, keys: [...e.keys].sort() }];
      const keys = e.keys.filter((key) => !k.keys.has(key)).sort();
      return keys.length === 0 && e.aliases.every((a) => k.aliases.has(a)) ? [] : [{ ...e, keys }];
    })
    .sort(byId);
  // Gazetteer containment: each place with the gazetteer ids it lies in; each country and region.
  const placesById = new Map<string, { id: string; within: string[] }>();
  const countries = new Map<string, { id: string; gazetteerId: string }>();
  const regions = new Map<string, { id: string; gazetteerId: string; level: 1 | 2 }>();
  for (const e of reports.flatMap((r) => r.entities)) {
    const geo = e.geo;
    if (geo === undefined) continue;
    const within = [geo.countryId, geo.admin1, geo.admin2].filter((g): g is string => g !== undefined && g !== geo.gazetteerId);
    if (within.length > 0) placesById.set(e.id, { id: e.id, within });
    if (/^PCL/.test(geo.featureCode)) countries.set(e.id, { id: e.id, gazetteerId: geo.gazetteerId });
    if (geo.featureCode === 'ADM1' || geo.featureCode === 'ADM2') regions.set(e.id, { id: e.id, gazetteerId: geo.gazetteerId, level: geo.featureCode === 'ADM1' ? 1 : 2 });
  }
  return [
    ['writeArticles', { articles }],
    ['writeEntities', { keys: [...new Set(entityRows.flatMap((e) => e.keys))].sort(), entities: entityRows }],
    // Relationships lock their end nodes (while a node is not dense): entity order again.
    ['writeMentions', { mentions: reports.flatMap((r) => r.mentions).sort((a, b) => cmp(a.entityId, b.entityId)) }],
    ['writeClaims', { claims: reports.flatMap((r) => r.claims).sort((a, b) => cmp(a.subjectId ?? '', b.subjectId ?? '') || cmp(a.objectId ?? '', b.objectId ?? '')) }],
    ['writePlaceWithin', { places: [...placesById.values()] }],
    ['writeCountryContains', { countries: [...countries.values()] }],
    ['writeRegionContains', { regions: [...regions.values()] }],
  ];
}

/**
 * Writes resolved reports inside the caller's write transaction with batched UNWIND queries:
 * Articles (+Source, Sentences), Entities (+lookup keys), Mentions, Claims (+SUBJECT/OBJECT/STATED_IN),
 * gazetteer WITHIN links both ways round (a query with nothing to write is skipped). The caller checks beforehand
 * that no report is in the graph; one written meanwhile by another writer fails the transaction on a
 * uniqueness constraint (retryable). Throws MissingEntityError when a mention or claim finds no
 * entity node. `known` (optional) is what the graph already holds of each entity.
 */
export async function writeResolvedBatch(tx: Tx, reports: readonly ResolvedReport[], hooks: WriteHooks = {}, known?: KnownEntities): Promise<WrittenReport[]> {
  const after = async (name: string): Promise<void> => {
    if (hooks.afterQuery !== undefined) await hooks.afterQuery(name);
  };
  let createdEntities = new Set<string>();
  for (const [name, params] of writeParams(reports, known)) {
    const lists = Object.values(params).filter((v): v is unknown[] => Array.isArray(v));
    if (name !== 'writeArticles' && lists.every((l) => l.length === 0)) {
      await after(name);
      continue;
    }
    const rows = await tx.run<{ id: string; created: boolean; expected: number; linked: number }>(cypherFile(`ingest/${name}`), params);
    if (name === 'writeMentions' || name === 'writeClaims') {
      for (const r of rows) if (r.linked < r.expected) throw new MissingEntityError(name === 'writeMentions' ? 'mentions' : 'claims', r.expected, r.linked);
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
