/**
 * What each kind of mitigation costs by default (DOMAIN.md's mitigation table): how long it
 * typically takes to restore service and how risky it is. A definition may state its own.
 */
import { DomainError } from '../domain-error.js';

export const ACTION_KIND_NAMES = ['rollback', 'maintenance-on', 'maintenance-off', 'feature-flag', 'scale', 'restart', 'failover', 'custom'] as const;
export type ActionKind = (typeof ACTION_KIND_NAMES)[number];

export const RISK_LEVELS = ['none', 'low', 'medium', 'high'] as const;
export type RiskLevel = (typeof RISK_LEVELS)[number];

export interface Risk {
  level: RiskLevel;
  /** Why, in a few words: "a proven earlier state". */
  note: string;
}

/** A typical time to restore: the text as written and the span it means. */
export interface RestoreTime {
  text: string;
  minMs: number;
  maxMs: number;
}

interface KindDefaults {
  risk: string;
  /** Undefined for kinds that do not restore service by themselves. */
  restoreTime?: string;
}

const KIND_DEFAULTS: Record<ActionKind, KindDefaults> = {
  'feature-flag': { risk: 'none: an isolated switch', restoreTime: '~30 s' },
  rollback: { risk: 'low: returns to a proven earlier state', restoreTime: '2-5 min' },
  'maintenance-on': { risk: 'low: the service runs with reduced function', restoreTime: '1-5 min' },
  'maintenance-off': { risk: 'low: the fault comes back if it was not fixed' },
  restart: { risk: 'low: same code, fresh process state', restoreTime: '1-3 min' },
  scale: { risk: 'low: more of what already runs', restoreTime: '5-10 min' },
  failover: { risk: 'medium: the backup may not be fully up to date', restoreTime: '5-15 min' },
  custom: { risk: 'medium: not assessed in the config' },
};

const UNIT_MS: Record<string, number> = { s: 1_000, m: 60_000, h: 3_600_000 };
const RESTORE_TIME = /^~?\s*(\d+(?:\.\d+)?)\s*(?:-\s*(\d+(?:\.\d+)?))?\s*(s|secs?|seconds?|m|mins?|minutes?|h|hrs?|hours?)$/i;

/** Parses "2-5 min", "~30 s", "10m", "1 h"; throws naming the text when it is none of those. */
export function parseRestoreTime(text: string): RestoreTime {
  const match = RESTORE_TIME.exec(text.trim());
  if (!match) throw new DomainError(`"${text}" is not a time to restore: write e.g. "~30 s", "2-5 min" or "1 h"`, 'usage');
  const unit = UNIT_MS[match[3]!.charAt(0).toLowerCase()]!;
  const low = Number(match[1]) * unit;
  const high = match[2] !== undefined ? Number(match[2]) * unit : low;
  if (high < low) throw new DomainError(`"${text}": the range runs backwards`, 'usage');
  return { text: text.trim(), minMs: low, maxMs: high };
}

/** Parses "low" or "low: why"; throws naming the text when the level is not none/low/medium/high. */
export function parseRisk(text: string): Risk {
  const [head = '', ...rest] = text.split(':');
  const level = head.trim().toLowerCase();
  if (!(RISK_LEVELS as readonly string[]).includes(level)) {
    throw new DomainError(`risk "${text}" must start with ${RISK_LEVELS.join(', ')} (optionally followed by ": why")`, 'usage');
  }
  return { level: level as RiskLevel, note: rest.join(':').trim() };
}

/** The kind's default risk. */
export function defaultRisk(kind: ActionKind): Risk {
  return parseRisk(KIND_DEFAULTS[kind].risk);
}

/** The kind's default time to restore, if it restores service at all. */
export function defaultRestoreTime(kind: ActionKind): RestoreTime | undefined {
  const text = KIND_DEFAULTS[kind].restoreTime;
  return text === undefined ? undefined : parseRestoreTime(text);
}
