import type { EntityType } from '../extract/types';

/**
 * How a lookup key identifies an entity: a name or alias form, a person's surname, or (events) a
 * gazetteer place and a day it was reported to have happened there (`<gazetteer id>|YYYY-MM-DD`).
 */
export type NameKeyKind = 'name' | 'surname' | 'day-at';

/**
 * A lookup key stored on `(:NameKey {key})-[:NAMES]->(entity)`: the type, the kind and the
 * normalised form, e.g. `person|surname|aliyeva`, `organization|name|embassy of x`. Keys carry the
 * type so that types never merge.
 */
export function nameKey(type: EntityType, kind: NameKeyKind, normForm: string): string {
  return `${type.toLowerCase()}|${kind}|${normForm}`;
}
