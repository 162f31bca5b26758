import { HttpContextToken, HttpErrorResponse } from '@angular/common/http';
import { ApiError } from '@datenlotse/contracts';

/**
 * Statuses the caller handles itself (inline message, form errors …): the error interceptor
 * neither toasts them nor redirects on them.
 */
export const HANDLED_STATUSES = new HttpContextToken<readonly number[]>(() => []);

export function isApiError(body: unknown): body is ApiError {
  if (typeof body !== 'object' || body === null) return false;
  const candidate = body as Partial<Record<keyof ApiError, unknown>>;
  return typeof candidate.statusCode === 'number' && typeof candidate.message === 'string';
}

/** The API's error body, when the response carries one in the agreed format. */
export function apiErrorOf(error: unknown): ApiError | null {
  return error instanceof HttpErrorResponse && isApiError(error.error) ? error.error : null;
}

/** A 400 whose body names the invalid fields: these go to the form, not to a toast. */
export function hasFieldErrors(error: unknown): boolean {
  const body = apiErrorOf(error);
  return (
    !!body &&
    error instanceof HttpErrorResponse &&
    error.status === 400 &&
    !!body.fields &&
    Object.keys(body.fields).length > 0
  );
}
