// findCandidates: entities already in the graph that the resolver may merge with, found by lookup
// key, by gazetteer id, or as events claimed to have happened at a gazetteer place on overlapping days.
// params: $keys (list of NameKey keys), $gazetteerIds (list),
//         $eventPlaces (list of {placeId (gazetteer id), start, end (YYYY-MM-DD)})
// returns: id, type, name, normName, aliases, gazetteerId, keys (every key of the node),
//          placeIds (events: gazetteer ids of TOOK_PLACE_IN objects), spans (events: HAPPENED_ON {start, end, precision})
CALL () {
  UNWIND $keys AS key
  MATCH (:NameKey {key: key})-[:NAMES]->(e:Entity)
  RETURN e
  UNION
  UNWIND $gazetteerIds AS gid
  MATCH (e:Place {gazetteerId: gid})
  RETURN e
  UNION
  UNWIND $eventPlaces AS w
  MATCH (:Place {gazetteerId: w.placeId})<-[:OBJECT]-(:Claim {predicate: 'TOOK_PLACE_IN'})-[:SUBJECT]->(e:Event)
  WHERE EXISTS {
    MATCH (e)<-[:SUBJECT]-(d:Claim {predicate: 'HAPPENED_ON', precision: 'day'})
    WHERE d.start <= date(w.end) AND date(w.start) <= d.end
  }
  RETURN e
}
WITH DISTINCT e
RETURN e.id AS id,
       [l IN labels(e) WHERE l IN ['Person', 'Organization', 'Place', 'Event']][0] AS type,
       e.name AS name,
       e.normName AS normName,
       coalesce(e.aliases, []) AS aliases,
       e.gazetteerId AS gazetteerId,
       [(k:NameKey)-[:NAMES]->(e) | k.key] AS keys,
       CASE WHEN e:Event THEN [(e)<-[:SUBJECT]-(c:Claim {predicate: 'TOOK_PLACE_IN'})-[:OBJECT]->(p:Place) WHERE p.gazetteerId IS NOT NULL | p.gazetteerId] ELSE [] END AS placeIds,
       CASE WHEN e:Event THEN [(e)<-[:SUBJECT]-(c:Claim {predicate: 'HAPPENED_ON'}) | {start: toString(c.start), end: toString(c.end), precision: c.precision}] ELSE [] END AS spans
