/** Incident roles (DOMAIN.md): one person may hold several, but every role should be filled. */

export const ROLES = ['commander', 'lead', 'comms', 'scribe'] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_TITLES: Record<Role, string> = {
  commander: 'Incident Commander',
  lead: 'Technical Lead',
  comms: 'Communications Lead',
  scribe: 'Scribe',
};

export const ROLE_DUTIES: Record<Role, string> = {
  commander: 'coordinates and decides; does not debug',
  lead: 'investigates and proposes mitigations',
  comms: 'status page, customers and internal stakeholders',
  scribe: 'keeps the timeline, commands run and evidence',
};

/** Parses a role name or a common alias (ic, tl, cl). */
export function parseRole(input: string): Role | undefined {
  const aliases: Record<string, Role> = { ic: 'commander', tl: 'lead', cl: 'comms', investigator: 'lead', communications: 'comms' };
  const key = input.trim().toLowerCase();
  if ((ROLES as readonly string[]).includes(key)) return key as Role;
  return aliases[key];
}
