import { PERMISSION_MATRIX, Role, ROLES } from '@datenlotse/contracts';
import { RequestMethod } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import { DiscoveryService, MetadataScanner, ModulesContainer, Reflector } from '@nestjs/core';
import { PERMISSION_KEY, PUBLIC } from '../src/common/permission.decorator';
import { startTestApp, TestApp } from './test-app';

interface Route {
  method: string;
  path: string;
  permission: string | undefined;
}

/** Every route handler of the booted app, with the permission it declares. */
function registeredRoutes(t: TestApp): Route[] {
  const discovery = new DiscoveryService(t.app.get(ModulesContainer));
  const scanner = new MetadataScanner();
  const reflector = new Reflector();
  return discovery.getControllers().flatMap((wrapper) => {
    const prototype = Object.getPrototypeOf(wrapper.instance);
    const controller = wrapper.metatype as object;
    const base = String(Reflect.getMetadata(PATH_METADATA, controller) ?? '');
    return scanner.getAllMethodNames(prototype).flatMap((name) => {
      const handler = prototype[name];
      const method = Reflect.getMetadata(METHOD_METADATA, handler) as RequestMethod | undefined;
      if (method === undefined) return [];
      const path = String(Reflect.getMetadata(PATH_METADATA, handler) ?? '');
      const permission = reflector.getAllAndOverride<string | undefined>(PERMISSION_KEY, [
        handler,
        controller as () => void,
      ]);
      return [{ method: RequestMethod[method], path: `${base}/${path}`.replace(/\/+$/, ''), permission }];
    });
  });
}

describe('every endpoint declares its permission', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  }, 180_000); // starting the app with the demo city takes a while on a busy machine
  afterAll(() => t?.close());

  it('finds the routes of the app', () => {
    expect(registeredRoutes(t).length).toBeGreaterThanOrEqual(9);
  });

  it('has a permission from the matrix, or public, on every route', () => {
    const undeclared = registeredRoutes(t).filter(
      (r) => r.permission !== PUBLIC && !(r.permission && r.permission in PERMISSION_MATRIX),
    );
    expect(undeclared).toEqual([]);
  });

  it('keeps public routes to sign-in, info and health', () => {
    const open = registeredRoutes(t)
      .filter((r) => r.permission === PUBLIC)
      .map((r) => `${r.method} ${r.path}`)
      .sort();
    expect(open).toEqual([
      'GET approval-links/:token',
      'GET calendar/:token.ics',
      'GET catalog/dcat',
      'GET health',
      'GET info',
      'POST approval-links/:token',
      'POST auth/invite',
      'POST auth/login',
      'POST auth/logout',
    ]);
  });

  // The whole endpoint × role matrix over HTTP: each role gets 2xx exactly where the matrix allows it.
  const readEndpoints: Array<[string, keyof typeof PERMISSION_MATRIX]> = [
    ['/api/v1/auth/me', 'session.read'],
    ['/api/v1/users', 'users.read'],
    ['/api/v1/users/team', 'team.read'],
    ['/api/v1/audit', 'audit.read'],
    ['/api/v1/departments', 'departments.read'],
    ['/api/v1/departments/table', 'departments.read'],
    ['/api/v1/contacts', 'contacts.read'],
    ['/api/v1/tasks', 'tasks.read'],
    ['/api/v1/tasks/count', 'tasks.read'],
    ['/api/v1/search?q=amt', 'search.read'],
    ['/api/v1/imports', 'imports.write'],
    ['/api/v1/deliveries/due', 'deliveries.read'],
    ['/api/v1/calendar/feed', 'calendar.feed'],
    ['/api/v1/datasets', 'datasets.read'],
    ['/api/v1/datasets/board', 'datasets.read'],
    ['/api/v1/objections', 'objections.read'],
    ['/api/v1/arguments', 'arguments.read'],
    ['/api/v1/model-datasets', 'model-datasets.read'],
    ['/api/v1/model-datasets/suggest?title=Sirenen', 'datasets.write'],
    ['/api/v1/outbox', 'outbox.read'],
    ['/api/v1/approvals', 'approvals.read'],
    ['/api/v1/mail-templates', 'mail-templates.write'],
    ['/api/v1/mail-templates/approval_request/de', 'mail-templates.write'],
    ['/api/v1/interview-analysis', 'interview-analysis.read'],
    ['/api/v1/interview-analysis?from=2026-01-01&to=2026-12-31', 'interview-analysis.read'],
    ['/api/v1/questionnaires', 'questionnaires.read'],
    ['/api/v1/questionnaires?includeArchived=true', 'questionnaires.read'],
    ['/api/v1/interviews', 'interviews.read'],
    ['/api/v1/interviews?statuses=planned,in_progress&from=2026-01-01', 'interviews.read'],
  ];
  it.each(ROLES.map((r) => [r]))('answers %s exactly as the permission matrix says', async (role: Role) => {
    const agent = await t.signIn(role);
    for (const [path, permission] of readEndpoints) {
      const expected = PERMISSION_MATRIX[permission].includes(role) ? 200 : 403;
      const res = await agent.get(path);
      expect(`${path} ${res.status}`).toBe(`${path} ${expected}`);
    }
  });

  // Writes on a record that does not exist: a role without the permission is refused before anything is looked
  // up (403), one with it gets as far as the missing record (404).
  const unknownId = '6f1c1d7e-0000-4000-8000-000000000000';
  const writeEndpoints: Array<[string, object, keyof typeof PERMISSION_MATRIX]> = [
    [`/api/v1/interviews/${unknownId}/complete`, { version: 1 }, 'interviews.write'],
    [`/api/v1/interviews/${unknownId}/start`, {}, 'interviews.write'],
    [`/api/v1/interviews/${unknownId}/cancel`, { version: 1, reason: 'Krank' }, 'interviews.write'],
    [`/api/v1/interviews/${unknownId}/invitation`, {}, 'interviews.write'],
    [`/api/v1/questionnaires/${unknownId}/drafts`, {}, 'questionnaires.write'],
    [`/api/v1/questionnaire-versions/${unknownId}/publish`, {}, 'questionnaires.write'],
  ];
  it.each(ROLES.map((r) => [r]))(
    'answers writes of %s exactly as the permission matrix says',
    async (role: Role) => {
      const agent = await t.signIn(role);
      for (const [path, body, permission] of writeEndpoints) {
        const expected = PERMISSION_MATRIX[permission].includes(role) ? 404 : 403;
        const res = await agent.post(path).send(body);
        expect(`${path} ${res.status}`).toBe(`${path} ${expected}`);
      }
    },
  );

  it('answers 401 on every non-public endpoint without a session', async () => {
    for (const route of registeredRoutes(t).filter((r) => r.permission !== PUBLIC)) {
      const url = `/api/v1/${route.path.replace(':id', '6f1c1d7e-0000-4000-8000-000000000000')}`;
      const res = await t.anonymous()[route.method.toLowerCase() as 'get' | 'post' | 'patch'](url).send({});
      expect(`${route.method} ${url} ${res.status}`).toBe(`${route.method} ${url} 401`);
    }
  });
});
