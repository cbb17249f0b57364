// writeEntities: MERGE the entity nodes of a batch on their deterministic ids (sorted by id, so that
// concurrent writers lock in the same order), add the forms this batch used to `aliases`, and register
// their lookup keys as (:NameKey)-[:NAMES]->(entity). Existing nodes are only written when a form is new.
// The NameKey nodes are MERGEd first, all of them in sorted order ($keys), so that writers sharing
// keys (a surname, a place's alternate name) lock them in the same order too.
// params: $keys: sorted distinct list of every key in $entities,
//         $entities: list of {id, type ('Person'|'Organization'|'Place'|'Event'), name, normName, aliases,
//          keys, kind, gazetteer, gazetteerId, lat, lon, countryCode, featureCode, countryId, admin1, admin2}
// returns: id, created
CALL () {
  UNWIND $keys AS key
  MERGE (:NameKey {key: key})
}
UNWIND $entities AS x
MERGE (e:Entity {id: x.id})
  ON CREATE SET e.__new = true,
                e.name = x.name,
                e.normName = x.normName,
                e.aliases = x.aliases,
                e.aliasText = reduce(s = '', a IN x.aliases | s + CASE WHEN s = '' THEN '' ELSE ' | ' END + a),
                e.kind = x.kind,
                e.gazetteer = x.gazetteer,
                e.gazetteerId = x.gazetteerId,
                e.lat = x.lat,
                e.lon = x.lon,
                e.countryCode = x.countryCode,
                e.featureCode = x.featureCode,
                e.countryId = x.countryId,
                e.admin1 = x.admin1,
                e.admin2 = x.admin2
WITH e, x, e.__new IS NOT NULL AS created
CALL (e, x, created) {
  WITH e, x WHERE created
  REMOVE e.__new
  FOREACH (_ IN CASE WHEN x.type = 'Person' THEN [1] ELSE [] END | SET e:Person)
  FOREACH (_ IN CASE WHEN x.type = 'Organization' THEN [1] ELSE [] END | SET e:Organization)
  FOREACH (_ IN CASE WHEN x.type = 'Place' THEN [1] ELSE [] END | SET e:Place)
  FOREACH (_ IN CASE WHEN x.type = 'Event' THEN [1] ELSE [] END | SET e:Event)
}
CALL (e, x, created) {
  WITH e, x, [a IN x.aliases WHERE NOT a IN coalesce(e.aliases, [])] AS added
  WHERE NOT created AND size(added) > 0
  SET e.aliases = coalesce(e.aliases, []) + added,
      e.aliasText = reduce(s = '', a IN coalesce(e.aliases, []) + added | s + CASE WHEN s = '' THEN '' ELSE ' | ' END + a)
}
CALL (e, x) {
  UNWIND x.keys AS key
  MATCH (k:NameKey {key: key})
  MERGE (k)-[:NAMES]->(e)
}
RETURN x.id AS id, created
