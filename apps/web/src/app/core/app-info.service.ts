import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { API_ROUTES, AppInfo } from '@datenlotse/contracts';
import { Observable, shareReplay } from 'rxjs';

/** Public facts for the login page (municipality name, demo accounts), fetched once. */
@Injectable({ providedIn: 'root' })
export class AppInfoService {
  private readonly http = inject(HttpClient);
  private cached: Observable<AppInfo> | null = null;

  info(): Observable<AppInfo> {
    this.cached ??= this.http
      .get<AppInfo>(API_ROUTES.info)
      .pipe(shareReplay({ bufferSize: 1, refCount: false }));
    return this.cached;
  }
}
