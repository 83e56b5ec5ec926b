/** Who is asking: every repository call takes one, and every Cypher query is scoped by it. */
export const CALLER_ROLES = ['VIEWER', 'EDITOR', 'ADMIN'] as const;
export type CallerRole = (typeof CALLER_ROLES)[number];

export interface Caller {
  tenantId: string;
  role: CallerRole;
  subject: string;
}

export function canWrite(caller: Caller): boolean {
  return caller.role === 'EDITOR' || caller.role === 'ADMIN';
}
