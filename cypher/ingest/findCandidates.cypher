// findCandidates: entities already in the graph that the resolver may merge with, found by lookup
// key, by gazetteer id, or as events claimed to have happened at a gazetteer place on overlapping days.
// Every branch starts from an index seek (name_key, place_gazetteer_id); the events at a place are
// made distinct before their dates are checked, so a busy place costs its claims once, not once per claim.
// params: $keys (list of NameKey keys), $gazetteerIds (list),
//         $eventPlaces (list of {placeId (gazetteer id), start, end (YYYY-MM-DD)})
// returns: id, type, name, normName, aliases, gazetteerId, keys (every key of the node),
//          placeIds (events: distinct gazetteer ids of TOOK_PLACE_IN objects among $eventPlaces' places),
//          spans (events: distinct day-precise HAPPENED_ON {start, end, precision} overlapping one of
//          $eventPlaces' spans). Only those can make a `same-event` match, so resolution is unchanged.
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
  MATCH (p:Place {gazetteerId: w.placeId})
  CALL (p) {
    MATCH (p)<-[:OBJECT]-(c:Claim)-[:SUBJECT]->(ev:Event)
    WHERE c.predicate = 'TOOK_PLACE_IN'
    RETURN DISTINCT ev
  }
  WITH ev AS e, date(w.start) AS wStart, date(w.end) AS wEnd
  WHERE EXISTS {
    MATCH (e)<-[:SUBJECT]-(d:Claim)
    WHERE d.predicate = 'HAPPENED_ON' AND d.precision = 'day' AND d.start <= wEnd AND wStart <= d.end
  }
  RETURN e
}
WITH DISTINCT e
WITH e,
     [w IN $eventPlaces | w.placeId] AS wPlaces,
     [w IN $eventPlaces | {start: date(w.start), end: date(w.end)}] AS windows
RETURN e.id AS id,
       [l IN labels(e) WHERE l IN ['Person', 'Organization', 'Place', 'Event']][0] AS type,
       e.name AS name,
       e.normName AS normName,
       coalesce(e.aliases, []) AS aliases,
       e.gazetteerId AS gazetteerId,
       COLLECT { MATCH (k:NameKey)-[:NAMES]->(e) RETURN k.key } AS keys,
       CASE WHEN e:Event AND size(windows) > 0 THEN COLLECT {
         MATCH (e)<-[:SUBJECT]-(c:Claim)-[:OBJECT]->(p:Place)
         WHERE c.predicate = 'TOOK_PLACE_IN' AND p.gazetteerId IN wPlaces
         RETURN DISTINCT p.gazetteerId
       } ELSE [] END AS placeIds,
       CASE WHEN e:Event AND size(windows) > 0 THEN COLLECT {
         MATCH (e)<-[:SUBJECT]-(c:Claim)
         WHERE c.predicate = 'HAPPENED_ON' AND c.precision = 'day' AND any(w IN windows WHERE c.start <= w.end AND w.start <= c.end)
         RETURN DISTINCT {start: toString(c.start), end: toString(c.end), precision: c.precision}
       } ELSE [] END AS spans
