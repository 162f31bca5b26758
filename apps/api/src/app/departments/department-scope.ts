import { SessionUser } from '@datenlotse/contracts';
import { ObjectLiteral, SelectQueryBuilder } from 'typeorm';

/** The ids of a department head's own departments and all their sub-units (parameter `:userId`). */
export const HEAD_SUBTREE = `
  WITH RECURSIVE subtree(id) AS (
    SELECT department_id FROM user_department WHERE user_id = :userId
    UNION
    SELECT d.id FROM department d JOIN subtree s ON d.parent_id = s.id
  )
  SELECT id FROM subtree`;

/** A unit and everything below it (parameter `:rootId`). */
export const SUBTREE_OF = `
  WITH RECURSIVE subtree(id) AS (
    SELECT CAST(:rootId AS uuid)
    UNION
    SELECT d.id FROM department d JOIN subtree s ON d.parent_id = s.id
  )
  SELECT id FROM subtree`;

/**
 * Limits a query to the departments the user may see: a department head sees their departments and
 * sub-units, everyone else all of them. `departmentIdSql` is the SQL of the row's department id
 * (`c.department_id`). The condition is part of the query itself, never a filter applied afterwards.
 */
export function onlyVisibleDepartments<T extends ObjectLiteral>(
  qb: SelectQueryBuilder<T>,
  user: SessionUser,
  departmentIdSql: string,
): SelectQueryBuilder<T> {
  if (user.role !== 'department_head') return qb;
  return qb.andWhere(`${departmentIdSql} IN (${HEAD_SUBTREE})`, { userId: user.id });
}
