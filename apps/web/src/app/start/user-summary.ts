import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatIconModule } from '@angular/material/icon';
import { RouterLink } from '@angular/router';
import { loadable } from '../core/loadable';
import { TranslatePipe } from '../i18n/translate.pipe';
import { roleLabel } from '../shared/labels';
import { LoadState } from '../shared/load-state';
import { UsersService } from '../users/users.service';
import { userStats } from './start-stats';

/** Admin: how many accounts there are, by role. */
@Component({
  selector: 'dl-user-summary',
  imports: [MatCardModule, MatButtonModule, MatIconModule, RouterLink, TranslatePipe, LoadState],
  template: `
    <mat-card appearance="outlined" class="summary-card">
      <mat-card-content>
        <h2 class="card-title">{{ 'start.usersTitle' | t }}</h2>
        <dl-load-state [status]="users.status()" (retry)="users.reload()" />
        @if (stats(); as stats) {
          <p>
            {{ 'start.usersTotal' | t: { count: stats.total, active: stats.active } }}
          </p>
          <table class="stat-table">
            <thead>
              <tr>
                <th scope="col">{{ 'start.roleColumn' | t }}</th>
                <th scope="col" class="num">{{ 'start.countColumn' | t }}</th>
              </tr>
            </thead>
            <tbody>
              @for (entry of stats.byRole; track entry.role) {
                <tr>
                  <th scope="row">{{ roleLabel(entry.role) | t }}</th>
                  <td class="num">{{ entry.count }}</td>
                </tr>
              }
            </tbody>
          </table>
          <ul class="facts">
            <li>
              {{ 'start.usersPending' | t: { count: stats.pendingInvitations } }}
            </li>
            <li>{{ 'start.usersInactive' | t: { count: stats.inactive } }}</li>
          </ul>
        }
      </mat-card-content>
      <mat-card-actions>
        <a mat-button routerLink="/admin/users">
          {{ 'start.usersLink' | t }}
          <mat-icon svgIcon="arrow_forward" iconPositionEnd />
        </a>
      </mat-card-actions>
    </mat-card>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class UserSummary {
  private readonly usersService = inject(UsersService);
  protected readonly users = loadable(() => this.usersService.list());
  protected readonly stats = computed(() => {
    const users = this.users.value();
    return users ? userStats(users) : null;
  });
  protected readonly roleLabel = roleLabel;
}
