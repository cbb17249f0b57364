import { kindFamily } from './eventHeadWords';
import type { Candidate, ExtractContext, Token } from './internalTypes';
import { normalizeName } from './normalizeName';
import { titleFamily } from './roleWords';
import { spanText } from './spanText';
import type { EntityType, ExtractedEntity, Mention } from './types';
import { COMPANY_HEADS } from './orgHeadWords';

/** A mention tied to its entity, in token positions, for the relation finders. */
export interface MentionRef {
  key: string;
  type: EntityType;
  start: number;
  end: number;
  sentence: number;
  candidate: number;
}

/** Entities with the candidate → entity map the relation finders need. */
export interface BuiltEntities {
  entities: ExtractedEntity[];
  /** Candidate index → entity key (anaphors and short forms included). */
  entityOf: Map<number, string>;
  /** All mentions, ordered by position. */
  mentions: MentionRef[];
}

interface Group {
  type: EntityType;
  members: number[];
  head?: string;
  kind?: string;
  /** Title families of a person (diplomat, head ...). */
  roles: Set<string>;
}

const PREFIX: Record<EntityType, string> = { Person: 'person', Organization: 'org', Place: 'place', Event: 'event' };
/** Words that can stand for any organisation named before ("the group's coordinator"). */
const GENERIC_ORG_WORDS: ReadonlySet<string> = new Set(['group', 'charity', 'firm', 'company', 'organisation', 'organization', 'operator', 'network', 'collective']);
/** Words that may name any disaster told before. */
const GENERIC_DISASTER: ReadonlySet<string> = new Set(['disaster', 'catastrophe', 'accident', 'tragedy']);
/**
 * Kinds of gathering that name one another: "the ceremony" after "a memorial evening" (a commemoration),
 * "Opening the discussion" at a round table.
 */
const KINDS_NAMING_ONE_ANOTHER: ReadonlyArray<ReadonlySet<string>> = [
  new Set(['commemoration', 'ceremony']),
  new Set(['roundtable', 'discussion', 'seminar', 'symposium', 'conference', 'forum']),
  // A ceasefire is one kind of agreement, and a later mention of an agreement may refer back to it.
  new Set(['ceasefire', 'agreement']),
];
/** Generic words for a business: they refer back to an organisation with a trade or legal-form word first. */
const BUSINESS_WORDS: ReadonlySet<string> = new Set(['company', 'firm', 'operator', 'airline', 'carrier']);
/** Event families whose definite mention with nothing before it is an event of its own ("the outbreak"). */
const STANDALONE_FAMILIES: ReadonlySet<string> = new Set(['gathering', 'outbreak', 'disaster', 'ruling', 'strike', 'agreement', 'election', 'talks']);

function properWords(name: string): string[] {
  return name.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w)).map((w) => normalizeName(w));
}

function groupKey(c: Candidate): string {
  if (c.type === 'Place' && c.geo) return `place:${c.geo.gazetteer}:${c.geo.gazetteerId}`;
  // Events: "so-called X genocide" and "X genocide" are one; key on the form from the first proper word.
  if (c.type === 'Event' && c.extraAliases && c.extraAliases.length > 0) {
    const core = c.extraAliases[0] as string;
    if (/^\p{Lu}|^\d/u.test(core) && c.name.endsWith(core)) return `Event:${normalizeName(core)}`;
  }
  if (c.groupKey?.startsWith('same:')) return `${c.type}:${c.groupKey.slice(5)}`;
  if (c.type === 'Organization' && c.groupKey) return `org:${c.groupKey}`;
  return `${c.type}:${normalizeName(c.name)}`;
}

/**
 * Groups candidates into entities: same normalised name (or gazetteer id, or armed-forces group),
 * person short forms ("Lopez" → "Maria Lopez"), event descriptions that restate a named event
 * ("act of genocide against ... X" → "X genocide"), and definite references back ("the embassy",
 * "the envoy", "the massacre") when the antecedent is clear. Names are the fullest or most used form.
 */
