import type { FieldCompilers } from '../FieldCompiler';
import { limit, newestFirst, prop } from './fieldHelpers';

/** Source: a publisher and its reports. */
export const sourceFields: FieldCompilers = {
  id: prop('id'),
  name: prop('name'),
  articleCount: (_c, v) => `COUNT { (:Article)-[:PUBLISHED_BY]->(${v}) }`,
  articles: (c, v, f) => c.query(f, (m) => `MATCH (${m}:Article)-[:PUBLISHED_BY]->(${v}) WITH ${m} ORDER BY ${newestFirst(m)} ${limit(c, f)}`),
};
