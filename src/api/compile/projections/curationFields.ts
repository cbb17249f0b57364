import type { FieldCompilers } from '../FieldCompiler';
import { isoProp, prop } from './fieldHelpers';

/** Curation: an analyst's recorded, reversible change. */
export const curationFields: FieldCompilers = {
  id: prop('id'),
  action: prop('action'),
  reason: prop('reason'),
  by: prop('by'),
  at: isoProp('at'),
  undone: (_c, v) => `coalesce(${v}.undone, false)`,
  undoneAt: isoProp('undoneAt'),
  undoneBy: prop('undoneBy'),
  undoReason: prop('undoReason'),
  alias: prop('alias'),
  entityIds: prop('entityIds'),
  result: (c, v, f) => c.queryOne(f, (m) => `MATCH (${m}:Entity {id: ${v}.resultId})`),
  entities: (c, v, f) => c.query(f, (m) => `MATCH (${m}:Entity) WHERE ${m}.id IN ${v}.entityIds WITH ${m} ORDER BY ${m}.name, ${m}.id`),
};
