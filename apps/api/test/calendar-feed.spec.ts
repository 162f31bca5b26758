import { CalendarFeedDto, DatasetStage, DepartmentDto } from '@datenlotse/contracts';
import { createHash } from 'node:crypto';
import TestAgent from 'supertest/lib/agent';
import { DataSource } from 'typeorm';
import { DEMO_HEAD_DEPARTMENT } from '../src/database/seeds/demo-organisation';
import { insertContact, newDepartment } from './crm-fixtures';
import { startTestApp, TestApp } from './test-app';

/** The date `days` days from today in Berlin (YYYY-MM-DD). */
const berlinDay = (days: number) =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin' }).format(
    new Date(Date.now() + days * 86_400_000),
  );

/** Unfolds an ICS text as a calendar client does: CRLF plus one space joins a continued line. */
const unfold = (text: string) => text.replace(/\r\n[ \t]/g, '');

async function insertDataset(
  t: TestApp,
  departmentId: string,
  title: string,
  stage: DatasetStage,
  ownerUserId: string | null,
): Promise<string> {
  const [row] = await t.app.get(DataSource).query(
    `INSERT INTO dataset (municipality_id, department_id, title, stage, owner_user_id, version)
       SELECT municipality_id, id, $2, $3, $4, 1 FROM department WHERE id = $1 RETURNING id`,
    [departmentId, title, stage, ownerUserId],
  );
  return row.id;
}

