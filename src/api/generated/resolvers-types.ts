import type { GraphQLResolveInfo } from 'graphql';
import type { Context } from '../../server/context';
import type { CompiledRow } from '../compile/CompiledRow';
export type Maybe<T> = T | null;
export type InputMaybe<T> = T | null | undefined;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
};

/** One form of an entity's name, with the reports that used it. */
export type Alias = {
  __typename?: 'Alias';
  /** How many mentions used this form. */
  mentionCount: Scalars['Int']['output'];
  /** Reports that used this form, newest first. */
  reports: Array<Article>;
  /** The words the reports used. */
  text: Scalars['String']['output'];
};

/** A news report as ingested. */
export type Article = Node & {
  __typename?: 'Article';
  /** Claims stated in this report, in sentence order. */
  claims: Array<Claim>;
  /** Entities the report mentions, most mentioned first; optionally only some types. */
  entities: Array<MentionedEntity>;
  /** Article id: `article:<first 24 hex of sha256(url or content hash)>`. */
  id: Scalars['ID']['output'];
  /** Publication date (ISO 8601) as the report gives it. */
  publishedAt?: Maybe<Scalars['String']['output']>;
  /** Other reports ranked by how many entities they share with this one. */
  relatedReports: Array<RelatedReport>;
  /** The report's sentences in order: the evidence units. */
  sentences: Array<Sentence>;
  /** Who published the report. */
  source?: Maybe<Source>;
  /** The full text of the report. */
  text?: Maybe<Scalars['String']['output']>;
  /** Title given by the report, or derived from its first sentence. */
  title: Scalars['String']['output'];
  /** Address of the report, when it came with one. */
  url?: Maybe<Scalars['String']['output']>;
};


/** A news report as ingested. */
export type ArticleClaimsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  predicates?: InputMaybe<Array<ClaimPredicate>>;
};


/** A news report as ingested. */
export type ArticleEntitiesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  types?: InputMaybe<Array<EntityType>>;
};


/** A news report as ingested. */
export type ArticleRelatedReportsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A news report as ingested. */
export type ArticleSentencesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of reports. */
export type ArticleConnection = {
  __typename?: 'ArticleConnection';
  /** The reports on this page. */
  edges: Array<ArticleEdge>;
  /** Paging information. */
  pageInfo: PageInfo;
  /** How many reports match the filter in all. */
  totalCount: Scalars['Int']['output'];
};

/** One report in a page. */
export type ArticleEdge = {
  __typename?: 'ArticleEdge';
  /** Opaque keyset cursor (sort key and id). */
  cursor: Scalars['String']['output'];
  /** The report. */
  node: Article;
};

/** Filters on reports; all given conditions must hold. */
export type ArticleFilter = {
  /** Only reports that mention an event whose reported date overlaps this range: from (ISO date). */
  happenedFrom?: InputMaybe<Scalars['String']['input']>;
  /** ... to (ISO date). */
  happenedTo?: InputMaybe<Scalars['String']['input']>;
  /** Only reports that mention every one of these entities. */
  mentions?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Only reports that mention this place. */
  place?: InputMaybe<Scalars['ID']['input']>;
  /** Published on or after this ISO date. */
  publishedFrom?: InputMaybe<Scalars['String']['input']>;
  /** Published on or before this ISO date. */
  publishedTo?: InputMaybe<Scalars['String']['input']>;
  /** Only reports by these sources (source ids). */
  sources?: InputMaybe<Array<Scalars['ID']['input']>>;
};

/** Orders for reports. */
export type ArticleSort =
  /** Oldest first (by publication date). */
  | 'PUBLISHED_ASC'
  /** Newest first (by publication date). */
  | 'PUBLISHED_DESC'
  /** By title, A to Z. */
  | 'TITLE_ASC';

/** One statement a report makes, stated in one of its sentences. The graph asserts only that the report said it. */
export type Claim = Node & {
  __typename?: 'Claim';
  /** What is counted, for REPORTED_FIGURE. */
  counts?: Maybe<Scalars['String']['output']>;
  /** Last day, for HAPPENED_ON (ISO date). */
  end?: Maybe<Scalars['String']['output']>;
  /** Claim id: `claim:<sha256 of article, predicate, subject, object or value, sentence>`. */
  id: Scalars['ID']['output'];
  /** The other end, for relations between entities. */
  object?: Maybe<Entity>;
  /** Precision of the date (day, month, year), for HAPPENED_ON. */
  precision?: Maybe<Scalars['String']['output']>;
  /** What is stated. */
  predicate: ClaimPredicate;
  /** Title (HOLDS_ROLE) or hedge words (REPORTED_FIGURE). */
  qualifier?: Maybe<Scalars['String']['output']>;
  /** The report that states it. */
  report: Article;
  /** The sentence that states it. */
  sentence: Sentence;
  /** Who published that report. */
  source?: Maybe<Source>;
  /** First day, for HAPPENED_ON (ISO date). */
  start?: Maybe<Scalars['String']['output']>;
  /** What the claim is about. */
  subject?: Maybe<Entity>;
  /** The words that state it. */
  text?: Maybe<Scalars['String']['output']>;
  /** The number, for REPORTED_FIGURE. */
  value?: Maybe<Scalars['Float']['output']>;
};

/** What a claim states. Relations between two entities have both subject and object. */
export type ClaimPredicate =
  /** Subject is affiliated with the object. */
  | 'AFFILIATED_WITH'
  /** Subject event commemorates the object event. */
  | 'COMMEMORATES'
  /** When the subject event happened (start, end, precision). */
  | 'HAPPENED_ON'
  /** Subject person holds a title (qualifier) at the object. */
  | 'HOLDS_ROLE'
  /** Subject initiated the object (a campaign, ...). */
  | 'INITIATED'
  /** Subject event involves the object. */
  | 'INVOLVES'
  /** Subject is located in the object place. */
  | 'LOCATED_IN'
  /** A label the report gave the subject event (text); the name-forms of other entities are their mentions (`aliases`). */
  | 'NAMED_AS'
  /** Subject organised the object event. */
  | 'ORGANIZED'
  /** Subject took part in the object event. */
  | 'PARTICIPATED_IN'
  /** Subject is said to have perpetrated the object event. */
  | 'PERPETRATED'
  /** A figure about the subject event (value, counts, qualifier). */
  | 'REPORTED_FIGURE'
  /** Subject spoke at the object event. */
  | 'SPOKE_AT'
  /** Subject (a unit) is stationed in the object place. */
  | 'STATIONED_IN'
  /** Subject event took place in the object place. */
  | 'TOOK_PLACE_IN';

/** An entity named in the same reports as another. */
export type Cooccurrence = {
  __typename?: 'Cooccurrence';
  /** The other entity. */
  entity: Entity;
  /** How many reports mention both. */
  reportCount: Scalars['Int']['output'];
  /** The reports that mention both, newest first. */
  reports: Array<Article>;
  /** How many sentences mention both. */
  sentenceCount: Scalars['Int']['output'];
};

/** Latitude and longitude from the gazetteer (WGS 84). */
export type Coordinates = {
  __typename?: 'Coordinates';
  /** Latitude in degrees. */
  latitude: Scalars['Float']['output'];
  /** Longitude in degrees. */
  longitude: Scalars['Float']['output'];
};

/** Aggregations. */
export type Counts = {
  __typename?: 'Counts';
  /** Mentions per source: of one entity, or of all entities when none is given; most first. */
  mentionsPerSource: Array<SourceCount>;
  /** Reports per publication month that mention the entity, in month order. */
  reportsPerMonth: Array<MonthCount>;
};


/** Aggregations. */
export type CountsMentionsPerSourceArgs = {
  entity?: InputMaybe<Scalars['ID']['input']>;
};


/** Aggregations. */
export type CountsReportsPerMonthArgs = {
  entity: Scalars['ID']['input'];
};

