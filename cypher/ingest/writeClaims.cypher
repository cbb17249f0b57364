// writeClaims: the Claim nodes of a batch with STATED_IN (the sentence), SUBJECT and OBJECT.
// params: $claims: list of {id, predicate, subjectId, objectId, sentenceId, text, qualifier, value, counts,
//          start, end (YYYY-MM-DD or null), precision}
// returns: n (claims written)
UNWIND $claims AS x
MATCH (s:Sentence {id: x.sentenceId})
CREATE (c:Claim {id: x.id, predicate: x.predicate, text: x.text})
SET c.qualifier = x.qualifier,
    c.value = x.value,
    c.counts = x.counts,
    c.start = CASE WHEN x.start IS NULL THEN null ELSE date(x.start) END,
    c.end = CASE WHEN x.end IS NULL THEN null ELSE date(x.end) END,
    c.precision = x.precision
CREATE (c)-[:STATED_IN]->(s)
WITH c, x
CALL (c, x) {
  WITH c, x WHERE x.subjectId IS NOT NULL
  MATCH (e:Entity {id: x.subjectId})
  CREATE (c)-[:SUBJECT]->(e)
}
CALL (c, x) {
  WITH c, x WHERE x.objectId IS NOT NULL
  MATCH (o:Entity {id: x.objectId})
  CREATE (c)-[:OBJECT]->(o)
}
RETURN count(*) AS n
