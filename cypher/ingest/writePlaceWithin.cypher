// writePlaceWithin: gazetteer containment (Place)-[:WITHIN {source: 'gazetteer'}]->(Place), from the places
// of a batch to their country and to the regions (first- and second-level administrative divisions) their
// gazetteer codes put them in, when those are in the graph. The other way round (a country or region new in
// the graph and the places already there) is writeCountryContains / writeRegionContains.
// params: $places: list of {id, within (gazetteer ids of its country and regions)}
// returns: n (links merged)
UNWIND $places AS x
MATCH (p:Place {id: x.id})
UNWIND x.within AS gid
MATCH (c:Place {gazetteerId: gid})
WHERE c <> p
MERGE (p)-[r:WITHIN {source: 'gazetteer'}]->(c)
RETURN count(r) AS n
