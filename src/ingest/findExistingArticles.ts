import type { Database } from '../db/Database';
import { cypherFile } from '../db/cypherFile';

/** Of these articles (id and content hash), the ids of those already in the graph, mapped to the stored id. */
export async function findExistingArticles(db: Database, articles: ReadonlyArray<{ id: string; contentHash: string }>): Promise<Map<string, string>> {
  if (articles.length === 0) return new Map();
  const rows = await db.read<{ id: string; existingId: string | null }>(cypherFile('ingest/existingArticles'), {
    ids: articles.map((a) => a.id),
    contentHashes: articles.map((a) => a.contentHash),
  });
  return new Map(rows.filter((r) => r.existingId !== null).map((r) => [r.id, r.existingId as string]));
}
