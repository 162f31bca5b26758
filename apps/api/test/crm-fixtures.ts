import { DepartmentDto, DepartmentKind } from '@datenlotse/contracts';
import TestAgent from 'supertest/lib/agent';
import { DataSource } from 'typeorm';
import { TestApp } from './test-app';

/**
 * A fresh unit for one test, so that the demo city's contacts, interactions and tasks do not leak into what
 * the test counts. Below a parent (e.g. the Feuerwehr) it is in that department head's subtree.
 */
export async function newDepartment(
  team: TestAgent,
  name: string,
  parentId: string | null = null,
  kind: DepartmentKind = 'amt',
): Promise<DepartmentDto> {
  return (await team.post('/api/v1/departments').send({ name, kind, parentId }).expect(201)).body;
}

/** A contact straight in the database, for tests that need one regardless of the contacts API. */
export async function insertContact(t: TestApp, departmentId: string, name: string): Promise<string> {
  const [row] = await t.app.get(DataSource).query(
    `INSERT INTO contact (municipality_id, department_id, name, version)
       SELECT municipality_id, id, $2, 1 FROM department WHERE id = $1 RETURNING id`,
    [departmentId, name],
  );
  return row.id;
}
