import crypto from 'node:crypto';
import type { Database } from '../../src/db/Database';

/** A capitalised random word (letters only), to keep test names apart from every other suite's. */
export function uniqueWord(prefix = 'Q'): string {
  const letters = 'abcdefghijklmnopqrstuvwxyz';
  const bytes = crypto.randomBytes(8);
  return prefix + [...bytes].map((b) => letters[b % 26]).join('');
}

/**
 * Deletes what these articles wrote: the articles, their sentences and claims, then the entities,
 * lookup keys and sources nothing else refers to any more. Never touches other suites' data.
 */
export async function deleteArticles(db: Database, ids: readonly string[]): Promise<void> {
  if (ids.length === 0) return;
  await db.writeTransaction(async (tx) => {
    const [row] = await tx.run<{ entityIds: string[]; sourceIds: string[] }>(
      {
        name: 'test/deleteArticles',
        text: `MATCH (a:Article) WHERE a.id IN $ids
               OPTIONAL MATCH (a)-[:HAS_SENTENCE]->(s:Sentence)
               OPTIONAL MATCH (s)-[:MENTIONS]->(e:Entity)
               OPTIONAL MATCH (a)-[:PUBLISHED_BY]->(src:Source)
               OPTIONAL MATCH (c:Claim)-[:STATED_IN]->(s)
               WITH collect(DISTINCT a) AS as, collect(DISTINCT s) AS ss, collect(DISTINCT c) AS cs,
                    collect(DISTINCT e.id) AS entityIds, collect(DISTINCT src.id) AS sourceIds
               FOREACH (c IN cs | DETACH DELETE c)
               FOREACH (s IN ss | DETACH DELETE s)
               FOREACH (a IN as | DETACH DELETE a)
               RETURN entityIds, sourceIds`,
      },
      { ids: [...ids] },
    );
    await tx.run(
      {
        name: 'test/deleteOrphans',
        text: `UNWIND $entityIds AS id
               MATCH (e:Entity {id: id})
               WHERE NOT (e)<-[:MENTIONS|SUBJECT|OBJECT]-()
               OPTIONAL MATCH (k:NameKey)-[:NAMES]->(e)
               WITH e, collect(k) AS ks
               DETACH DELETE e
               WITH ks UNWIND ks AS k
               WITH DISTINCT k WHERE NOT (k)-[:NAMES]->()
               DELETE k`,
      },
      { entityIds: row?.entityIds ?? [] },
    );
    await tx.run(
      { name: 'test/deleteSources', text: 'UNWIND $sourceIds AS id MATCH (s:Source {id: id}) WHERE NOT (s)<-[:PUBLISHED_BY]-() DELETE s' },
      { sourceIds: row?.sourceIds ?? [] },
    );
  });
}

/**
 * Nodes and relationships belonging to or touched by these articles: the articles, sentences, claims,
 * mentioned entities with their lookup keys and sources, and every relationship incident to them.
 */
export async function countAround(db: Database, ids: readonly string[]): Promise<{ nodes: number; rels: number }> {
  const [row] = await db.read<{ nodes: number; rels: number }>(
    {
      name: 'test/countAround',
      text: `MATCH (a:Article) WHERE a.id IN $ids
             OPTIONAL MATCH (a)-[:HAS_SENTENCE]->(s:Sentence)
             OPTIONAL MATCH (s)-[:MENTIONS]->(e:Entity)
             OPTIONAL MATCH (c:Claim)-[:STATED_IN]->(s)
             OPTIONAL MATCH (a)-[:PUBLISHED_BY]->(src:Source)
             WITH collect(DISTINCT a) + collect(DISTINCT s) + collect(DISTINCT c) + collect(DISTINCT src) AS own, collect(DISTINCT e) AS es
             CALL (es) { UNWIND es AS e OPTIONAL MATCH (k:NameKey)-[:NAMES]->(e) RETURN collect(DISTINCT k) AS ks }
             CALL (own) { UNWIND own AS n MATCH (n)-[r]-() RETURN collect(DISTINCT r) AS ownRels }
             CALL (es) { UNWIND es AS e MATCH (e)-[r:WITHIN]->(:Place) RETURN collect(DISTINCT r) AS within }
             CALL (es) { UNWIND es AS e MATCH (:NameKey)-[r:NAMES]->(e) RETURN collect(DISTINCT r) AS names }
             RETURN size(own) + size(es) + size(ks) AS nodes, size(ownRels) + size(within) + size(names) AS rels`,
    },
    { ids: [...ids] },
  );
  return row ?? { nodes: 0, rels: 0 };
}
