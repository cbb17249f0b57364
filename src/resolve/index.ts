/** The resolve stage: an Extraction plus graph candidates → a ResolvedReport with deterministic ids. */
export { resolveEntities } from './resolveEntities';
export { lookupKeys } from './lookupKeys';
export { candidatesFromResolved } from './candidatesFromResolved';
export { normalizeName } from './normalizeName';
export { stripTitles } from './stripTitles';
export { entityId } from './entityId';
export { articleId } from './articleId';
export type { CandidateEntity, LookupKeys, Resolution, ResolvedArticle, ResolvedClaim, ResolvedEntity, ResolvedMention, ResolvedReport } from './ResolvedReport';
