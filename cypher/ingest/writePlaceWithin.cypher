// writePlaceWithin: gazetteer containment (Place)-[:WITHIN {source: 'gazetteer'}]->(country Place),
// both ways round: a place links to its country when the country is in the graph, and a country links
// the places already in the graph that lie in it.
// params: $places: list of {id, countryId (gazetteer id of its country)}, $countries: list of {id, gazetteerId}
// returns: n (links merged)
CALL () {
  UNWIND $places AS x
  MATCH (p:Place {id: x.id})
  MATCH (c:Place {gazetteerId: x.countryId})
  WHERE c <> p
  MERGE (p)-[r:WITHIN {source: 'gazetteer'}]->(c)
  RETURN count(r) AS n
  UNION ALL
  UNWIND $countries AS x
  MATCH (c:Place {id: x.id})
  MATCH (p:Place {countryId: x.gazetteerId})
  WHERE c <> p
  MERGE (p)-[r:WITHIN {source: 'gazetteer'}]->(c)
  RETURN count(r) AS n
}
RETURN sum(n) AS n