export function buildEntities(ctx: ExtractContext): BuiltEntities {
  const cands = ctx.candidates;
  const groups = new Map<string, Group>();
  const groupOf = new Map<number, string>();
  const order: number[] = [];
  for (let i = 0; i < cands.length; i += 1) order.push(i);
  order.sort((a, b) => (cands[a] as Candidate).start - (cands[b] as Candidate).start || (cands[b] as Candidate).end - (cands[a] as Candidate).end);

  // 1. Named mentions.
  for (const i of order) {
    const c = cands[i] as Candidate;
    if (c.anaphor || c.generic) continue;
    const key = groupKey(c);
    let g = groups.get(key);
    if (!g) {
      g = { type: c.type, members: [], roles: new Set() };
      if (c.head) g.head = c.head;
      if (c.kind) g.kind = c.kind;
      groups.set(key, g);
    }
    g.members.push(i);
    groupOf.set(i, key);
  }
  for (const note of ctx.roles) {
    const key = groupOf.get(note.person);
    const fam = titleFamily(note.title);
    if (key && fam) groups.get(key)?.roles.add(fam);
  }
  // Role words in apposition or before the name also count ("X, head of", "the envoy" needs "Ambassador X").
  mergePlacesIntoGazetteerEntries(cands, groups, groupOf);
  mergePersonShortForms(cands, groups, groupOf);
  mergeEventRestatements(cands, groups, groupOf);

  // 2. Anaphors, in text order, so chains resolve to the latest antecedent.
  const resolver = new AnaphorResolver(cands, groups);
  for (const i of order) {
    const c = cands[i] as Candidate;
    if (!c.anaphor) continue;
    let target = resolver.resolve(c);
    // "The vigil was organised by ...", "since the outbreak was declared": a definite gathering,
    // outbreak, disaster, ruling or strike with nothing before it is an event of its own.
    if (!target && c.type === 'Event' && c.kind && STANDALONE_FAMILIES.has(kindFamily(c.kind)) && c.head !== 'event' && c.head !== 'events' && c.head !== 'gathering') {
      target = `Event:${normalizeName(c.name)}`;
      if (!groups.has(target)) groups.set(target, { type: 'Event', members: [], head: c.head ?? '', kind: c.kind, roles: new Set() });
      resolver.note(c, target);
    }
    if (target) {
      groups.get(target)?.members.push(i);
      groupOf.set(i, target);
    }
  }

  // 3. Entities.
  const entities: ExtractedEntity[] = [];
  const entityOf = new Map<number, string>();
  const counters: Record<EntityType, number> = { Person: 0, Organization: 0, Place: 0, Event: 0 };
  const mentions: MentionRef[] = [];
  const firstOf = new Map<Group, number>();
  for (const g of groups.values()) firstOf.set(g, firstStart(cands, g));
  const sorted = [...groups.entries()].sort((a, b) => (firstOf.get(a[1]) ?? 0) - (firstOf.get(b[1]) ?? 0));
  for (const [, g] of sorted) {
    if (g.members.length === 0) continue;
    counters[g.type] += 1;
    entities.push(makeEntity(ctx, g, `${PREFIX[g.type]}-${counters[g.type]}`, entityOf, mentions));
  }
  addSourceOrganization(ctx, entities, counters);
  mentions.sort((a, b) => a.start - b.start || b.end - a.end);
  return { entities, entityOf, mentions };
}

