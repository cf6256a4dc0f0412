/**
 * Checks a status update against the communication rules before it goes out: say when the
 * next update comes, never promise a fix time, no guesses about the cause in public, and
 * always say who is affected. Warnings, not errors: the person posting decides.
 */
import type { UpdateAudience, UpdateKind } from '../events.js';
import { messageTime } from './message-time.js';
import { isPast, NEXT_UPDATE, nextUpdateTimes } from './next-update-time.js';

export type LintRule =
  | 'empty-text' | 'missing-next-update' | 'past-next-update' | 'promised-fix-time' | 'speculative-cause' | 'empty-impact' | 'unfilled-marker';

export interface LintWarning {
  rule: LintRule;
  message: string;
  /** 1-based line of the text the warning is about, when it is about one line. */
  line?: number;
  /** The words that triggered it. */
  excerpt?: string;
}

export interface LintInput {
  text: string;
  kind: UpdateKind;
  audience: UpdateAudience;
  /** When it would be sent: a next-update time before it is stale. Without it, times are not checked. */
  now?: Date | undefined;
}

const TIME_GIVEN = /\b(\d{1,2}:\d{2}|\d{1,2}\s?(am|pm)|(in|within) (\d+|an?|one|half an)\s*(min\w*|hours?|h)\b)/i;
const ABOUT_UPDATES = /\b(update|post|notify|message|report|let you know)\b/i;
const FIX_WORDS =
  /\b(fix\w*|resolv\w*|resolution|restor\w*|recover\w*|repair\w*|back (up|online|to normal)|(be|is|are) back|working again|up and running)\b/i;
