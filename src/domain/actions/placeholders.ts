/**
 * Placeholders in an action's argv (`{version}`, `{previousVersion}`, ...). Each configured
 * element stays exactly one element after filling: values are never joined into a command
 * line or handed to a shell, so `v1; rm -rf /` arrives as one odd argument, not two commands.
 */
import { DomainError } from '../domain-error.js';

export const PLACEHOLDERS = ['version', 'ref', 'previousVersion', 'service', 'incident'] as const;
export type Placeholder = (typeof PLACEHOLDERS)[number];

/** What each placeholder stands for, for help text and errors. */
export const PLACEHOLDER_MEANINGS: Record<Placeholder, string> = {
  version: 'the version of the selected change (the suspect deploy)',
  ref: 'the ref of the selected change (version, tag or commit)',
  previousVersion: 'what ran before the selected change: the rollback target',
  service: 'the service the selected change deployed (else the configured service)',
  incident: 'the incident id',
};

export type PlaceholderValues = Partial<Record<Placeholder, string>>;

const PATTERN = /\{([A-Za-z][A-Za-z0-9]*)\}/g;

/** Placeholder names used in an argv, in order of appearance (known or not). */
export function placeholdersIn(argv: readonly string[]): string[] {
  const names = argv.flatMap((element) => [...element.matchAll(PATTERN)].map((m) => m[1]!));
  return [...new Set(names)];
}

/** Names in the argv that are not placeholders Warroom knows. */
export function unknownPlaceholders(argv: readonly string[]): string[] {
  return placeholdersIn(argv).filter((name) => !(PLACEHOLDERS as readonly string[]).includes(name));
}

/**
 * Fills placeholders; every element stays one element. Throws naming the placeholder when it
 * is unknown or has no value (with `missing[name]` as the reason), and refuses values that a
 * program would take for an option (a leading `-`) or that hold control characters.
 */
export function fillArgv(argv: readonly string[], values: PlaceholderValues, missing: Partial<Record<Placeholder, string>> = {}): string[] {
  const unknown = unknownPlaceholders(argv);
  if (unknown.length > 0) {
    const known = PLACEHOLDERS.map((p) => `{${p}}`).join(', ');
    throw new DomainError(`unknown placeholder ${unknown.map((n) => `{${n}}`).join(', ')} in ${JSON.stringify(argv)}; known: ${known}`, 'usage');
  }
  return argv.map((element) =>
    element.replace(PATTERN, (_match, name: Placeholder) => {
      const value = values[name];
      if (value === undefined || value === '') {
        throw new DomainError(`no value for {${name}} (${PLACEHOLDER_MEANINGS[name]}): ${missing[name] ?? 'nothing selected provides it'}`);
      }
      return checkValue(name, value, element);
    }),
  );
}

function checkValue(name: Placeholder, value: string, element: string): string {
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f]/.test(value)) throw new DomainError(`the value for {${name}} contains control characters: ${JSON.stringify(value)}`);
  if (value.startsWith('-') && element.startsWith(`{${name}}`)) {
    throw new DomainError(`the value for {${name}} "${value}" starts with "-": the program would read it as an option`);
  }
  return value;
}
