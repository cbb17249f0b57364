/** English number words and their values (lower case). */
export const NUMBER_WORDS: ReadonlyMap<string, number> = new Map([
  ['two', 2], ['three', 3], ['four', 4], ['five', 5], ['six', 6], ['seven', 7], ['eight', 8], ['nine', 9],
  ['ten', 10], ['eleven', 11], ['twelve', 12], ['thirteen', 13], ['fourteen', 14], ['fifteen', 15],
  ['sixteen', 16], ['seventeen', 17], ['eighteen', 18], ['nineteen', 19], ['twenty', 20], ['thirty', 30],
  ['forty', 40], ['fifty', 50], ['sixty', 60], ['seventy', 70], ['eighty', 80], ['ninety', 90],
  ['hundred', 100], ['thousand', 1000], ['million', 1e6], ['billion', 1e9], ['dozen', 12],
]);

/** Counts written before a period or a series: "three days of mourning", "several rounds". */
export const COUNT_WORDS: ReadonlySet<string> = new Set(['two', 'three', 'four', 'five', 'six', 'seven', 'ten', 'several']);

/** Multipliers after a number: "1.5 million", "two hundred". */
export const MULTIPLIERS: ReadonlyMap<string, number> = new Map([
  ['hundred', 100], ['thousand', 1000], ['million', 1e6], ['billion', 1e9], ['mln', 1e6], ['bln', 1e9],
]);

/** Vague plural counts: "hundreds of people" → 100 with qualifier "hundreds". */
export const VAGUE_COUNTS: ReadonlyMap<string, number> = new Map([
  ['dozens', 12], ['scores', 20], ['hundreds', 100], ['thousands', 1000], ['tens', 10], ['millions', 1e6],
]);

/** Value of a number word or hyphenated compound ("twenty-five"), or undefined. */
export function numberWordValue(lower: string): number | undefined {
  const direct = NUMBER_WORDS.get(lower);
  if (direct !== undefined) return direct;
  if (!lower.includes('-')) return undefined;
  const parts = lower.split('-');
  if (parts.length === 2) {
    const tens = NUMBER_WORDS.get(parts[0] as string);
    const ones = NUMBER_WORDS.get(parts[1] as string);
    if (tens !== undefined && ones !== undefined && tens >= 20 && tens <= 90 && ones < 10) return tens + ones;
  }
  return undefined;
}