/** An analyst's change to entity resolution: who, when, why; reversible. */
export type Curation = Node & {
  __typename?: 'Curation';
  /** What was done. */
  action: CurationAction;
  /** The alias split off (SPLIT_ALIAS). */
  alias?: Maybe<Scalars['String']['output']>;
  /** When (ISO date-time). */
  at: Scalars['String']['output'];
  /** Who did it. */
  by: Scalars['String']['output'];
  /** The involved entities that currently exist. */
  entities: Array<Entity>;
  /** Every entity id involved (kept, merged, split, created). */
  entityIds: Array<Scalars['ID']['output']>;
  /** Curation id: `curation:<uuid>`. */
  id: Scalars['ID']['output'];
  /** Why, as the analyst wrote it. */
  reason: Scalars['String']['output'];
  /** The entity that resulted: the kept one (merge) or the new one (split); null once undone. */
  result?: Maybe<Entity>;
  /** Why it was undone. */
  undoReason?: Maybe<Scalars['String']['output']>;
  /** True once undoCuration reversed it. */
  undone: Scalars['Boolean']['output'];
  /** When it was undone. */
  undoneAt?: Maybe<Scalars['String']['output']>;
  /** Who undid it. */
  undoneBy?: Maybe<Scalars['String']['output']>;
};

/** Which kind of curation. */
export type CurationAction =
  /** Several entities merged into one. */
  | 'MERGE_ENTITIES'
  /** One alias split off into its own entity. */
  | 'SPLIT_ALIAS';

/**
 * Something reports name: a person, organisation, place or event. An entity holds only what is not
 * contested (its id, the names used for it, gazetteer facts); everything else is a Claim.
 */
export type Entity = {
  /** Every form of the name the reports used, each with the reports that used it. */
  aliases: Array<Alias>;
  /** Claims about it (as subject or object), each with its report and sentence. */
  claims: Array<Claim>;
  /** Entity id: `<type>:<normalised key>`. */
  id: Scalars['ID']['output'];
  /** How many times reports mention it (all mentions in all sentences). */
  mentionCount: Scalars['Int']['output'];
  /** The fullest name the reports used for it. */
  name: Scalars['String']['output'];
  /** How many distinct reports mention it. */
  reportCount: Scalars['Int']['output'];
  /** Reports that mention it, newest first. */
  reports: Array<Article>;
  /** Which kind of entity it is. */
  type: EntityType;
};


/**
 * Something reports name: a person, organisation, place or event. An entity holds only what is not
 * contested (its id, the names used for it, gazetteer facts); everything else is a Claim.
 */
export type EntityClaimsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  predicates?: InputMaybe<Array<ClaimPredicate>>;
};


/**
 * Something reports name: a person, organisation, place or event. An entity holds only what is not
 * contested (its id, the names used for it, gazetteer facts); everything else is a Claim.
 */
export type EntityReportsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of entities. */
export type EntityConnection = {
  __typename?: 'EntityConnection';
  /** The entities on this page. */
  edges: Array<EntityEdge>;
  /** Paging information. */
  pageInfo: PageInfo;
  /** How many entities match the filter in all. */
  totalCount: Scalars['Int']['output'];
};

/** One entity in a page. */
export type EntityEdge = {
  __typename?: 'EntityEdge';
  /** Opaque keyset cursor (sort key and id). */
  cursor: Scalars['String']['output'];
  /** The entity. */
  node: Entity;
};

/** Filters on entities; all given conditions must hold. */
export type EntityFilter = {
  /** Mentioned in this report. */
  article?: InputMaybe<Scalars['ID']['input']>;
  /** Linked by a claim to this place (located in, took place in, stationed in). */
  place?: InputMaybe<Scalars['ID']['input']>;
  /** Mentioned by a report published on or after this ISO date. */
  publishedFrom?: InputMaybe<Scalars['String']['input']>;
  /** Mentioned by a report published on or before this ISO date. */
  publishedTo?: InputMaybe<Scalars['String']['input']>;
  /** Mentioned by a report of one of these sources (source ids). */
  sources?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Only these types. */
  types?: InputMaybe<Array<EntityType>>;
};

/** Orders for entities. */
export type EntitySort =
  /** Most mentioned first. */
  | 'MENTIONS_DESC'
  /** By name, A to Z. */
  | 'NAME_ASC';

/** The four kinds of entity the graph holds. */
export type EntityType =
  /** Something that happened or is held: a massacre, a commemoration, a campaign, ... */
  | 'Event'
  /** An organisation: embassy, union, armed force, agency, ... */
  | 'Organization'
  /** A person. */
  | 'Person'
  /** A place: country, city, region, ... */
  | 'Place';

/** Something that happened or is held, as reports describe it. When, where, who and how many are claims. */
export type Event = Entity & Node & {
  __typename?: 'Event';
  /** Every form of the name used, with the reports that used it. */
  aliases: Array<Alias>;
  /** Claims about this event, each with its report and sentence. */
  claims: Array<Claim>;
  /** Events reports said commemorate this one. */
  commemoratedBy: Array<EventLink>;
  /** Events this one commemorates, according to reports. */
  commemorates: Array<EventLink>;
  /** Every reported value of each figure side by side, grouped by what is counted; never averaged. */
  figureLedger: Array<FigureLine>;
  /** Every REPORTED_FIGURE claim about this event, as stated. */
  figures: Array<Claim>;
  /** Entity id: `event:<normalised key>`. */
  id: Scalars['ID']['output'];
  /** A general kind word (commemoration, massacre, conflict, ceasefire, campaign, ...). */
  kind?: Maybe<Scalars['String']['output']>;
  /** How many times reports mention this event. */
  mentionCount: Scalars['Int']['output'];
  /** The fullest name a report used; labels are contested, see `namedAs`. */
  name: Scalars['String']['output'];
  /** The labels reports gave this event (NAMED_AS claims), attributed. */
  namedAs: Array<Claim>;
  /** Who took part and in what part (ORGANIZED, SPOKE_AT, PARTICIPATED_IN, INITIATED, PERPETRATED, INVOLVES), grouped by entity and part. */
  participants: Array<Participant>;
  /** How many distinct reports mention this event. */
  reportCount: Scalars['Int']['output'];
  /** Reports that mention this event, newest first. */
  reports: Array<Article>;
  /** Always Event. */
  type: EntityType;
  /** When it happened, as each report says (HAPPENED_ON claims), earliest first. */
  when: Array<EventDate>;
  /** Where it happened, as reports say (TOOK_PLACE_IN claims), grouped by place. */
  where: Array<EventPlace>;
};


/** Something that happened or is held, as reports describe it. When, where, who and how many are claims. */
export type EventClaimsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  predicates?: InputMaybe<Array<ClaimPredicate>>;
};


/** Something that happened or is held, as reports describe it. When, where, who and how many are claims. */
export type EventReportsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of events. */
export type EventConnection = {
  __typename?: 'EventConnection';
  /** The events on this page. */
  edges: Array<EventEdge>;
  /** Paging information. */
  pageInfo: PageInfo;
  /** How many events match the filter in all. */
  totalCount: Scalars['Int']['output'];
};

/** When an event happened, according to one report. */
export type EventDate = {
  __typename?: 'EventDate';
  /** The HAPPENED_ON claim, with report and sentence. */
  claim: Claim;
  /** Last day (ISO date). */
  end?: Maybe<Scalars['String']['output']>;
  /** How precise the report was: day, month or year. */
  precision?: Maybe<Scalars['String']['output']>;
  /** First day (ISO date). */
  start?: Maybe<Scalars['String']['output']>;
  /** The words that state it. */
  text?: Maybe<Scalars['String']['output']>;
};

/** One event in a page. */
export type EventEdge = {
  __typename?: 'EventEdge';
  /** Opaque keyset cursor (sort key and id). */
  cursor: Scalars['String']['output'];
  /** The event. */
  node: Event;
};

/** Filters on events; all given conditions must hold. */
export type EventFilter = {
  /** A reported date of the event overlaps this range: from (ISO date). */
  happenedFrom?: InputMaybe<Scalars['String']['input']>;
  /** ... to (ISO date). */
  happenedTo?: InputMaybe<Scalars['String']['input']>;
  /** Linked by a claim to this entity (a participant, organiser, ...). */
  involves?: InputMaybe<Scalars['ID']['input']>;
  /** Only events of this kind. */
  kind?: InputMaybe<Scalars['String']['input']>;
  /** Reported to have taken place in this place, or in a place the gazetteer puts inside it. */
  place?: InputMaybe<Scalars['ID']['input']>;
  /** Mentioned by a report published on or after this ISO date. */
  publishedFrom?: InputMaybe<Scalars['String']['input']>;
  /** Mentioned by a report published on or before this ISO date. */
  publishedTo?: InputMaybe<Scalars['String']['input']>;
  /** Mentioned by a report of one of these sources (source ids). */
  sources?: InputMaybe<Array<Scalars['ID']['input']>>;
};

