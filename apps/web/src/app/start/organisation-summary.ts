import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatIconModule } from '@angular/material/icon';
import { RouterLink } from '@angular/router';
import { DepartmentsService } from '../core/departments.service';
import { loadable } from '../core/loadable';
import { TranslatePipe } from '../i18n/translate.pipe';
import { countByKind } from '../shared/department-tree';
import { kindPluralLabel } from '../shared/labels';
import { LoadState } from '../shared/load-state';

/** Team, management and admin: the recorded organisation, counted by kind. */
@Component({
  selector: 'dl-organisation-summary',
  imports: [MatCardModule, MatButtonModule, MatIconModule, RouterLink, TranslatePipe, LoadState],
  template: `
    <mat-card appearance="outlined" class="summary-card">
      <mat-card-content>
        <h2 class="card-title">{{ 'start.orgTitle' | t }}</h2>
        <dl-load-state [status]="departments.status()" (retry)="departments.reload()" />
        @if (departments.value(); as departments) {
          @if (departments.length === 0) {
            <p>{{ 'start.orgEmpty' | t }}</p>
          } @else {
            <p>{{ 'start.orgTotal' | t: { count: departments.length } }}</p>
            <table class="stat-table">
              <thead>
                <tr>
                  <th scope="col">{{ 'start.kindColumn' | t }}</th>
                  <th scope="col" class="num">{{ 'start.countColumn' | t }}</th>
                </tr>
              </thead>
              <tbody>
                @for (entry of byKind(); track entry.kind) {
                  <tr>
                    <th scope="row">{{ kindPluralLabel(entry.kind) | t }}</th>
                    <td class="num">{{ entry.count }}</td>
                  </tr>
                }
              </tbody>
            </table>
          }
        }
      </mat-card-content>
      <mat-card-actions>
        <a mat-button routerLink="/organisation">
          {{ 'start.orgLink' | t }}
          <mat-icon svgIcon="arrow_forward" iconPositionEnd />
        </a>
      </mat-card-actions>
    </mat-card>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class OrganisationSummary {
  private readonly departmentsService = inject(DepartmentsService);
  protected readonly departments = loadable(() => this.departmentsService.list());
  protected readonly byKind = computed(() => countByKind(this.departments.value() ?? []));
  protected readonly kindPluralLabel = kindPluralLabel;
}
