import { AuditAction } from './audit';

export const INTERACTION_TYPES = [
  'meeting',
  'call',
  'email',
  'talk',
  'event',
  'seminar',
  'workshop',
  'letter',
  'note',
] as const;
export type InteractionType = (typeof INTERACTION_TYPES)[number];

export interface NamedRef {
  id: string;
  /** Null for an erased contact. */
  name: string | null;
}

export interface InteractionDto {
  id: string;
  type: InteractionType;
  occurredAt: string;
  summary: string;
  departments: NamedRef[];
  contacts: NamedRef[];
  /** Team members who took part. */
  users: NamedRef[];
  createdByUserId: string | null;
  version: number;
}

export interface CreateInteractionRequest {
  type: InteractionType;
  occurredAt: string;
  summary: string;
  /** At least one department. */
  departmentIds: string[];
  contactIds?: string[];
  userIds?: string[];
}

export interface UpdateInteractionRequest extends Partial<CreateInteractionRequest> {
  version: number;
}

/** One entry of a department's timeline: an interaction, or an audit event of one of its records. */
export type TimelineEntry =
  | { kind: 'interaction'; at: string; interaction: InteractionDto }
  | {
      kind: 'event';
      at: string;
      event: {
        id: string;
        action: AuditAction;
        entity: string;
        entityId: string;
        actorName: string | null;
        diff: Record<string, { before: unknown; after: unknown }>;
      };
    };

/**
 * `types` filters: interaction types and/or `system` for the system events (audit events of the department's
 * records). Comma-separated in the URL. Not `event`: that is the interaction type "Veranstaltung".
 */
export const TIMELINE_FILTERS = [...INTERACTION_TYPES, 'system'] as const;
export type TimelineFilter = (typeof TIMELINE_FILTERS)[number];

export interface TimelineQuery {
  cursor?: string;
  limit?: number;
  types?: TimelineFilter[];
}
