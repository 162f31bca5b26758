import { AuditAction, CursorPage, SessionUser, TimelineEntry } from '@datenlotse/contracts';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { requestContext } from '../../common/request-context';
import { AuditDiff } from '../audit/audit-event.entity';
import { afterCursorSql, decodeCursor, encodeCursor, EXACT_AT } from '../interactions/timeline-cursor';
import { TIMELINE_PAGE_SIZE } from '../interactions/timeline.dto';
import { DatasetTimelineQueryDto } from './datasets.dto';
import { DatasetsService } from './datasets.service';

interface EventRow {
  id: string;
  exact_at: string;
  at: Date;
  action: AuditAction;
  entity: string;
  entity_id: string;
  diff: AuditDiff;
  actor_name: string | null;
}

/**
 * A dataset's timeline: the audit events of the dataset, its objections, its delivery agreement and its
 * deliveries, newest first, in keyset pages (the cursor of the department timeline). Each record is read
 * newest first from the audit index and cut at the page size, then merged.
 */
@Injectable()
export class DatasetTimelineService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly datasets: DatasetsService,
  ) {}

  async page(
    user: SessionUser,
    datasetId: string,
    query: DatasetTimelineQueryDto,
  ): Promise<CursorPage<TimelineEntry>> {
    await this.datasets.requireVisible(user, datasetId);
    const limit = query.limit ?? TIMELINE_PAGE_SIZE;
    const cursor = query.cursor ? decodeCursor(query.cursor) : null;
    const afterCursor = cursor ? `AND ${afterCursorSql('event', cursor, 'e.at', 'e.id')}` : '';
    const [sql, params] = this.dataSource.driver.escapeQueryWithParameters(
      `WITH refs(entity, entity_id) AS (
         SELECT 'dataset', CAST(:datasetId AS uuid)
         UNION ALL
         SELECT 'objection', o.id FROM objection o WHERE o.dataset_id = :datasetId
         UNION ALL
         SELECT 'delivery_agreement', a.id FROM delivery_agreement a WHERE a.dataset_id = :datasetId
         UNION ALL
         SELECT 'delivery', v.id FROM delivery v WHERE v.dataset_id = :datasetId
       )
       SELECT e.id, e.at, to_char(e.at AT TIME ZONE 'UTC', ${EXACT_AT}) AS exact_at, e.action, e.entity,
              e.entity_id, e.diff, u.name AS actor_name
       FROM refs r
       CROSS JOIN LATERAL (
         SELECT * FROM audit_event e
         WHERE e.municipality_id = :municipalityId AND e.entity = r.entity AND e.entity_id = r.entity_id
         ${afterCursor}
         ORDER BY e.at DESC, e.id DESC
         LIMIT :limit
       ) e
       LEFT JOIN app_user u ON u.id = e.actor_user_id
       ORDER BY e.at DESC, e.id DESC
       LIMIT :limit`,
      {
        datasetId,
        municipalityId: requestContext.municipalityId(),
        limit: limit + 1,
        ...(cursor && { cursorAt: cursor.at, cursorId: cursor.id }),
      },
      {},
    );
    const rows: EventRow[] = await this.dataSource.query(sql, params);
    const page = rows.slice(0, limit);
    const last = page[page.length - 1];
    return {
      items: page.map((row) => ({
        kind: 'event',
        at: new Date(row.at).toISOString(),
        event: {
          id: row.id,
          action: row.action,
          entity: row.entity,
          entityId: row.entity_id,
          actorName: row.actor_name,
          diff: row.diff,
        },
      })),
      nextCursor:
        rows.length > limit && last ? encodeCursor({ at: last.exact_at, kind: 'event', id: last.id }) : null,
    };
  }
}
