import {
  AuditAction,
  CursorPage,
  INTERACTION_TYPES,
  InteractionType,
  SessionUser,
  TimelineEntry,
} from '@datenlotse/contracts';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { requestContext } from '../../common/request-context';
import { AuditDiff } from '../audit/audit-event.entity';
import { DepartmentsService } from '../departments/departments.service';
import { InteractionReader } from './interaction-reader';
import {
  afterCursorSql,
  compareNewestFirst,
  decodeCursor,
  encodeCursor,
  EXACT_AT,
  TimelineCursor,
} from './timeline-cursor';
import { TIMELINE_PAGE_SIZE, TimelineQueryDto } from './timeline.dto';

interface EventRow {
  id: string;
  exact_at: string;
  at: Date;
  action: AuditAction;
  entity: string;
  entity_id: string;
  diff: AuditDiff;
  actor_name: string | null;
  erased: boolean;
}

type Keyed<T> = TimelineCursor & { row: T };

/**
 * A department's timeline: its interactions merged with the audit events of the department itself, its
 * contacts, its tasks and its datasets, newest first, in keyset pages. Each source is read newest first from
 * its index and limited to one entry more than the page, so the first page costs the same with a million
 * interactions.
 */
@Injectable()
export class TimelineService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly departments: DepartmentsService,
    private readonly reader: InteractionReader,
  ) {}

  async page(
    user: SessionUser,
    departmentId: string,
    query: TimelineQueryDto,
  ): Promise<CursorPage<TimelineEntry>> {
    await this.departments.get(user, departmentId); // 404 for unknown ids and for heads outside their subtree
    const limit = query.limit ?? TIMELINE_PAGE_SIZE;
    const cursor = query.cursor ? decodeCursor(query.cursor) : null;
    const types = query.types ? new Set(query.types) : null;
    const interactionTypes = INTERACTION_TYPES.filter((type) => !types || types.has(type));
    const [interactions, events] = await Promise.all([
      interactionTypes.length > 0
        ? this.interactionKeys(departmentId, interactionTypes, types !== null, cursor, limit + 1)
        : [],
      !types || types.has('system') ? this.events(departmentId, cursor, limit + 1) : [],
    ]);
    const merged = [...interactions, ...events].sort(compareNewestFirst);
    const page = merged.slice(0, limit);
    const last = page[page.length - 1];
    return {
      items: await this.entries(page, user),
      nextCursor: merged.length > limit && last ? encodeCursor(last) : null,
    };
  }

  /** The keys of the department's newest interactions after the cursor, straight from the timeline index. */
  private async interactionKeys(
    departmentId: string,
    types: readonly InteractionType[],
    filtered: boolean,
    cursor: TimelineCursor | null,
    limit: number,
  ): Promise<Keyed<null>[]> {
    const qb = this.dataSource
      .createQueryBuilder()
      .select('x.interaction_id', 'id')
      .addSelect(`to_char(x.occurred_at AT TIME ZONE 'UTC', ${EXACT_AT})`, 'exact_at')
      .from('interaction_department', 'x')
      .where('x.department_id = :departmentId', { departmentId })
      .orderBy('x.occurred_at', 'DESC')
      .addOrderBy('x.interaction_id', 'DESC')
      .limit(limit);
    if (filtered) {
      qb.innerJoin('interaction', 'i', 'i.id = x.interaction_id').andWhere('i.type IN (:...types)', {
        types,
      });
    }
    if (cursor) {
      qb.andWhere(
        afterCursorSql('interaction', cursor, 'x.occurred_at', 'x.interaction_id'),
        cursorParams(cursor),
      );
    }
    const rows = await qb.getRawMany<{ id: string; exact_at: string }>();
    return rows.map((r) => ({ at: r.exact_at, kind: 'interaction', id: r.id, row: null }));
  }

  /**
   * The newest audit events of the department, of its contacts and of its tasks, and the creation and moves
   * of its datasets (their metadata edits stay on the dataset's own timeline): one index range per record,
   * each limited, then merged. Events of erased contacts are shown without their values.
   */
  private async events(
    departmentId: string,
    cursor: TimelineCursor | null,
    limit: number,
  ): Promise<Keyed<EventRow>[]> {
    const afterCursor = cursor ? `AND ${afterCursorSql('event', cursor, 'e.at', 'e.id')}` : '';
    const [sql, params] = this.dataSource.driver.escapeQueryWithParameters(
      `WITH refs(entity, entity_id, erased, only_moves) AS (
         SELECT 'department', CAST(:departmentId AS uuid), false, false
         UNION ALL
         SELECT 'contact', c.id, c.erased_at IS NOT NULL, false FROM contact c
         WHERE c.municipality_id = :municipalityId AND c.department_id = :departmentId
         UNION ALL
         SELECT 'task', t.id, false, false FROM task t
         WHERE t.municipality_id = :municipalityId AND t.department_id = :departmentId
         UNION ALL
         SELECT 'dataset', ds.id, false, true FROM dataset ds
         WHERE ds.municipality_id = :municipalityId AND ds.department_id = :departmentId
       )
       SELECT e.id, e.at, to_char(e.at AT TIME ZONE 'UTC', ${EXACT_AT}) AS exact_at, e.action, e.entity,
              e.entity_id, e.diff, u.name AS actor_name, r.erased
       FROM refs r
       CROSS JOIN LATERAL (
         SELECT * FROM audit_event e
         WHERE e.municipality_id = :municipalityId AND e.entity = r.entity AND e.entity_id = r.entity_id
           AND (NOT r.only_moves OR e.action IN ('create', 'transition'))
         ${afterCursor}
         ORDER BY e.at DESC, e.id DESC
         LIMIT :limit
       ) e
       LEFT JOIN app_user u ON u.id = e.actor_user_id
       ORDER BY e.at DESC, e.id DESC
       LIMIT :limit`,
      {
        departmentId,
        municipalityId: requestContext.municipalityId(),
        limit,
        ...(cursor && cursorParams(cursor)),
      },
      {},
    );
    const rows: EventRow[] = await this.dataSource.query(sql, params);
    return rows.map((row) => ({ at: row.exact_at, kind: 'event', id: row.id, row }));
  }

  /** The page's entries, with the details of its interactions loaded in one batch. */
  private async entries(page: Keyed<EventRow | null>[], user: SessionUser): Promise<TimelineEntry[]> {
    const interactionIds = page.filter((k) => k.kind === 'interaction').map((k) => k.id);
    const interactions = new Map((await this.reader.load(interactionIds, user)).map((i) => [i.id, i]));
    return page.flatMap((key): TimelineEntry[] => {
      if (key.kind === 'interaction') {
        const interaction = interactions.get(key.id);
        return interaction ? [{ kind: 'interaction', at: interaction.occurredAt, interaction }] : [];
      }
      const row = key.row as EventRow;
      return [
        {
          kind: 'event',
          at: row.at.toISOString(),
          event: {
            id: row.id,
            action: row.action,
            entity: row.entity,
            entityId: row.entity_id,
            actorName: row.actor_name,
            diff: row.erased ? {} : row.diff,
          },
        },
      ];
    });
  }
}

function cursorParams(cursor: TimelineCursor) {
  return { cursorAt: cursor.at, cursorId: cursor.id };
}
