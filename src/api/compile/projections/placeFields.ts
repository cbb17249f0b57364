import type { FieldCompilers } from '../FieldCompiler';
import { entityFields } from './entityFields';
import { prop } from './fieldHelpers';

/** Place: the shared entity fields plus gazetteer facts and containment. */
export const placeFields: FieldCompilers = {
  ...entityFields,
  coordinates: (c, v, f) => c.one(`CASE WHEN ${v}.lat IS NULL OR ${v}.lon IS NULL THEN null ELSE {latitude: ${v}.lat, longitude: ${v}.lon} END`, f),
  country: prop('countryCode'),
  gazetteer: prop('gazetteer'),
  gazetteerId: prop('gazetteerId'),
  featureCode: prop('featureCode'),
  // The narrowest container: a second-level region, then a first-level one, then the country.
  within: (c, v, f) =>
    c.queryOne(f, (m) => `MATCH (${v})-[:WITHIN]->(${m}:Place) WITH ${m} ORDER BY CASE ${m}.featureCode WHEN 'ADM2' THEN 0 WHEN 'ADM1' THEN 1 ELSE 2 END, ${m}.id`),
  contains: (c, v, f) => c.query(f, (m) => `MATCH (${m}:Place)-[:WITHIN]->(${v}) WITH ${m} ORDER BY ${m}.name, ${m}.id`),
  events: (c, v, f) =>
    c.query(f, (m) => `MATCH (${m}:Event)<-[:SUBJECT]-(:Claim {predicate: 'TOOK_PLACE_IN'})-[:OBJECT]->(${v}) WITH DISTINCT ${m} ORDER BY ${m}.name, ${m}.id`),
};
