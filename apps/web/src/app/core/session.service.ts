import { HttpClient, HttpContext, HttpErrorResponse } from '@angular/common/http';
import { Injectable, computed, inject, signal } from '@angular/core';
import {
  API_ROUTES,
  AcceptInviteRequest,
  LoginRequest,
  MeResponse,
  Permission,
  SessionUser,
  can,
} from '@datenlotse/contracts';
import { Observable, firstValueFrom, map, tap } from 'rxjs';
import { I18nService } from '../i18n/i18n.service';
import { HANDLED_STATUSES } from './api-error';

/**
 * Who is signed in. The session itself is an httpOnly cookie; this service only caches the answer of
 * GET /auth/me in a signal (asked once, then kept until sign-in, sign-out or a 401).
 */
@Injectable({ providedIn: 'root' })
export class SessionService {
  private readonly http = inject(HttpClient);
  private readonly i18n = inject(I18nService);

  private readonly current = signal<SessionUser | null>(null);
  readonly user = this.current.asReadonly();
  readonly role = computed(() => this.current()?.role ?? null);
  private pending: Promise<SessionUser | null> | null = null;

  /** Resolves the signed-in user (asking the API only the first time), or null. */
  ensureLoaded(): Promise<SessionUser | null> {
    this.pending ??= firstValueFrom(
      this.http.get<MeResponse>(API_ROUTES.me, {
        context: new HttpContext().set(HANDLED_STATUSES, [401]),
      }),
    ).then(
      (response) => this.signedIn(response.user),
      (error: unknown) => {
        // Only a 401 is a definite "not signed in"; other failures are asked again next time.
        if (!(error instanceof HttpErrorResponse && error.status === 401)) this.pending = null;
        return null;
      },
    );
    return this.pending;
  }

  can(permission: Permission): boolean {
    return can(this.role(), permission);
  }

  login(request: LoginRequest): Observable<SessionUser> {
    return this.http
      .post<MeResponse>(API_ROUTES.login, request, {
        context: new HttpContext().set(HANDLED_STATUSES, [400, 401, 429]),
      })
      .pipe(map((response) => this.signedIn(response.user)));
  }

  acceptInvite(request: AcceptInviteRequest): Observable<SessionUser> {
    return this.http
      .post<MeResponse>(API_ROUTES.acceptInvite, request, {
        context: new HttpContext().set(HANDLED_STATUSES, [400, 401, 403, 404, 409, 410]),
      })
      .pipe(map((response) => this.signedIn(response.user)));
  }

  logout(): Observable<void> {
    return this.http
      .post<void>(API_ROUTES.logout, null, {
        context: new HttpContext().set(HANDLED_STATUSES, [401]),
      })
      .pipe(tap({ next: () => this.clear(), error: () => this.clear() }));
  }

  /** Forgets the user (after sign-out or when the API answered 401). */
  clear(): void {
    this.current.set(null);
    this.pending = Promise.resolve(null);
  }

  private signedIn(user: SessionUser): SessionUser {
    this.current.set(user);
    this.pending = Promise.resolve(user);
    this.i18n.adoptUserLocale(user.locale);
    return user;
  }
}
