import { randomBytes } from 'node:crypto';
import { badInput } from '../../errors/NewsgraphError';
import type { MutationResolvers } from '../generated/resolvers-types';
import { ingestReportsMutation } from './ingestReportsMutation';
import { newCurationId, requireAuth, runCuration } from './runCuration';

const analyst = (a: string | null | undefined): string => (a === null || a === undefined || a.trim() === '' ? 'api-key' : a.trim());

function reasonOf(reason: string): string {
  if (reason.trim() === '') throw badInput('reason must not be empty');
  return reason.trim();
}

/** Mutations: ingestion and analyst curation (recorded, reversible). All need the API key. */
export const mutationResolvers: MutationResolvers = {
  ingestReports: (_p, args, ctx) => ingestReportsMutation(args.input, ctx),
  mergeEntities: (_p, args, ctx, info) => {
    requireAuth(ctx);
    const ids = [...new Set(args.ids)];
    if (ids.length < 2) throw badInput('mergeEntities needs at least two different entity ids');
    const params = { curationId: newCurationId(), ids, reason: reasonOf(args.reason), by: analyst(args.analyst) };
    return runCuration('mergeEntities', params, info, args, ctx, 'cannot merge: every id must be an existing entity, all of the same type');
  },
  splitAlias: (_p, args, ctx, info) => {
    requireAuth(ctx);
    const params = { curationId: newCurationId(), entity: args.entity, alias: args.alias, newKey: randomBytes(4).toString('hex'), reason: reasonOf(args.reason), by: analyst(args.analyst) };
    return runCuration('splitAlias', params, info, args, ctx, 'cannot split: the entity must exist and be mentioned both with this alias and with another form');
  },
  undoCuration: (_p, args, ctx, info) => {
    requireAuth(ctx);
    const params = { id: args.id, reason: args.reason ?? null, by: analyst(args.analyst) };
    return runCuration('undoCuration', params, info, args, ctx, 'cannot undo: no such curation, or it is undone already');
  },
};
