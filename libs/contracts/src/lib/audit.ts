/** `erase` removes a person's data (GDPR Art. 17); `export` records that someone's data was handed out (Art. 15). */
export const AUDIT_ACTIONS = [
  'create',
  'update',
  'delete',
  'transition',
  'login',
  'erase',
  'export',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/** Stands in the diff for the value of a secret field (a password hash): the log says only that it changed. */
export const AUDIT_SECRET = '[secret]';

export interface AuditEventDto {
  id: string;
  at: string;
  actorUserId: string | null;
  actorName: string | null;
  action: AuditAction;
  entity: string;
  entityId: string;
  /** Only the fields that changed: before and after values. */
  diff: Record<string, { before: unknown; after: unknown }>;
}

export interface AuditQuery {
  entity?: string;
  entityId?: string;
  limit?: number;
}
