/**
 * The keys a config schema accepts at a path, so an unknown-field error can list or suggest the
 * right ones. Reads zod's schema definitions; wrappers (default, optional, pipe) are looked
 * through, and a shape it does not know (a union) yields nothing rather than a wrong list.
 */
import type { z } from 'zod';

interface Def {
  type: string;
  shape?: Record<string, z.ZodType>;
  innerType?: z.ZodType;
  in?: z.ZodType;
  element?: z.ZodType;
  keyType?: z.ZodType;
  valueType?: z.ZodType;
  entries?: Record<string, string | number>;
}

const WRAPPERS = new Set(['default', 'prefault', 'optional', 'nullable', 'readonly', 'catch', 'nonoptional']);

function defOf(schema: z.ZodType): Def {
  let def = (schema as unknown as { _zod: { def: Def } })._zod.def;
  for (;;) {
    const inner = WRAPPERS.has(def.type) ? def.innerType : def.type === 'pipe' ? def.in : undefined;
    if (!inner) return def;
    def = defOf(inner);
  }
}

function child(def: Def, key: string | number): z.ZodType | undefined {
  if (def.type === 'object') return def.shape?.[String(key)];
  if (def.type === 'array') return def.element;
  if (def.type === 'record') return def.valueType;
  return undefined;
}

/** The field names accepted at `path` (an object's fields, a record's enumerated keys), or undefined when not knowable. */
export function knownKeysAt(schema: z.ZodType, path: readonly PropertyKey[]): string[] | undefined {
  let def = defOf(schema);
  for (const segment of path) {
    const next = typeof segment === 'symbol' ? undefined : child(def, segment);
    if (!next) return undefined;
    def = defOf(next);
  }
  if (def.type === 'object') return Object.keys(def.shape ?? {});
  if (def.type === 'record' && def.keyType) {
    const keys = defOf(def.keyType);
    return keys.type === 'enum' && keys.entries ? Object.values(keys.entries).map(String) : undefined;
  }
  return undefined;
}
