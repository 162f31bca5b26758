import { LOCALES, MAIL_TEMPLATE_KEYS, MailTemplateDto, Role } from '@datenlotse/contracts';
import TestAgent from 'supertest/lib/agent';
import { DataSource } from 'typeorm';
import { SeedService } from '../src/database/seeds/seed.service';
import { OutboxService } from '../src/mail/outbox.service';
import { shippedTemplate } from '../src/mail/shipped-templates';
import { startTestApp, TestApp } from './test-app';

const BASE = '/api/v1/mail-templates';

describe('mail templates (HTTP)', () => {
  let t: TestApp;
  let db: DataSource;
  let admin: TestAgent;
  let city: string;

  beforeAll(async () => {
    t = await startTestApp({ PUBLIC_URL: 'https://datenlotse.stadt.example' });
    db = t.app.get(DataSource);
    admin = await t.signIn('admin');
    [{ name: city }] = await db.query('SELECT name FROM municipality LIMIT 1');
  });
  afterAll(() => t.close());

  const restart = () => t.app.get(SeedService).seedOnFirstStart();
  const get = async (key: string, locale: string): Promise<MailTemplateDto> =>
    (await admin.get(`${BASE}/${key}/${locale}`).expect(200)).body;

  it('lists every mail in German and English, seeded once from the shipped texts', async () => {
    await restart();
    const list: MailTemplateDto[] = (await admin.get(BASE).expect(200)).body;
    expect(list).toHaveLength(MAIL_TEMPLATE_KEYS.length * LOCALES.length);
    const [{ n }] = await db.query('SELECT count(*)::int AS n FROM mail_template');
    expect(n).toBe(MAIL_TEMPLATE_KEYS.length * LOCALES.length);
    const request = list.find((m) => m.key === 'approval_request' && m.locale === 'de');
    expect(request).toMatchObject({
      subject: 'Bitte um Freigabe: {{dataset.title}}',
      customised: false,
      variables: expect.arrayContaining(['approvalUrl', 'expiresAt']),
    });
    expect(request?.html).toContain('{{approvalUrl}}');
  });

  it.each<Role>(['team', 'department_head', 'management'])('refuses %s (403)', async (role) => {
    const agent = await t.signIn(role);
    await agent.get(BASE).expect(403);
    await agent.get(`${BASE}/task_due/de`).expect(403);
    await agent
      .put(`${BASE}/task_due/de`)
      .send({ ...shippedTemplate('task_due', 'de'), version: 1 })
      .expect(403);
    await agent.post(`${BASE}/task_due/de/preview`).send(shippedTemplate('task_due', 'de')).expect(403);
  });

  it('answers 404 for a mail or language that does not exist', async () => {
    await admin.get(`${BASE}/birthday/de`).expect(404);
    await admin.get(`${BASE}/task_due/fr`).expect(404);
  });

  it('previews a draft with sample data in the city’s layout, escaped, without saving', async () => {
    const before = await get('approval_request', 'de');
    const draft = {
      ...shippedTemplate('approval_request', 'de'),
      subject: 'Freigabe bitte: {{dataset.title}}',
    };
    const preview = (await admin.post(`${BASE}/approval_request/de/preview`).send(draft).expect(200)).body;
    expect(preview.subject).toBe('Freigabe bitte: Standorte der Sirenen');
    expect(preview.html).toContain(city);
    expect(preview.html).toContain('https://datenlotse.stadt.example/approve/');
    expect(preview.text).toContain('Maria Schneider');
    expect(await get('approval_request', 'de')).toEqual(before);
  });

  it('refuses an unknown variable, a triple-stash or a syntax error with 400 naming the field', async () => {
    const base = shippedTemplate('task_due', 'de');
    const version = (await get('task_due', 'de')).version;
    const unknown = await admin
      .put(`${BASE}/task_due/de`)
      .send({ ...base, html: '<p>{{foo}}</p>', version })
      .expect(400);
    expect(unknown.body.fields).toEqual({
      html: [expect.stringContaining('uses {{foo}}, which this mail does not provide')],
    });
    expect(unknown.body.codes).toEqual({ html: ['invalidTemplate'] });

    const triple = await admin
      .post(`${BASE}/task_due/de/preview`)
      .send({ ...base, text: '{{{task.title}}}' })
      .expect(400);
    expect(Object.keys(triple.body.fields)).toEqual(['text']);

    const broken = await admin
      .put(`${BASE}/task_due/de`)
      .send({ ...base, subject: 'Aufgabe {{#if overdue}}', version })
      .expect(400);
    expect(broken.body.fields.subject[0]).toMatch(/does not compile/);
    expect((await get('task_due', 'de')).version).toBe(version);

    await admin
      .put(`${BASE}/task_due/de`)
      .send({ ...base, version, subject: '' })
      .expect(400);
  });

  it('saves an admin’s edit, marks it customised, refuses a stale version, and mails use it', async () => {
    const current = await get('task_due', 'en');
    const edit = {
      ...shippedTemplate('task_due', 'en'),
      subject: 'Reminder from {{city}}: {{task.title}}',
      version: current.version,
    };
    const saved: MailTemplateDto = (await admin.put(`${BASE}/task_due/en`).send(edit).expect(200)).body;
    expect(saved).toMatchObject({ subject: edit.subject, customised: true, version: current.version + 1 });

    const stale = await admin.put(`${BASE}/task_due/en`).send(edit).expect(409);
    expect(stale.body.current).toMatchObject({ subject: edit.subject, version: saved.version });

    const [event] = await db.query(
      `SELECT action, diff FROM audit_event WHERE entity = 'mail_template' ORDER BY at DESC LIMIT 1`,
    );
    expect(event.action).toBe('update');
    expect(JSON.stringify(event.diff)).toContain(edit.subject);

    const [{ id: municipalityId }] = await db.query('SELECT id FROM municipality LIMIT 1');
    await db.transaction((m) =>
      t.app.get(OutboxService).enqueue(m, {
        municipalityId,
        templateKey: 'task_due',
        locale: 'en',
        to: ['someone@stadt.example'],
        variables: { task: { title: 'Call the fire service' } },
        idempotencyKey: 'templates-spec-customised',
      }),
    );
    const [mail] = await db.query(
      `SELECT subject FROM outbox_mail WHERE idempotency_key = 'templates-spec-customised'`,
    );
    expect(mail.subject).toBe(`Reminder from ${city}: Call the fire service`);
  });

  it('keeps a customised template through a restart, and the reset brings back the shipped text', async () => {
    await restart();
    const kept = await get('task_due', 'en');
    expect(kept).toMatchObject({ subject: 'Reminder from {{city}}: {{task.title}}', customised: true });

    const reset: MailTemplateDto = (await admin.delete(`${BASE}/task_due/en/customisation`).expect(200)).body;
    expect(reset).toMatchObject({ ...shippedTemplate('task_due', 'en'), customised: false });
    expect(await get('task_due', 'en')).toEqual(reset);
  });

  it('brings a template nobody edited up to date with the shipped text on the next start', async () => {
    await db.query(
      `UPDATE mail_template SET subject = 'old shipped text' WHERE key = 'interview_protocol' AND locale = 'de'`,
    );
    await restart();
    expect((await get('interview_protocol', 'de')).subject).toBe(
      shippedTemplate('interview_protocol', 'de').subject,
    );
  });
});
