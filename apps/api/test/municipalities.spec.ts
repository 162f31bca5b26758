import { DataSource } from 'typeorm';
import { hashPassword } from '../src/app/auth/password';
import { startTestApp, TestApp } from './test-app';

/** One installation, two municipalities: nothing of one may reach the other through any endpoint. */
describe('municipality isolation', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
    const db = t.app.get(DataSource);
    const [{ id }] = await db.query(
      `INSERT INTO municipality (name, geocode, version) VALUES ('Kleinstadt', '05158004', 1) RETURNING id`,
    );
    await db.query(
      `INSERT INTO department (municipality_id, name, kind, version) VALUES ($1, 'Ordnungsamt Kleinstadt', 'amt', 1)`,
      [id],
    );
    await db.query(
      `INSERT INTO app_user (municipality_id, email, name, role, password_hash, version) VALUES ($1, 'admin@kleinstadt.example', 'Klara Klein', 'admin', $2, 1)`,
      [id, await hashPassword('kleinstadt-geheim')],
    );
  });
  afterAll(() => t.close());

  it('shows each admin only the users, departments and audit events of their own municipality', async () => {
    const small = await t.signInAs('admin@kleinstadt.example', 'kleinstadt-geheim');
    const big = await t.signIn('admin');

    const smallUsers = (await small.get('/api/v1/users').expect(200)).body;
    expect(smallUsers.map((u: { email: string }) => u.email)).toEqual(['admin@kleinstadt.example']);
    const smallDepartments = (await small.get('/api/v1/departments').expect(200)).body;
    expect(smallDepartments.map((d: { name: string }) => d.name)).toEqual(['Ordnungsamt Kleinstadt']);
    const smallAudit = (await small.get('/api/v1/audit').expect(200)).body;
    expect(smallAudit.length).toBeGreaterThan(0); // at least the sign-in
    expect(smallAudit.every((e: { actorUserId: string }) => e.actorUserId === smallUsers[0].id)).toBe(true);

    const bigUsers = (await big.get('/api/v1/users').expect(200)).body;
    expect(bigUsers.map((u: { email: string }) => u.email)).not.toContain('admin@kleinstadt.example');
    const bigDepartments = (await big.get('/api/v1/departments').expect(200)).body;
    expect(bigDepartments.map((d: { name: string }) => d.name)).not.toContain('Ordnungsamt Kleinstadt');
  });

  it('cannot edit a user of another municipality, even knowing the id', async () => {
    const small = await t.signInAs('admin@kleinstadt.example', 'kleinstadt-geheim');
    const big = await t.signIn('admin');
    const victim = (await big.get('/api/v1/users')).body[0];
    await small
      .patch(`/api/v1/users/${victim.id}`)
      .send({ version: victim.version, name: 'Übernommen' })
      .expect(404);
  });

  it('keeps the audit log append-only in the database itself', async () => {
    const db = t.app.get(DataSource);
    await expect(db.query(`UPDATE audit_event SET action = 'create'`)).rejects.toThrow(/append-only/);
    await expect(db.query(`DELETE FROM audit_event`)).rejects.toThrow(/append-only/);
  });
});
