import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { PERMISSIONS } from '@datenlotse/contracts';
import { SessionService } from '../core/session.service';
import { TranslatePipe } from '../i18n/translate.pipe';
import { roleLabel } from '../shared/labels';
import { HeadDepartments } from './head-departments';
import { OrganisationSummary } from './organisation-summary';
import { UserSummary } from './user-summary';

/** The start page: a greeting and what the role needs first, from real data only. */
@Component({
  selector: 'dl-start-page',
  imports: [TranslatePipe, UserSummary, OrganisationSummary, HeadDepartments],
  template: `
    @if (user(); as user) {
      <h1 class="page-title">{{ 'start.title' | t: { name: user.name } }}</h1>
      <p class="page-intro">
        {{ 'start.roleLine' | t: { role: (roleLabel(user.role) | t) } }}
      </p>

      <div class="cards">
        @if (canManageUsers()) {
          <dl-user-summary />
        }
        @if (user.role === 'department_head') {
          <dl-head-departments />
        } @else {
          <dl-organisation-summary />
        }
      </div>
    }
  `,
  styles: `
    .cards {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(min(100%, 380px), 1fr));
      gap: 24px;
      align-items: start;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class StartPage {
  private readonly session = inject(SessionService);
  protected readonly user = this.session.user;
  protected readonly roleLabel = roleLabel;
  protected readonly canManageUsers = computed(() => this.session.can(PERMISSIONS.usersRead));
}
