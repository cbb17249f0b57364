// writeRegionContains: the regions (first- and second-level administrative divisions) of a batch, linked
// from the places already in the graph whose gazetteer codes put them there:
// (Place)-[:WITHIN {source: 'gazetteer'}]->(region).
// params: $regions: list of {id, gazetteerId, level (1 | 2)}
// returns: n (links merged)
CALL () {
  UNWIND [x IN $regions WHERE x.level = 1] AS x
  MATCH (c:Place {id: x.id})
  MATCH (p:Place {admin1: x.gazetteerId})
  WHERE c <> p
  MERGE (p)-[r:WITHIN {source: 'gazetteer'}]->(c)
  RETURN count(r) AS n
  UNION ALL
  UNWIND [x IN $regions WHERE x.level = 2] AS x
  MATCH (c:Place {id: x.id})
  MATCH (p:Place {admin2: x.gazetteerId})
  WHERE c <> p
  MERGE (p)-[r:WITHIN {source: 'gazetteer'}]->(c)
  RETURN count(r) AS n
}
RETURN sum(n) AS n
