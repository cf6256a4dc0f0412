/** Severity levels and the default response policy for each (DOMAIN.md's matrix). */

export const SEVERITIES = ['SEV1', 'SEV2', 'SEV3', 'SEV4'] as const;
export type Severity = (typeof SEVERITIES)[number];

export interface SeverityPolicy {
  /** One line for pickers and help. */
  label: string;
  /** What qualifies, in plain words. */
  meaning: string;
  /** Minutes from detection by which mitigation should have started; null = no deadline. */
  mitigationStartMinutes: number | null;
  /** Minutes from detection to the first public status update; null = not required. */
  firstPublicUpdateMinutes: number | null;
  /** Minutes from detection to direct customer notice; null = not required. */
  customerNoticeMinutes: number | null;
  /** Interval between internal updates; null = none expected. */
  internalUpdateEveryMinutes: number | null;
  /** Interval between public updates; null = none expected. */
  publicUpdateEveryMinutes: number | null;
  /** Minutes from detection by which leadership must know; null = not required. */
  leadershipNoticeMinutes: number | null;
  /** Whether declaring at, or raising to, this level freezes unrelated deploys. */
  freezeDeploys: boolean;
}

export type SeverityPolicies = Record<Severity, SeverityPolicy>;

export const DEFAULT_SEVERITY_POLICIES: SeverityPolicies = {
  SEV1: {
    label: 'Critical',
    meaning: 'Total outage or a core path (login, payments, core API) broken; data loss or a security risk.',
    mitigationStartMinutes: 5,
    firstPublicUpdateMinutes: 15,
    customerNoticeMinutes: 30,
    internalUpdateEveryMinutes: 15,
    publicUpdateEveryMinutes: 30,
    leadershipNoticeMinutes: 60,
    freezeDeploys: true,
  },
  SEV2: {
    label: 'Major',
    meaning: 'A major feature degraded, a large share of users (over 10-20%) blocked, or jobs/billing delayed.',
    mitigationStartMinutes: 15,
    firstPublicUpdateMinutes: 30,
    customerNoticeMinutes: 60,
    internalUpdateEveryMinutes: 30,
    publicUpdateEveryMinutes: 60,
    leadershipNoticeMinutes: null,
    freezeDeploys: true,
  },
  SEV3: {
    label: 'Minor',
    meaning: 'Minor or partial impact and a workaround exists. Public update only if customers can see it.',
    mitigationStartMinutes: 240,
    firstPublicUpdateMinutes: null,
    customerNoticeMinutes: null,
    internalUpdateEveryMinutes: 60,
    publicUpdateEveryMinutes: null,
    leadershipNoticeMinutes: null,
    freezeDeploys: false,
  },
  SEV4: {
    label: 'Low',
    meaning: 'Cosmetic or not user-facing: file a ticket for the next sprint rather than run an incident.',
    mitigationStartMinutes: null,
    firstPublicUpdateMinutes: null,
    customerNoticeMinutes: null,
    internalUpdateEveryMinutes: null,
    publicUpdateEveryMinutes: null,
    leadershipNoticeMinutes: null,
    freezeDeploys: false,
  },
};

/** The rule shown wherever someone picks a severity. */
export const ESCALATION_RULE =
  'When in doubt, escalate: an over-rated SEV costs minutes, an under-rated one costs hours.';

/** Parses "SEV2", "sev2" or "2"; returns undefined for anything else. */
export function parseSeverity(input: string): Severity | undefined {
  const normalised = input.trim().toUpperCase();
  const candidate = /^\d$/.test(normalised) ? `SEV${normalised}` : normalised;
  return (SEVERITIES as readonly string[]).includes(candidate) ? (candidate as Severity) : undefined;
}

/** Lower number = more severe. */
export function severityRank(severity: Severity): number {
  return SEVERITIES.indexOf(severity);
}
