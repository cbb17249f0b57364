import { cypherFile } from '../db/cypherFile';
import type { Context } from '../server/context';
import { VERSION } from '../version';

interface ArticleRow {
  id: string;
  title: string;
  publishedAt: string | null;
  source: string | null;
  url: string | null;
}

/** Thin resolvers: map arguments, run one named query, return rows. */
export const resolvers = {
  Query: {
    status: async (_: unknown, __: unknown, ctx: Context) => ({ version: VERSION, databaseReady: await ctx.db.ping(2000) }),
    articles: (_: unknown, args: { first: number }, ctx: Context): Promise<ArticleRow[]> =>
      ctx.db.read<ArticleRow>(cypherFile('api/listArticles'), { first: Math.max(0, Math.min(args.first, 100)) }),
  },
};
