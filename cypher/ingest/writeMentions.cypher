// writeMentions: one MENTIONS relationship per mention, from the sentence to the resolved entity.
// params: $mentions: list of {sentenceId, entityId, start, end, text, resolution}
// returns: expected (mentions asked for), linked (mentions written; fewer when an entity node is missing)
UNWIND $mentions AS x
MATCH (s:Sentence {id: x.sentenceId})
MATCH (e:Entity {id: x.entityId})
CREATE (s)-[:MENTIONS {start: x.start, end: x.end, text: x.text, resolution: x.resolution}]->(e)
WITH count(*) AS linked
RETURN size($mentions) AS expected, linked
