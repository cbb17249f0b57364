import type { Report } from '../src/extract/types';

/** A small deterministic random generator (mulberry32), so a seed gives the same corpus. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SYL = ['ka', 'lo', 'mi', 'ren', 'tas', 'vel', 'dor', 'an', 'bri', 'sol', 'nek', 'tur', 'ma', 'zen', 'ol', 'ris', 'pa', 'gul', 'fen', 'ard'];
const CITIES = ['Lisbon', 'Oslo', 'Nairobi', 'Lima', 'Hanoi', 'Toronto', 'Dakar', 'Quito', 'Tunis', 'Accra', 'Manila', 'Riga', 'Porto', 'Lyon', 'Kraków', 'Valencia', 'Mombasa', 'Cusco', 'Bergen', 'Tampere'];
const ORG_HEADS = ['Foundation', 'Council', 'Union', 'Institute', 'Agency', 'Committee', 'Association', 'Society'];
const ORG_TOPICS = ['Water', 'Rural Schools', 'Fisheries', 'Road Safety', 'Public Health', 'Coastal Heritage', 'Small Farmers', 'Urban Transport'];
const ROLES = ['Ambassador', 'Director', 'Minister', 'Mayor', 'Chairman', 'Governor'];
const EVENTS = ['flood', 'festival', 'strike', 'summit', 'earthquake', 'protest', 'conference', 'fire'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/**
 * `count` synthetic news reports of about `bytes` characters each, built from templates with
 * invented person and organisation names and real city names (so the gazetteer places them).
 * Names recur across reports, so resolution and merging are exercised.
 */
export function syntheticReports(count: number, seed = 1, bytes = 3000): Report[] {
  const r = rng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)] as T;
  const word = (n: number): string => {
    let w = '';
    for (let i = 0; i < n; i += 1) w += pick(SYL);
    return w.charAt(0).toUpperCase() + w.slice(1);
  };
  // Pools shared by all reports: recurring people and organisations.
  const people = Array.from({ length: Math.max(50, count / 4) }, () => `${word(2)} ${word(3)}`);
  const orgs = Array.from({ length: Math.max(20, count / 10) }, () => (r() < 0.5 ? `${word(2)} ${pick(ORG_HEADS)}` : `${pick(ORG_HEADS)} for ${pick(ORG_TOPICS)}`));
  const sources = Array.from({ length: 12 }, () => `${word(2)} News`);

  const out: Report[] = [];
  for (let i = 0; i < count; i += 1) {
    const year = 2000 + Math.floor(r() * 24);
    const month = Math.floor(r() * 12);
    const day = 1 + Math.floor(r() * 27);
    const city = pick(CITIES);
    const kind = pick(EVENTS);
    const p1 = pick(people);
    const p2 = pick(people);
    const o1 = pick(orgs);
    const o2 = pick(orgs);
    const sentences: string[] = [
      `A ${kind} was reported in ${city} on ${MONTHS[month]} ${day}, ${year}, the ${o1} said.`,
      `${pick(ROLES)} ${p1} of the ${o1} spoke about the ${kind} at a meeting in ${city}.`,
      `As many as ${10 + Math.floor(r() * 900)} people were affected by the ${kind}, according to the ${o2}.`,
    ];
    while (sentences.join(' ').length < bytes) {
      const t = Math.floor(r() * 8);
      const p = pick(people);
      const o = pick(orgs);
      const c = pick(CITIES);
      const n = 2 + Math.floor(r() * 500);
      const s = [
        `${p}, head of the ${o}, said that more than ${n} families in ${c} had asked for help.`,
        `The ${o} and the ${pick(orgs)} organized a ${pick(EVENTS)} in ${c} in ${MONTHS[Math.floor(r() * 12)]} ${year}.`,
        `${pick(ROLES)} ${p} visited ${c} and met volunteers of the ${o}.`,
        `Some ${n} residents of ${c} took part in the ${kind}, while ${2 + Math.floor(r() * 50)} remained missing.`,
        `${p.split(' ')[1]} told reporters that the ${o} would publish a report on the ${kind} next week.`,
        `Officials of the ${o} in ${c} said ${n} buildings were damaged and roads were closed for ${2 + Math.floor(r() * 9)} days.`,
        `${p2} thanked the people of ${c} for their patience and called for calm.`,
        `According to the ${o}, at least ${n} people were injured and ${Math.floor(n / 3)} were taken to hospital in ${c}.`,
      ][t] as string;
      sentences.push(s);
    }
    const paragraphs: string[] = [];
    for (let k = 0; k < sentences.length; k += 3) paragraphs.push(sentences.slice(k, k + 3).join(' '));
    out.push({
      text: `${paragraphs.join('\n\n')}\n`,
      title: `${kind.charAt(0).toUpperCase() + kind.slice(1)} in ${city}: ${o1} reports`,
      source: pick(sources),
      publishedAt: `${year}-${String(month + 1).padStart(2, '0')}-${String(Math.min(28, day + 1)).padStart(2, '0')}`,
      url: `https://bench.example/${seed}/${i}`,
      origin: `bench#${i}`,
    });
  }
  return out;
}
