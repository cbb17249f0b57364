/** What happened to one report in an ingest run. */
export interface IngestOutcome {
  /** Where the report came from (file path, `file.jsonl#3`, `stdin`). */
  origin: string;
  status: 'created' | 'unchanged' | 'failed';
  articleId?: string;
  /** Entity nodes this report created. */
  entitiesCreated: number;
  /** Entities of this report that resolved to nodes already in the graph. */
  entitiesMerged: number;
  /** Claims written. */
  claims: number;
  /** Why it failed (status `failed`). */
  reason?: string;
}
