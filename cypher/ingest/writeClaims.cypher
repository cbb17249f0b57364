// writeClaims: the Claim nodes of a batch with STATED_IN (the sentence), SUBJECT and OBJECT.
// params: $claims: list of {id, predicate, subjectId, objectId, sentenceId, text, qualifier, value, counts,
//          start, end (YYYY-MM-DD or null), precision}
// returns: expected (SUBJECT and OBJECT links asked for), linked (links written; fewer when an entity
//          node is missing)
UNWIND $claims AS x
MATCH (s:Sentence {id: x.sentenceId})
OPTIONAL MATCH (subject:Entity {id: x.subjectId})
OPTIONAL MATCH (object:Entity {id: x.objectId})
CREATE (c:Claim {id: x.id, predicate: x.predicate, text: x.text})
SET c.qualifier = x.qualifier,
    c.value = x.value,
    c.counts = x.counts,
    c.start = CASE WHEN x.start IS NULL THEN null ELSE date(x.start) END,
    c.end = CASE WHEN x.end IS NULL THEN null ELSE date(x.end) END,
    c.precision = x.precision
CREATE (c)-[:STATED_IN]->(s)
FOREACH (_ IN CASE WHEN subject IS NULL THEN [] ELSE [1] END | CREATE (c)-[:SUBJECT]->(subject))
FOREACH (_ IN CASE WHEN object IS NULL THEN [] ELSE [1] END | CREATE (c)-[:OBJECT]->(object))
WITH count(subject) + count(object) AS linked
RETURN size([q IN $claims WHERE q.subjectId IS NOT NULL]) + size([q IN $claims WHERE q.objectId IS NOT NULL]) AS expected, linked