/** A link between two events (commemoration), with the claims that make it. */
export type EventLink = {
  __typename?: 'EventLink';
  /** The COMMEMORATES claims. */
  claims: Array<Claim>;
  /** The other event. */
  event: Event;
};

/** Where an event happened, with the claims that say so. */
export type EventPlace = {
  __typename?: 'EventPlace';
  /** The TOOK_PLACE_IN claims. */
  claims: Array<Claim>;
  /** The place. */
  place: Place;
};

/** Orders for events. */
export type EventSort =
  /** Earliest reported date first (undated events last). */
  | 'HAPPENED_ASC'
  /** Latest reported date first. */
  | 'HAPPENED_DESC'
  /** Most mentioned first. */
  | 'MENTIONS_DESC'
  /** By name, A to Z. */
  | 'NAME_ASC';

/** One figure (what is counted) with every value reports gave, side by side. */
export type FigureLine = {
  __typename?: 'FigureLine';
  /** What is counted, in the reports' words (people killed, residents taken hostage, ...). */
  counts: Scalars['String']['output'];
  /** True when reports disagree (more than one distinct value). */
  disputed: Scalars['Boolean']['output'];
  /** Each report's statement of the figure, earliest report first. */
  reports: Array<FigureReport>;
  /** The distinct values reported, ascending. Never an average. */
  values: Array<Scalars['Float']['output']>;
};

/** One report's statement of a figure. */
export type FigureReport = {
  __typename?: 'FigureReport';
  /** The REPORTED_FIGURE claim. */
  claim: Claim;
  /** When the report was published (ISO date). */
  publishedAt?: Maybe<Scalars['String']['output']>;
  /** Hedge words (as many as, some, more than, ...). */
  qualifier?: Maybe<Scalars['String']['output']>;
  /** The report. */
  report: Article;
  /** The sentence that states it. */
  sentence: Sentence;
  /** Who published the report. */
  source?: Maybe<Source>;
  /** The words that state it. */
  text?: Maybe<Scalars['String']['output']>;
  /** The value as stated. */
  value: Scalars['Float']['output'];
};

/** Two entities next to each other on a path, with every claim that links them. */
export type Hop = {
  __typename?: 'Hop';
  /** The claims linking the two (either direction), each with report and sentence. */
  claims: Array<Claim>;
  /** The entity nearer the start. */
  from: Entity;
  /** The entity nearer the end. */
  to: Entity;
};

/** What happened to one input report. */
export type IngestOutcome = {
  __typename?: 'IngestOutcome';
  /** The article id, when created or unchanged. */
  articleId?: Maybe<Scalars['ID']['output']>;
  /** Position in the input list, from 0. */
  index: Scalars['Int']['output'];
  /** Why it was rejected (or a note). */
  reason?: Maybe<Scalars['String']['output']>;
  /** Created, unchanged or rejected. */
  status: IngestStatus;
};

/** What happened to each report of an ingestReports call. */
export type IngestReportsResult = {
  __typename?: 'IngestReportsResult';
  /** How many reports were written. */
  created: Scalars['Int']['output'];
  /** How many were refused. */
  rejected: Scalars['Int']['output'];
  /** One outcome per input report, in input order. */
  reports: Array<IngestOutcome>;
  /** How many were already in the graph. */
  unchanged: Scalars['Int']['output'];
};

/** The outcome for one input report. */
export type IngestStatus =
  /** Written to the graph. */
  | 'CREATED'
  /** Refused; see reason. */
  | 'REJECTED'
  /** Already in the graph; nothing changed. */
  | 'UNCHANGED';

/** A person reported to hold a title at an organisation. */
export type Member = {
  __typename?: 'Member';
  /** The HOLDS_ROLE claims that say so. */
  claims: Array<Claim>;
  /** The person. */
  person: Person;
  /** The title as reported. */
  title?: Maybe<Scalars['String']['output']>;
};

/** One place in a sentence where an entity is named. */
export type Mention = {
  __typename?: 'Mention';
  /** UTF-16 end offset (exclusive). */
  end?: Maybe<Scalars['Int']['output']>;
  /** The entity named. */
  entity: Entity;
  /** Why the mention resolved to this entity (new, same-name, short-form, gazetteer-id, alias, same-event, curation). */
  resolution?: Maybe<Scalars['String']['output']>;
  /** UTF-16 offset in the report text. */
  start?: Maybe<Scalars['Int']['output']>;
  /** The words used. */
  text: Scalars['String']['output'];
};

/** An entity as one report mentions it. */
export type MentionedEntity = {
  __typename?: 'MentionedEntity';
  /** The entity. */
  entity: Entity;
  /** The forms of its name this report used. */
  forms: Array<Scalars['String']['output']>;
  /** How many times this report mentions it. */
  mentionCount: Scalars['Int']['output'];
};

/** A count for one month. */
export type MonthCount = {
  __typename?: 'MonthCount';
  /** The count. */
  count: Scalars['Int']['output'];
  /** The month, YYYY-MM. */
  month: Scalars['String']['output'];
};

/** Changes. Every mutation needs the API key as a bearer token (else UNAUTHENTICATED). */
export type Mutation = {
  __typename?: 'Mutation';
  /** Ingests reports (parse, extract, resolve, write); each is created, unchanged (already in the graph) or rejected with a reason. */
  ingestReports: IngestReportsResult;
  /** Merges entities of one type into the first id given; recorded as a Curation and reversible with undoCuration. */
  mergeEntities: Curation;
  /** Moves the mentions that used one alias of an entity (and the claims stated only through them) to a new entity; reversible. */
  splitAlias: Curation;
  /** Reverses a curation (the graph returns to how it was before it); the curation stays recorded as undone. */
  undoCuration: Curation;
};


/** Changes. Every mutation needs the API key as a bearer token (else UNAUTHENTICATED). */
export type MutationIngestReportsArgs = {
  input: Array<ReportInput>;
};


/** Changes. Every mutation needs the API key as a bearer token (else UNAUTHENTICATED). */
export type MutationMergeEntitiesArgs = {
  analyst?: InputMaybe<Scalars['String']['input']>;
  ids: Array<Scalars['ID']['input']>;
  reason: Scalars['String']['input'];
};


/** Changes. Every mutation needs the API key as a bearer token (else UNAUTHENTICATED). */
export type MutationSplitAliasArgs = {
  alias: Scalars['String']['input'];
  analyst?: InputMaybe<Scalars['String']['input']>;
  entity: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


/** Changes. Every mutation needs the API key as a bearer token (else UNAUTHENTICATED). */
export type MutationUndoCurationArgs = {
  analyst?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
};

/**
 * Anything with a global id. The id is the graph model's own id (see the schema description), so
 * `node(id:)` accepts every `id` this API returns.
 */
export type Node = {
  /** Global id: the graph model id of the node (for example `person:tural rzayev`). */
  id: Scalars['ID']['output'];
};

/** An organisation named by reports. */
export type Organization = Entity & Node & {
  __typename?: 'Organization';
  /** Every form of the name used, with the reports that used it. */
  aliases: Array<Alias>;
  /** Claims about this organisation, each with its report and sentence. */
  claims: Array<Claim>;
  /** Entity id: `organization:<normalised name>`. */
  id: Scalars['ID']['output'];
  /** People reports said held a role at this organisation. */
  members: Array<Member>;
  /** How many times reports mention this organisation. */
  mentionCount: Scalars['Int']['output'];
  /** The fullest name the reports used. */
  name: Scalars['String']['output'];
  /** How many distinct reports mention this organisation. */
  reportCount: Scalars['Int']['output'];
  /** Reports that mention this organisation, newest first. */
  reports: Array<Article>;
  /** Always Organization. */
  type: EntityType;
};


/** An organisation named by reports. */
export type OrganizationClaimsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  predicates?: InputMaybe<Array<ClaimPredicate>>;
};


