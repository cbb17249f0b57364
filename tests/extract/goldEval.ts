/**
 * Scores an Extraction against a hand-made gold annotation (the `*.gold.json` format).
 *
 * Entities: people, organisations, places and events. A gold entity matches one extracted entity of
 * the same type when any of its names (name + aliases) equals any of the extracted entity's names
 * after normalisation (lower case, accents folded, punctuation dropped, leading "the" stripped).
 * Matching is one-to-one: a second extracted entity for the same gold entity is a false positive.
 * Extracted entities that match the name of a gold relation endpoint which is not a gold entity
 * ("Azerbaijani diaspora in Egypt") are neutral: neither true nor false positives.
 *
 * Relations: a gold relation is found when an extracted relation links the extracted entities
 * matched to its subject and object with the mapped predicate (for "holds role X at", the qualifier
 * must contain X). Gold endpoints that are not gold entities match extracted entities of any type
 * by name. "located in" with evidence "general geography (gazetteer)" is also satisfied when both
 * places carry gazetteer data and the object is the subject's country (not with `strict`: then only
 * the relations the extraction lists count). Unknown predicates count as misses.
 */
import type { EntityType, Extraction, ExtractedEntity, Predicate } from '../../src/extract/types';

export interface GoldEntity {
  name: string;
  aliases?: string[];
}

export interface GoldRelation {
  s: string;
  p: string;
  o: string;
  evidence?: string;
}

export interface GoldFile {
  people?: GoldEntity[];
  organizations?: GoldEntity[];
  places?: GoldEntity[];
  events?: GoldEntity[];
  relations?: GoldRelation[];
}

export interface PRF {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
}

export interface GoldScore {
  entities: PRF;
  relations: { found: number; total: number; recall: number };
  missedEntities: string[];
  falsePositives: string[];
  neutral: string[];
  missedRelations: string[];
}

const SECTIONS: Array<[keyof GoldFile, EntityType]> = [
  ['people', 'Person'],
  ['organizations', 'Organization'],
  ['places', 'Place'],
  ['events', 'Event'],
];

