/** A runbook that cannot be used as asked: missing, unreadable, too large, not text. Exit code 2. */
import { DomainError } from '../domain/domain-error.js';

export class RunbookError extends DomainError {
  constructor(message: string) {
    super(message, 'usage');
    this.name = 'RunbookError';
  }
}
