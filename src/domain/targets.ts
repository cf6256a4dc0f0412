/** Process targets the team measures itself against (DOMAIN.md, "Measures of the process"). */
import type { Severity } from './severity.js';

export interface ProcessTargets {
  /** Detection to acknowledgement, per severity; severities without an entry have no target. */
  mttaMinutes: Partial<Record<Severity, number>>;
  /** Detection to resolution, per severity. */
  mttrMinutes: Partial<Record<Severity, number>>;
  /** Severities that must get a postmortem. */
  postmortemSeverities: Severity[];
  postmortemWithinHours: number;
  postmortemPercent: number;
  followupWithinDays: number;
  followupPercent: number;
  repeatWindowDays: number;
  /** Repeats must stay below this share of incidents. */
  repeatPercentBelow: number;
}

export const DEFAULT_TARGETS: ProcessTargets = {
  mttaMinutes: { SEV1: 5, SEV2: 5 },
  mttrMinutes: { SEV1: 60, SEV2: 240 },
  postmortemSeverities: ['SEV1', 'SEV2'],
  postmortemWithinHours: 48,
  postmortemPercent: 100,
  followupWithinDays: 14,
  followupPercent: 90,
  repeatWindowDays: 90,
  repeatPercentBelow: 5,
};
