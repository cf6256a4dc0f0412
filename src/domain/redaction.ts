/**
 * Redaction of credentials before anything leaves the store (postmortem, JSON export).
 * Built-in rules cover common secret shapes; `export.redact` adds site-specific patterns.
 * Redacting already-redacted text changes nothing, so a rule may safely see its own output.
 */
import type { IncidentEvent } from './events.js';

export const REDACTED = '[REDACTED]';

interface Rule {
  name: string;
  pattern: RegExp;
  /** What replaces a match; by default the whole match becomes REDACTED. */
  replace?: (match: string, ...groups: string[]) => string;
}

/** Names of settings whose value is a secret (`password=`, `"api_key": ...`, `--token X`). */
const SECRET_KEY =
  '(?:api[_-]?key|apikey|access[_-]?key|access[_-]?token|auth[_-]?token|refresh[_-]?token|client[_-]?secret|' +
  'secret[_-]?key|secret[_-]?access[_-]?key|private[_-]?key|session[_-]?token|token|secret|password|passwd|pwd|passphrase)';
/**
 * `pass` on its own is a common English word ("checks pass: 3", "second-pass: ok"), so it names
 * a secret only as the last part of a variable name (DB_PASS=) or of an option (--db-pass X).
 */
const SETTING_NAME = `(?:${SECRET_KEY}|_pass)`;
const OPTION_NAME = `(?:${SECRET_KEY}|[_-]pass)`;
/** MySQL clients take the password glued to `-p` (`mysql -pSECRET`); a bare `-p` asks for it instead. */
const MYSQL_CLIENT = /^(?:.*\/)?mysql(?:dump|admin|check|import|show|slap)?$/;

const keepPrefix = (_match: string, prefix: string) => `${prefix}${REDACTED}`;