/** A span of time from now ("in about 20 minutes", "within the hour") or a time of day ("by 04:00"). */
const PROMISES: RegExp[] = [
  /\b(within|in) (the next )?(about |around |approximately |roughly |under |less than |~ ?)?(\d+(\s?[-–]\s?\d+)?|a few|an?|one|two|half an) ?(min\w*|hours?|hrs?|h)\b/i,
  /\b(within|in) the (next )?(few )?(min\w*|hours?|day)\b/i,
  /\bby (\d{1,2}(:\d{2})?\s*(am|pm|utc)?|tonight|tomorrow|noon|midnight|the end of (the )?day|end of day|this (morning|afternoon|evening))\b/i,
  /\b(will|should|ought to|to) be (fixed|resolved|restored|back[\w ]*?|working again)\b[^.]*?\b(in|within|by|shortly|soon|momentarily)\b/i,
  /\b(ETA|expected (fix|resolution)( time)?)\b/i,
];
/** A report of what already happened ("was restored in 12 minutes") is not a promise. */
const PAST = /\b(was|were|has been|have been|had been|took|lasted|ago|(we|they|engineers|the team) (fixed|resolved|restored|recovered|repaired))\b/i;
const FUTURE = /\b(will|should|expect\w*|aim\w*|hope\w*|plan\w*|estimat\w*|anticipat\w*|going to|intend\w*|target\w*)\b/i;
const HEDGES = /\b(probably|likely|possibly|perhaps|presumably|apparently|we (think|believe|suspect|guess|assume)|(seems|appears) to|(might|may|could) (be|have been))\b/i;
const CAUSE_WORDS = /\b(caus\w*|due to|because|related to|trigger\w*|stems? from|result of|culprit|source of)\b/i;
/** Stating a cause at all is a claim customers will hold us to before it is verified. */
const CAUSE_CLAIMS = /\b(root cause (is|was)|caused by)\b/i;
const IMPACT_WORDS =
  /\b(affect\w*|impact\w*|users?|customers?|unable|cannot|can't|errors?|fail\w*|slow\w*|delay\w*|unavailable|down|degraded|outage|timeouts?|disrupt\w*)\b/i;
const EMPTY_IMPACT_LINE = /^\W*impact\W*:\W*$/i;
const MARKER = /<<([^<>]*)>>/;

function sentences(line: string): string[] {
  return line.split(/(?<=[.!?])\s+/).filter((s) => s.trim() !== '');
}

/**
 * The words promising a fix time in one sentence, if any. Each clause is read on its own, so
 * "Next update by 15:00 UTC, or sooner if service is restored" promises the update, not the fix.
 */
function promisedFixTime(sentence: string): string | undefined {
  const reportsThePast = PAST.test(sentence) && !FUTURE.test(sentence);
  if (reportsThePast) return undefined;
  for (const clause of sentence.split(/[,;]/)) {
    // "next update within 30 minutes" is a promise about the next message, which is the point.
    if (ABOUT_UPDATES.test(clause) && !FIX_WORDS.test(clause)) continue;
    const promise = PROMISES.map((p) => p.exec(clause)).find((m) => m !== null);
    if (promise && (FIX_WORDS.test(sentence) || /ETA|expected/i.test(promise[0]))) return promise[0];
  }
  return undefined;
}

/** Next-update times that have already passed at `now` (a draft kept from earlier, a typo). */
function pastNextUpdates(text: string, now: Date | undefined): LintWarning[] {
  if (!now) return [];
  return nextUpdateTimes(text, now)
    .filter((time) => isPast(time, now))
    .map((time) => ({
      rule: 'past-next-update' as const,
      message: `the next-update time has already passed (it is ${messageTime(now.toISOString())} now): give a time still ahead`,
      line: time.line,
      excerpt: time.excerpt,
    }));
}

/** Lints one update; returns the warnings in text order (an empty list means it reads well). */
export function lintUpdate(input: LintInput): LintWarning[] {
  const text = input.text.trim();
  if (!text) return [{ rule: 'empty-text', message: 'the update is empty' }];
  const warnings: LintWarning[] = [];
  const lines = input.text.split('\n');
  lines.forEach((content, index) => {
    const line = index + 1;
    const marker = MARKER.exec(content);
    if (marker) {
      const what = marker[1]!.trim();
      const rule: LintRule = /impact|affected/i.test(what) ? 'empty-impact' : 'unfilled-marker';
      warnings.push({ rule, message: `fill in the marked gap: ${what}`, line, excerpt: marker[0] });
    }
    if (EMPTY_IMPACT_LINE.test(content)) {
      warnings.push({ rule: 'empty-impact', message: 'the impact line is empty: say who is affected and how', line });
    }
    for (const sentence of sentences(content)) {
      const promise = promisedFixTime(sentence);
      if (promise) {
        warnings.push({
          rule: 'promised-fix-time',
          message: 'promises when it will be fixed; say what you are doing and when the next update comes instead',
          line,
          excerpt: promise,
        });
      }
    }
    if (input.audience === 'customer') {
      const guess = sentences(content)
        .map((sentence) => {
          const hedge = HEDGES.exec(sentence);
          return hedge && CAUSE_WORDS.test(sentence) ? hedge : CAUSE_CLAIMS.exec(sentence);
        })
        .find((m) => m !== null);
      if (guess) {
        warnings.push({
          rule: 'speculative-cause',
          message: 'speculates about the cause; tell customers only what is verified (the postmortem covers the cause)',
          line,
          excerpt: guess[0],
        });
      }
    }
  });
  if (input.kind !== 'resolution') {
    const named = lines.some((l) => NEXT_UPDATE.test(l) && TIME_GIVEN.test(l));
    if (!named) {
      warnings.push({ rule: 'missing-next-update', message: 'does not say when the next update comes (e.g. "Next update by 03:40 UTC")' });
    }
  }
  warnings.push(...pastNextUpdates(input.text, input.now));
  const impactWarned = warnings.some((w) => w.rule === 'empty-impact');
  if (!impactWarned && input.kind !== 'resolution' && !IMPACT_WORDS.test(text)) {
    warnings.push({ rule: 'empty-impact', message: 'does not say who is affected or what they cannot do' });
  }
  return warnings.sort((a, b) => (a.line ?? Infinity) - (b.line ?? Infinity));
}

/** One line per warning for a terminal: "line 3: promised-fix-time: ... ("within 10 minutes")". */
export function formatLintWarning(warning: LintWarning): string {
  const where = warning.line ? `line ${warning.line}: ` : '';
  const what = warning.excerpt ? ` ("${warning.excerpt}")` : '';
  return `${where}${warning.rule}: ${warning.message}${what}`;
}
