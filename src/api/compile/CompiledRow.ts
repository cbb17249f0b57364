/**
 * What a compiled query returns for an object: a map keyed by the GraphQL response keys of the
 * selection (aliases included), plus `__type` on abstract types. Field resolvers read it by
 * response key (see responseKeyResolvers).
 */
export type CompiledRow = { [responseKey: string]: unknown; __type?: string };
