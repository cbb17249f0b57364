import type { Report } from '../../src/extract/types';

/** mulberry32: a small seeded PRNG, so every run sees the same cases. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const pick = <T>(rand: () => number, xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)] as T;

const PEOPLE = ['Ilham Aliyev', 'Maria Keller', 'John Okafor', 'Elena Petrova', 'Rashid Mammadov', 'Anna Lindqvist', 'Tomas Novak', 'Leyla Hasanova'];
const ROLES = ['President', 'Foreign Minister', 'Mayor', 'Ambassador', 'spokesperson'];
const ORGS = ['the Ministry of Foreign Affairs', 'the City Council', 'the Red Cross', 'the United Nations', 'Azertac', 'the World Bank'];
const PLACES = ['Baku', 'Cairo', 'Geneva', 'Berlin', 'Ankara', 'Tbilisi', 'Paris', 'Vienna'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'September', 'October'];

/** `count` distinct plain-text news reports about overlapping people, organisations and places. */
export function syntheticReports(count: number, seed: number, tag: string): Report[] {
  const rand = prng(seed);
  const out: Report[] = [];
  for (let i = 0; i < count; i++) {
    const p1 = pick(rand, PEOPLE);
    const p2 = pick(rand, PEOPLE.filter((p) => p !== p1));
    const place = pick(rand, PLACES);
    const org = pick(rand, ORGS);
    const day = 1 + Math.floor(rand() * 27);
    const month = pick(rand, MONTHS);
    const year = 2015 + Math.floor(rand() * 9);
    const n = 2 + Math.floor(rand() * 300);
    const text = [
      `${pick(rand, ROLES)} ${p1} met ${pick(rand, ROLES)} ${p2} in ${place} on ${day} ${month} ${year}.`,
      `According to ${org}, ${n} people attended the meeting in ${place}.`,
      `${p2.split(' ')[1] ?? p2} said the talks with ${org} would continue in ${pick(rand, PLACES)}.`,
      `Report ${tag}-${i} was filed by the newsgraph test suite.`,
    ].join(' ');
    out.push({ text, title: `${tag} report ${i}: ${p1} in ${place}`, source: pick(rand, ['Trend', 'Caspian Wire', 'Lakeview State']), publishedAt: `${year}-0${1 + (i % 9)}-1${i % 10}`, origin: `${tag}#${i}` });
  }
  return out;
}
