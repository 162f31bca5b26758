import { Route } from '@angular/router';
import { authGuard, guestGuard } from './core/guards';

/** Everything is lazy: the initial bundle holds only the router, HTTP, i18n and the session. */
export const appRoutes: Route[] = [
  {
    path: 'login',
    title: 'login.title',
    canActivate: [guestGuard],
    loadComponent: () => import('./login/login-page').then((m) => m.LoginPage),
  },
  {
    path: 'invite/:token',
    title: 'invite.title',
    loadComponent: () => import('./invite/invite-page').then((m) => m.InvitePage),
  },
  {
    // The page of the approval mail's link: the department head decides without signing in.
    path: 'freigabe/:token',
    title: 'approvalLink.title',
    loadComponent: () => import('./approval-link/approval-link-page').then((m) => m.ApprovalLinkPage),
  },
  {
    path: '',
    canActivate: [authGuard],
    loadChildren: () => import('./shell/shell.routes').then((m) => m.shellRoutes),
  },
];
