import type { FieldCompilers } from './FieldCompiler';
import { articleFields } from './projections/articleFields';
import { claimFields } from './projections/claimFields';
import { countsFields } from './projections/countsFields';
import { curationFields } from './projections/curationFields';
import { eventFields } from './projections/eventFields';
import { organizationFields } from './projections/organizationFields';
import { personFields } from './projections/personFields';
import { placeFields } from './projections/placeFields';
import { sentenceFields } from './projections/sentenceFields';
import { sourceFields } from './projections/sourceFields';
import { valueTypeFields } from './projections/valueTypeFields';
import { connectionFields } from './projections/connectionFields';

/** Field compilers for every object type a compiled query can return, by GraphQL type name. */
export const fieldRegistry: Record<string, FieldCompilers> = {
  Person: personFields,
  Organization: organizationFields,
  Place: placeFields,
  Event: eventFields,
  Article: articleFields,
  Source: sourceFields,
  Sentence: sentenceFields,
  Claim: claimFields,
  Curation: curationFields,
  Counts: countsFields,
  ...valueTypeFields,
  ...connectionFields,
};
