import type { Candidate, ExtractContext } from './internalTypes';
import type { EntityType } from './types';

/** Which container types may hold a nested mention of which type ("Embassy of [Velmora]"). */
const NESTING: Record<EntityType, ReadonlySet<EntityType>> = {
  Event: new Set<EntityType>(['Event', 'Place', 'Organization', 'Person']),
  Organization: new Set<EntityType>(['Place']),
  Person: new Set<EntityType>(),
  Place: new Set<EntityType>(),
};

/** For each token, the candidate that `addCandidateAround` nested inside a later, longer one (-1: none), per report. */
const innerOwners = new WeakMap<ExtractContext, Int32Array>();

/** The candidate nested by `addCandidateAround` that covers token t, if any. */
function innerOwnerAt(ctx: ExtractContext, t: number): Candidate | undefined {
  const i = innerOwners.get(ctx)?.[t] ?? -1;
  return i >= 0 ? ctx.candidates[i] : undefined;
}

/**
 * A stored copy of a candidate with every field present (absent ones undefined), in one order:
 * all stored candidates then share one hidden class, which keeps property reads in the finders
 * monomorphic instead of spread over a score of object shapes.
 */
function storedCopy(c: Candidate): Candidate {
  return {
    type: c.type,
    start: c.start,
    end: c.end,
    name: c.name,
    rule: c.rule,
    anaphor: c.anaphor,
    head: c.head,
    kind: c.kind,
    geo: c.geo,
    title: c.title,
    groupKey: c.groupKey,
    when: c.when,
    generic: c.generic,
    extraAliases: c.extraAliases,
  };
}

/**
 * Adds a candidate if its tokens are free. If they belong to one other candidate that may contain
 * it (an event name holding a place), it is added as a nested mention that owns no tokens.
 * Returns the new candidate's index, or -1 when it clashes.
 */
export function addCandidate(ctx: ExtractContext, cand: Candidate): number {
  if (cand.end <= cand.start) return -1;
  let container = -2;
  for (let t = cand.start; t < cand.end; t += 1) {
    const o = ctx.owner[t] ?? -1;
    if (o === -1) {
      if (container >= 0) return -1; // partly inside, partly outside
      container = -1;
      continue;
    }
    if (container === -1) return -1;
    if (container >= 0 && container !== o) return -1;
    container = o;
  }
  if (container >= 0) {
    const outer = ctx.candidates[container] as Candidate;
    if (outer.start === cand.start && outer.end === cand.end) return -1;
    if (!NESTING[outer.type].has(cand.type)) return -1;
    // Not inside a name already nested there ("Ostrava" in "talks mediated by the [Nordic Ostrava Group]").
    const inner = innerOwnerAt(ctx, cand.start);
    if (inner && inner.end >= cand.end && !NESTING[inner.type].has(cand.type)) return -1;
    ctx.candidates.push(storedCopy(cand));
    return ctx.candidates.length - 1;
  }
  ctx.candidates.push(storedCopy(cand));
  const index = ctx.candidates.length - 1;
  for (let t = cand.start; t < cand.end; t += 1) ctx.owner[t] = index;
  return index;
}

/**
 * Adds a candidate whose span may hold whole candidates found before it ("talks mediated by [the
 * Velmora Group]"): those become nested mentions of the new one. Fails (-1) when a candidate lies
 * partly outside the span or may not be nested in it.
 */
export function addCandidateAround(ctx: ExtractContext, cand: Candidate): number {
  if (cand.end <= cand.start) return -1;
  let nests = false;
  for (let t = cand.start; t < cand.end; t += 1) {
    const o = ctx.owner[t] ?? -1;
    if (o === -1) continue;
    const inner = ctx.candidates[o] as Candidate;
    if (inner.start < cand.start || inner.end > cand.end || !NESTING[cand.type].has(inner.type)) return -1;
    nests = true;
  }
  if (nests) {
    let inner = innerOwners.get(ctx);
    if (!inner) {
      inner = new Int32Array(ctx.owner.length).fill(-1);
      innerOwners.set(ctx, inner);
    }
    for (let t = cand.start; t < cand.end; t += 1) if ((ctx.owner[t] ?? -1) >= 0) inner[t] = ctx.owner[t] as number;
  }
  ctx.candidates.push(storedCopy(cand));
  const index = ctx.candidates.length - 1;
  for (let t = cand.start; t < cand.end; t += 1) ctx.owner[t] = index;
  return index;
}

/**
 * Withdraws a top-level candidate that a longer name has replaced ("Velmora" inside "Velmora State"):
 * its tokens are freed and it becomes a generic mention, which no entity is built from.
 */
export function releaseTokens(ctx: ExtractContext, index: number): void {
  const c = ctx.candidates[index];
  if (!c) return;
  for (let t = c.start; t < c.end; t += 1) if (ctx.owner[t] === index) ctx.owner[t] = -1;
  c.generic = true;
}

/** True when no candidate owns any token of [start, end). */
export function isFree(ctx: ExtractContext, start: number, end: number): boolean {
  for (let t = start; t < end; t += 1) if ((ctx.owner[t] ?? -1) !== -1) return false;
  return true;
}

/** The candidate that owns token t, if any. */
export function ownerOf(ctx: ExtractContext, t: number): Candidate | undefined {
  const o = ctx.owner[t] ?? -1;
  return o >= 0 ? ctx.candidates[o] : undefined;
}

/** An organisation's name that `addCandidateAround` nested in another candidate's and that covers token t, if any. */
export function nestedOrganizationAt(ctx: ExtractContext, t: number): Candidate | undefined {
  const inner = innerOwnerAt(ctx, t);
  return inner?.type === 'Organization' ? inner : undefined;
}
