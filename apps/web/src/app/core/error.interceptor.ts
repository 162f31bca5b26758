import { HttpErrorResponse, HttpInterceptorFn } from '@angular/common/http';
import { inject } from '@angular/core';
import { Router } from '@angular/router';
import { API_ROUTES } from '@datenlotse/contracts';
import { catchError, throwError } from 'rxjs';
import { TranslationKey } from '../i18n/de';
import { I18nService } from '../i18n/i18n.service';
import { HANDLED_STATUSES, apiErrorOf, hasFieldErrors } from './api-error';
import { SessionService } from './session.service';
import { ToastService } from './toast.service';

/** Requests whose 401 means "wrong credentials / not signed in yet", not "session expired". */
const AUTH_PROBES: readonly string[] = [API_ROUTES.me, API_ROUTES.login, API_ROUTES.acceptInvite];

/** Statuses whose meaning the app words itself, in the user's language (the API speaks English). */
const STATUS_MESSAGES: Readonly<Record<number, TranslationKey>> = {
  0: 'errors.network',
  403: 'errors.forbidden',
  409: 'errors.conflict',
  429: 'errors.rateLimited',
};

function pathOf(url: string): string {
  try {
    return new URL(url, 'http://relative.invalid').pathname;
  } catch {
    return url;
  }
}

/**
 * One place for API failures:
 * - 401 (except from the auth probes) ⇒ forget the session and go to /login?returnUrl=…
 * - a 400 with `fields` ⇒ untouched: the form shows each message at its field
 * - anything else the caller did not declare as handled ⇒ a toast: the app's own wording for the statuses it
 *   knows (conflict, forbidden, rate limit, server error, offline), else the API's message.
 * The error is always passed on, so callers can still react (e.g. reload after a 409).
 */
export const errorInterceptor: HttpInterceptorFn = (request, next) => {
  const router = inject(Router);
  const session = inject(SessionService);
  const toast = inject(ToastService);
  const i18n = inject(I18nService);

  return next(request).pipe(
    catchError((error: unknown) => {
      if (!(error instanceof HttpErrorResponse)) return throwError(() => error);
      const handled = request.context.get(HANDLED_STATUSES);
      if (handled.includes(error.status)) return throwError(() => error);

      if (error.status === 401) {
        if (!AUTH_PROBES.includes(pathOf(request.url))) {
          const wasSignedIn = session.user() !== null;
          session.clear();
          const returnUrl = router.url.startsWith('/login') ? undefined : router.url;
          void router.navigate(['/login'], {
            queryParams: returnUrl ? { returnUrl } : {},
          });
          if (wasSignedIn) void toast.show(i18n.t('errors.sessionExpired'));
        }
        return throwError(() => error);
      }

      if (hasFieldErrors(error)) return throwError(() => error);

      const known: TranslationKey | undefined =
        STATUS_MESSAGES[error.status] ?? (error.status >= 500 ? 'errors.server' : undefined);
      const message = known ? i18n.t(known) : apiErrorOf(error)?.message || i18n.t('errors.generic');
      void toast.show(message, { error: true });
      return throwError(() => error);
    }),
  );
};
