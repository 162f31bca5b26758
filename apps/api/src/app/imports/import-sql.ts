import { EntityManager } from 'typeorm';
import { Contact } from '../contacts/contact.entity';
import { Department } from '../departments/department.entity';
import { ImportEntity } from './import-plan';

export const ENTITY_CLASSES = { department: Department, contact: Contact } as const;

/** The fields an import writes, per entity: what undo snapshots into the audit log and can put back. */
export const IMPORTED_FIELDS: Record<ImportEntity, string[]> = {
  department: ['name', 'shortName', 'kind', 'parentId', 'website', 'notes', 'tags', 'ownerUserId'],
  contact: ['departmentId', 'name', 'title', 'email', 'phone', 'isHead', 'relationship', 'legalBasis'],
};

/** Who is writing and for which import: stamped on every record and audit event. */
export interface WriteContext {
  municipalityId: string;
  actorUserId: string | null;
  importId: string;
}

/** The table behind an entity, and the column and SQL type behind each property, from the entity metadata. */
export class EntityTable {
  readonly name: string;
  private readonly columns = new Map<string, { name: string; type: string }>();

  constructor(manager: EntityManager, entity: ImportEntity) {
    const metadata = manager.connection.getMetadata(ENTITY_CLASSES[entity]);
    this.name = metadata.tableName;
    for (const column of metadata.columns) {
      const type = `${String(column.type)}${column.isArray ? '[]' : ''}`;
      this.columns.set(column.propertyName, { name: column.databaseName, type });
    }
  }

  column(property: string): string {
    const column = this.columns.get(property);
    if (!column) throw new Error(`${this.name} has no field ${property}`);
    return column.name;
  }

  type(property: string): string {
    return this.columns.get(property)?.type ?? 'text';
  }

  /** `"shortName" text, "tags" text[]`: a jsonb_to_recordset record keyed by property names. */
  recordDefinition(properties: string[]): string {
    return properties.map((p) => `"${p}" ${this.type(p)}`).join(', ');
  }

  /** The row's fields as JSON keyed by property name, as the audit log records them. */
  propertiesJson(alias: string, properties: string[]): string {
    return `jsonb_build_object(${properties.map((p) => `'${p}', ${alias}."${this.column(p)}"`).join(', ')})`;
  }

  /**
   * `col = CASE WHEN json ? 'prop' THEN <json value as the column's type> ELSE t.col END` for each property:
   * a row sets the fields its JSON has, the others stay.
   */
  assignmentsFrom(json: string, properties: string[], alias = 't'): string {
    return properties
      .map((p) => {
        const c = this.column(p);
        const value = `(jsonb_populate_record(NULL::"${this.name}", jsonb_build_object('${c}', ${json} -> '${p}')))."${c}"`;
        return `"${c}" = CASE WHEN ${json} ? '${p}' THEN ${value} ELSE ${alias}."${c}" END`;
      })
      .join(', ');
  }
}

const EMPTY = `('null'::jsonb, '[]'::jsonb)`;

/** The audit diff of a new record (as AuditService's diff(null, after)): every field that is not empty. */
export function createdDiff(fields: string): string {
  return `(SELECT coalesce(jsonb_object_agg(f.key, jsonb_build_object('before', NULL, 'after', f.value)), '{}'::jsonb)
           FROM jsonb_each(${fields}) f WHERE f.value NOT IN ${EMPTY})`;
}

/** The audit diff of a deleted record (diff(before, null)). */
export function deletedDiff(fields: string): string {
  return `(SELECT coalesce(jsonb_object_agg(f.key, jsonb_build_object('before', f.value, 'after', NULL)), '{}'::jsonb)
           FROM jsonb_each(${fields}) f WHERE f.value NOT IN ${EMPTY})`;
}

/** The audit diff of a change (diff(before, after)) over the fields of `after`: those that really differ. */
export function changedDiff(before: string, after: string): string {
  const old = `coalesce(${before} -> f.key, 'null'::jsonb)`;
  return `(SELECT coalesce(jsonb_object_agg(f.key, jsonb_build_object('before', ${old}, 'after', f.value)), '{}'::jsonb)
           FROM jsonb_each(${after}) f
           WHERE ${old} IS DISTINCT FROM f.value AND NOT (${old} IN ${EMPTY} AND f.value IN ${EMPTY}))`;
}
