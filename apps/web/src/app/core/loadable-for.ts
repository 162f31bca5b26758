import { HttpErrorResponse } from '@angular/common/http';
import { Signal, signal } from '@angular/core';
import { takeUntilDestroyed, toObservable } from '@angular/core/rxjs-interop';
import { EMPTY, Observable, Subject, catchError, map, merge, switchMap } from 'rxjs';
import { Loadable, LoadStatus } from './loadable';

export interface LoadableFor<T> extends Loadable<T> {
  /** The HTTP status of the last failure (404: the record does not exist or is not visible), else null. */
  readonly errorStatus: Signal<number | null>;
}

/**
 * Like `loadable`, but for data that depends on a signal (the page's record id): loads again whenever the
 * signal changes (dropping the previous value, which belonged to another record) and on `reload()`.
 * Call it in an injection context.
 */
export function loadableFor<P, T>(params: Signal<P>, source: (params: P) => Observable<T>): LoadableFor<T> {
  const value = signal<T | undefined>(undefined);
  const status = signal<LoadStatus>('loading');
  const errorStatus = signal<number | null>(null);
  const reloads = new Subject<void>();
  let loaded: P | undefined;

  merge(toObservable(params), reloads.pipe(map(() => params())))
    .pipe(
      switchMap((next) => {
        if (next !== loaded) value.set(undefined);
        loaded = next;
        status.set('loading');
        return source(next).pipe(
          catchError((error: unknown) => {
            errorStatus.set(error instanceof HttpErrorResponse ? error.status : null);
            status.set('error');
            return EMPTY;
          }),
        );
      }),
      takeUntilDestroyed(),
    )
    .subscribe((next) => {
      value.set(next);
      errorStatus.set(null);
      status.set('ready');
    });

  return {
    value: value.asReadonly(),
    status: status.asReadonly(),
    errorStatus: errorStatus.asReadonly(),
    reload: () => reloads.next(),
  };
}
