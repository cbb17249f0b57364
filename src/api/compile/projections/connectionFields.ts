import type { FieldCompilers } from '../FieldCompiler';

/**
 * Connections are maps built by compileConnection: `{rows, first, after, total}` where each row
 * is `{n: node, k: sort key, s: sort name}` and `rows` holds one item more than the page.
 * Cursor fields return the raw triple [sort, key, id]; their resolvers encode it.
 */
const connection: FieldCompilers = {
  totalCount: (_c, v) => `${v}.total`,
  edges: (c, v, f) => c.many(`${v}.rows[..${v}.first]`, f),
  pageInfo: (c, v, f) => c.one(v, f),
};

const edge: FieldCompilers = {
  cursor: (_c, v) => `[${v}.s, ${v}.k, ${v}.n.id]`,
  node: (c, v, f) => c.one(`${v}.n`, f),
};

const cursorAt = (v: string, i: string): string => `[${v}.rows[${i}].s, ${v}.rows[${i}].k, ${v}.rows[${i}].n.id]`;

/** Field compilers of the connection, edge and page-info types. */
export const connectionFields: Record<string, FieldCompilers> = {
  ArticleConnection: connection,
  EventConnection: connection,
  EntityConnection: connection,
  SearchConnection: connection,
  ArticleEdge: edge,
  EventEdge: edge,
  EntityEdge: edge,
  SearchEdge: { ...edge, score: (_c, v) => `${v}.k` },
  PageInfo: {
    hasNextPage: (_c, v) => `size(${v}.rows) > ${v}.first`,
    hasPreviousPage: (_c, v) => `${v}.after`,
    startCursor: (_c, v) => `CASE WHEN size(${v}.rows) = 0 THEN null ELSE ${cursorAt(v, '0')} END`,
    endCursor: (_c, v) => `CASE WHEN size(${v}.rows) = 0 THEN null ELSE ${cursorAt(v, `size(${v}.rows[..${v}.first]) - 1`)} END`,
  },
};
