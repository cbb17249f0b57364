/**
 * Thrown inside a write transaction when a mention or claim found no node for the entity it was
 * resolved to (another writer removed it between the candidate read and the write). Rolls the
 * transaction back; `retriable`, so the report is resolved again against the graph as it is now.
 */
export class MissingEntityError extends Error {
  readonly retriable = true;

  constructor(what: string, expected: number, linked: number) {
    super(`${expected - linked} of ${expected} ${what} found no entity node; the report is resolved again`);
    this.name = 'MissingEntityError';
  }
}
