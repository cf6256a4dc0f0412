/** The confirmation an action needs before it runs: none, a plain "y", or typing its name. */
import type { ConfirmPolicy } from './action-options.js';

export interface ConfirmSubject {
  policy: ConfirmPolicy;
  actionName: string;
  /** The service a rollback acts on: typing it also confirms. */
  service?: string | undefined;
}

export type ConfirmOutcome = { ok: true } | { ok: false; reason: string };

/** The policy in force: a rollback over a migration always asks for the typed name. */
export function effectivePolicy(policy: ConfirmPolicy, hasCautions: boolean): ConfirmPolicy {
  return hasCautions ? 'type-name' : policy;
}

/** The question to ask, e.g. `Type "rollback" (or "shop") to run it:`. */
export function confirmPrompt(subject: ConfirmSubject): string {
  switch (subject.policy) {
    case 'none':
      return '';
    case 'confirm':
      return `Run ${subject.actionName}? [y/N]`;
    case 'type-name':
      return `Type "${subject.actionName}"${subject.service ? ` (or "${subject.service}")` : ''} to run it:`;
  }
}

/** Whether the answer confirms; otherwise why not, in words to show under the prompt. */
export function checkConfirmation(subject: ConfirmSubject, answer: string): ConfirmOutcome {
  const given = answer.trim();
  switch (subject.policy) {
    case 'none':
      return { ok: true };
    case 'confirm':
      return /^y(es)?$/i.test(given) ? { ok: true } : { ok: false, reason: given === '' ? 'not confirmed' : `"${given}" is not yes: not confirmed` };
    case 'type-name': {
      if (given === subject.actionName || (subject.service !== undefined && given === subject.service)) return { ok: true };
      const names = [subject.actionName, subject.service].filter(Boolean).map((n) => `"${n}"`).join(' or ');
      return { ok: false, reason: given === '' ? `type ${names} exactly to confirm` : `"${given}" does not match: type ${names} exactly` };
    }
  }
}
