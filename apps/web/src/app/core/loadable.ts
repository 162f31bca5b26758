import { DestroyRef, Signal, inject, signal } from '@angular/core';
import { Observable, Subscription } from 'rxjs';

export type LoadStatus = 'loading' | 'ready' | 'error';

export interface Loadable<T> {
  /** The last value received (kept while reloading). */
  readonly value: Signal<T | undefined>;
  readonly status: Signal<LoadStatus>;
  reload(): void;
}

/**
 * Loads data into signals right away and again on `reload()`; unsubscribes when the owner is destroyed.
 * Call it in an injection context (a field initializer). Errors are shown by the error interceptor;
 * here they only set `status` to 'error' so the page can offer a retry.
 */
export function loadable<T>(source: () => Observable<T>): Loadable<T> {
  const value = signal<T | undefined>(undefined);
  const status = signal<LoadStatus>('loading');
  let subscription: Subscription | undefined;

  const reload = (): void => {
    subscription?.unsubscribe();
    status.set('loading');
    subscription = source().subscribe({
      next: (next) => {
        value.set(next);
        status.set('ready');
      },
      error: () => status.set('error'),
    });
  };

  inject(DestroyRef).onDestroy(() => subscription?.unsubscribe());
  reload();
  return { value: value.asReadonly(), status: status.asReadonly(), reload };
}