/** The entity of one group: its mentions (also added to `mentions`), name, aliases and what its candidates know. */
function makeEntity(ctx: ExtractContext, g: Group, key: string, entityOf: Map<number, string>, mentions: MentionRef[]): ExtractedEntity {
  const cands = ctx.candidates;
  const members = [...g.members].sort((a, b) => (cands[a] as Candidate).start - (cands[b] as Candidate).start);
  const forms = new Map<string, { count: number; first: number; anaphor: boolean }>();
  const entityMentions: Mention[] = [];
  for (const m of members) {
    const c = cands[m] as Candidate;
    entityOf.set(m, key);
    const first = ctx.doc.tokens[c.start] as Token;
    const last = ctx.doc.tokens[c.end - 1] as Token;
    entityMentions.push({ sentence: first.sentence, start: first.start, end: last.end, text: ctx.doc.text.slice(first.start, last.end) });
    mentions.push({ key, type: g.type, start: c.start, end: c.end, sentence: first.sentence, candidate: m });
    const form = c.anaphor ? `the ${spanText(ctx.doc, c.start, c.end)}` : c.name;
    const f = forms.get(form);
    if (f) f.count += 1;
    else forms.set(form, { count: 1, first: c.start, anaphor: !!c.anaphor });
    for (const extra of c.extraAliases ?? []) if (!forms.has(extra)) forms.set(extra, { count: 0, first: c.start, anaphor: true });
  }
  const named = [...forms.entries()].filter(([, f]) => !f.anaphor);
  const pool = named.length > 0 ? named : [...forms.entries()];
  // An entity known only by definite descriptions ("the outbreak") is named without the article.
  const name = named.length > 0 ? chooseName(g.type, pool) : chooseName(g.type, pool).replace(/^the /, '');
  const aliases = [...forms.keys()].filter((f) => f !== name);
  let firstCand: Candidate | undefined;
  let withWhen: Candidate | undefined;
  for (const m of members) {
    const c = cands[m] as Candidate;
    if (!firstCand && !c.anaphor) firstCand = c;
    if (!withWhen && c.when) withWhen = c;
  }
  firstCand ??= cands[members[0] as number] as Candidate;
  // A place written only in capitals (a dateline's "LIMA") takes the gazetteer's spelling.
  let shown = name;
  const geoName = g.type === 'Place' ? firstCand.geo?.name : undefined;
  if (geoName && name === name.toUpperCase() && name !== name.toLowerCase() && normalizeName(geoName) === normalizeName(name)) {
    shown = geoName;
    if (!aliases.includes(name)) aliases.push(name);
  }
  const entity: ExtractedEntity = { key, type: g.type, name: shown, aliases: dedupe(aliases, shown), mentions: dedupeMentions(entityMentions) };
  // Each entity gets its own GeoInfo (candidates share frozen gazetteer arrays).
  if (g.type === 'Place' && firstCand.geo) entity.geo = { ...firstCand.geo, alternateNames: [...firstCand.geo.alternateNames] };
  if (g.type === 'Event' && g.kind) entity.kind = g.kind;
  if (g.type === 'Event' && withWhen?.when) entity.when = withWhen.when;
  return entity;
}

/** The publisher is an organisation of the report even when the text never names it. */
function addSourceOrganization(ctx: ExtractContext, entities: ExtractedEntity[], counters: Record<EntityType, number>): void {
  const source = ctx.source?.trim();
  if (!source || !/\p{L}/u.test(source)) return;
  const key = normalizeName(source).replace(/^the /, '');
  const known = entities.some((e) => e.type === 'Organization' && [e.name, ...e.aliases].some((n) => normalizeName(n).replace(/^the /, '') === key));
  if (known) return;
  counters.Organization += 1;
  entities.push({ key: `${PREFIX.Organization}-${counters.Organization}`, type: 'Organization', name: source, aliases: [], mentions: [] });
}

function firstStart(cands: Candidate[], g: Group): number {
  let min = Infinity;
  for (const m of g.members) min = Math.min(min, (cands[m] as Candidate).start);
  return min;
}

