import { HttpParams } from '@angular/common/http';

/** A list query as URL parameters: only the filters that are set (the API reads the same names). */
export function queryParams(query: object): HttpParams {
  let params = new HttpParams();
  for (const [name, value] of Object.entries(query) as [string, unknown][]) {
    if (value !== undefined && value !== null && value !== '') params = params.set(name, String(value));
  }
  return params;
}
