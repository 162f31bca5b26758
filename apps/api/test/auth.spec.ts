import { DEMO_PASSWORD } from '../src/database/seeds/demo-organisation';
import { startTestApp, TestApp } from './test-app';

describe('sign-in, session and errors (HTTP)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('signs in with a session cookie that scripts cannot read, answers me, and signs out', async () => {
    const agent = t.anonymous();
    const login = await agent
      .post('/api/v1/auth/login')
      .send({ email: 'Team@Demo.Datenlotse.de', password: DEMO_PASSWORD })
      .expect(200);
    expect(login.body.user).toMatchObject({ email: 'team@demo.datenlotse.de', role: 'team', locale: 'de' });
    const cookie = String(login.headers['set-cookie']);
    expect(cookie).toMatch(/dl_session=/);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Strict/i);

    const me = await agent.get('/api/v1/auth/me').expect(200);
    expect(me.body.user.name).toBe('Tara Team');

    await agent.post('/api/v1/auth/logout').expect(204);
    await agent.get('/api/v1/auth/me').expect(401);
  });

  it('refuses a wrong password with 401 in the one error format', async () => {
    const res = await t
      .anonymous()
      .post('/api/v1/auth/login')
      .send({ email: 'team@demo.datenlotse.de', password: 'wrong-password' })
      .expect(401);
    expect(res.body).toEqual({ statusCode: 401, error: 'Unauthorized', message: 'Wrong email or password' });
  });

  it('answers 401 to me without a session', async () => {
    const res = await t.anonymous().get('/api/v1/auth/me').expect(401);
    expect(res.body.statusCode).toBe(401);
  });

  it('limits failed sign-ins per account to 10 a minute, even from different IPs', async () => {
    const email = 'management@demo.datenlotse.de';
    for (let i = 0; i < 10; i++) {
      await t
        .anonymous()
        .post('/api/v1/auth/login')
        .send({ email, password: `wrong-${i}` })
        .expect(401);
    }
    const blocked = await t.anonymous().post('/api/v1/auth/login').send({ email, password: DEMO_PASSWORD });
    expect(blocked.status).toBe(429);
    expect(blocked.body.message).toMatch(/Too many failed sign-ins/);
  });

  it('limits failed sign-ins per IP to 10 a minute, whatever the account', async () => {
    const agent = t.anonymous().set('X-Forwarded-For', '192.0.2.77');
    for (let i = 0; i < 10; i++) {
      await agent
        .post('/api/v1/auth/login')
        .send({ email: `nobody${i}@example.org`, password: 'x' })
        .expect(401);
    }
    await agent
      .post('/api/v1/auth/login')
      .send({ email: 'admin@demo.datenlotse.de', password: DEMO_PASSWORD })
      .expect(429);
    // another address is not affected
    await t
      .anonymous()
      .post('/api/v1/auth/login')
      .send({ email: 'admin@demo.datenlotse.de', password: DEMO_PASSWORD })
      .expect(200);
  });

  it('names every wrong field in a 400', async () => {
    const res = await t
      .anonymous()
      .post('/api/v1/auth/login')
      .send({ email: 'not-an-email', isAdmin: true })
      .expect(400);
    expect(res.body.statusCode).toBe(400);
    expect(Object.keys(res.body.fields).sort()).toEqual(['email', 'isAdmin', 'password']);
  });

  it('answers malformed JSON with 400, not 500', async () => {
    const res = await t
      .anonymous()
      .post('/api/v1/auth/login')
      .set('Content-Type', 'application/json')
      .send('{"email": ')
      .expect(400);
    expect(res.body).toMatchObject({
      statusCode: 400,
      error: 'Bad Request',
      message: 'The request body is not valid JSON',
    });
  });

  it('answers unknown API routes with 404 JSON, not the web app', async () => {
    const res = await t.anonymous().get('/api/v1/no-such-route').expect(404);
    expect(res.headers['content-type']).toMatch(/application\/json/);
    expect(res.body).toMatchObject({ statusCode: 404, error: 'Not Found' });
  });

  it('reports health with the database status', async () => {
    const res = await t.anonymous().get('/api/health').expect(200);
    expect(res.body).toMatchObject({ status: 'ok', database: { status: 'up' } });
    expect(res.body.database.kind).toBe(process.env['DATABASE_URL'] ? 'external' : 'embedded');
  });

  it('sends security headers and a request id', async () => {
    const res = await t.anonymous().get('/api/health').set('X-Request-Id', 'probe-42');
    expect(res.headers['x-request-id']).toBe('probe-42');
    expect(res.headers['content-security-policy']).toContain("script-src 'self'");
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['x-powered-by']).toBeUndefined();
  });

  it('shows the demo accounts on the login page in demo mode', async () => {
    const res = await t.anonymous().get('/api/v1/info').expect(200);
    expect(res.body.demoMode).toBe(true);
    expect(res.body.demoAccounts.map((a: { role: string }) => a.role).sort()).toEqual([
      'admin',
      'department_head',
      'management',
      'team',
    ]);
  });
});

describe('first start with ADMIN_EMAIL and without demo data', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({
      DEMO_DATA: 'false',
      ADMIN_EMAIL: 'chef@stadt.example',
      ADMIN_PASSWORD: 'geheim-und-lang',
    });
  });
  afterAll(() => t.close());

  it('creates only that admin, loads no demo city and shows no demo accounts', async () => {
    const agent = await t.signInAs('chef@stadt.example', 'geheim-und-lang');
    const users = await agent.get('/api/v1/users').expect(200);
    expect(users.body.map((u: { email: string }) => u.email)).toEqual(['chef@stadt.example']);
    expect((await agent.get('/api/v1/departments').expect(200)).body).toEqual([]);
    const info = await t.anonymous().get('/api/v1/info').expect(200);
    expect(info.body).toMatchObject({ demoMode: false, demoAccounts: [] });
  });
});
