import type { FieldSel } from '../compile/collectFields';
import type { CypherCompiler } from '../compile/CypherCompiler';
import { compileArticles } from './compileArticles';
import { compileConnections } from './compileConnections';
import { compileCooccurring } from './compileCooccurring';
import { compileCounts } from './compileCounts';
import { compileEntities } from './compileEntities';
import { compileEvents } from './compileEvents';
import { compileById, compileNode } from './compileLookup';
import { compileSearch } from './compileSearch';
import { compileTimeline } from './compileTimeline';

/** Builds the single Cypher statement answering one root field; it returns rows with a `result` column. */
export type RootCompiler = (c: CypherCompiler, f: FieldSel) => string;

/** The compiled root fields of Query, by field name. */
export const rootCompilers: Record<string, RootCompiler> = {
  node: compileNode,
  entity: compileById('Entity'),
  article: compileById('Article'),
  search: compileSearch,
  articles: compileArticles,
  events: compileEvents,
  entities: compileEntities,
  connections: compileConnections,
  timeline: compileTimeline,
  cooccurring: compileCooccurring,
  counts: compileCounts,
};
