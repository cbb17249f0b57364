/** General geographic vocabulary (lower case): words that mark a place name, and the GeoNames-like code they imply. */

/** "the X region", "X province": words after a name that make it a place. */
export const REGION_WORDS: ReadonlyMap<string, string> = new Map([
  ['region', 'RGN'], ['regions', 'RGN'], ['zone', 'ADM2'], ['province', 'ADM1'], ['oblast', 'ADM1'], ['governorate', 'ADM1'],
  ['state', 'ADM1'], ['prefecture', 'ADM1'], ['canton', 'ADM1'], ['district', 'ADM2'], ['districts', 'ADM2'],
  ['county', 'ADM2'], ['municipality', 'ADM3'], ['rayon', 'ADM2'], ['peninsula', 'PEN'], ['valley', 'VAL'],
  ['island', 'ISL'], ['islands', 'ISLS'], ['mountains', 'MTS'], ['desert', 'DSRT'], ['basin', 'BSNU'],
  ['corridor', 'RGN'], ['strait', 'STRT'], ['gorge', 'GRGE'], ['plateau', 'PLAT'], ['sea', 'SEA'],
  ['river', 'STM'], ['lake', 'LK'], ['gulf', 'GULF'], ['bay', 'BAY'], ['enclave', 'RGN'], ['territory', 'TERR'],
  ['camp', 'CMP'],
]);

/** Last words of names of squares, streets, buildings and districts ("Trafalgar Square", "Guild Hall", "Spring City"). */
export const FACILITY_SUFFIXES: ReadonlyMap<string, string> = new Map([
  ['square', 'SQR'], ['street', 'ST'], ['avenue', 'ST'], ['boulevard', 'ST'], ['road', 'RD'], ['park', 'PRK'],
  ['hall', 'BLDG'], ['airport', 'AIRP'], ['bridge', 'BDG'], ['stadium', 'STDM'], ['palace', 'PAL'],
  ['mosque', 'MSQE'], ['cathedral', 'CH'], ['cemetery', 'CMTY'], ['city', 'PPL'], ['town', 'PPL'],
  ['village', 'PPL'], ['quarter', 'PPLX'], ['district', 'ADM2'], ['county', 'ADM2'], ['province', 'ADM1'],
  ['region', 'RGN'], ['valley', 'VAL'], ['mountains', 'MTS'], ['island', 'ISL'], ['islands', 'ISLS'],
  ['peninsula', 'PEN'], ['river', 'STM'], ['lake', 'LK'], ['sea', 'SEA'], ['ocean', 'OCN'], ['gulf', 'GULF'],
  ['bay', 'BAY'], ['strait', 'STRT'], ['pass', 'PASS'], ['corridor', 'RGN'], ['memorial', 'MNMT'], ['monument', 'MNMT'],
  ['auditorium', 'BLDG'], ['theatre', 'THTR'], ['theater', 'THTR'], ['arena', 'STDM'], ['gardens', 'GDN'], ['garden', 'GDN'],
  ['hotel', 'HTL'], ['station', 'RSTN'], ['pier', 'PIER'], ['wharf', 'WHRF'], ['plaza', 'SQR'], ['tower', 'TOWR'],
  ['reservoir', 'RSV'], ['dam', 'DAM'], ['canal', 'CNL'], ['harbour', 'HBR'], ['harbor', 'HBR'],
  ['basilica', 'CH'], ['chapel', 'CH'], ['church', 'CH'], ['abbey', 'MSTY'], ['monastery', 'MSTY'], ['synagogue', 'CH'],
  ['temple', 'TMPL'], ['shrine', 'SHRN'], ['centre', 'BLDG'], ['center', 'BLDG'], ['library', 'BLDG'],
]);

/** First words of geographic names ("Lake X", "Mount Y", "Gulf of Z"). */
export const GEO_PREFIXES: ReadonlyMap<string, string> = new Map([
  ['lake', 'LK'], ['mount', 'MT'], ['mt', 'MT'], ['gulf', 'GULF'], ['sea', 'SEA'], ['cape', 'CAPE'], ['river', 'STM'],
  ['bay', 'BAY'], ['isle', 'ISL'], ['port', 'PPL'], ['fort', 'PPL'], ['saint', 'PPL'], ['st', 'PPL'],
  ['island', 'ISL'], ['palace', 'PAL'], ['church', 'CH'], ['basilica', 'CH'], ['cathedral', 'CH'], ['chapel', 'CH'],
  ['abbey', 'MSTY'], ['monastery', 'MSTY'],
  // Spanish, Portuguese and Italian words that open a natural feature's name: "Cerro del X", "Sierra de Y", "Lago di Z".
  ['cerro', 'HLL'], ['sierra', 'MTS'], ['río', 'STM'], ['lago', 'LK'], ['laguna', 'LGN'], ['isla', 'ISL'], ['ilha', 'ISL'],
  ['monte', 'MT'], ['volcán', 'VLC'], ['bahía', 'BAY'], ['playa', 'BCH'], ['serra', 'MTS'],
  // "Republika X", "República de X", "République de Y": the word for republic in other languages.
  ['republika', 'ADM1'], ['república', 'PCLI'], ['republica', 'PCLI'], ['république', 'PCLI'], ['republik', 'PCLI'], ['repubblica', 'PCLI'],
]);

