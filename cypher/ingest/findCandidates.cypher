// findCandidates: entities already in the graph that the resolver may merge with, found by lookup
// key (names, alias forms, surnames, and the `day-at` keys of events: a gazetteer place and a day)
// or by gazetteer id. Both branches start from an index seek (name_key, place_gazetteer_id).
// params: $keys (list of NameKey keys), $gazetteerIds (list)
// returns: id, type, name, normName, aliases, gazetteerId, keys (every key of the node)
CALL () {
  UNWIND $keys AS key
  MATCH (:NameKey {key: key})-[:NAMES]->(e:Entity)
  RETURN e
  UNION
  UNWIND $gazetteerIds AS gid
  MATCH (e:Place {gazetteerId: gid})
  RETURN e
}
WITH DISTINCT e
RETURN e.id AS id,
       [l IN labels(e) WHERE l IN ['Person', 'Organization', 'Place', 'Event']][0] AS type,
       e.name AS name,
       e.normName AS normName,
       coalesce(e.aliases, []) AS aliases,
       e.gazetteerId AS gazetteerId,
       COLLECT { MATCH (k:NameKey)-[:NAMES]->(e) RETURN k.key } AS keys
