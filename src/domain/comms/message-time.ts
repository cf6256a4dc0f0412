/** Times as status updates print them: minutes precision, always UTC, always labelled "UTC". */

function parts(iso: string): { date: string; time: string } | undefined {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) return undefined;
  const text = new Date(ms).toISOString();
  return { date: text.slice(0, 10), time: text.slice(11, 16) };
}

/** "03:10 UTC"; the input unchanged when it is not a time. */
export function messageTime(iso: string): string {
  const p = parts(iso);
  return p ? `${p.time} UTC` : iso;
}

/** "2026-11-22 03:10 UTC"; the input unchanged when it is not a time. */
export function messageDateTime(iso: string): string {
  const p = parts(iso);
  return p ? `${p.date} ${p.time} UTC` : iso;
}

/** "03:10 UTC" when on the same UTC day as `reference`, else the full date and time. */
export function messageTimeNear(iso: string, reference: string): string {
  const p = parts(iso);
  const r = parts(reference);
  if (!p) return iso;
  return r && r.date === p.date ? `${p.time} UTC` : `${p.date} ${p.time} UTC`;
}

/** Whole minutes as words for messages: "15 minutes", "1 hour", "1 hour 30 minutes". */
export function minutesInWords(minutes: number): string {
  const whole = Math.max(0, Math.round(minutes));
  const hours = Math.floor(whole / 60);
  const rest = whole % 60;
  const h = hours === 1 ? '1 hour' : `${hours} hours`;
  const m = rest === 1 ? '1 minute' : `${rest} minutes`;
  if (hours === 0) return m;
  return rest === 0 ? h : `${h} ${m}`;
}
