import type { EntityType, GeoInfo, Predicate, TimeSpan } from '../extract/types';

/** Why a mention resolved to its node (recorded on `MENTIONS.resolution`). */
export type Resolution = 'new' | 'same-name' | 'short-form' | 'gazetteer-id' | 'alias' | 'same-event';

/** An entity already in the graph, as the writer's candidate lookup returns it. */
export interface CandidateEntity {
  id: string;
  type: EntityType;
  name: string;
  normName: string;
  aliases: string[];
  /** Every lookup key (`nameKey`) registered for it (events: also their `day-at` keys). */
  keys: string[];
  gazetteerId?: string | undefined;
}

/** What the candidate lookup must be asked for, in one read query. */
export interface LookupKeys {
  /** `nameKey` values: names, alias forms, surnames, and the `day-at` keys of events dated to the day at a gazetteer place. */
  keys: string[];
  /** Gazetteer ids of places the report names. */
  gazetteerIds: string[];
}

/** An entity of the report, resolved to its graph node id. */
export interface ResolvedEntity {
  id: string;
  type: EntityType;
  /** The fullest form the report uses (titles stripped for people); set when the node is created. */
  name: string;
  normName: string;
  /** Every form this report uses for it. */
  aliases: string[];
  /** Lookup keys to register for future reports. */
  keys: string[];
  /** Why it resolved to `id` (for the entity as a whole). */
  resolution: Resolution;
  /** True when it resolved to a node found in the graph (or earlier in the same batch). */
  matchedExisting: boolean;
  geo?: GeoInfo;
  kind?: string;
}

/** One mention, ready to write as `(Sentence)-[:MENTIONS]->(Entity)`. */
export interface ResolvedMention {
  sentenceId: string;
  entityId: string;
  start: number;
  end: number;
  text: string;
  resolution: Resolution;
}

/** One claim, ready to write with its SUBJECT, OBJECT and STATED_IN. */
export interface ResolvedClaim {
  id: string;
  predicate: Predicate | 'REPORTED_FIGURE' | 'HAPPENED_ON' | 'NAMED_AS';
  subjectId: string | null;
  objectId: string | null;
  sentenceId: string;
  text: string;
  qualifier: string | null;
  value: number | null;
  counts: string | null;
  start: string | null;
  end: string | null;
  precision: TimeSpan['precision'] | null;
}

/** The article node and its sentences. */
export interface ResolvedArticle {
  id: string;
  contentHash: string;
  title: string;
  url: string | null;
  /** YYYY-MM-DD, written as a Neo4j date. */
  publishedAt: string | null;
  text: string;
  origin: string;
  sourceId: string | null;
  sourceName: string | null;
}

/** A report after resolution: everything the writer needs, with deterministic ids. */
export interface ResolvedReport {
  article: ResolvedArticle;
  sentences: Array<{ id: string; index: number; start: number; end: number; text: string }>;
  entities: ResolvedEntity[];
  mentions: ResolvedMention[];
  claims: ResolvedClaim[];
  /** Extraction entity key → graph entity id. */
  keyMap: Record<string, string>;
}