/** Normalises a name for comparison: lower case, no accents, no punctuation, no leading "the". */
export function normName(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/['’‘`"“”«»]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .replace(/^the /, '');
}

/** Maps a gold predicate phrase to the Predicate it stands for (undefined when unknown). */
export function mapPredicate(p: string): Predicate | undefined {
  const s = p.trim().toLowerCase();
  if (/^holds role\b/.test(s) || /^head of\b/.test(s)) return 'HOLDS_ROLE';
  const table: Record<string, Predicate> = {
    'spoke at': 'SPOKE_AT',
    initiated: 'INITIATED',
    organized: 'ORGANIZED',
    organised: 'ORGANIZED',
    'took place in': 'TOOK_PLACE_IN',
    'located in': 'LOCATED_IN',
    'stationed in': 'STATIONED_IN',
    involves: 'INVOLVES',
    perpetrated: 'PERPETRATED',
    commemorates: 'COMMEMORATES',
    'participated in': 'PARTICIPATED_IN',
    'affiliated with': 'AFFILIATED_WITH',
    'member of': 'AFFILIATED_WITH',
  };
  return table[s];
}

function names(e: { name: string; aliases?: string[] }): Set<string> {
  return new Set([e.name, ...(e.aliases ?? [])].map(normName).filter((n) => n !== ''));
}

function intersects(a: Set<string>, b: Set<string>): boolean {
  for (const x of a) if (b.has(x)) return true;
  return false;
}

function prf(tp: number, fp: number, fn: number): PRF {
  return { tp, fp, fn, precision: tp + fp === 0 ? 0 : tp / (tp + fp), recall: tp + fn === 0 ? 1 : tp / (tp + fn) };
}

/** Scores one extraction against its gold file. */
export function scoreExtraction(x: Extraction, gold: GoldFile, options: { strict?: boolean } = {}): GoldScore {
  const goldEntities: Array<{ type: EntityType; names: Set<string>; label: string }> = [];
  for (const [section, type] of SECTIONS) {
    for (const g of (gold[section] as GoldEntity[] | undefined) ?? []) goldEntities.push({ type, names: names(g), label: `${type}:${g.name}` });
  }
  const extracted = x.entities.map((e) => ({ e, names: names(e) }));
  const matchOf = new Map<number, ExtractedEntity>(); // gold index → extracted
  const used = new Set<string>();
  // Pass 1: primary names equal; pass 2: any name or alias.
  for (const pass of [1, 2]) {
    goldEntities.forEach((g, gi) => {
      if (matchOf.has(gi)) return;
      const hit = extracted.find(({ e, names: n }) => {
        if (used.has(e.key) || e.type !== g.type) return false;
        return pass === 1 ? g.names.has(normName(e.name)) : intersects(g.names, n);
      });
      if (hit) {
        matchOf.set(gi, hit.e);
        used.add(hit.e.key);
      }
    });
  }
  const goldNames = new Set<string>();
  for (const g of goldEntities) for (const n of g.names) goldNames.add(n);
  const endpointNames = new Set<string>();
  for (const r of gold.relations ?? []) {
    for (const n of [normName(r.s), normName(r.o)]) if (!goldNames.has(n)) endpointNames.add(n);
  }
  const neutral: string[] = [];
  const falsePositives: string[] = [];
  for (const { e, names: n } of extracted) {
    if (used.has(e.key)) continue;
    if ([...n].some((x2) => endpointNames.has(x2))) neutral.push(`${e.type}:${e.name}`);
    else falsePositives.push(`${e.type}:${e.name}`);
  }
  const missedEntities = goldEntities.filter((_, gi) => !matchOf.has(gi)).map((g) => g.label);
  const entities = prf(matchOf.size, falsePositives.length, missedEntities.length);

  // Relations.
  const keysFor = (name: string): Set<string> => {
    const n = normName(name);
    const out = new Set<string>();
    goldEntities.forEach((g, gi) => {
      if (g.names.has(n)) {
        const m = matchOf.get(gi);
        if (m) out.add(m.key);
      }
    });
    if (out.size === 0 && !goldNames.has(n)) for (const { e, names: en } of extracted) if (en.has(n)) out.add(e.key);
    return out;
  };
  const byKey = new Map(x.entities.map((e) => [e.key, e]));
  const missedRelations: string[] = [];
  let found = 0;
  const rels = gold.relations ?? [];
  for (const r of rels) {
    const predicate = mapPredicate(r.p);
    const subjects = keysFor(r.s);
    const objects = keysFor(r.o);
    const role = /^holds role (.+?) at$/i.exec(r.p.trim())?.[1]?.toLowerCase();
    let ok =
      predicate !== undefined &&
      x.relations.some(
        (rel) =>
          rel.predicate === predicate &&
          subjects.has(rel.subject) &&
          objects.has(rel.object) &&
          (role === undefined || (rel.qualifier ?? '').toLowerCase().includes(role)),
      );
    if (!ok && !options.strict && predicate === 'LOCATED_IN' && /gazetteer/i.test(r.evidence ?? '')) {
      ok = [...subjects].some((s) =>
        [...objects].some((o) => {
          const sg = byKey.get(s)?.geo;
          const og = byKey.get(o)?.geo;
          return !!sg && !!og && og.featureCode.startsWith('PCL') && sg.countryCode === og.countryCode && s !== o;
        }),
      );
    }
    if (ok) found += 1;
    else missedRelations.push(`${r.s} —${r.p}→ ${r.o}`);
  }
  return {
    entities,
    relations: { found, total: rels.length, recall: rels.length === 0 ? 1 : found / rels.length },
    missedEntities,
    falsePositives,
    neutral,
    missedRelations,
  };
}

/** One line per score, for test logs. */
export function formatScore(label: string, s: GoldScore): string {
  const e = s.entities;
  return [
    `${label}: entities P=${e.precision.toFixed(3)} R=${e.recall.toFixed(3)} (tp ${e.tp}, fp ${e.fp}, fn ${e.fn}); relations R=${s.relations.recall.toFixed(3)} (${s.relations.found}/${s.relations.total})`,
    s.missedEntities.length ? `  missed entities: ${s.missedEntities.join('; ')}` : '',
    s.falsePositives.length ? `  false positives: ${s.falsePositives.join('; ')}` : '',
    s.missedRelations.length ? `  missed relations: ${s.missedRelations.join('; ')}` : '',
  ]
    .filter((l) => l !== '')
    .join('\n');
}
