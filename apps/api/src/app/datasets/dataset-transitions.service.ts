import {
  checkDatasetTransition,
  DatasetRule,
  DatasetStage,
  DatasetTransitionDto,
  DatasetTransitionVia,
} from '@datenlotse/contracts';
import { ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { requestContext } from '../../common/request-context';
import { staleWrite } from '../../common/stale-write';
import { AuditService } from '../audit/audit.service';
import { DatasetTransition } from './dataset-transition.entity';

export interface DatasetMoveOptions {
  via: DatasetTransitionVia;
  reason?: string | null;
  actorUserId?: string | null;
  /** Publishing may set the portal URL in the same step. */
  portalUrl?: string | null;
  /** The version the client saw: a different one is a stale view (409). */
  expectedVersion?: number;
  /** A refused move answers `{moved: false, rule}` instead of throwing: for automatic moves. */
  onlyIfAllowed?: boolean;
}

export interface DatasetMoveResult {
  moved: boolean;
  rule?: DatasetRule;
}

/** The dataset row as a move sees it: the stage and the facts the guards look at. */
interface LockedDataset {
  id: string;
  municipality_id: string;
  stage: DatasetStage;
  version: number;
  unresolved_objections: number;
  upheld_objections: number;
  approval_granted: boolean;
  portal_url: string | null;
}

/** A refused move: 409 with the rule, so that the client can word it in its own language. */
export function transitionRefused(rule: DatasetRule, message: string): ConflictException {
  return new ConflictException({ message, rule });
}

/**
 * Moves datasets through the pipeline by the rules of the contracts' state machine. Every move locks the
 * dataset row first, so two clients moving the same dataset at once are served one after the other: the
 * second sees the stage the first left and is refused by the same rules (never a double entry in the history).
 */
@Injectable()
export class DatasetTransitionsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  /**
   * Moves the dataset inside the caller's transaction: checks the guards against the locked row, writes the
   * new stage, the history row and the audit event. A refused move throws 409 with its rule, or with
   * `onlyIfAllowed` answers `{moved: false, rule}` and changes nothing.
   */
  async moveInTransaction(
    manager: EntityManager,
    datasetId: string,
    to: DatasetStage,
    options: DatasetMoveOptions,
  ): Promise<DatasetMoveResult> {
    const current = await this.lock(manager, datasetId);
    if (options.expectedVersion !== undefined && options.expectedVersion !== current.version) {
      throw staleWrite('dataset', { id: current.id, stage: current.stage, version: current.version });
    }
    const reason = options.reason?.trim() || null;
    const portalUrl = options.portalUrl?.trim() || null;
    const check = checkDatasetTransition(current.stage, to, {
      unresolvedObjections: current.unresolved_objections,
      upheldObjections: current.upheld_objections,
      approvalGranted: current.approval_granted,
      portalUrl: portalUrl ?? current.portal_url,
      reason,
    });
    if (!check.ok) {
      if (options.onlyIfAllowed) return { moved: false, rule: check.rule };
      throw transitionRefused(check.rule, check.message);
    }
    const published = to === 'published';
    // The row is locked, so the stage condition always holds; it stays as a second line of defence.
    const result = await manager.query(
      `UPDATE dataset
          SET stage = $2, stage_changed_at = now(), updated_at = now(), version = version + 1,
              portal_url = coalesce($3, portal_url),
              published_at = CASE WHEN $4 THEN now() ELSE published_at END
        WHERE id = $1 AND stage = $5`,
      [current.id, to, portalUrl, published, current.stage],
    );
    const affected = Array.isArray(result) ? (result[1] as number) : 0;
    if (affected !== 1) {
      throw staleWrite('dataset', { id: current.id, stage: current.stage, version: current.version });
    }
    const actorUserId =
      options.actorUserId !== undefined ? options.actorUserId : (requestContext.actor()?.id ?? null);
    await manager.getRepository(DatasetTransition).insert({
      municipalityId: current.municipality_id,
      datasetId: current.id,
      fromStage: current.stage,
      toStage: to,
      reason,
      actorUserId,
      via: options.via,
      // The moment of the move itself, not of the transaction: two automatic moves in one request keep their order.
      at: () => 'clock_timestamp()',
    });
    await this.audit.record(manager, {
      action: 'transition',
      entity: 'dataset',
      entityId: current.id,
      municipalityId: current.municipality_id,
      actorUserId,
      before: { stage: current.stage, ...(portalUrl && { portalUrl: current.portal_url }) },
      after: { stage: to, ...(reason && { reason }), ...(portalUrl && { portalUrl }) },
    });
    return { moved: true };
  }

  /** A move of its own transaction: what the API's transition endpoint does. */
  async move(datasetId: string, to: DatasetStage, options: DatasetMoveOptions): Promise<void> {
    await this.dataSource.transaction((manager) => this.moveInTransaction(manager, datasetId, to, options));
  }

  /** The stage history, newest first; the caller has checked that the user may see the dataset. */
  async history(datasetId: string): Promise<DatasetTransitionDto[]> {
    const rows: Array<{
      id: string;
      from_stage: DatasetStage | null;
      to_stage: DatasetStage;
      reason: string | null;
      actor_name: string | null;
      via: DatasetTransitionVia;
      at: Date;
    }> = await this.dataSource.query(
      `SELECT t.id, t.from_stage, t.to_stage, t.reason, u.name AS actor_name, t.via, t.at
         FROM dataset_transition t
         LEFT JOIN app_user u ON u.id = t.actor_user_id
        WHERE t.municipality_id = $1 AND t.dataset_id = $2
        ORDER BY t.at DESC, t.created_at DESC, t.id DESC`,
      [requestContext.municipalityId(), datasetId],
    );
    return rows.map((row) => ({
      id: row.id,
      from: row.from_stage,
      to: row.to_stage,
      reason: row.reason,
      actorName: row.actor_name,
      via: row.via,
      at: new Date(row.at).toISOString(),
    }));
  }

  /**
   * Reads and locks the dataset for the rest of the transaction. In a request the municipality scopes the
   * read; a job without one (a scheduled delivery check) passes an id it read from its own scoped query.
   */
  private async lock(manager: EntityManager, datasetId: string): Promise<LockedDataset> {
    const municipalityId = requestContext.get()?.municipalityId ?? null;
    const rows: LockedDataset[] = await manager.query(
      `SELECT id, municipality_id, stage, version, unresolved_objections, upheld_objections, approval_granted,
              portal_url
         FROM dataset
        WHERE id = $1 AND ($2::uuid IS NULL OR municipality_id = $2)
        FOR UPDATE`,
      [datasetId, municipalityId],
    );
    const row = rows[0];
    if (!row) throw new NotFoundException(`No dataset ${datasetId}`);
    return row;
  }
}
