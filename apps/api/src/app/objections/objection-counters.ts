import { UNRESOLVED_OBJECTION_STATUSES } from '@datenlotse/contracts';
import { EntityManager } from 'typeorm';
import { sqlList } from '../../common/sql';

/**
 * Recounts a dataset's objection counters from its objections, in the caller's transaction. The state
 * machine's guards read these counters; a set-based recount stays right whatever happened before (a lost
 * ++/-- would hold a dataset in clarification for ever, or let it pass with an open objection). The version
 * is left alone: an objection is not an edit of the dataset, and must not make an open dataset form stale.
 */
export async function recountObjections(manager: EntityManager, datasetId: string | null): Promise<void> {
  if (!datasetId) return;
  await manager.query(
    `UPDATE dataset SET
       unresolved_objections = (SELECT count(*) FROM objection o
                                 WHERE o.dataset_id = $1 AND o.status IN (${sqlList(UNRESOLVED_OBJECTION_STATUSES)})),
       upheld_objections = (SELECT count(*) FROM objection o WHERE o.dataset_id = $1 AND o.status = 'upheld')
     WHERE id = $1`,
    [datasetId],
  );
}
