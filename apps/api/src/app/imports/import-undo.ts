import { ConflictException } from '@nestjs/common';
import { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import { AuditEvent } from '../audit/audit-event.entity';
import { Contact } from '../contacts/contact.entity';
import { Department } from '../departments/department.entity';
import { InteractionContact, InteractionDepartment } from '../interactions/interaction.entity';
import { Task } from '../tasks/task.entity';
import { ImportEntity } from './import-plan';
import { changedDiff, deletedDiff, EntityTable, IMPORTED_FIELDS, WriteContext } from './import-sql';

/**
 * Takes an import back inside the caller's transaction: deletes what it created (refused while other
 * records refer to one of them) and puts back the fields it changed, all audited. Set-based SQL throughout,
 * so that undoing 50,000 rows needs no more memory than undoing five.
 */
export class ImportUndo {
  private readonly auditEvents: string;

  constructor(
    private readonly manager: EntityManager,
    private readonly context: WriteContext,
  ) {
    this.auditEvents = manager.getRepository(AuditEvent).metadata.tableName;
  }

  async run(): Promise<void> {
    await this.refuseWhenReferenced();
    await this.deleteCreated('contact');
    await this.deleteCreated('department');
    await this.restoreUpdated('contact');
    await this.restoreUpdated('department');
  }

  /** The ids of the records the import created, as a subquery on the parameter `:importId` or `$1`. */
  private createdIds(entity: ImportEntity, parameter = ':importId'): string {
    return `SELECT r.entity_id FROM import_record r
            WHERE r.import_id = ${parameter} AND r.entity = '${entity}' AND r.action = 'create'`;
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
    const table = new EntityTable(this.manager, entity);
    const ids = this.createdIds(entity, '$1');
    const params = [this.context.importId, this.context.municipalityId, this.context.actorUserId, entity];
    await this.manager.query(
      `INSERT INTO "${this.auditEvents}" (municipality_id, actor_user_id, action, entity, entity_id, diff)
       SELECT $2, $3, 'delete', $4, t.id, ${deletedDiff(table.propertiesJson('t', IMPORTED_FIELDS[entity]))}
       FROM "${table.name}" t WHERE t.id IN (${ids}) AND t.municipality_id = $2`,
      params,
    );
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
  }

  /** Puts back the fields the import changed; erased contacts keep their personal data erased. */
  private async restoreUpdated(entity: ImportEntity): Promise<void> {
    const table = new EntityTable(this.manager, entity);
    const fields = IMPORTED_FIELDS[entity];
    const erased = entity === 'contact' ? 'AND t.erased_at IS NULL' : '';
    await this.manager.query(
      `WITH old AS (
         SELECT t.id, r.before, ${table.propertiesJson('t', fields)} AS fields
         FROM import_record r JOIN "${table.name}" t ON t.id = r.entity_id
         WHERE r.import_id = $1 AND r.entity = $4 AND r.action = 'update' AND t.municipality_id = $2 ${erased}),
       restored AS (
         UPDATE "${table.name}" t SET ${table.assignmentsFrom('old.before', fields)},
           version = t.version + 1, updated_at = now()
         FROM old WHERE t.id = old.id
         RETURNING t.id)
       INSERT INTO "${this.auditEvents}" (municipality_id, actor_user_id, action, entity, entity_id, diff)
       SELECT $2, $3, 'update', $4, old.id, ${changedDiff('old.fields', 'old.before')}
       FROM old JOIN restored USING (id)`,
      [this.context.importId, this.context.municipalityId, this.context.actorUserId, entity],
    );
  }
}

function refused(message: string): ConflictException {
  return new ConflictException({ message: `The import cannot be undone: ${message}` });
}
