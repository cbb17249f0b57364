/**
 * Short forms written with a full stop that does not end the sentence: titles and company
 * suffixes (never before a new sentence), and forms that precede a number (Feb. 25, No. 5).
 * Lower case, without the stop.
 */
export const ABBREVIATIONS: ReadonlySet<string> = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'gen', 'col', 'lt', 'sgt', 'capt', 'cpt', 'maj', 'adm', 'cmdr',
  'gov', 'sen', 'rep', 'pres', 'amb', 'hon', 'rev', 'fr', 'st', 'ste', 'ss', 'sts', 'jr', 'sr', 'mt', 'ft', 'supt', 'h.e',
  'insp', 'cpl', 'pvt', 'brig', 'messrs', 'mme', 'mlle', 'gens', 'reps', 'sens',
  'inc', 'ltd', 'co', 'corp', 'bros', 'dept', 'univ', 'assn', 'vs', 'e.g', 'i.e', 'cf', 'approx', 'al',
]);

/** Short forms that do not end a sentence when a number follows (Feb. 25-26, No. 5, Art. 3). */
export const ABBREVIATIONS_BEFORE_NUMBER: ReadonlySet<string> = new Set([
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'no', 'nos', 'vol', 'p', 'pp', 'art', 'fig', 'para', 'op', 'ca', 'est', 'c',
]);

/** Short forms written with a full stop inside names of places and buildings (St. Albans, Mt. Elgon). */
export const NAME_ABBREVIATIONS: ReadonlySet<string> = new Set(['st', 'ste', 'ss', 'sts', 'mt', 'ft', 'pt']);