/** An organisation named by reports. */
export type OrganizationReportsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** Information about one page of a connection (Relay). */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** Cursor of the last item on this page; pass it as `after` to get the next page. */
  endCursor?: Maybe<Scalars['String']['output']>;
  /** True when more items follow this page. */
  hasNextPage: Scalars['Boolean']['output'];
  /** True when this page was asked for with `after` (items precede it). */
  hasPreviousPage: Scalars['Boolean']['output'];
  /** Cursor of the first item on this page; null when the page is empty. */
  startCursor?: Maybe<Scalars['String']['output']>;
};

/** An entity's part in an event, with the claims that say so. */
export type Participant = {
  __typename?: 'Participant';
  /** The claims, each with report and sentence. */
  claims: Array<Claim>;
  /** The person, organisation, place or event that took part. */
  entity: Entity;
  /** The part it played, as the predicate of the claims. */
  part: ClaimPredicate;
};

/** A chain of entities linked by claims. */
export type Path = {
  __typename?: 'Path';
  /** The entities along the path, from start to end. */
  entities: Array<Entity>;
  /** The hops, in order. */
  hops: Array<Hop>;
  /** Number of hops. */
  length: Scalars['Int']['output'];
};

/** A person named by reports. */
export type Person = Entity & Node & {
  __typename?: 'Person';
  /** Every form of the name used, with the reports that used it. */
  aliases: Array<Alias>;
  /** Claims about this person, each with its report and sentence. */
  claims: Array<Claim>;
  /** Entity id: `person:<normalised name>`. */
  id: Scalars['ID']['output'];
  /** How many times reports mention this person. */
  mentionCount: Scalars['Int']['output'];
  /** The fullest name the reports used. */
  name: Scalars['String']['output'];
  /** How many distinct reports mention this person. */
  reportCount: Scalars['Int']['output'];
  /** Reports that mention this person, newest first. */
  reports: Array<Article>;
  /** Titles reports gave this person (HOLDS_ROLE claims), grouped by title and organisation, earliest report first. */
  roles: Array<Role>;
  /** Always Person. */
  type: EntityType;
};


/** A person named by reports. */
export type PersonClaimsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  predicates?: InputMaybe<Array<ClaimPredicate>>;
};


/** A person named by reports. */
export type PersonReportsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A place named by reports, with gazetteer facts when it was found in the gazetteer. */
export type Place = Entity & Node & {
  __typename?: 'Place';
  /** Every form of the name used, with the reports that used it. */
  aliases: Array<Alias>;
  /** Claims about this place, each with its report and sentence. */
  claims: Array<Claim>;
  /** Places the gazetteer puts inside this one that reports named. */
  contains: Array<Place>;
  /** Coordinates from the gazetteer; null when the place was not found there, and for regions (provinces, districts). */
  coordinates?: Maybe<Coordinates>;
  /** ISO 3166 country code from the gazetteer. */
  country?: Maybe<Scalars['String']['output']>;
  /** Events reports said took place here. */
  events: Array<Event>;
  /** Gazetteer feature code (PCLI country, PPLC capital, ADM1 and ADM2 regions, ...). */
  featureCode?: Maybe<Scalars['String']['output']>;
  /** Which gazetteer the facts come from (e.g. geonames). */
  gazetteer?: Maybe<Scalars['String']['output']>;
  /** The place's id in that gazetteer. */
  gazetteerId?: Maybe<Scalars['String']['output']>;
  /** Entity id: `place:<gazetteer id or normalised name>`. */
  id: Scalars['ID']['output'];
  /** How many times reports mention this place. */
  mentionCount: Scalars['Int']['output'];
  /** The fullest name the reports used. */
  name: Scalars['String']['output'];
  /** How many distinct reports mention this place. */
  reportCount: Scalars['Int']['output'];
  /** Reports that mention this place, newest first. */
  reports: Array<Article>;
  /** Always Place. */
  type: EntityType;
  /** The narrowest place containing this one according to the gazetteer and in the graph: its district or province when reports named one, else its country; null for countries. */
  within?: Maybe<Place>;
};


/** A place named by reports, with gazetteer facts when it was found in the gazetteer. */
export type PlaceClaimsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  predicates?: InputMaybe<Array<ClaimPredicate>>;
};


/** A place named by reports, with gazetteer facts when it was found in the gazetteer. */
export type PlaceReportsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/**
 * newsgraph: a knowledge graph of news reports. Every label, figure and relation is a claim
 * attributed to the report and sentence that made it; the graph never takes a side.
 *
 * Ids: every object with an `id` uses the graph model's own id (`person:tural rzayev`,
 * `article:3f9c…`, `claim:…`, `source:trend`, `article:…#s4` for a sentence, `curation:…`),
 * which is also its global `Node` id.
 */
export type Query = {
  __typename?: 'Query';
  /** One report by id; null when there is none. */
  article?: Maybe<Article>;
  /** Reports, filtered and sorted, as a Relay connection with keyset cursors. */
  articles: ArticleConnection;
  /** How two entities are linked through claims, shortest paths first; each hop is explained by its claims. */
  connections: Array<Path>;
  /** Entities mentioned in the same reports as this one, most shared reports first. */
  cooccurring: Array<Cooccurrence>;
  /** Aggregations over the graph. */
  counts: Counts;
  /** Entities of any type, filtered and sorted, as a Relay connection with keyset cursors. */
  entities: EntityConnection;
  /** One entity (person, organisation, place or event) by id; null when there is none. */
  entity?: Maybe<Entity>;
  /** Events, filtered and sorted, as a Relay connection with keyset cursors. */
  events: EventConnection;
  /** Any object by its global id; null when nothing has that id. */
  node?: Maybe<Node>;
  /**
   * Full-text search over entity names and aliases (index `entity_names`), best match first.
   * Each word matches exactly, as a prefix, or with one typo; a surname alone finds the person.
   */
  search: SearchConnection;
  /** Health of the API and its database, as seen by this request. */
  status: Status;
  /** What happened to or around an entity over time: reported dates of events and report publication dates, oldest first. */
  timeline: Array<TimelineEntry>;
};


/**
 * newsgraph: a knowledge graph of news reports. Every label, figure and relation is a claim
 * attributed to the report and sentence that made it; the graph never takes a side.
 *
 * Ids: every object with an `id` uses the graph model's own id (`person:tural rzayev`,
 * `article:3f9c…`, `claim:…`, `source:trend`, `article:…#s4` for a sentence, `curation:…`),
 * which is also its global `Node` id.
 */
export type QueryArticleArgs = {
  id: Scalars['ID']['input'];
};


/**
 * newsgraph: a knowledge graph of news reports. Every label, figure and relation is a claim
 * attributed to the report and sentence that made it; the graph never takes a side.
 *
 * Ids: every object with an `id` uses the graph model's own id (`person:tural rzayev`,
 * `article:3f9c…`, `claim:…`, `source:trend`, `article:…#s4` for a sentence, `curation:…`),
 * which is also its global `Node` id.
 */
export type QueryArticlesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ArticleFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<ArticleSort>;
};


/**
 * newsgraph: a knowledge graph of news reports. Every label, figure and relation is a claim
 * attributed to the report and sentence that made it; the graph never takes a side.
 *
 * Ids: every object with an `id` uses the graph model's own id (`person:tural rzayev`,
 * `article:3f9c…`, `claim:…`, `source:trend`, `article:…#s4` for a sentence, `curation:…`),
 * which is also its global `Node` id.
 */
export type QueryConnectionsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  from: Scalars['ID']['input'];
  maxHops?: InputMaybe<Scalars['Int']['input']>;
  to: Scalars['ID']['input'];
};


/**
 * newsgraph: a knowledge graph of news reports. Every label, figure and relation is a claim
 * attributed to the report and sentence that made it; the graph never takes a side.
 *
 * Ids: every object with an `id` uses the graph model's own id (`person:tural rzayev`,
 * `article:3f9c…`, `claim:…`, `source:trend`, `article:…#s4` for a sentence, `curation:…`),
 * which is also its global `Node` id.
 */
export type QueryCooccurringArgs = {
  entity: Scalars['ID']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
  type?: InputMaybe<EntityType>;
};


