// writeCountryContains: the countries of a batch, linked from the places already in the graph that the
// gazetteer puts in them: (Place)-[:WITHIN {source: 'gazetteer'}]->(country).
// params: $countries: list of {id, gazetteerId}
// returns: n (links merged)
UNWIND $countries AS x
MATCH (c:Place {id: x.id})
MATCH (p:Place {countryId: x.gazetteerId})
WHERE c <> p
MERGE (p)-[r:WITHIN {source: 'gazetteer'}]->(c)
RETURN count(r) AS n