/** Compass words that open a region name: "South X", "Central Y". */
export const COMPASS_WORDS: ReadonlySet<string> = new Set([
  'north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'central', 'northeast',
  'northwest', 'southeast', 'southwest', 'north-east', 'north-west', 'south-east', 'south-west', 'upper', 'greater',
]);

/** Prepositions after which a capitalised name is usually a place. */
export const LOCATIVE_PREPOSITIONS: ReadonlySet<string> = new Set([
  'in', 'at', 'from', 'to', 'near', 'into', 'outside', 'across', 'toward', 'towards', 'around', 'via', 'inside',
  'throughout', 'within', 'through', 'visited', 'entered', 'left', 'reached', 'occupied', 'bombed', 'shelled',
]);

/** Nouns that take a place name after "of": "the town of X", "the capital of Y". */
export const SETTLEMENT_WORDS: ReadonlyMap<string, string> = new Map([
  ['town', 'PPL'], ['city', 'PPL'], ['village', 'PPL'], ['settlement', 'PPL'], ['capital', 'PPLC'],
  ['suburb', 'PPLX'], ['outskirts', 'PPL'], ['port', 'PPL'], ['region', 'RGN'], ['province', 'ADM1'],
  ['district', 'ADM2'], ['republic', 'PCLI'], ['island', 'ISL'], ['state', 'ADM1'], ['county', 'ADM2'],
  ['neighbourhood', 'PPLX'], ['neighborhood', 'PPLX'], ['area', 'RGN'], ['enclave', 'RGN'], ['territory', 'TERR'],
  ['department', 'ADM1'], ['prefecture', 'ADM1'], ['governorate', 'ADM1'], ['municipality', 'ADM3'], ['commune', 'ADM3'],
  ['canton', 'ADM1'], ['oblast', 'ADM1'],
]);

/** Adjectives after which a capitalised name is a place: "neighbouring X", "nearby Y". */
export const NEIGHBOUR_WORDS: ReadonlySet<string> = new Set(['neighbouring', 'neighboring', 'nearby', 'adjacent', 'bordering']);

/** Adjectives of peoples and continents ("Asian", "Andean", "Congolese", "Flemish", "African"). */
export const PEOPLE_ADJECTIVE = /(?:ian|ean|ese|ish|can)$/;

/**
 * True when a name opens or closes like a place's ("Mount X", "Republika X", "North X", "X Province",
 * "X Cemetery"), given its first and last words in lower case.
 */
export function isPlaceShaped(firstLower: string, lastLower: string): boolean {
  return GEO_PREFIXES.has(firstLower) || COMPASS_WORDS.has(firstLower) || REGION_WORDS.has(lastLower) || FACILITY_SUFFIXES.has(lastLower);
}

/** GeoNames feature codes of FACILITY_SUFFIXES that name a spot inside a town: squares, streets, buildings, parks. */
const LOCAL_CODES: ReadonlySet<string> = new Set([
  'SQR', 'ST', 'RD', 'PRK', 'BLDG', 'AIRP', 'BDG', 'STDM', 'PAL', 'MSQE', 'CH', 'CMTY', 'MNMT', 'THTR', 'GDN', 'HTL',
  'RSTN', 'PIER', 'WHRF', 'TOWR', 'MSTY', 'TMPL', 'SHRN',
]);

/** Words for a square, street or park that open a name in other languages ("Plaza X", "Parque X", "Piazza X"). */
const LOCAL_LEADING: ReadonlySet<string> = new Set([
  'plaza', 'praça', 'praca', 'piazza', 'piazzale', 'place', 'plac', 'parque', 'parc', 'calle', 'rue', 'avenida',
  'avenue', 'via', 'viale', 'ulica', 'ulitsa', 'largo', 'paseo', 'rambla', 'boulevard',
]);

/** Endings of one-word street and square names in other languages ("-platz", "-straße", "-gatan", "-vägen"). */
const LOCAL_ENDING = /(?:platz|straße|strasse|gasse|allee|ufer|gatan|vägen|vagen|torget|gade|plein|straat|gracht|tér|utca|náměstí|namesti)$/;

/** Words that follow a name in other languages: "X Meydanı" (square), "X Caddesi" (street). */
const LOCAL_TRAILING: ReadonlySet<string> = new Set(['meydanı', 'meydani', 'caddesi', 'sokak', 'sokağı', 'bulvarı']);

/** True when a name is a street's or square's in the words of another language ("Plaza X", "X Caddesi", "Xstraße"). */
export function isForeignStreetName(name: string): boolean {
  const words = name.toLowerCase().split(/\s+/).filter((w) => w !== '');
  const first = words[0] ?? '';
  const last = words[words.length - 1] ?? '';
  if (words.length > 1) return LOCAL_LEADING.has(first) || LOCAL_TRAILING.has(last);
  return LOCAL_ENDING.test(last) && last.length > 8;
}

/** True when a place's name says it is a spot inside a town: a square, street, park, building or the like. */
export function isLandmarkName(name: string): boolean {
  if (isForeignStreetName(name)) return true;
  const words = name.toLowerCase().split(/\s+/).filter((w) => w !== '');
  const code = FACILITY_SUFFIXES.get(words[words.length - 1] ?? '');
  return words.length > 1 && code !== undefined && LOCAL_CODES.has(code);
}

/** Hyphenated endings that make a place's name say where a body sits: "-based", "-registered", "-headquartered". */
export const BASED_SUFFIX = /-(?:based|registered|headquartered)$/;
