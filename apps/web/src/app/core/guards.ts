import { inject } from '@angular/core';
import { CanActivateFn, Router } from '@angular/router';
import { PERMISSIONS, Permission } from '@datenlotse/contracts';
import { SessionService } from './session.service';

const KNOWN_PERMISSIONS: readonly string[] = Object.values(PERMISSIONS);

export function isPermission(value: unknown): value is Permission {
  return typeof value === 'string' && KNOWN_PERMISSIONS.includes(value);
}

/** Only for signed-in users; everyone else goes to /login and comes back afterwards. */
export const authGuard: CanActivateFn = async (_route, state) => {
  const router = inject(Router);
  const user = await inject(SessionService).ensureLoaded();
  return user
    ? true
    : router.createUrlTree(['/login'], {
        queryParams: { returnUrl: state.url },
      });
};

/** The login page is for visitors: a signed-in user goes straight to the start page. */
export const guestGuard: CanActivateFn = async () => {
  const router = inject(Router);
  const user = await inject(SessionService).ensureLoaded();
  return user ? router.createUrlTree(['/']) : true;
};

/** `data: { permission: PERMISSIONS.x }` on a route: the role must have it (`can()` from contracts). */
export const permissionGuard: CanActivateFn = async (route) => {
  const router = inject(Router);
  const session = inject(SessionService);
  const permission: unknown = route.data['permission'];
  const user = await session.ensureLoaded();
  if (!user) return router.createUrlTree(['/login']);
  return isPermission(permission) && session.can(permission) ? true : router.createUrlTree(['/']);
};

/** Where to go after sign-in: only paths inside this app, never another origin. */
export function safeReturnUrl(value: string | null | undefined): string {
  if (!value || !value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return '/';
  if (value.startsWith('/login')) return '/';
  return value;
}
