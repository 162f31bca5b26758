import { SessionUser } from '@datenlotse/contracts';
import { ExecutionContext, ForbiddenException, UnauthorizedException } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { RequestContext, requestContext } from '../../common/request-context';
import { AuthGuard } from './auth.guard';
import { AuthService, ResolvedSession } from './auth.service';

const team: SessionUser = {
  id: 'u1',
  email: 't@x.de',
  name: 'T',
  role: 'team',
  locale: 'de',
  departmentIds: [],
};

function setup(permission: string | undefined, session: ResolvedSession | null) {
  const reflector = { getAllAndOverride: jest.fn().mockReturnValue(permission) } as unknown as Reflector;
  const auth = { resolve: jest.fn().mockResolvedValue(session) } as unknown as AuthService;
  const context = {
    getHandler: () => undefined,
    getClass: () => undefined,
    switchToHttp: () => ({ getRequest: () => ({ cookies: { dl_session: 'token' } }) }),
  } as unknown as ExecutionContext;
  return { guard: new AuthGuard(reflector, auth), context, auth };
}

function withContext<T>(fn: (store: RequestContext) => Promise<T>): Promise<T> {
  const store: RequestContext = { requestId: 'r', ip: '127.0.0.1' };
  return requestContext.run(store, () => fn(store));
}

describe('AuthGuard', () => {
  it('refuses an endpoint that declares no permission, even to a signed-in user', async () => {
    const { guard, context } = setup(undefined, { user: team, municipalityId: 'm1' });
    await expect(guard.canActivate(context)).rejects.toThrow(ForbiddenException);
  });

  it('opens public endpoints without looking for a session', async () => {
    const { guard, context, auth } = setup('public', null);
    await expect(guard.canActivate(context)).resolves.toBe(true);
    expect(auth.resolve).not.toHaveBeenCalled();
  });

  it('answers 401 without a valid session', async () => {
    const { guard, context } = setup('users.read', null);
    await expect(guard.canActivate(context)).rejects.toThrow(UnauthorizedException);
  });

  it('answers 403 when the role lacks the permission', async () => {
    const { guard, context } = setup('users.write', { user: team, municipalityId: 'm1' });
    await expect(withContext(() => guard.canActivate(context))).rejects.toThrow(ForbiddenException);
  });

  it('lets the role through and scopes the request to the user and municipality', async () => {
    const { guard, context } = setup('audit.read', { user: team, municipalityId: 'm1' });
    const store = await withContext(async (s) => {
      await guard.canActivate(context);
      return s;
    });
    expect(store.user).toBe(team);
    expect(store.municipalityId).toBe('m1');
  });
});
