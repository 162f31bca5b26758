import { AUDIT_SECRET, AuditAction, AuditEventDto, AuditQuery } from '@datenlotse/contracts';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, Repository } from 'typeorm';
import { requestContext } from '../../common/request-context';
import { AuditDiff, AuditEvent } from './audit-event.entity';

/** Fields whose values never go into the audit log; a change to them is recorded without the value. */
const SECRET_FIELDS = new Set(['passwordHash', 'inviteTokenHash']);
const IGNORED_FIELDS = new Set(['updatedAt', 'version', 'municipality']);

export interface AuditEntry {
  action: AuditAction;
  entity: string;
  entityId: string;
  before?: object | null;
  after?: object | null;
  /** Defaults to the request's municipality; sign-in has none in the context yet. */
  municipalityId?: string;
  actorUserId?: string | null;
}

@Injectable()
export class AuditService {
  constructor(@InjectRepository(AuditEvent) private readonly events: Repository<AuditEvent>) {}

  /** Writes the event with the given manager, so it commits or rolls back with the change it describes. */
  async record(manager: EntityManager, entry: AuditEntry): Promise<void> {
    const repository = manager.getRepository(AuditEvent);
    await repository.save(
      repository.create({
        municipalityId: entry.municipalityId ?? requestContext.municipalityId(),
        actorUserId:
          entry.actorUserId !== undefined ? entry.actorUserId : (requestContext.actor()?.id ?? null),
        action: entry.action,
        entity: entry.entity,
        entityId: entry.entityId,
        diff: diff(entry.before ?? null, entry.after ?? null),
      }),
    );
  }

  async list(query: AuditQuery): Promise<AuditEventDto[]> {
    const qb = this.events
      .createQueryBuilder('e')
      .leftJoin('app_user', 'u', 'u.id = e.actor_user_id')
      .select(['e.id', 'e.at', 'e.actorUserId', 'e.action', 'e.entity', 'e.entityId', 'e.diff'])
      .addSelect('u.name', 'actor_name')
      .where('e.municipality_id = :municipalityId', { municipalityId: requestContext.municipalityId() })
      .orderBy('e.at', 'DESC')
      .addOrderBy('e.id', 'DESC')
      .limit(query.limit ?? 100);
    if (query.entity) qb.andWhere('e.entity = :entity', { entity: query.entity });
    if (query.entityId) qb.andWhere('e.entity_id = :entityId', { entityId: query.entityId });
    const { entities, raw } = await qb.getRawAndEntities<{ actor_name: string | null }>();
    return entities.map((e, i) => ({
      id: e.id,
      at: e.at.toISOString(),
      actorUserId: e.actorUserId,
      actorName: raw[i]?.actor_name ?? null,
      action: e.action,
      entity: e.entity,
      entityId: e.entityId,
      diff: e.diff,
    }));
  }
}

/** The fields that differ between before and after, compared as JSON. */
export function diff(before: object | null, after: object | null): AuditDiff {
  const b = (before ?? {}) as Record<string, unknown>;
  const a = (after ?? {}) as Record<string, unknown>;
  const result: AuditDiff = {};
  for (const key of new Set([...Object.keys(b), ...Object.keys(a)])) {
    if (IGNORED_FIELDS.has(key)) continue;
    if (JSON.stringify(b[key]) === JSON.stringify(a[key]) || (isEmpty(b[key]) && isEmpty(a[key]))) continue;
    result[key] = SECRET_FIELDS.has(key)
      ? { before: b[key] == null ? null : AUDIT_SECRET, after: a[key] == null ? null : AUDIT_SECRET }
      : { before: b[key] ?? null, after: a[key] ?? null };
  }
  return result;
}

/** Missing, null and an empty list all mean "nothing": going from one to another is no change. */
function isEmpty(value: unknown): boolean {
  return value == null || (Array.isArray(value) && value.length === 0);
}
