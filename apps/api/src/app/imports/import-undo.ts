import { ConflictException } from '@nestjs/common';
import { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import { diff } from '../audit/audit.service';
import { Contact } from '../contacts/contact.entity';
import { Department } from '../departments/department.entity';
import { InteractionContact, InteractionDepartment } from '../interactions/interaction.entity';
import { Task } from '../tasks/task.entity';
import { FieldValues, ImportEntity } from './import-plan';
import {
  AuditRow,
  columnsOf,
  ENTITY_CLASSES,
  insertAuditEvents,
  updateRecords,
  WriteContext,
} from './import-writer';

const CHUNK = 1000;

/** The fields an import writes, per entity: what undo snapshots into the audit log and can put back. */
const IMPORTED_FIELDS: Record<ImportEntity, string[]> = {
  department: ['name', 'shortName', 'kind', 'parentId', 'website', 'notes', 'tags', 'ownerUserId'],
  contact: ['departmentId', 'name', 'title', 'email', 'phone', 'isHead', 'relationship', 'legalBasis'],
};

/**
 * Takes an import back inside the caller's transaction: deletes what it created (refused while other
 * records refer to one of them) and puts back the fields it changed. Everything is audited.
 */
export class ImportUndo {
  constructor(
    private readonly manager: EntityManager,
    private readonly context: WriteContext,
  ) {}

  async run(): Promise<void> {
    await this.refuseWhenReferenced();
    await this.deleteCreated('contact');
    await this.deleteCreated('department');
    await this.restoreUpdated('contact');
    await this.restoreUpdated('department');
  }

  /** The ids of the records the import created, as a subquery. */
  private createdIds(entity: ImportEntity): string {
    return `SELECT r.entity_id FROM import_record r
            WHERE r.import_id = :importId AND r.entity = '${entity}' AND r.action = 'create'`;
  }

  private async refuseWhenReferenced(): Promise<void> {
    const params = { importId: this.context.importId };
    const contacts = this.createdIds('contact');
    const departments = this.createdIds('department');
    const contact = await this.manager
      .getRepository(Contact)
      .createQueryBuilder('c')
      .select(['c.id', 'c.name'])
      .where(`c.id IN (${contacts})`, params)
      .andWhere(
        `(EXISTS (${this.sub(InteractionContact, 'ic', 'ic.contact_id = c.id')})
          OR EXISTS (${this.sub(Task, 't', "t.link_entity = 'contact' AND t.link_id = c.id")}))`,
      )
      .getOne();
    if (contact) {
      throw refused(`The contact "${contact.name ?? contact.id}" has interactions or tasks since the import`);
    }
    const department = await this.manager
      .getRepository(Department)
      .createQueryBuilder('d')
      .select(['d.id', 'd.name'])
      .where(`d.id IN (${departments})`, params)
      .andWhere(
        `(EXISTS (${this.sub(Department, 'child', `child.parent_id = d.id AND child.id NOT IN (${departments})`)})
          OR EXISTS (${this.sub(Contact, 'c', `c.department_id = d.id AND c.id NOT IN (${contacts})`)})
          OR EXISTS (${this.sub(InteractionDepartment, 'idp', 'idp.department_id = d.id')})
          OR EXISTS (${this.sub(Task, 't', "t.department_id = d.id OR (t.link_entity = 'department' AND t.link_id = d.id)")})
          OR EXISTS (SELECT 1 FROM user_department ud WHERE ud.department_id = d.id))`,
      )
      .getOne();
    if (department) {
      throw refused(
        `The unit "${department.name}" has sub-units, contacts, interactions, tasks or heads that the import did not create`,
      );
    }
  }

  /** `SELECT 1 FROM <entity's table> alias WHERE condition`, for EXISTS. */
  private sub(target: EntityTarget<ObjectLiteral>, alias: string, condition: string): string {
    return this.manager
      .getRepository(target)
      .createQueryBuilder(alias)
      .select('1')
      .where(condition)
      .getQuery();
  }

  /** Deletes the created records, audited with what they held. */
  private async deleteCreated(entity: ImportEntity): Promise<void> {
    const table = columnsOf(this.manager, entity, IMPORTED_FIELDS[entity]);
    const ids = `SELECT r.entity_id FROM import_record r WHERE r.import_id = $1 AND r.entity = '${entity}' AND r.action = 'create'`;
    const deleted = (await this.manager.query(
      `SELECT id, ${table.list} FROM "${table.name}" WHERE id IN (${ids}) AND municipality_id = $2`,
      [this.context.importId, this.context.municipalityId],
    )) as Array<Record<string, unknown>>;
    if (deleted.length === 0) return;
    if (entity === 'department') {
      // The units may sit below one another: unhook them first, so that one statement deletes them all.
      await this.manager.query(
        `UPDATE "${table.name}" SET parent_id = NULL WHERE id IN (${ids}) AND parent_id IN (${ids})`,
        [this.context.importId],
      );
    }
    await this.manager.query(`DELETE FROM "${table.name}" WHERE id IN (${ids}) AND municipality_id = $2`, [
      this.context.importId,
      this.context.municipalityId,
    ]);
    const events: AuditRow[] = deleted.map((row) => ({
      action: 'delete',
      entity,
      entityId: String(row['id']),
      diff: diff(fromRow(row, IMPORTED_FIELDS[entity], table.column), null),
    }));
    for (let i = 0; i < events.length; i += CHUNK) {
      await insertAuditEvents(this.manager, this.context, events.slice(i, i + CHUNK));
    }
  }

  /** Puts back the fields the import changed, chunk by chunk; erased contacts keep their personal data erased. */
  private async restoreUpdated(entity: ImportEntity): Promise<void> {
    const metadata = this.manager.connection.getMetadata(ENTITY_CLASSES[entity]);
    const table = columnsOf(this.manager, entity, IMPORTED_FIELDS[entity]);
    const erased = entity === 'contact' ? 'AND t.erased_at IS NULL' : '';
    for (let offset = 0; ; offset += CHUNK) {
      const rows = (await this.manager.query(
        `SELECT r.before, t.id, t.version, ${IMPORTED_FIELDS[entity].map((f) => `t."${table.column(f)}"`).join(', ')}
         FROM import_record r JOIN "${metadata.tableName}" t ON t.id = r.entity_id
         WHERE r.import_id = $1 AND r.entity = $2 AND r.action = 'update' ${erased}
         ORDER BY r.id LIMIT ${CHUNK} OFFSET ${offset}
         FOR UPDATE OF t`,
        [this.context.importId, entity],
      )) as Array<Record<string, unknown> & { before: FieldValues; id: string; version: number }>;
      if (rows.length === 0) return;
      await updateRecords(
        this.manager,
        entity,
        this.context.municipalityId,
        rows.map((row) => ({ id: row.id, version: row.version, after: row.before })),
      );
      await insertAuditEvents(
        this.manager,
        this.context,
        rows.map((row) => {
          const current = fromRow(row, Object.keys(row.before), table.column);
          return { action: 'update', entity, entityId: row.id, diff: diff(current, row.before) };
        }),
      );
      if (rows.length < CHUNK) return;
    }
  }
}

/** Property → value from a row keyed by column name. */
function fromRow(
  row: Record<string, unknown>,
  properties: string[],
  column: (p: string) => string,
): FieldValues {
  return Object.fromEntries(properties.map((p) => [p, row[column(p)] ?? null]));
}

function refused(message: string): ConflictException {
  return new ConflictException({ message: `The import cannot be undone: ${message}` });
}
