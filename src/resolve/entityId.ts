import type { EntityType, GeoInfo } from '../extract/types';

/**
 * The deterministic id of an entity: `<type lower>:<normalised name, spaces as hyphens>`, or for a
 * place known to the gazetteer `place:<gazetteer>:<id>`. Two ingesters naming the same thing the same
 * way compute the same id, so concurrent writers converge through MERGE and the uniqueness constraints.
 */
export function entityId(type: EntityType, normName: string, geo?: Pick<GeoInfo, 'gazetteer' | 'gazetteerId'>): string {
  if (type === 'Place' && geo !== undefined && geo.gazetteerId !== '') return `place:${geo.gazetteer.toLowerCase()}:${geo.gazetteerId}`;
  return `${type.toLowerCase()}:${normName.replace(/ /g, '-')}`;
}