/**
 * newsgraph: a knowledge graph of news reports. Every label, figure and relation is a claim
 * attributed to the report and sentence that made it; the graph never takes a side.
 *
 * Ids: every object with an `id` uses the graph model's own id (`person:tural rzayev`,
 * `article:3f9c…`, `claim:…`, `source:trend`, `article:…#s4` for a sentence, `curation:…`),
 * which is also its global `Node` id.
 */
export type QueryEntitiesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<EntityFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<EntitySort>;
};


/**
 * newsgraph: a knowledge graph of news reports. Every label, figure and relation is a claim
 * attributed to the report and sentence that made it; the graph never takes a side.
 *
 * Ids: every object with an `id` uses the graph model's own id (`person:tural rzayev`,
 * `article:3f9c…`, `claim:…`, `source:trend`, `article:…#s4` for a sentence, `curation:…`),
 * which is also its global `Node` id.
 */
export type QueryEntityArgs = {
  id: Scalars['ID']['input'];
};


/**
 * newsgraph: a knowledge graph of news reports. Every label, figure and relation is a claim
 * attributed to the report and sentence that made it; the graph never takes a side.
 *
 * Ids: every object with an `id` uses the graph model's own id (`person:tural rzayev`,
 * `article:3f9c…`, `claim:…`, `source:trend`, `article:…#s4` for a sentence, `curation:…`),
 * which is also its global `Node` id.
 */
export type QueryEventsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<EventFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<EventSort>;
};


/**
 * newsgraph: a knowledge graph of news reports. Every label, figure and relation is a claim
 * attributed to the report and sentence that made it; the graph never takes a side.
 *
 * Ids: every object with an `id` uses the graph model's own id (`person:tural rzayev`,
 * `article:3f9c…`, `claim:…`, `source:trend`, `article:…#s4` for a sentence, `curation:…`),
 * which is also its global `Node` id.
 */
export type QueryNodeArgs = {
  id: Scalars['ID']['input'];
};


/**
 * newsgraph: a knowledge graph of news reports. Every label, figure and relation is a claim
 * attributed to the report and sentence that made it; the graph never takes a side.
 *
 * Ids: every object with an `id` uses the graph model's own id (`person:tural rzayev`,
 * `article:3f9c…`, `claim:…`, `source:trend`, `article:…#s4` for a sentence, `curation:…`),
 * which is also its global `Node` id.
 */
export type QuerySearchArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  text: Scalars['String']['input'];
  types?: InputMaybe<Array<EntityType>>;
};


/**
 * newsgraph: a knowledge graph of news reports. Every label, figure and relation is a claim
 * attributed to the report and sentence that made it; the graph never takes a side.
 *
 * Ids: every object with an `id` uses the graph model's own id (`person:tural rzayev`,
 * `article:3f9c…`, `claim:…`, `source:trend`, `article:…#s4` for a sentence, `curation:…`),
 * which is also its global `Node` id.
 */
export type QueryTimelineArgs = {
  entity: Scalars['ID']['input'];
  from?: InputMaybe<Scalars['String']['input']>;
  to?: InputMaybe<Scalars['String']['input']>;
};

/** Another report, with what it shares with the report asked about. */
export type RelatedReport = {
  __typename?: 'RelatedReport';
  /** The other report. */
  article: Article;
  /** The entities both reports mention. */
  sharedEntities: Array<Entity>;
  /** How many entities both reports mention. */
  sharedEntityCount: Scalars['Int']['output'];
};

/** A report to ingest. */
export type ReportInput = {
  /** Publication date (ISO 8601). */
  publishedAt?: InputMaybe<Scalars['String']['input']>;
  /** Publisher name. */
  source?: InputMaybe<Scalars['String']['input']>;
  /** The report text (plain text). */
  text: Scalars['String']['input'];
  /** Title, when known. */
  title?: InputMaybe<Scalars['String']['input']>;
  /** Address of the report. */
  url?: InputMaybe<Scalars['String']['input']>;
};

/** A title a person held according to one or more reports. */
export type Role = {
  __typename?: 'Role';
  /** The HOLDS_ROLE claims themselves, with sentence and report: the evidence. */
  claims: Array<Claim>;
  /** Publication date of the earliest report that gave this role (ISO date). */
  firstReported?: Maybe<Scalars['String']['output']>;
  /** The organisation (or other entity) the title is held at, when the reports name one. */
  organization?: Maybe<Entity>;
  /** Reports that gave this role, earliest first. */
  reports: Array<Article>;
  /** The title as reported (Ambassador, Vice-President, head, ...). */
  title?: Maybe<Scalars['String']['output']>;
};

/** A page of search hits. */
export type SearchConnection = {
  __typename?: 'SearchConnection';
  /** The hits on this page, best first. */
  edges: Array<SearchEdge>;
  /** Paging information. */
  pageInfo: PageInfo;
  /** How many entities match in all. */
  totalCount: Scalars['Int']['output'];
};

/** One search hit. */
export type SearchEdge = {
  __typename?: 'SearchEdge';
  /** Opaque cursor (score and id). */
  cursor: Scalars['String']['output'];
  /** The entity found. */
  node: Entity;
  /** Lucene relevance score; higher is better. */
  score: Scalars['Float']['output'];
};

/** One sentence of a report: the unit every claim and mention points to. */
export type Sentence = Node & {
  __typename?: 'Sentence';
  /** The report it belongs to. */
  article: Article;
  /** Claims it states. */
  claims: Array<Claim>;
  /** UTF-16 offset just after its last character. */
  end?: Maybe<Scalars['Int']['output']>;
  /** Sentence id: `<article id>#s<index>`. */
  id: Scalars['ID']['output'];
  /** Position in the report, from 0. */
  index: Scalars['Int']['output'];
  /** Entities named in it, in text order. */
  mentions: Array<Mention>;
  /** UTF-16 offset of its first character in the report text. */
  start?: Maybe<Scalars['Int']['output']>;
  /** The sentence text. */
  text: Scalars['String']['output'];
};

/** A publisher of reports. */
export type Source = Node & {
  __typename?: 'Source';
  /** How many reports in the graph it published. */
  articleCount: Scalars['Int']['output'];
  /** Its reports, newest first. */
  articles: Array<Article>;
  /** Source id: `source:<normalised name>`. */
  id: Scalars['ID']['output'];
  /** The publisher's name. */
  name: Scalars['String']['output'];
};


/** A publisher of reports. */
export type SourceArticlesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A count for one source. */
export type SourceCount = {
  __typename?: 'SourceCount';
  /** The count. */
  count: Scalars['Int']['output'];
  /** The source. */
  source: Source;
};

/** The state of the service. */
export type Status = {
  __typename?: 'Status';
  /** Whether Neo4j answered a trivial query within 2 s. */
  databaseReady: Scalars['Boolean']['output'];
  /** newsgraph version. */
  version: Scalars['String']['output'];
};

/** One dated entry on an entity's timeline. */
export type TimelineEntry = {
  __typename?: 'TimelineEntry';
  /** The report: the one that dated the event (HAPPENED) or the one published (REPORTED). */
  article: Article;
  /** The HAPPENED_ON claim (HAPPENED). */
  claim?: Maybe<Claim>;
  /** The date (ISO), or the first day of a span. */
  date: Scalars['String']['output'];
  /** Last day of a span (HAPPENED). */
  end?: Maybe<Scalars['String']['output']>;
  /** The event the date is about (HAPPENED). */
  event?: Maybe<Event>;
  /** HAPPENED or REPORTED. */
  kind: TimelineKind;
  /** Precision of the date (day, month, year). */
  precision?: Maybe<Scalars['String']['output']>;
};

/** What a timeline entry records. */
export type TimelineKind =
  /** A report said an event happened then (HAPPENED_ON claim). */
  | 'HAPPENED'
  /** A report mentioning the entity was published then. */
  | 'REPORTED';



export type ResolverTypeWrapper<T> = Promise<T> | T;


export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;





