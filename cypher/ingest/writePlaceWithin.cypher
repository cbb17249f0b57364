// writePlaceWithin: gazetteer containment (Place)-[:WITHIN {source: 'gazetteer'}]->(Place), both ways
// round: a place links to its country and to the regions (first- and second-level administrative
// divisions) its gazetteer codes put it in, when those are in the graph; and a country or region new
// in the graph links the places already there that lie in it.
// params: $places: list of {id, within (gazetteer ids of its country and regions)},
//         $containers: list of {id, gazetteerId, by ('countryId' | 'admin1' | 'admin2': the place property
//         that holds that gazetteer id)}
// returns: n (links merged)
CALL () {
  UNWIND $places AS x
  MATCH (p:Place {id: x.id})
  UNWIND x.within AS gid
  MATCH (c:Place {gazetteerId: gid})
  WHERE c <> p
  MERGE (p)-[r:WITHIN {source: 'gazetteer'}]->(c)
  RETURN count(r) AS n
  UNION ALL
  UNWIND [x IN $containers WHERE x.by = 'countryId'] AS x
  MATCH (c:Place {id: x.id})
  MATCH (p:Place {countryId: x.gazetteerId})
  WHERE c <> p
  MERGE (p)-[r:WITHIN {source: 'gazetteer'}]->(c)
  RETURN count(r) AS n
  UNION ALL
  UNWIND [x IN $containers WHERE x.by = 'admin1'] AS x
  MATCH (c:Place {id: x.id})
  MATCH (p:Place {admin1: x.gazetteerId})
  WHERE c <> p
  MERGE (p)-[r:WITHIN {source: 'gazetteer'}]->(c)
  RETURN count(r) AS n
  UNION ALL
  UNWIND [x IN $containers WHERE x.by = 'admin2'] AS x
  MATCH (c:Place {id: x.id})
  MATCH (p:Place {admin2: x.gazetteerId})
  WHERE c <> p
  MERGE (p)-[r:WITHIN {source: 'gazetteer'}]->(c)
  RETURN count(r) AS n
}
RETURN sum(n) AS n