function chooseName(type: EntityType, forms: Array<[string, { count: number; first: number }]>): string {
  const sorted = [...forms].sort((a, b) => {
    if (type === 'Person' || type === 'Organization') {
      // Organisations: a name before its acronym, then the most used full form ("Chilean armed forces"), then the longest.
      if (type === 'Organization') {
        const acronym = (n: string): number => (/^[\p{Lu}\d&.-]{2,}$/u.test(n) ? 1 : 0);
        if (acronym(a[0]) !== acronym(b[0])) return acronym(a[0]) - acronym(b[0]);
        if (b[1].count !== a[1].count) return b[1].count - a[1].count;
      }
      return b[0].length - a[0].length || a[1].first - b[1].first;
    }
    // Events: the most used form, then the one with the most capitalised words ("X Trade Summit"), then the first.
    if (type === 'Event') return b[1].count - a[1].count || properWords(b[0]).length - properWords(a[0]).length || a[1].first - b[1].first;
    // Places: the first form written in ordinary case ("Lima" rather than a dateline's "LIMA").
    const upperA = a[0] === a[0].toUpperCase() ? 1 : 0;
    const upperB = b[0] === b[0].toUpperCase() ? 1 : 0;
    return upperA - upperB || a[1].first - b[1].first;
  });
  return (sorted[0] as [string, unknown])[0];
}

function dedupe(aliases: string[], name: string): string[] {
  const seen = new Set<string>([normalizeName(name)]);
  const out: string[] = [];
  for (const a of aliases) {
    const k = a;
    if (seen.has(k)) continue;
    seen.add(k);
    out.push(a);
  }
  return out;
}

