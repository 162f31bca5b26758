import { EntityManager } from 'typeorm';
import { AuditEvent } from '../audit/audit-event.entity';
import { ImportRecord } from './import.entity';
import { ImportEntity, PlannedCreate, PlannedUpdate, PlannedWrite } from './import-plan';
import { changedDiff, createdDiff, ENTITY_CLASSES, EntityTable, WriteContext } from './import-sql';

/**
 * Writes one batch of an import: per entity one statement for the new records and one for the changes, each
 * also writing the import records (for undo) and the audit events. The rows travel as one JSON parameter
 * through jsonb_to_recordset and the audit diffs are built in SQL, so that 50,000 rows take seconds and
 * little memory.
 */
export class ImportWriter {
  private readonly importRecords: string;
  private readonly auditEvents: string;

  constructor(
    private readonly manager: EntityManager,
    private readonly context: WriteContext,
  ) {
    this.importRecords = manager.getRepository(ImportRecord).metadata.tableName;
    this.auditEvents = manager.getRepository(AuditEvent).metadata.tableName;
  }

  async write(writes: PlannedWrite[]): Promise<{ created: number; updated: number }> {
    let created = 0;
    let updated = 0;
    for (const entity of Object.keys(ENTITY_CLASSES) as ImportEntity[]) {
      const mine = writes.filter((w) => w.entity === entity);
      const creates = mine.filter((w): w is PlannedCreate => w.action === 'create');
      const updates = mine.filter((w): w is PlannedUpdate => w.action === 'update');
      if (creates.length > 0) created += await this.create(entity, creates);
      if (updates.length > 0) updated += await this.update(entity, updates);
    }
    return { created, updated };
  }

  private async create(entity: ImportEntity, creates: PlannedCreate[]): Promise<number> {
    const table = new EntityTable(this.manager, entity);
    const properties = Object.keys(creates[0].values);
    const columns = properties.map((p) => `"${table.column(p)}"`).join(', ');
    await this.manager.query(
      `WITH v AS (SELECT * FROM jsonb_to_recordset($1::jsonb) AS v(id uuid, ${table.recordDefinition(properties)})),
       created AS (
         INSERT INTO "${table.name}" (id, municipality_id, version, ${columns})
         SELECT v.id, $2, 1, ${properties.map((p) => `v."${p}"`).join(', ')} FROM v),
       recorded AS (
         INSERT INTO "${this.importRecords}" (municipality_id, version, import_id, entity, entity_id, action)
         SELECT $2, 1, $3, $4, v.id, 'create' FROM v)
       INSERT INTO "${this.auditEvents}" (municipality_id, actor_user_id, action, entity, entity_id, diff)
       SELECT $2, $5, 'create', $4, v.id, ${createdDiff(`to_jsonb(v) - 'id'`)} FROM v`,
      [
        JSON.stringify(creates.map((c) => ({ id: c.id, ...c.values }))),
        this.context.municipalityId,
        this.context.importId,
        entity,
        this.context.actorUserId,
      ],
    );
    return creates.length;
  }

  /** Changes only records still at the planned version; one changed meanwhile fails the batch. */
  private async update(entity: ImportEntity, updates: PlannedUpdate[]): Promise<number> {
    const table = new EntityTable(this.manager, entity);
    const properties = [...new Set(updates.flatMap((u) => Object.keys(u.after)))];
    const [{ n }] = (await this.manager.query(
      `WITH v AS (SELECT * FROM jsonb_to_recordset($1::jsonb) AS v(id uuid, version int, before jsonb, after jsonb)),
       updated AS (
         UPDATE "${table.name}" t SET ${table.assignmentsFrom('v.after', properties)},
           version = t.version + 1, updated_at = now()
         FROM v WHERE t.id = v.id AND t.version = v.version AND t.municipality_id = $2
         RETURNING t.id),
       recorded AS (
         INSERT INTO "${this.importRecords}" (municipality_id, version, import_id, entity, entity_id, action, before)
         SELECT $2, 1, $3, $4, v.id, 'update', v.before FROM v JOIN updated u ON u.id = v.id),
       audited AS (
         INSERT INTO "${this.auditEvents}" (municipality_id, actor_user_id, action, entity, entity_id, diff)
         SELECT $2, $5, 'update', $4, v.id, ${changedDiff('v.before', 'v.after')} FROM v JOIN updated u ON u.id = v.id)
       SELECT count(*)::int AS n FROM updated`,
      [
        JSON.stringify(
          updates.map((u) => ({ id: u.id, version: u.version, before: u.before, after: u.after })),
        ),
        this.context.municipalityId,
        this.context.importId,
        entity,
        this.context.actorUserId,
      ],
    )) as Array<{ n: number }>;
    if (n !== updates.length) {
      throw new Error(
        `${updates.length - n} record(s) were changed by someone else during the import; undo it and import again`,
      );
    }
    return n;
  }
}
