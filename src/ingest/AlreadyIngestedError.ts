/** Thrown inside a write transaction when a report turns out to be in the graph already; rolls it back. */
export class AlreadyIngestedError extends Error {
  constructor(readonly articleIds: string[]) {
    super(`already in the graph: ${articleIds.join(', ')}`);
    this.name = 'AlreadyIngestedError';
  }
}
