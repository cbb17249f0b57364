// undoCuration: reverses a curation that is not undone yet: merged entities get their labels back,
// every relationship the curation moved goes back to the entity it came from, the kept/original
// entity gets its aliases back, an entity the split created is removed; the curation stays, marked undone.
// params: $id, $reason, $by
// returns: curationId
MATCH (cur:Curation {id: $id}) WHERE NOT coalesce(cur.undone, false)
CALL (cur) {
  MATCH (m:MergedEntity {mergedBy: cur.id})
  SET m:Entity, m:$(m.mergedType)
  REMOVE m:MergedEntity, m.mergedInto, m.mergedBy, m.mergedType
}
CALL (cur) {
  MATCH (s:Sentence)-[r:MENTIONS {curation: cur.id}]->()
  MATCH (orig:Entity {id: r.movedFrom})
  CREATE (s)-[r2:MENTIONS]->(orig)
  SET r2 = properties(r)
  REMOVE r2.curation, r2.movedFrom
  DELETE r
}
CALL (cur) {
  MATCH (c:Claim)-[r:SUBJECT {curation: cur.id}]->()
  MATCH (orig:Entity {id: r.movedFrom})
  CREATE (c)-[r2:SUBJECT]->(orig)
  SET r2 = properties(r)
  REMOVE r2.curation, r2.movedFrom
  DELETE r
}
CALL (cur) {
  MATCH (c:Claim)-[r:OBJECT {curation: cur.id}]->()
  MATCH (orig:Entity {id: r.movedFrom})
  CREATE (c)-[r2:OBJECT]->(orig)
  SET r2 = properties(r)
  REMOVE r2.curation, r2.movedFrom
  DELETE r
}
CALL (cur) {
  MATCH (:Place)-[r:WITHIN {curation: cur.id, end: 'from'}]->(p:Place)
  MATCH (orig:Place {id: r.movedFrom})
  CREATE (orig)-[r2:WITHIN]->(p)
  SET r2 = properties(r)
  REMOVE r2.curation, r2.movedFrom, r2.end
  DELETE r
}
CALL (cur) {
  MATCH (p:Place)-[r:WITHIN {curation: cur.id, end: 'to'}]->(:Place)
  MATCH (orig:Place {id: r.movedFrom})
  CREATE (p)-[r2:WITHIN]->(orig)
  SET r2 = properties(r)
  REMOVE r2.curation, r2.movedFrom, r2.end
  DELETE r
}
CALL (cur) {
  MATCH (e:Entity {id: cur.entityIds[0]})
  SET e.aliases = cur.aliasesBefore,
      e.aliasText = reduce(t = '', a IN cur.aliasesBefore | t + CASE WHEN t = '' THEN '' ELSE ' | ' END + a)
}
CALL (cur) {
  MATCH (n:Entity {id: cur.resultId, createdBy: cur.id})
  WHERE NOT EXISTS { (n)--() }
  DELETE n
}
SET cur.undone = true, cur.undoneAt = datetime(), cur.undoneBy = $by, cur.undoReason = $reason
RETURN cur.id AS curationId