const BUILT_IN_RULES: readonly Rule[] = [
  {
    name: 'private key block',
    pattern: /-----BEGIN ([A-Z0-9 ]*)PRIVATE KEY( BLOCK)?-----[\s\S]*?-----END \1PRIVATE KEY( BLOCK)?-----/g,
    replace: (_m, kind: string) => `-----BEGIN ${kind}PRIVATE KEY-----${REDACTED}-----END ${kind}PRIVATE KEY-----`,
  },
  {
    // A block cut off by an output cap has no END line: hide everything after BEGIN.
    name: 'truncated private key block',
    pattern: /-----BEGIN ([A-Z0-9 ]*)PRIVATE KEY-----(?:(?!-----END )[\s\S])*$/g,
    replace: (_m, kind: string) => `-----BEGIN ${kind}PRIVATE KEY-----${REDACTED}`,
  },
  {
    // Keep scheme, user and host so the reader still knows which system was meant.
    name: 'URL credentials',
    pattern: /\b([a-z][a-z0-9+.-]*:\/\/[^\s:/?#@]*:)[^\s/?#]+@/gi,
    replace: (_m, prefix: string) => `${prefix}${REDACTED}@`,
  },
  { name: 'Slack webhook', pattern: /(hooks\.slack\.com\/services\/)[A-Za-z0-9/_-]+/g, replace: keepPrefix },
  {
    name: 'Authorization header',
    pattern: /(\bauthorization["']?\s*[:=]\s*["']?(?:(?:bearer|basic|token|digest)\s+)?)[^\s"',;]+/gi,
    replace: keepPrefix,
  },
  { name: 'bearer token', pattern: /(\b(?:bearer|basic)\s+)[A-Za-z0-9._~+/-]{12,}=*/gi, replace: keepPrefix },
  { name: 'AWS access key id', pattern: /\b(?:AKIA|ASIA|AGPA|AIDA|AROA|ANPA|ANVA|AIPA)[A-Z0-9]{16}\b/g },
  { name: 'GitHub token', pattern: /\bgh[pousr]_[A-Za-z0-9]{36,255}\b/g },
  { name: 'GitHub fine-grained token', pattern: /\bgithub_pat_[A-Za-z0-9_]{22,255}\b/g },
  { name: 'Slack token', pattern: /\bxox[abprs]-[A-Za-z0-9-]{10,}/g },
  { name: 'Stripe key', pattern: /\b(?:sk|rk|pk)_(?:live|test)_[A-Za-z0-9]{10,}\b/g },
  { name: 'Stripe webhook secret', pattern: /\bwhsec_[A-Za-z0-9]{20,}\b/g },
  { name: 'Google API key', pattern: /\bAIza[0-9A-Za-z_-]{35}\b/g },
  { name: 'npm token', pattern: /\bnpm_[A-Za-z0-9]{36}\b/g },
  // OpenAI-style keys (sk-..., sk-proj-..., sk-svcacct-...): long, and a digit somewhere, so a
  // hyphenated word that starts with "sk-" stays.
  { name: 'sk- API key', pattern: /\bsk-(?=[A-Za-z0-9_-]*[0-9])[A-Za-z0-9][A-Za-z0-9_-]{19,}/g },
  {
    name: 'MySQL -p password',
    pattern: /(\bmysql(?:dump|admin|check|import|show|slap)?\b[^\n]*?\s-p)(?!\[REDACTED\])[^\s"']+/g,
    replace: keepPrefix,
  },
  { name: 'JSON Web Token', pattern: /\beyJ[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]*/g },
  {
    name: 'secret option',
    pattern: new RegExp(`(--?[\\w-]*${OPTION_NAME}\\s+)(?!-)\\S+`, 'gi'),
    replace: keepPrefix,
  },
  {
    // key=value, key: value, "key": "value" (quoted values may contain spaces). A name prefix
    // (DB_PASSWORD) needs no matching of its own: it stays in place before the match.
    name: 'secret setting',
    pattern: new RegExp(`(${SETTING_NAME}["']?\\s*[:=]\\s*)("[^"\\n]*"|'[^'\\n]*'|[^\\s"'&,;]+)`, 'gi'),
    replace: (_m, prefix: string, value: string) => {
      const quote = value.startsWith('"') || value.startsWith("'") ? value[0]! : '';
      return `${prefix}${quote}${REDACTED}${quote}`;
    },
  },
];

/** An object key whose string value is a secret whatever it looks like. */
const SECRET_FIELD = new RegExp(`(?:^|[_-])(?:${SECRET_KEY}|pass)$|^authorization$`, 'i');
/** An argv element after which the next element is the secret (`--password hunter2`). */
const SECRET_FLAG = new RegExp(`^--?[\\w-]*${OPTION_NAME}$`, 'i');

export interface Redactor {
  /** Redacts one string. */
  text(value: string): string;
  /** Redacts every string inside a JSON-like value (objects, arrays); returns a new value. */
  deep<T>(value: T): T;
}

/** Compiles the extra patterns from config; throws naming `export.redact[i]` when one is unusable. */
export function compileExtraPatterns(patterns: readonly string[]): RegExp[] {
  return patterns.map((source, index) => {
    let regex: RegExp;
    try {
      regex = new RegExp(source, 'g');
    } catch (error) {
      throw new Error(`export.redact[${index}] "${source}" is not a valid regular expression: ${(error as Error).message}`);
    }
    if (regex.test('')) throw new Error(`export.redact[${index}] "${source}" matches empty text; it would redact everywhere`);
    regex.lastIndex = 0;
    return regex;
  });
}

/** A redactor with the built-in rules plus extra patterns (regular-expression sources). */
export function createRedactor(extraPatterns: readonly string[] = []): Redactor {
  const rules: Rule[] = [
    ...BUILT_IN_RULES,
    ...compileExtraPatterns(extraPatterns).map((pattern, i) => ({ name: `export.redact[${i}]`, pattern })),
  ];
  const text = (value: string): string => {
    let out = value;
    for (const rule of rules) {
      rule.pattern.lastIndex = 0;
      if (!rule.pattern.test(out)) continue;
      rule.pattern.lastIndex = 0;
      const replace = rule.replace;
      out = replace ? out.replace(rule.pattern, (m: string, ...g: unknown[]) => replace(m, ...(g as string[]))) : out.replace(rule.pattern, REDACTED);
    }
    return out;
  };
  const deep = (value: unknown): unknown => {
    if (typeof value === 'string') return text(value);
    if (Array.isArray(value)) {
      const mysql = typeof value[0] === 'string' && MYSQL_CLIENT.test(value[0]);
      return value.map((item, i) => {
        if (i === 0 || typeof item !== 'string') return deep(item);
        if (SECRET_FLAG.test(String(value[i - 1]))) return REDACTED;
        return mysql && /^-p./.test(item) && item !== `-p${REDACTED}` ? `-p${REDACTED}` : deep(item);
      });
    }
    if (value && typeof value === 'object') {
      return Object.fromEntries(
        Object.entries(value).map(([key, v]) => [key, typeof v === 'string' && SECRET_FIELD.test(key) ? REDACTED : deep(v)]),
      );
    }
    return value;
  };
  return { text, deep: <T>(value: T) => deep(value) as T };
}

/**
 * Redacts what people and programs wrote into events (actor, data); the envelope (ids, times,
 * hashes) is structure and stays as stored, so a reader can still match events to the store.
 */
export function redactEvents(events: readonly IncidentEvent[], redactor: Redactor): IncidentEvent[] {
  return events.map((event) => ({ ...event, actor: redactor.text(event.actor), data: redactor.deep(event.data) }));
}