function dedupeMentions(ms: Mention[]): Mention[] {
  const seen = new Set<string>();
  return ms.filter((m) => {
    const k = `${m.start}:${m.end}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/** "Lopez" or "Maria" alone joins "Maria Lopez" when exactly one full name contains it. */
function mergePersonShortForms(cands: Candidate[], groups: Map<string, Group>, groupOf: Map<number, string>): void {
  const persons = [...groups.entries()].filter(([, g]) => g.type === 'Person' && g.members.length > 0);
  const wordsOf = new Map<string, string[]>();
  const byWord = new Map<string, string[]>();
  for (const [key, g] of persons) {
    const words = normalizeName((cands[g.members[0] as number] as Candidate).name).split(' ');
    wordsOf.set(key, words);
    for (const w of new Set(words)) {
      const list = byWord.get(w);
      if (list) list.push(key);
      else byWord.set(w, [key]);
    }
  }
  for (const [key, g] of persons) {
    if (g.members.length === 0) continue;
    const words = wordsOf.get(key) ?? [];
    const containers = (byWord.get(words[0] ?? '') ?? []).filter((k2) => {
      if (k2 === key || (groups.get(k2)?.members.length ?? 0) === 0) return false;
      const w2 = wordsOf.get(k2) ?? [];
      return w2.length > words.length && words.every((w) => w2.includes(w));
    });
    if (containers.length !== 1) continue;
    const targetKey = containers[0] as string;
    const target = groups.get(targetKey) as Group;
    for (const m of g.members) {
      target.members.push(m);
      groupOf.set(m, targetKey);
    }
    for (const r of g.roles) target.roles.add(r);
    g.members = [];
  }
}

/** An event description of the same kind that repeats every proper word of a named event is the same event. */
/** A place found by grammar ("Velmora City" inside an event's name) that the gazetteer knows elsewhere in the report is that entry. */
function mergePlacesIntoGazetteerEntries(cands: Candidate[], groups: Map<string, Group>, groupOf: Map<number, string>): void {
  const geoByName = new Map<string, string>();
  for (const [key, g] of groups) {
    if (g.type !== 'Place' || !key.startsWith('place:')) continue;
    for (const m of g.members) geoByName.set(normalizeName((cands[m] as Candidate).name), key);
  }
  if (geoByName.size === 0) return;
  for (const [key, g] of groups) {
    if (g.type !== 'Place' || !key.startsWith('Place:')) continue;
    // "X province" is not the town X: only names of settlements and unknown names merge.
    if (g.members.some((m) => { const k = (cands[m] as Candidate).kind; return k !== undefined && !k.startsWith('PPL'); })) continue;
    const target = geoByName.get(key.slice('Place:'.length));
    const tg = target ? groups.get(target) : undefined;
    if (!target || !tg) continue;
    for (const m of g.members) {
      tg.members.push(m);
      groupOf.set(m, target);
    }
    g.members = [];
  }
}

/**
 * What must agree for two event names to restate one another: the kind, or for acts of violence only
 * the family — the same killings are labelled massacre, genocide or tragedy by different voices.
 */
function restatementKind(kind: string | undefined): string {
  return kindFamily(kind ?? '') === 'violence' ? 'violence' : (kind ?? '');
}

function mergeEventRestatements(cands: Candidate[], groups: Map<string, Group>, groupOf: Map<number, string>): void {
  const events = [...groups.entries()].filter(([, g]) => g.type === 'Event' && g.members.length > 0 && g.kind);
  const info = new Map<string, { name: string; words: string[] }>();
  const byWord = new Map<string, string[]>();
  for (const [key, g] of events) {
    const name = (cands[g.members[0] as number] as Candidate).name;
    const words = properWords(name);
    // Without a proper word an event neither restates nor is restated.
    if (words.length === 0) continue;
    info.set(key, { name, words });
    for (const w of new Set(words)) {
      const list = byWord.get(`${restatementKind(g.kind)}|${w}`);
      if (list) list.push(key);
      else byWord.set(`${restatementKind(g.kind)}|${w}`, [key]);
    }
  }
  for (const [key, g] of events) {
    const me = info.get(key);
    if (!me || g.members.length === 0) continue;
    for (const k2 of byWord.get(`${restatementKind(g.kind)}|${me.words[0]}`) ?? []) {
      const g2 = groups.get(k2) as Group;
      const other = info.get(k2);
      if (k2 === key || !other || g2.members.length === 0) continue;
      // The other is a fuller restatement: longer, or with more proper words ("a two-day summit in X" → "the X Trade Summit").
      if (other.name.length <= me.name.length && other.words.length <= me.words.length) continue;
      const words2 = new Set(other.words);
      if (!me.words.every((w) => words2.has(w))) continue;
      for (const m of g2.members) {
        g.members.push(m);
        groupOf.set(m, key);
      }
      g2.members = [];
    }
  }
}

/**
 * Finds what a definite description refers back to. Organisations: the latest earlier mention with
 * the same head word (or the only one in the report). Events: the latest earlier mention of the same
 * kind family. People: the only person holding a role of that family. Lookups are indexed, so long
 * reports stay linear.
 */
/** Event heads specific enough to pick their antecedent by the same word ("exhibition", not "event"). */
function isSpecificHead(head: string | undefined): head is string {
  return !!head && head !== 'event' && head !== 'events' && head !== 'gathering';
}

/** The latest entry that starts before pos (the list is in text order; binary search). */
function latestBefore(list: Array<{ start: number; key: string }>, pos: number): { start: number; key: string } | undefined {
  let lo = 0;
  let hi = list.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if ((list[mid] as { start: number }).start < pos) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found >= 0 ? list[found] : undefined;
}

class AnaphorResolver {
  private readonly byClass = new Map<string, Array<{ start: number; key: string }>>();
  private readonly lastResolved = new Map<string, { start: number; key: string }>();
  private readonly personRoles = new Map<string, Set<string>>();

  private readonly groups: Map<string, Group>;

  constructor(cands: Candidate[], groups: Map<string, Group>) {
    this.groups = groups;
    for (const [key, g] of groups) {
      if (g.members.length === 0) continue;
      if (g.type === 'Person') {
        for (const r of g.roles) {
          const set = this.personRoles.get(r) ?? new Set<string>();
          set.add(key);
          this.personRoles.set(r, set);
        }
        continue;
      }
      const classes = new Set<string>();
      if (g.type === 'Event' && g.kind) classes.add(`E:${kindFamily(g.kind)}`);
      // "the exhibition" means the latest exhibition before it, even when another gathering came between.
      if (g.type === 'Event') for (const m of g.members) if (isSpecificHead((cands[m] as Candidate).head)) classes.add(`EH:${(cands[m] as Candidate).head}`);
      if (g.type === 'Organization') {
        classes.add('O:*');
        if (g.head) classes.add(`O:${g.head}`);
        for (const m of g.members) {
          for (const w of normalizeName((cands[m] as Candidate).name).split(' ')) {
            classes.add(`O:${w}`);
            if (COMPANY_HEADS.has(w)) classes.add('O:~business');
          }
        }
      }
      for (const cls of classes) {
        const list = this.byClass.get(cls) ?? [];
        for (const m of g.members) list.push({ start: (cands[m] as Candidate).start, key });
        this.byClass.set(cls, list);
      }
    }
    for (const list of this.byClass.values()) list.sort((a, b) => a.start - b.start);
  }

  /** Records that c now stands for the group `key` (a later "the X" may refer to it). */
  note(c: Candidate, key: string): void {
    if (c.type === 'Event' && c.kind) this.lastResolved.set(`E:${kindFamily(c.kind)}`, { start: c.start, key });
  }

  resolve(c: Candidate): string | undefined {
    if (c.type === 'Person') {
      const set = c.head ? this.personRoles.get(c.head) : undefined;
      return set && set.size === 1 ? [...set][0] : undefined;
    }
    const cls = c.type === 'Organization' ? `O:${c.head ?? ''}` : c.type === 'Event' && c.kind ? `E:${kindFamily(c.kind)}` : undefined;
    if (!cls) return undefined;
    if (c.type === 'Event' && isSpecificHead(c.head)) {
      const same = latestBefore(this.byClass.get(`EH:${c.head}`) ?? [], c.start);
      if (same) {
        this.lastResolved.set(cls, { start: c.start, key: same.key });
        return same.key;
      }
    }
    const list = this.byClass.get(cls) ?? [];
    // Latest named mention before c.
    let lo = 0;
    let hi = list.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if ((list[mid] as { start: number }).start < c.start) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    let best = found >= 0 ? (list[found] as { start: number; key: string }) : undefined;
    const last = this.lastResolved.get(cls);
    if (last && (!best || last.start > best.start)) best = last;
    let key = best?.key;
    // "the exhibition" with no exhibition before it is not the march named before: a specific head falls
    // back to an event of the same kind, or to one named by a general word ("event", "gathering").
    if (key && c.type === 'Event' && isSpecificHead(c.head) && c.rule !== 'event-possessive') {
      const g = this.groups.get(key);
      if (g && g.kind !== c.kind && isSpecificHead(g.head) && !KINDS_NAMING_ONE_ANOTHER.some((set) => set.has(g.kind ?? '') && set.has(c.kind ?? ''))) return undefined;
      // "the floods" after "the landslides": two disasters of one kind are told apart by their words.
      // ("the disaster", "the accident" may name any of them).
      if (g && kindFamily(c.kind ?? '') === 'disaster' && !GENERIC_DISASTER.has(c.head) && isSpecificHead(g.head) && g.head.replace(/s$/, '') !== c.head.replace(/s$/, '')) return undefined;
    }
    // "the group", "the charity": a generic word for an organisation means the latest one named before.
    // "the company", "the firm": the latest business named before, else the latest organisation.
    if (!key && c.type === 'Organization' && BUSINESS_WORDS.has(c.head ?? '')) key = latestBefore(this.byClass.get('O:~business') ?? [], c.start)?.key;
    if (!key && c.type === 'Organization' && GENERIC_ORG_WORDS.has(c.head ?? '')) key = latestBefore(this.byClass.get('O:*') ?? [], c.start)?.key;
    // No antecedent before: an organisation named later is still meant when it is the only one ("the embassy").
    if (!key && c.type === 'Organization') {
      const keys = new Set(list.map((e) => e.key));
      if (keys.size === 1) key = [...keys][0];
    }
    if (key) this.lastResolved.set(cls, { start: c.start, key });
    return key;
  }
}