/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  Alias: ResolverTypeWrapper<CompiledRow>;
  Article: ResolverTypeWrapper<CompiledRow>;
  ArticleConnection: ResolverTypeWrapper<CompiledRow>;
  ArticleEdge: ResolverTypeWrapper<CompiledRow>;
  ArticleFilter: ResolverTypeWrapper<CompiledRow>;
  ArticleSort: ResolverTypeWrapper<CompiledRow>;
  Boolean: ResolverTypeWrapper<CompiledRow>;
  Claim: ResolverTypeWrapper<CompiledRow>;
  ClaimPredicate: ResolverTypeWrapper<CompiledRow>;
  Cooccurrence: ResolverTypeWrapper<CompiledRow>;
  Coordinates: ResolverTypeWrapper<CompiledRow>;
  Counts: ResolverTypeWrapper<CompiledRow>;
  Curation: ResolverTypeWrapper<CompiledRow>;
  CurationAction: ResolverTypeWrapper<CompiledRow>;
  Entity: ResolverTypeWrapper<CompiledRow>;
  EntityConnection: ResolverTypeWrapper<CompiledRow>;
  EntityEdge: ResolverTypeWrapper<CompiledRow>;
  EntityFilter: ResolverTypeWrapper<CompiledRow>;
  EntitySort: ResolverTypeWrapper<CompiledRow>;
  EntityType: ResolverTypeWrapper<CompiledRow>;
  Event: ResolverTypeWrapper<CompiledRow>;
  EventConnection: ResolverTypeWrapper<CompiledRow>;
  EventDate: ResolverTypeWrapper<CompiledRow>;
  EventEdge: ResolverTypeWrapper<CompiledRow>;
  EventFilter: ResolverTypeWrapper<CompiledRow>;
  EventLink: ResolverTypeWrapper<CompiledRow>;
  EventPlace: ResolverTypeWrapper<CompiledRow>;
  EventSort: ResolverTypeWrapper<CompiledRow>;
  FigureLine: ResolverTypeWrapper<CompiledRow>;
  FigureReport: ResolverTypeWrapper<CompiledRow>;
  Float: ResolverTypeWrapper<CompiledRow>;
  Hop: ResolverTypeWrapper<CompiledRow>;
  ID: ResolverTypeWrapper<CompiledRow>;
  IngestOutcome: ResolverTypeWrapper<CompiledRow>;
  IngestReportsResult: ResolverTypeWrapper<CompiledRow>;
  IngestStatus: ResolverTypeWrapper<CompiledRow>;
  Int: ResolverTypeWrapper<CompiledRow>;
  Member: ResolverTypeWrapper<CompiledRow>;
  Mention: ResolverTypeWrapper<CompiledRow>;
  MentionedEntity: ResolverTypeWrapper<CompiledRow>;
  MonthCount: ResolverTypeWrapper<CompiledRow>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Node: ResolverTypeWrapper<CompiledRow>;
  Organization: ResolverTypeWrapper<CompiledRow>;
  PageInfo: ResolverTypeWrapper<CompiledRow>;
  Participant: ResolverTypeWrapper<CompiledRow>;
  Path: ResolverTypeWrapper<CompiledRow>;
  Person: ResolverTypeWrapper<CompiledRow>;
  Place: ResolverTypeWrapper<CompiledRow>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RelatedReport: ResolverTypeWrapper<CompiledRow>;
  ReportInput: ResolverTypeWrapper<CompiledRow>;
  Role: ResolverTypeWrapper<CompiledRow>;
  SearchConnection: ResolverTypeWrapper<CompiledRow>;
  SearchEdge: ResolverTypeWrapper<CompiledRow>;
  Sentence: ResolverTypeWrapper<CompiledRow>;
  Source: ResolverTypeWrapper<CompiledRow>;
  SourceCount: ResolverTypeWrapper<CompiledRow>;
  Status: ResolverTypeWrapper<{ version: string; databaseReady: boolean }>;
  String: ResolverTypeWrapper<CompiledRow>;
  TimelineEntry: ResolverTypeWrapper<CompiledRow>;
  TimelineKind: ResolverTypeWrapper<CompiledRow>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  Alias: CompiledRow;
  Article: CompiledRow;
  ArticleConnection: CompiledRow;
  ArticleEdge: CompiledRow;
  ArticleFilter: CompiledRow;
  Boolean: CompiledRow;
  Claim: CompiledRow;
  Cooccurrence: CompiledRow;
  Coordinates: CompiledRow;
  Counts: CompiledRow;
  Curation: CompiledRow;
  Entity: CompiledRow;
  EntityConnection: CompiledRow;
  EntityEdge: CompiledRow;
  EntityFilter: CompiledRow;
  Event: CompiledRow;
  EventConnection: CompiledRow;
  EventDate: CompiledRow;
  EventEdge: CompiledRow;
  EventFilter: CompiledRow;
  EventLink: CompiledRow;
  EventPlace: CompiledRow;
  FigureLine: CompiledRow;
  FigureReport: CompiledRow;
  Float: CompiledRow;
  Hop: CompiledRow;
  ID: CompiledRow;
  IngestOutcome: CompiledRow;
  IngestReportsResult: CompiledRow;
  Int: CompiledRow;
  Member: CompiledRow;
  Mention: CompiledRow;
  MentionedEntity: CompiledRow;
  MonthCount: CompiledRow;
  Mutation: Record<PropertyKey, never>;
  Node: CompiledRow;
  Organization: CompiledRow;
  PageInfo: CompiledRow;
  Participant: CompiledRow;
  Path: CompiledRow;
  Person: CompiledRow;
  Place: CompiledRow;
  Query: Record<PropertyKey, never>;
  RelatedReport: CompiledRow;
  ReportInput: CompiledRow;
  Role: CompiledRow;
  SearchConnection: CompiledRow;
  SearchEdge: CompiledRow;
  Sentence: CompiledRow;
  Source: CompiledRow;
  SourceCount: CompiledRow;
  Status: { version: string; databaseReady: boolean };
  String: CompiledRow;
  TimelineEntry: CompiledRow;
};

export type AliasResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Alias'] = ResolversParentTypes['Alias']> = {
  mentionCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  reports?: Resolver<Array<ResolversTypes['Article']>, ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ArticleResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Article'] = ResolversParentTypes['Article']> = {
  claims?: Resolver<Array<ResolversTypes['Claim']>, ParentType, ContextType, RequireFields<ArticleClaimsArgs, 'first'>>;
  entities?: Resolver<Array<ResolversTypes['MentionedEntity']>, ParentType, ContextType, RequireFields<ArticleEntitiesArgs, 'first'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  publishedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  relatedReports?: Resolver<Array<ResolversTypes['RelatedReport']>, ParentType, ContextType, RequireFields<ArticleRelatedReportsArgs, 'first'>>;
  sentences?: Resolver<Array<ResolversTypes['Sentence']>, ParentType, ContextType, RequireFields<ArticleSentencesArgs, 'first'>>;
  source?: Resolver<Maybe<ResolversTypes['Source']>, ParentType, ContextType>;
  text?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  url?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ArticleConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ArticleConnection'] = ResolversParentTypes['ArticleConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ArticleEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ArticleEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ArticleEdge'] = ResolversParentTypes['ArticleEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Article'], ParentType, ContextType>;
};

export type ClaimResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Claim'] = ResolversParentTypes['Claim']> = {
  counts?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  end?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  object?: Resolver<Maybe<ResolversTypes['Entity']>, ParentType, ContextType>;
  precision?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  predicate?: Resolver<ResolversTypes['ClaimPredicate'], ParentType, ContextType>;
  qualifier?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  report?: Resolver<ResolversTypes['Article'], ParentType, ContextType>;
  sentence?: Resolver<ResolversTypes['Sentence'], ParentType, ContextType>;
  source?: Resolver<Maybe<ResolversTypes['Source']>, ParentType, ContextType>;
  start?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  subject?: Resolver<Maybe<ResolversTypes['Entity']>, ParentType, ContextType>;
  text?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  value?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type CooccurrenceResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Cooccurrence'] = ResolversParentTypes['Cooccurrence']> = {
  entity?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  reportCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  reports?: Resolver<Array<ResolversTypes['Article']>, ParentType, ContextType>;
  sentenceCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CoordinatesResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Coordinates'] = ResolversParentTypes['Coordinates']> = {
  latitude?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  longitude?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type CountsResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Counts'] = ResolversParentTypes['Counts']> = {
  mentionsPerSource?: Resolver<Array<ResolversTypes['SourceCount']>, ParentType, ContextType, Partial<CountsMentionsPerSourceArgs>>;
  reportsPerMonth?: Resolver<Array<ResolversTypes['MonthCount']>, ParentType, ContextType, RequireFields<CountsReportsPerMonthArgs, 'entity'>>;
};

