/**
 * Adding a follow-up in the console: four short fields, one after another, each prefilled with
 * a sensible default so Enter moves on: the text, the owner (whoever adds it), the due date (in
 * 14 days, the target for closing action items) and the priority (P2).
 */
import { DomainError } from '../../domain/domain-error.js';
import { parseDueDate, parseFollowupPriority, type FollowupInput } from '../../domain/followups.js';

export const FOLLOWUP_STEPS = ['text', 'owner', 'due', 'priority'] as const;
export type FollowupStep = (typeof FOLLOWUP_STEPS)[number];

export interface FollowupDraft {
  text: string;
  owner: string;
  due: string;
  priority: string;
}

/** Action items are due within 14 days (DOMAIN measures: 90% closed by then). */
const DUE_DAYS = 14;

/** The defaults for a new follow-up added by `actor` at `now`. */
export function followupDefaults(actor: string, now: Date): FollowupDraft {
  const due = new Date(now.getTime() + DUE_DAYS * 86_400_000).toISOString().slice(0, 10);
  return { text: '', owner: actor, due, priority: 'P2' };
}

export type FollowupStepResult =
  | { kind: 'next'; step: FollowupStep; draft: FollowupDraft }
  | { kind: 'done'; input: FollowupInput }
  | { kind: 'invalid'; message: string };

/** Takes the typed value of one step: the next step, the finished input, or why the value is refused. */
export function submitFollowupStep(step: FollowupStep, typed: string, draft: FollowupDraft, now: Date): FollowupStepResult {
  const value = typed.trim();
  try {
    if (step === 'text' && !value) return { kind: 'invalid', message: 'Say what will be done; Esc cancels' };
    if (step === 'due' && value) parseDueDate(value, now);
    if (step === 'priority' && value) parseFollowupPriority(value);
  } catch (error) {
    return { kind: 'invalid', message: error instanceof DomainError ? error.message.replace(/^--\w+ /, '') : String(error) };
  }
  const next: FollowupDraft = { ...draft, [step]: value };
  const following = FOLLOWUP_STEPS[FOLLOWUP_STEPS.indexOf(step) + 1];
  if (following) return { kind: 'next', step: following, draft: next };
  return {
    kind: 'done',
    input: { text: next.text, ...(next.owner ? { owner: next.owner } : {}), ...(next.due ? { due: next.due } : {}), ...(next.priority ? { priority: next.priority } : {}) },
  };
}

const FIELD_WORDING: Record<FollowupStep, { prompt: string; placeholder: string }> = {
  text: { prompt: 'What', placeholder: 'what will be done, e.g. Alert on queue age' },
  owner: { prompt: 'Owner', placeholder: 'who does it (empty: nobody yet)' },
  due: { prompt: 'Due', placeholder: 'YYYY-MM-DD (empty: no date)' },
  priority: { prompt: 'Priority', placeholder: 'P1, P2 or P3 (P1 most urgent)' },
};

/** The title and prompt of one field of the follow-up being added. */
export function followupFieldWording(step: FollowupStep, incidentId: string | undefined): { title: string; prompt: string; placeholder: string } {
  const position = FOLLOWUP_STEPS.indexOf(step) + 1;
  return { title: `Add a follow-up to ${incidentId ?? 'the incident'} (${position} of ${FOLLOWUP_STEPS.length}): Enter keeps the default`, ...FIELD_WORDING[step] };
}
