import { HttpClient, HttpContext } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { API_ROUTES, TeamMemberDto } from '@datenlotse/contracts';
import { Observable } from 'rxjs';
import { HANDLED_STATUSES } from '../core/api-error';

/**
 * The active members of the open data team, for owner pickers and owner names. Pickers are extras: when the
 * list cannot be read, the screens simply leave them out, so a failure is not toasted.
 */
@Injectable({ providedIn: 'root' })
export class TeamMembersService {
  private readonly http = inject(HttpClient);

  list(): Observable<TeamMemberDto[]> {
    return this.http.get<TeamMemberDto[]>(API_ROUTES.teamMembers, {
      context: new HttpContext().set(HANDLED_STATUSES, [403, 404]),
    });
  }
}