export type CurationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Curation'] = ResolversParentTypes['Curation']> = {
  action?: Resolver<ResolversTypes['CurationAction'], ParentType, ContextType>;
  alias?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  at?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  by?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  entities?: Resolver<Array<ResolversTypes['Entity']>, ParentType, ContextType>;
  entityIds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  result?: Resolver<Maybe<ResolversTypes['Entity']>, ParentType, ContextType>;
  undoReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  undone?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  undoneAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  undoneBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type EntityResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Entity'] = ResolversParentTypes['Entity']> = {
  __resolveType: TypeResolveFn<'Event' | 'Organization' | 'Person' | 'Place', ParentType, ContextType>;
};

export type EntityConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['EntityConnection'] = ResolversParentTypes['EntityConnection']> = {
  edges?: Resolver<Array<ResolversTypes['EntityEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type EntityEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['EntityEdge'] = ResolversParentTypes['EntityEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
};

export type EventResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Event'] = ResolversParentTypes['Event']> = {
  aliases?: Resolver<Array<ResolversTypes['Alias']>, ParentType, ContextType>;
  claims?: Resolver<Array<ResolversTypes['Claim']>, ParentType, ContextType, RequireFields<EventClaimsArgs, 'first'>>;
  commemoratedBy?: Resolver<Array<ResolversTypes['EventLink']>, ParentType, ContextType>;
  commemorates?: Resolver<Array<ResolversTypes['EventLink']>, ParentType, ContextType>;
  figureLedger?: Resolver<Array<ResolversTypes['FigureLine']>, ParentType, ContextType>;
  figures?: Resolver<Array<ResolversTypes['Claim']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  mentionCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  namedAs?: Resolver<Array<ResolversTypes['Claim']>, ParentType, ContextType>;
  participants?: Resolver<Array<ResolversTypes['Participant']>, ParentType, ContextType>;
  reportCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  reports?: Resolver<Array<ResolversTypes['Article']>, ParentType, ContextType, RequireFields<EventReportsArgs, 'first'>>;
  type?: Resolver<ResolversTypes['EntityType'], ParentType, ContextType>;
  when?: Resolver<Array<ResolversTypes['EventDate']>, ParentType, ContextType>;
  where?: Resolver<Array<ResolversTypes['EventPlace']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type EventConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['EventConnection'] = ResolversParentTypes['EventConnection']> = {
  edges?: Resolver<Array<ResolversTypes['EventEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type EventDateResolvers<ContextType = Context, ParentType extends ResolversParentTypes['EventDate'] = ResolversParentTypes['EventDate']> = {
  claim?: Resolver<ResolversTypes['Claim'], ParentType, ContextType>;
  end?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  precision?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  start?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  text?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type EventEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['EventEdge'] = ResolversParentTypes['EventEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Event'], ParentType, ContextType>;
};

export type EventLinkResolvers<ContextType = Context, ParentType extends ResolversParentTypes['EventLink'] = ResolversParentTypes['EventLink']> = {
  claims?: Resolver<Array<ResolversTypes['Claim']>, ParentType, ContextType>;
  event?: Resolver<ResolversTypes['Event'], ParentType, ContextType>;
};

export type EventPlaceResolvers<ContextType = Context, ParentType extends ResolversParentTypes['EventPlace'] = ResolversParentTypes['EventPlace']> = {
  claims?: Resolver<Array<ResolversTypes['Claim']>, ParentType, ContextType>;
  place?: Resolver<ResolversTypes['Place'], ParentType, ContextType>;
};

export type FigureLineResolvers<ContextType = Context, ParentType extends ResolversParentTypes['FigureLine'] = ResolversParentTypes['FigureLine']> = {
  counts?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  disputed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  reports?: Resolver<Array<ResolversTypes['FigureReport']>, ParentType, ContextType>;
  values?: Resolver<Array<ResolversTypes['Float']>, ParentType, ContextType>;
};

export type FigureReportResolvers<ContextType = Context, ParentType extends ResolversParentTypes['FigureReport'] = ResolversParentTypes['FigureReport']> = {
  claim?: Resolver<ResolversTypes['Claim'], ParentType, ContextType>;
  publishedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  qualifier?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  report?: Resolver<ResolversTypes['Article'], ParentType, ContextType>;
  sentence?: Resolver<ResolversTypes['Sentence'], ParentType, ContextType>;
  source?: Resolver<Maybe<ResolversTypes['Source']>, ParentType, ContextType>;
  text?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  value?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type HopResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Hop'] = ResolversParentTypes['Hop']> = {
  claims?: Resolver<Array<ResolversTypes['Claim']>, ParentType, ContextType>;
  from?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
};

export type IngestOutcomeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['IngestOutcome'] = ResolversParentTypes['IngestOutcome']> = {
  articleId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  index?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['IngestStatus'], ParentType, ContextType>;
};

export type IngestReportsResultResolvers<ContextType = Context, ParentType extends ResolversParentTypes['IngestReportsResult'] = ResolversParentTypes['IngestReportsResult']> = {
  created?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  rejected?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  reports?: Resolver<Array<ResolversTypes['IngestOutcome']>, ParentType, ContextType>;
  unchanged?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type MemberResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Member'] = ResolversParentTypes['Member']> = {
  claims?: Resolver<Array<ResolversTypes['Claim']>, ParentType, ContextType>;
  person?: Resolver<ResolversTypes['Person'], ParentType, ContextType>;
  title?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type MentionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Mention'] = ResolversParentTypes['Mention']> = {
  end?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  entity?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  resolution?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  start?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type MentionedEntityResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MentionedEntity'] = ResolversParentTypes['MentionedEntity']> = {
  entity?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  forms?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  mentionCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type MonthCountResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MonthCount'] = ResolversParentTypes['MonthCount']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  month?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type MutationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  ingestReports?: Resolver<ResolversTypes['IngestReportsResult'], ParentType, ContextType, RequireFields<MutationIngestReportsArgs, 'input'>>;
  mergeEntities?: Resolver<ResolversTypes['Curation'], ParentType, ContextType, RequireFields<MutationMergeEntitiesArgs, 'ids' | 'reason'>>;
  splitAlias?: Resolver<ResolversTypes['Curation'], ParentType, ContextType, RequireFields<MutationSplitAliasArgs, 'alias' | 'entity' | 'reason'>>;
  undoCuration?: Resolver<ResolversTypes['Curation'], ParentType, ContextType, RequireFields<MutationUndoCurationArgs, 'id'>>;
};

export type NodeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Node'] = ResolversParentTypes['Node']> = {
  __resolveType: TypeResolveFn<'Article' | 'Claim' | 'Curation' | 'Event' | 'Organization' | 'Person' | 'Place' | 'Sentence' | 'Source', ParentType, ContextType>;
};

export type OrganizationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Organization'] = ResolversParentTypes['Organization']> = {
  aliases?: Resolver<Array<ResolversTypes['Alias']>, ParentType, ContextType>;
  claims?: Resolver<Array<ResolversTypes['Claim']>, ParentType, ContextType, RequireFields<OrganizationClaimsArgs, 'first'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  members?: Resolver<Array<ResolversTypes['Member']>, ParentType, ContextType>;
  mentionCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reportCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  reports?: Resolver<Array<ResolversTypes['Article']>, ParentType, ContextType, RequireFields<OrganizationReportsArgs, 'first'>>;
  type?: Resolver<ResolversTypes['EntityType'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type PageInfoResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type ParticipantResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Participant'] = ResolversParentTypes['Participant']> = {
  claims?: Resolver<Array<ResolversTypes['Claim']>, ParentType, ContextType>;
  entity?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  part?: Resolver<ResolversTypes['ClaimPredicate'], ParentType, ContextType>;
};

export type PathResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Path'] = ResolversParentTypes['Path']> = {
  entities?: Resolver<Array<ResolversTypes['Entity']>, ParentType, ContextType>;
  hops?: Resolver<Array<ResolversTypes['Hop']>, ParentType, ContextType>;
  length?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type PersonResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Person'] = ResolversParentTypes['Person']> = {
  aliases?: Resolver<Array<ResolversTypes['Alias']>, ParentType, ContextType>;
  claims?: Resolver<Array<ResolversTypes['Claim']>, ParentType, ContextType, RequireFields<PersonClaimsArgs, 'first'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  mentionCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reportCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  reports?: Resolver<Array<ResolversTypes['Article']>, ParentType, ContextType, RequireFields<PersonReportsArgs, 'first'>>;
  roles?: Resolver<Array<ResolversTypes['Role']>, ParentType, ContextType>;
  type?: Resolver<ResolversTypes['EntityType'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type PlaceResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Place'] = ResolversParentTypes['Place']> = {
  aliases?: Resolver<Array<ResolversTypes['Alias']>, ParentType, ContextType>;
  claims?: Resolver<Array<ResolversTypes['Claim']>, ParentType, ContextType, RequireFields<PlaceClaimsArgs, 'first'>>;
  contains?: Resolver<Array<ResolversTypes['Place']>, ParentType, ContextType>;
  coordinates?: Resolver<Maybe<ResolversTypes['Coordinates']>, ParentType, ContextType>;
  country?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  events?: Resolver<Array<ResolversTypes['Event']>, ParentType, ContextType>;
  featureCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  gazetteer?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  gazetteerId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  mentionCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reportCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  reports?: Resolver<Array<ResolversTypes['Article']>, ParentType, ContextType, RequireFields<PlaceReportsArgs, 'first'>>;
  type?: Resolver<ResolversTypes['EntityType'], ParentType, ContextType>;
  within?: Resolver<Maybe<ResolversTypes['Place']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type QueryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  article?: Resolver<Maybe<ResolversTypes['Article']>, ParentType, ContextType, RequireFields<QueryArticleArgs, 'id'>>;
  articles?: Resolver<ResolversTypes['ArticleConnection'], ParentType, ContextType, RequireFields<QueryArticlesArgs, 'first' | 'sort'>>;
  connections?: Resolver<Array<ResolversTypes['Path']>, ParentType, ContextType, RequireFields<QueryConnectionsArgs, 'first' | 'from' | 'maxHops' | 'to'>>;
  cooccurring?: Resolver<Array<ResolversTypes['Cooccurrence']>, ParentType, ContextType, RequireFields<QueryCooccurringArgs, 'entity' | 'first'>>;
  counts?: Resolver<ResolversTypes['Counts'], ParentType, ContextType>;
  entities?: Resolver<ResolversTypes['EntityConnection'], ParentType, ContextType, RequireFields<QueryEntitiesArgs, 'first' | 'sort'>>;
  entity?: Resolver<Maybe<ResolversTypes['Entity']>, ParentType, ContextType, RequireFields<QueryEntityArgs, 'id'>>;
  events?: Resolver<ResolversTypes['EventConnection'], ParentType, ContextType, RequireFields<QueryEventsArgs, 'first' | 'sort'>>;
  node?: Resolver<Maybe<ResolversTypes['Node']>, ParentType, ContextType, RequireFields<QueryNodeArgs, 'id'>>;
  search?: Resolver<ResolversTypes['SearchConnection'], ParentType, ContextType, RequireFields<QuerySearchArgs, 'first' | 'text'>>;
  status?: Resolver<ResolversTypes['Status'], ParentType, ContextType>;
  timeline?: Resolver<Array<ResolversTypes['TimelineEntry']>, ParentType, ContextType, RequireFields<QueryTimelineArgs, 'entity'>>;
};

export type RelatedReportResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RelatedReport'] = ResolversParentTypes['RelatedReport']> = {
  article?: Resolver<ResolversTypes['Article'], ParentType, ContextType>;
  sharedEntities?: Resolver<Array<ResolversTypes['Entity']>, ParentType, ContextType>;
  sharedEntityCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type RoleResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Role'] = ResolversParentTypes['Role']> = {
  claims?: Resolver<Array<ResolversTypes['Claim']>, ParentType, ContextType>;
  firstReported?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  organization?: Resolver<Maybe<ResolversTypes['Entity']>, ParentType, ContextType>;
  reports?: Resolver<Array<ResolversTypes['Article']>, ParentType, ContextType>;
  title?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type SearchConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SearchConnection'] = ResolversParentTypes['SearchConnection']> = {
  edges?: Resolver<Array<ResolversTypes['SearchEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type SearchEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SearchEdge'] = ResolversParentTypes['SearchEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type SentenceResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Sentence'] = ResolversParentTypes['Sentence']> = {
  article?: Resolver<ResolversTypes['Article'], ParentType, ContextType>;
  claims?: Resolver<Array<ResolversTypes['Claim']>, ParentType, ContextType>;
  end?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  index?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  mentions?: Resolver<Array<ResolversTypes['Mention']>, ParentType, ContextType>;
  start?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type SourceResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Source'] = ResolversParentTypes['Source']> = {
  articleCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  articles?: Resolver<Array<ResolversTypes['Article']>, ParentType, ContextType, RequireFields<SourceArticlesArgs, 'first'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type SourceCountResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SourceCount'] = ResolversParentTypes['SourceCount']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['Source'], ParentType, ContextType>;
};

export type StatusResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Status'] = ResolversParentTypes['Status']> = {
  databaseReady?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type TimelineEntryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['TimelineEntry'] = ResolversParentTypes['TimelineEntry']> = {
  article?: Resolver<ResolversTypes['Article'], ParentType, ContextType>;
  claim?: Resolver<Maybe<ResolversTypes['Claim']>, ParentType, ContextType>;
  date?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  end?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  event?: Resolver<Maybe<ResolversTypes['Event']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['TimelineKind'], ParentType, ContextType>;
  precision?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type Resolvers<ContextType = Context> = {
  Alias?: AliasResolvers<ContextType>;
  Article?: ArticleResolvers<ContextType>;
  ArticleConnection?: ArticleConnectionResolvers<ContextType>;
  ArticleEdge?: ArticleEdgeResolvers<ContextType>;
  Claim?: ClaimResolvers<ContextType>;
  Cooccurrence?: CooccurrenceResolvers<ContextType>;
  Coordinates?: CoordinatesResolvers<ContextType>;
  Counts?: CountsResolvers<ContextType>;
  Curation?: CurationResolvers<ContextType>;
  Entity?: EntityResolvers<ContextType>;
  EntityConnection?: EntityConnectionResolvers<ContextType>;
  EntityEdge?: EntityEdgeResolvers<ContextType>;
  Event?: EventResolvers<ContextType>;
  EventConnection?: EventConnectionResolvers<ContextType>;
  EventDate?: EventDateResolvers<ContextType>;
  EventEdge?: EventEdgeResolvers<ContextType>;
  EventLink?: EventLinkResolvers<ContextType>;
  EventPlace?: EventPlaceResolvers<ContextType>;
  FigureLine?: FigureLineResolvers<ContextType>;
  FigureReport?: FigureReportResolvers<ContextType>;
  Hop?: HopResolvers<ContextType>;
  IngestOutcome?: IngestOutcomeResolvers<ContextType>;
  IngestReportsResult?: IngestReportsResultResolvers<ContextType>;
  Member?: MemberResolvers<ContextType>;
  Mention?: MentionResolvers<ContextType>;
  MentionedEntity?: MentionedEntityResolvers<ContextType>;
  MonthCount?: MonthCountResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Node?: NodeResolvers<ContextType>;
  Organization?: OrganizationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Participant?: ParticipantResolvers<ContextType>;
  Path?: PathResolvers<ContextType>;
  Person?: PersonResolvers<ContextType>;
  Place?: PlaceResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  RelatedReport?: RelatedReportResolvers<ContextType>;
  Role?: RoleResolvers<ContextType>;
  SearchConnection?: SearchConnectionResolvers<ContextType>;
  SearchEdge?: SearchEdgeResolvers<ContextType>;
  Sentence?: SentenceResolvers<ContextType>;
  Source?: SourceResolvers<ContextType>;
  SourceCount?: SourceCountResolvers<ContextType>;
  Status?: StatusResolvers<ContextType>;
  TimelineEntry?: TimelineEntryResolvers<ContextType>;
};

