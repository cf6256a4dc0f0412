/** A request the incident rules refuse; `kind` maps to the CLI exit code (usage = 2, state = 1). */
export class DomainError extends Error {
  constructor(
    message: string,
    readonly kind: 'usage' | 'state' = 'state',
  ) {
    super(message);
    this.name = 'DomainError';
  }
}