describe('calendar feed of due deliveries (HTTP)', () => {
  let t: TestApp;
  let team: TestAgent;
  let head: TestAgent;
  let teamUserId: string;
  let amt: DepartmentDto;
  let unit: DepartmentDto;
  beforeAll(async () => {
    t = await startTestApp();
    [team, head] = await Promise.all([t.signIn('team'), t.signIn('department_head')]);
    teamUserId = (await team.get('/api/v1/auth/me').expect(200)).body.user.id;
    amt = await newDepartment(team, 'Amt für Statistik Test');
    const departments: DepartmentDto[] = (await team.get('/api/v1/departments').expect(200)).body;
    const feuerwehr = departments.find((d) => d.name === DEMO_HEAD_DEPARTMENT)!;
    unit = await newDepartment(team, 'Leitstelle Test', feuerwehr.id, 'abteilung');
  });
  afterAll(() => t.close());

  /** The path of the feed URL, for the test client (which talks to the app, not to a host name). */
  const pathOf = (url: string) => new URL(url).pathname;
  const agree = (datasetId: string, body: object) =>
    team.put(`/api/v1/datasets/${datasetId}/agreement`).send(body).expect(200);

  it('makes a secret link whose feed lists the user’s due deliveries as all-day events', async () => {
    expect((await team.get('/api/v1/calendar/feed').expect(200)).body).toEqual({
      active: false,
      createdAt: null,
    });
    const contactId = await insertContact(t, amt.id, 'Sabine Statistik');
    const mine = await insertDataset(
      t,
      amt.id,
      'Bevölkerung nach Stadtteilen, Alter; Geschlecht',
      'delivery_scheduled',
      teamUserId,
    );
    const notMine = await insertDataset(t, amt.id, 'Wahlergebnisse', 'delivery_scheduled', null);
    const agreement = (
      await agree(mine, { method: 'email', contactId, schedule: { kind: 'once', startDate: berlinDay(-3) } })
    ).body;
    await agree(notMine, { method: 'email', schedule: { kind: 'once', startDate: berlinDay(2) } });

    const created = (await team.post('/api/v1/calendar/feed').expect(201)).body as CalendarFeedDto;
    expect(created.active).toBe(true);
    expect(created.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/api\/v1\/calendar\/[A-Za-z0-9_-]{43}\.ics$/);
    expect((await team.get('/api/v1/calendar/feed').expect(200)).body).toEqual({
      active: true,
      createdAt: created.createdAt,
    });

    const res = await t.anonymous().get(pathOf(created.url!)).expect(200);
    expect(res.headers['content-type']).toBe('text/calendar; charset=utf-8');
    const raw = res.text;
    expect(raw.endsWith('\r\n')).toBe(true);
    expect(raw.replace(/\r\n/g, '')).not.toMatch(/\n/);
    for (const line of raw.split('\r\n')) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
    const ics = unfold(raw);
    expect(ics).toMatch(/^BEGIN:VCALENDAR\r\nVERSION:2\.0\r\n/);
    const day = berlinDay(-3).replace(/-/g, '');
    expect(ics).toContain(`\r\nUID:${agreement.id}-${day}@datenlotse\r\n`);
    expect(ics).toContain(`\r\nDTSTART;VALUE=DATE:${day}\r\n`);
    expect(ics).toContain(
      '\r\nSUMMARY:Lieferung fällig: Bevölkerung nach Stadtteilen\\, Alter\\; Geschlecht\r\n',
    );
    expect(ics).toContain(
      '\r\nDESCRIPTION:Amt: Amt für Statistik Test\\nKontakt: Sabine Statistik\\nÜberfällig seit 3 Tagen\r\n',
    );
    expect(ics).not.toContain('Wahlergebnisse');
    expect(ics.match(/BEGIN:VEVENT/g)?.length).toBeGreaterThanOrEqual(1);
  });

  it('stores only the hash of the token, replaces the link on request and revokes it', async () => {
    const first = (await team.post('/api/v1/calendar/feed').expect(201)).body as CalendarFeedDto;
    const token = pathOf(first.url!)
      .split('/')
      .pop()!
      .replace(/\.ics$/, '');
    const rows: Array<Record<string, unknown>> = await t.app
      .get(DataSource)
      .query('SELECT * FROM calendar_feed WHERE user_id = $1', [teamUserId]);
    expect(rows).toHaveLength(1);
    expect(rows[0]['token_hash']).toBe(createHash('sha256').update(token).digest('hex'));
    expect(JSON.stringify(rows)).not.toContain(token);

    const second = (await team.post('/api/v1/calendar/feed').expect(201)).body as CalendarFeedDto;
    expect(second.url).not.toBe(first.url);
    const gone = await t.anonymous().get(pathOf(first.url!)).expect(404);
    expect(gone.text).not.toContain(token);
    await t.anonymous().get(pathOf(second.url!)).expect(200);

    await team.delete('/api/v1/calendar/feed').expect(204);
    await t.anonymous().get(pathOf(second.url!)).expect(404);
    expect((await team.get('/api/v1/calendar/feed').expect(200)).body).toEqual({
      active: false,
      createdAt: null,
    });
    expect(
      await t.app.get(DataSource).query('SELECT 1 FROM calendar_feed WHERE user_id = $1', [teamUserId]),
    ).toHaveLength(0);
  });

  it('answers 404 for unknown or malformed tokens', async () => {
    await t
      .anonymous()
      .get(`/api/v1/calendar/${'A'.repeat(43)}.ics`)
      .expect(404);
    await t.anonymous().get('/api/v1/calendar/nonsense.ics').expect(404);
  });

  it('gives a department head the due deliveries of their departments', async () => {
    const own = await insertDataset(t, unit.id, 'Rettungswachen', 'delivery_scheduled', null);
    const foreign = await insertDataset(t, amt.id, 'Schulstandorte', 'delivery_scheduled', teamUserId);
    await agree(own, { method: 'api', schedule: { kind: 'monthly', startDate: berlinDay(5) } });
    await agree(foreign, { method: 'api', schedule: { kind: 'monthly', startDate: berlinDay(5) } });
    const url = ((await head.post('/api/v1/calendar/feed').expect(201)).body as CalendarFeedDto).url!;
    const ics = unfold((await t.anonymous().get(pathOf(url)).expect(200)).text);
    expect(ics).toContain('SUMMARY:Lieferung fällig: Rettungswachen');
    expect(ics).toContain(`DTSTART;VALUE=DATE:${berlinDay(5).replace(/-/g, '')}`);
    expect(ics).not.toContain('Schulstandorte');
  });
});
