import { DataSource } from 'typeorm';
import { OutboxMailRequest, OutboxService } from '../src/mail/outbox.service';
import { startTestApp, TestApp } from './test-app';

describe('the outbox, enqueue side', () => {
  let t: TestApp;
  let db: DataSource;
  let outbox: OutboxService;
  let municipalityId: string;
  let city: string;

  beforeAll(async () => {
    t = await startTestApp({ PUBLIC_URL: 'https://datenlotse.stadt.example' });
    db = t.app.get(DataSource);
    outbox = t.app.get(OutboxService);
    [{ id: municipalityId, name: city }] = await db.query('SELECT id, name FROM municipality LIMIT 1');
  });
  afterAll(() => t.close());

  const mail = (key: string, overrides: Partial<OutboxMailRequest> = {}): OutboxMailRequest => ({
    municipalityId,
    templateKey: 'task_due',
    locale: 'de',
    to: ['Anna.Beispiel@Stadt.example'],
    variables: {
      recipient: { name: 'Anna Beispiel' },
      task: { title: 'Sirenen <script>alert(1)</script>', url: 'https://x.example/t/1', notes: null },
      dueDate: '3. Dezember 2026',
      overdue: false,
    },
    idempotencyKey: key,
    entity: 'task',
    ...overrides,
  });
  const rows = (key: string) => db.query('SELECT * FROM outbox_mail WHERE idempotency_key = $1', [key]);

  it('writes a rendered mail with the city in the layout, escaped in html, lower-case recipients', async () => {
    const id = await db.transaction((manager) => outbox.enqueue(manager, mail('enqueue-1')));
    expect(id).toEqual(expect.any(String));
    const [row] = await rows('enqueue-1');
    expect(row).toMatchObject({
      id,
      status: 'pending',
      locale: 'de',
      template_key: 'task_due',
      entity: 'task',
    });
    expect(row.to_addresses).toEqual(['anna.beispiel@stadt.example']);
    expect(row.subject).toBe('Aufgabe fällig: Sirenen <script>alert(1)</script>');
    expect(row.html).toContain(city);
    expect(row.html).toContain('Sirenen &lt;script&gt;');
    expect(row.html).not.toContain('<script>');
    expect(row.html).toContain('Diese Nachricht wurde von Datenlotse');
    expect(row.text_body).toContain('Aufgabe öffnen: https://x.example/t/1');
    expect(row.text_body).toContain('https://datenlotse.stadt.example');
  });

  it('leaves no mail when the transaction that enqueued it rolls back', async () => {
    await expect(
      db.transaction(async (manager) => {
        await outbox.enqueue(manager, mail('enqueue-rolled-back'));
        throw new Error('the change failed');
      }),
    ).rejects.toThrow('the change failed');
    expect(await rows('enqueue-rolled-back')).toHaveLength(0);
  });

  it('keeps one row for one idempotency key', async () => {
    const first = await db.transaction((m) => outbox.enqueue(m, mail('enqueue-twice')));
    const second = await db.transaction((m) => outbox.enqueue(m, mail('enqueue-twice', { locale: 'en' })));
    expect(first).toEqual(expect.any(String));
    expect(second).toBeNull();
    const found = await rows('enqueue-twice');
    expect(found).toHaveLength(1);
    expect(found[0].locale).toBe('de');
  });

  it('writes the English mail for an English recipient, with cc and the attachment', async () => {
    const attachment = { fileName: 'termin.ics', contentType: 'text/calendar', content: 'QkVHSU4=' };
    await db.transaction((m) =>
      outbox.enqueue(
        m,
        mail('enqueue-en', {
          locale: 'en',
          cc: ['owner@stadt.example', 'not an address', 'evil@x.example\r\nBcc: all@x.example'],
          attachments: [attachment],
        }),
      ),
    );
    const [row] = await rows('enqueue-en');
    expect(row.subject).toMatch(/^Task due: /);
    expect(row.html).toContain('This message was sent by Datenlotse');
    expect(row.cc_addresses).toEqual(['owner@stadt.example']);
    expect(row.attachments).toEqual([attachment]);
  });

  it('enqueues thousands of reminders set-based, ignoring the ones already queued', async () => {
    const many = Array.from({ length: 2000 }, (_, i) => mail(`enqueue-many-${i}`));
    const started = Date.now();
    const first = await db.transaction((m) => outbox.enqueueMany(m, many));
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(first).toBe(2000);
    const again = await db.transaction((m) =>
      outbox.enqueueMany(m, [...many.slice(0, 10), mail('enqueue-many-new')]),
    );
    expect(again).toBe(1);
  });
});
